"""The title a PDF or OFD file names in its own information, when it is a title.

Writers fill it from whatever they have: the file's name (Microsoft Word - 文档1.docx,
报告.pdf), a template's (无标题, Untitled, 新建 Microsoft Word 文档), or nothing. Only a name
that is none of these may stand for the document's title, and only as a hint: the title the
text shows comes first (structure.build_document).
"""
from __future__ import annotations

import re

_WRITER_PREFIX = re.compile(r"^(?:Microsoft\s+(?:Word|Excel|PowerPoint)|WPS\s*\S*)\s*-\s*", re.IGNORECASE)
_FILE_NAME = re.compile(r"\.(?:docx?|wps|pdf|ofd|rtf|txt|html?|xlsx?|pptx?|tmp)$", re.IGNORECASE)
_TEMPLATE = re.compile(
    r"^(?:untitled|无标题|未命名|新建.*文档|文档\s*\d*|document\s*\d*|doc\d*|title|标题|"
    r"microsoft word.*|powerpoint.*|演示文稿\d*|slide\s*\d*|scanned|scan.*|image.*|\d+)$", re.IGNORECASE)


def title_hint(name: str | None) -> str | None:
    """The file's own title, unless it is a file name, a template's or too short to be one."""
    text = " ".join((name or "").split())
    if not text or _WRITER_PREFIX.match(text) or _FILE_NAME.search(text) or _TEMPLATE.match(text):
        return None
    return text if len(text) >= 4 else None
