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
        "signature": {"issuer": document.signature.issuer, "date": document.signature.date},
        "stats": {
            "characters": document.character_count(),
            "paragraphs": document.paragraph_count(),
            "sentences": len(document.sentences),
        },
    }


def heading_line(heading: Heading) -> str:
    """How a heading reads in a list: its label and title (an attachment has no label)."""
    return f"{heading.label}{heading.title}" if heading.label else heading.title


def outline_text(document: Document) -> str:
    lines = [document.title or ""]
    lines += ["  " * (h.level - 1) + heading_line(h) for h in document.headings()]
    if document.signature.issuer or document.signature.date:
        lines.append("— " + " ".join(filter(None, (document.signature.issuer, document.signature.date))))
    return "\n".join(lines)
