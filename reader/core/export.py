"""A document saved for other programs: semantic HTML, Markdown or plain text. No Qt.

- ``to_html``: one self-contained page for browsers and screen readers: ``lang="zh-CN"``, the
  title as ``<h1>``, headings ``<h2>``-``<h4>`` by outline level (deeper levels stay ``<h4>``,
  their label tells the depth), the 政府信息公开 catalogue as a ``<dl>``, 一是/二是 in
  ``<strong>``, tables with ``<th>`` when their first row is a header, the signature and date
  in a ``<footer>``, each attachment a ``<section>``. A small inline style sheet and nothing
  else: no scripts, no URLs, and a Content-Security-Policy that forbids both anyway. Every
  text of the document is escaped.
- ``to_markdown``: CommonMark (with a GFM pipe table for tables); markup characters in the
  text are backslash-escaped, so a document cannot inject HTML or links.
- ``to_text``: plain UTF-8 text, a blank line between blocks; the reader opens it again with
  the same title, outline, catalogue and signature.

Pinyin (``pinyin="marks"`` for zhòng, ``"numbers"`` for zhong4) comes from core/pinyin.py,
so it is phrase-aware and follows the user's corrections; it needs pypinyin
(``PinyinUnavailable`` otherwise). In HTML every hanzi becomes
``<ruby>重<rp>(</rp><rt>zhòng</rt><rp>)</rp></ruby>``. Markdown and text put the readings of
each word in parentheses after it, ``重要(zhòng yào)``: it reads the same in a text editor,
in every Markdown viewer and aloud, where ``<ruby>`` inline HTML would be unreadable as text
and is dropped by some Markdown renderers.
"""
from __future__ import annotations

import os
import re
from typing import Callable, Sequence

from .atomic import write_atomically
from .output_file import mode_for_output
from .block_writing import MISSING, BlockWriter, CardValues, marked_runs, write_blocks, write_card
from .model import Block, BlockKind, Document
from .parsing.dates import find_date

HTML, MARKDOWN, TEXT = "html", "markdown", "text"
FORMATS = (HTML, MARKDOWN, TEXT)
SUFFIXES = {HTML: ".html", MARKDOWN: ".md", TEXT: ".txt"}
PINYIN_STYLES = ("marks", "numbers")

UNTITLED = "无标题文档"
_DATE_FIELDS = ("written_date", "published_date")

Readings = Callable[[str], Sequence["str | None"]]


def export(document: Document, format: str, pinyin: str | None = None,
           pause: Callable[[], None] | None = None) -> str:
    """The document in ``format`` (one of FORMATS). ``pause``, called between blocks, lets an
    export in a background thread give way to the window."""
    if format == HTML:
        return to_html(document, pinyin, pause)
    if format == MARKDOWN:
        return to_markdown(document, pinyin, pause)
    if format == TEXT:
        return to_text(document, pinyin, pause)
    raise ValueError(f"unknown export format: {format!r}")


def _reader(pinyin: str | None) -> Readings | None:
    """Readings per character of a text, or None for no pinyin. Loads pypinyin."""
    if pinyin is None:
        return None
    if pinyin not in PINYIN_STYLES:
        raise ValueError(f"unknown pinyin style: {pinyin!r}")
    from . import pinyin as module

    module.load()
    return lambda text: module.readings(text, pinyin, module.MODE_ALL)


def _words(text: str) -> list[tuple[int, str]]:
    from . import pinyin as module

    return module.words(text)


def _title(document: Document) -> str:
    return document.title or document.source_name or UNTITLED


def _heading_level(block: Block) -> int:
    """h2 for level 1, h3 for level 2, h4 for level 3 and deeper."""
    return min(max(block.level, 1) + 1, 4)


def has_header_row(rows: Sequence[Sequence[str]]) -> bool:
    """Whether a table's first row names its columns: more rows follow, and its cells are
    short labels (单位 姓名 电话), not data (5000元) or headings (一、…)."""
    if len(rows) < 2 or not rows[0]:
        return False
    return all(cell.strip() and len(cell) <= 12 and not any(ch.isdigit() for ch in cell)
               and not _LABEL.match(cell) for cell in rows[0])


