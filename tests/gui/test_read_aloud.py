"""Read aloud in the window: the controls, the reading cursor and caption following the speech,
指读, the portals' keys, no engine, a dying engine, Export Audio and the highlight's contrast.

Synthesis is real (espeak-ng in the worker process); the SilentPlayer (tests/gui/conftest.py)
waits each sentence's real duration without a sound card. Readings run at 3x to stay short.
"""
from __future__ import annotations

import os
import shutil
import signal
import time
import wave
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton

from reader.core.schemes import SCHEME_ORDER
from reader.gui import feedback
from reader.speech.engine_loader import ENGINE_ENV, quick_check
from reader.speech.export import section_sentences, speech_items
from tests.gui.pixels import region_contrast

ALT_SHIFT = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
SHORT = 2  # the sample's sentences 2, 3 and 4 are short (20, 9 and 10 characters)


@pytest.fixture(autouse=True)
def _engine(monkeypatch):
    monkeypatch.delenv(ENGINE_ENV, raising=False)
    if not quick_check()[0]:
        pytest.skip(f"no speech engine: {quick_check()[1]}")


@pytest.fixture
def confirmations(monkeypatch):
    said = []
    def heard(widget, text, assertive=False):
        said.append(text)

    monkeypatch.setattr(feedback, "announce", heard)
    return said


class Heard:
    """The indices of the sentences started, with the reading cursor and caption at that moment."""

    def __init__(self, window):
        self.window = window
        self.started: list[int] = []
        self.cursor: list[int] = []
        self.captions: list[str] = []
        self.spoken: list[list[tuple[int, str]]] = []
        service = window.read_aloud.ensure_service()
        service.sentence_started.connect(self._started)
        speak = service.speak

        def spy(items):
            self.spoken.append(list(items))
            return speak(items)

        service.speak = spy

    def _started(self, index):
        self.started.append(index)
        self.cursor.append(self.window.reading.sentence)
        self.captions.append(self.window.caption_bar.spoken)


@pytest.fixture
def reader(window, qtbot):
    read_aloud = window.read_aloud
    window.settings.set("speech_rate", 30)  # 3x: the readings are short
    heard = Heard(window)
    read_aloud.service.set_rate(3.0)
    yield window, read_aloud, heard
    read_aloud.shutdown()


def wait_started(qtbot, heard, count, timeout=10000):
    qtbot.waitUntil(lambda: len(heard.started) >= count, timeout=timeout)


