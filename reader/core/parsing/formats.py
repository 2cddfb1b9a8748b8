"""The document formats that are not text: which one a file is, and its front end.

PDF, Word (.docx, .doc) and OFD files are told by their first bytes (a .doc and an
encrypted .docx are both OLE files; a .docx and an OFD are both zip files), each read by its
own module, imported only when such a file is opened: start-up never loads a PDF or Word
library. Every front end returns source lines for structure.build_document, and raises
LoadError with one of the messages below for whatever it cannot read.
"""
from __future__ import annotations

import importlib
import zipfile  # PySide6 has loaded it already: start-up does not grow
from io import BytesIO
from pathlib import PurePath

from ..loading import LoadError
from ..messages import QT_TRANSLATE_NOOP
from .lines import SourceLine
from .progress import Progress, report

PDF, DOCX, DOC, OFD = "pdf", "docx", "doc", "ofd"
EXTENSIONS = {".pdf": PDF, ".docx": DOCX, ".doc": DOC, ".ofd": OFD}
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_FORMAT_NAMES = {PDF: "PDF", DOCX: "Word", DOC: "Word", OFD: "OFD"}

MSG_SCANNED = QT_TRANSLATE_NOOP(
    "LoadError", "{path} is a scanned image of a document: it has no text layer, and the reader "
    "cannot read images yet.")
MSG_ENCRYPTED = QT_TRANSLATE_NOOP(
    "LoadError", "{path} is protected by a password; the reader cannot open it.")
MSG_DAMAGED = QT_TRANSLATE_NOOP(
    "LoadError", "{path} is damaged or incomplete: it is not a {format} file the reader can read.")
MSG_TOO_MUCH_INSIDE = QT_TRANSLATE_NOOP(
    "LoadError", "{path} unpacks to more than {limit} MB; the reader does not open it.")
MSG_NO_DOC_CONVERTER = QT_TRANSLATE_NOOP(
    "LoadError", "Old Word documents (.doc) such as {path} need antiword or LibreOffice, "
    "and neither is installed.")

FRONT_END_SHARE = 0.3  # of the whole parse (parsing/__init__.py's FRONT_END_DONE)
# What a .docx or an OFD may unpack to, all parts together, and how much smaller it may be packed.
MAX_UNPACKED = 200 * 1024 * 1024
MAX_RATIO = 200
MAX_PARTS = 20_000


def sniff(data: bytes, name: str = "") -> str | None:
    """The format of a document's bytes, or None for text and web pages.

    A binary file named .pdf, .docx, .doc or .ofd is taken as that format even when its first
    bytes are wrong, so that it is called damaged rather than binary text; a .doc that is a web
    page or text (portals serve Word's "Save as Web Page" so) is read as one.
    """
    suffix = PurePath(name).suffix.lower()
    # PDF readers accept junk before the header within the first kilobyte; a page that only
    # speaks of "%PDF-" is not one.
    if data.lstrip()[:5] == b"%PDF-" or (suffix == ".pdf" and b"%PDF-" in data[:1024]):
        return PDF
    if data.startswith(_OLE) or data.startswith(b"{\\rtf"):  # Word 97-2003, or Rich Text saved as .doc
        return DOC
    if data.startswith(b"PK\x03\x04"):
        kind = _zip_kind(data)
        if kind:
            return kind
    return EXTENSIONS.get(suffix) if _looks_binary(data[:4096]) else None


_CONTROL = bytes(range(9)) + bytes(range(14, 32))


def _looks_binary(head: bytes) -> bool:
    """Control characters no text holds, in more than a few places (a zip's or PDF's bytes do)."""
    return len(head) - len(head.translate(None, _CONTROL)) > max(2, len(head) // 200)


def _zip_kind(data: bytes) -> str | None:
    try:
        names = set(zipfile.ZipFile(BytesIO(data)).namelist())
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        return None
    if "word/document.xml" in names or "[Content_Types].xml" in names:
        return DOCX
    if any(n.lower() == "ofd.xml" for n in names):
        return OFD
    return None


def format_lines(kind: str, data: bytes, name: str,
                 progress: Progress | None = None) -> tuple[list[SourceLine], str | None]:
    """The source lines and, where the file names one, the title of a document of that format.

    ``progress`` hears of 0.0 to FRONT_END_DONE page by page where the format has pages.
    """
    module = importlib.import_module(f".{kind}_front", __package__)
    return module.read_lines(data, name, progress)


def page_progress(progress: Progress | None, done: int, pages: int) -> None:
    report(progress, FRONT_END_SHARE * done / max(pages, 1))


def damaged(kind: str, name: str) -> LoadError:
    return LoadError(MSG_DAMAGED, path=name, format=_FORMAT_NAMES[kind])


def open_zip(data: bytes, kind: str, name: str) -> zipfile.ZipFile:
    """The zip of a .docx or an OFD, refused when it would unpack to too much (a zip bomb)."""
    try:
        archive = zipfile.ZipFile(BytesIO(data))
        parts = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        raise damaged(kind, name) from None
    unpacked = sum(part.file_size for part in parts)
    packed = sum(part.compress_size for part in parts)
    if len(parts) > MAX_PARTS or unpacked > MAX_UNPACKED or unpacked > max(packed, 1 << 20) * MAX_RATIO:
        raise LoadError(MSG_TOO_MUCH_INSIDE, path=name, limit=MAX_UNPACKED // (1024 * 1024))
    if any(part.flag_bits & 0x1 for part in parts):
        raise LoadError(MSG_ENCRYPTED, path=name)
    return archive
