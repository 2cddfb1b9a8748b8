"""The window's display feature: see docs/ARCHITECTURE.md."""
