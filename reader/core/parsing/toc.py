"""A document's own 目录 (table of contents): a list of its headings, not headings itself.

A reader knows a 目录 by its word standing alone on a line (目录, 目　录), followed by
short lines that name the parts (第一章　总则, 第一节　…, 一、…), maybe with page numbers
(……3). The list ends where the body starts: where its first entry is printed a second
time, or at the first line that is a sentence or too long for an entry.
"""
from __future__ import annotations

import re

from ..model import TocEntry
from .headings import match_heading
from .lazy_pattern import lazy_pattern
from .lines import SourceLine

TOC_WORD = re.compile(r"^目[ \u3000]*录[:：]?$")
# The leader and page number after an entry: 总则……1, 总则 .......... 3
_PAGE_NUMBER = lazy_pattern(r"[ \u3000]*(?:[.．·…—-]{2,}[ \u3000]*)?\d{1,4}$")
_SENTENCE = lazy_pattern("[。；！？!?;]")
MAX_ENTRY = 40
MIN_ENTRIES = 2


def is_toc_word(line: SourceLine) -> bool:
    return not line.is_table_row and TOC_WORD.match(line.text) is not None


def read_toc(lines: list[SourceLine], index: int) -> list[TocEntry]:
    """The entries of the 目录 whose word stands at ``lines[index]``; [] when none follows it."""
    entries: list[TocEntry] = []
    ranks: list[int] = []
    first = None
    for line in lines[index + 1 :]:
        text = _PAGE_NUMBER.sub("", line.text) if not line.is_table_row else ""
        if not text or len(text) > MAX_ENTRY or _SENTENCE.search(text) or _squashed(text) == first:
            break
        first = first or _squashed(text)
        heading = match_heading(text)
        rank = heading.rank if heading is not None else -1
        if rank not in ranks:
            ranks.append(rank)
        label, title = (heading.label, heading.title) if heading is not None else ("", text)
        entries.append(TocEntry(text=line.text, label=label, title=title, level=rank))
    if len(entries) < MIN_ENTRIES:
        return []
    order = sorted(ranks)
    return [TocEntry(e.text, e.label, e.title, order.index(e.level) + 1) for e in entries]


def _squashed(text: str) -> str:
    return re.sub(r"[\s\u3000]", "", text)
