"""A small JSON file written atomically; a corrupt file is set aside, never fatal.

Writes go to a temporary file in the same folder, are flushed to disk, then
renamed over the old file, so a crash or a kill leaves either the old or the
new content, never half of one. A write that fails (a full disk, a read-only
folder) keeps the old file, is reported to save_failures (the user is told once)
and the reader goes on with the values in memory.
"""
from __future__ import annotations

import json
import os
import time
from pathlib import Path

from . import save_failures
from .atomic import write_atomically


class JsonStore:
    def __init__(self, path: Path):
        self.path = Path(path)
        self.set_aside: Path | None = None  # where a corrupt file was moved, to tell the user

    def load(self) -> dict:
        try:
            with self.path.open("r", encoding="utf-8") as handle:
                data = json.load(handle)
            if isinstance(data, dict):
                return data
        except FileNotFoundError:
            return {}
        except (OSError, ValueError):
            pass
        self._set_aside()
        return {}

    def save(self, data: dict) -> bool:
        """Write ``data``; False when it could not be saved (reported to save_failures)."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(self.path, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))
        except OSError as error:
            save_failures.report_os_error(error, self.path.parent)
            return False
        return True

    def _set_aside(self) -> None:
        target = self.path.with_name(f"{self.path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
        try:
            os.replace(self.path, target)
            self.set_aside = target
        except OSError:
            self.set_aside = None
