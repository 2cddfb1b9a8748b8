"""Choosing the speech engine by what it says, and why there is none.

On Linux the engine is eSpeak NG (``espeak_ng``): the system's libespeak-ng or the copy the
``espeakng-loader`` wheel ships. Debian 12's 1.51 reads Mandarin as English letters and
tone digits, so where it is not newer than the wheel's, the wheel's (1.52) is the default,
and whatever is chosen must pass the probe (``engine.speaks_mandarin``: a few known
characters converted to phonemes, Mandarin with tones and no switch to another language).
On Windows (SAPI5) and macOS (NSSpeechSynthesizer) pyttsx3 drives the system's engine
(``pyttsx3_engine``), taken when it has a Mandarin voice. When no engine speaks Mandarin,
speech is off with a reason that names what to install; it never speaks gibberish.

``choose_engine()`` runs in the worker process only (once per worker start: the probe is
off the window's thread, and a native crash cannot take the window down).
``quick_check()`` is for the window: it loads nothing.

The environment variable READER_SPEECH_ENGINE forces a choice, for tests and diagnosis:
``auto`` (default), ``system``, ``pypi`` (the wheel's), ``pyttsx3`` (pyttsx3 with whatever
driver it finds) or ``none`` (behave as if no engine were installed). A forced engine still
has to pass the probe.
"""
from __future__ import annotations

import importlib.util
import os
import sys

from ..core.messages import QT_TRANSLATE_NOOP
from .voices import mandarin_voice

ENGINE_ENV = "READER_SPEECH_ENGINE"

REASON_NO_ESPEAK = QT_TRANSLATE_NOOP(
    "Speech",
    "Speech is off: no speech engine was found. To enable it, install the Python package "
    "espeakng-loader (pip install espeakng-loader), which brings espeak-ng 1.52, then restart the reader.")
REASON_NOT_MANDARIN = QT_TRANSLATE_NOOP(
    "Speech",
    "Speech is off: the speech engine found ({detail}) does not speak Mandarin. To enable it, "
    "install the Python package espeakng-loader (pip install espeakng-loader), which brings "
    "espeak-ng 1.52, then restart the reader.")
REASON_NO_CHINESE_VOICE = QT_TRANSLATE_NOOP(
    "Speech",
    "Speech is off: the system's speech engine ({detail}) has no Mandarin voice. To enable it, "
    "add a Chinese (Simplified) voice in the system's speech settings, then restart the reader.")
REASON_NO_PYTTSX3 = QT_TRANSLATE_NOOP(
    "Speech",
    "Speech is off: the Python package pyttsx3 is missing. To enable it, run "
    "pip install pyttsx3, then restart the reader.")
# The engine's own words go behind the message bar's Details button (service.error_detail).
REASON_ENGINE_FAILED = QT_TRANSLATE_NOOP(
    "Speech", "Speech is off: the speech engine could not start. Press Play to try again; if it "
    "keeps failing, restart the reader or install it again.")
REASON_NO_PLAYER = QT_TRANSLATE_NOOP(
    "Speech",
    "Speech is off: no audio player was found. To enable it, install alsa-utils "
    "(aplay) or pulseaudio-utils (paplay), then restart the reader.")
MESSAGE_ENGINE_DIED = QT_TRANSLATE_NOOP(
    "Speech", "The speech engine stopped unexpectedly. Press Play to start it again.")
# The engine's own words for it go behind the message bar's Details button (service.error_detail).
MESSAGE_SYNTHESIS_FAILED = QT_TRANSLATE_NOOP(
    "Speech", "A sentence could not be spoken, and reading aloud stopped. Press Play to try again; "
    "if it keeps failing, restart the reader.")


class EngineUnavailable(Exception):
    """No engine; ``reason`` is a QT_TRANSLATE_NOOP-marked message (context "Speech")."""

    def __init__(self, reason: str, detail: str = ""):
        if "{detail}" in reason:
            said = reason.format(detail=detail)
        else:  # a message that keeps the engine's words out of its sentence: here they stay
            said = f"{reason} ({detail})" if detail else reason
        super().__init__(said)
        self.reason = reason
        self.detail = detail


