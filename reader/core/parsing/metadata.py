"""The 政府信息公开 metadata block, in each layout the portals use.

Layouts: ``label: value`` (several pairs a line), a label line followed by a value
line, and table rows ``label | value | label | value``. Labels may be spaced out
(``索 引 号``) and come under synonyms (发文机关 for 发布机构, ...).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Metadata
from .dates import find_date
from .lines import SourceLine

FIELD_LABELS = {
    "index_number": ("索引号",),
    "category": ("主题分类", "信息分类", "分类"),
    "publisher": ("发布机构", "发文机关", "发文单位", "发布单位"),
    "written_date": ("成文日期", "发文日期"),
    "name": ("文件名称", "名称", "标题"),
    "document_number": ("发文字号", "文号"),
    "published_date": ("发布日期", "公开日期"),
    "subject_words": ("主题词", "关键词"),
}
# Labels of fields we do not keep: they still end the value before them.
OTHER_LABELS = ("有效性", "生效日期", "废止日期", "失效日期", "公开方式", "公开范围", "公开时限",
                "体裁分类", "组配分类", "信息来源", "时效性", "是否有效", "所属主题", "服务对象")
_DATE_FIELDS = ("written_date", "published_date")
_EMPTY_VALUES = ("", "-", "—", "无", "/")
# How far into the document the block may start.
SEARCH_LINES = 80


def _label_pattern(label: str) -> str:
    return "[ \u3000]*".join(re.escape(ch) for ch in label)


_ALL_LABELS = sorted(
    [(label, name) for name, labels in FIELD_LABELS.items() for label in labels]
    + [(label, None) for label in OTHER_LABELS],
    key=lambda pair: -len(pair[0]),
)
_FIELD_OF = {label: name for label, name in _ALL_LABELS}
_LABEL_ALTERNATION = "|".join(_label_pattern(label) for label, _ in _ALL_LABELS)
# A label followed by a colon, at the start of the line or after a space.
_INLINE_LABEL = re.compile(f"(?:^|(?<=[\\s|]))({_LABEL_ALTERNATION})[ \u3000]*[:：]")
# A line (or a table cell) that is nothing but a label.
_BARE_LABEL = re.compile(f"^({_LABEL_ALTERNATION})[ \u3000]*[:：]?$")


def _field(label_text: str) -> str | None:
    return _FIELD_OF[re.sub("[ \u3000]", "", label_text)]


@dataclass
class MetadataBlock:
    metadata: Metadata
    first: int  # index of the block's first line
    last: int  # index of its last line
    lines: set[int] = field(default_factory=set)


class _Collector:
    def __init__(self):
        self.values: dict[str, str] = {}

    def put(self, name: str | None, value: str) -> None:
        if name is None or name in self.values:
            return
        value = value.strip(" \u3000|")
        if value in _EMPTY_VALUES:
            return
        if name in _DATE_FIELDS:
            value = find_date(value) or value
        self.values[name] = value

    def result(self) -> Metadata:
        return Metadata(**self.values)


def _parse_inline(text: str, collector: _Collector) -> bool:
    matches = list(_INLINE_LABEL.finditer(text))
    if not matches:
        return False
    for match, following in zip(matches, matches[1:] + [None]):
        end = following.start() if following else len(text)
        collector.put(_field(match.group(1)), text[match.end() : end])
    return True


def _parse_cells(cells: tuple[str, ...], collector: _Collector) -> bool:
    """Table rows: label, value, label, value; an empty cell keeps its place."""
    found = False
    index = 0
    while index < len(cells):
        cell = cells[index].strip()
        bare = _BARE_LABEL.match(cell)
        if bare:
            value = cells[index + 1] if index + 1 < len(cells) else ""
            collector.put(_field(bare.group(1)), value)
            found = True
            index += 2
        elif _parse_inline(cell, collector):
            found = True
            index += 1
        else:
            index += 1
    return found


def find_metadata(lines: list[SourceLine]) -> MetadataBlock | None:
    """Find and read the metadata block near the top; None when there is none."""
    collector = _Collector()
    used: set[int] = set()
    pending: str | None = None  # a bare label whose value is on a later line
    pending_label = ""
    labels_seen = 0
    inline_layout = False  # seen "label: value" on one line: a bare "label:" is then empty
    # Seen a value right under its label: a blank line under a label then means "no value".
    values_adjacent = False
    blank_run = 0
    first = last = None
    for index, line in enumerate(lines[:SEARCH_LINES]):
        text = line.text
        if not text:
            blank_run += 1
            if blank_run > 1 or values_adjacent:  # a value is never that far from its label
                pending, pending_label = None, ""
            continue
        gap, blank_run = blank_run, 0
        bare = None if line.is_table_row else _BARE_LABEL.match(text)
        if pending_label and bare and _field(bare.group(1)) == pending and pending is not None:
            bare = None  # 分类 / 主题分类: a synonym of the pending label is its value
        if bare:
            pending, pending_label = _field(bare.group(1)), bare.group(1)
            if inline_layout and text.endswith((":", "：")):
                pending, pending_label = None, ""
            labels_seen += 1
        elif pending_label and text != collector.values.get("name"):
            # (The title repeated under the block is not the value of an empty last label.)
            collector.put(pending, text)
            values_adjacent = values_adjacent or gap == 0
            pending, pending_label = None, ""
        elif line.is_table_row and _parse_cells(line.cells, collector):
            labels_seen += 2
        elif _parse_inline(text, collector):
            inline_layout = True
            labels_seen += len(_INLINE_LABEL.findall(text))
        else:
            if first is not None:
                break
            continue
        first = index if first is None else first
        last = index
        used.add(index)
    if first is None or labels_seen < 2:
        return None
    return MetadataBlock(collector.result(), first, last, used)
