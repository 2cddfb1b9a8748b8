"""Source lines to a Document: chrome, metadata, title, headings, points, signature, attachments."""
from __future__ import annotations

import re

from ..model import Block, BlockKind, Document, Heading, Metadata, Point, Sentence, Signature, TocEntry
from ..sentences import split_spans
from .cell_lines import with_figure_columns
from .chrome import is_chrome, is_counter_line, without_buttons
from .lazy_pattern import lazy_pattern
from .long_lines import table_pieces
from .closing import ATTACHMENT_LINE, PADDING, dated_issuer, split_tail, starts_attachment
from .dates import find_date, is_date_line
from .headings import ATTACHMENT_RANK, HeadingMatch, HeadingReader
from .lines import SourceLine
from .metadata import (
    DATE_FIELDS, SEARCH_LINES, find_metadata, has_label, info_line_metadata, is_info_line, may_precede,
)
from .progress import Progress, report, ticking
from .title_lines import is_document_number, is_title_like
from .toc import is_toc_word, read_toc

_POINT = re.compile(r"(?:^|(?<=[。；;：:！？!?]))\s*((?:[一二三四五六七八九十]+|其[一二三四五六七八九十]+)是)")
MAX_TITLE = 100
_SENTENCE_END = re.compile("[。！？!?]")
MIN_TITLE_PART = 8
# How many lines under the top the page's info line (发布时间：…) may stand.
INFO_LINES_UNDER_TITLE = 3
# How many short lines of a site's header may stand above a page's h1.
HEADER_LINES = 12


class _Builder:
    """Accumulates blocks with their offsets in the joined document text."""

    def __init__(self):
        self.blocks: list[Block] = []
        self.offset = 0
        self.toc: list[TocEntry] = []  # the document's own 目录

    def add(self, kind: BlockKind, text: str, **fields) -> None:
        if self.blocks:
            self.offset += 1  # the newline between blocks
        self.blocks.append(Block(kind=kind, text=text, start=self.offset, **fields))
        self.offset += len(text)


def build_document(lines: list[SourceLine], source_name: str = "", title_hint: str | None = None,
                   progress: Progress | None = None, imprint: tuple[str, ...] = ()) -> Document:
    """``progress`` (see progress.py) hears of 0.3 to 1.0: this is the second part of parsing.

    ``imprint``: the 版记 a printed document closes with (抄送, 印发), kept apart from the body
    and its tail: it comes last, in blocks of its own, and in ``Document.imprint``.
    """
    lines = _without_furniture(with_figure_columns(lines), progress)
    metadata = _take_metadata(lines)
    content = [line for line in lines if line.text]
    content, metadata = _take_info_lines(content, metadata)
    if title_hint:
        content = _from_title(content, title_hint)
    content = _without_site_name(content)
    builder = _Builder()
    position = _read_title(content, metadata, title_hint, builder)
    body, issuers, tail = split_tail(content[position:])
    _read_body(body, builder, progress=progress)
    signature = _read_tail(issuers, tail, builder)
    for line in imprint:
        builder.add(BlockKind.IMPRINT, line)
    report(progress, 0.8)
    outline = _outline(builder.blocks)
    report(progress, 0.85)
    blocks = _with_outline_levels(builder.blocks, outline)
    text = "\n".join(b.text for b in blocks)
    title = next((b.text for b in blocks if b.kind is BlockKind.TITLE), None)
    return Document(
        title=title,
        metadata=metadata,
        blocks=blocks,
        outline=outline,
        signature=signature,
        sentences=_sentences(blocks, progress),
        source_name=source_name,
        text=text,
        toc=tuple(builder.toc),
        imprint=tuple(imprint),
    )


def _without_furniture(lines: list[SourceLine], progress: Progress | None) -> list[SourceLine]:
    """Blank the page's furniture: toolbars, trails, buttons and footers wherever they stand, a
    counter line (浏览次数：…) only at the page's edges, above the body's first sentence or below
    its last: inside the body such a line is the document's.
    """
    furniture = [_is_furniture(line.text) for line in ticking(lines, progress, 0.3, 0.4)]
    body = [index for index, line in enumerate(lines)
            if not furniture[index] and not line.is_table_row and _SENTENCE_END.search(line.text)]
    first, last = (body[0], body[-1]) if body else (len(lines), len(lines))
    return [SourceLine("") if furniture[index] and not (first <= index <= last and is_counter_line(line.text))
            else line for index, line in enumerate(lines)]


def _is_furniture(text: str) -> bool:
    """Chrome, except the info line with a counter (发布时间：… 点击数：321): its date is read first."""
    return is_chrome(text) and not (has_label(text) and is_info_line(without_buttons(text)))


