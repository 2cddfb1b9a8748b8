"""SpeechService: reading sentences aloud without ever freezing or crashing the window.

QtCore only. The engine runs in a worker process (``reader.speech.worker``) that
writes one WAV per sentence; a player process plays it. The sentence after the
current one is synthesized while the current one plays, so the next starts at
once. ``stop()`` and ``pause()`` kill the player's process group. If the worker
dies, ``error`` is emitted, reading stops, and the next ``speak()`` starts a fresh
worker.

Binding (the window does this):
    service.available_changed(bool, reason) → enable the speech controls, or disable
        them with ``reason`` (translated, says how to enable speech) as their tooltip.
    Play: ``resume()`` when ``state() == 'paused'``, else ``speak(items)`` from the cursor.
    Pause: ``pause()``. Stop: ``stop()``. Rate slider: ``set_rate(0.5–3.0)``.
    Voice picker: fill from ``voices()`` / ``voices_changed``; ``set_voice(id)``.
    ``sentence_started(index)`` → highlight and caption that sentence.
    ``error(message)`` → a message bar; the controls stay usable.
"""
from __future__ import annotations

import itertools
import os
import shutil
import tempfile
import time

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal

from .client import WorkerProcess, _exit_detail
from .engine_loader import (
    MESSAGE_ENGINE_DIED,
    MESSAGE_SYNTHESIS_FAILED,
    REASON_ENGINE_FAILED,
    REASON_NO_PLAYER,
    quick_check,
)
from .players import default_player

from .voices import MAX_RATE, MIN_RATE, rate_to_wpm

STOPPED, PLAYING, PAUSED = "stopped", "playing", "paused"
LOOKAHEAD = 1  # sentences synthesized ahead of the one playing


def _tr(text: str, detail: str = "") -> str:
    translated = QCoreApplication.translate("Speech", text)
    return translated.format(detail=detail) if "{detail}" in translated else translated


class _Relay(QObject):
    """Carries events from the worker's and the player's threads to the service's thread.

    Those threads hold this child of the service, never the service itself: the last
    reference to a QObject dropped in another thread would destroy it there (its timer
    with it), which crashes. When the service is gone, emitting raises RuntimeError.
    """

    worker_event = Signal(object, object)  # (worker, event)
    player_done = Signal(int, bool, str)  # (token, ok, message)


