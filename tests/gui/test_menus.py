"""The menus, in every language: each entry reachable by its own mnemonic, labels that read well."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from reader.core.languages import LANGUAGES

MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).upper() if found else None


def menus(window):
    """Every menu of the menu bar and the menus under them, with the path that leads there."""
    stack = [(action.menu(), action.text()) for action in window.menuBar().actions() if action.menu()]
    while stack:
        menu, path = stack.pop()
        menu.aboutToShow.emit()  # menus filled when they open (recent files, voices)
        yield menu, path
        stack += [(action.menu(), f"{path} › {action.text()}") for action in menu.actions() if action.menu()]


def duplicates(window) -> list[str]:
    found = []
    bar = [mnemonic(action.text()) for action in window.menuBar().actions() if action.isVisible()]
    found += [f"menu bar: &{key} twice" for key in {k for k in bar if k and bar.count(k) > 1}]
    for menu, path in menus(window):
        keys: dict[str, list[str]] = {}
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            key = mnemonic(action.text())
            if key:
                keys.setdefault(key, []).append(action.text())
        found += [f"{path}: {texts}" for key, texts in keys.items() if len(texts) > 1]
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_menu_has_a_mnemonic_twice(make_window, language):
    window = make_window(language)
    assert duplicates(window) == []


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_a_chinese_label_ends_with_its_mnemonic(make_window, language):
    """"声调数字(&N)（zhong4）" was drawn "声调数字(…hong4)": Qt measured it short and elided the middle."""
    window = make_window(language)
    for menu, path in menus(window):
        for action in menu.actions():
            after = action.text().partition("(&")[2][2:]
            assert not re.search(r"[（）【】「」]", after), f"{path}: {action.text()}"


def test_single_letter_reading_keys_leave_an_open_menu_its_mnemonics(window, qtbot):
    """With 视图 (View) open, P opens its Pinyin entry, not the next paragraph."""
    window.activateWindow()
    window.view.setFocus()
    qtbot.waitUntil(window.view.hasFocus)
    start = window.reading.sentence
    view_menu = window.view_menu
    target = next(action for action in view_menu.actions() if mnemonic(action.text()) == "P")
    view_menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(view_menu.isVisible)
    qtbot.keyClick(view_menu, Qt.Key.Key_P)
    qtbot.wait(50)
    assert window.reading.sentence == start
    assert target.menu() is None or target.menu().isVisible()
    for menu in window.findChildren(QMenu):
        menu.close()
    qtbot.keyClick(window.view, Qt.Key.Key_P)  # in the text, P still goes to the next paragraph
    assert window.reading.sentence != start


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_accessibility_menu_entry_has_a_mnemonic(make_window, language):
    window = make_window(language)
    entries = [action.text() for action in window.accessibility.menu.actions() if not action.isSeparator()]
    assert [text for text in entries if mnemonic(text) is None] == []
