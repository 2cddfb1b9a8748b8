"""Export and import of 我的收藏 (docs/BOOKMARKS-FORMAT.md), and the notes as Markdown.

An import reads the whole file, checks every entry and adds the good ones in one
transaction; the bad ones are reported (where and why) and nothing already stored
is changed or lost. Every field is checked for its type and range (a time between 1970 and
the year 9999, a sentence number a document can have, text that is valid Unicode), so what an
import stores can always be listed, exported and shown. An import never reads a file a
bookmarks file names (a "path" of /dev/zero or a FIFO would be read for ever): only the
bookmarks file itself, and only if it is a regular file. A bookmark already present (same document, sentence, text and
note) is skipped as a duplicate, so importing a backup twice adds nothing.

Fields added to the format since version 1 are optional (a bookmark's ``changed_from`` and
``original``): a file without them still imports, and an older reader ignores them, so they
need no new version. The version changes only for what an older reader would misread.
"""
from __future__ import annotations

import json
import math
import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from .anchors import Anchor
from .atomic import write_atomically
from .messages import QT_TRANSLATE_NOOP
from .store import LATEST_TIME, Store, displayable_time

FORMAT_NAME = "reader-bookmarks"
FORMAT_VERSION = 1
MAX_IMPORT_BYTES = 64 * 1024 * 1024
MAX_TEXT = 10000
MAX_SENTENCE = 2**31 - 1  # far beyond any document, and an int everywhere it goes (Qt, SQLite)
_HEX64 = re.compile(r"[0-9a-f]{64}")
# An import's progress: the file read, then the entries checked, then saved in one transaction.
READ_SHARE, SAVING_SHARE = 0.1, 0.6
PROGRESS_EVERY = 1000  # entries checked between two calls of progress
CONTEXT = "BookmarksImport"


class ImportFormatError(Exception):
    """The file as a whole cannot be imported; ``message`` is marked for translation."""

    def __init__(self, message: str, **fields):
        super().__init__(message.format(**fields))
        self.message = message
        self.fields = fields

    def format(self, translated: str) -> str:
        return translated.format(**self.fields)


@dataclass(frozen=True)
class Problem:
    """A bad entry: ``where`` in the file (documents[2].bookmarks[0]) and why (marked for translation)."""

    where: str
    message: str
    fields: dict = field(default_factory=dict)

    def format(self, translated: str) -> str:
        return f"{self.where}: {translated.format(**self.fields)}"

    def __str__(self) -> str:
        return self.format(self.message)


@dataclass
class ImportReport:
    documents_added: int = 0
    bookmarks_added: int = 0
    duplicates: int = 0
    problems: list[Problem] = field(default_factory=list)


