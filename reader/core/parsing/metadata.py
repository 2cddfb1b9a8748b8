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
    "category": ("主题分类", "所属分类", "信息分类", "分类"),
    "publisher": ("发布机构", "发文机关", "发文机构", "发文单位", "发布单位"),
    "written_date": ("成文日期", "成文时间", "发文日期", "发文时间"),
    "name": ("文件名称", "文件标题", "名称", "标题"),
    "document_number": ("发文字号", "文件编号", "文号"),
    "published_date": ("发布日期", "发布时间", "公开日期", "公开时间"),
    "subject_words": ("主题词", "关键词"),
    "source": ("信息来源", "文章来源", "来源"),
}
# Labels of fields we do not keep: they still end the value before them.
OTHER_LABELS = ("有效性", "生效日期", "废止日期", "失效日期", "公开方式", "公开范围", "公开时限",
                "体裁分类", "组配分类", "时效性", "是否有效", "所属主题", "服务对象")
DATE_FIELDS = ("written_date", "published_date")
_EMPTY_VALUES = ("", "-", "—", "无", "/")
# How far into the document the block may start.
SEARCH_LINES = 80
# A catalogue block names at least this many fields with their values.
MIN_FIELDS = 2
# A catalogue on one line (索引号：… 分类：… 名称：<a long title> …) stays well under this.
LONGEST_CATALOGUE_LINE = 600
# What may stand above the block: the site's header, a title; never a sentence or a long line.
_SENTENCE = re.compile("[。；！？!?]")
MAX_HEADER_LINE = 60


_LABEL_GAP = "[ \u3000]*"  # a label's characters may be spaced out: 索 引 号


def _label_alternation(labels) -> str:
    """Any of the labels, spaced out or not, as a tree of their shared beginnings (发[ 　]*(?:布…|文…)):
    it matches as their alternation longest first does, and compiles in 2/3 of the time (start-up)."""
    tree: dict = {}
    for label in labels:
        node = tree
        for char in label:
            node = node.setdefault(char, {})
        node[""] = {}  # a label ends here

    def depth(node: dict) -> int:
        return max((1 + depth(child) for char, child in node.items() if char), default=0)

    def pattern(node: dict) -> str:
        branches = []  # the longest first: of two labels matching at one place the longer wins
        for char, child in sorted(((c, n) for c, n in node.items() if c), key=lambda item: -depth(item[1])):
            if not any(child):
                branches.append(re.escape(char))
                continue
            rest = _LABEL_GAP + pattern(child)
            branches.append(re.escape(char) + (f"(?:{rest})?" if "" in child else rest))
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return pattern(tree)


_ALL_LABELS = sorted(
    [(label, name) for name, labels in FIELD_LABELS.items() for label in labels]
    + [(label, None) for label in OTHER_LABELS],
    key=lambda pair: -len(pair[0]),
)
_FIELD_OF = {label: name for label, name in _ALL_LABELS}
_LABEL_ALTERNATION = _label_alternation(label for label, _ in _ALL_LABELS)
_LONG_LABEL_ALTERNATION = _label_alternation(label for label, _ in _ALL_LABELS if len(label) >= 4)
# A label followed by a colon, at the start of the line or after a space.
_INLINE_LABEL = re.compile(f"(?:^|(?<=[\\s|]))({_LABEL_ALTERNATION})[ \u3000]*[:：]")
# A line (or a table cell) that is nothing but a label.
# (A list may set a bullet before it: • 索引号.)
_BARE_LABEL = re.compile(f"^(?:[•·*][ \u3000]*)?({_LABEL_ALTERNATION})[ \u3000]*[:：]?$")
# Labels without colons, each before its value: 索引号 1133/2024-001 发布机构 某市人民政府.
_SPACED_LABEL = re.compile(f"(?:^|(?<=[ \u3000]))({_LABEL_ALTERNATION})[ \u3000]+(?=\\S)")
MIN_SPACED_LABELS = 2
# Any short "词语：" after a space: a label we do not know still ends the value before it.
_ANY_LABEL = re.compile("(?<=[\\s|])[\u4e00-\u9fff]{2,6}[ \u3000]*[:：]")
# One of our labels of four characters or more glued to the value before it starts a field too.
_GLUED_FIELD = re.compile(
    "(?<=[^\\s|])(" + _LONG_LABEL_ALTERNATION + ")[ \u3000]*[:：]"
)
# A label glued to the value before it (来源：某局发布时间：…, 发布日期：2023-03-21访问次数：): a label of
# four characters or more, a counter or a page's time, with its colon.
_GLUED_LABEL = re.compile(
    "(?:" + _LONG_LABEL_ALTERNATION
    + "|(?:浏览|阅读|访问|点击)(?:次数|量|数)|(?:发布|更新|归档|生成)(?:时间|日期))[ \u3000]*[:：]"
)
# The 发布时间 / 来源 line under a page's title: a label of ours or of the page's, or a date, first.
# Any time of the page's own (归档时间, 生成日期, 更新时间) leads one too, after a bullet (• 生成日期：…).
_INFO_START = re.compile(
    f"^[•·*\\-]?[ \u3000]*(?:(?:{_LABEL_ALTERNATION}|[\u4e00-\u9fff]{{0,4}}(?:时间|日期)|作者|编辑|责任编辑)"
    f"[ \u3000]*[:：]|\\d{{4}}\\s*[-年/.]\\s*\\d)"
)
# The leads whose date is the page's publication: 时间：, 日期：, or the date alone.
_PUBLISHED_LEAD = re.compile(r"(?:^|(?<=[\s|]))(?:时间|日期)[ \u3000]*[:：]|^\d{4}\s*[-年/.]\s*\d")
MAX_INFO_LINE = 80


