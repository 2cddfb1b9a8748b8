"""Pinyin for Chinese text: readings per character, phrase-aware, with the user's corrections.

pypinyin (and its 57 MB of dictionaries) is imported only by ``load()``: the window calls it
in a background thread when pinyin is first wanted, the command line when it exports with
pinyin. Everything else here is plain Python and no Qt.

- ``syllables(text)``: one reading per character of ``text`` (None where a character has
  none), as pypinyin writes it, with tone marks (``zhòng``). Phrases
  decide the reading of a heteronym (重要 zhòng, 重新 chóng, 银行 háng, 行政 xíng).
- ``display(syllable, tones)``: ``zhòng`` (tone marks) or ``zhong4`` (tone numbers).
- Corrections: where a reading is wrong the user picks another one. A correction is kept per
  *word in context*: the word pypinyin's segmenter found and the character's index in it
  (银行|1 → xíng). A word of one character is a character standing alone, so correcting it
  corrects that character wherever it stands alone, never inside another word.
- ``is_common(char)``: in GB2312 level 1 (3,755 hanzi), the set the "uncommon characters only"
  mode leaves without pinyin.
- ``SearchIndex``: the document's toneless pinyin laid out for regular-expression search, so
  ``fazhi`` and ``fz`` both find 法治 (built off the keystroke path, see core/search.py).
"""
from __future__ import annotations

import re
import threading
import weakref
from pathlib import Path

from . import readings as _readings
from .json_store import JsonStore
from .paths import data_dir

TONE_MARKS, TONE_NUMBERS = "marks", "numbers"
MODE_OFF, MODE_UNCOMMON, MODE_ALL = "off", "uncommon", "all"
MODES = (MODE_OFF, MODE_UNCOMMON, MODE_ALL)
TONES = (TONE_MARKS, TONE_NUMBERS)
# The widest syllables, to size the room pinyin needs (with tone marks and with numbers).
LONGEST_SYLLABLES = ("zhuāng", "chuǎng", "shuǎng", "zhuang1", "chuang3", "shuang3")

_module = None
_lock = threading.Lock()


class PinyinUnavailable(RuntimeError):
    """pypinyin is not installed."""


is_hanzi = _readings.is_hanzi


def load():
    """Import pypinyin (0.3-0.5 s the first time); safe from any thread. Raises PinyinUnavailable."""
    global _module
    if _module is not None:
        return _module
    with _lock:
        if _module is None:
            try:
                import pypinyin
                import pypinyin.contrib.tone_convert  # noqa: F401 - loaded here, not on first use
                import pypinyin.core  # noqa: F401
                import pypinyin.seg.simpleseg  # noqa: F401
            except ImportError as error:
                raise PinyinUnavailable(str(error)) from error
            pypinyin.core.pinyin("中", style=pypinyin.Style.TONE)  # the dictionaries load lazily
            _module = pypinyin
            _readings.cut("中文")  # the lexicon and the cut's prefixes, here rather than on first use
    return _module


def is_loaded() -> bool:
    return _module is not None


def available() -> bool:
    if _module is not None:
        return True
    import importlib.util

    return importlib.util.find_spec("pypinyin") is not None


# Common characters ------------------------------------------------------------------------
_common: frozenset[str] | None = None


def common_characters() -> frozenset[str]:
    """GB2312 level 1: the 3,755 most used hanzi (rows 0xB0-0xD7 of the GB2312 code table)."""
    global _common
    if _common is None:
        characters = set()
        for high in range(0xB0, 0xD8):
            for low in range(0xA1, 0xFF):
                try:
                    characters.add(bytes((high, low)).decode("gb2312"))
                except UnicodeDecodeError:  # 0xD7FA-0xD7FE are unassigned
                    pass
        _common = frozenset(characters)
    return _common


def is_common(char: str) -> bool:
    return char in common_characters()


# Showing a syllable ------------------------------------------------------------------------
_numbered: dict[str, str] = {}
_plain: dict[str, str] = {}


def display(syllable: str, tones: str = TONE_MARKS) -> str:
    """``zhòng`` as it is (tone marks) or as ``zhong4`` (numbers); the neutral tone has neither."""
    if tones != TONE_NUMBERS:
        return syllable
    shown = _numbered.get(syllable)
    if shown is None:
        shown = load().contrib.tone_convert.to_tone3(syllable).replace("v", "ü")
        _numbered[syllable] = shown
    return shown


