"""The window's pinyin feature: see docs/ARCHITECTURE.md."""
