"""`reader bookmarks add|list|export|import`: scripts and backups of 我的收藏."""
import json
import os
import subprocess
import sys
from pathlib import Path

from reader.bundled import sample_report
from reader.core.store import Store

REPOSITORY = Path(__file__).resolve().parents[2]


def translated_here() -> bool:
    """Whether the reader run here finds this checkout's translations (a worktree beside an editable
    install finds the install's, which lack the strings this checkout adds)."""
    from reader.bundled import resource_folder

    return resource_folder().resolve() == (REPOSITORY / "resources").resolve()


def run(data_dir, *arguments):
    env = dict(os.environ, READER_DATA_DIR=str(data_dir))
    return subprocess.run([sys.executable, "-m", "reader", "bookmarks", *map(str, arguments)],
                          capture_output=True, text=True, encoding="utf-8", cwd=REPOSITORY, timeout=120, env=env)


def test_add_list_export_and_import_round_trip(tmp_path):
    data, other = tmp_path / "data", tmp_path / "other"
    added = run(data, "add", sample_report(), "--section", "二、", "--note", "下周讨论")
    assert added.returncode == 0, added.stderr
    bookmark_id, section, _text = added.stdout.rstrip("\n").split("\t")
    assert section.startswith("二、")
    assert run(data, "add", sample_report()).returncode == 0  # no section: the document's start

    listed = run(data, "list")
    assert listed.returncode == 0 and "下周讨论" in listed.stdout and "二、" in listed.stdout
    as_json = json.loads(run(data, "list", "--json").stdout)
    (document,) = as_json["documents"]
    assert [m["note"] for m in document["bookmarks"]] == ["", "下周讨论"]
    assert str(document["bookmarks"][1]["id"]) == bookmark_id

    backup = tmp_path / "backup.json"
    exported = run(data, "export", backup)
    assert exported.returncode == 0, exported.stderr
    imported = run(other, "import", backup)
    assert imported.returncode == 0, imported.stderr
    assert "Imported 2 bookmarks and 1 documents" in imported.stdout
    assert sorted(b.note for b in Store(other / "favorites.sqlite3").bookmarks()) == ["", "下周讨论"]

    notes = tmp_path / "notes.md"
    assert run(data, "export", notes).returncode == 0
    assert "> 下周讨论" in notes.read_text(encoding="utf-8")


def test_a_partly_bad_import_keeps_the_good_entries_and_exits_1(tmp_path):
    data = tmp_path / "data"
    run(data, "add", sample_report(), "--note", "原有")
    bad = tmp_path / "partly.json"
    bad.write_text(json.dumps({"format": "reader-bookmarks", "version": 1, "documents": [
        {"key": "k", "title": "标题", "bookmarks": [{"sentence": 0, "text": "好。"}, {"sentence": "x", "text": "坏。"}]},
    ]}, ensure_ascii=False), encoding="utf-8")
    result = run(data, "import", bad)
    assert result.returncode == 1
    assert "documents[0].bookmarks[1].sentence" in result.stderr
    notes = sorted(b.note for b in Store(data / "favorites.sqlite3").bookmarks())
    assert notes == ["", "原有"]


def test_bad_input_is_one_line_and_exit_2(tmp_path):
    data = tmp_path / "data"
    not_json = tmp_path / "x.json"
    not_json.write_text("{", encoding="utf-8")
    cases = [
        ("add", tmp_path / "missing.txt"),
        ("add", sample_report(), "--section", "第九十九章"),
        ("import", not_json),
        ("import", tmp_path / "missing.json"),
        ("export", tmp_path / "no-such-folder" / "out.json"),
        ("frobnicate",),
        (),
    ]
    for arguments in cases:
        result = run(data, *arguments)
        assert result.returncode == 2, (arguments, result.stdout, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1, (arguments, result.stderr)
        assert result.stderr.startswith("reader bookmarks"), result.stderr


def test_a_corrupt_database_is_set_aside_and_reported(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "favorites.sqlite3").write_bytes(b"garbage" * 1000)
    result = run(data, "list")
    assert result.returncode == 0 and "set aside" in result.stderr
    assert list(data.glob("favorites.sqlite3.corrupt-*"))


def test_the_bookmarks_command_does_not_load_qt_or_pypinyin(tmp_path):
    probe = ("import sys, os; os.environ['READER_DATA_DIR'] = sys.argv[1]; from reader.__main__ import main; "
             "main(['bookmarks', 'list']); "
             "assert not any(m.startswith(('PySide6', 'pypinyin')) for m in sys.modules), 'loaded'")
    result = subprocess.run([sys.executable, "-c", probe, str(tmp_path / "data")], capture_output=True, text=True,
                            cwd=REPOSITORY, timeout=60)
    assert result.returncode == 0, result.stderr


def test_list_and_export_work_on_a_read_only_data_folder_and_add_says_why_it_cannot(tmp_path):
    """Even `bookmarks list` failed on a read-only data folder (a read-only bind mount here)."""
    from tests.disk_faults import read_only_mount

    data = tmp_path / "data"
    assert run(data, "add", sample_report(), "--note", "只读").returncode == 0
    with read_only_mount(data) as read_only:
        listed = run(read_only, "list")
        assert listed.returncode == 0 and "只读" in listed.stdout, listed.stderr
        exported = run(read_only, "export", tmp_path / "backup.json")
        assert exported.returncode == 0 and (tmp_path / "backup.json").is_file()
        added = run(read_only, "add", sample_report())
        assert added.returncode == 2 and "read-only" in added.stderr and "Traceback" not in added.stderr
        assert len(added.stderr.strip().splitlines()) == 1
        chinese = run(read_only, "--lang", "zh_CN", "add", sample_report())
        assert chinese.returncode == 2 and ("只读" in chinese.stderr or not translated_here())


def test_a_damaged_index_page_is_salvaged_and_the_count_said_in_the_users_language(tmp_path):
    data = tmp_path / "data"
    for n in range(3):
        assert run(data, "add", sample_report(), "--note", f"第{n}条").returncode == 0
    store = Store(data / "favorites.sqlite3")
    page = store._connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'documents_by_path'").fetchone()[0]
    store._connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    raw = bytearray((data / "favorites.sqlite3").read_bytes())
    raw[(page - 1) * 4096: page * 4096] = b"\xff" * 4096
    (data / "favorites.sqlite3").write_bytes(bytes(raw))
    listed = run(data, "--lang", "zh_CN", "list")
    assert listed.returncode == 0 and "3" in listed.stderr, listed.stderr
    assert "已从损坏的文件中救回书签：3 个" in listed.stderr or not translated_here()
    assert all(f"第{n}条" in listed.stdout for n in range(3))