_LABEL = re.compile(r"^\s*([一二三四五六七八九十百]+、|[（(][一二三四五六七八九十百\d]+[）)]|\d+[.．、])")


def _blocks_after_header(document: Document) -> tuple[Block | None, list[Block], list[Block]]:
    """The title block, the 文号 lines under it, and every block after those."""
    blocks = list(document.blocks)
    title = blocks.pop(0) if blocks and blocks[0].kind is BlockKind.TITLE else None
    numbers = []
    while blocks and blocks[0].kind is BlockKind.DOCUMENT_NUMBER:
        numbers.append(blocks.pop(0))
    return title, numbers, blocks


# HTML ---------------------------------------------------------------------------------------
STYLE = """\
body { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun", serif;
  font-size: 1.375rem; line-height: 1.8; max-width: 40em; margin: 2em auto; padding: 0 1em;
  color: #111; background: #fff; }
h1 { font-size: 1.6em; line-height: 1.4; text-align: center; }
h2 { font-size: 1.3em; } h3 { font-size: 1.15em; } h4 { font-size: 1em; }
p { margin: 0.6em 0; text-indent: 2em; }
p.number { text-align: center; text-indent: 0; }
dl.metadata { display: grid; grid-template-columns: max-content 1fr; gap: 0.2em 1em;
  border: 1px solid #767676; padding: 0.6em 1em; font-size: 0.9em; }
dl.metadata dt { font-weight: bold; } dl.metadata dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 1em 0; }
th, td { border: 1px solid #555; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
footer { margin: 2em 0; text-align: right; } footer p { text-indent: 0; margin: 0.2em 2em 0.2em 0; }
section.attachment { margin-top: 3em; }
rt { font-size: 0.55em; }
@media (prefers-color-scheme: dark) {
  body { color: #eee; background: #111; } dl.metadata, th, td { border-color: #aaa; } }
"""


def _html_text(text: str, readings: Sequence[str | None] | None = None) -> str:
    """``text`` escaped, each annotated hanzi in a <ruby>, newlines as <br>."""
    import html  # here, not at the top: html.entities is a large table the start-up has no use for
    if readings is None:
        return html.escape(text).replace("\n", "<br>\n")
    out, plain = [], []
    for char, reading in zip(text, readings):
        if reading is None:
            plain.append(char)
            continue
        if plain:
            out.append(html.escape("".join(plain)))
            plain = []
        out.append(f"<ruby>{html.escape(char)}<rp>(</rp><rt>{html.escape(reading)}</rt><rp>)</rp></ruby>")
    if plain:
        out.append(html.escape("".join(plain)))
    return "".join(out).replace("\n", "<br>\n")


def _html_inline(text: str, read: Readings | None) -> str:
    return _html_text(text, read(text) if read and text else None)


def _html_block_text(block: Block, read: Readings | None) -> str:
    """A block's text with its enumeration markers in <strong>."""
    readings = read(block.text) if read and block.text else None
    parts = []
    for start, end, marker in marked_runs(block):
        piece = _html_text(block.text[start:end], readings[start:end] if readings is not None else None)
        parts.append(f"<strong>{piece}</strong>" if marker else piece)
    return "".join(parts)


def _html_table(block: Block, read: Readings | None) -> list[str]:
    rows = [list(row) for row in block.rows] or [[line] for line in block.text.split("\n")]
    columns = max(len(row) for row in rows)
    rows = [row + [""] * (columns - len(row)) for row in rows]
    out = ["<table>"]
    if has_header_row(rows):
        cells = "".join(f'<th scope="col">{_html_inline(cell, read)}</th>' for cell in rows[0])
        out.append(f"<thead><tr>{cells}</tr></thead>")
        rows = rows[1:]
    out.append("<tbody>")
    for row in rows:
        out.append("<tr>" + "".join(f"<td>{_html_inline(cell, read)}</td>" for cell in row) + "</tr>")
    out.append("</tbody>")
    out.append("</table>")
    return out


