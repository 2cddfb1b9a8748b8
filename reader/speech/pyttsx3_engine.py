"""SAPI5 (Windows) and NSSpeechSynthesizer (macOS) through pyttsx3, as a speech engine.

One utterance per runAndWait, then a wait for its end (pyttsx3 2.99's runAndWait can return
first, see STACK-NOTES). pyttsx3 keeps only a weak reference to its engine: this object
holds the strong one. These engines cannot tell their phonemes, and read no inline pinyin.
"""
from __future__ import annotations

import os
import sys
import threading
import time

from .engine import SpeechEngine


class Pyttsx3Engine(SpeechEngine):
    def __init__(self, engine=None):
        super().__init__()
        if engine is None:
            import pyttsx3

            engine = pyttsx3.init()
        self.engine = engine
        driver = type(engine.proxy._driver).__module__.rsplit(".", 1)[-1]
        self.kind = {"sapi5": "sapi5", "nsss": "nsss"}.get(driver, driver)
        self.name = {"sapi5": "SAPI5", "nsss": "NSSpeechSynthesizer"}.get(self.kind, f"pyttsx3 {driver}")
        self._finished = threading.Event()
        self._errors: list[str] = []
        engine.connect("finished-utterance", self._on_finished)
        engine.connect("error", self._on_error)

    def _on_finished(self, name=None, completed=True):
        self._finished.set()

    def _on_error(self, name=None, exception=None):
        self._errors.append(str(exception))

    def voices(self) -> list[dict]:
        return [
            {"id": voice.id, "name": voice.name or voice.id,
             "languages": [str(language) for language in (voice.languages or []) if language]}
            for voice in self.engine.getProperty("voices")
        ]

    def set_voice(self, voice: str) -> None:
        if voice not in {known["id"] for known in self.voices()}:
            raise ValueError(f"unknown voice {voice!r}")
        self.engine.setProperty("voice", voice)  # queued: the next runAndWait applies it first

    def set_rate(self, words_a_minute: int) -> None:
        self.engine.setProperty("rate", int(words_a_minute))

    def set_volume(self, volume: float) -> None:
        self.engine.setProperty("volume", float(volume))

    def write(self, text: str, path: str) -> None:
        if os.path.exists(path):
            os.remove(path)
        self._finished.clear()
        self._errors.clear()
        self.engine.save_to_file(text, path)
        self.engine.runAndWait()
        if not self._finished.wait(2.0) and not os.path.exists(path):
            raise TimeoutError("the engine did not finish the sentence")
        deadline = time.monotonic() + 2.0
        while not (os.path.exists(path) and os.path.getsize(path) > 0):
            if time.monotonic() > deadline:
                raise RuntimeError("; ".join(self._errors) or "the engine wrote no audio")
            time.sleep(0.005)


def native_platform() -> bool:
    """Whether pyttsx3 drives the system's own engine here (SAPI5, NSSS)."""
    return sys.platform in ("win32", "darwin")
