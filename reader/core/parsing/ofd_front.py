"""OFD (GB/T 33190) front end: the text objects of each page, placed, through ofdkit.

ofdkit (Apache-2.0, pure Python, 0.4 MB, no dependencies) reads the OFD package with limits
on its parts' sizes, resolves templates and text transforms, and gives each text run's
baseline and advance in millimetres; page_layout makes lines and paragraphs of them as it
does for PDF. easyofd was tried too: it reads through PyMuPDF (AGPL, 100 MB with onnxruntime)
and renders pages to images, which the reader has no use for.
"""
from __future__ import annotations

import zipfile
import zlib

import ofdkit

from ..loading import LoadError
from .file_title import title_hint
from .formats import MSG_SCANNED, OFD, damaged, open_zip, page_progress
from .lines import SourceLine
from .page_layout import Page, PlacedLine, lines_from_fragments, page_lines
from .progress import Progress

# The share of a run's font size above its baseline (the rest is below).
_ASCENT = 0.88


def read_lines(data: bytes, name: str, progress: Progress | None = None) -> tuple[list[SourceLine], str | None]:
    open_zip(data, OFD, name).close()  # refuses a zip bomb and an encrypted package
    try:
        with ofdkit.open(data) as document:
            pages = []
            for index, page in enumerate(document.pages):
                page_progress(progress, index, len(document.pages))
                pages.append(_page(page))
            title = (document.info.title or "").strip() if getattr(document, "info", None) else ""
    except (ofdkit.OFDError, zipfile.BadZipFile, zlib.error, ValueError, KeyError, OSError, EOFError,
            AttributeError, TypeError, IndexError):  # parts in shapes ofdkit does not expect
        raise damaged(OFD, name) from None
    if not any(page.lines for page in pages):
        raise LoadError(MSG_SCANNED, path=name)
    return page_lines(pages), title_hint(title)


def _page(page) -> Page:
    x0, y0, width, height = page.box
    runs = [run for run in page.runs if run.text.strip()]
    fallback = _size_from_spacing(runs)
    fragments = []
    for run in runs:
        size = run.size if run.size > 0 else fallback
        left = run.x - x0
        fragments.append(PlacedLine(run.text, left, run.y - y0 - size * _ASCENT, left + run.width,
                                    run.y - y0 + size * (1 - _ASCENT)))
    return Page(width, height, lines_from_fragments(fragments))


def _size_from_spacing(runs) -> float:
    """The font size of runs that give none (some writers leave Size out): a little less than
    the closest spacing of the page's baselines, else that of body text, 16 pt (5.6 mm)."""
    sizes = sorted(run.size for run in runs if run.size > 0)
    if sizes:
        return sizes[len(sizes) // 2]
    baselines = sorted({round(run.y, 2) for run in runs})
    gaps = [b - a for a, b in zip(baselines, baselines[1:]) if b - a > 0.2]
    return min(gaps) * 0.8 if gaps else 5.6
