"""Text for the ear: every number said the Chinese way (table in speech_text_cases.tsv)."""
import re
from pathlib import Path

import pytest

from reader.core.sentences import split_spans
from reader.core.speech_text import (
    date_to_chinese,
    decimal_to_chinese,
    digits_to_chinese,
    integer_to_chinese,
    percent_to_chinese,
    prepare_for_speech,
    time_to_chinese,
)

HERE = Path(__file__).parent
SAMPLE = HERE.parents[1] / "resources" / "huadu-police-2020-rule-of-law-report.txt"


def _cases():
    rows = []
    for number, line in enumerate((HERE / "speech_text_cases.tsv").read_text("utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        source, expected = line.split("\t")
        rows.append(pytest.param(source, expected, id=f"{number}:{source}"))
    return rows


CASES = _cases()


def test_the_table_is_large():
    assert len(CASES) >= 80


@pytest.mark.parametrize("source, expected", CASES)
def test_text_for_the_ear(source, expected):
    assert prepare_for_speech(source) == expected


@pytest.mark.parametrize("source", [
    "2020年", "16.23%", "国办发〔2019〕2号", "114401140075147171/2020-00054", "(一)加强组织领导。",
])
def test_prepared_text_is_stable(source):
    once = prepare_for_speech(source)
    assert prepare_for_speech(once) == once


@pytest.mark.parametrize("number, expected", [
    (0, "零"), (1, "一"), (2, "二"), (10, "十"), (11, "十一"), (19, "十九"), (20, "二十"),
    (101, "一百零一"), (1000, "一千"), (2000, "两千"), (2020, "两千零二十"), (10000, "一万"),
    (10001, "一万零一"), (100001000, "一亿零一千"), (1000000001, "十亿零一"),
    (123456789, "一亿二千三百四十五万六千七百八十九"),
    (200000000, "两亿"), (1000000000000, "一万亿"), ("-12", "负十二"),
])
def test_integers(number, expected):
    assert integer_to_chinese(number) == expected


def test_a_lone_two_before_a_measure_word():
    assert integer_to_chinese(2, liang=True) == "两"
    assert integer_to_chinese(12, liang=True) == "十二"


def test_very_long_numbers_are_read_digit_by_digit():
    assert integer_to_chinese("12345678901234567") == "一二三四五六七八九〇一二三四五六七"


def test_the_helpers():
    assert digits_to_chinese("2020") == "二〇二〇"
    assert digits_to_chinese("105", zero="零") == "一零五"
    assert decimal_to_chinese("0.05") == "零点零五"
    assert date_to_chinese("2020", 12, 25) == "二〇二〇年十二月二十五日"
    assert date_to_chinese(None, 1, 1) == "一月一日"
    assert time_to_chinese(14, 30) == "十四点三十分"
    assert time_to_chinese(2) == "两点"
    assert time_to_chinese(9, 0, 5) == "九点零分五秒"
    assert percent_to_chinese("16.23") == "百分之十六点二三"
    assert percent_to_chinese("3", "‰") == "千分之三"
    assert percent_to_chinese("-1.5") == "负百分之一点五"


def test_empty_and_digitless_text_is_returned_as_is():
    assert prepare_for_speech("") == ""
    text = "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的十九大精神。"
    assert prepare_for_speech(text) == text


def _sample_sentences():
    text = SAMPLE.read_text("utf-8")
    return [text[start:end] for start, end in split_spans(text)]


def test_no_arabic_digit_is_left_in_the_sample():
    sentences = _sample_sentences()
    assert sum(bool(re.search(r"\d", s)) for s in sentences) > 20
    for sentence in sentences:
        spoken = prepare_for_speech(sentence)
        assert not re.search(r"[0-9０-９]", spoken), spoken
        # Sane length: digits become at most a few characters each, nothing is dropped wholesale.
        assert len(sentence) <= len(spoken) + 2 <= 3 * len(sentence) + 60, (sentence, spoken)
        # Only digits and their signs change: every Chinese character is still there, in order.
        remaining = iter(spoken)
        assert all(ch in remaining for ch in sentence if "\u4e00" <= ch <= "\u9fff"), spoken


def test_the_sample_keeps_its_words():
    text = SAMPLE.read_text("utf-8")
    spoken = prepare_for_speech(text)
    for phrase in ("破获涉疫情违法犯罪案件六十四宗", "罚款两人", "百分之十六点二三", "二〇二〇年十二月四日",
                   "一二三四五举报投诉平台", "三年(二〇一八至二〇二〇年)行动", "今年一至十一月"):
        assert phrase in spoken

