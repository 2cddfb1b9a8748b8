"""Read aloud for one window: its parts, and the speech service they share.

The speech itself is ``reader.speech.service.SpeechService`` (the engine runs in a worker
process; nothing here loads pyttsx3). The service is made a second after start-up, once no
document is loading (the loader, offered as "loader"), off the way to the first window, or at
the first Play if sooner; that tells whether speech is there. Without an engine every speech
action is disabled, its tooltip and status tip say how to enable speech, and the message bar
says so once. Read aloud lends its voice to ``session.feedback`` for spoken confirmations.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

from ...core.settings import ReadingMode
from ..language import follow_language
from .action_tips import has_tips, remember_tips, show_tips
from .audio_export import AudioExport
from .menu import ReadAloudMenu

WARM_UP_DELAY_MS = 1000  # the service is made this long after start-up


class ReadAloud(QObject):
    def __init__(self, session):
        super().__init__(session.window)
        self.session = session
        self.settings = session.settings
        self.feedback = session.feedback
        self.service = None
        self._unavailable_reason = ""
        self._told_unavailable = False
        self._transport = None  # the reading's parts (transport, tuning, point reading, status): see _build_parts
        self.controls = ReadAloudMenu(self)
        self.voices = self.controls.voices
        self.audio_export = AudioExport(self)
        self.menu, self.actions = self.controls.menu, self.controls.actions
        session.setting_changed.connect(self._setting_changed)
        session.when_provided("toolbar", self._bind_toolbar)
        self._ending_with_window = False  # see _end_with_window
        self.feedback.lend_voice(self._speak_confirmation)
        follow_language(self.retranslate)
        if self._points():  # 指读 with sound on, restored: the pointer reads from the first moment
            self._build_parts()
        QTimer.singleShot(WARM_UP_DELAY_MS, self, lambda: session.when_provided(
            "loader", lambda loader: loader.when_idle(self._warm_up)))

    # The reading's parts, built on first use ----------------------------------------
    # The menu, its shortcuts and the toolbar's tools are there from the start; what reads (and
    # its modules) is built with the service (the warm-up a second after start-up, or the first
    # command if sooner), by the first spoken confirmation, or at once when 指读 with sound on is
    # restored.
    def _build_parts(self) -> None:
        if self._transport is not None:
            return
        self._end_with_window()
        from .point_reading import PointReading
        from .status import ReadingStatus
        from .transport import Transport
        from .tuning import Tuning

        self._status = ReadingStatus(self.session)  # "正在朗读 (二) 第 3 句" in the status bar and the caption bar
        self._transport = transport = Transport(self)
        self._tuning = Tuning(self, transport)
        self._point_reading = PointReading(self, transport)
        transport.shown_state.connect(self._show_state)
        transport.sentence_read.connect(self._status.show_sentence)

    @property
    def transport(self):
        self._build_parts()
        return self._transport

    @property
    def tuning(self):
        self._build_parts()
        return self._tuning

    @property
    def point_reading(self):
        self._build_parts()
        return self._point_reading

    @property
    def status(self):
        self._build_parts()
        return self._status

    def _points(self) -> bool:
        """指读 with sound on: the pointer and the keys read without a command."""
        return bool(self.settings.get("speech_on")) and self.settings.get("reading_mode") == ReadingMode.POINT

    def _speak_confirmation(self, text: str) -> bool:
        """Feedback's voice: nothing to build while sound is off (transport.speak_confirmation)."""
        if not self.settings.get("speech_on"):
            return False
        return self.transport.speak_confirmation(text)

    # The commands most used, by name ------------------------------------------
    def play_pause(self) -> None:
        self.transport.play_pause()

    def stop(self) -> None:
        if self._transport is not None:  # (nothing was read before it was built)
            self._transport.stop()

    def read_sentences(self, sentences, clip=None) -> bool:
        return self.transport.read_sentences(sentences, clip)

    def read_from_cursor(self) -> bool:
        return self.transport.read_from_cursor()

    def state(self) -> str:
        return self._transport.state() if self._transport is not None else "stopped"

    def is_reading(self) -> bool:
        return self._transport is not None and self._transport.is_reading()

    def choose_audio_file(self) -> None:
        self.audio_export.choose_file()

    # The service --------------------------------------------------------------
    def _warm_up(self) -> None:
        service = self.ensure_service()
        if service.is_available() and self.settings.get("speech_on"):
            service.warm_up()

    def ensure_service(self):
        """The SpeechService, made on first need (without an engine it says why it is not there)."""
        if self.service is None:
            from ...speech.service import SpeechService

            self._end_with_window()
            self.service = service = SpeechService(self)
            self.transport.follow(service)  # (the parts are built with the service: the warm-up)
            service.error.connect(self._error)
            service.available_changed.connect(self._available_changed)
            service.voices_changed.connect(self.voices.fill)
            service.set_rate(self.settings.get("speech_rate") / 10)
            service.set_volume(self.settings.get("speech_volume") / 100)
            if self.settings.get("speech_voice"):
                service.set_voice(self.settings.get("speech_voice"))
            if not service.is_available():
                self._set_unavailable(service.unavailable_reason())
        return self.service

    def ready_service(self):
        """The service, or None (and the reason told) when there is no engine."""
        service = self.ensure_service()
        if not service.is_available() and self._unavailable_reason:
            self.feedback.say(self._unavailable_reason)
            return None
        return service

    def _setting_changed(self, name: str, value) -> None:
        """The service reads as the settings say, however they changed."""
        if name in ("speech_on", "reading_mode") and self._points():
            self._build_parts()  # 指读 is on, however it was set
        if self.service is None:
            return  # made with the settings of the moment
        if name == "speech_rate":
            self.service.set_rate(value / 10)
        elif name == "speech_volume":
            self.service.set_volume(value / 100)
        elif name == "speech_voice":
            self.service.set_voice(value or None)

    def shutdown(self) -> None:
        if self._transport is not None:
            self._point_reading.stop()
        if self.service is not None:
            self.service.shutdown()

    def _end_with_window(self) -> None:
        """Closing the window ends the worker and the reading: watched once there are some (a filter
        in Python from the start would see every event of the window's building and showing)."""
        if not self._ending_with_window:
            self._ending_with_window = True
            self.session.window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self.session.window and event.type() == QEvent.Type.Close:
            self.shutdown()
        return False

    # Whether speech is there ----------------------------------------------------
    def is_available(self) -> bool:
        return not self._unavailable_reason

    def unavailable_reason(self) -> str:
        """Why speech is off (how to enable it), or "" when it is there."""
        return self._unavailable_reason

    def speech_actions(self) -> list:
        """Every action that needs a speech engine (disabled without one)."""
        exporting = [self.audio_export.action] if self.audio_export.action is not None else []
        return self.controls.speech_actions() + exporting

    def show_availability(self, actions) -> None:
        """Speech actions on with their own tips, or, without an engine, off saying why."""
        reason = self._unavailable_reason
        for action in actions:
            action.setEnabled(not reason)
            show_tips(action, reason)

    def _set_unavailable(self, reason: str) -> None:
        """No engine (or no player): every speech action off, saying how to enable speech."""
        self._unavailable_reason = reason
        self.show_availability(self.speech_actions())
        if not self._told_unavailable:
            self._told_unavailable = True
            if self.feedback.message_bar.text():  # a message of its own (a load error) stays
                self.feedback.say(reason)
            else:
                self.feedback.warn(lambda: self._reason_now(reason))

    def _reason_now(self, reason: str) -> str:
        """Why speech is off, in the current language (the bar says it again after a switch)."""
        return (self.service.unavailable_reason() if self.service is not None else "") or reason

    def _available_changed(self, available: bool, reason: str) -> None:
        if available:
            if self._unavailable_reason:
                self._unavailable_reason = ""
                self.show_availability(self.speech_actions())
        else:
            # The engine failed when it started: say why. Play stays usable, and tries a fresh one.
            self.feedback.error(lambda: self._reason_now(reason))

    def _error(self, message: str) -> None:
        """The engine died, a sentence failed or the sound would not play: reading has stopped;
        the controls stay usable. A player's or the engine's own words go behind Details
        (core/speech_errors.py, the service's error_detail)."""
        from ...core.speech_errors import CONTEXT as SPEECH_ERRORS
        from ...core.speech_errors import explain as explain_speech_error

        self.transport.end_reading()
        explained = explain_speech_error(message)
        if explained.translatable:
            sentence = lambda: QCoreApplication.translate(SPEECH_ERRORS, explained.message)  # noqa: E731
        else:
            sentence = lambda: explained.message  # noqa: E731
        detail = explained.detail or getattr(self.service, "error_detail", "")  # the engine's own words
        self.feedback.error(sentence, details=detail)

    # The toolbar, the state shown, the language ----------------------------------------
    def _bind_toolbar(self, toolbar) -> None:
        self.controls.bind_toolbar(toolbar)
        if self._unavailable_reason:
            self._set_unavailable(self._unavailable_reason)

    def _show_state(self, state: str) -> None:
        self.controls.show_state(state)
        self._status.show_state(state)

    def retranslate(self) -> None:
        self.controls.retranslate()
        self.audio_export.retranslate()
        reason = self._unavailable_reason
        for action in self.controls.toolbar_actions.values():
            if not reason or action.statusTip() != reason:
                remember_tips(action)  # the toolbar's own tips, named again by the toolbar
        if self.service is not None and reason:
            reason = self._unavailable_reason = self.service.unavailable_reason() or reason
        for action in self.speech_actions():
            if reason or has_tips(action):
                show_tips(action, reason)
