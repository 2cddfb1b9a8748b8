"""The window's reading feature: see docs/ARCHITECTURE.md."""
