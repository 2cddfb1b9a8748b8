"""我的收藏 storage: WAL SQLite, migrations, corrupt files set aside, kills and two writers lose nothing."""
import errno
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from reader.core.anchors import Anchor
from reader.core.store import MIGRATIONS, SCHEMA_VERSION, Store, StoreError, StoreWriteError, _statements
from tests.time_limit import time_limit

REPOSITORY = Path(__file__).resolve().parents[2]

WRITER = r"""
import sys
from reader.core.anchors import Anchor
from reader.core.store import Store
store = Store(sys.argv[1])
document = store.add_document("kill-test", "杀进程测试", content=b"text", suffix=".txt")
tag = sys.argv[2]
count = int(sys.argv[3])
print("ready", flush=True)
for n in range(count):
    bookmark = store.add_bookmark(document.id, Anchor(n, f"第{n}句。", "前文", "后文"), note=f"{tag}-{n}")
    print(bookmark, flush=True)
print("done", flush=True)
"""


def writer(path, tag="w", count=1_000_000):
    return subprocess.Popen([sys.executable, "-c", WRITER, str(path), tag, str(count)], cwd=REPOSITORY,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def anchor(n=0):
    return Anchor(n, f"第{n}句。", "之前的文字", "之后的文字")


def test_a_fresh_store_is_wal_with_full_sync_and_the_latest_schema(tmp_path):
    store = Store(tmp_path / "favorites.sqlite3")
    connection = store._connection
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert connection.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert connection.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
    assert store.schema_version() == SCHEMA_VERSION and store.integrity_check() == "ok"


def test_the_default_place_is_the_data_folder(_private_data_dir):
    store = Store()
    assert store.path.parent == _private_data_dir


def test_documents_and_bookmarks_round_trip(tmp_path):
    store = Store(tmp_path / "f.sqlite3")
    document = store.add_document("k1", "通知", "/nowhere/a.txt", "正文".encode(), ".txt")
    assert store.copy_path(document).read_bytes() == "正文".encode()
    again = store.add_document("k1", "通知", "/nowhere/a.txt", "正文".encode(), ".txt")
    assert again.id == document.id and len(store.documents()) == 1
    first = store.add_bookmark(document.id, anchor(3), section="一、目标", note=" 记得看 ")
    store.add_bookmark(document.id, anchor(1))
    assert [b.sentence for b in store.bookmarks(document.id)] == [1, 3]
    assert store.bookmark(first).note == "记得看" and store.bookmark(first).anchor == anchor(3)
    store.set_note(first, "改过的备注")
    store.rename_document(document.id, "我的通知")
    assert store.bookmark(first).note == "改过的备注"
    assert store.document(document.id).display_title == "我的通知"


def test_delete_and_undo_put_back_the_same_entries(tmp_path):
    store = Store(tmp_path / "f.sqlite3")
    document = store.add_document("k1", "通知", content=b"x")
    marks = [store.add_bookmark(document.id, anchor(n), note=str(n)) for n in range(3)]
    removed = store.delete_bookmark(marks[1])
    assert store.bookmark(marks[1]) is None
    store.restore(removed)
    assert store.bookmark(marks[1]).note == "1"
    removed = store.delete_document(document.id)
    assert store.documents() == [] and store.bookmarks() == []
    store.restore(removed)
    assert [d.id for d in store.documents()] == [document.id]
    assert sorted(b.id for b in store.bookmarks()) == marks


def test_migrations_take_an_old_database_to_the_latest_schema_keeping_its_data(tmp_path):
    path = tmp_path / "old.sqlite3"
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    for statement in _statements(MIGRATIONS[0]):
        connection.execute(statement)
    connection.execute("INSERT INTO schema_version VALUES (1)")
    connection.execute("INSERT INTO documents (key, title, added) VALUES ('k', '旧文件', 1.0)")
    connection.execute("INSERT INTO bookmarks (document_id, sentence, text, added) VALUES (1, 2, '旧句子。', 5.0)")
    connection.close()
    store = Store(path)
    assert store.schema_version() == SCHEMA_VERSION == 5
    (bookmark,) = store.bookmarks()
    assert (bookmark.text, bookmark.updated, bookmark.changed_from) == ("旧句子。", 5.0, "")
    assert bookmark.original_anchor is None
    assert store.documents()[0].name == ""


def test_migration_4_keeps_a_changed_bookmarks_former_text_as_its_original_anchor(tmp_path):
    path = tmp_path / "v3.sqlite3"
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    for script in MIGRATIONS[:3]:
        for statement in _statements(script):
            connection.execute(statement)
    connection.execute("INSERT INTO schema_version VALUES (3)")
    connection.execute("INSERT INTO documents (key, title, path, added) VALUES ('k', '通知', '/a.txt', 1.0)")
    connection.execute("INSERT INTO bookmarks (document_id, sentence, text, before, after, note, added, updated,"
                       " changed_from) VALUES (1, 11, '猜的句子。', '前', '后', '备注', 5.0, 6.0, '原来的句子。')")
    connection.execute("INSERT INTO bookmarks (document_id, sentence, text, added, updated)"
                       " VALUES (1, 3, '没变的句子。', 7.0, 7.0)")
    connection.close()
    store = Store(path)
    assert store.schema_version() == SCHEMA_VERSION == 5 and store.integrity_check() == "ok"
    changed, same = store.bookmarks()[1], store.bookmarks()[0]
    assert (changed.sentence, changed.text, changed.before, changed.after, changed.note, changed.added,
            changed.updated, changed.changed_from) == (11, "猜的句子。", "前", "后", "备注", 5.0, 6.0, "原来的句子。")
    assert changed.original_anchor == Anchor(11, "原来的句子。", "", "")
    assert (same.text, same.changed_from, same.original_anchor) == ("没变的句子。", "", None)
    store.close()
    assert Store(path).schema_version() == 5  # opened again: nothing more to do


def test_a_database_from_a_newer_reader_is_refused_not_replaced(tmp_path):
    path = tmp_path / "f.sqlite3"
    Store(path).close()
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("UPDATE schema_version SET version = 99")
    connection.close()
    with pytest.raises(StoreError, match="newer"):
        Store(path)
    assert path.exists() and not list(tmp_path.glob("*.corrupt-*"))


def test_a_corrupt_database_is_set_aside_with_a_timestamp_and_a_fresh_one_made(tmp_path):
    path = tmp_path / "favorites.sqlite3"
    store = Store(path)
    store.add_document("k", "t", content=b"x")
    store.close()
    for extra in ("-wal", "-shm"):
        Path(f"{path}{extra}").unlink(missing_ok=True)
    path.write_bytes(b"this is not a database at all " * 200)
    fresh = Store(path)
    assert fresh.set_aside is not None and fresh.set_aside.name.startswith("favorites.sqlite3.corrupt-")
    assert fresh.set_aside.read_bytes().startswith(b"this is not a database")
    assert fresh.documents() == [] and fresh.integrity_check() == "ok"
    fresh.add_document("k2", "t2", content=b"y")
    assert Store(path).set_aside is None  # the fresh one is sound


def test_a_damaged_page_is_caught_too(tmp_path):
    path = tmp_path / "favorites.sqlite3"
    store = Store(path)
    document = store.add_document("k", "t", content=b"x")
    for n in range(400):
        store.add_bookmark(document.id, anchor(n), note="备注" * 50)
    store._connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    data = bytearray(path.read_bytes())
    page = 4096
    data[page * 2: page * 4] = os.urandom(page * 2)  # scribble over two pages of the tables
    path.write_bytes(bytes(data))
    fresh = Store(path)
    assert fresh.set_aside is not None and fresh.integrity_check() == "ok"


def test_kill_minus_nine_in_the_middle_of_writes_loses_no_returned_save(tmp_path, figures):
    path = tmp_path / "favorites.sqlite3"
    rng = random.Random(20240501)
    confirmed: set[int] = set()
    rounds = 10
    for _ in range(rounds):
        child = writer(path)
        assert child.stdout.readline().strip() == "ready", child.stderr.read()
        lines: list[str] = []
        reader = threading.Thread(target=lambda: lines.extend(child.stdout), daemon=True)
        reader.start()
        time.sleep(rng.uniform(0.05, 0.4))
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        reader.join(5)
        assert child.returncode == -signal.SIGKILL
        # a line cut off by the kill has no newline: that save is not counted as returned
        confirmed |= {int(line) for line in lines if line.endswith("\n") and line.strip().isdigit()}
    store = Store(path)
    assert store.set_aside is None
    assert store.integrity_check() == "ok"
    present = store.bookmark_ids()
    lost = confirmed - present
    assert not lost, f"{len(lost)} returned saves lost"
    assert len(confirmed) > rounds
    figures["kill test: rounds"] = rounds
    figures["kill test: returned saves checked"] = len(confirmed)
    figures["kill test: rows found"] = len(present)
    figures["kill test: lost"] = len(lost)


def test_two_processes_writing_at_once_lose_no_writes(tmp_path, figures):
    path = tmp_path / "favorites.sqlite3"
    Store(path).close()
    count = 150
    children = [writer(path, tag, count) for tag in ("a", "b")]
    outputs = [child.communicate(timeout=120) for child in children]
    for child, (out, err) in zip(children, outputs):
        assert child.returncode == 0, err
    ids = [int(line) for out, _ in outputs for line in out.split() if line.isdigit()]
    assert len(ids) == len(set(ids)) == 2 * count
    store = Store(path)
    assert set(ids) <= store.bookmark_ids()
    notes = {b.note for b in store.bookmarks()}
    assert {f"a-{n}" for n in range(count)} | {f"b-{n}" for n in range(count)} <= notes
    assert store.integrity_check() == "ok"
    figures["two writers: bookmarks written"] = len(ids)


def test_unreferenced_copies_are_pruned_when_old(tmp_path):
    store = Store(tmp_path / "f.sqlite3")
    kept = store.add_document("k", "t", content=b"kept")
    gone = store.add_document("g", "t", content=b"gone")
    store.delete_document(gone.id)
    assert store.prune_copies() == 0  # too recent: an undo may still want it
    old = time.time() - 30 * 24 * 3600
    os.utime(store.copy_path(gone), (old, old))
    os.utime(store.copy_path(kept), (old, old))
    assert store.prune_copies() == 1
    assert store.copy_path(kept).exists() and not store.copy_path(gone).exists()


# Read-only and full data folders, another reader importing (issue 19) --------------------------------
@pytest.fixture
def failures():
    from reader.core import save_failures

    save_failures.forget()
    yield save_failures
    save_failures.forget()


def _filled(path: Path) -> Store:
    store = Store(path)
    document = store.add_document("k", "标题", content=b"text")
    for n in range(3):
        store.add_bookmark(document.id, anchor(n), note=f"备注{n}")
    store.close()
    return store


def _reads_and_refuses_writes(store: Store, kind: str, failures) -> None:
    assert [b.note for b in store.bookmarks()] == ["备注0", "备注1", "备注2"]
    with pytest.raises(StoreWriteError) as raised:
        store.add_bookmark(store.documents()[0].id, anchor(9), note="长备注" * 5000)  # more than a page's room
    assert raised.value.failure.kind == kind and "cannot be saved" in str(raised.value)
    assert store.read_only == (kind == "read-only")  # known now: the next change is refused at once
    with pytest.raises(StoreWriteError):
        store.keep_copy(b"new content", ".txt")
    assert failures.first_failure().kind == kind
    assert [b.note for b in store.bookmarks()] == ["备注0", "备注1", "备注2"]


def test_a_read_only_data_folder_reads_and_says_why_it_cannot_save(tmp_path, failures):
    """The real thing: a read-only bind mount (skipped where mount is not allowed)."""
    from tests.disk_faults import read_only_mount

    _filled(tmp_path / "data" / "favorites.sqlite3")
    with read_only_mount(tmp_path / "data") as read_only, time_limit(20):
        store = Store(read_only / "favorites.sqlite3")
        assert store.cannot_save.kind == "read-only"
        _reads_and_refuses_writes(store, "read-only", failures)
        store.close()
        assert Store(read_only / "sub" / "favorites.sqlite3").documents() == []  # none there, none made


def test_a_read_only_data_folder_simulated(tmp_path, monkeypatch, failures):
    from tests.disk_faults import refuse_writes

    _filled(tmp_path / "favorites.sqlite3")
    refuse_writes(monkeypatch, errno.EROFS)
    with time_limit(20):
        store = Store(tmp_path / "favorites.sqlite3")
        _reads_and_refuses_writes(store, "read-only", failures)
        empty = Store(tmp_path / "nothing" / "favorites.sqlite3")
        assert empty.documents() == [] and empty.cannot_save.kind == "read-only"


def test_a_full_disk_reads_and_says_it_is_full(tmp_path, monkeypatch, failures):
    from tests.disk_faults import refuse_writes

    _filled(tmp_path / "favorites.sqlite3")
    refuse_writes(monkeypatch, errno.ENOSPC)
    with time_limit(20):
        store = Store(tmp_path / "favorites.sqlite3")
        _reads_and_refuses_writes(store, "full", failures)


def test_a_really_full_disk(tmp_path, failures):
    """A 1 MB tmpfs filled to the last byte (skipped where mount is not allowed)."""
    from tests.disk_faults import fill, small_tmpfs

    with small_tmpfs(tmp_path / "disk") as disk, time_limit(30):
        _filled(disk / "favorites.sqlite3")
        fill(disk)
        store = Store(disk / "favorites.sqlite3")
        assert [b.note for b in store.bookmarks()] == ["备注0", "备注1", "备注2"]
        with pytest.raises(StoreWriteError) as raised:
            for n in range(200):  # the last free pages of the file and its journal go first
                store.add_bookmark(store.documents()[0].id, anchor(n), note="备注" * 500)
        assert raised.value.failure.kind == "full"
        assert len(store.bookmarks()) >= 3 and store.integrity_check() == "ok"
        fresh = Store(disk / "favorites-new.sqlite3")  # none yet, and no room to make one: an empty list
        assert fresh.documents() == [] and fresh.cannot_save.kind == "full"


def test_a_writer_waits_for_an_import_and_a_reader_does_not(tmp_path, monkeypatch, failures):
    """An import holds the write lock: a new reader opens and lists at once; a writer waits its turn,
    and past the wait says clearly that another reader is changing the favorites (not "database is locked")."""
    import reader.core.store as store_module

    path = tmp_path / "favorites.sqlite3"
    _filled(path)
    importer = Store(path)
    importer._connection.execute("BEGIN IMMEDIATE")  # as merge() does for the whole import
    importer._connection.execute("INSERT INTO documents (key, title, added) VALUES ('new', 'n', 0)")
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_MS", 300)
    with time_limit(5):
        started = time.monotonic()
        other = Store(path)
        assert len(other.bookmarks()) == 3 and time.monotonic() - started < 1
        with pytest.raises(StoreWriteError) as raised:
            other.add_bookmark(other.documents()[0].id, anchor(5))
        assert raised.value.failure.kind == "busy" and "import" in str(raised.value)
        assert failures.first_failure() is None  # a wait, not a failure to save: nothing to tell at start
    importer._connection.execute("COMMIT")
    assert other.add_bookmark(other.documents()[0].id, anchor(5))


@pytest.mark.parametrize("error_number", [errno.ENOSPC, errno.EROFS])
def test_settings_that_cannot_be_saved_keep_their_value_and_say_so_once(tmp_path, monkeypatch, failures, error_number):
    from reader.core.settings import Settings
    from tests.disk_faults import refuse_writes

    settings = Settings(tmp_path / "settings.json")
    settings.set("zoom_percent", 120)
    refuse_writes(monkeypatch, error_number)
    told = []
    failures.listen(told.append)
    settings.set("zoom_percent", 150)
    settings.set("elder_mode", True)
    settings.reset(["zoom_percent"])
    assert settings.get("elder_mode") is True  # this run goes on with what the user chose
    assert [failure.kind for failure in told] == ["full" if error_number == errno.ENOSPC else "read-only"]
    assert json.loads((tmp_path / "settings.json").read_text(encoding="utf-8"))["zoom_percent"] == 120
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def _damage_page(path: Path, page_number: int) -> None:
    data = bytearray(path.read_bytes())
    size = int.from_bytes(data[16:18], "big")
    start = (page_number - 1) * size
    data[start:start + size] = b"\xff" * size
    path.write_bytes(bytes(data))


def test_a_damaged_index_page_loses_no_bookmark(tmp_path):
    """One damaged index page set aside the whole database, hiding 30 bookmarks the copy still held."""
    path = tmp_path / "favorites.sqlite3"
    store = Store(path)
    document = store.add_document("k", "标题", content=b"x")
    other = store.add_document("k2", "另一个", content=b"y")
    for n in range(30):
        store.add_bookmark(document.id if n % 2 else other.id, anchor(n), note=f"备注{n}")
    index_page = store._connection.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'bookmarks_by_document'").fetchone()[0]
    store._connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    _damage_page(path, index_page)
    with time_limit(10):
        fresh = Store(path)
    assert fresh.set_aside is not None and fresh.set_aside.is_file() and fresh.integrity_check() == "ok"
    assert (fresh.salvaged.documents, fresh.salvaged.bookmarks) == (2, 30)
    assert sorted(b.note for b in fresh.bookmarks()) == sorted(f"备注{n}" for n in range(30))
    assert "30" in fresh.salvaged.format() and Store(path).set_aside is None


def test_damaged_table_pages_keep_every_row_that_can_still_be_read(tmp_path, figures):
    path = tmp_path / "favorites.sqlite3"
    store = Store(path)
    document = store.add_document("k", "t", content=b"x")
    for n in range(400):
        store.add_bookmark(document.id, anchor(n), note="备注" * 50)
    store._connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = store._connection.execute("PRAGMA page_count").fetchone()[0]
    store.close()
    for page in range(pages // 2, pages // 2 + 3):  # three leaf pages in the middle of the bookmarks
        _damage_page(path, page)
    with time_limit(20):
        fresh = Store(path)
    assert fresh.set_aside is not None and fresh.integrity_check() == "ok"
    figures["damaged table pages: bookmarks saved of 400"] = fresh.salvaged.bookmarks
    assert 300 < fresh.salvaged.bookmarks < 400 and len(fresh.bookmarks()) == fresh.salvaged.bookmarks
    assert {b.note for b in fresh.bookmarks()} == {"备注" * 50}


IMPORTER = r"""
import json, sys
from reader.core.bookmarks_io import import_file
from reader.core.store import Store
store = Store(sys.argv[1])
transaction = store._transaction


def announced():  # say when the import holds the write lock
    context = transaction()
    connection = context.__enter__()
    print("ready", flush=True)
    return context


class Announced:
    def __enter__(self):
        self.context = announced()
        return store._connection

    def __exit__(self, *exc):
        return self.context.__exit__(*exc)


store._transaction = Announced
report = import_file(store, sys.argv[2])
print(report.bookmarks_added, flush=True)
"""


def test_while_a_100k_import_runs_another_reader_lists_at_once_and_adds_after_it(tmp_path, figures):
    """Before: `add` and `list` failed after 15 s with "database is locked" while an import ran."""
    path = tmp_path / "favorites.sqlite3"
    _filled(path)
    backup = tmp_path / "many.json"
    backup.write_text(json.dumps({"format": "reader-bookmarks", "version": 1, "documents": [
        {"key": "many", "title": "多", "bookmarks": [{"sentence": n, "text": f"第{n}句。"} for n in range(100_000)]}]},
        ensure_ascii=False), encoding="utf-8")
    importer = subprocess.Popen([sys.executable, "-c", IMPORTER, str(path), str(backup)], cwd=REPOSITORY,
                                stdout=subprocess.PIPE, text=True)
    try:
        assert importer.stdout.readline().strip() == "ready"
        with time_limit(30):
            started = time.monotonic()
            other = Store(path)
            assert len(other.documents()) in (1, 2)  # the import's documents come all at once, or not yet
            listed = time.monotonic() - started
            added = other.add_bookmark(other.document_by_key("k").id, anchor(7))
            waited = time.monotonic() - started
        assert importer.wait(60) == 0 and importer.stdout.read().strip() == "100000"
    finally:
        importer.kill()
    figures["while importing 100k: list took, s"] = round(listed, 2)
    figures["while importing 100k: add waited, s"] = round(waited, 2)
    assert listed < 1 and other.bookmark(added) is not None and len(Store(path).bookmarks()) == 100_004


def test_a_damaged_database_in_a_read_only_folder_shows_what_can_be_read(tmp_path, monkeypatch, failures):
    from tests.disk_faults import refuse_writes

    path = tmp_path / "favorites.sqlite3"
    store = Store(path)
    document = store.add_document("k", "标题", content=b"x")
    for n in range(30):
        store.add_bookmark(document.id, anchor(n), note=f"备注{n}")
    index_page = store._connection.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'bookmarks_by_document'").fetchone()[0]
    store._connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    _damage_page(path, index_page)
    damaged = path.read_bytes()
    refuse_writes(monkeypatch, errno.EROFS)
    with time_limit(10):
        shown = Store(path)
    assert shown.read_only and shown.salvaged.bookmarks == 30 and len(shown.bookmarks()) == 30
    assert shown.set_aside is None and path.read_bytes() == damaged  # nothing moved nor written
