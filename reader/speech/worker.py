"""The speech worker: ``python -m reader.speech.worker``, the only process that loads the engine.

A native crash of the engine (eSpeak NG, SAPI5, NSSS) ends this process and nothing else.
It reads JSON-lines commands on stdin and writes JSON-lines events on stdout:

    → {"cmd": "synthesize", "id": 7, "text": "…", "rate": 175, "voice": "sit/cmn",
       "volume": 1.0, "path": "/tmp/…/7.wav"}
    → {"cmd": "phonemes", "id": 8, "text": "…", "voice": "sit/cmn"}
    → {"cmd": "voices"}      → {"cmd": "quit"}     (end of stdin also quits)
    ← {"event": "ready", "voices": [{"id", "name", "languages"}], "default_voice": "sit/cmn",
       "engine": "pypi", "engine_name": "eSpeak NG 1.52.0 (espeakng-loader)", "inline_pinyin": true,
       "probe_ms": 40, "start_ms": 450}   (choosing the engine; that and loading pypinyin)
    ← {"event": "unavailable", "reason": "…", "detail": "…"}   (then it exits)
    ← {"event": "done", "id": 7, "path": "…", "duration_ms": 1234}
    ← {"event": "phonemes", "id": 8, "text": "…", "phonemes": "…"}  (text: what the engine is given)
    ← {"event": "error", "id": 7, "message": "…"}

At its start the worker chooses the engine by what it says (``engine_loader.choose_engine``,
the Mandarin probe); everything else goes through the ``engine.SpeechEngine`` interface.
The window sends each sentence prepared for the ear (``prepare_for_speech``); for an engine
that reads inline pinyin the worker replaces the characters whose reading the reader decides
by their syllables (``speech_text.with_inline_pinyin``), so read aloud, the audio export and
``reader speak --phonemes`` give the engine the same text. The user's corrections are read
from the data folder again whenever that file changes. pypinyin loads here, in a thread
started with the worker, never in the window on its way to the first window.
The engine's prints to stdout go to stderr so that they cannot corrupt the protocol.
"""
from __future__ import annotations

import json
import os
import sys
import threading
import time

from .engine import MAX_CHUNK, split_long  # noqa: F401 - the worker's pieces, for callers and tests


class SpokenText:
    """What the engine is given for a sentence prepared for the ear."""

    def __init__(self, engine):
        self.engine = engine
        self.inline_pinyin = engine.reads_inline_pinyin
        self._corrections_seen: tuple | None = None
        if self.inline_pinyin:  # imported now, before the worker says it is ready
            from ..core.speech_text import with_inline_pinyin

            self._with_inline_pinyin = with_inline_pinyin

    def __call__(self, text: str) -> str:
        if not self.inline_pinyin:
            return text
        self._follow_corrections()
        return self._spell_unreadable(self._with_inline_pinyin(text))

    def _spell_unreadable(self, text: str) -> str:
        """Characters the engine mis-reads (eSpeak NG: 雄 穷 炯, in English) as their pinyin."""
        from ..core import pinyin

        if not pinyin.is_loaded() or not any(pinyin.is_hanzi(char) for char in text):
            return text
        spelled = []
        for char, syllable in zip(text, pinyin.syllables(text)):
            if syllable and self.engine.cannot_read(pinyin.toneless(syllable)):
                numbered = pinyin.display(syllable, pinyin.TONE_NUMBERS)
                char = numbered if numbered[-1].isdigit() else numbered + "5"
            spelled.append(char)
        return "".join(spelled)

    def _follow_corrections(self) -> None:
        """Read the user's corrections again when the window has changed them."""
        from ..core import pinyin
        from ..core.paths import data_dir  # already loaded with reader.core.pinyin

        try:
            stat = os.stat(data_dir() / "pinyin_corrections.json")
            seen = (stat.st_mtime_ns, stat.st_size)
        except OSError:
            seen = None
        if seen != self._corrections_seen:
            if self._corrections_seen is not None or seen is not None:
                pinyin.use_corrections(None)
            self._corrections_seen = seen


def _preload_pinyin() -> threading.Thread | None:
    """Start loading pypinyin (0.3-0.5 s) beside the probe; the readings need it."""
    from ..core import pinyin

    if not pinyin.available():
        return None

    def load() -> None:
        try:
            pinyin.load()
        except Exception:  # noqa: BLE001 - without pypinyin the text goes as it is
            pass

    thread = threading.Thread(target=load, name="pinyin-preload", daemon=True)
    thread.start()
    return thread


def _protocol_stream():
    """The real stdout for events; fd 1 (and sys.stdout) then go to stderr for the driver's prints."""
    stream = os.fdopen(os.dup(sys.stdout.fileno()), "w", encoding="utf-8", newline="\n")
    sys.stdout.flush()
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    sys.stdout = sys.stderr
    return stream


def main() -> int:
    out = _protocol_stream()
    commands = open(sys.stdin.fileno(), encoding="utf-8", closefd=False)  # noqa: SIM115

    def send(event: dict) -> None:
        out.write(json.dumps(event, ensure_ascii=False) + "\n")
        out.flush()

    from .engine import PhonemesUnavailable
    from .engine_loader import EngineUnavailable, choose_engine, prefers_espeak

    began = time.perf_counter()
    preload = _preload_pinyin() if prefers_espeak() else None
    try:
        engine, default_voice = choose_engine()
        probe_ms = round((time.perf_counter() - began) * 1000)
        voices = engine.voices()
    except EngineUnavailable as error:
        send({"event": "unavailable", "reason": error.reason, "detail": error.detail})
        return 0
    spoken = SpokenText(engine)
    if preload is not None and engine.reads_inline_pinyin:
        preload.join()  # ready means ready: the first sentence does not wait for the dictionaries
    send({"event": "ready", "voices": voices, "default_voice": default_voice, "engine": engine.kind,
          "engine_name": engine.name, "inline_pinyin": engine.reads_inline_pinyin, "probe_ms": probe_ms,
          "start_ms": round((time.perf_counter() - began) * 1000)})

    for line in commands:
        try:
            command = json.loads(line)
        except ValueError:
            continue
        kind = command.get("cmd")
        if kind == "quit":
            break
        if kind == "voices":
            send({"event": "voices", "voices": engine.voices()})
        elif kind in ("synthesize", "phonemes"):
            try:
                engine.configure(command.get("voice") or default_voice, command.get("rate"), command.get("volume"))
                text = spoken(command["text"])
                if kind == "phonemes":
                    send({"event": "phonemes", "id": command.get("id"), "text": text,
                          "phonemes": engine.phonemes(text)})
                    continue
                duration = engine.synthesize(text, command["path"])
            except Exception as error:  # noqa: BLE001 - reported to the parent, the worker goes on
                name = "PhonemesUnavailable" if isinstance(error, PhonemesUnavailable) else type(error).__name__
                send({"event": "error", "id": command.get("id"), "message": f"{name}: {error}"})
                if isinstance(error, TimeoutError):
                    return 3  # the engine is in an unknown state: the parent starts a fresh worker
            else:
                send({"event": "done", "id": command.get("id"), "path": command["path"], "duration_ms": duration})
    return 0


if __name__ == "__main__":
    sys.exit(main())