def _choice() -> str:
    return os.environ.get(ENGINE_ENV, "auto").strip().lower() or "auto"


def _uses_espeak() -> bool:
    return sys.platform not in ("win32", "darwin")


def prefers_espeak() -> bool:
    """Whether the engine will most likely be eSpeak NG (which reads inline pinyin)."""
    return _uses_espeak() and _choice() not in ("none", "pyttsx3")


def quick_check() -> tuple[bool, str]:
    """Whether an engine is likely there, without loading one: (available, reason)."""
    from .espeak_ng import system_library, wheel_present

    choice = _choice()
    if choice == "none":
        return False, REASON_NO_ESPEAK
    if choice == "pyttsx3" or not _uses_espeak():
        if importlib.util.find_spec("pyttsx3") is None:
            return False, REASON_NO_PYTTSX3
        return True, ""
    if choice in ("auto", "system") and system_library():
        return True, ""
    if choice in ("auto", "pypi") and wheel_present():
        return True, ""
    return False, REASON_NO_ESPEAK


def choose_engine():
    """The first engine that speaks Mandarin, its voice set to the Mandarin one.

    Returns (engine, default voice id); raises EngineUnavailable. Worker process only.
    """
    choice = _choice()
    if choice == "none":
        raise EngineUnavailable(REASON_NO_ESPEAK)
    if choice == "pyttsx3" or not _uses_espeak():
        return _take([("pyttsx3", _pyttsx3_engine)], REASON_NO_CHINESE_VOICE)
    return _take(_espeak_candidates(choice), REASON_NOT_MANDARIN)


def _take(candidates, reason_rejected: str):
    from .engine import speaks_mandarin

    rejected, failure = [], None
    for _, make in candidates:
        try:
            engine = make()
        except EngineUnavailable as error:
            failure = failure or error
            continue
        voice = mandarin_voice(engine.voices())
        if speaks_mandarin(engine, voice):
            return engine, voice
        rejected.append(engine.name)
    if rejected:
        raise EngineUnavailable(reason_rejected, ", ".join(rejected))
    raise failure or EngineUnavailable(REASON_NO_ESPEAK)


def _espeak_candidates(choice: str) -> list:
    """(kind, maker) of the eSpeak NG engines to try, in order: the newer first, the system's on a tie."""
    from . import espeak_ng

    system = espeak_ng.system_library() if choice in ("auto", "system") else None
    wheel = choice in ("auto", "pypi") and espeak_ng.wheel_present()
    makers = []
    if system:
        makers.append(("system", lambda: _espeak_engine(system, None, "system")))
    if wheel:
        pypi = ("pypi", lambda: _espeak_engine(*espeak_ng.wheel_library(), "pypi"))
        try:
            wheel_first = system is None or (espeak_ng.library_version(espeak_ng.wheel_library()[0])
                                             > espeak_ng.library_version(system))
        except OSError:
            wheel_first = True  # the system's cannot even be opened
        makers.insert(0 if wheel_first else len(makers), pypi)
    return makers


def _espeak_engine(library: str, data_path: str | None, kind: str):
    from .espeak_ng import EspeakEngine, EspeakError

    try:
        return EspeakEngine(library, data_path, kind)
    except (OSError, EspeakError, ImportError) as error:
        raise EngineUnavailable(REASON_ENGINE_FAILED, f"{kind}: {error}") from error


def _pyttsx3_engine():
    try:
        import pyttsx3  # noqa: F401
    except ImportError:
        raise EngineUnavailable(REASON_NO_PYTTSX3) from None
    from .pyttsx3_engine import Pyttsx3Engine

    try:
        return Pyttsx3Engine()
    except Exception as error:  # noqa: BLE001 - any driver failure means no engine
        raise EngineUnavailable(REASON_ENGINE_FAILED, f"{type(error).__name__}: {error}") from error
