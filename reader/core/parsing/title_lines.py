"""Whether a line reads like a title: short, no closing punctuation, no heading marker,
文号, date, metadata label or the word 目录. The title, an attachment's title and its 附件 line ask it."""
from __future__ import annotations

import re

from .dates import is_date_line
from .headings import match_heading
from .metadata import has_label
from .toc import TOC_WORD

TERMINAL = "。！？；：:;!?，,"
# 穗公花发〔2021〕12号; and the serial forms 国务院令第732号, 府授法三字第1100012345號.
_DOCUMENT_NUMBER = re.compile(
    r"^\S{1,20}(?:[〔\[［【(（]\s*\d{4}\s*[〕\]］】)）]\s*第?|第)\s*\d+\s*[号號]$"
)
MAX_TITLE_LINE = 60


def is_document_number(text: str) -> bool:
    """X府〔2024〕3号, also in brackets as some pages set it under the title: （X府〔2024〕3号）."""
    text = text.replace(" ", "")
    if text[:1] in "（(" and text[-1:] in "）)":
        text = text[1:-1]
    return _DOCUMENT_NUMBER.match(text) is not None


def is_title_like(text: str) -> bool:
    return (
        0 < len(text) <= MAX_TITLE_LINE
        and text[-1] not in TERMINAL
        and match_heading(text) is None
        and not is_document_number(text)
        and not is_date_line(text)
        and not has_label(text)
        and not TOC_WORD.match(text)  # 目录 heads the table of contents, not a title's line
    )
