"""Keeping documents and bookmarks in 我的收藏: what the window and the CLI share.

Works on a parsed Document and the file it came from; the storage is core/store.py.
"""
from __future__ import annotations

from pathlib import Path

from .anchors import Found, find_anchor, make_anchor
from .model import Document
from .navigation import Navigator
from .outline import heading_line
from .positions import document_key
from .store import FavoriteDocument, Store, content_digest


def keep_document(store: Store, document: Document, path: Path | str | None) -> FavoriteDocument:
    """Add the document to the favorites with a copy of its file (or of its text, without a file)."""
    content, suffix = None, ".txt"
    if path:
        try:
            content = Path(path).read_bytes()
            suffix = Path(path).suffix
        except OSError:
            content = None
    if content is None:
        content = document.text.encode("utf-8")
        suffix = ".txt"
    title = document.title or (Path(path).stem if path else "") or document.source_name or "?"
    return store.add_document(document_key(document), title, str(Path(path).resolve()) if path else "",
                              content, suffix)


def favorite_of(store: Store, document: Document) -> FavoriteDocument | None:
    return store.document_by_key(document_key(document))


def section_label(document: Document, sentence: int) -> str:
    heading = Navigator(document).current_heading(sentence) if document.sentences else None
    return heading_line(heading) if heading is not None else ""


def add_bookmark(store: Store, document: Document, path: Path | str | None, sentence: int,
                 note: str = "") -> tuple[FavoriteDocument, int]:
    """Bookmark a sentence (keeping the document among the favorites); the favorite and the new id."""
    favorite = favorite_of(store, document) or keep_document(store, document, path)
    anchor = make_anchor(document, sentence)
    return favorite, store.add_bookmark(favorite.id, anchor, section_label(document, sentence), note)


def source_to_open(store: Store, favorite: FavoriteDocument) -> Path | None:
    """The original file if it is still there unchanged, else the kept copy; None if neither is."""
    if favorite.path:
        original = Path(favorite.path)
        try:
            if original.is_file() and (not favorite.content_sha256
                                       or content_digest(original.read_bytes()) == favorite.content_sha256):
                return original
        except OSError:
            pass
    copy = store.copy_path(favorite)
    if copy is not None and copy.is_file():
        return copy
    if favorite.path and Path(favorite.path).is_file():  # changed, and no copy: better than nothing
        return Path(favorite.path)
    return None


def find_bookmark(document: Document, store: Store, bookmark_id: int) -> Found | None:
    bookmark = store.bookmark(bookmark_id)
    return find_anchor(document, bookmark.anchor) if bookmark is not None else None