def _html_date(block: Block, read: Readings | None) -> str:
    iso = find_date(block.text)
    text = _html_block_text(block, read)
    return f'<time datetime="{iso}">{text}</time>' if iso else text


class _HtmlBlocks(BlockWriter):
    """The 文号 lines and the card as a <dl> in the header; after it, the signature and date in a
    <footer>, each attachment a <section>, every block an id (b + its index) that the
    attachments' sections are labelled by."""

    def __init__(self, document: Document, read: Readings | None, out: list[str]):
        self.read, self.out = read, out
        self.index_of = {id(block): index for index, block in enumerate(document.blocks)}
        self.in_section = self.in_footer = False

    def begin_block(self, block: Block) -> None:
        if self.in_footer and block.kind not in (BlockKind.SIGNATURE, BlockKind.DATE):
            self.out.append("</footer>")
            self.in_footer = False

    def text(self, block: Block) -> None:  # paragraphs, and a second title should a document have one
        self.out.append(f"<p>{_html_block_text(block, self.read)}</p>")

    def heading(self, block: Block) -> None:
        level = _heading_level(block)
        self.out.append(f'<h{level} id="b{self.index_of[id(block)]}">{_html_block_text(block, self.read)}</h{level}>')

    def attachment(self, block: Block) -> None:
        if self.in_section:
            self.out.append("</section>")
        self.out.append(f'<section class="attachment" aria-labelledby="b{self.index_of[id(block)]}">')
        self.in_section = True
        self.heading(block)

    def table(self, block: Block) -> None:
        self.out.extend(_html_table(block, self.read))

    def signature(self, block: Block) -> None:
        self._in_footer(_html_block_text(block, self.read))

    def date(self, block: Block) -> None:
        self._in_footer(_html_date(block, self.read))

    def _in_footer(self, text: str) -> None:
        if not self.in_footer:
            self.out.append("<footer>")
            self.in_footer = True
        self.out.append(f"<p>{text}</p>")

    def document_number(self, block: Block) -> None:
        self.out.append(f'<p class="number">{_html_block_text(block, self.read)}</p>')

    def card(self, values: CardValues) -> None:
        import html  # on first export, not at start-up (html.entities is a large table)
        self.out.append('<dl class="metadata">')
        for field, value in values:
            shown = _html_inline(value, self.read)
            if field.name in _DATE_FIELDS and value != MISSING:
                shown = f'<time datetime="{html.escape(value)}">{shown}</time>'
            self.out.append(f"<dt>{_html_inline(field.printed, self.read)}</dt><dd>{shown}</dd>")
        self.out.append("</dl>")

    def imprint(self, block: Block) -> None:  # the 版记 belongs to the whole document, not an attachment
        if self.in_section:
            self.out.append("</section>")
            self.in_section = False
        self.out.append(f'<p class="imprint">{_html_block_text(block, self.read)}</p>')

    def close(self) -> None:
        if self.in_footer:
            self.out.append("</footer>")
        if self.in_section:
            self.out.append("</section>")


def to_html(document: Document, pinyin: str | None = None, pause: Callable[[], None] | None = None) -> str:
    """The document as one accessible HTML page (see the module's docstring)."""
    import html  # on first export, not at start-up (html.entities is a large table)
    read = _reader(pinyin)
    title_block, numbers, rest = _blocks_after_header(document)
    out = [
        "<!DOCTYPE html>",
        '<html lang="zh-CN">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        f"<title>{html.escape(_title(document))}</title>",
        "<style>",
        STYLE.rstrip("\n"),
        "</style>",
        "</head>",
        "<body>",
        "<main>",
        "<article>",
        "<header>",
    ]
    if title_block is not None:
        out.append(f'<h1 id="b0">{_html_block_text(title_block, read)}</h1>')
    else:
        out.append(f"<h1>{_html_inline(_title(document), read)}</h1>")
    writer = _HtmlBlocks(document, read, out)
    for block in numbers:
        writer.document_number(block)
    write_card(writer, document)
    out.append("</header>")

    write_blocks(writer, rest, pause)
    writer.close()
    out += ["</article>", "</main>", "</body>", "</html>", ""]
    return "\n".join(out)


