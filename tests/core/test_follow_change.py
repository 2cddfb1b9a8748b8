"""A favorite's file changes: the favorite, its bookmarks (anchored again) and the reading place follow it."""
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.anchors import make_anchor
from reader.core.favorites import (add_bookmark, favorite_of, find_bookmark, follow_change, keep_document,
                                   place_bookmark)
from reader.core.json_store import JsonStore
from reader.core.parsing import parse_file
from reader.core.positions import ReadingPositions, document_key
from reader.core.store import Store

REPOSITORY = Path(__file__).resolve().parents[2]
TITLE = "关于开展安全生产检查的通知"
BODY = "".join(f"第{n}段：各单位要认真落实第{n}项工作要求。\n\n" for n in range(1, 21))
ORIGINAL = f"{TITLE}\n\n一、总体要求\n\n{BODY}"
# Text inserted before both bookmarks, and the 15th paragraph's sentence reworded.
CHANGED = (f"{TITLE}\n\n新增：本通知自印发之日起施行。\n\n另外补充的一段说明文字。\n\n一、总体要求\n\n"
           + BODY.replace("各单位要认真落实第15项工作要求。", "各单位务必认真落实第15项具体工作要求。"))


def sentence_with(document, words):
    return next(i for i, s in enumerate(document.sentences) if words in document.sentence_text(s))


@pytest.fixture
def store(tmp_path):
    return Store(tmp_path / "data" / "favorites.sqlite3")


@pytest.fixture
def bookmarked(store, tmp_path):
    """A file with bookmarks on its 8th paragraph's sentence and its 15th's, then rewritten."""
    path = tmp_path / "notice.txt"
    path.write_text(ORIGINAL, encoding="utf-8")
    old = parse_file(path)
    favorite, kept = add_bookmark(store, old, path, sentence_with(old, "第8项"), note="留意")
    _, edited = add_bookmark(store, old, path, sentence_with(old, "第15项"))
    path.write_text(CHANGED, encoding="utf-8")
    return path, old, favorite, kept, edited


def state(store):
    return ([(d.id, d.key, d.path, d.content_sha256) for d in store.documents()],
            [(b.id, b.document_id, b.sentence, b.text, b.before, b.after, b.section, b.changed_from)
             for b in store.bookmarks()])


def test_bookmarks_are_anchored_again_in_the_new_text_and_the_favorite_keeps_them(store, bookmarked):
    path, old, favorite, kept, edited = bookmarked
    new = parse_file(path)
    assert favorite_of(store, new) is None  # keyed by the old text until followed

    followed = follow_change(store, new, path)
    assert followed is not None and followed.merged == 0
    assert sorted(followed.placed) == sorted([kept, edited]) and followed.uncertain == [edited]
    (moved,) = store.documents()
    assert moved.id == favorite.id and moved.key == document_key(new) and favorite_of(store, new) == moved
    assert store.copy_path(moved).read_bytes() == path.read_bytes()
    assert store.copy_path(favorite).exists()  # the old copy stays until pruned

    same, changed = store.bookmark(kept), store.bookmark(edited)
    assert same.sentence == sentence_with(new, "第8项") != sentence_with(old, "第8项")
    assert same.text == new.sentence_text(new.sentences[same.sentence]) and same.note == "留意"
    assert "第7项工作要求。" in same.before and same.section == "一、总体要求"
    assert not same.changed
    assert changed.sentence == sentence_with(new, "第15项")
    assert changed.text == "第15段：各单位务必认真落实第15项具体工作要求。"
    assert changed.changed_from == "第15段：各单位要认真落实第15项工作要求。"
    # The anchors are the new text's now: both are found exactly where they are.
    assert find_bookmark(new, store, kept).how == find_bookmark(new, store, edited).how == "exact"
    assert follow_change(store, new, path) is None  # nothing more to do