def toneless(syllable: str) -> str:
    """``zhòng`` → ``zhong``; ü is written v, as pinyin input methods type it."""
    plain = _plain.get(syllable)
    if plain is None:
        plain = load().contrib.tone_convert.to_normal(syllable).replace("ü", "v")
        _plain[syllable] = plain
    return plain


# Corrections -------------------------------------------------------------------------------
class Corrections:
    """The user's readings, kept in pinyin_corrections.json in the data folder.

    ``version`` goes up with every change, so caches built on the old readings can tell."""

    def __init__(self, path: Path | None = None):
        self.store = JsonStore(path or data_dir() / "pinyin_corrections.json")
        stored = self.store.load().get("words", {})
        self.words: dict[str, str] = {key: value for key, value in stored.items()
                                      if isinstance(key, str) and isinstance(value, str) and "|" in key}
        self.version = 0

    @staticmethod
    def key(word: str, index: int) -> str:
        return f"{word}|{index}"

    def get(self, word: str, index: int) -> str | None:
        return self.words.get(self.key(word, index))

    def set(self, word: str, index: int, syllable: str | None) -> None:
        """Read character ``index`` of ``word`` as ``syllable`` (``xíng``) from now on; None: as pypinyin says."""
        key = self.key(word, index)
        if syllable is None:
            if self.words.pop(key, None) is None:
                return
        elif self.words.get(key) == syllable:
            return
        else:
            self.words[key] = syllable
        self.version += 1
        _cache.clear()
        self.store.save({"words": self.words})

    def __len__(self) -> int:
        return len(self.words)


_corrections: Corrections | None = None


def corrections() -> Corrections:
    """The user's corrections (read from the data folder the first time they are wanted)."""
    global _corrections
    if _corrections is None:
        _corrections = Corrections()
    return _corrections


def use_corrections(store: Corrections | None) -> None:
    """Replace the corrections in use (tests; None: read them again from the data folder)."""
    global _corrections
    _corrections = store
    _cache.clear()


# Readings ----------------------------------------------------------------------------------
_cache: dict[str, "_readings.Reading"] = {}
_CACHE_LIMIT = 20000  # texts (paragraphs, lines, captions) whose readings are kept


def words(text: str) -> list[tuple[int, str]]:
    """The words ``text`` is read as (see readings.cut), with their offsets."""
    return decided(text).words


def syllables(text: str) -> list[str | None]:
    """One reading (``zhòng``) per character of ``text``; None for a non-hanzi."""
    return decided(text).syllables


def _syllables(text: str) -> list[str | None]:
    """As syllables(), without keeping the result (a whole document would fill the cache)."""
    load()
    return _readings.decide(text, corrections().words).syllables


def decided(text: str) -> "_readings.Reading":
    """The readings of ``text`` and where each came from (lexicon, rule, correction …)."""
    cached = _cache.get(text)
    if cached is not None:
        return cached
    load()
    result = _readings.decide(text, corrections().words)
    if len(_cache) >= _CACHE_LIMIT:
        _cache.clear()
    _cache[text] = result
    return result


def readings(text: str, tones: str = TONE_MARKS, mode: str = MODE_ALL) -> list[str | None]:
    """What to show over each character of ``text``: its pinyin, or None (no pinyin, or the
    character is common and ``mode`` is "uncommon")."""
    if mode == MODE_OFF:
        return [None] * len(text)
    common = common_characters() if mode == MODE_UNCOMMON else ()
    return [None if syllable is None or char in common else display(syllable, tones)
            for char, syllable in zip(text, syllables(text))]


def word_at(text: str, index: int) -> tuple[str, int]:
    """The word holding character ``index`` of ``text`` and the character's index in it."""
    for start, word in words(text):
        if start <= index < start + len(word):
            return word, index - start
    raise IndexError(index)


def heteronyms(char: str) -> list[str]:
    """Every reading of a character (``zhòng``, ``chóng``), the commonest first."""
    module = load()
    found = module.pinyin(char, style=module.Style.TONE, heteronym=True)
    return [reading for reading in found[0] if reading != char] if found else []


# Search ------------------------------------------------------------------------------------
_SLOT = 7  # "|" and a toneless syllable padded to six letters (zhuang): one slot per character
_indexes: dict[int, tuple[weakref.ref, int, "SearchIndex"]] = {}
_index_lock = threading.Lock()


