"""Elder mode reaches every window the reader opens: 24 pt text (32 px, measured on the pixels of
a label's glyphs too), controls of 60 px, the scheme's colours, and never larger than the screen."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog, QLabel, QLineEdit, QMenu,
                               QScrollBar)

from reader.core.schemes import SCHEMES

TEXT_PX = 32  # 24 pt at 96 dpi: the elder main view's text (MIIT's least is 18 pt)
CONTROL_PX = 60


def opened_by(window, qtbot, trigger, wait_ms=400):
    """The window or dialog ``trigger`` opens (closed again once measured)."""
    found = []

    def sweep():
        for top in QApplication.topLevelWidgets():
            if top is not window and not isinstance(top, QMenu) and top.isVisible() and not found:
                found.append(top)

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(sweep)
    timer.start()
    measured = {}

    def measure():
        if found:
            qtbot.wait(wait_ms) if False else None
            measured.update(measure_window(found[0]))
            if isinstance(found[0], QDialog):
                found[0].reject()
            found[0].close()

    QTimer.singleShot(wait_ms, measure)  # a modal dialog's own event loop runs the timers
    trigger()
    qtbot.waitUntil(lambda: bool(measured), timeout=5000)
    timer.stop()
    return measured


def ink_height(image, rect, background) -> int:
    rows = [y for y in range(rect.top(), rect.bottom() + 1)
            if any(image.pixelColor(x, y).name() != background for x in range(rect.left(), rect.right() + 1, 2))]
    return (rows[-1] - rows[0] + 1) if rows else 0


def measure_window(top) -> dict:
    screen = top.screen().availableGeometry()
    image = top.grab().toImage()
    small_text, small_controls, glyphs = [], [], []
    for child in top.findChildren(QLabel) + top.findChildren(QAbstractButton) + top.findChildren(QLineEdit) \
            + top.findChildren(QComboBox):
        if not child.isVisibleTo(top) or isinstance(child.parentWidget(), QScrollBar):
            continue
        text = child.text() if hasattr(child, "text") else ""
        if QFontInfo(child.font()).pixelSize() < TEXT_PX and (text or not isinstance(child, QLabel)):
            small_text.append((type(child).__name__, text, QFontInfo(child.font()).pixelSize()))
        if isinstance(child, (QAbstractButton, QLineEdit, QComboBox)) and child.height() < CONTROL_PX \
                and child.objectName() != "qt_toolbar_ext_button" and not isinstance(child.parentWidget(), QLineEdit):
            small_controls.append((type(child).__name__, text, child.height()))
        if isinstance(child, QLabel) and text and any("\u4e00" <= ch <= "\u9fff" for ch in text) and not child.wordWrap():
            rect = child.geometry()
            rect.moveTopLeft(child.mapTo(top, child.rect().topLeft()))
            glyphs.append(ink_height(image, rect, image.pixelColor(rect.left() + 1, rect.top() + 1).name()))
    return {"size": (top.width(), top.height()), "screen": (screen.width(), screen.height()),
            "small text": small_text, "small controls": small_controls, "glyphs": glyphs,
            "background": top.palette().window().color().name().upper(), "name": type(top).__name__}


def windows(window):
    return {
        "add bookmark": window.favorites.ask_bookmark,
        "my favorites": lambda: window.favorites.set_panel_visible(True),
        "toolbar help": window.accessibility.show_help,
        "shortcuts": window.show_shortcuts,
        "about": window.show_about,
        "open": window.choose_file,
        "export audio": window.read_aloud.choose_audio_file,
    }


@pytest.mark.parametrize("scheme", ["original", "black-yellow"])
def test_every_window_is_elder_sized_in_the_scheme_and_within_the_screen(make_window, qtbot, scheme):
    window = make_window("zh_CN")
    window.appearance.settings.set("scheme", scheme)
    window.appearance.set("elder_mode", True)
    problems = {}
    for name, trigger in windows(window).items():
        measured = opened_by(window, qtbot, trigger)
        width, height = measured["size"]
        if width > measured["screen"][0] or height > measured["screen"][1]:
            problems[name] = f"{measured['size']} larger than the screen {measured['screen']}"
        if measured["small text"] or measured["small controls"]:
            problems[name] = (measured["small text"][:3], measured["small controls"][:3])
        if measured["glyphs"] and max(measured["glyphs"]) < 0.75 * TEXT_PX:  # CJK ink is ~0.8-0.9 em
            problems[name] = f"glyphs {measured['glyphs'][:5]} px tall"
        if measured["background"] != SCHEMES[scheme].ui_background:
            problems[name] = f"background {measured['background']}"
    assert problems == {}


def test_the_open_dialog_starts_in_the_users_folder_not_the_programs(make_window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    window = make_window("zh_CN")  # showing the bundled sample, whose folder is the program's
    seen = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: seen.append(args[2]) or ("", ""))
    window.choose_file()
    assert "resources" not in seen[-1]
    chosen = tmp_path / "notice.txt"
    chosen.write_text("一、标题\n正文。\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(chosen), ""))
    window.choose_file()
    window.open_sample()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: seen.append(args[2]) or ("", ""))
    window.choose_file()
    assert seen[-1] == str(tmp_path)  # the last folder a file was opened from


def test_outline_titles_wrap_whole_instead_of_being_cut(make_window, qtbot):
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtWidgets import QTreeWidgetItemIterator

    window = make_window("zh_CN")
    window.resizeDocks([window.outline_dock], [260], Qt.Orientation.Horizontal)
    qtbot.wait(50)
    tree = window.outline
    flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
    wrapped = 0
    iterator = QTreeWidgetItemIterator(tree)
    while iterator.value():
        item = iterator.value()
        rect = tree.visualItemRect(item)
        text = item.text(0)
        one_line = tree.fontMetrics().horizontalAdvance(text)
        needed = tree.fontMetrics().boundingRect(QRect(0, 0, rect.width() - 8, 10000), flags, text).height()
        assert rect.height() >= needed, (text, rect.height(), needed)
        wrapped += one_line > rect.width()
        iterator += 1
    assert wrapped >= 3  # titles too long for the panel were there, and are whole


def test_any_window_renders_offscreen_from_the_command_line(tmp_path):
    import os
    import subprocess
    import sys

    from PySide6.QtGui import QImage

    out = tmp_path / "bookmark.png"
    run = subprocess.run([sys.executable, "-m", "reader", "--lang", "zh_CN", "--elder", "--screenshot", str(out),
                          "--screenshot-window", "add-bookmark"], capture_output=True, text=True, timeout=120,
                         env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert run.returncode == 0, run.stderr
    image = QImage(str(out))
    assert 300 <= image.width() <= 1000 and image.height() >= 200  # the dialog, not the main window


def test_the_message_bar_speaks_up_in_elder_mode(make_window):
    window = make_window("zh_CN")
    window.message_bar.show_message("没有找到声音输出设备")
    assert QFontInfo(window.message_bar.label.font()).pixelSize() >= 16
    window.appearance.set("elder_mode", True)
    assert QFontInfo(window.message_bar.label.font()).pixelSize() >= TEXT_PX


@pytest.mark.parametrize("name", ["print-preview", "open"])
def test_a_window_shot_is_taken_on_a_screen_of_the_size_asked(tmp_path, name):
    """--size is the screen's size too: the print preview and the file dialog take most of a 1024 x
    768 screen, never more (fitted as the window's first paint is done: no dialog opens before)."""
    import os
    import subprocess
    import sys

    from PySide6.QtGui import QImage

    out = tmp_path / "preview.png"
    run = subprocess.run([sys.executable, "-m", "reader", "--lang", "zh_CN", "--elder", "--size", "1024x768",
                          "--screenshot", str(out), "--screenshot-window", name],
                         capture_output=True, text=True, timeout=120, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert run.returncode == 0, run.stderr
    image = QImage(str(out))
    assert 870 <= image.width() <= 1024 and 650 <= image.height() <= 768  # the offscreen default is 800 x 800


def test_a_panel_opened_docked_is_pictured_in_the_window(tmp_path):
    """--screenshot-window favorites outside elder mode: the panel is a dock, so the window with it."""
    import os
    import subprocess
    import sys

    from PySide6.QtGui import QImage

    out = tmp_path / "favorites.png"
    run = subprocess.run([sys.executable, "-m", "reader", "--screenshot", str(out), "--screenshot-window", "favorites",
                          "--size", "900x600"], capture_output=True, text=True, timeout=120,
                         env=dict(os.environ, QT_QPA_PLATFORM="offscreen", READER_DATA_DIR=str(tmp_path)))
    assert run.returncode == 0, run.stderr
    assert QImage(str(out)).width() == 900  # the main window, the panel docked in it
