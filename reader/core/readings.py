"""The reader's reading of each character: what is shown over it and what is spoken.

In order, later ones winning:
1. pypinyin's dictionaries: its phrases (重要 zhòng, 银行 háng) and, for a character standing
   alone, its commonest reading;
2. the lexicon: proper nouns and official terms whose reading the reader knows better
   (花都 Huādū, 六安 Lù'ān, 应诉 yìng), bundled as data in resources/lexicon.tsv, plus a
   user's own lexicon.tsv in the data folder (same format; theirs wins);
3. context rules a linguist would state (reading_rules.py: 以…为 → wéi, 更好地 → de, …);
4. the user's corrections (pinyin.Corrections), kept per word in context.

The text is cut into words by the fewest words the phrase dictionary and the lexicon allow
(a lexicon word counts a little less than another word). pypinyin's dictionary holds only
phrases that settle a heteronym, so two of its phrases often overlap where only one is meant
(粮行|政 or 粮|行政): of equally short cuts the one with fewer readings that differ from the
characters' own wins (a phrase that reads 行 as háng needs more evidence than one that keeps
xíng: 粮|行政, 实行|市级, 严重|影响, 应当|做好, 的|当事人, 超标|的) and fewer phrases that start
or end with a word that mostly stands alone (要求|和, not 要|求和), and then the one whose first
word is shorter. pypinyin's own cut reads from the left and, where it finds no word, takes a
prefix that is no word at all (质的 dì).

Plain Python; pypinyin is imported through pinyin.load() only.
"""
from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from pathlib import Path

# Where a reading came from: with_inline_pinyin gives the engine every reading the reader decided.
FROM_CHARACTER, FROM_PHRASE, FROM_LEXICON, FROM_RULE, FROM_CORRECTION = range(5)
DECIDED = (FROM_LEXICON, FROM_RULE, FROM_CORRECTION)
LEXICON_FILE = "lexicon.tsv"
_LONGEST_WORD = 10
_WORD_COST, _LEXICON_WORD_COST = 10, 9


def is_hanzi(char: str) -> bool:
    """A CJK ideograph (the unified blocks, their extensions and the compatibility ideographs)."""
    code = ord(char)
    return (0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0x20000 <= code <= 0x3134F
            or 0xF900 <= code <= 0xFAFF or code == 0x3007)


# The lexicon ---------------------------------------------------------------------------------
class LexiconError(ValueError):
    """A line of a lexicon file that cannot be read (the message names the file and line)."""


@dataclass(frozen=True)
class Entry:
    word: str
    numbered: tuple[str, ...]  # hua1 du1, as written in the file
    note: str = ""


def parse_lexicon(text: str, name: str = "lexicon.tsv") -> list[Entry]:
    """The entries of a lexicon file: word TAB tone-numbered pinyin TAB note; # comments."""
    entries = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) < 2:
            raise LexiconError(f"{name}:{number}: expected word TAB pinyin")
        word, syllables = fields[0].strip(), tuple(fields[1].split())
        if not word or not all(is_hanzi(char) for char in word):
            raise LexiconError(f"{name}:{number}: {word!r} is not a word of Chinese characters")
        if len(syllables) != len(word) or not all(_is_numbered(s) for s in syllables):
            raise LexiconError(f"{name}:{number}: {word} needs one syllable with a tone number "
                               f"(1-5) per character, not {fields[1]!r}")
        entries.append(Entry(word, syllables, fields[2].strip() if len(fields) > 2 else ""))
    return entries


def _is_numbered(syllable: str) -> bool:
    return syllable[:-1].isascii() and syllable[:-1].isalpha() and syllable[-1:] in "12345"


class Lexicon:
    """Words and their readings with tone marks (花都 → huā dū)."""

    def __init__(self, entries: list[Entry] = ()):
        self.words: dict[str, tuple[str, ...]] = {}
        for entry in entries:
            self.words[entry.word] = tuple(marked(s) for s in entry.numbered)

    def __contains__(self, word: str) -> bool:
        return word in self.words

    def __len__(self) -> int:
        return len(self.words)


def bundled_lexicon_path() -> Path:
    checkout = Path(__file__).resolve().parents[2] / "resources" / LEXICON_FILE
    if checkout.is_file():  # run from a checkout (an editable install may point elsewhere)
        return checkout
    from ..bundled import resource

    return resource(LEXICON_FILE)


def user_lexicon_path() -> Path:
    from .paths import data_dir

    return data_dir() / LEXICON_FILE


_lexicon: Lexicon | None = None
_lexicon_lock = threading.Lock()


def lexicon() -> Lexicon:
    """The bundled lexicon and, after it (so it wins), the user's lexicon.tsv, if any."""
    global _lexicon
    with _lexicon_lock:
        if _lexicon is None:
            entries = parse_lexicon(bundled_lexicon_path().read_text("utf-8"), LEXICON_FILE)
            user = user_lexicon_path()
            if user.is_file():
                try:
                    entries += parse_lexicon(user.read_text("utf-8-sig"), str(user))
                except (OSError, UnicodeDecodeError, LexiconError):
                    pass  # a broken user file must not cost the user their pinyin
            _lexicon = Lexicon(entries)
        return _lexicon


def use_lexicon(replacement: Lexicon | None) -> None:
    """Replace the lexicon in use (tests; None: read the files again when next wanted)."""
    global _lexicon
    with _lexicon_lock:
        _lexicon = replacement
    from . import pinyin

    pinyin._cache.clear()


