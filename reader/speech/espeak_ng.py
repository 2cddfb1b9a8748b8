"""eSpeak NG as a speech engine, through a ctypes binding of libespeak-ng bound to one file.

Two copies may be on a Linux machine: the system's (``apt install espeak-ng``; Debian 12's
1.51 reads Mandarin as English letters and digits) and the one the ``espeakng-loader``
wheel ships (1.52, right). Both carry the soname ``libespeak-ng.so.1``, so a load by
soname (as pyttsx3 does) takes whichever came first; here each is opened by its path,
RTLD_LOCAL, and every function is looked up on that handle, so both can be probed in one
process. The output mode is synchronous: ``espeak_Synth`` returns once the audio has
been handed to the callback, in the calling thread (no run loop, none of pyttsx3's
late events). ``espeak_TextToPhonemes`` tells what the engine will say.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import importlib.util
import os
import re
import wave
from ctypes import POINTER, Structure, Union, byref, c_char_p, c_int, c_short, c_size_t, c_ubyte, c_uint, c_void_p

from .engine import SpeechEngine

AUDIO_OUTPUT_SYNCHRONOUS = 2
INITIALIZE_DONT_EXIT = 0x8000  # an error is returned instead of exit(1) on the whole process
CHARS_UTF8, PHONEMES, ENDPAUSE, POS_CHARACTER = 1, 0x100, 0x1000, 1
RATE, VOLUME = 1, 2
EVENT_LIST_TERMINATED = 0


class _Id(Union):
    _fields_ = (("number", c_int), ("name", c_char_p), ("string", ctypes.c_char * 8))


class _Event(Structure):
    _fields_ = (("type", c_int), ("unique_identifier", c_uint), ("text_position", c_int), ("length", c_int),
                ("audio_position", c_int), ("sample", c_int), ("user_data", c_void_p), ("id", _Id))


class _Voice(Structure):
    _fields_ = (("name", c_char_p), ("languages", c_void_p), ("identifier", c_char_p), ("gender", c_ubyte),
                ("age", c_ubyte), ("variant", c_ubyte), ("xx1", c_ubyte), ("score", c_int), ("spare", c_void_p))


_Callback = ctypes.CFUNCTYPE(c_int, POINTER(c_short), c_int, POINTER(_Event))


class EspeakError(RuntimeError):
    pass


# 1.52's cmn rules have no -iong final: 雄 穷 炯, and xiong2 given inline, come out in English.
# Such a syllable is given as phoneme input instead (yong2 is ``jong35``, so xiong2 is
# ``S;j'ong35``); espeak_Synth reads ``[[…]]`` as phonemes with the PHONEMES flag.
_IONG = re.compile(r"(?<![a-z])([jqx])iong([1-5])")
_ONSETS = {"j": "tS;", "q": "tS;h", "x": "S;"}
_TONES = {"1": "55", "2": "35", "3": "214", "4": "51", "5": "11"}
_PHONEME_INPUT = re.compile(r"\[\[([^\]]*)\]\]")


def spell_iong(match: re.Match) -> str:
    return f"[[{_ONSETS[match.group(1)]}j'ong{_TONES[match.group(2)]}]]"


_FOLDERS = ("/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib", "/usr/local/lib")
_SONAME = "libespeak-ng.so.1"


def system_library() -> str | None:
    """The system's libespeak-ng as a path (a path, not the soname: see the module's note)."""
    for folder in _FOLDERS:  # the usual places first: find_library runs ldconfig, tens of ms
        path = os.path.join(folder, _SONAME)
        if os.path.exists(path):
            return path
    name = ctypes.util.find_library("espeak-ng")
    if not name:
        return None
    for folder in _FOLDERS:
        path = os.path.join(folder, name)
        if os.path.exists(path):
            return path
    return name  # found by the loader's own search: load it by that name


def wheel_present() -> bool:
    return importlib.util.find_spec("espeakng_loader") is not None


def wheel_library() -> tuple[str, str]:
    """(library, data folder) of the espeakng-loader wheel; raises ImportError without it."""
    import espeakng_loader

    return espeakng_loader.get_library_path(), espeakng_loader.get_data_path()


def library_version(library: str) -> tuple[int, ...]:
    """The version a libespeak-ng says it is (1, 52, 0), read without initialising it."""
    lib = ctypes.CDLL(library)
    lib.espeak_Info.restype = c_char_p
    lib.espeak_Info.argtypes = [c_void_p]
    return parse_version(lib.espeak_Info(None) or b"")


def parse_version(text: bytes | str) -> tuple[int, ...]:
    if isinstance(text, bytes):
        text = text.decode("ascii", "replace")
    return tuple(int(part) for part in re.findall(r"\d+", text)[:3])


class EspeakEngine(SpeechEngine):
    """One libespeak-ng, opened from ``library`` with its data in ``data_path`` (None: its own)."""

    reads_inline_pinyin = True  # 1.52's cmn voice: 花du1区 is huā dū qū (the probe rejects the rest)

    def cannot_read(self, syllable: str) -> bool:
        return syllable.endswith("iong")  # given as phoneme input: see spell_iong

    @staticmethod
    def _spelled(text: str) -> str:
        return _IONG.sub(spell_iong, text.replace("[[", "[ ["))

    def __init__(self, library: str, data_path: str | None = None, kind: str = "system"):
        super().__init__()
        self.kind = kind
        self.library = library
        lib = self._lib = ctypes.CDLL(library)  # RTLD_LOCAL: its symbols stay its own
        lib.espeak_Initialize.restype = c_int
        lib.espeak_Initialize.argtypes = [c_int, c_int, c_char_p, c_int]
        lib.espeak_Info.restype = c_char_p
        lib.espeak_Info.argtypes = [POINTER(c_char_p)]
        lib.espeak_SetSynthCallback.argtypes = [_Callback]
        lib.espeak_SetSynthCallback.restype = None
        lib.espeak_SetVoiceByName.argtypes = [c_char_p]
        lib.espeak_SetVoiceByName.restype = c_int
        lib.espeak_SetParameter.argtypes = [c_int, c_int, c_int]
        lib.espeak_SetParameter.restype = c_int
        lib.espeak_Synth.argtypes = [c_void_p, c_size_t, c_uint, c_int, c_uint, c_uint, c_void_p, c_void_p]
        lib.espeak_Synth.restype = c_int
        lib.espeak_ListVoices.argtypes = [c_void_p]
        lib.espeak_ListVoices.restype = POINTER(POINTER(_Voice))
        lib.espeak_TextToPhonemes.argtypes = [POINTER(c_void_p), c_int, c_int]
        lib.espeak_TextToPhonemes.restype = c_char_p
        self.sample_rate = lib.espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0,
                                                 data_path.encode() if data_path else None,
                                                 INITIALIZE_DONT_EXIT)
        if self.sample_rate <= 0:
            raise EspeakError(f"espeak_Initialize failed ({library})")
        data = c_char_p()
        self.version = lib.espeak_Info(byref(data)).decode("ascii", "replace")
        self.name = f"eSpeak NG {self.version}" + (" (espeakng-loader)" if kind == "pypi" else "")
        self._audio = bytearray()
        self._callback = _Callback(self._on_synth)  # kept: the library holds only the pointer
        lib.espeak_SetSynthCallback(self._callback)
        self._voice_ids = {voice["id"].lower(): voice["id"] for voice in self.voices()}
        self._voice = ""

    def _on_synth(self, wav, samples, events) -> int:
        if samples > 0 and wav:
            self._audio.extend(ctypes.string_at(wav, samples * 2))
        return 0

    def voices(self) -> list[dict]:
        found, array = [], self._lib.espeak_ListVoices(None)
        index = 0
        while array[index]:
            voice = array[index].contents
            found.append({"id": voice.identifier.decode("utf-8", "replace"),
                          "name": (voice.name or voice.identifier).decode("utf-8", "replace"),
                          "languages": _languages(voice.languages)})
            index += 1
        return found

    def set_voice(self, voice: str) -> None:
        # espeak_SetVoiceByName takes the file name ("cmn") or the id ("sit/cmn"); an unknown
        # name (even "zh") silently leaves the old voice, so it is checked against the list.
        wanted = str(voice).lower()
        known = self._voice_ids.get(wanted) or next(
            (vid for key, vid in self._voice_ids.items() if key.rsplit("/", 1)[-1] == wanted), None)
        if known is None:
            raise ValueError(f"unknown voice {voice!r}")
        if self._lib.espeak_SetVoiceByName(known.rsplit("/", 1)[-1].encode("utf-8")) != 0:
            raise ValueError(f"unknown voice {voice!r}")
        self._voice = known

    def set_rate(self, words_a_minute: int) -> None:
        self._lib.espeak_SetParameter(RATE, int(words_a_minute), 0)

    def set_volume(self, volume: float) -> None:
        self._lib.espeak_SetParameter(VOLUME, int(round(float(volume) * 100)), 0)

    def write(self, text: str, path: str) -> None:
        spelled = self._spelled(text)
        flags = CHARS_UTF8 | ENDPAUSE | (PHONEMES if spelled != text.replace("[[", "[ [") else 0)
        data = spelled.encode("utf-8")
        self._audio.clear()
        # The size is the text's bytes and its NUL (pyttsx3's 10 × length segfaults on long text).
        status = self._lib.espeak_Synth(data, len(data) + 1, 0, POS_CHARACTER, 0, flags, None, None)
        if status != 0:
            raise EspeakError(f"espeak_Synth failed with status {status}")
        with wave.open(path, "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(self.sample_rate)
            out.writeframes(bytes(self._audio))

    def phonemes(self, text: str) -> str:
        """What the engine says for ``text`` in its own notation, clause after clause (one line).

        espeak_TextToPhonemes does not read phoneme input: the text around it is converted,
        and the phonemes given (``S;j'ong35``) are written as they are, each a word."""
        said, position = [], 0
        spelled = self._spelled(text)
        for given in _PHONEME_INPUT.finditer(spelled):
            said += [self._text_to_phonemes(spelled[position:given.start()]), given.group(1) + "_|"]
            position = given.end()
        said.append(self._text_to_phonemes(spelled[position:]))
        return " ".join(part for part in said if part)

    def _text_to_phonemes(self, text: str) -> str:
        buffer = ctypes.create_string_buffer(text.encode("utf-8"))
        pointer = c_void_p(ctypes.addressof(buffer))
        clauses = []
        while pointer.value:
            clause = self._lib.espeak_TextToPhonemes(byref(pointer), CHARS_UTF8, 0)
            if clause:
                clauses.append(clause.decode("utf-8", "replace").strip())
        return " ".join(clause for clause in clauses if clause)


def _languages(pointer: int | None) -> list[str]:
    """espeak's list of (priority byte, NUL-terminated name) pairs, ended by a zero byte."""
    languages = []
    if not pointer:
        return languages
    offset = 0
    while ctypes.c_ubyte.from_address(pointer + offset).value:
        name = ctypes.string_at(pointer + offset + 1)
        languages.append(name.decode("utf-8", "replace"))
        offset += len(name) + 2
    return languages
