"""What closes a document: its issuers' signature, the date, and the attachments after them.

Found on source lines; structure.py adds the blocks.
"""
from __future__ import annotations

import re

from .dates import is_date_line
from .headings import match_heading
from .lazy_pattern import lazy_pattern
from .lines import SourceLine
from .title_lines import TERMINAL, is_title_like

# 附件, 附件1, 附件：title, 附件2 title; not a sentence that starts with the word (附件材料…).
ATTACHMENT_LINE = lazy_pattern(r"^(附\s*件\s*\d*\s*(?:[:：]|(?=\s)|$))\s*(.*)$")
# The kind of text closes an attached title, maybe before its period or status in brackets:
# …实施方案（2023—2025年）, …办法（试行）, …条例（修订草案）.
_ATTACHED_TITLE_END = lazy_pattern(
    r"(方案|办法|规定|细则|制度|计划|规则|意见|通知|要点|清单|目录|名单|说明|指引|标准|条例|章程|规程|准则)"
    r"(?:[（(][^（()）]{1,20}[）)])?$"
)
# The note under a notice's date: （此件公开发布）, （此件主动公开）.
_NOTE = lazy_pattern(r"^[（(]此件[^（()）]{1,10}[）)]$")
# 附件 / 附件1 alone on its line: where an attachment starts (附件：… in the text lists them).
_BARE_ATTACHMENT = lazy_pattern(r"^附\s*件\s*\d*$")
# The names of issuing bodies end so: 部, 局, 委员会, 办公室, 人民政府 ...
ORGANISATION_END = r"(?:部|局|委|厅|办|院|会|室|署|府|处|所|队|中心|公司|银行|小组|指挥部)"
_ORGANISATION = lazy_pattern(ORGANISATION_END + "$")
MAX_JOINT_ISSUERS = 6
# 特此通知 above the date closes the text; it is not who signs it.
_CLOSING_FORMULA = re.compile(r"^(?:特此|此复|此致|专此)")
_SPACE_IN = re.compile(r"[ \u3000]")
_DATED_ISSUER = lazy_pattern(r"^(\S.*?)[ \u3000]+(\S+)$")
PADDING = lazy_pattern(r"[ \u3000]+")
MAX_SIGNATURE = 40


def split_tail(lines: list[SourceLine]) -> tuple[list[SourceLine], list[SourceLine], list[SourceLine]]:
    """Split off what closes the document: the issuers, then the date and attachments.

    Joint issuers stand on lines of their own above the date (人力资源社会保障部 /
    教育部 / 财政部); without a date, the attachments start at a bare 附件1 line.
    """
    lines = _split_dated_issuers(lines)
    index = _closing_date(lines)
    if index is None:
        start = next((i for i, line in enumerate(lines) if i and _BARE_ATTACHMENT.match(line.text)), len(lines))
        return lines[:start], [], lines[start:]
    first = index - 1 if is_issuer(lines[index - 1]) else index
    while (0 < first and index - first < MAX_JOINT_ISSUERS and is_issuer(lines[first - 1])
           and _ORGANISATION.search(lines[first - 1].text) and _ORGANISATION.search(lines[first].text)):
        first -= 1
    return lines[:first], lines[first:index], lines[index:]


def _split_dated_issuers(lines: list[SourceLine]) -> list[SourceLine]:
    """XX市应急管理局　　2024年3月5日 on one line: the issuer's line and the date's."""
    split = []
    for line in lines:
        text = line.text
        if line.is_table_row or text[-1] not in "日0123456789" or not _SPACE_IN.search(text):
            split.append(line)
            continue
        match = _DATED_ISSUER.match(text)
        if (match and _ORGANISATION.search(match.group(1)) and is_date_line(match.group(2))
                and is_issuer(SourceLine(match.group(1)))):
            split += [SourceLine(match.group(1)), SourceLine(match.group(2))]
        else:
            split.append(line)
    return split


def is_issuer(line: SourceLine) -> bool:
    """Could this line, above a date, be the issuing body's signature?"""
    text = line.text
    return (not line.is_table_row and len(text) <= MAX_SIGNATURE and text[-1] not in TERMINAL
            and match_heading(text) is None and not is_date_line(text) and not _CLOSING_FORMULA.match(text))


def dated_issuer(lines: list[SourceLine], index: int) -> bool:
    following = lines[index + 1] if index + 1 < len(lines) else None
    return (following is not None and not following.is_table_row and is_date_line(following.text)
            and is_issuer(lines[index]))


def _closing_date(lines: list[SourceLine]) -> int | None:
    """The index of the date that closes the main text.

    That is the first date line that ends the document or is followed by an
    attachment (a note such as （此件公开发布） between them); an attachment may close with a
    date of its own. Failing that,
    the last date line.
    """
    dates = [index for index in range(1, len(lines))
             if not lines[index].is_table_row and is_date_line(lines[index].text)]
    for index in dates:
        following = index + 2 if index + 1 < len(lines) and _NOTE.match(lines[index + 1].text) else index + 1
        if following == len(lines) or starts_attachment(lines, following):
            return index
    return dates[-1] if dates else None


def starts_attachment(lines: list[SourceLine], index: int) -> bool:
    """附件 / 附件1：title, or the title line of an attached 方案, 办法 ..."""
    line = lines[index]
    if line.is_table_row:
        return False
    return bool(ATTACHMENT_LINE.match(line.text)) or (
        is_title_like(line.text) and bool(_ATTACHED_TITLE_END.search(line.text))
    )
