"""The last reading position of each document, found again by its text.

A document is known by a digest of its parsed text, so a copy that was moved or
renamed still opens where the reader left off. The path and the sentence's text are kept
too: a file whose text has changed since (edited, or a portal page saved again over it)
opens at the same sentence found in the new text (core/anchors.py), or else at the same
share of the document.
"""
from __future__ import annotations

import time
from pathlib import Path

from .digests import sha256
from .json_store import JsonStore
from .model import Document
from .paths import data_dir

MAX_DOCUMENTS = 500
MAX_TEXT = 200  # of the sentence read last, to find it again in a changed file


def document_key(document: Document) -> str:
    global _last_key
    text = document.text
    known_text, key = _last_key
    if known_text is not text:  # the same string: a large document's digest is ~50 ms
        key = sha256(text.encode("utf-8")).hexdigest()[:24]
        _last_key = (text, key)
    return key


_last_key: tuple[str | None, str] = (None, "")  # document_loader.py warms it in its thread


class ReadingPositions:
    def __init__(self, store: JsonStore | None = None):
        self.store = store or JsonStore(data_dir() / "positions.json")
        loaded = self.store.load().get("documents", {})
        self._entries = {key: entry for key, entry in loaded.items()
                         if isinstance(entry, dict) and isinstance(entry.get("sentence"), int)}

    def get(self, document: Document, path: str = "") -> int | None:
        """Where the reader left ``document``; failing its text, where they left the file at ``path``."""
        entry = self._entries.get(document_key(document))
        if entry is None:
            return self._by_path(document, path)
        if not 0 <= entry["sentence"] < len(document.sentences):
            return None
        return entry["sentence"]

    def _by_path(self, document: Document, path: str) -> int | None:
        where = _resolved(path)
        entries = [entry for entry in self._entries.values() if where and entry.get("path") == where]
        if not entries or not document.sentences:
            return None
        entry = max(entries, key=lambda entry: entry.get("time", 0))
        sentence, text, count = entry["sentence"], entry.get("text"), entry.get("count")
        if isinstance(text, str) and text:
            from .anchors import Anchor, find_anchor  # a changed file only: not on the way to the first window

            found = find_anchor(document, Anchor(sentence, text))
            if found.how != "guess":
                return found.sentence
        last = len(document.sentences) - 1
        if isinstance(count, int) and count > 1:  # the sentence is gone: the same share of the text
            sentence = round(sentence / (count - 1) * last)
        return min(max(sentence, 0), last)

    def remember(self, document: Document, sentence: int, path: str = "") -> None:
        key = document_key(document)
        where = _resolved(path)
        if where:  # the file holds this text now: what it held before is no place to go back to
            for other in [other for other, entry in self._entries.items()
                          if other != key and entry.get("path") == where]:
                del self._entries[other]
        entry = {"sentence": sentence, "path": where, "time": int(time.time()), "count": len(document.sentences)}
        if 0 <= sentence < len(document.sentences):
            entry["text"] = document.sentence_text(document.sentences[sentence])[:MAX_TEXT]
        self._entries[key] = entry
        if len(self._entries) > MAX_DOCUMENTS:  # forget the longest unread
            oldest = sorted(self._entries, key=lambda key: self._entries[key].get("time", 0))
            for key in oldest[: len(self._entries) - MAX_DOCUMENTS]:
                del self._entries[key]
        self.store.save({"documents": self._entries})


def _resolved(path: str) -> str:
    if not path:
        return ""
    try:
        return str(Path(path).resolve())
    except (OSError, RuntimeError, ValueError):
        return str(path)
