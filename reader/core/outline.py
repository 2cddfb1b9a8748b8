"""The document model as the outline JSON of `reader outline --json`, and as indented text."""
from __future__ import annotations

from .model import Document, Heading


def heading_dict(heading: Heading) -> dict:
    return {
        "level": heading.level,
        "label": heading.label,
        "title": heading.title,
        "children": [heading_dict(child) for child in heading.children],
    }


def document_dict(document: Document) -> dict:
    return {
        "title": document.title,
        "metadata": document.metadata.as_dict(),
        "outline": [heading_dict(top) for top in document.outline],
        "toc": [{"level": e.level, "label": e.label, "title": e.title} for e in document.toc],
        "signature": {"issuer": document.signature.issuer, "date": document.signature.date},
        "imprint": list(document.imprint),
        "stats": {
            "characters": document.character_count(),
            "paragraphs": document.paragraph_count(),
            "sentences": len(document.sentences),
        },
    }


# Labels that end in punctuation join their title directly: 一、总则, （一）目标, 附件1：名单.
_JOINING_PUNCTUATION = "、）).．:："


def heading_line(heading: Heading) -> str:
    """How a heading reads in a list: its label and title (either may be empty).

    A label without closing punctuation (第一章, 附件) is kept apart by a space.
    """
    if not heading.label or not heading.title:
        return heading.label or heading.title
    separator = "" if heading.label[-1] in _JOINING_PUNCTUATION else " "
    return f"{heading.label}{separator}{heading.title}"


def outline_text(document: Document) -> str:
    lines = [document.title or ""]
    lines += ["  " * (h.level - 1) + heading_line(h) for h in document.headings()]
    if document.signature.issuer or document.signature.date:
        lines.append("— " + " ".join(filter(None, (document.signature.issuer, document.signature.date))))
    return "\n".join(lines)
