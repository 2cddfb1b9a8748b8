"""Reading eSpeak NG's cmn phonemes back as pinyin: what is said, checked against what is shown.

``cmn_phonemes.tsv`` was measured, not written: every pinyin syllable pypinyin knows, with
each tone (``ma1`` … ``ma5``), converted by the espeakng-loader wheel's eSpeak NG 1.52
(``espeak_TextToPhonemes``), stress marks taken out (``measure_table`` does it again).
A tone is the digits after the vowel: 55 (1st), 35 (2nd), 214 (3rd), 51 (4th), 11 (neutral).
eSpeak reads no syllable in -iong (xiong, qiong, jiong: not even 雄 穷 炯) nor m, n, hm, hng:
they switch to English, so they are not in the table; the engine gives -iong syllables as
phoneme input (``espeak_ng.spell_iong``: ``S;j'ong35``, read as S; j 'ong in its phoneme
events), and the table holds those spellings.

``decode(phonemes)`` turns a line of ``reader speak --phonemes`` into tokens: ("syllable",
"hang2"), ("foreign", "en") for a stretch read in another language, ("unknown", text).
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

TABLE = Path(__file__).with_name("cmn_phonemes.tsv")
_SWITCH = re.compile(r"\(([a-z]{2,3}(?:-[a-z0-9]+)*)\)", re.IGNORECASE)
_PAUSE = re.compile(r"_[:!|]*")
_STRESS = str.maketrans("", "", "',")


def strip(phonemes: str) -> str:
    """A word's phonemes without pauses and stress marks, as the table keys are."""
    return _PAUSE.sub("", phonemes).translate(_STRESS).strip()


@lru_cache(1)
def table() -> dict[str, str]:
    """Stripped phonemes → tone-numbered pinyin (``ji35nXA35N`` is not here; ``ji35n`` → yin2)."""
    rows = (line.split("\t") for line in TABLE.read_text(encoding="utf-8").splitlines() if line)
    return {phonemes: syllable for phonemes, syllable in rows}


@lru_cache(1)
def _by_first() -> dict[str, list[str]]:
    keys: dict[str, list[str]] = {}
    for key in table():
        keys.setdefault(key[0], []).append(key)
    for found in keys.values():
        found.sort(key=len, reverse=True)
    return keys


def decode_word(word: str) -> list[tuple[str, str]]:
    """One word's stripped phonemes as syllables, leaving as few characters unknown as can be."""
    keys, n = _by_first(), len(word)
    best: list[tuple[int, int, str | None] | None] = [None] * (n + 1)  # (unknown chars, syllables, key)
    best[n] = (0, 0, None)
    for start in range(n - 1, -1, -1):
        skip = best[start + 1]
        choice = (skip[0] + 1, skip[1], None)
        for key in keys.get(word[start], ()):
            after = best[start + len(key)] if word.startswith(key, start) else None
            if after is not None and (after[0], after[1] + 1) < (choice[0], choice[1]):
                choice = (after[0], after[1] + 1, key)
        best[start] = choice
    tokens: list[tuple[str, str]] = []
    position = 0
    while position < n:
        key = best[position][2]
        if key is None:
            if tokens and tokens[-1][0] == "unknown":
                tokens[-1] = ("unknown", tokens[-1][1] + word[position])
            else:
                tokens.append(("unknown", word[position]))
            position += 1
        else:
            tokens.append(("syllable", table()[key]))
            position += len(key)
    return tokens


def decode(phonemes: str) -> list[tuple[str, str]]:
    """Tokens of a line of phonemes: syllables of the cmn stretches, one token per foreign stretch."""
    tokens: list[tuple[str, str]] = []
    language, position = "cmn", 0
    for switch in [*_SWITCH.finditer(phonemes), None]:
        stretch = phonemes[position:switch.start() if switch else len(phonemes)]
        if language == "cmn":
            for word in stretch.split():
                word = strip(word)
                if word:
                    tokens.extend(decode_word(word))
        elif stretch.strip():
            tokens.append(("foreign", language))
        if switch:
            language, position = switch.group(1).lower(), switch.end()
    return tokens


def switches(phonemes: str) -> int:
    """How many times the engine changes to another language."""
    return sum(1 for match in _SWITCH.finditer(phonemes) if match.group(1).lower() != "cmn")


def measure_table(engine) -> dict[str, str]:
    """The table as ``engine`` (an espeak_ng.EspeakEngine with the cmn voice) says it today."""
    from pypinyin.contrib.tone_convert import to_normal
    from pypinyin.pinyin_dict import pinyin_dict

    syllables = {to_normal(reading).replace("ü", "v") for readings in pinyin_dict.values()
                 for reading in readings.split(",")}
    measured = {}
    for syllable in sorted(s for s in syllables if re.fullmatch(r"[a-z]+", s)):
        for tone in range(1, 6):
            said = engine.phonemes(f"{syllable}{tone}")
            key = strip(said)
            if not _SWITCH.search(said) and " " not in key and re.search(r"55|35|214|51|11", key):
                measured[key] = f"{syllable}{tone}"
    return measured
