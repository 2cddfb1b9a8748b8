"""`reader bookmarks add|list|export|import`: scripts and backups of 我的收藏."""
import json
import os
import subprocess
import sys
from pathlib import Path

from reader.bundled import sample_report
from reader.core.store import Store

REPOSITORY = Path(__file__).resolve().parents[2]


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