class SearchIndex:
    """A document's toneless pinyin, one fixed-width slot per character of its text.

    A hanzi's slot is ``|`` and its syllable padded with ``.``; any other character's slot is
    ``|`` and dots, which no letter matches, so a match never spans a non-hanzi.
    """

    def __init__(self, text: str, pause=None):
        """``pause``, called between lines, lets a background build give way to the window."""
        lines, slots = text.split("\n"), []
        blank = "|" + "." * (_SLOT - 1)
        for line in lines:
            if pause is not None:
                pause()
            for syllable in _syllables(line):  # not cached: a whole document would fill the cache
                slots.append(blank if syllable is None else "|" + toneless(syllable).ljust(_SLOT - 1, "."))
            slots.append(blank)  # the newline
        self.keys = "".join(slots)

        found = {slot[1:].rstrip(".") for slot in set(slots)} - {""}
        self.syllables = frozenset(found)  # the toneless syllables the document holds
        self.prefixes = frozenset(word[:n] for word in found for n in range(1, len(word) + 1))
        self.initials = frozenset(word[:2] if word[:2] in ("zh", "ch", "sh") else word[0] for word in found) \
            | {word[0] for word in found}
        self._patterns: dict[str, re.Pattern | None] = {}

    def find(self, query: str) -> list[tuple[int, int]]:
        """The [start, end) character offsets of each run of hanzi whose syllables spell
        ``query`` (lower-case letters), each syllable given in full or by its initial
        (zh, ch, sh or one letter), the last one possibly only begun: fazhi, fz, fazh → 法治."""
        pattern = self._patterns.get(query, False)
        if pattern is False:
            pattern = self._patterns[query] = self._pattern(query)
        if pattern is None:
            return []
        return [(found.start() // _SLOT, (found.end() - 1) // _SLOT + 1) for found in pattern.finditer(self.keys)]

    def _pattern(self, query: str):
        """One alternative per way of cutting the query into syllables and initials."""
        ways: list[str] = []

        def cut(rest: str, pieces: list[str]) -> None:
            if len(ways) >= MAX_SPELLINGS:
                return
            if not rest:
                ways.append("".join(pieces))
                return
            for length in range(min(len(rest), 6), 0, -1):
                piece = rest[:length]
                last = length == len(rest)
                if last and piece in self.prefixes:  # the last syllable may be only begun
                    cut("", pieces + [r"\|" + piece + r"[a-z]*\.*"])
                    continue
                if piece in self.syllables:
                    cut(rest[length:], pieces + [r"\|" + piece + r"\.*"])
                if piece in self.initials:
                    cut(rest[length:], pieces + [r"\|" + piece + r"[a-z]*\.*"])

        cut(query, [])
        if not ways:
            return None
        return re.compile("|".join(dict.fromkeys(ways)))


MAX_SPELLINGS = 64  # ways of reading one query at most (a long run of letters has a few)


def pinyin_query(query: str) -> str | None:
    """The letters of a query pinyin search would look for (spaces and ' dropped), or None."""
    letters = query.replace(" ", "").replace("'", "").lower()
    if len(letters) < 2 or not letters.isascii() or not letters.isalpha():
        return None
    return letters


def search_index(document, build: bool = False, pause=None, elsewhere: bool = False) -> SearchIndex | None:
    """The document's pinyin index if it is built (and up to date); ``build`` builds it now
    (seconds for 2 MB: call it in a background thread, with a ``pause`` that yields), in a
    separate process when ``elsewhere`` and pypinyin is not loaded here."""
    key = id(document)
    version = corrections().version
    entry = _indexes.get(key)
    if entry is not None and entry[0]() is document and entry[1] == version:
        return entry[2]
    if not build or not is_loaded() and not available():
        return None
    if elsewhere and not is_loaded():
        index = _index_in_another_process(document.text)
    else:
        index = SearchIndex(document.text, pause)
    with _index_lock:
        _indexes[key] = (weakref.ref(document, _forget), version, index)
    return index


def _index_in_another_process(text: str) -> SearchIndex:
    """Importing pypinyin unmarshals its dictionaries in one long call that holds the GIL
    (a 200 ms stall of the window); in a separate process the window never waits for it."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(SearchIndex, text).result()


def _forget(ref: weakref.ref) -> None:
    with _index_lock:
        for key, entry in list(_indexes.items()):
            if entry[0] is ref:
                del _indexes[key]


def find(document, query: str) -> list[tuple[int, int]]:
    """Pinyin matches of ``query`` in ``document`` (empty until its index is built)."""
    letters = pinyin_query(query)
    if letters is None:
        return []
    index = search_index(document)
    return index.find(letters) if index is not None else []