def _field(label_text: str) -> str | None:
    return _FIELD_OF[re.sub("[ \u3000]", "", label_text)]


def has_label(text: str) -> bool:
    """True when the line carries a metadata label (名称：, 发布时间： ...)."""
    return _INLINE_LABEL.search(text) is not None


def is_info_line(text: str) -> bool:
    """The line under a web page's title: 发布时间：2024-02-20　来源：市教育局, or 2024-02-20 10:30 来源：新华社."""
    return (len(text) <= MAX_INFO_LINE and ("：" in text or ":" in text) and not _SENTENCE.search(text)
            and _INFO_START.match(text) is not None)


def info_line_metadata(text: str) -> dict[str, str]:
    """The fields an info line gives (its dates, its 发布机构 ...); a leading bare date is the published date.

    A date under another name (归档时间：, 更新时间：) is not when the page was published."""
    collector = _Collector()
    _parse_inline(text, collector)
    lead = _PUBLISHED_LEAD.search(text)
    if not collector.values.keys() & DATE_FIELDS and lead:  # 时间：2024-02-20, or the date alone
        collector.put("published_date", find_date(text[lead.start() :]) or "")
    return collector.values


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
        if name in DATE_FIELDS:
            value = find_date(value) or value
        self.values[name] = value

    def result(self) -> Metadata:
        return Metadata(**self.values)


def _parse_inline(text: str, collector: _Collector) -> bool:
    matches = list(_INLINE_LABEL.finditer(text))
    if not matches:
        return False
    starts = {match.start() for match in matches}
    glued = [match for match in _GLUED_FIELD.finditer(text, matches[0].end()) if match.start() not in starts]
    matches = sorted(matches + glued, key=lambda match: match.start())
    for match, following in zip(matches, matches[1:] + [None]):
        end = following.start() if following else len(text)
        ends = [found.start() for found in (_ANY_LABEL.search(text, match.end(), end),
                                            _GLUED_LABEL.search(text, match.end(), end)) if found]
        collector.put(_field(match.group(1)), text[match.end() : min(ends, default=end)])
    return True


def _parse_spaced(text: str, collector: _Collector) -> int:
    """A line of labels without colons, each before its value; how many labels it held.

    Only a line that starts with a label and holds two: a sentence may name one.
    """
    matches = list(_SPACED_LABEL.finditer(text)) if not _SENTENCE.search(text) else []
    if len(matches) < MIN_SPACED_LABELS or matches[0].start() != 0:
        return 0
    for match, following in zip(matches, matches[1:] + [None]):
        collector.put(_field(match.group(1)), text[match.end() : following.start() if following else len(text)])
    return len(matches)


def _parse_cells(cells: tuple[str, ...], collector: _Collector) -> bool:
    """Table rows: label, value, label, value; an empty cell keeps its place."""
    found = False
    index = 0
    while index < len(cells):
        cell = cells[index].strip()
        bare = _BARE_LABEL.match(cell)
        if bare:
            value = cells[index + 1] if index + 1 < len(cells) else ""
            found = True
            if _BARE_LABEL.match(value.strip()):  # the next cell is a label: this one has no value
                index += 1
                continue
            collector.put(_field(bare.group(1)), value)
            index += 2
        elif _parse_inline(cell, collector):
            found = True
            index += 1
        else:
            index += 1
    return found


def _label_row(line: SourceLine) -> list[str | None] | None:
    """The fields of a row of nothing but labels (the head of a catalogue laid out in columns)."""
    if not line.is_table_row or len(line.cells) < 2:
        return None
    matches = [_BARE_LABEL.match(cell.strip()) for cell in line.cells]
    if not all(matches):
        return None
    return [_field(match.group(1)) for match in matches]


def _same_width(lines: list[SourceLine], index: int, width: int) -> bool:
    following = lines[index] if index < len(lines) else None
    return following is not None and following.is_table_row and len(following.cells) == width


def may_precede(line: SourceLine) -> bool:
    """A line that may stand above the block: no table row, no sentence, nothing long."""
    return not line.is_table_row and len(line.text) <= MAX_HEADER_LINE and not _SENTENCE.search(line.text)


def find_metadata(lines: list[SourceLine]) -> MetadataBlock | None:
    """Find and read the catalogue block near the top; None when there is none.

    The block must come before the document's text: the first sentence, long
    line or table row that is not part of it ends the search. It must name at
    least MIN_FIELDS fields with values, so a lone label (or a table's header) is not one.
    """
    collector = _Collector()
    used: set[int] = set()
    pending: str | None = None  # a bare label whose value is on a later line
    pending_label = ""
    columns: list[str | None] | None = None  # a row of labels whose values are in the next row
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
        if len(text) > LONGEST_CATALOGUE_LINE:
            break  # the document's text (a page stored as one line), not a catalogue
        bare = None if line.is_table_row else _BARE_LABEL.match(text)
        if pending_label and bare and _field(bare.group(1)) == pending and pending is not None:
            bare = None  # 分类 / 主题分类: a synonym of the pending label is its value
        row_fields = _label_row(line)
        if columns is not None and line.is_table_row and len(line.cells) == len(columns):
            if _same_width(lines, index + 1, len(columns)):  # records of a list, not one catalogue
                return None
            for name, value in zip(columns, line.cells):
                collector.put(name, value)
            columns = None
        elif row_fields is not None and first is None:
            columns = row_fields
            labels_seen += len(row_fields)
        elif bare:
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
        elif spaced := _parse_spaced(text, collector):
            labels_seen += spaced
        else:
            if first is not None or not may_precede(line):
                break
            continue
        first = index if first is None else first
        last = index
        used.add(index)
    if first is None or labels_seen < 2 or len(collector.values) < MIN_FIELDS:
        return None
    return MetadataBlock(collector.result(), first, last, used)
