"""The last reading position of each document, found again by its text.

A document is known by a digest of its parsed text, so a copy that was moved or
renamed still opens where the reader left off; the path is kept for display.
"""
from __future__ import annotations

import hashlib
import time

from .json_store import JsonStore
from .model import Document
from .paths import data_dir

MAX_DOCUMENTS = 500


def document_key(document: Document) -> str:
    global _last_key
    text = document.text
    known_text, key = _last_key
    if known_text is not text:  # the same string: a large document's digest is ~50 ms
        key = hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]
        _last_key = (text, key)
    return key


_last_key: tuple[str | None, str] = (None, "")  # document_loader.py warms it in its thread


class ReadingPositions:
    def __init__(self, store: JsonStore | None = None):
        self.store = store or JsonStore(data_dir() / "positions.json")
        loaded = self.store.load().get("documents", {})
        self._entries = {key: entry for key, entry in loaded.items()
                         if isinstance(entry, dict) and isinstance(entry.get("sentence"), int)}

    def get(self, document: Document) -> int | None:
        entry = self._entries.get(document_key(document))
        if entry is None or not 0 <= entry["sentence"] < len(document.sentences):
            return None
        return entry["sentence"]

    def remember(self, document: Document, sentence: int, path: str = "") -> None:
        self._entries[document_key(document)] = {"sentence": sentence, "path": path, "time": int(time.time())}
        if len(self._entries) > MAX_DOCUMENTS:  # forget the longest unread
            oldest = sorted(self._entries, key=lambda key: self._entries[key].get("time", 0))
            for key in oldest[: len(self._entries) - MAX_DOCUMENTS]:
                del self._entries[key]
        self.store.save({"documents": self._entries})