def test_a_second_change_keeps_the_first_text_until_the_user_has_seen_it(store, bookmarked):
    path, _old, _favorite, _kept, edited = bookmarked
    follow_change(store, parse_file(path), path)
    path.write_text(CHANGED.replace("务必认真落实第15项具体", "必须认真落实第15项具体"), encoding="utf-8")
    follow_change(store, parse_file(path), path)
    assert store.bookmark(edited).changed_from == "第15段：各单位要认真落实第15项工作要求。"
    assert store.bookmark(edited).text == "第15段：各单位必须认真落实第15项具体工作要求。"
    store.confirm_bookmark(edited)
    assert not store.bookmark(edited).changed


def test_only_the_same_path_is_followed(store, bookmarked, tmp_path):
    path, *_ = bookmarked
    elsewhere = tmp_path / "copy.txt"
    elsewhere.write_text(CHANGED, encoding="utf-8")
    before = state(store)
    assert follow_change(store, parse_file(elsewhere), elsewhere) is None
    assert follow_change(store, parse_file(path), None) is None
    assert state(store) == before


def test_another_document_saved_under_the_same_name_is_not_taken_for_it(store, bookmarked):
    path, *_ = bookmarked
    path.write_text("关于举办读书月活动的通知\n\n" + "".join(f"活动安排{n}：周末开放图书馆。\n\n" for n in range(9)),
                    encoding="utf-8")
    before = state(store)
    assert follow_change(store, parse_file(path), path) is None
    assert state(store) == before


def test_when_the_new_text_is_already_a_favorite_the_two_are_merged(store, bookmarked, tmp_path):
    path, _old, favorite, kept, edited = bookmarked
    store.rename_document(favorite.id, "我的检查通知")
    download = tmp_path / "下载" / "notice.txt"
    download.parent.mkdir()
    download.write_text(CHANGED, encoding="utf-8")
    new = parse_file(download)
    other, theirs = add_bookmark(store, new, download, sentence_with(new, "第3项"), note="另一份")

    followed = follow_change(store, parse_file(path), path)
    assert followed.document.id == other.id and followed.merged == 1
    (merged,) = store.documents()
    assert merged.key == document_key(new) and merged.path == str(path.resolve())
    assert merged.display_title == "我的检查通知" and merged.added == favorite.added  # the older entry's
    assert sorted(b.id for b in store.bookmarks(merged.id)) == sorted([kept, edited, theirs])
    assert store.bookmark(theirs).sentence == sentence_with(new, "第3项")
    assert store.integrity_check() == "ok"


def test_a_failure_half_way_leaves_everything_as_it_was(store, bookmarked):
    path, *_ = bookmarked
    new = parse_file(path)
    before = state(store)
    calls = []

    def failing(bookmark):
        calls.append(bookmark.id)
        if len(calls) == 2:  # the first bookmark is already written in the transaction
            raise RuntimeError("disk gone")
        return place_bookmark(new, bookmark)[0]

    with pytest.raises(RuntimeError):
        store.follow(document_key(new), TITLE, str(path.resolve()), "f" * 64, ".txt", failing)
    assert len(calls) == 2 and state(store) == before
    assert follow_change(store, new, path) is not None  # and it works afterwards


KILLED = r"""
import sys, time
from pathlib import Path
from reader.core.favorites import place_bookmark
from reader.core.parsing import parse_file
from reader.core.positions import document_key
from reader.core.store import Store
store, path = Store(sys.argv[1]), Path(sys.argv[2])
document = parse_file(path)
count = []
def place(bookmark):
    count.append(1)
    if len(count) == 2:
        print("half way", flush=True)
        time.sleep(60)
    return place_bookmark(document, bookmark)[0]
store.follow(document_key(document), "t", str(path.resolve()), "", ".txt", place)
"""


