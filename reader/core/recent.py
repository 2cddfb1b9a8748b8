"""The recent-files list, most recent first, kept in the user's data folder."""
from __future__ import annotations

import os
from pathlib import Path

from .json_store import JsonStore
from .paths import data_dir

MAX_RECENT = 10


class RecentFiles:
    def __init__(self, store: JsonStore | None = None):
        self.store = store or JsonStore(data_dir() / "recent.json")
        paths = self.store.load().get("recent", [])
        self._paths = [p for p in paths if isinstance(p, str)][:MAX_RECENT]

    def paths(self) -> list[str]:
        return list(self._paths)

    def add(self, path: str | os.PathLike) -> None:
        absolute = str(Path(path).resolve())
        self._paths = [absolute] + [p for p in self._paths if p != absolute]
        del self._paths[MAX_RECENT:]
        self.store.save({"recent": self._paths})

    def clear(self) -> None:
        self._paths = []
        self.store.save({"recent": []})