def activate(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def sentence_text(window, index):
    document = window.document
    return document.sentence_text(document.sentences[index]).strip()


# Playing, following, pausing, stopping ---------------------------------------------------------
def test_play_reads_on_from_the_reading_cursor_with_cursor_and_caption_following(reader, qtbot, figures):
    window, read_aloud, heard = reader
    window.reading.move_to(SHORT, announcement="")
    started = time.perf_counter()
    read_aloud.actions["play"].trigger()
    wait_started(qtbot, heard, 1)
    figures["read aloud: Play to the first sentence heard, engine cold (ms)"] = round(
        1000 * (time.perf_counter() - started))
    wait_started(qtbot, heard, 3)
    assert heard.started[:3] == [SHORT, SHORT + 1, SHORT + 2]
    assert heard.cursor[:3] == heard.started[:3]  # the reading cursor is the sentence being read
    assert heard.captions[:3] == [sentence_text(window, i) for i in heard.started[:3]]
    assert heard.spoken[0][0] == speech_items(window.document, [SHORT])[0]
    assert read_aloud.actions["play"].text().replace("&", "") == "Pause"
    read_aloud.actions["stop"].trigger()
    assert read_aloud.state() == "stopped" and window.caption_bar.spoken == ""
    assert read_aloud.actions["play"].text().replace("&", "") == "Play"
    window.reading.save()
    assert window.reading.positions.get(window.document) == heard.started[-1]  # remembered


def test_pause_and_resume(reader, qtbot):
    window, read_aloud, heard = reader
    window.reading.move_to(SHORT + 3, announcement="")  # a long sentence: there is time to pause
    read_aloud.play_pause()
    wait_started(qtbot, heard, 1)
    read_aloud.play_pause()
    assert read_aloud.state() == "paused"
    qtbot.wait(100)
    assert heard.started == [SHORT + 3]
    read_aloud.play_pause()
    assert read_aloud.state() == "playing"
    wait_started(qtbot, heard, 2)
    assert heard.started == [SHORT + 3, SHORT + 3]  # resume reads the paused sentence again
    read_aloud.stop()


def test_next_and_previous_sentence_and_paragraph_while_reading(reader, qtbot):
    window, read_aloud, heard = reader
    navigator = window.reading.navigator
    window.reading.move_to(5, announcement="")
    read_aloud.play_pause()
    wait_started(qtbot, heard, 1)
    read_aloud.actions["next_sentence"].trigger()
    wait_started(qtbot, heard, 2)
    assert heard.started[-1] == 6
    read_aloud.actions["next_paragraph"].trigger()
    wait_started(qtbot, heard, 3)
    assert heard.started[-1] == navigator.next_paragraph(6) == 9
    read_aloud.actions["previous_sentence"].trigger()
    wait_started(qtbot, heard, 4)
    assert heard.started[-1] == 8
    read_aloud.actions["previous_paragraph"].trigger()
    wait_started(qtbot, heard, 5)
    assert heard.started[-1] == navigator.previous_paragraph(8) == 5
    assert read_aloud.state() == "playing"
    read_aloud.stop()
    # Stopped: the keys move the reading cursor and read that one sentence.
    read_aloud.actions["next_sentence"].trigger()
    wait_started(qtbot, heard, 6)
    assert heard.started[-1] == window.reading.sentence == 6
    assert heard.spoken[-1] == speech_items(window.document, [6])


def test_read_selection_section_and_card_speak_the_right_items(reader, qtbot):
    window, read_aloud, heard = reader
    document, view = window.document, window.view
    # The selection: from the middle of sentence 1 to the middle of sentence 2, exactly.
    first, second = document.sentences[1], document.sentences[2]
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.model_to_view(first.end - 10))
    cursor.setPosition(view.model_to_view(second.start + 6), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    read_aloud.actions["selection"].trigger()
    assert [index for index, _ in heard.spoken[-1]] == [1, 2]
    assert heard.spoken[-1][1][1] == document.text[second.start:second.start + 6]
    wait_started(qtbot, heard, 1)
    assert heard.captions[0] == document.text[first.end - 10:first.end].strip()
    # The current section: the reading cursor in （二）强化执法培训.
    window.reading.move_to(10, announcement="")
    read_aloud.actions["section"].trigger()
    heading = window.reading.navigator.current_heading(10)
    assert heading.title == "强化执法培训"
    assert heard.spoken[-1] == speech_items(document, section_sentences(document, heading))
    assert [index for index, _ in heard.spoken[-1]] == list(range(8, 18))
    # The catalogue card: its filled lines, label and value.
    read_aloud.actions["card"].trigger()
    card = heard.spoken[-1]
    assert all(index < 0 for index, _ in card)
    assert len(card) == 6 and "广州市公安局花都区分局" in card[2][1]
    count = len(heard.started)
    wait_started(qtbot, heard, count + 1)
    assert window.caption_bar.spoken.startswith("Index number: 114401140075147171")
    read_aloud.stop()


# The portals' keys -------------------------------------------------------------------------------
def test_alt_shift_5_to_8_sound_speed_and_reading_mode(window, qtbot, confirmations):
    read_aloud = window.read_aloud
    activate(window, qtbot)
    for key, expected in ((Qt.Key.Key_6, 9), (Qt.Key.Key_7, 10), (Qt.Key.Key_7, 11)):
        qtbot.keyClick(window.view, key, ALT_SHIFT)
        assert window.settings.get("speech_rate") == expected
    assert confirmations == ["Speed 0.9x", "Speed 1.0x", "Speed 1.1x"]
    assert read_aloud.ensure_service().rate() == pytest.approx(1.1)
    for _ in range(25):
        qtbot.keyClick(window.view, Qt.Key.Key_7, ALT_SHIFT)
    assert window.settings.get("speech_rate") == 30 and confirmations[-1] == "Speed 3.0x (fastest)"
    qtbot.keyClick(window.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert window.settings.get("speech_rate") == 29 and read_aloud.service.rate() == pytest.approx(2.9)
    for _ in range(30):
        read_aloud.tuning.step_rate(-1)
    assert window.settings.get("speech_rate") == 5 and confirmations[-1] == "Speed 0.5x (slowest)"
    read_aloud.tuning.set_rate(30)
    qtbot.keyClick(window.view, Qt.Key.Key_8, ALT_SHIFT)
    read_aloud.menu.aboutToShow.emit()  # opened: its switches are made then
    assert window.settings.get("reading_mode") == "point" and read_aloud.actions["mode_point"].isChecked()
    assert confirmations[-1] == "Reading mode: point reading (指读)"
    heard = Heard(window)
    qtbot.keyClick(window.view, Qt.Key.Key_5, ALT_SHIFT)
    assert window.settings.get("speech_on") and window.accessibility.actions["sound"].isChecked()
    assert confirmations[-1] == "Sound on"
    assert heard.spoken[-1] == [(-1, "Sound on")]  # spoken, since nothing is being read
    wait_started(qtbot, heard, 1)
    assert window.caption_bar.spoken == ""  # a confirmation is no caption
    qtbot.keyClick(window.view, Qt.Key.Key_8, ALT_SHIFT)  # back to 连读
    window.reading.move_to(SHORT, announcement="")
    qtbot.keyClick(window.view, Qt.Key.Key_5, ALT_SHIFT)  # sound off
    assert not window.settings.get("speech_on") and read_aloud.state() == "stopped"
    count = len(heard.spoken)
    qtbot.keyClick(window.view, Qt.Key.Key_5, ALT_SHIFT)  # sound on in 连读: reads from the cursor
    assert heard.spoken[count][0][0] == SHORT and read_aloud.is_reading()
    read_aloud.shutdown()


def test_reading_without_highlight_keeps_the_view_still(reader, qtbot):
    window, read_aloud, heard = reader
    read_aloud.menu.aboutToShow.emit()  # opened: its switches are made then
    read_aloud.actions["highlight"].trigger()
    assert not window.settings.get("highlight_reading")
    bar = window.view.verticalScrollBar()
    bar.setValue(0)
    marked = [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in window.view.extraSelections()]
    far = len(window.document.sentences) - 3  # far below the top
    read_aloud.read_sentences(range(far, far + 2))
    wait_started(qtbot, heard, 1)
    assert heard.started == [far]
    assert bar.value() == 0  # the view did not move
    assert [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in window.view.extraSelections()] == marked
    assert window.reading.sentence == far  # the place is kept all the same
    assert window.caption_bar.spoken == sentence_text(window, far)
    read_aloud.stop()
    # With the highlight, the sentence read is scrolled into view.
    read_aloud.actions["highlight"].trigger()
    read_aloud.read_sentences([far])
    wait_started(qtbot, heard, 2)
    assert bar.value() > 0
    read_aloud.stop()


# 指读 ------------------------------------------------------------------------------------------
def test_point_reading_on_hover_after_500_ms_and_on_keyboard_moves(reader, qtbot):
    window, read_aloud, heard = reader
    view = window.view
    document = window.document
    target = 6
    window.go_to_heading(document.sentences[5].block - 1)
    read_aloud.tuning.set_reading_mode("point")
    window.settings.set("speech_on", True)
    qtbot.wait(50)
    sentence = document.sentences[target]
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.model_to_view(sentence.start + 3))
    point = view.cursorRect(cursor).center()
    assert read_aloud.point_reading.sentence_at(point) == target
    moved = time.perf_counter()
    QTest.mouseMove(view.viewport(), point)
    qtbot.wait(300)
    assert heard.started == []  # not before the pointer has rested 500 ms
    wait_started(qtbot, heard, 1)
    assert time.perf_counter() - moved >= 0.5
    assert heard.started == [target] and heard.spoken[-1] == speech_items(document, [target])
    assert window.reading.sentence == target
    QTest.mouseMove(view.viewport(), point + QPoint(1, 0))  # resting again on the same sentence
    qtbot.wait(700)
    assert len(heard.spoken) == 1  # it is not read over and over
    # The keys: a move of the reading cursor reads the sentence it lands on.
    window.navigation.actions["next_paragraph"].trigger()
    landing = window.reading.sentence
    qtbot.waitUntil(lambda: landing in heard.started, timeout=10000)
    assert heard.spoken[-1] == speech_items(document, [landing])
    # Paragraphs, when chosen.
    read_aloud.menu.aboutToShow.emit()  # opened: its switches are made then
    read_aloud.actions["point_paragraph"].trigger()
    window.reading.move_to(5)
    qtbot.waitUntil(lambda: heard.spoken[-1][0][0] == 5, timeout=5000)
    assert [index for index, _ in heard.spoken[-1]] == [5, 6, 7]
    read_aloud.stop()


# No engine, a dying engine -----------------------------------------------------------------------
def test_without_an_engine_the_speech_controls_are_disabled_and_say_how_to_enable_it(make_window, monkeypatch):
    monkeypatch.setenv(ENGINE_ENV, "none")
    window = make_window()
    read_aloud = window.read_aloud
    read_aloud.ensure_service()  # what happens a second after start-up
    assert not read_aloud.is_available()
    reason = read_aloud.service.unavailable_reason()
    assert "espeak-ng" in reason and "install" in reason
    for action in read_aloud.speech_actions():
        assert not action.isEnabled(), action.text()
        assert action.toolTip() == reason and action.statusTip() == reason
    for name in ("sound", "slower", "faster", "reading_mode"):
        assert not window.accessibility.actions[name].isEnabled()
    assert window.message_bar.text() == reason
    assert not read_aloud.read_from_cursor()
    assert window.reading.move_to(5)  # the reader works on
    window.message_bar.hide()
    read_aloud._warm_up()
    assert window.message_bar.text() == ""  # said once


def test_a_dying_engine_is_reported_and_the_next_play_starts_a_fresh_one(reader, qtbot):
    window, read_aloud, heard = reader
    window.reading.move_to(SHORT + 3, announcement="")
    read_aloud.play_pause()
    wait_started(qtbot, heard, 1)
    pid = read_aloud.service.worker_pid()
    os.kill(pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: window.message_bar.text() != "", timeout=10000)
    assert "stopped unexpectedly" in window.message_bar.text()
    assert read_aloud.state() == "stopped" and window.caption_bar.spoken == ""
    assert read_aloud.actions["play"].isEnabled() and window.accessibility.actions["faster"].isEnabled()
    count = len(heard.started)
    read_aloud.play_pause()
    wait_started(qtbot, heard, count + 1)
    assert read_aloud.service.worker_pid() not in (None, pid)
    read_aloud.stop()


# Export audio -------------------------------------------------------------------------------------
def test_export_audio_writes_a_wav_and_cancel_leaves_no_file(reader, qtbot, tmp_path):
    window, read_aloud, _heard = reader
    menu = window.menuBar().actions()[0].menu()
    menu.aboutToShow.emit()  # opened: Export Audio… is made then
    actions = [action for action in menu.actions() if not action.isSeparator()]
    assert actions.index(read_aloud.audio_export.action) == actions.index(window.quit_action) - 1
    out = tmp_path / "report.wav"
    assert read_aloud.audio_export.export(str(out), sentences=range(0, 4))
    assert read_aloud.audio_export.dialog.isVisible()
    qtbot.waitUntil(lambda: not read_aloud.audio_export.is_exporting() and read_aloud.audio_export.dialog is None, timeout=20000)
    result, error = read_aloud.audio_export.finished_with
    assert error is None and result.sentences == 4
    with wave.open(str(out), "rb") as wav:
        assert wav.getnframes() > wav.getframerate()  # more than a second of speech
    assert "Audio saved" in window.statusBar().currentMessage()
    # Cancel, from the progress dialog, after the first sentence.
    cancelled = tmp_path / "cancelled.wav"
    read_aloud.audio_export.export(str(cancelled))
    dialog = read_aloud.audio_export.dialog
    qtbot.waitUntil(lambda: dialog.value() >= 1, timeout=20000)
    dialog.findChild(QPushButton).click()  # its Cancel button
    qtbot.waitUntil(lambda: read_aloud.audio_export.dialog is None, timeout=20000)
    assert type(read_aloud.audio_export.finished_with[1]).__name__ == "ExportCancelled"
    assert not cancelled.exists() and not os.path.exists(str(cancelled) + ".part")
    assert window.statusBar().currentMessage() == "Audio export cancelled"


# The highlight's contrast ------------------------------------------------------------------------
def test_the_sentence_being_read_meets_4_5_to_1_in_every_scheme(reader, qtbot):
    window, read_aloud, heard = reader
    view = window.view
    document = window.document
    target = 6
    failures = {}
    for number, scheme in enumerate(SCHEME_ORDER):
        window.appearance.set("scheme", scheme)
        read_aloud.read_sentences([target])
        wait_started(qtbot, heard, number + 1)
        qtbot.wait(20)
        sentence = document.sentences[target]
        cursor = QTextCursor(view.document())
        cursor.setPosition(view.model_to_view(sentence.start))
        left = view.cursorRect(cursor)
        cursor.setPosition(view.model_to_view(sentence.start + 6))
        right = view.cursorRect(cursor)
        rect = left.united(right).adjusted(0, 0, 0, 0)
        image = view.viewport().grab().toImage()
        ratio, _background, _ink = region_contrast(image, rect)
        if ratio < 4.5:
            failures[scheme] = round(ratio, 2)
        read_aloud.stop()
    assert failures == {}


# A live switch of the interface language ----------------------------------------------------------
def test_the_menu_play_or_pause_and_the_export_dialog_follow_a_switch_of_language(reader, qtbot, tmp_path):
    window, read_aloud, heard = reader
    window.reading.move_to(SHORT + 3, announcement="")
    read_aloud.play_pause()
    wait_started(qtbot, heard, 1)
    window.language.choose("zh_TW")
    assert read_aloud.menu.title() == "朗讀(&R)" and read_aloud.voices.menu.title() == "語音(&V)"
    assert read_aloud.actions["play"].text() == "暫停(&P)"  # still reading
    assert read_aloud.actions["play"].statusTip() == "從閱讀游標處朗讀；再按暫停或繼續"
    assert read_aloud.voices.default.text() == "普通話（預設）"
    read_aloud.stop()
    assert read_aloud.actions["play"].text() == "播放(&P)"
    assert read_aloud.audio_export.export(str(tmp_path / "out.wav"), sentences=range(0, 40))
    dialog = read_aloud.audio_export.dialog
    qtbot.waitUntil(lambda: dialog.value() >= 1, timeout=20000)
    window.language.choose("en")
    assert dialog.windowTitle() == "Export Audio"
    assert dialog.labelText().startswith("Exporting audio: sentence ")
    dialog.findChild(QPushButton).click()
    qtbot.waitUntil(lambda: read_aloud.audio_export.dialog is None, timeout=20000)


def test_without_an_engine_the_reason_follows_a_switch_of_language(make_window, monkeypatch):
    monkeypatch.setenv(ENGINE_ENV, "none")
    window = make_window()
    read_aloud = window.read_aloud
    read_aloud.ensure_service()
    english = read_aloud.service.unavailable_reason()
    assert window.message_bar.text() == english
    window.language.choose("zh_TW")
    reason = read_aloud.service.unavailable_reason()
    assert reason != english
    assert window.message_bar.text() == reason  # the message on screen too
    for action in read_aloud.speech_actions():
        assert not action.isEnabled(), action.text()
        assert action.toolTip() == reason and action.statusTip() == reason
    # Speech comes back: each action gets its own tips, in the language of the moment.
    read_aloud._available_changed(True, "")
    assert read_aloud.actions["play"].statusTip() == "從閱讀游標處朗讀；再按暫停或繼續"
    assert read_aloud.actions["play"].toolTip() == "播放: 從閱讀游標處朗讀；再按暫停或繼續"
    assert window.accessibility.actions["faster"].statusTip() not in ("", english, reason)


# What is happening, always in sight --------------------------------------------------------------
def test_playing_shows_pause_and_stop_and_says_where_it_reads(reader, qtbot):
    window, read_aloud, heard = reader
    tools, status = window.accessibility, read_aloud.status
    window.caption_bar.set_shown(True)
    assert tools.button("play").text() == "Play" and not tools.actions["stop"].isEnabled()
    assert not status.label.isVisible() and window.caption_bar.state.isHidden()
    target = SHORT + 3
    window.reading.move_to(target, announcement="")
    tools.actions["play"].trigger()  # the toolbar's Play
    wait_started(qtbot, heard, 1)
    qtbot.waitUntil(lambda: tools.button("play").text() == "Pause")
    assert tools.actions["stop"].isEnabled() and read_aloud.actions["play"].text() == "&Pause"
    heading = window.reading.navigator.current_heading(target)
    said = status.label.text()
    assert said.startswith("Reading aloud: ") and said.endswith(", sentence " + said.rsplit(" ", 1)[-1])
    assert (heading.label if heading else "Title") in said
    assert status.label.isVisible() and window.caption_bar.state.text() == said
    assert not window.caption_bar.state.isHidden()
    read_aloud.play_pause()
    qtbot.waitUntil(lambda: status.label.text().startswith("Paused: "))
    assert tools.button("play").text() == "Play"
    tools.actions["stop"].trigger()
    qtbot.waitUntil(lambda: read_aloud.state() == "stopped")
    assert not status.label.isVisible() and window.caption_bar.state.isHidden()
    assert not tools.actions["stop"].isEnabled()


@pytest.mark.skipif(not shutil.which("aplay"), reason="alsa-utils not installed")
def test_no_sound_card_is_told_in_a_sentence_with_the_detail_behind_a_button(make_window, qtbot, monkeypatch):
    """Real aplay on a machine without a sound card (this one): no raw tool message in sight."""
    monkeypatch.setenv("READER_SPEECH_PLAYER", "aplay")
    window = make_window("zh_CN")
    read_aloud = window.read_aloud
    read_aloud.ensure_service()
    try:
        read_aloud.read_sentences([SHORT])
        qtbot.waitUntil(lambda: window.message_bar.text() != "", timeout=15000)
        if "aplay" not in window.message_bar.details.text():
            pytest.skip("this machine plays sound")
        _told_with_details_behind_a_button(window, "没有找到声音输出设备", "aplay", "aplay", "audio open error")
    finally:
        read_aloud.shutdown()


def _told_with_details_behind_a_button(window, opening: str, not_shown: str, not_in_status: str, detail: str):
    """The message bar says a sentence of ours; the tool's own words wait behind Details."""
    bar = window.message_bar
    shown = bar.text()
    assert shown.startswith(opening) and not_shown not in shown
    assert not_in_status not in window.statusBar().currentMessage()
    assert bar.details.isHidden() and bar.details_button.isVisible()
    bar.details_button.click()
    assert bar.details.isVisible() and detail in bar.details.text()

def test_export_audio_refuses_the_document_a_link_a_fifo_and_a_device(window, qtbot, tmp_path):
    """Issue 19: `speak --out` onto the document, a FIFO or a device replaced it; the window's export too."""
    from test_export_menu import _hostile_targets, _kind

    document = tmp_path / "notice.txt"
    document.write_bytes(Path(window.current_path).read_bytes())
    assert window.open_path(document)
    read_aloud = window.read_aloud
    for name, (target, reason) in _hostile_targets(tmp_path, document).items():
        before = _kind(target)
        window.message_bar.hide()
        assert not read_aloud.audio_export.export(str(target), sentences=range(0, 2)), name
        assert not read_aloud.audio_export.is_exporting() and read_aloud.audio_export.dialog is None
        assert reason in window.message_bar.text() and str(target) in window.message_bar.text(), name
        assert _kind(target) == before, name


# A worker that starts as the real one does, then fails every sentence in an engine's own English.
_FAILING_WORKER = """
import json, sys
print(json.dumps({"event": "ready", "voices": [], "default_voice": None, "engine": "fake"}), flush=True)
for line in sys.stdin:
    command = json.loads(line)
    if command.get("cmd") == "quit":
        break
    if command.get("cmd") == "voices":
        print(json.dumps({"event": "voices", "voices": []}), flush=True)
    elif command.get("cmd") in ("synthesize", "phonemes"):
        print(json.dumps({"event": "error", "id": command.get("id"),
                          "message": "RuntimeError: espeak_Synth returned EE_INTERNAL_ERROR"}), flush=True)
"""


def test_a_sentence_the_engine_cannot_speak_is_told_in_a_sentence_with_the_detail_behind_a_button(
        make_window, qtbot, monkeypatch):
    import sys

    from reader.speech import service as speech_service
    from reader.speech.players import SilentPlayer

    engine = speech_service.SpeechService
    monkeypatch.setattr(speech_service, "quick_check", lambda: (True, ""))
    monkeypatch.setattr(speech_service, "SpeechService", lambda parent: engine(
        parent, player=SilentPlayer(), worker_command=[sys.executable, "-c", _FAILING_WORKER]))
    window = make_window("zh_CN")
    read_aloud = window.read_aloud
    read_aloud.ensure_service()
    try:
        read_aloud.read_sentences([SHORT])
        qtbot.waitUntil(lambda: window.message_bar.text() != "", timeout=15000)
        _told_with_details_behind_a_button(window, "有一句无法朗读", "EE_INTERNAL_ERROR", "RuntimeError",
                                           "EE_INTERNAL_ERROR")
    finally:
        read_aloud.shutdown()