class SpeechService(QObject):
    sentence_started = Signal(int)  # the item's index (as given to speak), as its audio starts
    sentence_finished = Signal(int)  # ... when its audio has played to the end
    finished = Signal()  # the last item has been read
    stopped = Signal()  # stop() ended a reading
    state_changed = Signal(str)  # 'stopped', 'playing', 'paused'
    error = Signal(str)  # translated message; reading has stopped (its technical words: error_detail)
    available_changed = Signal(bool, str)  # available, translated reason when not
    voices_changed = Signal(list)  # [{"id", "name", "languages"}] once the engine has started

    def __init__(self, parent: QObject | None = None, player=None, worker_command: list[str] | None = None,
                 worker_env: dict[str, str] | None = None, synthesis_timeout_s: float = 20.0):
        super().__init__(parent)
        self._relay = _Relay(self)
        self._relay.worker_event.connect(self._on_worker_event, Qt.ConnectionType.QueuedConnection)
        self._relay.player_done.connect(self._on_player_done, Qt.ConnectionType.QueuedConnection)
        available, reason = quick_check()
        self._player = player if player is not None else default_player()
        if available and self._player is None:
            available, reason = False, REASON_NO_PLAYER
        self._available, self._reason, self._reason_detail = available, reason, ""
        self.error_detail = ""  # the technical words of the last error reported
        self._worker_command, self._worker_env = worker_command, worker_env
        self._worker: WorkerProcess | None = None
        self._worker_ready = False
        self._voices: list[dict] = []
        self._default_voice: str | None = None
        self._voice: str | None = None
        self._rate, self._volume = 1.0, 1.0
        self._state = STOPPED
        self._items: list[tuple[int, str]] = []
        self._pos = 0  # position in _items of the sentence playing, paused or next
        self._ready: dict[int, tuple[str, int]] = {}  # position → (wav path, duration ms)
        self._pending: dict[int, int] = {}  # position → request id, for the current reading and settings
        self._requests: dict[int, tuple[int, int, int]] = {}  # request id → (generation, settings, position)
        self._generation = 0  # a new reading, or stop: answers for older ones are dropped
        self._settings_version = 0  # rate, voice or volume changed: synthesized audio is stale
        self._ids = itertools.count(1)
        self._play_token = 0
        self._playing: int | None = None  # position whose audio is playing
        self._folder = tempfile.mkdtemp(prefix="reader-speech-")
        self._timeout = QTimer(self, singleShot=True, interval=int(synthesis_timeout_s * 1000))
        self._timeout.timeout.connect(self._on_synthesis_timeout)
        self.last_play_started = 0.0  # perf_counter() when the latest sentence's player started
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    # --- queries ---------------------------------------------------------------------

    def is_available(self) -> bool:
        return self._available

    def unavailable_reason(self) -> str:
        """Why speech is off, translated; empty when it is available."""
        return "" if self._available else _tr(self._reason, self._reason_detail)

    def state(self) -> str:
        return self._state

    def voices(self) -> list[dict]:
        return list(self._voices)

    def voice(self) -> str | None:
        return self._voice or self._default_voice

    def rate(self) -> float:
        return self._rate

    def volume(self) -> float:
        return self._volume

    def current_index(self) -> int | None:
        """The index of the sentence playing or paused, else None."""
        if self._state == STOPPED or self._pos >= len(self._items):
            return None
        return self._items[self._pos][0]

    def worker_pid(self) -> int | None:
        return self._worker.pid if self._worker and self._worker.is_running() else None

    @property
    def player(self):
        return self._player

    # --- commands --------------------------------------------------------------------

    def warm_up(self) -> None:
        """Start the engine now (it lists the voices), so that the first Play is quick."""
        if self._available:
            self._ensure_worker()

    def speak(self, items: list[tuple[int, str]]) -> bool:
        """Read ``items`` — (index, text for the ear) — from the first. False when speech is off."""
        if not self._available and self._reason == REASON_ENGINE_FAILED:
            self._available = True  # the engine failed to start: each Play tries a fresh one
        if not self._available:
            self._report(self.unavailable_reason())
            return False
        self._halt()
        self._items = [(index, text) for index, text in items if text and text.strip()]
        if not self._items:
            self._set_state(STOPPED)
            self.finished.emit()
            return True
        self._set_state(PLAYING)
        self._advance()
        return True

    def pause(self) -> None:
        """Silence the sentence playing; resume() reads it again from its start."""
        if self._state != PLAYING:
            return
        self._stop_player()
        self._set_state(PAUSED)

    def resume(self) -> None:
        if self._state != PAUSED:
            return
        self._set_state(PLAYING)
        self._advance()

    def toggle_pause(self) -> None:
        if self._state == PLAYING:
            self.pause()
        elif self._state == PAUSED:
            self.resume()

    def stop(self) -> None:
        if self._state == STOPPED and not self._items:
            return
        self._halt()
        self._set_state(STOPPED)
        self.stopped.emit()

    def set_rate(self, rate: float) -> None:
        """1.0 is espeak-ng's usual 175 words a minute; 0.5 to 3.0."""
        rate = min(max(float(rate), MIN_RATE), MAX_RATE)
        if rate != self._rate:
            self._rate = rate
            self._settings_changed()

    def set_volume(self, volume: float) -> None:
        volume = min(max(float(volume), 0.0), 1.0)
        if volume != self._volume:
            self._volume = volume
            self._settings_changed()

    def set_voice(self, voice_id: str | None) -> bool:
        """Choose a voice from voices() (None: the Mandarin default); False if it is unknown."""
        if voice_id is not None and self._voices and voice_id not in {v["id"] for v in self._voices}:
            return False
        if voice_id != self._voice:
            self._voice = voice_id
            self._settings_changed()
        return True

    def shutdown(self) -> None:
        """Stop, end the worker and remove the temporary audio. Called at application exit."""
        self._halt()
        self._state = STOPPED
        worker, self._worker = self._worker, None
        self._worker_ready = False
        if worker is not None:
            worker.quit(0.5)
        shutil.rmtree(self._folder, ignore_errors=True)

    # --- the reading -----------------------------------------------------------------

    def _set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self.state_changed.emit(state)

    def _stop_player(self) -> None:
        self._play_token += 1
        self._playing = None
        if self._player is not None:
            self._player.stop()

    def _halt(self) -> None:
        """End the reading without signals: audio, queued answers and files go."""
        self._stop_player()
        self._generation += 1
        self._items, self._pos = [], 0
        self._pending.clear()
        self._drop_audio()

    def _drop_audio(self, keep: int | None = None) -> None:
        for position in [p for p in self._ready if p != keep]:
            _remove(self._ready.pop(position)[0])

    def _settings_changed(self) -> None:
        """Audio made with the old settings is stale, except the sentence playing now."""
        self._settings_version += 1
        self._pending.clear()
        self._drop_audio(keep=self._playing)
        if self._state == PLAYING:
            self._advance()

    def _advance(self) -> None:
        """Play the current sentence if its audio is ready, and ask for what is missing."""
        if self._state != PLAYING:
            return
        if self._playing is None and self._pos in self._ready:
            self._play_current()
            return  # _play_current asks for the next one
        self._request_missing()

    def _request_missing(self) -> None:
        wanted = range(self._pos, min(self._pos + 1 + LOOKAHEAD, len(self._items)))
        missing = [p for p in wanted if p not in self._ready and p not in self._pending]
        if not missing:
            return
        if not self._ensure_worker() or not self._worker_ready:
            return  # asked again once the worker is ready
        for position in missing:
            request = next(self._ids)
            path = os.path.join(self._folder, f"{request}.wav")
            self._requests[request] = (self._generation, self._settings_version, position)
            self._pending[position] = request
            self._worker.send({"cmd": "synthesize", "id": request, "text": self._items[position][1],
                               "rate": rate_to_wpm(self._rate), "voice": self.voice(),
                               "volume": self._volume, "path": path})
        if not self._timeout.isActive():
            self._timeout.start()

    def _play_current(self) -> None:
        position = self._pos
        path, duration = self._ready[position]
        self._play_token += 1
        token = self._play_token
        self._playing = position
        generation = self._generation
        self.last_play_started = time.perf_counter()
        self._player.play(path, duration, _player_callback(self._relay, token))
        self.sentence_started.emit(self._items[position][0])
        if generation == self._generation and self._state == PLAYING:
            self._request_missing()

    def _on_player_done(self, token: int, ok: bool, message: str) -> None:
        if token != self._play_token or self._playing is None:
            return  # stopped or paused meanwhile
        position, self._playing = self._playing, None
        if not ok:
            self._halt()
            self._set_state(STOPPED)
            self._report(message)  # a player's own words: core/speech_errors.py tells them apart
            return
        _remove(self._ready.pop(position)[0])
        index = self._items[position][0]
        self._pos = position + 1
        generation = self._generation
        self.sentence_finished.emit(index)
        if generation != self._generation or self._state != PLAYING:
            return  # a slot stopped or restarted the reading
        if self._pos >= len(self._items):
            self._halt()
            self._set_state(STOPPED)
            self.finished.emit()
        else:
            self._advance()

    # --- the worker ------------------------------------------------------------------

    def _ensure_worker(self) -> bool:
        if self._worker is not None:
            return True
        worker = WorkerProcess(None, self._worker_command, self._worker_env)
        worker.set_callback(_worker_callback(self._relay, worker))
        self._worker, self._worker_ready = worker, False
        try:
            worker.start()
        except OSError as error:
            self._worker = None
            self._fail(REASON_ENGINE_FAILED, str(error), unavailable=True)
            return False
        self._timeout.start()  # a worker that never says it is ready is ended like a hung synthesis
        return True

    def _on_worker_event(self, worker: WorkerProcess, event: dict) -> None:
        if worker is not self._worker:
            if event.get("event") == "done":
                _remove(event.get("path", ""))
            return  # an old worker's last words
        kind = event.get("event")
        if kind == "ready":
            self._worker_ready = True
            self._timeout.stop()
            self._voices = list(event.get("voices") or [])
            self._default_voice = event.get("default_voice")
            if self._voice and self._voice not in {v["id"] for v in self._voices}:
                self._voice = None
            if not self._available:
                self._available, self._reason = True, ""
                self.available_changed.emit(True, "")
            self.voices_changed.emit(self.voices())
            self._advance()
        elif kind == "voices":
            self._voices = list(event.get("voices") or [])
            self.voices_changed.emit(self.voices())
        elif kind == "unavailable":
            self._worker = None
            self._fail(event.get("reason") or REASON_ENGINE_FAILED, event.get("detail", ""), unavailable=True)
        elif kind in ("done", "error"):
            self._on_synthesized(event)
        elif kind == "exit":
            was_ready = self._worker_ready
            self._worker, self._worker_ready = None, False
            self._requests.clear()
            self._pending.clear()
            self._timeout.stop()
            if not was_ready:
                self._fail(REASON_ENGINE_FAILED, _exit_detail(event), unavailable=True)
            elif self._state != STOPPED:
                self._fail(MESSAGE_ENGINE_DIED)  # the next speak() starts a fresh worker

    def _on_synthesized(self, event: dict) -> None:
        generation, version, position = self._requests.pop(event.get("id"), (None, None, None))
        current = generation == self._generation and version == self._settings_version
        if current and self._pending.get(position) == event.get("id"):
            del self._pending[position]
        if self._requests:
            self._timeout.start()
        else:
            self._timeout.stop()
        if event["event"] == "error":
            if current:
                self._fail(MESSAGE_SYNTHESIS_FAILED, event.get("message", ""))
            return
        if not current or position in self._ready:
            _remove(event.get("path", ""))
            return
        self._ready[position] = (event["path"], int(event.get("duration_ms") or 0))
        self._advance()

    def _on_synthesis_timeout(self) -> None:
        if self._worker is not None and (self._requests or not self._worker_ready):
            self._worker.kill()  # its exit event reports the failure

    def _fail(self, reason: str, detail: str = "", unavailable: bool = False) -> None:
        """Stop reading and say why; when ``unavailable``, speech is off until it comes back."""
        was_reading = self._state != STOPPED
        self._halt()
        self._set_state(STOPPED)
        message = _tr(reason, detail)
        behind = "" if "{detail}" in reason else detail  # not twice: in the sentence already
        if unavailable:
            changed = self._available
            self._available, self._reason, self._reason_detail = False, reason, detail
            if changed:
                self.available_changed.emit(False, message)
            if was_reading:
                self._report(message, behind)
        else:
            self._report(message, behind)

    def _report(self, message: str, detail: str = "") -> None:
        """Emit ``error``; ``detail`` (an engine's own words, "" when none) is kept in
        ``error_detail`` for the window to show on asking, never in the sentence."""
        self.error_detail = detail
        self.error.emit(message)


def _player_callback(relay: _Relay, token: int):
    def done(ok: bool, message: str) -> None:
        try:
            relay.player_done.emit(token, ok, message)
        except RuntimeError:  # the service is gone
            pass

    return done


def _worker_callback(relay: _Relay, worker: WorkerProcess):
    def on_event(event: dict) -> None:
        try:
            relay.worker_event.emit(worker, event)
        except RuntimeError:  # the service is gone
            pass

    return on_event


def _remove(path: str) -> None:
    try:
        os.remove(path)
    except OSError:
        pass