def _take_metadata(lines: list[SourceLine]) -> Metadata:
    """Read the catalogue block and blank its lines (in place).

    What stands above the block is the site's header only when the document's
    title comes under it; otherwise it is kept (it may be the title).
    """
    block = find_metadata(lines)
    if block is None:
        return Metadata()
    name = block.metadata.name
    header_above = bool(name) and any(_names(line.text, name) for line in lines[block.last + 1 : SEARCH_LINES])
    for index in range(block.last + 1):
        if index in block.lines or header_above:
            lines[index] = SourceLine("")
    return block.metadata


def _names(text: str, name: str) -> bool:
    """The line is the title named in the metadata, or its first part (a title broken over lines)."""
    return text == name or (len(text) >= MIN_TITLE_PART and name.startswith(text))


def _take_info_lines(content: list[SourceLine], metadata: Metadata) -> tuple[list[SourceLine], Metadata]:
    """Drop the page's info lines (发布时间：… 来源：…), their dates filling the metadata's gaps.

    Under the title a lone date is one too; further down only a line led by a
    label of ours that gives a date, or at the page's foot (below the body's last
    sentence) one that gives any field (文章来源：… 更新时间：…).
    """
    kept: list[SourceLine] = []
    values: dict[str, str] = {}
    sentences = [index for index, line in enumerate(content) if _SENTENCE_END.search(line.text)]
    foot = sentences[-1] if sentences else len(content)
    for index, line in enumerate(content):
        near_title = index < INFO_LINES_UNDER_TITLE and not kept[1:]
        if line.is_table_row or not (near_title or "：" in line.text or ":" in line.text):
            kept.append(line)
            continue
        text = without_buttons(line.text)
        if not (is_info_line(text) or (near_title and kept and is_date_line(text))):
            kept.append(line)
            continue
        found = info_line_metadata(text)
        if not near_title and not (has_label(text) and (found.keys() & DATE_FIELDS or found and index > foot)):
            kept.append(line)
            continue
        for key, value in found.items():
            values.setdefault(key, value)
    gaps = {key: value for key, value in values.items() if getattr(metadata, key) is None}
    return kept, metadata._replace(**gaps) if gaps else metadata


# A site's name above a copied page's title: XX市人民政府门户网站, XX政府信息公开, XX专栏.
_SITE_NAME = re.compile(r"(?:网站|门户|政府网|信息公开|政务公开|专栏|平台|频道)$")
MAX_SITE_LINES = 2


def _without_site_name(content: list[SourceLine]) -> list[SourceLine]:
    """The site's name at the top is the page's header, not the first line of the title: when a
    whole title (关于…) follows it; 某市2023年政府信息公开 / 工作年度报告 is one title."""
    index = 0
    while (index < MAX_SITE_LINES and index + 1 < len(content) and not content[index].is_table_row
           and _SITE_NAME.search(content[index].text) and is_title_like(content[index + 1].text)
           and "关于" in content[index + 1].text):
        index += 1
    return content[index:]


def _from_title(content: list[SourceLine], title: str) -> list[SourceLine]:
    """Drop the site's header above the page's own title (its h1), when only short lines stand there."""
    for index, line in enumerate(content[:HEADER_LINES]):
        if line.text == title:
            return content[index:]
        if not may_precede(line):
            break
    return content


def _read_title(content: list[SourceLine], metadata: Metadata, hint: str | None, builder: _Builder) -> int:
    """Add the title (joined when broken over lines) and a 文号 line; return the next index.

    The 文号 is under the title, or (in some copies) above it.
    """
    if _is_order_header(content):
        title = metadata.name or _promulgated_title(content) or hint
        if title:
            builder.add(BlockKind.TITLE, title)
        return 0  # the order (its number, signer and date) is read as text above what it promulgates
    number = len(content) > 1 and is_document_number(content[0].text) and is_title_like(content[1].text)
    index = 1 if number else 0
    parts: list[str] = []
    broken = 0 if metadata.name else _lines_to_kind(content, index)
    if broken > 1:  # XX人民政府办公室 / 关于印发XX / XX的通知
        parts = [line.text for line in content[index : index + broken]]
        index += broken
    while broken < 2 and index < len(content) and len(parts) < 3:
        line = content[index]
        if line.is_table_row or not is_title_like(line.text) or (parts and find_date(line.text)):
            break
        joined = "".join(parts) + line.text
        if parts and (len(joined) > MAX_TITLE or (metadata.name and not metadata.name.startswith(joined))):
            break
        parts.append(line.text)
        index += 1
        if joined in (metadata.name, hint):  # the whole title as the catalogue or the page names it
            break
        if not metadata.name and not _continues_title(content, index):
            break
    title = "".join(parts) or metadata.name or hint
    title, number_after = _number_after_title(title)
    if title:
        builder.add(BlockKind.TITLE, title)
    if number_after:
        builder.add(BlockKind.DOCUMENT_NUMBER, number_after)
    while index < len(content) and content[index].text == title:  # the title repeated (h1 and a heading)
        index += 1
    if number:
        builder.add(BlockKind.DOCUMENT_NUMBER, content[0].text)
    elif index < len(content) and is_document_number(content[index].text):
        builder.add(BlockKind.DOCUMENT_NUMBER, content[index].text)
        index += 1
    return index


