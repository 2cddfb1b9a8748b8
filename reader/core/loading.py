"""From a path or bytes to text: size limits, binary detection and encodings.

Everything that can go wrong on the way in raises the one ``LoadError``, whose
message is a translatable sentence (see ``messages.py``) with ``{}`` fields.
"""
from __future__ import annotations

import codecs
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from .messages import QT_TRANSLATE_NOOP

MAX_BYTES = 50 * 1024 * 1024

MSG_MISSING = QT_TRANSLATE_NOOP("LoadError", "The file {path} does not exist.")
MSG_FOLDER = QT_TRANSLATE_NOOP("LoadError", "{path} is a folder, not a document.")
MSG_UNREADABLE = QT_TRANSLATE_NOOP("LoadError", "The file {path} cannot be read: {reason}.")
MSG_NOT_A_FILE = QT_TRANSLATE_NOOP(
    "LoadError", "{path} is not a document file (it is a device, a pipe or a socket)."
)
MSG_EMPTY = QT_TRANSLATE_NOOP("LoadError", "The file {path} is empty.")
MSG_TOO_LARGE = QT_TRANSLATE_NOOP(
    "LoadError", "The file {path} is too large ({size} MB); the limit is {limit} MB."
)
MSG_BINARY = QT_TRANSLATE_NOOP(
    "LoadError", "The file {path} is not a text or web page document (it holds binary data)."
)
MSG_UNDECODABLE = QT_TRANSLATE_NOOP(
    "LoadError", "The text of {path} is in an encoding the reader does not know."
)
MSG_NO_TEXT = QT_TRANSLATE_NOOP("LoadError", "The file {path} holds no readable text.")


class LoadError(Exception):
    """A document could not be opened; ``message`` is untranslated, ``fields`` fill it."""

    context = "LoadError"  # of the message's translation

    def __init__(self, message: str, **fields: object):
        self.message = message
        self.fields = fields
        super().__init__(self.format())

    def format(self, translated: str | None = None) -> str:
        return (translated or self.message).format(**self.fields)


@dataclass(frozen=True)
class LoadedText:
    """A file's text, the encoding it was read in and whether it is a web page."""

    text: str
    encoding: str
    is_html: bool


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# A file is a page by its name, or when markup starts it (after comments, an XML declaration);
# markup quoted further into a text (不得使用<iframe>标签) does not make it one.
_PAGE_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml", ".jsp", ".asp", ".aspx", ".php")
# (Patterns compiled by re when first used, when the parser reads a file: not on the way to the
# first window, whose document comes from the parse cache.)
_MARKUP_START = r"(?is)\A(?:\s|<!--.*?-->|<\?xml[^>]*>)*<\s*(?:!doctype\s+html|html|head|body|meta|title|div|p|table)\b"
_META_CHARSET = rb"(?i)<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_\-]+)"
# Control characters that never occur in a text document (TAB, LF, CR, FF allowed).
_CONTROL = bytes(c for c in range(32) if c not in (9, 10, 12, 13)) + b"\x7f"


