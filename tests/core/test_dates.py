"""Dates as printed, to ISO dates."""
import pytest

from reader.core.parsing.dates import chinese_number, find_date, is_date_line


@pytest.mark.parametrize(
    "text, iso",
    [
        ("2020年12月25日", "2020-12-25"),
        ("2020年1月5日", "2020-01-05"),
        ("2020-12-25", "2020-12-25"),
        ("2020/12/25", "2020-12-25"),
        ("2020.12.25", "2020-12-25"),
        ("2020 年 12 月 4 日", "2020-12-04"),
        ("二〇二一年三月五日", "2021-03-05"),
        ("二○二○年十二月三十一日", "2020-12-31"),
        ("二零二一年十月二十日", "2021-10-20"),
        ("中華民國一百一十年三月五日", "2021-03-05"),  # Taiwan: years from 1912
        ("民国110年3月5日", "2021-03-05"),
        ("成文日期：2021年03月05日", "2021-03-05"),
        ("2021年13月5日", None),
        ("今年以来", None),
    ],
)
def test_find_date(text, iso):
    assert find_date(text) == iso


@pytest.mark.parametrize(
    "text, expected",
    [("2020年12月4日", True), ("二〇二一年三月五日", True), ("2020-12-04", True),
     ("2020年12月4日召开会议。", False), ("广州市公安局花都区分局", False)],
)
def test_is_date_line(text, expected):
    assert is_date_line(text) is expected


@pytest.mark.parametrize("text, number", [("一", 1), ("十", 10), ("十二", 12), ("二十", 20), ("三十一", 31)])
def test_chinese_number(text, number):
    assert chinese_number(text) == number
