"""Keeping documents and bookmarks in 我的收藏: what the window and the CLI share.

Works on a parsed Document and the file it came from; the storage is core/store.py.

A favorite is known by its text, so a file edited after it was kept has a new key. When a
file is opened (or reloaded) whose path is a favorite's but whose text is not, ``follow_change``
moves the favorite and its bookmarks to the new text (see ``Store.follow``), provided it is
plausibly the same document: the same title, or at least half its bookmarks found by more than
a guess. A bookmark once placed by a guess goes back to where it was whenever that sentence is
found again as it was (``place_bookmark``), so a file read mid-save or an older version restored
loses no bookmark's place.
"""
from __future__ import annotations

from pathlib import Path

from .anchors import Found, find_anchor, make_anchor
from .model import Document
from .navigation import Navigator
from .outline import heading_line
from .positions import document_key
from .store import Bookmark, FavoriteDocument, Followed, Placed, Store, StoreWriteError, content_digest


def _content(document: Document, path: Path | str | None) -> tuple[bytes, str]:
    """The file's bytes and suffix to keep a copy of (the text itself, without a readable file)."""
    if path:
        try:
            return Path(path).read_bytes(), Path(path).suffix
        except OSError:
            pass
    return document.text.encode("utf-8"), ".txt"


def _title(document: Document, path: Path | str | None) -> str:
    return document.title or (Path(path).stem if path else "") or document.source_name or "?"


def keep_document(store: Store, document: Document, path: Path | str | None) -> FavoriteDocument:
    """Add the document to the favorites with a copy of its file (or of its text, without a file)."""
    content, suffix = _content(document, path)
    return store.add_document(document_key(document), _title(document, path),
                              str(Path(path).resolve()) if path else "", content, suffix)


def favorite_of(store: Store, document: Document) -> FavoriteDocument | None:
    return store.document_by_key(document_key(document))


def section_label(document: Document, sentence: int) -> str:
    heading = Navigator(document).current_heading(sentence) if document.sentences else None
    return heading_line(heading) if heading is not None else ""


def add_bookmark(store: Store, document: Document, path: Path | str | None, sentence: int,
                 note: str = "") -> tuple[FavoriteDocument, int]:
    """Bookmark a sentence (keeping the document among the favorites); the favorite and the new id."""
    favorite = favorite_of(store, document)
    if favorite is None:  # a favorite's file changed since: it comes along (reader bookmarks add)
        followed = follow_change(store, document, path)
        favorite = followed.document if followed is not None else keep_document(store, document, path)
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


def place_bookmark(document: Document, bookmark: Bookmark) -> tuple[Placed, Found]:
    """Where a bookmark made on another version goes in ``document``: its new anchor and section.

    A bookmark once placed by a guess first looks for the anchor it had before (its original):
    found as it was, it goes back there (``Placed.restored``). Otherwise its present anchor decides."""
    original = bookmark.original_anchor
    if original is not None:
        found = find_anchor(document, original)
        if found is not None and found.certain:
            return Placed(make_anchor(document, found.sentence), section_label(document, found.sentence),
                          True, restored=True), found
    found = find_anchor(document, bookmark.anchor)
    return Placed(make_anchor(document, found.sentence), section_label(document, found.sentence),
                  found.certain), found


def follow_change(store: Store, document: Document, path: Path | str | None) -> Followed | None:
    """``document`` was opened from ``path``: if a favorite kept from there has another text, move it
    (and its bookmarks, anchored again) to this one. None when nothing was moved."""
    if not path or not document.sentences:
        return None
    where = str(Path(path).resolve())
    key = document_key(document)
    olds = store.documents_at(where, other_than_key=key)
    if not olds:
        return None
    title = _title(document, path)
    placements: dict[int, Placed] = {}
    hows = []
    for old in olds:
        for bookmark in store.bookmarks(old.id):
            placements[bookmark.id], found = place_bookmark(document, bookmark)
            hows.append(found.how)
    same_title = any(old.title == title for old in olds)
    if not same_title and (not hows or 2 * sum(how != "guess" for how in hows) < len(hows)):
        return None  # another document saved under the same name: the favorite keeps its own text

    def place(bookmark: Bookmark) -> Placed:
        if bookmark.id not in placements:  # added by another reader meanwhile
            placements[bookmark.id] = place_bookmark(document, bookmark)[0]
        return placements[bookmark.id]

    content, suffix = _content(document, path)
    digest = store.keep_copy(content, suffix)  # before the transaction: a copy nobody uses is pruned later
    return store.follow(key, title, where, digest, suffix, place)


def find_bookmark(document: Document, store: Store, bookmark_id: int) -> Found | None:
    """Where a bookmark is in ``document``. One placed by a guess whose original place is in the
    document as it was goes back there; when ``document`` is its favorite's text, the store is told
    (the anchor restored, the changed mark cleared)."""
    bookmark = store.bookmark(bookmark_id)
    if bookmark is None or not document.sentences:
        return None
    placed, found = place_bookmark(document, bookmark)
    if placed.restored:
        favorite = store.document(bookmark.document_id)
        if favorite is not None and favorite.key == document_key(document):
            try:
                store.restore_anchor(bookmark_id, placed.anchor, placed.section)
            except StoreWriteError:  # a read-only or full disk: found all the same, told once elsewhere
                pass
    return found
