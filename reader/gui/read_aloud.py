"""Read aloud in the window: the Read Aloud menu, the toolbar's 声音 / 慢 / 快 / 读, and
File > Export Audio.

The speech itself is ``reader.speech.service.SpeechService`` (the engine runs in a worker
process; nothing here loads pyttsx3). The service is made a second after start-up, off the
way to the first window (or at the first Play, if sooner); that tells whether speech is
there. Without an engine every speech action is disabled, its tooltip and status tip say
how to enable speech, and the message bar says so once.

Reading: Play reads from the reading cursor on to the end (连读), in chunks of CHUNK
sentences so that a very long document starts at once. The sentence being read becomes
the reading cursor (marked, kept in view, remembered per document), and shows in the
caption bar; with "Highlight While Reading" off the view stays still and only the place is
kept. Previous / next sentence and paragraph while reading go on reading from there.

指读 (point reading), with sound on: the sentence (or paragraph) under a pointer that rests
POINT_REST_MS on the text is read, and so is the one the reading cursor moves to by keys.
Turning sound on in 连读 (continuous) mode reads from the reading cursor.
"""
from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from ..core.settings import READING_MODES, SPEECH_RATE_MAX, SPEECH_RATE_MIN
from ..core.speech_errors import CONTEXT as SPEECH_ERRORS
from ..core.speech_errors import explain as explain_speech_error
from .announce import announce
from .labels import plain
from .reading_status import ReadingStatus
from .language import follow_language

WARM_UP_DELAY_MS = 1000  # the service is made this long after start-up
POINT_REST_MS = 500  # 指读: the pointer rests this long on a sentence before it is read
KEY_REST_MS = 150  # 指读: the reading cursor rests this long after a key before its sentence is read
CHUNK = 200  # sentences given to the service at a time
VOLUME_STEP = 10  # percent
CHINESE_LANGUAGES = ("cmn", "zh", "yue", "hak", "nan", "wuu")


def _prepare(text: str) -> str:
    try:
        from ..core.speech_text import prepare_for_speech
    except ImportError:  # pragma: no cover
        return text
    return prepare_for_speech(text)


class _ExportRelay(QObject):
    """Carries the export thread's progress and end to the window's thread."""

    progress = Signal(int, int)
    done = Signal(object, object)  # (result, error)


