"""A document changed on disk while open: the reader offers to reload it and keeps the place."""
import os
from pathlib import Path

import pytest

BODY = "".join(f"第{n}段：各单位要认真落实第{n}项工作要求。\n\n" for n in range(1, 41))


def write(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")
    # Some file systems keep whole seconds: make each save a new time.
    stamp = path.stat().st_mtime + 2
    os.utime(path, (stamp, stamp))


@pytest.fixture
def opened(window, tmp_path):
    path = tmp_path / "notice.txt"
    write(path, "关于开展检查的通知\n\n" + BODY)
    assert window.open_path(path)
    return window, path


def reading_text(window) -> str:
    return window.reading.sentence_text()


def sentence_with(window, words: str) -> int:
    document = window.document
    return next(i for i, s in enumerate(document.sentences) if words in document.sentence_text(s))


def test_a_change_offers_reload_and_keeps_the_sentence(opened, qtbot):
    window, path = opened
    window.reading.move_to(sentence_with(window, "第30项"))
    before = reading_text(window)
    write(path, "关于开展检查的通知\n\n新增的第一段。\n\n另一个新增段落。\n\n" + BODY)
    qtbot.waitUntil(lambda: "changed on disk" in window.message_bar.text(), timeout=5000)
    assert window.message_bar.action_button.isVisible()
    assert window.message_bar.action_button.text() == "Reload"
    assert "新增的第一段" not in window.document.text  # nothing happens until asked

    window.message_bar.action_button.click()
    qtbot.waitUntil(lambda: "新增的第一段" in window.document.text, timeout=5000)
    assert reading_text(window) == before
    assert window.message_bar.text() == ""


def test_an_editor_that_replaces_the_file_is_followed(opened, qtbot):
    window, path = opened
    for round_ in range(2):  # the watch survives the first replacement
        new = path.with_name(f"notice.txt.tmp{round_}")
        write(new, f"关于开展检查的通知\n\n第{round_}次修改。\n\n" + BODY)
        os.replace(new, path)
        qtbot.waitUntil(lambda: "changed on disk" in window.message_bar.text(), timeout=5000)
        window.message_bar.action_button.click()
        qtbot.waitUntil(lambda: f"第{round_}次修改" in window.document.text, timeout=5000)


def test_several_writes_make_one_offer_and_f5_reloads(opened, qtbot):
    window, path = opened
    shown = []
    original = window.message_bar.show_message
    window.message_bar.show_message = lambda *a, **k: (shown.append(a[0]), original(*a, **k))
    for n in range(3):
        with path.open("a", encoding="utf-8") as handle:
            handle.write(f"追加{n}。\n")
            handle.flush()
        qtbot.wait(30)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    qtbot.wait(500)
    assert len(shown) == 1

    sentence = sentence_with(window, "第12项")
    window.reading.move_to(sentence)
    assert window.file_watch.reload_action.shortcut().toString() == "F5"
    assert window.file_watch.reload_action in window.view_menu.actions()
    window.file_watch.reload_action.trigger()
    assert window.loader.wait()  # every open runs in the background
    assert "追加2" in window.document.text
    assert "第12项" in reading_text(window)


def test_a_removed_sentence_keeps_the_place_by_share(opened, qtbot):
    window, path = opened
    window.reading.move_to(sentence_with(window, "第20项"))
    share = window.reading.sentence / len(window.document.sentences)
    write(path, "关于开展检查的通知\n\n" + BODY.replace("第20项", "第二十项"))
    window.file_watch.reload()
    assert window.loader.wait()
    assert "第二十项" in window.document.text
    assert abs(window.reading.sentence / len(window.document.sentences) - share) < 0.05
