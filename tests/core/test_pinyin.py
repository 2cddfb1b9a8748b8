"""Pinyin readings: phrase-aware, aligned with the characters, corrections kept, uncommon set, search."""

import pytest

from reader.bundled import sample_report
from reader.core import pinyin, search
from reader.core.parsing import parse_file


@pytest.fixture(autouse=True)
def fresh_corrections(tmp_path):
    pinyin.use_corrections(pinyin.Corrections(tmp_path / "corrections.json"))
    yield
    pinyin.use_corrections(None)


@pytest.fixture(scope="module")
def sample():
    return parse_file(sample_report())


@pytest.mark.parametrize("word, expected", [
    ("重要", ["zhòng", "yào"]), ("重新", ["chóng", "xīn"]), ("银行", ["yín", "háng"]),
    ("行政", ["xíng", "zhèng"]), ("长者", ["zhǎng", "zhě"]), ("分局长", ["fēn", "jú", "zhǎng"]),
])
def test_phrases_decide_the_reading(word, expected):
    assert pinyin.readings(word) == expected


def test_one_reading_per_character_none_for_the_rest():
    text = "2020年，\ue7e3法治 ok"
    shown = pinyin.readings(text)
    assert len(shown) == len(text)
    assert shown == [None] * 4 + ["nián", None, None, "fǎ", "zhì", None, None, None]


def test_tone_numbers_and_neutral_tone():
    assert pinyin.readings("重要的绿色", pinyin.TONE_NUMBERS) == ["zhong4", "yao4", "de", "lü4", "se4"]
    assert pinyin.readings("重要的绿色") == ["zhòng", "yào", "de", "lǜ", "sè"]


def test_uncommon_mode_leaves_gb2312_level_one_bare():
    assert len(pinyin.common_characters()) == 3755
    assert pinyin.is_common("法") and not pinyin.is_common("饕")
    assert pinyin.readings("法治饕餮", mode=pinyin.MODE_UNCOMMON) == [None, None, "tāo", "tiè"]
    assert pinyin.readings("法治", mode=pinyin.MODE_OFF) == [None, None]


def test_a_correction_is_kept_per_word_and_used_from_then_on(tmp_path):
    assert "háng" in [pinyin.display(r) for r in pinyin.heteronyms("行")]
    word, index = pinyin.word_at("他去银行了", 3)
    assert (word, index) == ("银行", 1)
    pinyin.corrections().set(word, index, "xíng")
    assert pinyin.readings("他去银行了")[3] == "xíng"
    assert pinyin.readings("行政")[0] == "xíng"  # another word is not touched
    assert pinyin.readings("行走")[0] == "xíng"
    # Kept on disk: a new store reads it back.
    again = pinyin.Corrections(tmp_path / "corrections.json")
    assert again.get("银行", 1) == "xíng"
    pinyin.corrections().set(word, index, None)
    assert pinyin.readings("他去银行了")[3] == "háng"


def test_every_chinese_character_of_the_sample_gets_a_reading(sample):
    """How fast is benchmarks/pinyin.py's to say (about 70 ms for the sample here)."""
    pinyin.load()
    for line in sample.text.split("\n"):
        readings = pinyin.readings(line)
        assert len(readings) == len(line)
        assert all(reading for ch, reading in zip(line, readings) if "\u4e00" <= ch <= "\u9fff"), line


def test_pinyin_search_by_full_pinyin_and_initials(sample):
    assert search.find_all(sample, "fazhi") == []  # not before the index is built
    assert pinyin.search_index(sample, build=True) is not None
    for query in ("fazhi", "fz", "FaZhi", "fa zhi", "fazh"):
        found = search.find_all(sample, query)
        assert found, query
        assert any(sample.text[m.start:m.end] == "法治" for m in found)
    # Tones ignored, whole syllables: 法治, 法制, 法执 ... never 范执 (fan) or 防止 (fang).
    for match in search.find_all(sample, "fazhi"):
        assert [pinyin.toneless(s) for s in pinyin.syllables(sample.text[match.start:match.end])] == ["fa", "zhi"]
    assert search.find_all(sample, "zzzzq") == []
    # Sections come out right for pinyin matches too.
    first = search.find_all(sample, "fazhi")[0]
    assert first.section is None or 0 <= first.section < len(search.sections(sample))


def test_search_uses_the_corrections(sample):
    assert pinyin.search_index(sample, build=True).find("zhengfu")
    line = next(line for line in sample.text.split("\n") if "政府" in line)
    word, offset = pinyin.word_at(line, line.index("政府"))
    pinyin.corrections().set(word, offset, "zhēng")
    assert pinyin.search_index(sample) is None  # out of date: the window builds it again
    index = pinyin.search_index(sample, build=True)
    assert len(index.find("zhengfu")) > 0 and pinyin.syllables(line)[line.index("政府")] == "zhēng"


def test_pinyin_query_letters_only():
    assert pinyin.pinyin_query("fz") == "fz"
    assert pinyin.pinyin_query("fa'zhi") == "fazhi"
    assert pinyin.pinyin_query("f") is None
    assert pinyin.pinyin_query("法治") is None
    assert pinyin.pinyin_query("fz2") is None