def read_document_bytes(path: str | os.PathLike) -> bytes:
    p = Path(path)
    shown = str(path)
    if not p.exists():
        raise LoadError(MSG_MISSING, path=shown)
    if p.is_dir():
        raise LoadError(MSG_FOLDER, path=shown)
    try:
        # Non-blocking: opening a FIFO waits for a writer, for ever; then only a regular file is read
        # (a FIFO, /dev/zero or a terminal never ends).
        descriptor = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with open(descriptor, "rb") as handle:
            status = os.fstat(descriptor)
            if not stat.S_ISREG(status.st_mode):
                raise LoadError(MSG_NOT_A_FILE, path=shown)
            if status.st_size > MAX_BYTES:
                raise LoadError(MSG_TOO_LARGE, path=shown, size=status.st_size // (1024 * 1024),
                                limit=MAX_BYTES // (1024 * 1024))
            data = handle.read(MAX_BYTES + 1)
    except OSError as error:
        raise LoadError(MSG_UNREADABLE, path=shown, reason=error.strerror or str(error)) from None
    if len(data) > MAX_BYTES:  # grew while we looked, or a special file
        raise LoadError(
            MSG_TOO_LARGE, path=shown, size=len(data) // (1024 * 1024), limit=MAX_BYTES // (1024 * 1024)
        )
    return data


def decode_document(data: bytes, name: str = "") -> LoadedText:
    """Decode document bytes, telling HTML from plain text."""
    if not data.strip():
        raise LoadError(MSG_EMPTY, path=name)
    text, encoding = _decode(data, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise LoadError(MSG_NO_TEXT, path=name)
    return LoadedText(text=text, encoding=encoding, is_html=is_page(text, name))


def is_page(text: str, name: str = "") -> bool:
    """A web page by its suffix; otherwise (a .txt, no suffix) when markup starts the file."""
    suffix = os.path.splitext(name)[1].lower()
    if suffix in _PAGE_SUFFIXES:
        return True
    return re.match(_MARKUP_START, text[:4096]) is not None


def load_text(path: str | os.PathLike) -> LoadedText:
    return decode_document(read_document_bytes(path), str(path))


def _decode(data: bytes, name: str) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                raise LoadError(MSG_UNDECODABLE, path=name) from None
    sample = data[:65536]
    if b"\x00" in sample or _control_ratio(sample) > 0.01:
        raise LoadError(MSG_BINARY, path=name)
    declared = _declared_charset(data)
    candidates = ([declared] if declared else []) + ["utf-8"]
    for encoding in candidates:
        try:
            return data.decode(encoding), encoding
        except (UnicodeError, LookupError):  # UnicodeError: punycode, idna ... fail with the bare class
            continue
    decoded = {}
    for encoding in ("gb18030", "big5"):
        try:
            decoded[encoding] = data.decode(encoding)
        except UnicodeDecodeError:
            pass
    if not decoded:
        raise LoadError(MSG_UNDECODABLE, path=name)
    encoding = max(decoded, key=lambda enc: _plausibility(decoded[enc], enc))
    return decoded[encoding], encoding


def _control_ratio(sample: bytes) -> float:
    if not sample:
        return 0.0
    return len(sample.translate(None, delete=bytes(range(256)).translate(None, _CONTROL))) / len(sample)


def _declared_charset(data: bytes) -> str | None:
    match = re.search(_META_CHARSET, data[:8192])
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore").lower()
    # Pages that say gb2312 or gbk are routinely GB18030 in practice; it is a superset.
    if name in ("gb2312", "gbk", "x-gbk", "gb_2312-80", "euc-cn"):
        return "gb18030"
    # The HTML standard's rule: a page that says UTF-16 in ASCII bytes cannot be UTF-16 (that needs
    # a byte order mark, read above); it is UTF-8. Decoded as UTF-16, it was mojibake.
    if name.startswith(("utf-16", "utf16", "utf-32", "utf32", "ucs-2", "ucs2", "unicode")):
        return "utf-8"
    try:
        encoding = codecs.lookup(name).name
    except LookupError:
        return None
    # Python codecs no web page is written in: escapes, IDNA labels, the always-failing one.
    return None if encoding in _NOT_PAGE_ENCODINGS else encoding


_NOT_PAGE_ENCODINGS = frozenset({"undefined", "punycode", "idna", "unicode-escape", "raw-unicode-escape", "utf-7"})


def _common_chars(encoding: str) -> frozenset[str]:
    """The level-1 (most common) hanzi of an encoding, read from its code table."""
    if encoding not in _COMMON_CACHE:
        if encoding == "gb18030":  # GB2312 level 1: rows 0xB0-0xD7
            leads, trails = range(0xB0, 0xD8), range(0xA1, 0xFF)
        else:  # Big5 frequently used characters: 0xA440-0xC67E
            leads, trails = range(0xA4, 0xC7), list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF))
        chars = set()
        for lead in leads:
            for trail in trails:
                try:
                    chars.add(bytes((lead, trail)).decode(encoding))
                except UnicodeDecodeError:
                    pass
        chars.update("，。、；：？！“”‘’（）《》【】…—　")
        _COMMON_CACHE[encoding] = frozenset(chars)
    return _COMMON_CACHE[encoding]


_COMMON_CACHE: dict[str, frozenset[str]] = {}


def _plausibility(text: str, encoding: str) -> float:
    """Share of the non-ASCII characters that are common in that encoding's script."""
    common = _common_chars(encoding)
    wide = [ch for ch in text[:20000] if ord(ch) > 0x7F]
    if not wide:
        return 0.0
    return sum(ch in common for ch in wide) / len(wide)
