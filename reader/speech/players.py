"""Playing one sentence's WAV so that stop() silences it at once (plain Python, no Qt).

A player's ``play(path, duration_ms, on_done)`` returns at once and later calls
``on_done(ok, message)`` from any thread, unless ``stop()`` came first; after
``stop()`` returns nothing more is heard. Process players start the program in a
session of its own and stop by killing that process group (a shell or helper
the program starts goes with it). ``SilentPlayer`` plays nothing for the WAV's real
duration: the tests and machines without a sound card use it.

READER_SPEECH_PLAYER chooses one: ``silent``, ``pw-play``, ``paplay``, ``aplay``,
``afplay`` or ``winsound`` (default: the first of those the system has).
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
from typing import Callable

PLAYER_ENV = "READER_SPEECH_PLAYER"
OnDone = Callable[[bool, str], None]

# Program and arguments before the file name, in order of preference.
_PROGRAMS = {
    "pw-play": ["pw-play"],
    "paplay": ["paplay"],
    "aplay": ["aplay", "-q"],
    "afplay": ["afplay"],
}


class SilentPlayer:
    """Plays nothing, for as long as the sound would last."""

    name = "silent"

    def __init__(self) -> None:
        self._timer: threading.Timer | None = None

    def play(self, path: str, duration_ms: int, on_done: OnDone) -> None:
        self.stop()
        self._timer = _done_after(duration_ms, on_done)

    def stop(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None


class ProcessPlayer:
    """Runs ``argv + [path]`` in its own process group; stop() kills the group."""

    def __init__(self, argv: list[str], name: str | None = None):
        self.argv = list(argv)
        self.name = name or os.path.basename(argv[0])
        self._process: subprocess.Popen | None = None
        self._lock = threading.Lock()

    @property
    def process(self) -> subprocess.Popen | None:
        return self._process

    def play(self, path: str, duration_ms: int, on_done: OnDone) -> None:
        self.stop()
        kwargs: dict = {"start_new_session": True} if os.name == "posix" else {
            "creationflags": getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0)
            | getattr(subprocess, "CREATE_NO_WINDOW", 0)}
        try:
            process = subprocess.Popen(self.argv + [path], stdin=subprocess.DEVNULL,
                                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kwargs)
        except OSError as error:
            on_done(False, f"{self.name}: {error}")
            return
        with self._lock:
            self._process = process
        threading.Thread(target=self._wait, args=(process, on_done), daemon=True,
                         name="speech-player").start()

    def _wait(self, process: subprocess.Popen, on_done: OnDone) -> None:
        error_output = process.stderr.read() if process.stderr else b""
        code = process.wait()
        with self._lock:
            if self._process is not process:
                return  # stopped: stop() owns the outcome
            self._process = None
        message = error_output.decode("utf-8", "replace").strip().splitlines()
        on_done(code == 0, "" if code == 0 else f"{self.name}: {message[-1] if message else f'exit code {code}'}")

    def stop(self) -> None:
        with self._lock:
            process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        try:
            if os.name == "posix":
                os.killpg(process.pid, signal.SIGKILL)
            else:
                process.kill()
        except (ProcessLookupError, PermissionError):
            pass
        try:
            process.wait(1.0)
        except subprocess.TimeoutExpired:
            pass


class WinsoundPlayer:  # pragma: no cover - Windows only
    """Windows' own asynchronous PlaySound; the WAV's duration tells when it ends."""

    name = "winsound"

    def __init__(self) -> None:
        import winsound

        self._winsound = winsound
        self._timer: threading.Timer | None = None

    def play(self, path: str, duration_ms: int, on_done: OnDone) -> None:
        self.stop()
        flags = self._winsound.SND_FILENAME | self._winsound.SND_ASYNC | self._winsound.SND_NODEFAULT
        try:
            self._winsound.PlaySound(path, flags)
        except RuntimeError as error:
            on_done(False, f"winsound: {error}")
            return
        self._timer = _done_after(duration_ms, on_done)

    def stop(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
            self._winsound.PlaySound(None, self._winsound.SND_PURGE)


def make_player(name: str):
    """The player called ``name``, or None when the system lacks it."""
    if name == "silent":
        return SilentPlayer()
    if name == "winsound":
        return WinsoundPlayer() if sys.platform == "win32" else None
    argv = _PROGRAMS.get(name)
    if argv and shutil.which(argv[0]):
        return ProcessPlayer([shutil.which(argv[0]), *argv[1:]], name)
    return None


def default_player():
    """The player READER_SPEECH_PLAYER names, else the system's first; None when it has none."""
    chosen = os.environ.get(PLAYER_ENV, "").strip().lower()
    if chosen:
        return make_player(chosen)
    if sys.platform == "win32":
        names = ["winsound"]
    elif sys.platform == "darwin":
        names = ["afplay"]
    else:
        names = ["pw-play", "paplay", "aplay"]
    for name in names:
        player = make_player(name)
        if player is not None:
            return player
    return None


def _done_after(duration_ms: int, on_done: OnDone) -> threading.Timer:
    """Report the sentence done when its audio would have ended (players that cannot tell)."""
    timer = threading.Timer(max(duration_ms, 0) / 1000, on_done, (True, ""))
    timer.daemon = True
    timer.start()
    return timer
