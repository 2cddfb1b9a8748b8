"""From bytes to text: binary detection, byte order marks, a page's declared charset, and
GB18030 or Big5 told apart by their common characters; HTML told from plain text.

Loaded with the parser (a file read, or a document without a parse-cache entry), not on the way
to the first window; reading the bytes is ``loading.py``'s.
"""
from __future__ import annotations

import codecs
import os
import re
from dataclasses import dataclass

from .loading import MSG_BINARY, MSG_EMPTY, MSG_NO_TEXT, MSG_UNDECODABLE, LoadError, read_document_bytes


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
_MARKUP_START = re.compile(
    r"\A(?:\s|<!--.*?-->|<\?xml[^>]*>)*<\s*(?:!doctype\s+html|html|head|body|meta|title|div|p|table)\b",
    re.I | re.S,
)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_\-]+)", re.I)
# Control characters that never occur in a text document (TAB, LF, CR, FF allowed).
_CONTROL = bytes(c for c in range(32) if c not in (9, 10, 12, 13)) + b"\x7f"


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
    return _MARKUP_START.match(text[:4096]) is not None


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
    match = _META_CHARSET.search(data[:8192])
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
