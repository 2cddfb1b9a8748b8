"""The speech worker: ``python -m reader.speech.worker``, the only process that loads the engine.

A native crash of espeak-ng (or SAPI5, NSSS) ends this process and nothing else. It
reads JSON-lines commands on stdin and writes JSON-lines events on stdout:

    → {"cmd": "synthesize", "id": 7, "text": "…", "rate": 175, "voice": "sit/cmn",
       "volume": 1.0, "path": "/tmp/…/7.wav"}
    → {"cmd": "voices"}      → {"cmd": "quit"}     (end of stdin also quits)
    ← {"event": "ready", "voices": [{"id", "name", "languages"}], "default_voice": "sit/cmn",
       "engine": "system"}
    ← {"event": "unavailable", "reason": "…", "detail": "…"}   (then it exits)
    ← {"event": "done", "id": 7, "path": "…", "duration_ms": 1234}
    ← {"event": "error", "id": 7, "message": "…"}

It works around pyttsx3 2.99's bugs (see STACK-NOTES). With espeak-ng it drives
the library through pyttsx3's ctypes binding but not its run loop
(``EspeakSynthesizer``); elsewhere (SAPI5, NSSS) it uses pyttsx3 as it is, one
utterance per runAndWait. One engine is kept alive for good (pyttsx3 keeps only a
weak reference), long text is cut into pieces of at most MAX_CHUNK characters, and
the driver's prints to stdout go to stderr so that they cannot corrupt the protocol.
"""
from __future__ import annotations

import ctypes
import json
import os
import re
import sys
import threading
import time
import wave

MAX_CHUNK = 400  # characters synthesized in one utterance
ESPEAK_TIMEOUT_S = 20.0


def split_long(text: str, limit: int = MAX_CHUNK) -> list[str]:
    """``text`` in pieces of at most ``limit`` characters, cut after a comma or a space if possible."""
    pieces = []
    while len(text) > limit:
        window = text[:limit]
        cut = max((m.end() for m in re.finditer(r"[，、：:,;；\s]", window)), default=0)
        if cut < limit // 4:
            cut = limit
        pieces.append(text[:cut])
        text = text[cut:]
    if text or not pieces:
        pieces.append(text)
    return pieces


def wav_duration_ms(path: str) -> int:
    try:
        with wave.open(path, "rb") as wav:
            return round(1000 * wav.getnframes() / wav.getframerate())
    except (wave.Error, EOFError, OSError):
        return 0  # NSSS writes AIFF; the player then tells when it is done


class Synthesizer:
    """pyttsx3 as it is (SAPI5, NSSS): one utterance per runAndWait, then wait for its end."""

    def __init__(self, engine):
        self.engine = engine  # the strong reference pyttsx3 does not keep
        self._finished = threading.Event()
        self._errors: list[str] = []
        engine.connect("finished-utterance", self._on_finished)
        engine.connect("error", self._on_error)
        self._settings: dict[str, object] = {}

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

    def _apply(self, name: str, value) -> None:
        self.engine.setProperty(name, value)  # queued: the next runAndWait applies it first

    def _set(self, name: str, value) -> None:
        if value is None or self._settings.get(name) == value:
            return
        self._settings.pop(name, None)  # unknown until the engine has taken it
        self._apply(name, value)
        self._settings[name] = value

    def synthesize(self, text: str, path: str, rate=None, voice=None, volume=None) -> int:
        self._set("voice", voice)
        self._set("rate", int(rate) if rate else None)
        self._set("volume", float(volume) if volume is not None else None)
        pieces = split_long(text)
        if len(pieces) == 1:
            self._utter(text, path)
        else:
            parts = [f"{path}.{number}.wav" for number in range(len(pieces))]
            try:
                for piece, part in zip(pieces, parts):
                    self._utter(piece, part)
                _join(parts, path)
            finally:
                for part in parts:
                    if os.path.exists(part):
                        os.remove(part)
        return wav_duration_ms(path)

    def _utter(self, text: str, path: str) -> None:
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