class ReadAloud(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.settings = window.settings
        self.reading = window.reading
        self.toolbar = getattr(window, "accessibility", None)
        self.service = None
        self._unavailable_reason = ""
        self._told_unavailable = False
        self._plan = None  # the sentence indices of the reading in progress (a range or a list)
        self._plan_next = 0  # position in _plan of the first sentence not yet given to the service
        self._clip: tuple[int, int] | None = None  # read only this span of the text (a selection)
        self._extra: dict[int, str] = {}  # negative item index → its caption (card lines)
        self._confirming = False  # speaking a confirmation, not reading
        self._moving_cursor = False  # the reading cursor moves because of the reading
        self._document = None
        self._pointed: int | None = None  # 指读: the sentence last read under the pointer
        self._pointer_pos: QPoint | None = None
        self._point_timer = QTimer(self, singleShot=True, interval=POINT_REST_MS)
        self._point_timer.timeout.connect(self._pointer_rested)
        self._key_timer = QTimer(self, singleShot=True, interval=KEY_REST_MS)
        self._key_timer.timeout.connect(self._cursor_rested)
        self._export_thread: threading.Thread | None = None
        self.actions: dict[str, QAction] = {}
        self.status = ReadingStatus(window)  # "正在朗读 (二) 第 3 句" in the status bar and the caption bar
        self._build_menu()
        self._bind_toolbar()
        self._insert_export_action()
        self.reading.moved.connect(self._cursor_moved)
        window.document_shown.connect(self._document_shown)
        viewport = window.view.viewport()
        viewport.setMouseTracking(True)
        viewport.installEventFilter(self)
        window.installEventFilter(self)
        window.speak_confirmation = self.speak_confirmation
        self.export_dialog = None
        self._export_count: tuple[int, int] | None = None  # (done, total) shown in the export dialog
        follow_language(self.retranslate)
        QTimer.singleShot(WARM_UP_DELAY_MS, self, lambda: self.window.loader.when_idle(self._warm_up))

    # Building ---------------------------------------------------------------
    def _action(self, name: str, keys=(), slot=None, checkable=False, menu=None) -> QAction:
        """An action of the menu, named in retranslate (_texts)."""
        action = QAction(self.window)
        action.setObjectName(f"readAloud_{name}")
        action.setCheckable(checkable)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if slot is not None:
            if checkable:
                action.triggered.connect(slot)
            else:
                action.triggered.connect(lambda _checked=False: slot())
        (menu or self.menu).addAction(action)
        self.actions[name] = action
        return action

    def _build_menu(self) -> None:
        self.menu = self.window.add_menu()
        a = self._action
        a("play", ["Ctrl+2"], self.play_pause)
        a("stop", ["Ctrl+4"], self.stop)
        self.menu.addSeparator()
        a("previous_sentence", ["Ctrl+1"], lambda: self.step_sentence(-1))
        a("next_sentence", ["Ctrl+3"], lambda: self.step_sentence(+1))
        a("previous_paragraph", ["Alt+Up"], lambda: self.step_paragraph(-1))
        a("next_paragraph", ["Alt+Down"], lambda: self.step_paragraph(+1))
        self.menu.addSeparator()
        a("from_cursor", ["Ctrl+Shift+Return"], self.read_from_cursor)
        a("selection", ["Ctrl+Shift+S"], self.read_selection)
        a("section", ["Ctrl+Shift+R"], self.read_section)
        a("card", ["Ctrl+Shift+M"], self.read_card)
        self.menu.addSeparator()
        # The toolbar's 声音, 慢, 快 and 读 go here (_bind_toolbar), then the reading modes.
        self._toolbar_anchor = self.menu.addSeparator()
        self.mode_group = QActionGroup(self.window)
        for mode in READING_MODES:
            action = a(f"mode_{mode}", (), lambda _on, mode=mode: self.set_reading_mode(mode), checkable=True)
            self.mode_group.addAction(action)
        a("point_paragraph", (), self.set_point_paragraph, checkable=True)
        self.menu.addSeparator()
        a("normal_speed", ["Ctrl+Alt+0"], lambda: self.set_rate(10))
        a("louder", ["Ctrl+Alt+Up"], lambda: self.step_volume(+1))
        a("quieter", ["Ctrl+Alt+Down"], lambda: self.step_volume(-1))
        self.voice_menu = self.menu.addMenu("")
        self.other_voices_menu = None  # made when the engine has voices in other languages
        self.voice_group = QActionGroup(self.window)
        self.voice_default = a("voice_default", (), lambda _on: self.set_voice(""), checkable=True,
                               menu=self.voice_menu)
        self.voice_group.addAction(self.voice_default)
        self.voice_actions: list[QAction] = []
        self.menu.addSeparator()
        a("highlight", (), self.set_highlight, checkable=True)
        self._sync_checks()

    def _texts(self) -> dict[str, tuple[str, str]]:
        """Each action's text and tip (its status tip; the tooltip is "text: tip")."""
        return {
            "play": (self.tr("&Play"), self.tr("Read from the reading cursor; pause and go on")),
            "stop": (self.tr("&Stop"), self.tr("Stop reading aloud")),
            "previous_sentence": (self.tr("Previous Sentence"), self.tr("Read the sentence before")),
            "next_sentence": (self.tr("Next Sentence"), self.tr("Read the next sentence")),
            "previous_paragraph": (self.tr("Previous Paragraph"), self.tr("Read the paragraph before")),
            "next_paragraph": (self.tr("Next Paragraph"), self.tr("Read the next paragraph")),
            "from_cursor": (self.tr("Read from the &Reading Cursor"),
                            self.tr("Read from the reading cursor to the end")),
            "selection": (self.tr("Read the Selec&tion"), self.tr("Read the selected text")),
            "section": (self.tr("Read the Curr&ent Section"), self.tr("Read the section the reading cursor is in")),
            "card": (self.tr("Read the &Document Card"),
                     self.tr("Read the catalogue card: index number, publisher, dates and document number")),
            "mode_continuous": (self.tr("&Continuous Reading (连读)"), self.tr("Sound on reads on to the end")),
            "mode_point": (self.tr("P&oint Reading (指读)"),
                           self.tr("Sound on reads what the pointer rests on, or where the keys move")),
            "point_paragraph": (self.tr("Point Reading Reads Whole P&aragraphs"),
                                self.tr("指读 reads the paragraph under the pointer, not only the sentence")),
            "normal_speed": (self.tr("&Normal Speed"), self.tr("Read at the usual speed (1.0x)")),
            "louder": (self.tr("&Louder"), self.tr("Read aloud more loudly")),
            "quieter": (self.tr("&Quieter"), self.tr("Read aloud more quietly")),
            "voice_default": (self.tr("Mandarin (Default)"), self.tr("The usual Mandarin voice")),
            "highlight": (self.tr("&Highlight While Reading"),
                          self.tr("Mark the sentence being read and keep it in view")),
        }

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Read Aloud"))
        self.voice_menu.setTitle(self.tr("&Voice"))
        if self.other_voices_menu is not None:
            self.other_voices_menu.setTitle(self.tr("&Other Languages"))
        for name, (text, tip) in self._texts().items():
            self._name(self.actions[name], text, tip)
        tip = self.tr("Save the reading of the document as a WAV sound file")
        self._name(self.export_action, self.tr("Export &Audio…"), tip, tooltip=tip)
        self._state_changed(self.state())  # Play or Pause
        for action in getattr(self, "toolbar_actions", {}).values():
            if not self._unavailable_reason or action.statusTip() != self._unavailable_reason:
                self._remember_tips(action)  # the toolbar's own tips, named again by the toolbar
        if self.service is not None and self._unavailable_reason:
            self._unavailable_reason = self.service.unavailable_reason() or self._unavailable_reason
        for action in self._speech_actions():
            if self._unavailable_reason or action.property("speech_tooltip") is not None:
                self._show_tips(action)
        self._name_export_dialog()

    def _name(self, action: QAction, text: str, tip: str, tooltip: str | None = None) -> None:
        action.setText(text)
        action.setProperty("speech_tip", tip)
        action.setProperty("speech_tooltip", tooltip or f"{plain(text)}: {tip}")

    @staticmethod
    def _remember_tips(action: QAction) -> None:
        """Keep an action's tips, to give back when speech becomes available (_show_tips)."""
        action.setProperty("speech_tip", action.statusTip())
        action.setProperty("speech_tooltip", action.toolTip())

    def _show_tips(self, action: QAction) -> None:
        """The action's own tips, or without an engine the reason (which says how to enable speech)."""
        if self._unavailable_reason:
            action.setToolTip(self._unavailable_reason)
            action.setStatusTip(self._unavailable_reason)
            return
        tip = action.property("speech_tip") or ""
        action.setStatusTip(tip)
        action.setToolTip(action.property("speech_tooltip"))  # set by _name or _remember_tips

    def _bind_toolbar(self) -> None:
        toolbar = self.toolbar
        if toolbar is None:
            return
        self.toolbar_actions = {name: toolbar.actions[name] for name in ("sound", "slower", "faster", "reading_mode")}
        toolbar.bind("sound", self.set_sound)
        toolbar.actions["sound"].setChecked(self.settings.get("speech_on"))
        toolbar.bind_command("slower", lambda: self.step_rate(-1))
        toolbar.bind_command("faster", lambda: self.step_rate(+1))
        toolbar.bind_command("reading_mode", self.cycle_reading_mode)
        toolbar.bind_command("play", self.play_pause)
        toolbar.bind_command("stop", self.stop)
        toolbar.show_playing("stopped")
        extra = {"slower": "Ctrl+Alt+-", "faster": "Ctrl+Alt+="}
        for name, action in self.toolbar_actions.items():
            if name in extra:
                action.setShortcuts(action.shortcuts() + [QKeySequence(extra[name])])
            self._remember_tips(action)
        self.menu.insertActions(self._toolbar_anchor, list(self.toolbar_actions.values()))

    def _insert_export_action(self) -> None:
        self.export_action = QAction(self.window)
        self.export_action.setObjectName("exportAudioAction")
        self.export_action.triggered.connect(self.choose_audio_file)
        self.actions["export"] = self.export_action
        menu = self.window.menuBar().actions()[0].menu()
        quit_action = getattr(self.window, "quit_action", None)
        actions = menu.actions()
        before = quit_action if quit_action in actions else None
        if before is not None:
            position = actions.index(before)
            if position and actions[position - 1].isSeparator():
                before = actions[position - 1]  # above the separator over Quit
        menu.insertAction(before, self.export_action)

    def _speech_actions(self) -> list[QAction]:
        actions = list(self.actions.values()) + self.voice_actions
        if self.toolbar is not None:
            actions += [self.toolbar.actions["play"]]
        return actions + list(getattr(self, "toolbar_actions", {}).values())

    def _sync_checks(self) -> None:
        self.actions[f"mode_{self.settings.get('reading_mode')}"].setChecked(True)
        self.actions["point_paragraph"].setChecked(self.settings.get("point_reading_unit") == "paragraph")
        self.actions["highlight"].setChecked(self.settings.get("highlight_reading"))
        voice = self.settings.get("speech_voice")
        chosen = next((action for action in self.voice_actions if action.data() == voice), self.voice_default)
        chosen.setChecked(True)

    # The service ------------------------------------------------------------
    def _warm_up(self) -> None:
        service = self.ensure_service()
        if service is not None and service.is_available() and self.settings.get("speech_on"):
            service.warm_up()

    def ensure_service(self):
        """The SpeechService, made on first need; None when speech is off for want of an engine."""
        if self.service is None:
            from ..speech.service import SpeechService

            service = SpeechService(self)
            self.service = service
            service.sentence_started.connect(self._sentence_started)
            service.finished.connect(self._finished)
            service.stopped.connect(self._stopped)
            service.state_changed.connect(self._state_changed)
            service.error.connect(self._error)
            service.available_changed.connect(self._available_changed)
            service.voices_changed.connect(self._fill_voices)
            service.set_rate(self.rate())
            service.set_volume(self.settings.get("speech_volume") / 100)
            if self.settings.get("speech_voice"):
                service.set_voice(self.settings.get("speech_voice"))
            if not service.is_available():
                self._set_unavailable(service.unavailable_reason())
        return self.service

    def _ready_service(self):
        """The service, or None (and the reason told) when there is no engine."""
        service = self.ensure_service()
        if not service.is_available() and self._unavailable_reason:
            self._say(self._unavailable_reason)
            return None
        return service

    def is_available(self) -> bool:
        return not self._unavailable_reason

    def _set_unavailable(self, reason: str) -> None:
        """No engine (or no player): every speech action off, saying how to enable speech."""
        self._unavailable_reason = reason
        for action in self._speech_actions():
            action.setEnabled(False)
            self._show_tips(action)
        if not self._told_unavailable:
            self._told_unavailable = True
            if self.window.message_bar.text():  # a message of its own (a load error) stays
                self.window.statusBar().showMessage(reason, 10000)
                announce(self.window, reason)
            else:
                self.window.message_bar.show_message(lambda: self._reason_now(reason))

    def _reason_now(self, reason: str) -> str:
        """Why speech is off, in the current language (the bar says it again after a switch)."""
        return (self.service.unavailable_reason() if self.service is not None else "") or reason

    def _available_changed(self, available: bool, reason: str) -> None:
        if available:
            if self._unavailable_reason:
                self._unavailable_reason = ""
                for action in self._speech_actions():
                    action.setEnabled(True)
                    self._show_tips(action)
        else:
            # The engine failed when it started: say why. Play stays usable, and tries a fresh one.
            self.window.message_bar.show_message(lambda: self._reason_now(reason))

    def _error(self, message: str) -> None:
        """The engine died, a sentence failed or the sound would not play: reading has stopped;
        the controls stay usable. A player's or the engine's own words go behind Details
        (core/speech_errors.py, the service's error_detail)."""
        self._end_reading()
        explained = explain_speech_error(message)
        if explained.translatable:
            sentence = lambda: QCoreApplication.translate(SPEECH_ERRORS, explained.message)  # noqa: E731
        else:
            sentence = lambda: explained.message  # noqa: E731
        detail = explained.detail or getattr(self.service, "error_detail", "")  # the engine's own words
        self.window.message_bar.show_message(sentence, details=detail)
        self.window.statusBar().showMessage(sentence(), 8000)

    def shutdown(self) -> None:
        self._point_timer.stop()
        self._key_timer.stop()
        if self.service is not None:
            self.service.shutdown()

    # Reading ----------------------------------------------------------------
    def state(self) -> str:
        return self.service.state() if self.service is not None else "stopped"

    def is_reading(self) -> bool:
        return self.state() != "stopped" and not self._confirming

    def play_pause(self) -> None:
        """Play: pause while reading, go on when paused, else read from the reading cursor."""
        state = self.state()
        if state == "playing" and not self._confirming:
            self.service.pause()
            self._confirm(self.tr("Paused"))
        elif state == "paused":
            self.service.resume()
        else:
            self.read_from_cursor()

    def pause(self) -> None:
        if self.state() == "playing":
            self.service.pause()

    def resume(self) -> None:
        if self.state() == "paused":
            self.service.resume()

    def stop(self) -> None:
        if self.service is not None:
            self.service.stop()
        self._end_reading()

    def read_from_cursor(self) -> bool:
        """连读: from the reading cursor on to the end of the document."""
        document = self.window.document
        if document is None or not document.sentences:
            return self._nothing()
        return self.read_sentences(range(self.reading.sentence, len(document.sentences)))

    def read_sentences(self, sentences, clip: tuple[int, int] | None = None) -> bool:
        """Read these sentence indices in order (``clip``: only that span of the text)."""
        service = self._ready_service()
        if service is None:
            return False
        if not len(sentences):
            return self._nothing()
        self._plan, self._plan_next, self._clip = sentences, 0, clip
        self._extra.clear()
        self._confirming = False
        return self._speak_next_chunk()

    def _speak_next_chunk(self) -> bool:
        while self._plan is not None and self._plan_next < len(self._plan):
            chunk = self._plan[self._plan_next:self._plan_next + CHUNK]
            self._plan_next += len(chunk)
            items = self._items(chunk)
            if items:
                return self.service.speak(items)
        self._plan = None
        return False

    def _items(self, sentences) -> list[tuple[int, str]]:
        document = self.window.document
        if self._clip is None:
            from ..speech.export import speech_items

            return speech_items(document, sentences)
        items = []
        for index in sentences:
            sentence = document.sentences[index]
            start, end = max(sentence.start, self._clip[0]), min(sentence.end, self._clip[1])
            text = _prepare(document.text[start:end]).strip() if start < end else ""
            if text:
                items.append((index, text))
        return items

    def _read_extra(self, lines: list[str]) -> bool:
        """Read lines that are not sentences of the text (the card, a line of it)."""
        service = self._ready_service()
        if service is None:
            return False
        lines = [line for line in lines if line.strip()]
        if not lines:
            return self._nothing()
        self._plan, self._clip, self._confirming = None, None, False
        self._extra = {-1 - number: line for number, line in enumerate(lines)}
        return service.speak([(index, _prepare(line)) for index, line in self._extra.items()])

    def read_selection(self) -> bool:
        view = self.window.view
        cursor = view.textCursor()
        if not cursor.hasSelection():
            self._say(self.tr("Select some text to read first."))
            return False
        first, last = cursor.selectionStart(), cursor.selectionEnd()
        document, navigator = self.window.document, self.reading.navigator
        if document is None or navigator is None or not document.sentences:
            return self._read_extra([cursor.selectedText().replace("\u2029", "\n")])
        body = view.block_position(0) if document.blocks else 0
        if last <= body:  # all in the catalogue card
            return self._read_extra([cursor.selectedText().replace("\u2029", "\n")])
        start, end = view.view_to_model(max(first, body)), view.view_to_model(last)
        if end <= start:
            return self._nothing()
        sentences = range(navigator.sentence_at(start), navigator.sentence_at(max(end - 1, start)) + 1)
        return self.read_sentences(sentences, clip=(start, end))

    def read_section(self) -> bool:
        document, navigator = self.window.document, self.reading.navigator
        if document is None or navigator is None or not document.sentences:
            return self._nothing()
        from ..speech.export import section_sentences

        heading = navigator.current_heading(self.reading.sentence)
        if heading is None:  # before the first heading: up to it
            first = next(iter(document.headings()), None)
            end = navigator.first_sentence(first.block) if first is not None else None
            sentences = range(0, end if end is not None else len(document.sentences))
        else:
            sentences = section_sentences(document, heading)
        return self.read_sentences(sentences)

    def card_lines(self) -> list[str]:
        from .text_writing import card_rows

        document = self.window.document
        if document is None or document.metadata.is_empty():
            return []
        return [label + value for label, value in card_rows(document, filled_only=True)]

    def read_card(self) -> bool:
        lines = self.card_lines()
        if not lines:
            self._say(self.tr("This document has no catalogue card."))
            return False
        return self._read_extra(lines)

    def _nothing(self) -> bool:
        self._say(self.tr("Nothing to read here."))
        return False

    # Moving while reading ---------------------------------------------------
    def _current(self) -> int:
        index = self.service.current_index() if self.service is not None else None
        return index if index is not None and index >= 0 else self.reading.sentence

    def step_sentence(self, step: int) -> None:
        document = self.window.document
        if document is None or not document.sentences:
            return
        target = self._current() + step
        if not 0 <= target < len(document.sentences):
            self._say(self.tr("Nothing further in that direction"))
            return
        self._go_to(target, document.sentences[target].block)

    def step_paragraph(self, step: int) -> None:
        navigator = self.reading.navigator
        if navigator is None or not navigator.document.sentences:
            return
        current = self._current()
        target = navigator.next_paragraph(current) if step > 0 else navigator.previous_paragraph(current)
        if target is None:
            self._say(self.tr("Nothing further in that direction"))
            return
        self._go_to(target, navigator.block_of(target), paragraph=True)

    def _go_to(self, target: int, block: int, paragraph: bool = False) -> None:
        """While reading: read on from ``target``. Else move there and read that sentence (paragraph)."""
        if self.is_reading() and self._plan is not None and target in self._plan:
            plan = self._plan
            position = plan.index(target)
            self._plan, self._plan_next = plan, position
            self._speak_next_chunk()
            return
        if self.is_reading():  # outside what was being read: read on to the end from there
            self.read_sentences(range(target, len(self.window.document.sentences)))
            return
        self._move_cursor(target)
        self.read_sentences(self._unit(target, paragraph))

    def _unit(self, sentence: int, paragraph: bool) -> list[int]:
        """The sentence, or the sentences of its paragraph from it on."""
        if not paragraph:
            return [sentence]
        document = self.window.document
        block = document.sentences[sentence].block
        unit = [sentence]
        while unit[-1] + 1 < len(document.sentences) and document.sentences[unit[-1] + 1].block == block:
            unit.append(unit[-1] + 1)
        return unit

    def _move_cursor(self, sentence: int) -> None:
        self._moving_cursor = True
        try:
            if self.settings.get("highlight_reading"):
                self.reading.move_to(sentence, announcement="")
            else:
                self.reading.keep_place(sentence)
        finally:
            self._moving_cursor = False

    # Following the service --------------------------------------------------
    def _sentence_started(self, index: int) -> None:
        caption = self.window.caption_bar
        if index < 0:
            text = self._extra.get(index)
            if text and not self._confirming:
                caption.show_spoken(text)
            return
        document = self.window.document
        if document is None or index >= len(document.sentences):
            return
        self._move_cursor(index)
        self.status.show_sentence(index)
        sentence = document.sentences[index]
        start, end = sentence.start, sentence.end
        if self._clip is not None:
            start, end = max(start, self._clip[0]), min(end, self._clip[1])
        caption.show_spoken(document.text[start:end].strip())

    def _finished(self) -> None:
        if self._plan is not None and self._plan_next < len(self._plan):
            self._speak_next_chunk()  # the next chunk of a long reading
            return
        self._end_reading()

    def _stopped(self) -> None:
        self._end_reading()

    def _end_reading(self) -> None:
        self._plan, self._clip, self._confirming = None, None, False
        self._extra.clear()
        self.window.caption_bar.show_spoken(None)

    def _state_changed(self, state: str) -> None:
        playing = state == "playing" and not self._confirming
        self.actions["play"].setText(self.tr("&Pause") if playing else self.tr("&Play"))
        if self._confirming and state != "stopped":
            return  # a spoken confirmation ("声音已开启") is no reading
        if self.toolbar is not None:
            self.toolbar.show_playing(state)
        self.status.show_state(state)

    # Settings ---------------------------------------------------------------
    def rate(self) -> float:
        return self.settings.get("speech_rate") / 10

    def set_sound(self, on: bool) -> None:
        """声音 (the toolbar calls this, then confirms): on in 连读 mode reads from the reading cursor."""
        self.settings.set("speech_on", bool(on))
        if not on:
            self._point_timer.stop()
            self._key_timer.stop()
            self.stop()
        elif self.settings.get("reading_mode") == "continuous":
            self.read_from_cursor()
        else:
            service = self.ensure_service()
            if service.is_available():
                service.warm_up()

    def sound_on(self) -> bool:
        return self.settings.get("speech_on")

    def set_rate(self, tenths: int) -> None:
        tenths = min(max(int(tenths), SPEECH_RATE_MIN), SPEECH_RATE_MAX)
        self.settings.set("speech_rate", tenths)
        if self.service is not None:
            self.service.set_rate(tenths / 10)
        if tenths == SPEECH_RATE_MIN:
            text = self.tr("Speed {rate}x (slowest)")
        elif tenths == SPEECH_RATE_MAX:
            text = self.tr("Speed {rate}x (fastest)")
        else:
            text = self.tr("Speed {rate}x")
        self._confirm(text.format(rate=f"{tenths / 10:.1f}"))

    def step_rate(self, step: int) -> None:
        self.set_rate(self.settings.get("speech_rate") + step)

    def step_volume(self, step: int) -> None:
        volume = min(max(self.settings.get("speech_volume") + step * VOLUME_STEP, 0), 100)
        self.settings.set("speech_volume", volume)
        if self.service is not None:
            self.service.set_volume(volume / 100)
        if volume >= 100:
            text = self.tr("Volume {percent}% (the loudest)")
        elif volume <= 0:
            text = self.tr("Volume {percent}% (the quietest)")
        else:
            text = self.tr("Volume {percent}%")
        self._confirm(text.format(percent=volume))

    def set_reading_mode(self, mode: str) -> None:
        self.settings.set("reading_mode", mode)
        self._sync_checks()
        if mode == "continuous":
            self._point_timer.stop()
            self._key_timer.stop()
        self._confirm(self.tr("Reading mode: {mode}").format(mode=self.mode_name(mode)))

    def mode_name(self, mode: str) -> str:
        return self.tr("point reading (指读)") if mode == "point" else self.tr("continuous reading (连读)")

    def cycle_reading_mode(self) -> None:
        """读 (Alt+Shift+8): 连读 ↔ 指读."""
        current = self.settings.get("reading_mode")
        self.set_reading_mode(READING_MODES[(READING_MODES.index(current) + 1) % len(READING_MODES)])

    def set_point_paragraph(self, on: bool) -> None:
        self.settings.set("point_reading_unit", "paragraph" if on else "sentence")
        self._confirm(plain(self.actions["point_paragraph"].text()), on)

    def set_highlight(self, on: bool) -> None:
        self.settings.set("highlight_reading", bool(on))
        self._confirm(plain(self.actions["highlight"].text()), on)

    def set_voice(self, voice: str) -> None:
        self.settings.set("speech_voice", voice or "")
        if self.service is not None:
            self.service.set_voice(voice or None)
        chosen = next((action for action in self.voice_actions if action.data() == voice), self.voice_default)
        chosen.setChecked(True)
        self._confirm(self.tr("Voice: {name}").format(name=plain(chosen.text())))

    def _fill_voices(self, voices: list) -> None:
        """The Voice menu: Mandarin (the default) first, the other Chinese voices, then the rest."""
        for action in self.voice_actions:
            self.voice_group.removeAction(action)
            action.deleteLater()
        self.voice_actions = []
        self.voice_menu.clear()
        self.other_voices_menu = None
        self.voice_menu.addAction(self.voice_default)
        chinese = [v for v in voices if any(lang.split("-")[0] in CHINESE_LANGUAGES for lang in v.get("languages", []))]
        others = [v for v in voices if v not in chinese]
        if chinese:
            self.voice_menu.addSeparator()
        for voice in chinese:
            self.voice_menu.addAction(self._voice_action(voice))
        if others:
            self.other_voices_menu = self.voice_menu.addMenu(self.tr("&Other Languages"))
            for voice in sorted(others, key=lambda v: v.get("name", "")):
                self.other_voices_menu.addAction(self._voice_action(voice))
        self._sync_checks()

    def _voice_action(self, voice: dict) -> QAction:
        action = QAction(voice.get("name") or voice["id"], self.window)
        action.setProperty("engine_text", True)  # the engine's own name for the voice: not ours to translate
        action.setData(voice["id"])
        action.setCheckable(True)
        action.setEnabled(self.is_available())
        action.triggered.connect(lambda _on=False, voice_id=voice["id"]: self.set_voice(voice_id))
        self.voice_group.addAction(action)
        self.voice_actions.append(action)
        return action

    # Confirmations ----------------------------------------------------------
    def _confirm(self, text: str, on: bool | None = None) -> None:
        if self.toolbar is not None:
            self.toolbar.confirm(text, on)
        else:
            self._say(text)

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 5000)
        announce(self.window, text)

    def speak_confirmation(self, text: str) -> bool:
        """Say a short confirmation aloud, when sound is on and nothing is being read."""
        if not self.sound_on() or not text or self.is_reading():
            return False
        service = self.ensure_service()
        if not service.is_available() and self._unavailable_reason:
            return False
        self._plan, self._clip = None, None
        self._extra = {-1: text}
        self._confirming = True
        return service.speak([(-1, _prepare(text))])

    # 指读 -------------------------------------------------------------------
    def point_reading(self) -> bool:
        return self.sound_on() and self.settings.get("reading_mode") == "point" and self.is_available()

    def _document_shown(self, document) -> None:
        if self._document is not None and self.state() != "stopped":
            self.stop()
        self._document = document
        self._pointed = None

    def _cursor_moved(self, sentence: int) -> None:
        if self._moving_cursor or self.reading.document is not self._document:
            return  # moved by the reading itself, or a new document
        if self.point_reading():
            self._key_timer.start()

    def _cursor_rested(self) -> None:
        if not self.point_reading() or self.window.document is None:
            return
        sentence = self.reading.sentence
        if self.is_reading() and self.service.current_index() == sentence:
            return
        self._pointed = sentence
        self.read_sentences(self._unit(sentence, self.settings.get("point_reading_unit") == "paragraph"))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if watched is self.window:
            if kind == QEvent.Type.Close:
                self.shutdown()
            return False
        if kind == QEvent.Type.MouseMove:
            if self.point_reading():
                self._pointer_pos = event.position().toPoint()
                self._point_timer.start()
        elif kind == QEvent.Type.Leave:
            self._point_timer.stop()
            self._pointer_pos = None
        return False

    def sentence_at(self, point: QPoint):
        """What the pointer at a viewport point is on: a sentence index, a card line (str), or None."""
        return self.window.view.pointed_at(point, self.reading.navigator)

    def _pointer_rested(self) -> None:
        if self._pointer_pos is None or not self.point_reading():
            return
        target = self.sentence_at(self._pointer_pos)
        if target is None or target == self._pointed:
            return
        self._pointed = target
        if isinstance(target, str):
            self._read_extra([target])
        else:
            self.read_sentences(self._unit(target, self.settings.get("point_reading_unit") == "paragraph"))

    # Export audio -----------------------------------------------------------
    def choose_audio_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        document = self.window.document
        if document is None:
            self._say(self.tr("Open a document first."))
            return
        from .file_dialogs import dialog_options, start_folder

        path = self.window.current_path
        start = str(start_folder(self.window) / (f"{path.stem}.wav" if path else f"{document.title or 'document'}.wav"))
        chosen, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export Audio"), start,
                                                self.tr("WAV sound (*.wav)"), **dialog_options(self.window))
        if chosen:
            if not chosen.lower().endswith(".wav"):
                chosen += ".wav"
            self.export_audio(chosen)

    def export_audio(self, path: str, sentences=None) -> bool:
        """Write the reading to ``path`` in a thread, with a progress dialog that can cancel it."""
        from PySide6.QtWidgets import QProgressDialog

        document = self.window.document
        if document is None or self.is_exporting():
            return False
        if self._unavailable_reason:
            self._say(self._unavailable_reason)
            return False
        from .output_target import refuse_output

        if refuse_output(self.window, path):  # the document itself, a link, a FIFO, a device
            return False
        self.export_cancel = threading.Event()
        dialog = QProgressDialog(self.window)
        dialog.setRange(0, 0)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.export_cancel.set)
        self.export_dialog = dialog
        self._export_count = None
        self._name_export_dialog()
        relay = _ExportRelay(self)
        relay.progress.connect(self._export_progress)
        relay.done.connect(self._export_done)
        self._export_relay = relay
        self._export_path = path
        settings = dict(rate=self.rate(), voice=self.settings.get("speech_voice") or None,
                        volume=self.settings.get("speech_volume") / 100)
        voices = self.service.voices() if self.service is not None else []
        if settings["voice"] and voices and settings["voice"] not in {v["id"] for v in voices}:
            settings["voice"] = None
        cancel = self.export_cancel

        def work():
            from ..speech.export import export_audio

            def progress(done, total):
                try:
                    relay.progress.emit(done, total)
                except RuntimeError:
                    pass

            try:
                result, error = export_audio(document, sentences, path, progress, cancel, **settings), None
            except Exception as caught:  # noqa: BLE001 - every failure is told in the window
                result, error = None, caught
            try:
                relay.done.emit(result, error)
            except RuntimeError:
                pass

        self._export_thread = threading.Thread(target=work, name="export-audio", daemon=True)
        self._export_thread.start()
        dialog.show()
        return True

    def is_exporting(self) -> bool:
        return self._export_thread is not None and self._export_thread.is_alive()

    def _export_progress(self, done: int, total: int) -> None:
        dialog = self.export_dialog
        if dialog is not None:
            dialog.setMaximum(total)
            dialog.setValue(done)
            self._export_count = (done, total)
            self._name_export_dialog()

    def _name_export_dialog(self) -> None:
        """The export progress dialog's texts (while it is open, in the language of the moment)."""
        dialog = self.export_dialog
        if dialog is None:
            return
        dialog.setWindowTitle(self.tr("Export Audio"))
        dialog.setAccessibleName(self.tr("Export Audio"))
        dialog.setCancelButtonText(self.tr("Cancel"))
        if self._export_count is None:
            dialog.setLabelText(self.tr("Exporting audio…"))
        else:
            done, total = self._export_count
            dialog.setLabelText(self.tr("Exporting audio: sentence {done} of {total}").format(done=done, total=total))

    def _export_done(self, result, error) -> None:
        from ..speech.export import ExportCancelled

        dialog, self.export_dialog = self.export_dialog, None
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()
        self._export_thread = None
        if error is None:
            seconds = round(result.duration_ms / 1000)
            text = self.tr("Audio saved: {path} ({minutes}:{seconds:02d})").format(
                path=result.path, minutes=seconds // 60, seconds=seconds % 60)
            self._say(text)
        elif isinstance(error, ExportCancelled):
            self._say(self.tr("Audio export cancelled"))
        else:
            reason = getattr(error, "reason", None)
            if reason:  # EngineUnavailable: its message says how to enable speech
                from PySide6.QtCore import QCoreApplication

                detail = getattr(error, "detail", "")
                text = QCoreApplication.translate("Speech", reason)
                message = text.format(detail=detail) if "{detail}" in text else text
            else:
                message = str(error)
            message = self.tr("The audio could not be exported: {reason}").format(reason=message)
            self.window.message_bar.show_message(message)
            self.window.statusBar().showMessage(message, 8000)
        self.export_finished = (result, error)


def install_read_aloud(window) -> ReadAloud:
    """The Read Aloud menu, the toolbar's speech tools and File > Export Audio for a main window."""
    return ReadAloud(window)
