"""我的收藏: favorite documents and their bookmarks, in SQLite in the user's data folder.

Durability
  * WAL journal with ``synchronous=FULL``: every commit is fsynced before it returns, so a
    bookmark whose save returned survives a kill *and* a power cut. (WAL with NORMAL is
    safe against a killed process but may lose the last commits on power loss; bookmarks
    are written one at a time by hand, so the fsync costs nothing anyone notices.)
  * Each change is one ``BEGIN IMMEDIATE`` transaction: it takes the write lock up front,
    so two readers writing at once wait for each other (``busy_timeout``) instead of
    failing, and no write is lost: every change is an insert or update of its own rows,
    never a rewrite of the whole list.
  * A versioned schema (table ``schema_version``) with numbered migrations, each run in
    its own transaction, so a half-done migration never sticks.
  * A file that is not a database, or fails ``PRAGMA quick_check``, is set aside under a
    timestamped name (``favorites.sqlite3.corrupt-YYYYmmdd-HHMMSS``) and a fresh one is
    made; ``Store.set_aside`` tells the caller so the user can be told. What can still be read
    of the damaged file is saved into the fresh one (``Store.salvaged``: how many): Python's
    sqlite3 has no ``.recover`` (that is the sqlite3 shell's), so the tables are read row by
    row in rowid order, without their indexes (a damaged index page loses nothing), stepping
    past rows on a damaged page.
  * Reading never needs a write: opening takes no write lock unless a migration is due, and a
    database on a read-only or full disk opens read-only (``Store.cannot_save`` says why; a
    missing one is an empty list). A change that cannot be saved raises ``StoreWriteError``
    with a message for the user (read-only, full, or another reader importing), never a
    traceback.

Each favorite keeps its own copy of the document's bytes in ``documents/`` next to the
database, named by their SHA-256, so it opens after the original is moved or deleted.

A favorite is known by the digest of its parsed text. When the file at a favorite's path
changes, ``follow`` moves the favorite to the new text in one transaction: its key and kept
copy become the new version's, each bookmark is anchored again in the new text, and one that
could only be placed near where it was keeps the text it had (``changed_from``) to tell the user,
and its original anchor (``original_*``): every later change looks for that first, and where it is
found as it was (the file restored, or saved in full after being read mid-save) the bookmark goes
back there, unmarked.
"""
from __future__ import annotations

import hashlib
import os
import sqlite3
import time
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from . import save_failures
from .anchors import Anchor
from .atomic import write_atomically
from .messages import QT_TRANSLATE_NOOP
from .paths import data_dir
from .stored_time import LATEST_TIME, displayable_time  # noqa: F401 - for the store's users

DATABASE_NAME = "favorites.sqlite3"
COPIES_FOLDER = "documents"
BUSY_TIMEOUT_MS = 15000
SALVAGED_MESSAGE = QT_TRANSLATE_NOOP("Store", "Bookmarks saved from the damaged file: {bookmarks} "
                                              "(in {documents} documents).")
KNOWN_SUFFIXES = (".txt", ".text", ".htm", ".html", ".shtml", ".xhtml")

