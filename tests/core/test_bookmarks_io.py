"""Export and import of 我的收藏: the documented JSON format, a checked import, notes as Markdown."""
import json

import pytest

from reader.bundled import sample_report
from reader.core.bookmarks_io import (FORMAT_NAME, FORMAT_VERSION, ImportFormatError, export_data, export_json,
                                      import_data, import_file, notes_markdown, read_import_file)
from reader.core.favorites import add_bookmark, keep_document, source_to_open
from reader.core.parsing import parse_file
from reader.core.pinyin_order import initials, matches, sort_key
from reader.core.store import Store


@pytest.fixture
def store(tmp_path):
    return Store(tmp_path / "data" / "favorites.sqlite3")


@pytest.fixture
def sample():
    return parse_file(sample_report())


def test_export_follows_the_documented_format(store, sample, tmp_path):
    favorite, first = add_bookmark(store, sample, sample_report(), 5, note="重点")
    add_bookmark(store, sample, sample_report(), 9)
    data = export_data(store)
    assert data["format"] == FORMAT_NAME and data["version"] == FORMAT_VERSION
    (document,) = data["documents"]
    assert set(document) == {"key", "title", "name", "path", "content_sha256", "suffix", "added", "bookmarks"}
    assert document["title"] == sample.title and document["added"].endswith("Z")
    mark = document["bookmarks"][0]
    assert set(mark) == {"sentence", "text", "before", "after", "section", "note", "added", "updated",
                         "changed_from", "original"}
    assert mark["sentence"] == 5 and mark["note"] == "重点"
    assert mark["changed_from"] == "" and mark["original"] is None
    assert mark["text"] == sample.sentence_text(sample.sentences[5])
    out = tmp_path / "backup.json"
    assert export_json(store, out) == 2
    assert json.loads(out.read_text(encoding="utf-8"))["documents"][0]["bookmarks"][1]["sentence"] == 9


def test_a_backup_restores_into_an_empty_store_and_twice_adds_nothing(store, sample, tmp_path):
    add_bookmark(store, sample, sample_report(), 5, note="重点")
    add_bookmark(store, sample, sample_report(), 7, note="第二")
    out = tmp_path / "backup.json"
    export_json(store, out)
    other = Store(tmp_path / "other" / "favorites.sqlite3")
    report = import_file(other, out)
    assert (report.documents_added, report.bookmarks_added, report.duplicates, report.problems) == (1, 2, 0, [])
    assert [b.note for b in other.bookmarks()] == ["重点", "第二"]
    # the original is still there and unchanged, so the new store keeps its own copy of it
    assert other.copy_path(other.documents()[0]).is_file()
    again = import_file(other, out)
    assert (again.bookmarks_added, again.duplicates) == (0, 2)


def test_bad_entries_are_reported_and_good_ones_kept_without_touching_existing_data(store, sample):
    favorite, existing = add_bookmark(store, sample, sample_report(), 3, note="原有")
    data = {"format": FORMAT_NAME, "version": 1, "documents": [
        {"key": "good", "title": "好文件", "bookmarks": [
            {"sentence": 1, "text": "好句子。", "note": "ok"},
            {"sentence": -1, "text": "坏编号。"},
            {"sentence": 2, "text": ""},
            {"sentence": 3, "text": "坏时间。", "added": "yesterday"},
            "not an object",
        ]},
        {"key": "", "title": "没有键", "bookmarks": [{"sentence": 0, "text": "丢弃。"}]},
        {"key": "bad-digest", "title": "x", "content_sha256": "zz"},
        42,
    ]}
    report = import_data(store, data)
    assert (report.documents_added, report.bookmarks_added) == (1, 1)
    wheres = [problem.where for problem in report.problems]
    assert "documents[0].bookmarks[1].sentence" in wheres
    assert "documents[0].bookmarks[2].text" in wheres
    assert "documents[0].bookmarks[3].added" in wheres
    assert "documents[0].bookmarks[4]" in wheres
    assert "documents[1].key" in wheres and "documents[1]" in wheres
    assert "documents[2].content_sha256" in wheres and "documents[3]" in wheres
    assert all(str(problem) for problem in report.problems)
    assert store.bookmark(existing).note == "原有"
    assert {d.key for d in store.documents()} == {favorite.key, "good"}


@pytest.mark.parametrize("content, fragment", [
    (b"{not json", "not JSON"),
    (b'{"format": "something-else", "version": 1, "documents": []}', "not a bookmarks file"),
    (b'{"format": "reader-bookmarks", "version": 9, "documents": []}', "newer reader"),
    (b'{"format": "reader-bookmarks", "version": 1}', "no list of documents"),
    (b"\xff\xfe\x00garbage", "Cannot read"),
])
def test_a_file_that_is_not_a_bookmarks_file_is_refused_whole(tmp_path, content, fragment, store, sample):
    add_bookmark(store, sample, sample_report(), 3)
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    with pytest.raises(ImportFormatError) as raised:
        read_import_file(bad)
    assert fragment in str(raised.value)
    assert len(store.bookmarks()) == 1


