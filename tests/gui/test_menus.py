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


# Entries made when their menu first opens (choices.py) ----------------------------------------
def _entries(window) -> set:
    """The entries of every menu now, submenus' included, without opening any."""
    found, stack = set(), [action.menu() for action in window.menuBar().actions() if action.menu()]
    stack.append(window.accessibility.more_menu)
    while stack:
        menu = stack.pop()
        for action in menu.actions():
            if not action.isSeparator():
                found.add(action)
            if action.menu() is not None:
                stack.append(action.menu())
    return found


def test_an_entry_without_a_key_is_made_when_its_menu_first_opens(window):
    """Before any menu opens, every entry is one a key or a toolbar reaches (or a submenu): the
    others (choices, File > Export…, About…) are made when their menu opens, named, in place."""
    at_start = _entries(window)
    unreachable = [action.text() or action.objectName() for action in at_start
                   if action.menu() is None and not action.shortcuts() and not action.associatedObjects()[1:]
                   and action is not window.find.results_action]  # stands in for a panel's toggle (find_bar.py)
    assert unreachable == []
    opened = {id(action) for action in at_start}
    for menu, _path in menus(window):  # opens each, as the keyboard or the pointer does
        pass
    for menu, _path in menus(window):  # a second opening makes nothing more
        pass
    made = [action for action in _entries(window) if id(action) not in opened]
    assert len(made) >= 35
    assert all(action.text() for action in made)
    assert len(made) == len(_entries(window)) - len(at_start)
    file_texts = [action.text() for action in window.file_menu.actions()]
    assert file_texts.index("Open the &Sample Report") == file_texts.index("Open &Recent") + 1
    assert file_texts.index("&Print…") < file_texts.index("&Export as PDF…") < file_texts.index("E&xport…") \
        < file_texts.index("Export &Audio…") < file_texts.index("&Quit")


def test_choices_made_later_show_their_setting_however_it_changed(window):
    """A choice set while its menu was never open is checked when it opens, and follows after."""
    window.settings.set("line_focus", 3)
    window.settings.set("scheme", "custom")
    window.settings.set("zoom_percent", 150)
    tools = window.accessibility
    assert not tools.line_focus_choices._actions  # not made yet
    tools.line_focus_menu.aboutToShow.emit()
    tools.scheme_menu.aboutToShow.emit()
    window.view_menu.aboutToShow.emit()
    checked = lambda choices: [value for value, action in choices.actions.items() if action.isChecked()]  # noqa: E731
    assert checked(tools.line_focus_choices) == [3]
    assert checked(tools.schemes) == ["custom"]
    assert checked(window.zoom.presets) == ["large"]
    window.settings.set("line_focus", 0)
    window.settings.set("zoom_percent", 130)  # no preset
    assert checked(tools.line_focus_choices) == [0] and checked(window.zoom.presets) == []
    window.language.choose("zh_CN")
    assert tools.line_focus_choices.actions[3].text() == "3 行"
    window.language.choose("en")