# Each migration takes the schema from version n to n + 1 (the list index + 1).
MIGRATIONS: list[str] = [
    # 1: favorites and bookmarks
    """
    CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,              -- digest of the parsed text (positions.document_key)
        title TEXT NOT NULL,
        path TEXT NOT NULL DEFAULT '',         -- where the original was when it was added
        content_sha256 TEXT NOT NULL DEFAULT '',  -- the kept copy: documents/<sha256><suffix>
        suffix TEXT NOT NULL DEFAULT '.txt',
        added REAL NOT NULL
    );
    CREATE TABLE bookmarks (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        sentence INTEGER NOT NULL,
        text TEXT NOT NULL,
        before TEXT NOT NULL DEFAULT '',
        after TEXT NOT NULL DEFAULT '',
        section TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        added REAL NOT NULL
    );
    """,
    # 2: the reader's own name for a favorite, when a bookmark was last edited, and an index
    """
    ALTER TABLE documents ADD COLUMN name TEXT NOT NULL DEFAULT '';
    ALTER TABLE bookmarks ADD COLUMN updated REAL NOT NULL DEFAULT 0;
    UPDATE bookmarks SET updated = added;
    CREATE INDEX bookmarks_by_document ON bookmarks(document_id);
    """,
    # 3: a bookmark placed again in a changed text by a guess keeps the text it had (shown to the user)
    """
    ALTER TABLE bookmarks ADD COLUMN changed_from TEXT NOT NULL DEFAULT '';
    CREATE INDEX documents_by_path ON documents(path);
    """,
    # 4: such a bookmark also keeps the anchor it had before the guess, to go back when its text returns.
    # A bookmark marked already gets its former text (no surroundings) as that anchor.
    """
    ALTER TABLE bookmarks ADD COLUMN original_sentence INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE bookmarks ADD COLUMN original_text TEXT NOT NULL DEFAULT '';
    ALTER TABLE bookmarks ADD COLUMN original_before TEXT NOT NULL DEFAULT '';
    ALTER TABLE bookmarks ADD COLUMN original_after TEXT NOT NULL DEFAULT '';
    UPDATE bookmarks SET original_text = changed_from, original_sentence = sentence WHERE changed_from != '';
    """,
    # 5: the favorites newest first and a document's bookmarks in order, a page at a time, without
    # sorting them all for each page (the panel, on 100,000 of them)
    """
    CREATE INDEX documents_by_added ON documents(added, id);
    CREATE INDEX bookmarks_in_order ON bookmarks(document_id, sentence, id);
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)

_DOCUMENT_COLUMNS = ("id", "key", "title", "name", "path", "content_sha256", "suffix", "added")
_BOOKMARK_COLUMNS = ("id", "document_id", "sentence", "text", "before", "after", "section", "note",
                     "added", "updated", "changed_from", "original_sentence", "original_text", "original_before",
                     "original_after")


class StoreError(Exception):
    """The database cannot be used (made by a newer reader, or the folder is not writable)."""


class StoreWriteError(StoreError):
    """A change could not be saved; ``failure`` says why (read-only, full, busy) for the user."""

    def __init__(self, failure: save_failures.SaveFailure):
        super().__init__(str(failure))
        self.failure = failure


# SQLite's names (sqlite_errorname, extended ones too) for a write the disk refused.
_WRITE_REFUSED = ("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_FULL", "SQLITE_IOERR", "SQLITE_PERM")


@dataclass(frozen=True)
class Salvaged:
    """What was read back from a damaged database into the fresh one."""

    documents: int
    bookmarks: int

    def format(self, translated: str = SALVAGED_MESSAGE) -> str:
        return translated.format(documents=self.documents, bookmarks=self.bookmarks)


@dataclass(frozen=True)
class FavoriteDocument:
    id: int
    key: str
    title: str
    name: str
    path: str
    content_sha256: str
    suffix: str
    added: float

    @property
    def display_title(self) -> str:
        return self.name or self.title


@dataclass(frozen=True)
class Bookmark:
    id: int
    document_id: int
    sentence: int
    text: str
    before: str
    after: str
    section: str
    note: str
    added: float
    updated: float
    changed_from: str = ""  # the text it had, when the text changed and it could only be placed near it
    # The anchor it had before it was first placed by a guess (no text: it never was, or it went back).
    original_sentence: int = 0
    original_text: str = ""
    original_before: str = ""
    original_after: str = ""

    @property
    def anchor(self) -> Anchor:
        return Anchor(self.sentence, self.text, self.before, self.after)

    @property
    def original_anchor(self) -> Anchor | None:
        """Where it was before a change placed it by a guess; None when it has not been since."""
        if not self.original_text:
            return None
        return Anchor(self.original_sentence, self.original_text, self.original_before, self.original_after)

    @property
    def changed(self) -> bool:
        return bool(self.changed_from)


@dataclass(frozen=True)
class Placed:
    """Where a bookmark goes in a changed text: its new anchor and section; certain if found as it was,
    restored if that is where it was before a guess placed it (its original anchor)."""

    anchor: Anchor
    section: str
    certain: bool
    restored: bool = False


@dataclass(frozen=True)
class Followed:
    """What ``Store.follow`` did: the favorite now on the new text, and its bookmarks placed again."""

    document: FavoriteDocument
    placed: list[int]  # bookmark ids anchored again in the new text
    uncertain: list[int]  # of those, the ones only placed near where they were (marked changed)
    merged: int  # other favorites folded into this one
    restored: list[int] = field(default_factory=list)  # back where they were before a guess placed them


@dataclass
class Removed:
    """What a delete took away, to put it back (undo)."""

    documents: list[dict] = field(default_factory=list)
    bookmarks: list[dict] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.documents or self.bookmarks)


def content_digest(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def safe_suffix(suffix: str) -> str:
    suffix = (suffix or "").lower()
    return suffix if suffix in KNOWN_SUFFIXES else ".txt"


def _write_refused(error: sqlite3.Error) -> bool:
    return getattr(error, "sqlite_errorname", "").startswith(_WRITE_REFUSED)


def _is_corruption(error: sqlite3.DatabaseError) -> bool:
    if isinstance(error, sqlite3.OperationalError):  # locked, busy, read-only, no such table...
        return getattr(error, "sqlite_errorname", "") in ("SQLITE_CORRUPT", "SQLITE_NOTADB")
    return True


class Store:
    def __init__(self, path: Path | str | None = None):
        self.path = Path(path) if path is not None else data_dir() / DATABASE_NAME
        self.copies = self.path.parent / COPIES_FOLDER
        self.set_aside: Path | None = None  # where a corrupt database was moved, to tell the user
        self.salvaged: Salvaged | None = None  # what was read back from it
        self.cannot_save: save_failures.SaveFailure | None = None  # opened read-only: why
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            if self.path.exists():
                raise StoreError(str(error)) from error
            self._open_empty(save_failures.from_os_error(error, self.path.parent))
            return
        try:
            self._connection = self._open()
        except sqlite3.DatabaseError as error:
            if not _is_corruption(error):
                raise StoreError(str(error)) from error
            if self._open_read_only_if_refused():
                return  # nothing can be set aside nor made: read what can be read, in place
            self._set_aside_corrupt()
            self._connection = self._open()
            self.salvaged = self._salvage(self.set_aside)

    @property
    def read_only(self) -> bool:
        return self.cannot_save is not None

    # Opening ------------------------------------------------------------------
    def _open(self) -> sqlite3.Connection:
        try:
            return self._open_connection()
        except sqlite3.OperationalError as error:
            if not _write_refused(error):
                raise
            failure = self._failure(error)
        if not self.path.exists() or self.path.stat().st_size == 0:  # nothing to read, none can be made
            return self._open_empty(failure)
        self.cannot_save = failure
        try:
            return self._open_connection(f"file:{quote(str(self.path))}?mode=ro")
        except sqlite3.OperationalError as error:  # a WAL database without its -shm, in a folder that takes none
            if not _write_refused(error):
                raise
            return self._open_connection(f"file:{quote(str(self.path))}?immutable=1")

    def _open_connection(self, read_only_uri: str = "") -> sqlite3.Connection:
        if read_only_uri:
            connection = sqlite3.connect(read_only_uri, uri=True, isolation_level=None)
        else:
            connection = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        try:
            connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if not read_only_uri:
                connection.execute("PRAGMA journal_mode = WAL")
                connection.execute("PRAGMA synchronous = FULL")
            connection.execute("PRAGMA foreign_keys = ON")
            result = connection.execute("PRAGMA quick_check").fetchone()
            if result is None or result[0] != "ok":
                raise sqlite3.DatabaseError(f"quick_check: {result[0] if result else 'no answer'}")
            if not read_only_uri:
                self._migrate(connection)
            elif self._stored_version(connection) != SCHEMA_VERSION:
                raise StoreError(f"the bookmarks database {self.path} needs an update this reader cannot "
                                 f"write: {self.cannot_save}")
        except BaseException:
            connection.close()
            raise
        return connection

    def _open_empty(self, failure: save_failures.SaveFailure) -> sqlite3.Connection:
        """No database, and none can be made: an empty one in memory, read-only to the caller."""
        self.cannot_save = failure
        connection = sqlite3.connect(":memory:", isolation_level=None)
        self._migrate(connection)
        self._connection = connection
        return connection

    def _failure(self, error: BaseException) -> save_failures.SaveFailure:
        """Why a change could not be saved, for the user."""
        name = getattr(error, "sqlite_errorname", "")
        folder = str(self.path.parent)
        if name.startswith("SQLITE_BUSY") or name.startswith("SQLITE_LOCKED"):
            return save_failures.SaveFailure("busy", folder)
        if name.startswith("SQLITE_FULL"):
            return save_failures.SaveFailure("full", folder)
        if name.startswith(("SQLITE_READONLY", "SQLITE_PERM", "SQLITE_CANTOPEN")):
            return save_failures.SaveFailure("read-only", folder)
        if isinstance(error, OSError):
            return save_failures.from_os_error(error, folder)
        # SQLite says "disk I/O error" when the disk is full: the file system tells which
        return save_failures.check_folder(folder) or save_failures.SaveFailure("other", folder, str(error))

    def _migrate(self, connection: sqlite3.Connection) -> None:
        if self._stored_version(connection) == SCHEMA_VERSION:
            return  # nothing to write: opening never waits for a writer (an import) nor needs to write
        connection.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        while True:
            connection.execute("BEGIN IMMEDIATE")  # another reader may be migrating too: ask again inside
            try:
                row = connection.execute("SELECT version FROM schema_version").fetchone()
                version = row[0] if row else 0
                if version > SCHEMA_VERSION:
                    raise StoreError(f"the bookmarks database {self.path} was made by a newer reader "
                                     f"(schema {version}, this reader knows up to {SCHEMA_VERSION})")
                if version == SCHEMA_VERSION:
                    connection.execute("COMMIT")
                    return
                for statement in _statements(MIGRATIONS[version]):  # not executescript: it commits
                    connection.execute(statement)
                if row is None:
                    connection.execute("INSERT INTO schema_version (version) VALUES (?)", (version + 1,))
                else:
                    connection.execute("UPDATE schema_version SET version = ?", (version + 1,))
                connection.execute("COMMIT")
            except BaseException:
                connection.execute("ROLLBACK")
                raise

    @staticmethod
    def _stored_version(connection: sqlite3.Connection) -> int | None:
        """The schema version, read without a write lock; None before the first migration."""
        if connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'schema_version'").fetchone() is None:
            return None
        row = connection.execute("SELECT version FROM schema_version").fetchone()
        return row[0] if row else None

    def _set_aside_corrupt(self) -> None:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        number = 1
        while target.exists():
            number += 1
            target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}-{number}")
        os.replace(self.path, target)
        for extra in ("-wal", "-shm"):  # a journal of the bad file must not meet the fresh one
            companion = self.path.with_name(self.path.name + extra)
            if companion.exists():
                os.replace(companion, target.with_name(target.name + extra))
        self.set_aside = target

    def _open_read_only_if_refused(self) -> bool:
        """A damaged database in a folder that takes no write: what can be read of it, in memory
        and read-only (the file stays as it is, to be set aside once the folder can be written)."""
        failure = save_failures.check_folder(self.path.parent)
        if failure is None:
            return False
        self._open_empty(failure)
        self.salvaged = self._salvage(self.path)
        return True

    def _salvage(self, source: Path) -> Salvaged:
        """Read what can be read of the damaged database ``source`` into this (fresh) one."""
        documents = bookmarks = 0
        damaged = _open_damaged(source)
        if damaged is None:
            return Salvaged(0, 0)
        connection = self._connection
        try:
            connection.execute("BEGIN IMMEDIATE")  # not _transaction: an in-memory copy is written too
            try:
                for table, columns in (("documents", _DOCUMENT_COLUMNS), ("bookmarks", _BOOKMARK_COLUMNS)):
                    present = [name for name in columns if name in _column_names(damaged, table)]
                    if "id" not in present:
                        continue
                    insert = (f"INSERT INTO {table} ({', '.join(present)}) "
                              f"VALUES ({', '.join('?' * len(present))})")
                    for row in _readable_rows(damaged, table, present):
                        try:
                            connection.execute(insert, row)
                        except (sqlite3.IntegrityError, sqlite3.InterfaceError, OverflowError):
                            continue  # a row read wrong (a NULL, a duplicate key, a missing document)
                        if table == "documents":
                            documents += 1
                        else:
                            bookmarks += 1
                connection.execute("COMMIT")
            except BaseException:
                if connection.in_transaction:
                    connection.execute("ROLLBACK")
                raise
        except sqlite3.OperationalError:  # the fresh database cannot take them (a full disk)
            return Salvaged(0, 0)
        finally:
            damaged.close()
        return Salvaged(documents, bookmarks)

    def close(self) -> None:
        self._connection.close()

    @contextmanager
    def _transaction(self):
        """One change, all or nothing. A change the disk refuses (read-only, full) or that waited
        longer than BUSY_TIMEOUT_MS for another writer raises StoreWriteError, reported once."""
        if self.cannot_save is not None:
            save_failures.report(self.cannot_save)
            raise StoreWriteError(self.cannot_save)
        connection = self._connection
        try:
            connection.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            raise self._write_error(error) from error
        try:
            yield connection
            connection.execute("COMMIT")
        except BaseException as error:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            if isinstance(error, sqlite3.OperationalError) and (_write_refused(error) or "locked" in str(error)):
                raise self._write_error(error) from error
            raise

    def _write_error(self, error: sqlite3.Error) -> StoreWriteError:
        failure = self._failure(error)
        if failure.kind == "other" and "locked" in str(error):
            failure = save_failures.SaveFailure("busy", failure.folder)
        if failure.kind == "read-only":
            self.cannot_save = failure  # it will not change while the reader runs: refuse at once
        save_failures.report(failure)
        return StoreWriteError(failure)

    # Checks -------------------------------------------------------------------
    def schema_version(self) -> int:
        return self._connection.execute("SELECT version FROM schema_version").fetchone()[0]

    def integrity_check(self) -> str:
        return self._connection.execute("PRAGMA integrity_check").fetchone()[0]

    def data_version(self) -> int:
        """Changes when another connection commits (to refresh a list another reader changed)."""
        return self._connection.execute("PRAGMA data_version").fetchone()[0]

    # Documents ----------------------------------------------------------------
    def copy_path(self, document: FavoriteDocument) -> Path | None:
        return self.copy_path_for(document.content_sha256, document.suffix)

    def copy_path_for(self, digest: str, suffix: str) -> Path | None:
        if not digest:
            return None
        return self.copies / f"{digest}{safe_suffix(suffix)}"

    def keep_copy(self, content: bytes, suffix: str) -> str:
        """Write the document's bytes into the data folder (once per content); their digest."""
        digest = content_digest(content)
        target = self.copies / f"{digest}{safe_suffix(suffix)}"
        if target.exists() and target.stat().st_size == len(content):
            return digest
        if self.cannot_save is not None:
            save_failures.report(self.cannot_save)
            raise StoreWriteError(self.cannot_save)
        try:
            self.copies.mkdir(parents=True, exist_ok=True)
            write_atomically(target, content)
        except OSError as error:
            raise self._write_error(error) from error
        return digest

    def add_document(self, key: str, title: str, path: str = "", content: bytes | None = None,
                     suffix: str = ".txt") -> FavoriteDocument:
        """Keep a document among the favorites (with a copy of ``content``); the existing entry if kept."""
        digest = self.keep_copy(content, suffix) if content is not None else ""
        now = time.time()
        with self._transaction() as connection:
            row = connection.execute("SELECT id FROM documents WHERE key = ?", (key,)).fetchone()
            if row is None:
                connection.execute(
                    "INSERT INTO documents (key, title, path, content_sha256, suffix, added) VALUES (?, ?, ?, ?, ?, ?)",
                    (key, title, path, digest, safe_suffix(suffix), now))
            elif digest:  # the newest copy and place win
                connection.execute("UPDATE documents SET path = ?, content_sha256 = ?, suffix = ? WHERE key = ?",
                                   (path, digest, safe_suffix(suffix), key))
        return self.document_by_key(key)

    def document(self, document_id: int) -> FavoriteDocument | None:
        row = self._connection.execute(
            f"SELECT {', '.join(_DOCUMENT_COLUMNS)} FROM documents WHERE id = ?", (document_id,)).fetchone()
        return FavoriteDocument(*row) if row else None

    def document_by_key(self, key: str) -> FavoriteDocument | None:
        row = self._connection.execute(
            f"SELECT {', '.join(_DOCUMENT_COLUMNS)} FROM documents WHERE key = ?", (key,)).fetchone()
        return FavoriteDocument(*row) if row else None

    def documents(self) -> list[FavoriteDocument]:
        rows = self._connection.execute(
            f"SELECT {', '.join(_DOCUMENT_COLUMNS)} FROM documents ORDER BY added DESC, id DESC").fetchall()
        return [FavoriteDocument(*row) for row in rows]

    def iter_documents(self, page: int = 200):
        """The documents newest first, as ``documents()``, read a page at a time (for a long list
        shown as it is read: the panel)."""
        query = f"SELECT {', '.join(_DOCUMENT_COLUMNS)} FROM documents"
        order = " ORDER BY added DESC, id DESC LIMIT ?"
        rows = self._connection.execute(query + order, (page,)).fetchall()
        while rows:
            yield from (FavoriteDocument(*row) for row in rows)
            if len(rows) < page:
                return
            last = FavoriteDocument(*rows[-1])
            rows = self._connection.execute(query + " WHERE (added, id) < (?, ?)" + order,
                                            (last.added, last.id, page)).fetchall()

    def documents_at(self, path: str, other_than_key: str = "") -> list[FavoriteDocument]:
        """The favorites kept from ``path`` (a resolved path) whose text is not ``other_than_key``."""
        if not path:
            return []
        rows = self._connection.execute(
            f"SELECT {', '.join(_DOCUMENT_COLUMNS)} FROM documents WHERE path = ? AND key != ? ORDER BY added, id",
            (path, other_than_key)).fetchall()
        return [FavoriteDocument(*row) for row in rows]

    def follow(self, key: str, title: str, path: str, digest: str, suffix: str,
               place: Callable[[Bookmark], Placed]) -> Followed | None:
        """The file at ``path`` now holds the text ``key``: move its favorites there, in one transaction.

        The favorites kept from ``path`` under another key become one favorite on ``key`` (the
        favorite already on ``key``, if there is one: nothing is lost, its bookmarks stay and the
        others join them). Its kept copy becomes ``digest`` (the old copy stays until
        ``prune_copies``), and each moved bookmark gets the anchor and section ``place`` gives;
        one not placed with certainty keeps its former text in ``changed_from`` and the anchor it
        had before the first guess (``original_*``); one placed back on that original anchor
        (``Placed.restored``) loses both. If anything
        fails (``place`` raising included), nothing is changed. None when no favorite is at path.
        """
        with self._transaction() as connection:  # the reads below go through the same connection
            olds = self.documents_at(path, key)
            if not olds:
                return None
            existing = self.document_by_key(key)
            target, folded = (existing, olds) if existing is not None else (olds[0], olds[1:])
            everyone = [target] + folded
            name = next((d.name for d in everyone if d.name), "")
            added = min(d.added for d in everyone)
            placed, uncertain, restored = [], [], []
            for old in olds:
                for mark in self.bookmarks(old.id):
                    where = place(mark)
                    if where.restored:
                        changed_from, original = "", None
                        restored.append(mark.id)
                    elif where.certain:
                        changed_from, original = mark.changed_from, mark.original_anchor
                    else:
                        changed_from, original = mark.changed_from or mark.text, mark.original_anchor or mark.anchor
                    connection.execute(
                        "UPDATE bookmarks SET document_id = ?, section = ?, changed_from = ? WHERE id = ?",
                        (target.id, where.section, changed_from, mark.id))
                    self._set_anchors(connection, mark.id, where.anchor, original)
                    placed.append(mark.id)
                    if not where.certain:
                        uncertain.append(mark.id)
            for old in folded:  # their bookmarks have moved: nothing goes with them
                connection.execute("DELETE FROM documents WHERE id = ?", (old.id,))
            connection.execute(
                "UPDATE documents SET key = ?, title = ?, name = ?, path = ?, content_sha256 = ?, suffix = ?,"
                " added = ? WHERE id = ?",
                (key, title, name, path, digest or target.content_sha256, safe_suffix(suffix) if digest
                 else target.suffix, added, target.id))
            document = self.document(target.id)
        return Followed(document, placed, uncertain, len(folded), restored)

    @staticmethod
    def _set_anchors(connection, bookmark_id: int, anchor: Anchor, original: Anchor | None) -> None:
        original = original or Anchor(0, "", "", "")
        connection.execute(
            "UPDATE bookmarks SET sentence = ?, text = ?, before = ?, after = ?, original_sentence = ?,"
            " original_text = ?, original_before = ?, original_after = ? WHERE id = ?",
            (anchor.sentence, anchor.text, anchor.before, anchor.after, original.sentence, original.text,
             original.before, original.after, bookmark_id))

    def rename_document(self, document_id: int, name: str) -> None:
        with self._transaction() as connection:
            connection.execute("UPDATE documents SET name = ? WHERE id = ?", (name.strip(), document_id))

    def delete_document(self, document_id: int) -> Removed:
        """Remove a favorite and its bookmarks (its kept copy stays for undo; see prune_copies)."""
        with self._transaction() as connection:
            removed = Removed(
                documents=self._rows(connection, "documents", _DOCUMENT_COLUMNS, "id = ?", document_id),
                bookmarks=self._rows(connection, "bookmarks", _BOOKMARK_COLUMNS, "document_id = ?", document_id))
            connection.execute("DELETE FROM documents WHERE id = ?", (document_id,))
        return removed

    # Bookmarks ----------------------------------------------------------------
    def add_bookmark(self, document_id: int, anchor: Anchor, section: str = "", note: str = "") -> int:
        now = time.time()
        with self._transaction() as connection:
            cursor = connection.execute(
                "INSERT INTO bookmarks (document_id, sentence, text, before, after, section, note, added, updated)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (document_id, anchor.sentence, anchor.text, anchor.before, anchor.after, section, note.strip(),
                 now, now))
            return cursor.lastrowid

    def bookmark(self, bookmark_id: int) -> Bookmark | None:
        row = self._connection.execute(
            f"SELECT {', '.join(_BOOKMARK_COLUMNS)} FROM bookmarks WHERE id = ?", (bookmark_id,)).fetchone()
        return Bookmark(*row) if row else None

    def bookmarks(self, document_id: int | None = None) -> list[Bookmark]:
        query = f"SELECT {', '.join(_BOOKMARK_COLUMNS)} FROM bookmarks"
        if document_id is None:
            rows = self._connection.execute(query + " ORDER BY document_id, sentence, id").fetchall()
        else:
            rows = self._connection.execute(query + " WHERE document_id = ? ORDER BY sentence, id",
                                            (document_id,)).fetchall()
        return [Bookmark(*row) for row in rows]

    def iter_bookmarks(self, document_id: int, page: int = 200):
        """A document's bookmarks, as ``bookmarks(document_id)``, read a page at a time."""
        query = f"SELECT {', '.join(_BOOKMARK_COLUMNS)} FROM bookmarks WHERE document_id = ?"
        order = " ORDER BY sentence, id LIMIT ?"
        rows = self._connection.execute(query + order, (document_id, page)).fetchall()
        while rows:
            yield from (Bookmark(*row) for row in rows)
            if len(rows) < page:
                return
            last = Bookmark(*rows[-1])
            rows = self._connection.execute(query + " AND (sentence, id) > (?, ?)" + order,
                                            (document_id, last.sentence, last.id, page)).fetchall()

    def bookmarks_of_documents(self, document_ids: list[int]) -> dict[int, list[Bookmark]]:
        """The bookmarks of several documents in one query (a filter reads every document's)."""
        found: dict[int, list[Bookmark]] = {document_id: [] for document_id in document_ids}
        for start in range(0, len(document_ids), 500):  # SQLite's limit on parameters
            ids = document_ids[start:start + 500]
            rows = self._connection.execute(
                f"SELECT {', '.join(_BOOKMARK_COLUMNS)} FROM bookmarks WHERE document_id IN"
                f" ({', '.join('?' * len(ids))}) ORDER BY document_id, sentence, id", ids)
            for row in rows:
                found[row[1]].append(Bookmark(*row))
        return found

    def bookmark_count(self, document_id: int) -> int:
        return self._connection.execute("SELECT count(*) FROM bookmarks WHERE document_id = ?",
                                        (document_id,)).fetchone()[0]

    def bookmark_ids(self) -> set[int]:
        return {row[0] for row in self._connection.execute("SELECT id FROM bookmarks")}

    def set_note(self, bookmark_id: int, note: str) -> None:
        with self._transaction() as connection:
            connection.execute("UPDATE bookmarks SET note = ?, updated = ? WHERE id = ?",
                               (note.strip(), time.time(), bookmark_id))

    def confirm_bookmark(self, bookmark_id: int) -> None:
        """The user has seen where a changed bookmark now is: it is no longer marked changed."""
        with self._transaction() as connection:
            connection.execute("UPDATE bookmarks SET changed_from = '' WHERE id = ?", (bookmark_id,))

    def restore_anchor(self, bookmark_id: int, anchor: Anchor, section: str) -> None:
        """A bookmark's original anchor was found again as it was (in the text it is kept for): it
        goes back there, and is no longer marked changed nor keeps the original apart."""
        with self._transaction() as connection:
            connection.execute("UPDATE bookmarks SET section = ?, changed_from = '' WHERE id = ?",
                               (section, bookmark_id))
            self._set_anchors(connection, bookmark_id, anchor, None)

    def delete_bookmark(self, bookmark_id: int) -> Removed:
        with self._transaction() as connection:
            removed = Removed(bookmarks=self._rows(connection, "bookmarks", _BOOKMARK_COLUMNS, "id = ?", bookmark_id))
            connection.execute("DELETE FROM bookmarks WHERE id = ?", (bookmark_id,))
        return removed

    # Undo ---------------------------------------------------------------------
    @staticmethod
    def _rows(connection, table: str, columns, where: str, value) -> list[dict]:
        rows = connection.execute(f"SELECT {', '.join(columns)} FROM {table} WHERE {where}", (value,)).fetchall()
        return [dict(zip(columns, row)) for row in rows]

    def restore(self, removed: Removed) -> None:
        """Put back what a delete removed, under the same ids where they are still free."""
        with self._transaction() as connection:
            new_ids = {}
            for row in removed.documents:
                existing = connection.execute("SELECT id FROM documents WHERE key = ?", (row["key"],)).fetchone()
                if existing is not None:  # added again meanwhile: the bookmarks go to that entry
                    new_ids[row["id"]] = existing[0]
                    continue
                taken = connection.execute("SELECT 1 FROM documents WHERE id = ?", (row["id"],)).fetchone()
                values = dict(row, id=None) if taken else row
                cursor = connection.execute(
                    f"INSERT INTO documents ({', '.join(_DOCUMENT_COLUMNS)}) VALUES ({', '.join('?' * len(values))})",
                    tuple(values[c] for c in _DOCUMENT_COLUMNS))
                new_ids[row["id"]] = cursor.lastrowid
            for row in removed.bookmarks:
                document_id = new_ids.get(row["document_id"], row["document_id"])
                if connection.execute("SELECT 1 FROM documents WHERE id = ?", (document_id,)).fetchone() is None:
                    continue  # its document is gone too
                taken = connection.execute("SELECT 1 FROM bookmarks WHERE id = ?", (row["id"],)).fetchone()
                values = dict(row, document_id=document_id, id=None if taken else row["id"])
                connection.execute(
                    f"INSERT INTO bookmarks ({', '.join(_BOOKMARK_COLUMNS)}) VALUES ({', '.join('?' * len(values))})",
                    tuple(values[c] for c in _BOOKMARK_COLUMNS))

    # Import -------------------------------------------------------------------
    def merge(self, documents: list[dict]) -> tuple[int, int, int]:
        """Add checked documents and bookmarks (bookmarks_io.check_entries) in one transaction.

        A document already kept (same key) gets the new bookmarks; a bookmark already there (same
        sentence, text and note, in the store or earlier in the import) is a duplicate. Nothing stored
        is changed or removed. A bookmark may carry ``changed_from`` and ``original`` (an Anchor): placed by a guess.
        Returns (documents added, bookmarks added, duplicates).
        """
        added_documents = duplicates = 0
        with self._transaction() as connection:
            known = dict(connection.execute("SELECT key, id FROM documents"))  # one query, not one a document
            rows = []  # the new bookmarks, inserted at once
            for document in documents:
                if document["key"] not in known:
                    cursor = connection.execute(
                        "INSERT INTO documents (key, title, name, path, content_sha256, suffix, added)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (document["key"], document["title"], document["name"], document["path"],
                         document["content_sha256"], safe_suffix(document["suffix"]), document["added"]))
                    document_id = known[document["key"]] = cursor.lastrowid
                    present = set()
                    added_documents += 1
                else:
                    document_id = known[document["key"]]
                    # Read once per document, not once per bookmark: a search per bookmark among the
                    # document's made an import quadratic (10,000 bookmarks 5 s, 40,000 90 s).
                    present = set(connection.execute(
                        "SELECT sentence, text, note FROM bookmarks WHERE document_id = ?", (document_id,)))
                for mark in document["bookmarks"]:
                    identity = (mark["sentence"], mark["text"], mark["note"].strip())
                    if identity in present:
                        duplicates += 1
                        continue
                    present.add(identity)
                    original = mark.get("original") or Anchor(0, "", "", "")
                    rows.append((document_id, mark["sentence"], mark["text"], mark["before"], mark["after"],
                                 mark["section"], mark["note"].strip(), mark["added"], mark["updated"],
                                 mark.get("changed_from", ""), original.sentence, original.text, original.before,
                                 original.after))
            connection.executemany(
                "INSERT INTO bookmarks (document_id, sentence, text, before, after, section, note, added, updated,"
                " changed_from, original_sentence, original_text, original_before, original_after)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        return added_documents, len(rows), duplicates

    def prune_copies(self, older_than_s: float = 7 * 24 * 3600) -> int:
        """Delete kept copies no favorite refers to (and old enough to be past any undo)."""
        if not self.copies.is_dir():
            return 0
        used = {row[0] for row in self._connection.execute("SELECT content_sha256 FROM documents")}
        removed = 0
        now = time.time()
        for path in self.copies.iterdir():
            digest = path.name.split(".", 1)[0]
            try:
                if digest not in used and now - path.stat().st_mtime > older_than_s:
                    path.unlink()
                    removed += 1
            except OSError:
                pass
        return removed


def _open_damaged(source: Path) -> sqlite3.Connection | None:
    """A damaged database opened to be read, never written: read-only, or where even that needs a
    write (its WAL index in a read-only folder), as an immutable file. None if neither reads."""
    for mode in ("mode=ro", "immutable=1"):
        try:
            connection = sqlite3.connect(f"file:{quote(str(source))}?{mode}", uri=True, isolation_level=None)
        except sqlite3.Error:
            continue
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return connection
        except sqlite3.OperationalError:
            connection.close()
        except sqlite3.DatabaseError:  # the schema page damaged too: the rows may still be reached
            return connection
    return None


def _column_names(connection: sqlite3.Connection, table: str) -> set[str]:
    try:
        return {row[1] for row in connection.execute(f"PRAGMA table_info({table})")}
    except sqlite3.DatabaseError:  # the schema itself is unreadable
        return set()


def _readable_rows(connection: sqlite3.Connection, table: str, columns: list[str], most_failures: int = 200):
    """The rows of ``table`` that can be read, in rowid order and through the table alone (NOT
    INDEXED: a damaged index costs nothing). A read that fails on a damaged page starts again
    after the last row read, a step further each time it fails without progress."""
    after, step, failures = 0, 1, 0  # the reader's rowids are all 1 or more
    query = f"SELECT rowid, {', '.join(columns)} FROM {table} NOT INDEXED WHERE rowid > ? ORDER BY rowid"
    while failures < most_failures and after < 2**62:
        progressed = False
        try:
            for row in connection.execute(query, (after,)):
                after, progressed = row[0], True
                yield row[1:]
            return
        except sqlite3.DatabaseError:
            failures += 1
            step = 1 if progressed else step * 2
            after += step


def _statements(script: str) -> list[str]:
    """The statements of a migration script (they hold no semicolons inside strings)."""
    lines = [line.split("--", 1)[0] for line in script.splitlines()]
    return [statement.strip() for statement in "\n".join(lines).split(";") if statement.strip()]
