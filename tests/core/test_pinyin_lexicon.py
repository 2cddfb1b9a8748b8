"""The bundled lexicon (resources/lexicon.tsv): each entry is read as it says, in a sentence;
a user's lexicon.tsv in the data folder is read too and wins; a malformed line is named."""
import pytest

from reader.core import pinyin, readings

ENTRIES = readings.parse_lexicon(readings.bundled_lexicon_path().read_text("utf-8"))


pytestmark = pytest.mark.usefixtures("fresh_readings")


@pytest.mark.parametrize("entry", ENTRIES, ids=[entry.word for entry in ENTRIES])
def test_each_entry_is_read_as_the_lexicon_says(entry):
    sentence = f"关于{entry.word}的情况"
    shown = pinyin.readings(sentence, pinyin.TONE_NUMBERS)[2:2 + len(entry.word)]
    assert shown == [pinyin.display(readings.marked(s), pinyin.TONE_NUMBERS) for s in entry.numbered]


@pytest.mark.parametrize("text, expected", [
    ("广州市花都区", "huā dū qū"), ("番禺区", "pān yú"), ("六安市", "lù ān"), ("蚌埠市", "bèng bù"),
    ("丽水市", "lí shuǐ"), ("铅山县", "yán shān"), ("出庭应诉", "yìng sù"), ("中选药品", "zhòng xuǎn"),
    ("接处警", "jiē chǔ jǐng"), ("按期还款", "huán kuǎn"),
])
def test_the_issues_words(text, expected):
    shown = " ".join(s for s in pinyin.readings(text) if s)
    assert expected in shown


def test_a_user_lexicon_in_the_data_folder_wins(tmp_path):
    (tmp_path / "lexicon.tsv").write_text("# mine\n花都\thua1 dou1\ttesting\n乐业\tle4 ye4\t广西乐业县\n", "utf-8")
    readings.use_lexicon(None)
    assert pinyin.readings("花都乐业") == ["huā", "dōu", "lè", "yè"]


def test_a_broken_user_lexicon_is_ignored_and_the_bundled_one_still_read(tmp_path):
    (tmp_path / "lexicon.tsv").write_text("花都\thua1\n", "utf-8")
    readings.use_lexicon(None)
    assert pinyin.readings("花都")[1] == "dū"


@pytest.mark.parametrize("line, message", [
    ("花都", "expected word TAB pinyin"), ("花都\thua1", "one syllable"), ("花都\thua du1", "one syllable"),
    ("ab\tbi1 ci1", "not a word of Chinese characters"),
])
def test_malformed_lines_are_named(line, message):
    with pytest.raises(readings.LexiconError, match=message):
        readings.parse_lexicon("# c\n" + line, "mine.tsv")