# 中华人民共和国国务院令 / 第706号, XX省人民政府令 / 第12号: an order, which promulgates a text.
_ORDER = re.compile(r"^\S{2,24}令$")
_ORDER_NUMBER = lazy_pattern(r"^[（(]?第\s*[\d一二三四五六七八九十百零〇]+\s*号[）)]?$")
ORDER_LINES = 8  # the order's text, its signer and date stand in these lines under its header


def _is_order_header(content: list[SourceLine]) -> bool:
    """An order's header is not a title: the title is the name of the text it promulgates."""
    return (len(content) > 2 and _ORDER.match(content[0].text) is not None
            and _ORDER_NUMBER.match(content[1].text) is not None)


def _promulgated_title(content: list[SourceLine]) -> str | None:
    """The title line under the order's date (专利代理条例 after 2018年11月6日)."""
    for index in range(2, min(len(content) - 1, ORDER_LINES)):
        if is_date_line(content[index].text) and is_title_like(content[index + 1].text):
            return content[index + 1].text
    return None


def _number_after_title(title: str | None) -> tuple[str | None, str | None]:
    """…的通知（岳办发〔2017〕2号）: the 文号 in brackets closing the title's line is not the title."""
    if not title:
        return title, None
    start = max(title.rfind("（"), title.rfind("("))
    if start < MIN_TITLE_PART or not is_document_number(title[start:]):
        return title, None
    return title[:start].rstrip(" \u3000"), title[start:]


# What a title ends with: the kind of document it is, maybe before a bracket (（试行）).
_TITLE_KIND = lazy_pattern(
    r"(?:通知|通报|意见|办法|规定|报告|决定|公告|通告|批复|函|方案|计划|请示|纪要|规则|条例|细则|要点|公报|决议|命令|议案)"
    r"(?:[（(][^（()）]{1,20}[）)])?$"
)
MAX_TITLE_LINES = 3


def _lines_to_kind(content: list[SourceLine], index: int) -> int:
    """How many title-like lines from ``index`` make a title ending in its kind (通知, 意见 …):
    a title broken after its issuer and again inside; 0 when none does."""
    joined = ""
    for count, line in enumerate(content[index : index + MAX_TITLE_LINES], start=1):
        if line.is_table_row or not is_title_like(line.text) or find_date(line.text):
            return 0
        joined += line.text
        if len(joined) > MAX_TITLE:
            return 0
        if _TITLE_KIND.search(line.text):
            return count
    return 0


def _continues_title(content: list[SourceLine], index: int) -> bool:
    """A following title-like line continues the title when body text comes after it."""
    if index >= len(content) or not is_title_like(content[index].text):
        return False
    after = content[index + 1].text if index + 1 < len(content) else ""
    return not is_title_like(after)


def _read_tail(issuers: list[SourceLine], tail: list[SourceLine], builder: _Builder) -> Signature:
    """The signature (joint issuers read as one, padding between them a space), the date, attachments."""
    issuer = " ".join(PADDING.sub(" ", line.text) for line in issuers) or None
    if issuer:
        builder.add(BlockKind.SIGNATURE, issuer)
    date = None
    if tail and not tail[0].is_table_row and is_date_line(tail[0].text):
        builder.add(BlockKind.DATE, tail[0].text)
        date = find_date(tail[0].text)
        tail = tail[1:]
    _read_body(tail, builder, attachments=True)
    return Signature(issuer=issuer, date=date)