_marked: dict[str, str] = {}


def marked(numbered: str) -> str:
    """``hua1`` → ``huā``; ``lv4`` → ``lǜ``; ``de5`` → ``de``."""
    found = _marked.get(numbered)
    if found is None:
        from .pinyin import load

        found = load().contrib.tone_convert.to_tone(numbered.replace("5", "")).replace("v", "ü")
        _marked[numbered] = found
    return found


# Cutting text into words ---------------------------------------------------------------------
def _dictionaries():
    from .pinyin import load

    module = load()
    return module.constants.PHRASES_DICT, module.constants.PINYIN_DICT


_HANZI_RUN = re.compile("[\u4e00-\u9fff\u3400-\u4dbf\U00020000-\U0003134f\uf900-\ufaff\u3007]+")


def cut(text: str) -> list[str]:
    """``text`` as words: runs of Chinese characters cut by the fewest words (see the module
    docstring), every other character a word of its own."""
    phrases, characters = _dictionaries()
    known = lexicon().words
    prefixes = _prefixes(phrases, known)
    pieces: list[str] = []
    done = 0
    for run in _HANZI_RUN.finditer(text):
        pieces.extend(text[done:run.start()])
        pieces.extend(_cut_run(run.group(), phrases, characters, known, prefixes))
        done = run.end()
    pieces.extend(text[done:])
    return pieces


_prefix_sets: dict[tuple[int, int], frozenset[str]] = {}


def _prefixes(phrases, known) -> frozenset[str]:
    """Every beginning (two characters or more) of a phrase or a lexicon word: the cut stops
    looking for longer words where no word begins so."""
    key = (id(phrases), id(known))
    found = _prefix_sets.get(key)
    if found is None:
        found = frozenset(word[:length] for word in (*phrases, *known) for length in range(2, len(word) + 1))
        _prefix_sets.clear()
        _prefix_sets[key] = found
    return found


_marks: dict[str, int] = {}
# Words that mostly stand alone: a phrase that starts or ends with one is less likely (要求|和,
# not 要|求和; 资质|的, not 资|质的).
_FUNCTION_WORDS = frozenset("的地得了和与及并或在是等对把被")


def _marked_readings(word: str, phrases, characters) -> int:
    """What makes a phrase less likely than its neighbour: each character it reads otherwise
    than alone (粮行 háng: 1), and 2 if it starts or ends with a function word."""
    found = _marks.get(word)
    if found is None:
        found = 0
        for char, choices in zip(word, phrases[word]):
            alone = characters.get(ord(char), "")
            if choices[0] != alone.split(",", 1)[0]:
                found += 1
        if word[0] in _FUNCTION_WORDS or word[-1] in _FUNCTION_WORDS:
            found += 2
        _marks[word] = found
    return found


def _cut_run(run: str, phrases, characters, known, prefixes) -> list[str]:
    size = len(run)
    if size == 1:
        return [run]
    cost = [0] * (size + 1)
    step = [1] * (size + 1)
    for start in range(size - 1, -1, -1):
        best, best_length = _WORD_COST + cost[start + 1], 1
        for length in range(2, min(_LONGEST_WORD, size - start) + 1):
            word = run[start:start + length]
            if word not in prefixes:
                break
            if word in known:
                here = _LEXICON_WORD_COST
            elif word in phrases:
                here = _WORD_COST + _marked_readings(word, phrases, characters)
            else:
                continue
            if here + cost[start + length] < best:  # strictly: a tie keeps the shorter word
                best, best_length = here + cost[start + length], length
        cost[start], step[start] = best, best_length
    words, start = [], 0
    while start < size:
        words.append(run[start:start + step[start]])
        start += step[start]
    return words


_alone: dict[str, str | None] = {}  # a character's reading standing alone

# Deciding readings ---------------------------------------------------------------------------
@dataclass
class Reading:
    """The reading of each character of a text (None: no reading) and where each came from."""
    words: list[tuple[int, str]]
    syllables: list[str | None]
    sources: list[int | None]


def decide(text: str, corrected: dict[str, str] | None = None) -> Reading:
    """Every character's reading in ``text``, with the lexicon, the rules and ``corrected``
    (``word|index`` → syllable, the user's corrections)."""
    from . import reading_rules

    phrases, characters = _dictionaries()
    known = lexicon().words
    words, syllables, sources = [], [], []
    start = 0
    for word in cut(text):
        words.append((start, word))
        start += len(word)
        if word in known:
            syllables.extend(known[word])
            sources.extend([FROM_LEXICON] * len(word))
        elif len(word) > 1:
            syllables.extend(choices[0] for choices in phrases[word])
            sources.extend([FROM_PHRASE] * len(word))
        else:
            found = _alone.get(word, False)
            if found is False:
                found = characters.get(ord(word)) if is_hanzi(word) else None
                found = _alone[word] = found.split(",", 1)[0] if found else None
            syllables.append(found)
            sources.append(FROM_CHARACTER if found else None)
    reading = Reading(words, syllables, sources)
    reading_rules.apply(text, reading)
    if corrected:
        for start, word in words:
            for index in range(len(word)):
                fixed = corrected.get(f"{word}|{index}")
                if fixed is not None and syllables[start + index] is not None:
                    syllables[start + index] = fixed
                    sources[start + index] = FROM_CORRECTION
    return reading