# Markdown and text --------------------------------------------------------------------------
def _pieces(text: str, readings: Sequence[str | None], start: int = 0, end: int | None = None,
            escape: Callable[[str], str] = lambda text: text) -> list[tuple[str, str]]:
    """The part [start, end) of ``text`` word by word, each word escaped and with its readings
    (``"(zhòng yào)"``, or ``""``). The words are those pypinyin reads the whole text as, so a
    word keeps its phrase reading when the part cuts it."""
    end = len(text) if end is None else end
    out = []
    for word_start, word in _words(text):
        begin, finish = max(word_start, start), min(word_start + len(word), end)
        if begin >= finish:
            continue
        syllables = [reading for reading in readings[begin:finish] if reading]
        out.append((escape(text[begin:finish]), "(" + " ".join(syllables) + ")" if syllables else ""))
    return out


def _annotated(text: str, readings: Sequence[str | None] | None,
               escape: Callable[[str], str] = lambda text: text) -> str:
    """``text`` with the readings of each word in parentheses after it: 重要(zhòng yào)."""
    if readings is None:
        return escape(text)
    return "".join(chunk + annotation for chunk, annotation in _pieces(text, readings, escape=escape))


# Characters Markdown might read as markup anywhere in a line; a backslash makes each literal.
_MD_INLINE = re.compile(r"([\\`*_\[\]<>&|~])")
# ... and at the start of a line: headings, quotes, list items, thematic breaks, setext lines.
_MD_LINE_START = re.compile(r"^(\s*)([#>+=-]|\d+(?=[.)]))")


def md_escape(text: str) -> str:
    """Plain text that Markdown shows as it is (no markup, no HTML, no links)."""
    escaped = _MD_INLINE.sub(r"\\\1", text)
    lines = []
    for line in escaped.split("\n"):
        line = line.lstrip(" \t")  # four spaces would start a code block
        match = _MD_LINE_START.match(line)
        if match and match.group(2).isdigit():  # 1. or 1) would start a list: escape the dot
            end = match.end()
            line = line[:end] + "\\" + line[end:]
        elif match:
            line = line[: match.start(2)] + "\\" + line[match.start(2):]
        lines.append(line)
    return "\\\n".join(lines)  # a backslash at the end of a line is a hard line break


def _md_block_text(block: Block, read: Readings | None, escape=md_escape, strong=True) -> str:
    """A block's text, its enumeration markers in **bold** (when ``strong``), annotated."""
    readings = read(block.text) if read and block.text else None
    if readings is None:
        pieces = []
        for start, end, marker in marked_runs(block):
            piece = escape(block.text[start:end])
            pieces.append(f"**{piece}**" if marker and strong else piece)
        return "".join(pieces)
    if not strong or not block.points:
        return _annotated(block.text, readings, escape)
    out = []
    for start, end, marker in marked_runs(block):
        pieces = _pieces(block.text, readings, start, end, escape)
        out.append(_md_strong(pieces) if marker else "".join(c + a for c, a in pieces))
    return "".join(out)


def _md_strong(pieces: list[tuple[str, str]]) -> str:
    """Annotated words in bold: **一是**(yī shì). The closing ** goes before the last reading:
    CommonMark closes emphasis after a ")" only when a space or punctuation follows."""
    if not pieces:
        return ""
    *body, (last, annotation) = pieces
    return "**" + "".join(c + a for c, a in body) + last + "**" + annotation


def _md_cell(text: str, read: Readings | None) -> str:
    return _annotated(text, read(text) if read and text else None, md_escape).replace("\\\n", " ") or " "


