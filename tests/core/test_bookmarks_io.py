"""Export and import of 我的收藏: the documented JSON format, a checked import, notes as Markdown."""
import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.bundled import sample_report
from reader.core.bookmarks_io import (FORMAT_NAME, FORMAT_VERSION, ImportFormatError, export_data, export_json,
                                      import_data, import_file, notes_markdown, read_import_file)
from reader.core.favorites import add_bookmark, keep_document, source_to_open
from reader.core.parsing import parse_file
from reader.core.pinyin_order import initials, matches, sort_key
from reader.core.store import Store
from tests.time_limit import time_limit


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
    # an import reads no file the bookmarks file names: the original is opened from its path when asked
    assert not other.copy_path(other.documents()[0]).exists()
    assert source_to_open(other, other.documents()[0]) == sample_report().resolve()
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


# Hostile imports (issue 19): each case within a time limit, the store usable afterwards. ------------
def _one_bookmark(**fields) -> dict:
    mark = {"sentence": 1, "text": "句子。"}
    mark.update(fields)
    return {"format": FORMAT_NAME, "version": 1, "documents": [
        {"key": "k", "title": "标题", "bookmarks": [mark]}]}


def _still_usable(store, tmp_path) -> None:
    """Everything that shows stored data works: both exports, the dates the panel shows, a re-import."""
    from reader.gui.favorites.panel import shown_date

    data = export_data(store)
    json.dumps(data, ensure_ascii=False).encode("utf-8")
    export_json(store, tmp_path / "out.json")
    notes_markdown(store)
    for document in store.documents():
        shown_date(document.added)
    for bookmark in store.bookmarks():
        shown_date(bookmark.added), shown_date(bookmark.updated)
    read_import_file(tmp_path / "out.json")  # what was exported imports again


@pytest.mark.parametrize("field, value", [
    ("added", float("inf")), ("added", float("-inf")), ("added", float("nan")), ("added", 1e300),
    ("added", -1), ("added", 10**30), ("added", "10000-01-01T00:00:00Z"),
    ("added", "0001-01-01T00:00:00Z"), ("added", "9" * 5000), ("updated", 1e300), ("added", True),
    ("sentence", 2**70), ("sentence", 2**31), ("sentence", -1), ("sentence", 1.5), ("sentence", "1"),
    ("text", "\ud800孤"), ("note", "\udfff"), ("text", 42), ("section", ["a"]), ("original", {"sentence": 2**70}),
    ("original", {"sentence": 1, "text": "x", "before": "\ud800"}), ("changed_from", {"a": 1}),
])
def test_every_field_is_checked_for_type_and_range_and_a_bad_one_skipped(store, tmp_path, field, value):
    with time_limit(5, f"{field}={value!r:.20}"):
        report = import_data(store, _one_bookmark(**{field: value}))
        assert report.bookmarks_added == 0 and report.problems
        assert report.problems[0].where.startswith("documents[0].bookmarks[0]")
        assert all(str(problem) for problem in report.problems)
        _still_usable(store, tmp_path)


@pytest.mark.parametrize("value", [float("inf"), 1e300, "10000-01-01", -5, [], "昨天"])
def test_a_document_with_a_bad_date_is_skipped_with_its_bookmarks(store, tmp_path, value):
    data = _one_bookmark()
    data["documents"][0]["added"] = value
    with time_limit(5):
        report = import_data(store, data)
    assert report.documents_added == 0 and "documents[0].added" in [p.where for p in report.problems]
    _still_usable(store, tmp_path)


def test_times_stored_out_of_range_by_an_older_reader_still_list_and_export(store, tmp_path):
    """A database an older reader filled with Infinity and 1e300 (its import let them in)."""
    document = store.add_document("k", "标题")
    from reader.core.anchors import Anchor

    for bad in (float("inf"), 1e300, -1e300, 253402300800 * 2):
        mark = store.add_bookmark(document.id, Anchor(1, f"句{bad}。", "", ""))
        store._connection.execute("UPDATE bookmarks SET added = ?, updated = ? WHERE id = ?", (bad, bad, mark))
    store._connection.execute("UPDATE documents SET added = ?", (float("inf"),))
    with time_limit(5):
        _still_usable(store, tmp_path)
    assert all(m["added"].endswith("Z") for m in export_data(store)["documents"][0]["bookmarks"])


def test_an_import_never_reads_a_path_it_names(store, tmp_path):
    """"path": /dev/zero was read until memory ran out; a FIFO hung for ever. Now the path is kept as text."""
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    data = {"format": FORMAT_NAME, "version": 1, "documents": [
        {"key": f"k{n}", "title": "t", "path": path, "content_sha256": "0" * 64,
         "bookmarks": [{"sentence": 0, "text": "句。"}]} for n, path in enumerate(("/dev/zero", str(fifo), "/dev/stdin"))]}
    with time_limit(5, "an import naming /dev/zero and a FIFO"):
        report = import_data(store, data)
    assert (report.documents_added, report.bookmarks_added, report.problems) == (3, 3, [])
    assert [d.path for d in store.documents()][::-1] == ["/dev/zero", str(fifo), "/dev/stdin"]
    assert not store.copies.exists() or not list(store.copies.iterdir())


