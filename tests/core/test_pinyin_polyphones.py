"""The share of polyphones read right in real documents (the sample and shared/corpus/), against
a list read by hand once (polyphones_checked.tsv): the reader's readings, and pypinyin's alone."""
from pathlib import Path

import pytest

from reader.core import pinyin, reading_rules

CHECKED = Path(__file__).parent / "polyphones_checked.tsv"
SANDHI = ("一", "不")  # yī/yí/yì, bù/bú: the citation tone and the tone after sandhi are both right


@pytest.fixture(autouse=True)
def no_corrections(tmp_path):
    pinyin.use_corrections(pinyin.Corrections(tmp_path / "corrections.json"))
    yield
    pinyin.use_corrections(None)


def checked_sentences():
    for line in CHECKED.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            sentence, right = line.split("\t")
            yield sentence, [item.split("=", 1) for item in right.split()]


def agree(char: str, given: str | None, right: str) -> bool:
    if given is None:
        return False
    if char in SANDHI:
        return pinyin.toneless(given) == pinyin.toneless(right)
    return given == right


_polyphone: dict[str, bool] = {}


def is_polyphone(char: str) -> bool:
    if char not in _polyphone:
        _polyphone[char] = pinyin.is_hanzi(char) and len(pinyin.heteronyms(char)) > 1
    return _polyphone[char]


def share_right(read, only=None) -> tuple[int, int, list[str]]:
    """Right readings, polyphones counted (those in ``only`` if given), and the misses."""
    right_count = total = 0
    misses = []
    for sentence, expected in checked_sentences():
        given = read(sentence)
        polyphones = [(i, char) for i, char in enumerate(sentence) if is_polyphone(char)]
        assert [char for _, char in polyphones] == [char for char, _ in expected], sentence
        for (index, char), (_, right) in zip(polyphones, expected):
            if only is not None and char not in only:
                continue
            total += 1
            if agree(char, given[index], right):
                right_count += 1
            else:
                misses.append(f"{sentence[max(0, index - 8):index]}[{char}]{sentence[index + 1:index + 8]} "
                              f"{given[index]} (right: {right})")
    return right_count, total, misses


def contested() -> set[str]:
    """Characters that take more than one reading in these documents, or that pypinyin alone
    reads wrong somewhere: the polyphones that need deciding (为, 行, 长, 地 …)."""
    readings: dict[str, set[str]] = {}
    for _, expected in checked_sentences():
        for char, right in expected:
            readings.setdefault(char, set()).add(right)
    found = {char for char, seen in readings.items() if len(seen) > 1 and char not in SANDHI}
    _, _, misses = share_right(pypinyin_alone)
    return found | {miss.split("[", 1)[1][0] for miss in misses}


def pypinyin_alone(sentence: str) -> list[str | None]:
    module = pinyin.load()
    found = module.pinyin(sentence, style=module.Style.TONE, errors=lambda run: [[c] for c in run])
    return [item[0] if pinyin.is_hanzi(char) else None for char, item in zip(sentence, found)]


def test_the_list_is_large():
    assert sum(len(expected) for _, expected in checked_sentences()) > 10000


def test_polyphones_of_real_documents_are_read_right():
    right, total, misses = share_right(pinyin.syllables)
    base_right, _, base_misses = share_right(pypinyin_alone)
    print(f"\nall polyphones right: reader {right}/{total} = {right / total:.1%}; "
          f"pypinyin alone {base_right}/{total} = {base_right / total:.1%}")
    hard = contested()
    hard_right, hard_total, _ = share_right(pinyin.syllables, hard)
    hard_base, _, _ = share_right(pypinyin_alone, hard)
    print(f"contested polyphones ({''.join(sorted(hard))}): reader {hard_right}/{hard_total} = "
          f"{hard_right / hard_total:.1%}; pypinyin alone {hard_base}/{hard_total} = {hard_base / hard_total:.1%}")
    ruled = set(reading_rules.RULES) - {"的"}  # the characters context rules are for (的 is nearly always de)
    ruled_right, ruled_total, _ = share_right(pinyin.syllables, ruled)
    ruled_base, _, _ = share_right(pypinyin_alone, ruled)
    print(f"characters with context rules ({''.join(sorted(ruled))}): reader {ruled_right}/{ruled_total} = "
          f"{ruled_right / ruled_total:.1%}; pypinyin alone {ruled_base}/{ruled_total} = {ruled_base / ruled_total:.1%}")
    print("reader's misses:", *misses, sep="\n  ")
    assert right / total >= 0.99 and hard_right / hard_total >= 0.95
    assert len(base_misses) > len(misses)