def _read_body(lines: list[SourceLine], builder: _Builder, attachments: bool = False,
               progress: Progress | None = None) -> None:
    table: list[tuple[str, ...]] = []
    skip_next = False  # the line under a bare 附件 or （三） line, already added with it
    toc_lines = 0  # lines of a 目录 still to add as text
    headings = HeadingReader()  # knows the items of a 第X条 article
    for index, line in enumerate(ticking(lines, progress, 0.55, 0.8)):
        if line.is_table_row:
            table.append(line.cells)
            continue
        if table:
            _add_table(builder, table)
            table = []
        if skip_next:
            skip_next = False
            continue
        if toc_lines or (is_toc_word(line) and (toc := read_toc(lines, index))):
            if not toc_lines:  # a 目录 names the headings; its lines are text, not headings
                builder.toc += toc
                toc_lines = len(toc) + 1
            _add_paragraph(builder, line.text)
            toc_lines -= 1
            continue
        if attachments and dated_issuer(lines, index):  # an attachment's own signature
            builder.add(BlockKind.SIGNATURE, line.text)
            continue
        if attachments and is_date_line(line.text):
            builder.add(BlockKind.DATE, line.text)
            continue
        if attachments and starts_attachment(lines, index):
            skip_next = _add_attachment(builder, lines, index)
            headings = HeadingReader()  # an attachment is a document of its own
            continue
        following = lines[index + 1] if index + 1 < len(lines) else None
        heading = headings.match(line.text, None if following is None or following.is_table_row else following.text)
        if heading is not None:
            _add_heading(builder, heading)
            skip_next = heading.lines == 2
        else:
            _add_paragraph(builder, line.text)
    if table:
        _add_table(builder, table)


def _add_attachment(builder: _Builder, lines: list[SourceLine], index: int) -> bool:
    """Add an attachment's title block; True when it took in the next line too.

    A bare 附件 (or 附件1) line names its attachment on the next line; the two
    read as one block, 附件 being its label.
    """
    text = lines[index].text
    match = ATTACHMENT_LINE.match(text)
    if match is None:
        builder.add(BlockKind.ATTACHMENT, text, title=text)
        return False
    label, title = re.sub(r"\s", "", match.group(1)), match.group(2)
    if title:
        builder.add(BlockKind.ATTACHMENT, text, label=label, title=title)
        return False
    following = lines[index + 1] if index + 1 < len(lines) else None
    if following is not None and not following.is_table_row and is_title_like(following.text):
        builder.add(BlockKind.ATTACHMENT, f"{text} {following.text}", label=label, title=following.text)
        return True
    builder.add(BlockKind.ATTACHMENT, text, label=label, title="")
    return False


def _add_heading(builder: _Builder, heading: HeadingMatch) -> None:
    builder.add(BlockKind.HEADING, heading.heading_text, label=heading.label, title=heading.title,
                level=heading.rank)
    if heading.rest:
        _add_paragraph(builder, heading.rest)


def _add_paragraph(builder: _Builder, text: str) -> None:
    points = tuple(Point(m.start(1), m.group(1)) for m in _POINT.finditer(text))
    builder.add(BlockKind.PARAGRAPH, text, points=points)


def _add_table(builder: _Builder, rows: list[tuple[str, ...]]) -> None:
    for piece in table_pieces(rows):  # a table of thousands of rows: tables Qt lays out in linear time
        builder.add(BlockKind.TABLE, "\n".join("\t".join(row) for row in piece), rows=tuple(piece))


def _outline(blocks: list[Block]) -> tuple[Heading, ...]:
    """Nest headings by rank: each one under the nearest earlier heading of a higher rank.

    ``Block.level`` holds the marker's rank while parsing; the tree depth becomes the level.
    """
    roots: list[dict] = []
    stack: list[tuple[int, dict]] = []
    for index, block in enumerate(blocks):
        if block.kind is BlockKind.HEADING:
            rank = block.level
        elif block.kind is BlockKind.ATTACHMENT:
            rank = ATTACHMENT_RANK
        else:
            continue
        node = {"label": block.label, "title": block.title, "block": index, "children": []}
        while stack and stack[-1][0] >= rank:
            stack.pop()
        (stack[-1][1]["children"] if stack else roots).append(node)
        stack.append((rank, node))
    return tuple(_freeze(node, 1) for node in roots)


def _with_outline_levels(blocks: list[Block], outline: tuple[Heading, ...]) -> tuple[Block, ...]:
    levels = {heading.block: heading.level for top in outline for heading in top.walk()}
    return tuple(block._replace(level=levels[index]) if index in levels else block
                 for index, block in enumerate(blocks))


def _freeze(node: dict, level: int) -> Heading:
    return Heading(level=level, label=node["label"], title=node["title"], block=node["block"],
                   children=tuple(_freeze(child, level + 1) for child in node["children"]))


def _sentences(blocks: tuple[Block, ...], progress: Progress | None = None) -> tuple[Sentence, ...]:
    sentences = []
    for index, block in enumerate(ticking(blocks, progress, 0.85, 1.0)):
        texts = [block.text] if block.kind is not BlockKind.TABLE else None
        if texts is None:  # each table cell reads as its own sentence
            offset = 0
            for line in block.text.split("\n"):
                for cell in line.split("\t"):
                    for start, end in split_spans(cell):
                        sentences.append(Sentence(block.start + offset + start, block.start + offset + end, index))
                    offset += len(cell) + 1
            continue
        for start, end in split_spans(block.text):
            sentences.append(Sentence(block.start + start, block.start + end, index))
    return tuple(sentences)
