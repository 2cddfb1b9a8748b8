"""The window's dialogs feature: see docs/ARCHITECTURE.md."""
