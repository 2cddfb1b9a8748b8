"""Interface languages: View > Language switches live and is remembered, and every window and
dialog speaks the language chosen.

The sweep triggers every command the window has (menus, toolbar, panels) with a watcher that
reads and closes whatever window or dialog each opens, so a dialog added later is checked
without being named here. Qt's own dialogs (file, colour, print preview) are checked too.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QMenu

from reader.core.languages import LANGUAGES
from reader.core.settings import Settings
from reader.gui.app import create_application
from reader.gui.main_window import MainWindow
from reader.i18n import current_language

from tests.gui.interface_strings import Judge, collect

SWITCH_ORDER = ("zh_CN", "en", "zh_TW", "zh_CN")  # starting in Chinese, then each switch once
# Commands the sweep leaves alone: it would end the test, or only repeat what another does.
NOT_TRIGGERED = {"quit_action"}


@pytest.fixture(scope="module")
def judge():
    return Judge(LANGUAGES)


class DialogWatcher:
    """Reads the strings of every window that opens besides the main one, then closes it
    (a modal dialog's own event loop runs the timer)."""

    def __init__(self, window):
        self.window = window
        self.seen: dict[str, dict[str, str]] = {}
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self.sweep)
        self.timer.start()

    def sweep(self) -> None:
        for top in QApplication.topLevelWidgets():
            if top is self.window or isinstance(top, QMenu) or not top.isVisible():
                continue
            self.seen.setdefault(type(top).__name__, {}).update(collect([top]))
            if isinstance(top, QDialog):
                top.reject()
            top.close()

    def stop(self) -> None:
        self.timer.stop()


def _commands(window) -> list[QAction]:
    names = {id(getattr(window, name, None)) for name in NOT_TRIGGERED}
    names |= {id(action) for action in window.language.choices.actions.values()}  # the language stays the one tested
    actions = []
    for action in window.findChildren(QAction):
        if action.isSeparator() or action.menu() is not None or id(action) in names:
            continue
        actions.append(action)
    return actions


def sweep_every_command(window, qtbot) -> dict[str, dict[str, str]]:
    """Trigger each command once and twice for toggles (back as it was); what opened."""
    watcher = DialogWatcher(window)
    try:
        for menu in window.findChildren(QMenu):
            menu.aboutToShow.emit()  # menus filled when they open (recent files, voices)
        for action in _commands(window):
            if not action.isEnabled():
                continue
            action.trigger()
            qtbot.wait(5)
            watcher.sweep()
            if action.isCheckable() and action.actionGroup() is None:
                action.trigger()
                qtbot.wait(5)
                watcher.sweep()
        qtbot.wait(50)
        watcher.sweep()
    finally:
        watcher.stop()
    return watcher.seen


def _report(wrong: dict[str, str]) -> str:
    return "\n".join(f"  {text!r}  ({where})" for text, where in sorted(wrong.items()))


def test_every_window_and_dialog_follows_each_live_switch(qtbot, judge):
    create_application(SWITCH_ORDER[0])
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_sample()
    window.show()
    qtbot.waitExposed(window)
    content = window.document.text
    opened_in: dict[str, set[str]] = {}
    for language in SWITCH_ORDER[1:]:
        window.language.choose(language)
        assert current_language() == language
        dialogs = sweep_every_command(window, qtbot)
        strings = collect([window])
        wrong = judge.wrong_language(strings, language, content)
        for name, dialog_strings in dialogs.items():
            opened_in.setdefault(name, set()).add(language)
            wrong.update({text: f"{name}: {where}"
                          for text, where in judge.wrong_language(dialog_strings, language, content).items()})
        assert not wrong, f"not in {language}:\n{_report(wrong)}"
    # The sweep did open the windows and dialogs it is meant to check, in every language.
    expected = {"ShortcutsDialog", "QMessageBox", "QFileDialog", "QPrintPreviewDialog", "QColorDialog"}
    assert expected <= set(opened_in), sorted(opened_in)
    assert all(languages == set(SWITCH_ORDER[1:]) for name, languages in opened_in.items() if name in expected)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_window_opened_in_a_language_speaks_it_throughout(make_window, judge, language):
    window = make_window(language)
    wrong = judge.wrong_language(collect([window]), language, window.document.text)
    assert not wrong, f"not in {language}:\n{_report(wrong)}"


def test_the_choice_is_remembered_and_the_next_window_starts_in_it(make_window):
    window = make_window("en")
    window.language.choose("zh_TW")
    assert Settings().get("language") == "zh_TW"
    assert window.file_menu.title() == "檔案(&F)"
    create_application(None, Settings().get("language"))
    again = MainWindow()
    try:
        assert current_language() == "zh_TW"
        assert again.file_menu.title() == "檔案(&F)"
        assert again.language.choices.actions["zh_TW"].isChecked()
    finally:
        again.deleteLater()


def test_as_the_system_follows_the_system_locale(make_window, monkeypatch):
    window = make_window("zh_CN")
    monkeypatch.setattr("reader.i18n.system_languages", lambda: ["fr-FR", "en-GB"])
    window.language.choose("")
    assert Settings().get("language") == ""
    assert current_language() == "en"
    assert window.file_menu.title() == "&File"


def test_the_language_menu_names_each_language_in_itself_and_says_language_in_english(make_window):
    window = make_window("zh_CN")
    window.language.menu.aboutToShow.emit()  # its entries are made when it first opens
    texts = [action.text() for action in window.language.menu.actions()]
    assert any("简体中文" in t for t in texts) and any("繁體中文" in t for t in texts) and any("English" in t for t in texts)
    assert "Language" in window.language.menu.title() and "语言" in window.language.menu.title()


def test_qt_own_dialog_buttons_follow_the_switch(make_window, qtbot):
    from PySide6.QtWidgets import QDialogButtonBox

    window = make_window("en")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, window)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"
    window.language.choose("zh_TW")
    qtbot.wait(10)  # Qt delivers LanguageChange as an event
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"



def test_a_message_on_screen_follows_the_switch(make_window, tmp_path, qtbot):
    window = make_window("en")
    window.open_path(tmp_path / "missing.txt")
    assert "does not exist" in window.message_bar.text()
    window.language.choose("zh_CN")
    assert "不存在" in window.message_bar.text()
    path = tmp_path / "doc.txt"  # then the offer to reload, with its button
    path.write_text("一、标题\n正文。\n", encoding="utf-8")
    assert window.open_path(path)
    path.write_text("一、标题\n改过的正文。\n", encoding="utf-8")
    qtbot.waitUntil(lambda: window.message_bar.action_button.isVisible(), timeout=5000)
    assert window.message_bar.action_button.text() == "重新载入"
    window.language.choose("en")
    assert window.message_bar.action_button.text() == "Reload"
    assert window.message_bar.text() == "doc.txt has changed on disk."


def test_dock_title_buttons_follow_the_switch(make_window, judge):
    """Each panel's close button is named after its panel, in the language of the moment."""
    from PySide6.QtWidgets import QDockWidget

    window = make_window("zh_CN")
    window.language.choose("en")
    buttons = [dock.titleBarWidget().close_button for dock in window.findChildren(QDockWidget)
               if hasattr(dock.titleBarWidget(), "close_button")]
    assert buttons
    names = {button.accessibleName(): button.objectName() for button in buttons}
    assert "Close Outline" in names
    assert judge.wrong_language(names, "en", window.document.text) == {}


