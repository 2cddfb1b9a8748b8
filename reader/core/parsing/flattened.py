"""A document whose line breaks were lost: a whole 办法 stored as one line.

A reader still sees its parts, and says where each starts:
- a 第X章 / 第X节 / 第X条 marker set apart by spacing starts a part (第一章　总则, 第二条　…);
  a reference inside a sentence runs on without spacing (依照本办法第十三条的要求);
  an article starts after a sentence's end or after its chapter's short title;
- an issuing body's name and the date glued after the last sentence of a notice
  (…贯彻落实。XX市人民政府2023年9月5日) are its signature and date, each on its own line, and a
  note in brackets after the date (（此件公开发布）) stands on its own too.

Only a line long enough to hold several parts, and holding them, is read so: a paragraph
that mentions 第三章 once is left alone.
"""
from __future__ import annotations

import re

from .closing import ORGANISATION_END
from .lazy_pattern import lazy_pattern

_CN = "一二三四五六七八九十百零〇两"
_SPACING = "[ \u3000\u2002\u2003]"
# A part marker set apart by spacing: 第一章　, 第十二条　.
_PART = re.compile(f"第[{_CN}\\d]+([编章节条]){_SPACING}+")
_SENTENCE_END = "。；！？”」）)"
# A chapter's title is short: 第七章　监督检查 then 第四十一条.
MAX_CHAPTER_TITLE = 20
MIN_FLATTENED = 600  # shorter lines are paragraphs, whatever they mention
MIN_PARTS = 3
# …。XX市人民政府2023年9月5日（此件公开发布）: after a sentence's end, a body's name and a date.
_SIGNED = lazy_pattern(
    r"(?<=[。！？])([^。！？，；：、\s]{2,30}?" + ORGANISATION_END + r")"
    r"(\d{4}年\d{1,2}月\d{1,2}日|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)"
    r"([（(][^（()）]{1,12}[）)])?"
)


def unflatten(line: str) -> list[str]:
    """The parts of a flattened line, one a line; the line itself when it is not one."""
    if len(line) < MIN_FLATTENED:
        return [line]
    starts = _part_starts(line)
    if len(starts) < MIN_PARTS:
        return [line]
    cuts = sorted(set(starts) | set(_signature_cuts(line)))
    pieces = [line[start:end] for start, end in zip([0] + cuts, cuts + [len(line)])]
    return [piece for piece in pieces if piece.strip()]


def _part_starts(line: str) -> list[int]:
    starts = []
    chapter_at = None  # where the last 章/节 marker started, while its title runs
    for match in _PART.finditer(line):
        start, kind = match.start(), match.group(1)
        after_sentence = start == 0 or line[start - 1] in _SENTENCE_END
        after_chapter_title = chapter_at is not None and start - chapter_at <= MAX_CHAPTER_TITLE
        if kind == "条" and not (after_sentence or after_chapter_title):
            continue
        starts.append(start)
        chapter_at = start if kind != "条" else None
    return [start for start in starts if start]


def _signature_cuts(line: str) -> list[int]:
    cuts = []
    for match in _SIGNED.finditer(line):
        cuts += [match.start(1), match.start(2), match.end(2)]
        if match.group(3):
            cuts.append(match.end(3))
    return cuts