class EspeakSynthesizer(Synthesizer):
    """espeak-ng through pyttsx3's own ctypes binding, without pyttsx3's run loop.

    That loop is what misbehaves (STACK-NOTES): runAndWait returns before the audio
    is done, a finished-utterance can belong to the utterance before, property
    changes land late, and the audio is gathered with quadratic ``bytes +=``. The
    driver's espeak_Initialize stays (espeak can be initialised once per process);
    this class takes over the synth callback, passes espeak_Synth the right buffer
    size (pyttsx3's 10 × length segfaults on long text) and waits for
    EVENT_MSG_TERMINATED, which espeak sends from its own thread.
    """

    SAMPLE_RATE = 22050  # espeak-ng's voices (pyttsx3 writes its WAVs at this rate too)

    def __init__(self, engine):
        super().__init__(engine)
        from pyttsx3.drivers import _espeak

        self._espeak = _espeak
        self._audio = bytearray()
        self._done = threading.Event()
        _espeak.SetSynthCallback(self._on_synth)  # replaces the driver's; kept alive by the module
        self._voice_names = {voice["id"].lower().rsplit("/", 1)[-1] for voice in self.voices()}

    def _on_synth(self, wav, samples, events) -> int:
        espeak = self._espeak
        index = 0
        while events[index].type != espeak.EVENT_LIST_TERMINATED:
            if events[index].type == espeak.EVENT_MSG_TERMINATED:
                self._done.set()
            index += 1
        if samples > 0:
            self._audio.extend(ctypes.string_at(wav, samples * 2))
        return 0

    def _apply(self, name: str, value) -> None:
        espeak = self._espeak
        if name == "voice":
            # espeak_SetVoiceByName takes the file name ("cmn"), not the id pyttsx3 lists
            # ("sit/cmn"); an unknown name (even "zh") silently leaves the old voice.
            wanted = str(value).lower().rsplit("/", 1)[-1]
            if wanted not in self._voice_names:
                raise ValueError(f"unknown voice {value!r}")
            espeak.SetVoiceByName(wanted.encode("utf-8"))
            self._settings.pop("rate", None)  # a new voice starts from its own speed and volume
            self._settings.pop("volume", None)
        elif name == "rate":
            espeak.SetParameter(espeak.RATE, int(value), 0)
        elif name == "volume":
            espeak.SetParameter(espeak.VOLUME, int(round(float(value) * 100)), 0)

    def _utter(self, text: str, path: str) -> None:
        espeak = self._espeak
        data = text.encode("utf-8")
        self._audio.clear()
        self._done.clear()
        status = espeak.cSynth(data, len(data) + 1, 0, espeak.POS_CHARACTER, 0,
                               espeak.CHARS_UTF8 | espeak.ENDPAUSE, None, None)
        if status != 0:
            raise RuntimeError(f"espeak_Synth failed with status {status}")
        if not self._done.wait(ESPEAK_TIMEOUT_S):
            raise TimeoutError("the engine did not finish the sentence")
        with wave.open(path, "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(self.SAMPLE_RATE)
            out.writeframes(bytes(self._audio))


def make_synthesizer(engine):
    driver = engine.proxy._driver
    if "espeak" in type(driver).__module__:
        return EspeakSynthesizer(engine)
    return Synthesizer(engine)


def _join(parts: list[str], path: str) -> None:
    with wave.open(path, "wb") as out:
        for number, part in enumerate(parts):
            with wave.open(part, "rb") as wav:
                if number == 0:
                    out.setparams(wav.getparams())
                out.writeframes(wav.readframes(wav.getnframes()))


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

    from .engine_loader import EngineUnavailable, load_engine
    from .voices import mandarin_voice

    try:
        engine, source = load_engine()
        synthesizer = make_synthesizer(engine)
        voices = synthesizer.voices()
    except EngineUnavailable as error:
        send({"event": "unavailable", "reason": error.reason, "detail": error.detail})
        return 0
    send({"event": "ready", "voices": voices, "default_voice": mandarin_voice(voices), "engine": source.kind})

    for line in commands:
        try:
            command = json.loads(line)
        except ValueError:
            continue
        kind = command.get("cmd")
        if kind == "quit":
            break
        if kind == "voices":
            send({"event": "voices", "voices": synthesizer.voices()})
        elif kind == "synthesize":
            try:
                duration = synthesizer.synthesize(command["text"], command["path"], command.get("rate"),
                                                  command.get("voice"), command.get("volume"))
            except Exception as error:  # noqa: BLE001 - reported to the parent, the worker goes on
                send({"event": "error", "id": command.get("id"), "message": f"{type(error).__name__}: {error}"})
                if isinstance(error, TimeoutError):
                    return 3  # the engine is in an unknown state: the parent starts a fresh worker
            else:
                send({"event": "done", "id": command.get("id"), "path": command["path"], "duration_ms": duration})
    return 0


if __name__ == "__main__":
    sys.exit(main())
