"""What eSpeak NG 1.52 (the espeakng-loader wheel's library) says for a text, as phonemes, with no
sound card: a small ctypes helper for the tests of the readings that reach the engine.

Each syllable of Mandarin comes out as letters and a tone (ni214, X'Au214, de5 is written with no
digit?): ``syllables(text)`` gives them one per Chinese syllable, as (toneless pinyin-ish, tone).
"""
from __future__ import annotations

import ctypes
import os
import re

_library = None


def library():
    """libespeak-ng from the wheel, initialised with the cmn voice (None: not installed)."""
    global _library
    if _library is None:
        try:
            import espeakng_loader
        except ImportError:
            return None
        # Set while the library loads (or it may exit the process), then put back: left set, it
        # would hand the wheel's 1.52 data to the system's 1.51 in later tests of this process.
        before = os.environ.get("ESPEAK_DATA_PATH")
        os.environ["ESPEAK_DATA_PATH"] = espeakng_loader.get_data_path()
        try:
            lib = ctypes.CDLL(espeakng_loader.get_library_path())
        finally:
            if before is None:
                del os.environ["ESPEAK_DATA_PATH"]
            else:
                os.environ["ESPEAK_DATA_PATH"] = before
        lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
        lib.espeak_TextToPhonemes.restype = ctypes.c_char_p
        lib.espeak_TextToPhonemes.argtypes = [ctypes.POINTER(ctypes.c_void_p), ctypes.c_int, ctypes.c_int]
        lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
        lib.espeak_Initialize(2, 0, espeakng_loader.get_data_path().encode(), 0)  # AUDIO_OUTPUT_RETRIEVAL
        if lib.espeak_SetVoiceByName(b"cmn") != 0:
            return None
        _library = lib
    return _library


def phonemes(text: str) -> str:
    """eSpeak's phoneme notation for ``text`` (clauses joined by a space)."""
    lib = library()
    data = ctypes.c_char_p(text.encode("utf-8"))
    pointer = ctypes.cast(data, ctypes.c_void_p)
    parts = []
    while pointer.value:
        out = lib.espeak_TextToPhonemes(ctypes.byref(pointer), 1, 0)  # espeakCHARS_UTF8, letters
        if out:
            parts.append(out.decode("utf-8", "replace"))
    return " ".join(parts)


_TONE = re.compile(r"(214|35|55|51|11|21|53|5)")


def tones(text: str) -> list[str]:
    """The tone of each syllable eSpeak says, as pinyin tone numbers (1-5), in order."""
    spoken = []
    for number in _TONE.findall(phonemes(text)):
        spoken.append({"55": "1", "35": "2", "214": "3", "21": "3", "51": "4", "53": "4", "11": "5",
                       "5": "5"}[number])
    return spoken
