"""The window's output feature: see docs/ARCHITECTURE.md."""