def _md_table(block: Block, read: Readings | None) -> str:
    rows = [list(row) for row in block.rows] or [[line] for line in block.text.split("\n")]
    columns = max(len(row) for row in rows)
    rows = [row + [""] * (columns - len(row)) for row in rows]
    header = rows.pop(0) if has_header_row(rows) else [""] * columns  # GFM needs a header row
    lines = ["| " + " | ".join(_md_cell(cell, read) for cell in header) + " |",
             "|" + "|".join(" --- " for _ in range(columns)) + "|"]
    lines += ["| " + " | ".join(_md_cell(cell, read) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


class _MarkdownBlocks(BlockWriter):
    """Headings as # lines, a thematic break before each attachment, tables as GFM pipe tables."""

    def __init__(self, read: Readings | None, out: list[str]):
        self.read, self.out = read, out

    def text(self, block: Block) -> None:
        self.out.append(_md_block_text(block, self.read))

    def heading(self, block: Block) -> None:
        text = _md_block_text(block, self.read).replace("\\\n", " ")
        self.out.append("#" * _heading_level(block) + " " + text)

    def attachment(self, block: Block) -> None:
        self.out.append("---")
        self.heading(block)

    def card(self, values: CardValues) -> None:  # a list, each label in bold
        read, lines = self.read, []
        for field, value in values:
            label = _md_strong(_pieces(field.printed, read(field.printed))) if read else f"**{field.printed}**"
            lines.append(f"- {label}：{_annotated(value, read(value) if read else None, md_escape)}")
        self.out.append("\n".join(lines))

    def table(self, block: Block) -> None:
        self.out.append(_md_table(block, self.read))


def to_markdown(document: Document, pinyin: str | None = None, pause: Callable[[], None] | None = None) -> str:
    """The document as Markdown: # title, ## … #### headings, the catalogue as a list."""
    read = _reader(pinyin)
    title_block, numbers, rest = _blocks_after_header(document)
    title = _md_block_text(title_block, read) if title_block is not None else _annotated(
        _title(document), read(_title(document)) if read else None, md_escape)
    out = ["# " + title.replace("\\\n", " ")]
    out += [_md_block_text(block, read) for block in numbers]
    writer = _MarkdownBlocks(read, out)
    write_card(writer, document)
    write_blocks(writer, rest, pause)
    return "\n\n".join(part for part in out if part) + "\n"


def _text_table(block: Block, read: Readings | None) -> str:
    rows = block.rows or tuple((line,) for line in block.text.split("\n"))
    return "\n".join(" | ".join(_annotated(cell, read(cell) if read and cell else None) for cell in row)
                     for row in rows)


class _TextBlocks(BlockWriter):
    """Every block as its text, a table row a line with its cells between " | "."""

    def __init__(self, read: Readings | None, out: list[str]):
        self.read, self.out = read, out

    def text(self, block: Block) -> None:
        self.out.append(_md_block_text(block, self.read, escape=lambda text: text, strong=False))

    def table(self, block: Block) -> None:
        self.out.append(_text_table(block, self.read))

    def card(self, values: CardValues) -> None:  # as the portals' pages have it, one label：value a line
        self.out.append("\n".join(f"{field.printed}：{value}" for field, value in values))


def to_text(document: Document, pinyin: str | None = None, pause: Callable[[], None] | None = None) -> str:
    """The document as plain text, a blank line between blocks; the catalogue first, as
    the portals' pages have it, one ``label：value`` a line."""
    read = _reader(pinyin)
    out = []
    writer = _TextBlocks(read, out)
    write_card(writer, document)
    if not any(block.kind is BlockKind.TITLE for block in document.blocks) and document.title:
        out.append(_annotated(document.title, read(document.title) if read else None))
    write_blocks(writer, document.blocks, pause)
    return "\n\n".join(part for part in out if part) + "\n"


def write_file(path: str | os.PathLike, data: bytes) -> None:
    """Write ``data`` to ``path`` all at once, with the permissions a file of the user's gets."""
    write_atomically(path, data, mode_for_output(path))
