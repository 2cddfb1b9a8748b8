"""Where the reader keeps the user's data, and what it can make again; READER_DATA_DIR overrides
both (portable use, tests)."""
from __future__ import annotations

import os
import sys
from pathlib import Path


def data_dir() -> Path:
    override = os.environ.get("READER_DATA_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "reader"


def cache_dir() -> Path:
    """Files the reader makes and can make again (the style sheet's icons)."""
    override = os.environ.get("READER_DATA_DIR")
    if override:
        return Path(override) / "cache"
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / "reader" / "cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "reader"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "reader"
