"""Headings as they are said: "二、" is read "第二部分", not "二 顿号".

Screen readers stumble over 公文 labels (a bare numeral and a 顿号, brackets);
announcements use these spoken forms instead, in the order GB/T 9704 nests them.
"""
from __future__ import annotations

import re

from .model import Heading

_SPOKEN_LABELS = (
    (re.compile(r"^([一二三四五六七八九十百零〇两]+)、$"), "第{}部分"),
    (re.compile(r"^（([一二三四五六七八九十百零〇两]+)）$"), "第{}项"),
    (re.compile(r"^(\d+)[.．、]$"), "第{}点"),
    (re.compile(r"^（(\d+)）$"), "第{}小点"),
)


def spoken_label(label: str) -> str:
    for pattern, spoken in _SPOKEN_LABELS:
        match = pattern.match(label)
        if match:
            return spoken.format(match.group(1))
    return label


def spoken_heading(heading: Heading) -> str:
    """"第二部分 存在的不足和原因" for 二、存在的不足和原因."""
    label = spoken_label(heading.label)
    return f"{label} {heading.title}".strip() if label else heading.title