# Export ---------------------------------------------------------------------------
def iso_time(seconds: float) -> str:
    return datetime.fromtimestamp(displayable_time(seconds), timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def export_data(store: Store) -> dict:
    by_document: dict[int, list] = {}
    for bookmark in store.bookmarks():
        by_document.setdefault(bookmark.document_id, []).append({
            "sentence": bookmark.sentence, "text": bookmark.text, "before": bookmark.before,
            "after": bookmark.after, "section": bookmark.section, "note": bookmark.note,
            "added": iso_time(bookmark.added), "updated": iso_time(bookmark.updated or bookmark.added),
            "changed_from": bookmark.changed_from, "original": _anchor_data(bookmark.original_anchor),
        })
    documents = []
    for document in sorted(store.documents(), key=lambda d: (d.added, d.id)):
        documents.append({
            "key": document.key, "title": document.title, "name": document.name, "path": document.path,
            "content_sha256": document.content_sha256, "suffix": document.suffix,
            "added": iso_time(document.added), "bookmarks": by_document.get(document.id, []),
        })
    return {"format": FORMAT_NAME, "version": FORMAT_VERSION, "exported": iso_time(datetime.now().timestamp()),
            "documents": documents}


def _anchor_data(anchor: Anchor | None) -> dict | None:
    if anchor is None:
        return None
    return {"sentence": anchor.sentence, "text": anchor.text, "before": anchor.before, "after": anchor.after}


def export_json(store: Store, path: Path | str) -> int:
    """Write the export file; the number of bookmarks written."""
    data = export_data(store)
    write_atomically(path, (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    return sum(len(d["bookmarks"]) for d in data["documents"])


def notes_markdown(store: Store, heading: str = "Notes") -> str:
    """The favorites and their bookmarks as Markdown: a section per document, a list item per bookmark."""
    lines = [f"# {heading}", ""]
    for document in sorted(store.documents(), key=lambda d: (d.added, d.id)):
        lines.append(f"## {_markdown_line(document.display_title)}")
        lines.append("")
        if document.path:
            lines.append(f"`{document.path.replace('`', '')}`")
            lines.append("")
        for bookmark in store.bookmarks(document.id):
            where = f"**{_markdown_line(bookmark.section)}** " if bookmark.section else ""
            lines.append(f"- {where}「{_markdown_line(bookmark.text)}」")
            if bookmark.note:
                for note_line in bookmark.note.splitlines():
                    lines.append(f"  > {_markdown_line(note_line)}")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def _markdown_line(text: str) -> str:
    text = " ".join(text.split())
    return re.sub(r"([\\`*_\[\]<>#|])", r"\\\1", text)


def export_markdown(store: Store, path: Path | str, heading: str = "Notes") -> None:
    write_atomically(path, notes_markdown(store, heading).encode("utf-8"))


# Import ---------------------------------------------------------------------------
def read_import_file(path: Path | str) -> dict:
    path = Path(path)
    try:
        content = _read_regular_file(path)
        data = json.loads(content.decode("utf-8-sig"))
    except FileNotFoundError:
        raise ImportFormatError(QT_TRANSLATE_NOOP("BookmarksImport", "There is no file {path}."), path=path) from None
    except (OSError, UnicodeDecodeError) as error:
        raise ImportFormatError(QT_TRANSLATE_NOOP("BookmarksImport", "Cannot read {path}: {reason}"),
                                path=path, reason=getattr(error, "strerror", None) or str(error)) from None
    except RecursionError:
        raise ImportFormatError(QT_TRANSLATE_NOOP("BookmarksImport", "{path} is not JSON ({reason})."),
                                path=path, reason="nested too deeply") from None
    except ValueError as error:
        raise ImportFormatError(QT_TRANSLATE_NOOP("BookmarksImport", "{path} is not JSON ({reason})."),
                                path=path, reason=str(error)) from None
    return check_header(data, path)


def _read_regular_file(path: Path) -> bytes:
    """The bytes of ``path`` if it is a regular file no larger than MAX_IMPORT_BYTES.

    Opened without blocking (a FIFO would wait for a writer for ever) and checked on the open
    file, so what is read is what was checked; a device (/dev/zero) is refused, not read."""
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    with os.fdopen(descriptor, "rb") as handle:
        status = os.fstat(handle.fileno())
        if not stat.S_ISREG(status.st_mode):
            raise ImportFormatError(QT_TRANSLATE_NOOP("BookmarksImport", "{path} is not a regular file."), path=path)
        content = handle.read(MAX_IMPORT_BYTES + 1)
    if len(content) > MAX_IMPORT_BYTES:
        raise ImportFormatError(QT_TRANSLATE_NOOP("BookmarksImport", "{path} is too large to be a bookmarks file."),
                                path=path)
    return content


def check_header(data, path: Path | str = "") -> dict:
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise ImportFormatError(QT_TRANSLATE_NOOP("BookmarksImport", "{path} is not a bookmarks file of this reader."),
                                path=path)
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ImportFormatError(QT_TRANSLATE_NOOP("BookmarksImport", "{path} has no valid format version."), path=path)
    if version > FORMAT_VERSION:
        raise ImportFormatError(
            QT_TRANSLATE_NOOP("BookmarksImport", "{path} was written by a newer reader (format {version}); please update."),
            path=path, version=version)
    if not isinstance(data.get("documents"), list):
        raise ImportFormatError(QT_TRANSLATE_NOOP("BookmarksImport", "{path} has no list of documents."), path=path)
    return data


def _time(value, where: str, problems: list[Problem]) -> float | None:
    """Seconds since 1970 from a number or an ISO 8601 text, between 1970 and the end of 9999."""
    if value is None:
        return datetime.now().timestamp()
    seconds = None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        seconds = float(value) if abs(value) < 1e18 else math.inf  # an int of 300 digits too
    elif isinstance(value, str) and len(value) < 64:
        try:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=timezone.utc)
            seconds = moment.timestamp()
        except (ValueError, OverflowError):
            pass
    if seconds is not None and math.isfinite(seconds) and 0 <= seconds <= LATEST_TIME:
        return seconds
    problems.append(Problem(where, QT_TRANSLATE_NOOP("BookmarksImport", "not a date and time: {value}"),
                            {"value": _shown(value)}))
    return None


def _shown(value) -> str:
    """A bad value as the report quotes it: short, whatever it was."""
    try:
        text = repr(value)
    except (ValueError, RecursionError):  # an int too long to write in decimal, lists nested too deep
        text = f"<{type(value).__name__}>"
    return text if len(text) <= 40 else text[:40] + "…"


def _text(entry: dict, name: str, where: str, problems: list[Problem], required: bool = False) -> str | None:
    value = entry.get(name, None)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        problems.append(Problem(f"{where}.{name}", QT_TRANSLATE_NOOP("BookmarksImport", "missing or not text")))
        return None
    if len(value) > MAX_TEXT:
        problems.append(Problem(f"{where}.{name}", QT_TRANSLATE_NOOP("BookmarksImport", "longer than {limit} characters"),
                                {"limit": MAX_TEXT}))
        return None
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate (JSON's "\ud800"): no database or file can hold it
        problems.append(Problem(f"{where}.{name}", QT_TRANSLATE_NOOP("BookmarksImport", "not valid text")))
        return None
    return value


def _sentence(entry: dict, where: str, problems: list[Problem]) -> int | None:
    sentence = entry.get("sentence")
    if not isinstance(sentence, int) or isinstance(sentence, bool) or not 0 <= sentence <= MAX_SENTENCE:
        problems.append(Problem(f"{where}.sentence",
                                QT_TRANSLATE_NOOP("BookmarksImport", "not a sentence number (0 to {limit})"),
                                {"limit": MAX_SENTENCE}))
        return None
    return sentence


def _original(value, where: str, problems: list[Problem]) -> Anchor | None:
    """A bookmark's anchor from before a guess placed it (absent or null: none)."""
    if value is None:
        return None
    if not isinstance(value, dict):
        problems.append(Problem(where, QT_TRANSLATE_NOOP("BookmarksImport", "not an object")))
        return None
    before = len(problems)
    sentence = _sentence(value, where, problems)
    texts = [_text(value, name, where, problems, required=(name == "text")) for name in ("text", "before", "after")]
    if len(problems) > before:
        return None
    return Anchor(sentence, *texts)


def check_entries(data: dict, progress: Callable[[float], None] | None = None) -> tuple[list[dict], list[Problem]]:
    """The good documents (each with its good bookmarks) and a problem for each bad entry;
    ``progress(share checked)`` now and then (it may raise to stop)."""
    good, problems = [], []
    entries = data["documents"]
    for number, entry in enumerate(entries):
        if progress is not None and number % PROGRESS_EVERY == 0:
            progress(number / len(entries))
        where = f"documents[{number}]"
        if not isinstance(entry, dict):
            problems.append(Problem(where, QT_TRANSLATE_NOOP("BookmarksImport", "not an object")))
            continue
        before = len(problems)
        key = _text(entry, "key", where, problems, required=True)
        title = _text(entry, "title", where, problems, required=True)
        name, path = _text(entry, "name", where, problems), _text(entry, "path", where, problems)
        digest = _text(entry, "content_sha256", where, problems)
        suffix = _text(entry, "suffix", where, problems)
        if digest and not _HEX64.fullmatch(digest):
            problems.append(Problem(f"{where}.content_sha256", QT_TRANSLATE_NOOP("BookmarksImport", "not a SHA-256 digest")))
        added = _time(entry.get("added"), f"{where}.added", problems)
        bookmarks = entry.get("bookmarks", [])
        if not isinstance(bookmarks, list):
            problems.append(Problem(f"{where}.bookmarks", QT_TRANSLATE_NOOP("BookmarksImport", "not a list")))
        if len(problems) > before:  # a bad document takes its bookmarks with it
            problems.append(Problem(where, QT_TRANSLATE_NOOP("BookmarksImport", "document skipped with its bookmarks")))
            continue
        document = {"key": key, "title": title, "name": name, "path": path, "content_sha256": digest,
                    "suffix": suffix or ".txt", "added": added, "bookmarks": []}
        for mark_number, mark in enumerate(bookmarks):
            if progress is not None and mark_number % PROGRESS_EVERY == PROGRESS_EVERY - 1:
                progress((number + mark_number / len(bookmarks)) / len(entries))
            mark_where = f"{where}.bookmarks[{mark_number}]"
            if not isinstance(mark, dict):
                problems.append(Problem(mark_where, QT_TRANSLATE_NOOP("BookmarksImport", "not an object")))
                continue
            mark_before = len(problems)
            sentence = _sentence(mark, mark_where, problems)
            values = {name: _text(mark, name, mark_where, problems, required=(name == "text"))
                      for name in ("text", "before", "after", "section", "note", "changed_from")}
            mark_added = _time(mark.get("added"), f"{mark_where}.added", problems)
            updated = _time(mark.get("updated", mark.get("added")), f"{mark_where}.updated", problems)
            original = _original(mark.get("original"), f"{mark_where}.original", problems)
            if len(problems) > mark_before:
                continue
            document["bookmarks"].append(dict(values, sentence=sentence, added=mark_added, updated=updated,
                                              original=original))
        good.append(document)
    return good, problems


def import_data(store: Store, data: dict, progress: Callable[[float], None] | None = None) -> ImportReport:
    """Add what ``data`` holds; no file it names is read (its "path" is only kept, as text).

    ``progress(share done)`` is called while the entries are checked, and with SAVING_SHARE
    last, before the one transaction that stores them: a progress that raises (Cancel) there
    at the latest leaves the store as it was."""
    data = check_header(data)
    report = progress or (lambda _share: None)
    documents, problems = check_entries(data, lambda share: report(READ_SHARE + share * (SAVING_SHARE - READ_SHARE)))
    report(SAVING_SHARE)
    added_documents, added_bookmarks, duplicates = store.merge(documents)
    return ImportReport(added_documents, added_bookmarks, duplicates, problems)


def import_file(store: Store, path: Path | str, progress: Callable[[float], None] | None = None) -> ImportReport:
    data = read_import_file(path)
    if progress is not None:
        progress(READ_SHARE)
    return import_data(store, data, progress)
