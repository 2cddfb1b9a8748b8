"""Finding a speech engine, and why there is none.

On Linux pyttsx3 drives libespeak-ng: the system's (``apt install espeak-ng``) or,
when the system has none, the copy the ``espeakng-loader`` wheel ships. That copy
exits the whole process with code 1 unless ``ESPEAK_DATA_PATH`` names its data
folder before it loads, and pyttsx3 loads the library by soname, so it is loaded
first with RTLD_GLOBAL. On Windows (SAPI5) and macOS (NSSpeechSynthesizer) pyttsx3
works as it is.

``load_engine()`` runs in the worker process only: a native crash there cannot take
the window down. ``quick_check()`` is for the window: it loads nothing.

The environment variable READER_SPEECH_ENGINE chooses the source for tests and
diagnosis: ``auto`` (default), ``system``, ``pypi`` or ``none`` (behave as if no
engine were installed).
"""
from __future__ import annotations

import ctypes
import ctypes.util
import importlib.util
import os
import sys
from dataclasses import dataclass

from ..core.messages import QT_TRANSLATE_NOOP

ENGINE_ENV = "READER_SPEECH_ENGINE"

REASON_NO_ESPEAK = QT_TRANSLATE_NOOP(
    "Speech",
    "Speech is off: no speech engine was found. To enable it, install eSpeak NG "
    "(sudo apt install espeak-ng) or the Python package espeakng-loader "
    "(pip install espeakng-loader), then restart the reader.")
REASON_NO_PYTTSX3 = QT_TRANSLATE_NOOP(
    "Speech",
    "Speech is off: the Python package pyttsx3 is missing. To enable it, run "
    "pip install pyttsx3, then restart the reader.")
REASON_ENGINE_FAILED = QT_TRANSLATE_NOOP(
    "Speech", "Speech is off: the speech engine could not start ({detail}).")
REASON_NO_PLAYER = QT_TRANSLATE_NOOP(
    "Speech",
    "Speech is off: no audio player was found. To enable it, install alsa-utils "
    "(aplay) or pulseaudio-utils (paplay), then restart the reader.")
MESSAGE_ENGINE_DIED = QT_TRANSLATE_NOOP(
    "Speech", "The speech engine stopped unexpectedly. Press Play to start it again.")
MESSAGE_SYNTHESIS_FAILED = QT_TRANSLATE_NOOP(
    "Speech", "A sentence could not be spoken ({detail}).")


@dataclass(frozen=True)
class EngineSource:
    """Where the engine comes from: 'system', 'pypi' (espeakng-loader) or 'native' (SAPI5, NSSS)."""

    kind: str
    library: str | None = None
    data_path: str | None = None


class EngineUnavailable(Exception):
    """No engine; ``reason`` is a QT_TRANSLATE_NOOP-marked message (context "Speech")."""

    def __init__(self, reason: str, detail: str = ""):
        super().__init__(reason.format(detail=detail) if detail else reason)
        self.reason = reason
        self.detail = detail


def _choice() -> str:
    return os.environ.get(ENGINE_ENV, "auto").strip().lower() or "auto"


def _system_espeak() -> str | None:
    return ctypes.util.find_library("espeak-ng")


def _pypi_espeak_present() -> bool:
    return importlib.util.find_spec("espeakng_loader") is not None


def _uses_espeak() -> bool:
    return sys.platform not in ("win32", "darwin")


def quick_check() -> tuple[bool, str]:
    """Whether an engine is likely there, without loading one: (available, reason)."""
    choice = _choice()
    if choice == "none":
        return False, REASON_NO_ESPEAK
    if importlib.util.find_spec("pyttsx3") is None:
        return False, REASON_NO_PYTTSX3
    if not _uses_espeak():
        return True, ""
    if choice in ("auto", "system") and _system_espeak():
        return True, ""
    if choice in ("auto", "pypi") and _pypi_espeak_present():
        return True, ""
    return False, REASON_NO_ESPEAK


def _load_pypi_espeak() -> EngineSource:
    import espeakng_loader

    data_path = espeakng_loader.get_data_path()
    library = espeakng_loader.get_library_path()
    # Before the library loads: without it espeak-ng calls exit(1) on the whole process.
    os.environ["ESPEAK_DATA_PATH"] = data_path
    ctypes.CDLL(library, mode=ctypes.RTLD_GLOBAL)
    return EngineSource("pypi", library, data_path)


def find_espeak() -> EngineSource:
    """Load libespeak-ng so that pyttsx3's load by soname finds it; raises EngineUnavailable."""
    choice = _choice()
    if choice == "none":
        raise EngineUnavailable(REASON_NO_ESPEAK)
    if choice in ("auto", "system"):
        name = _system_espeak()
        if name:
            try:
                ctypes.CDLL(name, mode=ctypes.RTLD_GLOBAL)
                return EngineSource("system", name)
            except OSError:
                if choice == "system":
                    raise EngineUnavailable(REASON_NO_ESPEAK) from None
    if choice in ("auto", "pypi") and _pypi_espeak_present():
        try:
            return _load_pypi_espeak()
        except (OSError, RuntimeError) as error:
            raise EngineUnavailable(REASON_ENGINE_FAILED, str(error)) from error
    raise EngineUnavailable(REASON_NO_ESPEAK)


def load_engine():
    """(pyttsx3 engine, EngineSource); raises EngineUnavailable. For the worker process only."""
    if _choice() == "none":
        raise EngineUnavailable(REASON_NO_ESPEAK)
    source = find_espeak() if _uses_espeak() else EngineSource("native")
    try:
        import pyttsx3
    except ImportError:
        raise EngineUnavailable(REASON_NO_PYTTSX3) from None
    try:
        engine = pyttsx3.init()
    except Exception as error:  # noqa: BLE001 - any driver failure means no engine
        raise EngineUnavailable(REASON_ENGINE_FAILED, f"{type(error).__name__}: {error}") from error
    return engine, source
