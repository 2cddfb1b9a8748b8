"""Dates as printed in government documents, to ISO dates."""
from __future__ import annotations

import re

from .lazy_pattern import lazy_pattern

_DIGITS = {"〇": 0, "○": 0, "零": 0, "Ｏ": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4,
           "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_DIGIT = "〇○零Ｏ一二三四五六七八九"
_CN_NUMBER = "一二三四五六七八九十"

_ARABIC_DATE = re.compile(r"(\d{4})\s*[-年/.．]\s*(\d{1,2})\s*[-月/.．]\s*(\d{1,2})\s*日?")
_CHINESE_DATE = lazy_pattern(
    f"([{_CN_DIGIT}]{{4}})\\s*年\\s*([{_CN_NUMBER}]{{1,2}})\\s*月\\s*([{_CN_NUMBER}]{{1,3}})\\s*日"
)
# Taiwan documents count years from 1912: 中華民國一百一十年三月五日 is 2021-03-05.
_ROC_DATE = lazy_pattern(
    f"(?:中華民國|中华民国|民國|民国)\\s*([{_CN_NUMBER}百零〇\\d]{{1,6}})\\s*年\\s*([{_CN_NUMBER}\\d]{{1,3}})\\s*月"
    f"\\s*([{_CN_NUMBER}\\d]{{1,3}})\\s*日"
)
ROC_YEAR_OFFSET = 1911
_WHOLE_DATE_LINE = re.compile(
    f"^(?:{_ARABIC_DATE.pattern}|{_CHINESE_DATE.pattern}|{_ROC_DATE.pattern})$"
)


def chinese_number(text: str) -> int:
    """一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 三十一 → 31, 一百零五 → 105."""
    if text.isdigit():
        return int(text)
    total, current = 0, 0
    for ch in text:
        if ch in _DIGITS:
            current = _DIGITS[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
        else:
            raise ValueError(text)
    return total + current


def _iso(year: int, month: int, day: int) -> str | None:
    if 1 <= month <= 12 and 1 <= day <= 31 and 1900 <= year <= 2200:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def find_date(text: str) -> str | None:
    """The first date in ``text`` as YYYY-MM-DD, or None."""
    match = _ARABIC_DATE.search(text)
    if match:
        return _iso(*(int(group) for group in match.groups()))
    match = _CHINESE_DATE.search(text)
    if match:
        year = int("".join(str(_DIGITS[ch]) for ch in match.group(1)))
        return _iso(year, chinese_number(match.group(2)), chinese_number(match.group(3)))
    match = _ROC_DATE.search(text)
    if match:
        year, month, day = (chinese_number(group) for group in match.groups())
        return _iso(year + ROC_YEAR_OFFSET, month, day)
    return None


def is_date_line(text: str) -> bool:
    """True when the line is nothing but a date (the 成文日期 under a signature)."""
    return bool(_WHOLE_DATE_LINE.match(text.replace(" ", ""))) and find_date(text) is not None