def test_notes_export_as_markdown(store, sample):
    favorite, _ = add_bookmark(store, sample, sample_report(), 5, note="第一行\n第二行")
    store.rename_document(favorite.id, "花都*报告")
    markdown = notes_markdown(store, heading="我的收藏")
    lines = markdown.splitlines()
    assert lines[0] == "# 我的收藏"
    assert "## 花都\\*报告" in lines
    assert any(line.startswith("- ") and sample.sentence_text(sample.sentences[5])[:6] in line for line in lines)
    assert "  > 第一行" in lines and "  > 第二行" in lines


def test_a_favorite_opens_from_its_copy_once_the_original_is_gone(store, tmp_path, sample):
    original = tmp_path / "通知.txt"
    original.write_bytes(sample_report().read_bytes())
    favorite = keep_document(store, parse_file(original), original)
    assert source_to_open(store, favorite) == original.resolve()
    original.write_text("改过了", encoding="utf-8")
    assert source_to_open(store, favorite) == store.copy_path(favorite)
    original.unlink()
    copy = source_to_open(store, favorite)
    assert copy == store.copy_path(favorite) and parse_file(copy).text == sample.text


def test_pinyin_order_and_initials():
    titles = ["中华人民共和国", "北京市通知", "安徽省方案", "Beijing notice"]
    assert sorted(titles, key=sort_key) == ["安徽省方案", "北京市通知", "Beijing notice", "中华人民共和国"]
    assert initials("国务院办公厅") == "gwybgt"
    assert matches("国务院办公厅关于通知", "gwy") and matches("国务院办公厅关于通知", "办公厅")
    assert not matches("国务院办公厅关于通知", "bj")


# Bookmarks placed by a guess keep their mark and their original place through a backup ------

NOTICE = "关于做好安全工作的通知\n\n各单位：\n" + "".join(f"第{n}条，请做好第{n}项防火工作。\n" for n in range(1, 41))


def test_a_bookmark_placed_by_a_guess_is_still_marked_after_a_backup_and_restore(store, tmp_path):
    from reader.core.favorites import follow_change

    path = tmp_path / "notice.txt"
    path.write_text(NOTICE, encoding="utf-8")
    full = parse_file(path)
    target = next(i for i, s in enumerate(full.sentences) if "第35项" in full.sentence_text(s))
    _, mark = add_bookmark(store, full, path, target, note="重要")
    add_bookmark(store, full, path, 2)
    path.write_text(NOTICE[:NOTICE.index("第21条")], encoding="utf-8")  # read mid-save
    assert follow_change(store, parse_file(path), path).uncertain == [mark]
    guessed = store.bookmark(mark)

    out = tmp_path / "backup.json"
    export_json(store, out)
    written = [m for m in json.loads(out.read_text(encoding="utf-8"))["documents"][0]["bookmarks"]]
    assert [m["changed_from"] for m in written if m["note"] == "重要"] == ["，请做好第35项防火工作。"]
    assert [m["original"] for m in written if m["note"] == "重要"] == [
        {"sentence": target, "text": "，请做好第35项防火工作。", "before": guessed.original_before,
         "after": guessed.original_after}]
    other = Store(tmp_path / "other" / "favorites.sqlite3")
    report = import_file(other, out)
    assert (report.bookmarks_added, report.problems) == (2, [])
    restored = next(b for b in other.bookmarks() if b.note == "重要")
    assert restored.changed and restored.changed_from == guessed.changed_from
    assert restored.original_anchor == guessed.original_anchor and restored.anchor == guessed.anchor
    assert not next(b for b in other.bookmarks() if b.note == "").changed

    # and in the restored store, the full file back puts the bookmark back on its sentence
    path.write_text(NOTICE, encoding="utf-8")
    assert follow_change(other, parse_file(path), path).restored == [restored.id]
    back = other.bookmark(restored.id)
    assert back.sentence == target and not back.changed and back.original_anchor is None


def test_a_file_without_the_newer_fields_still_imports(store):
    data = {"format": FORMAT_NAME, "version": 1, "documents": [
        {"key": "k", "title": "旧备份", "bookmarks": [{"sentence": 4, "text": "旧句子。", "note": "n"}]}]}
    report = import_data(store, data)
    assert (report.documents_added, report.bookmarks_added, report.problems) == (1, 1, [])
    (bookmark,) = store.bookmarks()
    assert (bookmark.sentence, bookmark.changed_from, bookmark.original_anchor) == (4, "", None)


def test_a_bad_original_or_changed_from_skips_its_bookmark_and_says_why(store):
    data = {"format": FORMAT_NAME, "version": 1, "documents": [{"key": "k", "title": "t", "bookmarks": [
        {"sentence": 1, "text": "一。", "original": {"sentence": -2, "text": "原。"}},
        {"sentence": 2, "text": "二。", "original": {"sentence": 3, "text": ""}},
        {"sentence": 3, "text": "三。", "original": "第3句"},
        {"sentence": 4, "text": "四。", "changed_from": 5},
        {"sentence": 5, "text": "五。", "changed_from": "原。", "original": {"sentence": 9, "text": "原。"}},
    ]}]}
    report = import_data(store, data)
    assert report.bookmarks_added == 1
    assert [p.where for p in report.problems] == [
        "documents[0].bookmarks[0].original.sentence", "documents[0].bookmarks[1].original.text",
        "documents[0].bookmarks[2].original", "documents[0].bookmarks[3].changed_from"]
    (bookmark,) = store.bookmarks()
    assert bookmark.changed_from == "原。" and bookmark.original_anchor.sentence == 9
    assert bookmark.original_anchor.before == ""