def test_a_kill_half_way_loses_nothing(store, bookmarked):
    path, *_ = bookmarked
    before = state(store)
    store.close()
    child = subprocess.Popen([sys.executable, "-c", KILLED, str(store.path), str(path)], cwd=REPOSITORY,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "half way", child.stderr.read()
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    again = Store(store.path)
    assert again.set_aside is None and again.integrity_check() == "ok"
    assert state(again) == before
    assert follow_change(again, parse_file(path), path).uncertain


def test_a_favorite_without_bookmarks_follows_its_file_by_title(store, tmp_path):
    path = tmp_path / "notice.txt"
    path.write_text(ORIGINAL, encoding="utf-8")
    favorite = keep_document(store, parse_file(path), path)
    path.write_text(CHANGED, encoding="utf-8")
    followed = follow_change(store, parse_file(path), path)
    assert followed.document.id == favorite.id and followed.placed == []
    assert store.copy_path(followed.document).read_bytes() == path.read_bytes()


# Reading positions ------------------------------------------------------------------------

def test_a_changed_file_reopened_later_opens_at_the_same_sentence(tmp_path):
    path = tmp_path / "notice.txt"
    path.write_text(ORIGINAL, encoding="utf-8")
    store = JsonStore(tmp_path / "positions.json")
    old = parse_file(path)
    ReadingPositions(store).remember(old, sentence_with(old, "第12项"), str(path))
    path.write_text(CHANGED, encoding="utf-8")
    new = parse_file(path)
    positions = ReadingPositions(store)
    assert positions.get(new, str(path)) == sentence_with(new, "第12项")
    assert positions.get(new) is None  # by its text alone it is unknown
    assert positions.get(new, str(tmp_path / "other.txt")) is None

    positions.remember(new, sentence_with(new, "第2项"), str(path))  # the old text's entry goes
    assert len(store.load()["documents"]) == 1
    assert ReadingPositions(store).get(old, str(path)) == sentence_with(old, "第2项")


def test_a_sentence_gone_from_the_changed_file_keeps_the_share(tmp_path):
    path = tmp_path / "notice.txt"
    contact = "联系人：张三，电话：010-12345678。\n\n"
    path.write_text(ORIGINAL.replace("第10段", contact + "第10段"), encoding="utf-8")
    store = JsonStore(tmp_path / "positions.json")
    old = parse_file(path)
    ReadingPositions(store).remember(old, sentence_with(old, "张三"), str(path))
    path.write_text(CHANGED, encoding="utf-8")  # the contact is gone, and more text above
    new = parse_file(path)
    share = sentence_with(old, "张三") / (len(old.sentences) - 1)
    assert abs(ReadingPositions(store).get(new, str(path)) / (len(new.sentences) - 1) - share) < 0.05


def test_bookmarking_the_changed_file_brings_the_favorite_along(store, bookmarked):
    path, _old, favorite, kept, edited = bookmarked
    new = parse_file(path)
    moved, added = add_bookmark(store, new, path, sentence_with(new, "第2项"))
    assert moved.id == favorite.id and len(store.documents()) == 1
    assert sorted(b.id for b in store.bookmarks(moved.id)) == sorted([kept, edited, added])


# A bookmark placed by a guess goes back to its place when its sentence returns ---------------

NOTICE = "关于做好安全工作的通知\n\n各单位：\n" + "".join(f"第{n}条，请做好第{n}项防火工作。\n" for n in range(1, 41)) + "\n某某局\n"
FIRST_HALF = NOTICE[:NOTICE.index("第21条")]  # a file read mid-save: its second half missing


def follow_to(store, path, text):
    path.write_text(text, encoding="utf-8")
    document = parse_file(path)
    return document, follow_change(store, document, path)


@pytest.fixture
def guessed(store, tmp_path):
    """A bookmark on the 35th item, moved by a guess when the file lost its second half."""
    path = tmp_path / "notice.txt"
    path.write_text(NOTICE, encoding="utf-8")
    full = parse_file(path)
    favorite, mark = add_bookmark(store, full, path, sentence_with(full, "第35项"), note="重要")
    half, followed = follow_to(store, path, FIRST_HALF)
    assert followed.uncertain == [mark]
    bookmark = store.bookmark(mark)
    assert bookmark.changed and bookmark.sentence < len(half.sentences) and "第35项" not in bookmark.text
    assert bookmark.original_anchor.text == "，请做好第35项防火工作。"
    return path, full, favorite, mark


def test_a_bookmark_moved_by_a_guess_goes_back_when_the_full_file_returns(store, guessed):
    path, full, _favorite, mark = guessed
    again, followed = follow_to(store, path, NOTICE)
    assert followed.placed == [mark] and followed.uncertain == [] and followed.restored == [mark]
    bookmark = store.bookmark(mark)
    assert bookmark.sentence == sentence_with(full, "第35项") and "第35项" in bookmark.text
    assert bookmark.anchor == make_anchor(again, bookmark.sentence)
    assert not bookmark.changed and bookmark.original_anchor is None and bookmark.note == "重要"
    assert find_bookmark(again, store, mark).how == "exact"


def test_a_chain_of_changes_keeps_the_original_until_it_is_found(store, guessed):
    path, full, _favorite, mark = guessed
    guess = store.bookmark(mark)
    # C: another text without the 35th item; the guessed sentence is still there as it was
    _, followed = follow_to(store, path, FIRST_HALF.replace("各单位：", "各单位、各部门："))
    assert followed.uncertain == [] and followed.restored == []
    bookmark = store.bookmark(mark)
    assert bookmark.text == guess.text and bookmark.changed_from == guess.changed_from
    assert bookmark.original_anchor == guess.original_anchor
    # D: nothing of the guessed sentence left either: a new guess, the original still kept
    _, followed = follow_to(store, path, "关于做好安全工作的通知\n\n另一份通知的内容，与防火无关。\n")
    assert followed.uncertain == [mark]
    assert store.bookmark(mark).original_anchor == guess.original_anchor
    store.restore(store.delete_bookmark(mark))  # undo keeps it too
    assert store.bookmark(mark).original_anchor == guess.original_anchor
    store.confirm_bookmark(mark)  # the user has seen the guess: the original is still looked for
    # A again (with a line added above): back on the 35th item, unmarked
    again, followed = follow_to(store, path, NOTICE.replace("各单位：", "各单位：\n（已修订）"))
    assert followed.restored == [mark]
    bookmark = store.bookmark(mark)
    assert bookmark.sentence == sentence_with(again, "第35项") != sentence_with(full, "第35项")
    assert not bookmark.changed and bookmark.original_anchor is None


def test_a_bookmark_placed_for_certain_needs_no_original(store, bookmarked):
    path, _old, _favorite, kept, edited = bookmarked
    follow_change(store, parse_file(path), path)
    assert store.bookmark(kept).original_anchor is None  # found as it was
    assert store.bookmark(edited).original_anchor.text == "第15段：各单位要认真落实第15项工作要求。"


def test_opening_a_bookmark_whose_original_is_in_the_text_puts_it_back(store, tmp_path):
    """A bookmark marked by an older reader (its changed_from becomes its original anchor in
    schema 4) whose file is back: found when opened, it goes back and loses the mark."""
    path = tmp_path / "notice.txt"
    path.write_text(NOTICE, encoding="utf-8")
    full = parse_file(path)
    favorite = keep_document(store, full, path)
    wrong = sentence_with(full, "第5项")
    mark = store.add_bookmark(favorite.id, make_anchor(full, wrong))
    with store._transaction() as connection:
        connection.execute("UPDATE bookmarks SET changed_from = '，请做好第35项防火工作。',"
                           " original_text = '，请做好第35项防火工作。', original_sentence = ? WHERE id = ?",
                           (wrong, mark))
    # in another text than its favorite's it is only found there: the store is not changed
    other_path = tmp_path / "other.txt"
    other_path.write_text(NOTICE.replace("各单位：", "各单位：\n（抄送）"), encoding="utf-8")
    other = parse_file(other_path)
    before = state(store)
    assert find_bookmark(other, store, mark).sentence == sentence_with(other, "第35项")
    assert state(store) == before and store.bookmark(mark).changed

    found = find_bookmark(full, store, mark)
    assert found.sentence == sentence_with(full, "第35项") and found.certain
    bookmark = store.bookmark(mark)
    assert bookmark.sentence == found.sentence and bookmark.anchor == make_anchor(full, found.sentence)
    assert not bookmark.changed and bookmark.original_anchor is None
