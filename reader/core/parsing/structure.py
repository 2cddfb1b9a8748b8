"""Source lines to a Document: chrome, metadata, title, headings, points, signature, attachments."""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Block, BlockKind, Document, Heading, Metadata, Point, Sentence, Signature
from ..sentences import split_spans
from .chrome import is_chrome, without_buttons
from .long_lines import table_pieces
from .closing import ATTACHMENT_LINE, PADDING, dated_issuer, split_tail, starts_attachment
from .dates import find_date, is_date_line
from .headings import ATTACHMENT_RANK, HeadingMatch, HeadingReader
from .lines import SourceLine, full_width_punctuation
from .metadata import (
    DATE_FIELDS, SEARCH_LINES, find_metadata, has_label, info_line_metadata, is_info_line, may_precede,
)
from .progress import Progress, report, ticking
from .title_lines import is_document_number, is_title_like

_POINT = re.compile(r"(?:^|(?<=[。；;：:！？!?]))\s*((?:[一二三四五六七八九十]+|其[一二三四五六七八九十]+)是)")
MAX_TITLE = 100
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

    def add(self, kind: BlockKind, text: str, **fields) -> None:
        if self.blocks:
            self.offset += 1  # the newline between blocks
        self.blocks.append(Block(kind=kind, text=text, start=self.offset, **fields))
        self.offset += len(text)


def build_document(lines: list[SourceLine], source_name: str = "", title_hint: str | None = None,
                   progress: Progress | None = None) -> Document:
    """``progress`` (see progress.py) hears of 0.3 to 1.0: this is the second part of parsing."""
    lines = [SourceLine("") if _is_furniture(line.text) else line for line in ticking(lines, progress, 0.3, 0.4)]
    metadata = _take_metadata(lines)
    lines = [SourceLine(full_width_punctuation(line.text), line.cells)
             for line in ticking(lines, progress, 0.4, 0.55)]
    content = [line for line in lines if line.text]
    content, metadata = _take_info_lines(content, metadata)
    if title_hint:
        title_hint = full_width_punctuation(title_hint)
        content = _from_title(content, title_hint)
    builder = _Builder()
    position = _read_title(content, metadata, title_hint, builder)
    body, issuers, tail = split_tail(content[position:])
    _read_body(body, builder, progress=progress)
    signature = _read_tail(issuers, tail, builder)
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
    )


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
    label of ours that gives a date (the same line at the page's foot).
    """
    kept: list[SourceLine] = []
    values: dict[str, str] = {}
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
        if not near_title and not (has_label(text) and found.keys() & DATE_FIELDS):
            kept.append(line)
            continue
        for key, value in found.items():
            values.setdefault(key, value)
    gaps = {key: value for key, value in values.items() if getattr(metadata, key) is None}
    return kept, replace(metadata, **gaps) if gaps else metadata


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
    number = len(content) > 1 and is_document_number(content[0].text) and is_title_like(content[1].text)
    index = 1 if number else 0
    parts: list[str] = []
    while index < len(content) and len(parts) < 3:
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
    if title:
        builder.add(BlockKind.TITLE, title)
    while index < len(content) and content[index].text == title:  # the title repeated (h1 and a heading)
        index += 1
    if number:
        builder.add(BlockKind.DOCUMENT_NUMBER, content[0].text)
    elif index < len(content) and is_document_number(content[index].text):
        builder.add(BlockKind.DOCUMENT_NUMBER, content[index].text)
        index += 1
    return index


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
    return tuple(replace(block, level=levels[index]) if index in levels else block
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
