"""The window's view feature: see docs/ARCHITECTURE.md."""
