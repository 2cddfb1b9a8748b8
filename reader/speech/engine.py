"""What a speech engine is to the reader: one small interface, one module per engine.

An engine module (``espeak_ng``, ``pyttsx3_engine``; a natural offline voice tomorrow)
subclasses ``SpeechEngine`` and implements ``voices``, ``set_voice``, ``set_rate``,
``set_volume`` and ``write`` (one piece of text to one audio file); ``phonemes`` when it
can tell what it will say. ``engine_loader.choose_engine`` lists the candidates and keeps
the first that passes ``speaks_mandarin``; the worker process knows nothing else of them.
As calibre's ``gui2/tts/types.py`` describes a backend by its metadata, an engine says
what it can do: ``reads_inline_pinyin`` (tone-numbered pinyin in the text is read as
that syllable, so the reader's readings reach the ear) and ``phonemes``.

Also here: ``synthesize`` (long text in pieces of at most MAX_CHUNK characters, joined into
one WAV), and ``speaks_mandarin``, the probe run once per worker start.
"""
from __future__ import annotations

import os
import re
import wave

MAX_CHUNK = 400  # characters synthesized in one piece

# The probe: known characters whose Mandarin syllables carry tones 3, 3, 2, 2, 4 and 4.
PROBE_TEXT = "你好，银行分局"
_LANGUAGE_SWITCH = re.compile(r"\(([a-z]{2,3}(?:-[a-z0-9]+)*)\)", re.IGNORECASE)
_TONE = re.compile(r"(?:55|35|214|51|11)")


class PhonemesUnavailable(RuntimeError):
    """This engine cannot tell what it will say."""


class SpeechEngine:
    """One loaded engine. ``kind`` is where it came from: system, pypi, sapi5, nsss, ..."""

    kind = ""
    name = ""  # for people: "eSpeak NG 1.52.0 (espeakng-loader)"
    version = ""
    reads_inline_pinyin = False

    def __init__(self) -> None:
        self._settings: dict[str, object] = {}

    # --- what each engine implements ----------------------------------------------
    def voices(self) -> list[dict]:
        """[{"id", "name", "languages"}]."""
        raise NotImplementedError

    def set_voice(self, voice: str) -> None:
        """Raises ValueError for a voice the engine does not have."""
        raise NotImplementedError

    def set_rate(self, words_a_minute: int) -> None:
        raise NotImplementedError

    def set_volume(self, volume: float) -> None:
        """0.0 to 1.0."""
        raise NotImplementedError

    def write(self, text: str, path: str) -> None:
        """Speak ``text`` (at most MAX_CHUNK characters) into the audio file ``path``."""
        raise NotImplementedError

    def cannot_read(self, syllable: str) -> bool:
        """Whether the engine mis-reads the characters of this toneless syllable (``xiong``), so
        that the worker gives them as inline pinyin (engines that read it)."""
        return False

    def phonemes(self, text: str) -> str:
        """What the engine will say for ``text``, in its own notation; raises PhonemesUnavailable."""
        raise PhonemesUnavailable(f"{self.name or self.kind} cannot tell what it will say")

    # --- shared ---------------------------------------------------------------------
    def configure(self, voice=None, rate=None, volume=None) -> None:
        """Apply the settings that changed (a new voice starts from its own speed and volume)."""
        if voice is not None and self._settings.get("voice") != voice:
            self._settings.clear()
            self.set_voice(voice)
            self._settings["voice"] = voice
        for name, value, apply in (("rate", int(rate) if rate else None, self.set_rate),
                                   ("volume", float(volume) if volume is not None else None, self.set_volume)):
            if value is not None and self._settings.get(name) != value:
                apply(value)
                self._settings[name] = value

    def synthesize(self, text: str, path: str) -> int:
        """Write ``text`` spoken to the audio file ``path``; its duration in ms."""
        pieces = split_long(text)
        if len(pieces) == 1:
            self.write(text, path)
            return wav_duration_ms(path)
        parts = [f"{path}.{number}.wav" for number in range(len(pieces))]
        try:
            for piece, part in zip(pieces, parts):
                self.write(piece, part)
            _join(parts, path)
        finally:
            for part in parts:
                if os.path.exists(part):
                    os.remove(part)
        return wav_duration_ms(path)


def speaks_mandarin(engine: SpeechEngine, mandarin_voice: str | None) -> bool:
    """Whether ``engine`` reads Chinese characters as Mandarin syllables with tones.

    An engine that can tell its phonemes converts PROBE_TEXT: no switch to another language
    (eSpeak NG 1.51's ``(en)nITr'i:``) and a tone for each character. One that cannot
    (SAPI5, NSSS) is taken when it has a Mandarin voice.
    """
    if mandarin_voice is None:
        return False
    try:
        engine.set_voice(mandarin_voice)
        said = engine.phonemes(PROBE_TEXT)
    except PhonemesUnavailable:
        return True
    except ValueError:
        return False
    hanzi = sum(1 for char in PROBE_TEXT if "\u4e00" <= char <= "\u9fff")
    return not _LANGUAGE_SWITCH.search(said) and len(_TONE.findall(said)) >= hanzi


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


def _join(parts: list[str], path: str) -> None:
    with wave.open(path, "wb") as out:
        for number, part in enumerate(parts):
            with wave.open(part, "rb") as wav:
                if number == 0:
                    out.setparams(wav.getparams())
                out.writeframes(wav.readframes(wav.getnframes()))