@pytest.mark.parametrize("kind", ["fifo", "device", "directory"])
def test_only_a_regular_file_is_read_as_a_bookmarks_file(tmp_path, kind):
    path = {"device": Path("/dev/zero"), "directory": tmp_path}.get(kind, tmp_path / "fifo")
    if kind == "fifo":
        os.mkfifo(path)
    with time_limit(5, f"reading a {kind}"), pytest.raises(ImportFormatError):
        read_import_file(path)


def test_json_nested_100k_deep_is_refused_in_a_sentence(tmp_path):
    deep = tmp_path / "deep.json"
    deep.write_text('{"format": "reader-bookmarks", "version": 1, "documents": [' + "[" * 100_000
                    + "]" * 100_000 + "]}", encoding="utf-8")
    with time_limit(5), pytest.raises(ImportFormatError) as raised:
        read_import_file(deep)
    assert "not JSON" in str(raised.value)


def test_a_file_too_large_is_refused_without_reading_it_all(tmp_path, monkeypatch):
    import reader.core.bookmarks_io as bookmarks_io

    monkeypatch.setattr(bookmarks_io, "MAX_IMPORT_BYTES", 1000)
    big = tmp_path / "big.json"
    big.write_bytes(b" " * 2000)
    with pytest.raises(ImportFormatError) as raised:
        read_import_file(big)
    assert "too large" in str(raised.value)


_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20)
    | st.sampled_from(["2020-01-01T00:00:00Z", "10000-01-01", "\ud800", "1e309"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8)
_bookmark_fields = ("sentence", "text", "before", "after", "section", "note", "added", "updated",
                    "changed_from", "original")


_good_text = st.text(min_size=1, max_size=12).filter(str.strip)
_good_time = st.floats(0, 4e9) | st.datetimes().map(lambda moment: moment.isoformat() + "Z")


@settings(max_examples=150, deadline=2000, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(document=st.fixed_dictionaries(
           {"key": _good_text | _json_values, "title": _good_text | _json_values},
           optional={name: _json_values for name in ("name", "path", "content_sha256", "suffix")}
           | {"added": _good_time | _json_values}),
       mark=st.fixed_dictionaries(
           {"sentence": st.integers(0, 10**6) | _json_values, "text": _good_text | _json_values},
           optional={name: _json_values | _good_text for name in _bookmark_fields if name not in ("sentence", "text")}
           | {"added": _good_time | _json_values, "updated": _good_time | _json_values}))
def test_any_value_in_any_field_imports_or_is_reported_and_everything_still_works(
        store, tmp_path, figures, document, mark):
    data = {"format": FORMAT_NAME, "version": 1, "documents": [dict(document, bookmarks=[mark])]}
    figures["hostile import fields: tried"] = figures.get("hostile import fields: tried", 0) + 1
    with time_limit(5):
        report = import_data(store, data)
        assert report.bookmarks_added + len(report.problems) + report.duplicates >= 1
        _still_usable(store, tmp_path)
    outcome = "reported and skipped" if report.problems else "imported"
    name = f"hostile import fields: {outcome}"
    figures[name] = figures.get(name, 0) + 1  # a hang or a crash fails the test: none are counted


def _many(documents: int, per_document: int) -> dict:
    return {"format": FORMAT_NAME, "version": 1, "documents": [
        {"key": f"k{d}", "title": f"文件{d}", "added": 1.7e9 + d, "bookmarks": [
            {"sentence": i, "text": f"第{i}句。", "note": "备注", "added": 1.7e9 + i} for i in range(per_document)]}
        for d in range(documents)]}


@pytest.mark.parametrize("documents, per_document", [(1, 100_000), (100, 1000)])
def test_100k_bookmarks_import_in_under_10_s_and_again_as_duplicates(tmp_path, figures, documents, per_document):
    """Quadratic before: 10,000 bookmarks in one document took 5 s, 40,000 took 90 s."""
    import time

    path = tmp_path / "many.json"
    path.write_text(json.dumps(_many(documents, per_document), ensure_ascii=False), encoding="utf-8")
    store = Store(tmp_path / "favorites.sqlite3")
    with time_limit(30, "importing 100,000 bookmarks"):
        started = time.perf_counter()
        report = import_file(store, path)
        took = time.perf_counter() - started
        again = import_file(store, path)
    figures[f"import of 100k bookmarks in {documents} document(s), s"] = round(took, 2)
    assert report.bookmarks_added == 100_000 and again.duplicates == 100_000 and again.bookmarks_added == 0
    assert took < 10
