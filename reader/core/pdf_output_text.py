"""Correct the text layer of a PDF written by Qt: hanzi that read as look-alike radicals.

Qt's PDF writer gives every embedded font a /ToUnicode CMap (what copying, searching and
screen readers get for each glyph), built by asking which character maps to the glyph, the
lowest code point first. The Noto CJK fonts draw 民 (U+6C11) and the radical ⺠ (U+2EA0)
with one glyph, so 人民 reads as "人⺠"; the Kangxi radicals (⼯ for 工, ⼀ for 一) and a few
CJK Extension A characters (㬵 for 胶 in Noto Sans CJK SC Bold) come out the same way.

fix_to_unicode rewrites those CMaps with a mapping {code point Qt chose: ideograph}, best
derived from the font itself (reader.gui.output.pdf_output_fonts does it with QRawFont), and writes the
PDF anew: new stream lengths, a new cross-reference table and startxref. It reads the
classic single-section layout Qt writes, and raises PdfFixError on anything else.
No Qt here.
"""
from __future__ import annotations

import re
import unicodedata
import zlib
from collections.abc import Mapping

CJK_RADICALS_SUPPLEMENT = range(0x2E80, 0x2F00)
KANGXI_RADICALS = range(0x2F00, 0x2FE0)
UNIFIED_IDEOGRAPHS = range(0x4E00, 0xA000)


class PdfFixError(ValueError):
    """The PDF is not laid out as this module reads it; it is left as it was."""


def is_radical(code: int) -> bool:
    return code in CJK_RADICALS_SUPPLEMENT or code in KANGXI_RADICALS


def nfkc_ideographs() -> dict[int, int]:
    """Every radical whose NFKC form is one unified ideograph (all 214 Kangxi radicals, ⺟, ⻳).

    The fallback for a font the caller could not look into; a font's own glyphs are better
    (Noto CJK SC draws ⼾ as 户, where NFKC gives 戶).
    """
    mapping = {}
    for code in (*CJK_RADICALS_SUPPLEMENT, *KANGXI_RADICALS):
        normal = unicodedata.normalize("NFKC", chr(code))
        if len(normal) == 1 and ord(normal) in UNIFIED_IDEOGRAPHS:
            mapping[code] = ord(normal)
    return mapping


# The CMap --------------------------------------------------------------------------------

_HEX = rb"<([0-9A-Fa-f\s]*)>"
_BFCHAR_BLOCK = re.compile(rb"beginbfchar(.*?)endbfchar", re.DOTALL)
_BFRANGE_BLOCK = re.compile(rb"beginbfrange(.*?)endbfrange", re.DOTALL)
_BFCHAR = re.compile(_HEX + rb"\s*" + _HEX)
_BFRANGE = re.compile(_HEX + rb"\s*" + _HEX + rb"\s*(<[0-9A-Fa-f\s]*>|\[[^\]]*\])")
_HEX_TOKEN = re.compile(_HEX)


def _unhex(token: bytes) -> bytes:
    digits = re.sub(rb"\s", b"", token)
    return bytes.fromhex((digits + b"0" * (len(digits) % 2)).decode("ascii"))  # <A> is <A0>


def _text(target: bytes) -> str | None:
    try:
        return target.decode("utf-16-be")
    except UnicodeDecodeError:
        return None


def _remap_target(target: bytes, mapping: Mapping[int, int]) -> bytes | None:
    """The UTF-16BE target with mapped characters replaced, or None if nothing changes."""
    text = _text(target)
    if text is None:
        return None
    fixed = text.translate(mapping)
    return fixed.encode("utf-16-be") if fixed != text else None


def _hex_token(target: bytes) -> bytes:
    return b"<" + target.hex().upper().encode("ascii") + b">"


def remap_cmap(cmap: bytes, mapping: Mapping[int, int]) -> tuple[bytes, int]:
    """A ToUnicode CMap with every mapped target character replaced; and how many changed."""
    changed = 0

    def fix_token(token: re.Match) -> bytes:
        nonlocal changed
        fixed = _remap_target(_unhex(token.group(1)), mapping)
        if fixed is None:
            return token.group(0)
        changed += 1
        return _hex_token(fixed)

    def fix_bfchar(entry: re.Match) -> bytes:
        head = entry.group(0)[: entry.start(2) - 1 - entry.start(0)]
        return head + _HEX_TOKEN.sub(fix_token, entry.group(0)[len(head):])

    def fix_bfrange(entry: re.Match) -> bytes:
        nonlocal changed
        head = entry.group(0)[: entry.start(3) - entry.start(0)]
        target = entry.group(3)
        if target.startswith(b"["):
            return head + _HEX_TOKEN.sub(fix_token, target)
        # <low> <high> <start>: code low + i maps to start with its last byte plus i.
        low, high = (int.from_bytes(_unhex(entry.group(n)), "big") for n in (1, 2))
        start = _unhex(target[1:-1])
        if not start or high < low or start[-1] + (high - low) > 0xFF:
            return entry.group(0)
        targets = [start[:-1] + bytes([start[-1] + i]) for i in range(high - low + 1)]
        fixed = [_remap_target(t, mapping) for t in targets]
        if not any(fixed):
            return entry.group(0)
        changed += sum(1 for f in fixed if f)
        return head + b"[" + b" ".join(_hex_token(f or t) for f, t in zip(fixed, targets)) + b"]"

    cmap = _BFCHAR_BLOCK.sub(
        lambda block: b"beginbfchar" + _BFCHAR.sub(fix_bfchar, block.group(1)) + b"endbfchar", cmap)
    cmap = _BFRANGE_BLOCK.sub(
        lambda block: b"beginbfrange" + _BFRANGE.sub(fix_bfrange, block.group(1)) + b"endbfrange", cmap)
    return cmap, changed


def cmap_targets(cmap: bytes) -> dict[int, str]:
    """What a ToUnicode CMap maps each code to (for checks)."""
    result: dict[int, str] = {}
    for block in _BFCHAR_BLOCK.finditer(cmap):
        for entry in _BFCHAR.finditer(block.group(1)):
            text = _text(_unhex(entry.group(2)))
            if text is not None:
                result[int.from_bytes(_unhex(entry.group(1)), "big")] = text
    for block in _BFRANGE_BLOCK.finditer(cmap):
        for entry in _BFRANGE.finditer(block.group(1)):
            low = int.from_bytes(_unhex(entry.group(1)), "big")
            high = int.from_bytes(_unhex(entry.group(2)), "big")
            target = entry.group(3)
            if target.startswith(b"["):
                targets = [_unhex(t.group(1)) for t in _HEX_TOKEN.finditer(target)]
            else:
                start = _unhex(target[1:-1])
                targets = [start[:-1] + bytes([(start[-1] + i) & 0xFF]) for i in range(high - low + 1)]
            for code, target_bytes in zip(range(low, high + 1), targets):
                text = _text(target_bytes)
                if text is not None:
                    result[code] = text
    return result


# The PDF ---------------------------------------------------------------------------------

_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_SUBSECTION = re.compile(rb"(\d+)[ \t]+(\d+)[ \t]*\r?\n")
_XREF_ENTRY = re.compile(rb"(\d{10}) (\d{5}) ([nf])[ \r\n]{2}")
_OBJ_HEADER = re.compile(rb"\s*(\d+)\s+(\d+)\s+obj\b")
_STREAM = re.compile(rb"\bstream(?:\r\n|\n)")
_ENDSTREAM = re.compile(rb"\s*endstream\b")
_TO_UNICODE = re.compile(rb"/ToUnicode\s+(\d+)\s+(\d+)\s+R")
_BASE_FONT = re.compile(rb"/BaseFont\s*/([^\s/<>\[\]()%{}]+)")
_LENGTH = re.compile(rb"/Length\s+(\d+)(?:\s+(\d+)\s+R)?")
_FLATE = re.compile(rb"/Filter\s*(?:/FlateDecode\b|\[\s*/FlateDecode\s*\])")
_SUBSET_TAG = re.compile(r"^[A-Z]{6}\+")


class _Pdf:
    """A PDF as Qt writes it: objects at the offsets of one classic xref table."""

    def __init__(self, data: bytes):
        self.data = data
        found = _STARTXREF.search(data[-1024:])
        if not found:
            raise PdfFixError("no startxref at the end")
        self.xref_offset = int(found.group(1))
        if not data.startswith(b"xref", self.xref_offset):
            raise PdfFixError("no classic xref table (a cross-reference stream?)")
        self.subsections: list[list[tuple[int, int, bytes]]] = []  # (offset, generation, n/f)
        self.first_numbers: list[int] = []
        position = self.xref_offset + len(b"xref")
        while True:
            while data[position:position + 1] in (b" ", b"\r", b"\n"):
                position += 1
            header = _SUBSECTION.match(data, position)
            if not header:
                break
            first, count = int(header.group(1)), int(header.group(2))
            position = header.end()
            entries = []
            for _ in range(count):
                entry = _XREF_ENTRY.match(data, position)
                if not entry:
                    raise PdfFixError(f"bad xref entry at {position}")
                entries.append((int(entry.group(1)), int(entry.group(2)), entry.group(3)))
                position = entry.end()
            self.first_numbers.append(first)
            self.subsections.append(entries)
        if not data.startswith(b"trailer", position):
            raise PdfFixError("no trailer after the xref table")
        trailer_end = data.rfind(b"startxref")
        self.trailer = data[position:trailer_end].rstrip()
        if b"/Prev" in self.trailer or b"/XRefStm" in self.trailer:
            raise PdfFixError("an updated PDF (more than one xref section)")
        self.offsets: dict[int, int] = {}  # object number: offset of "n g obj"
        for first, entries in zip(self.first_numbers, self.subsections):
            for number, (offset, _generation, kind) in enumerate(entries, first):
                if kind == b"n":
                    self.offsets[number] = offset
        ordered = sorted(self.offsets.items(), key=lambda item: item[1])
        if not ordered:
            raise PdfFixError("no objects")
        self.header_end = ordered[0][1]
        self.spans: dict[int, bytes] = {}  # object number: its bytes up to the next object
        for index, (number, offset) in enumerate(ordered):
            end = ordered[index + 1][1] if index + 1 < len(ordered) else self.xref_offset
            if not offset < end <= len(data):
                raise PdfFixError(f"object {number} has a bad offset")
            span = data[offset:end]
            header = _OBJ_HEADER.match(span)
            if not header or int(header.group(1)) != number:
                raise PdfFixError(f"object {number} is not at its xref offset")
            self.spans[number] = span
        self.order = [number for number, _ in ordered]

    def dictionary_part(self, number: int) -> bytes:
        """The object up to its stream data (all of it when it has none)."""
        span = self.spans[number]
        stream = _STREAM.search(span)
        return span[: stream.start()] if stream else span

    def integer(self, number: int) -> int:
        found = re.match(rb"\s*\d+\s+\d+\s+obj\s+(\d+)\s+endobj", self.spans.get(number, b""))
        if not found:
            raise PdfFixError(f"object {number} is not an integer")
        return int(found.group(1))

    def stream(self, number: int) -> tuple[bytes, bytes]:
        """The dictionary text and the raw (still encoded) data of a stream object."""
        span = self.spans[number]
        stream = _STREAM.search(span)
        if not stream:
            raise PdfFixError(f"object {number} is not a stream")
        dictionary = span[_OBJ_HEADER.match(span).end(): stream.start()]
        length = _LENGTH.search(dictionary)
        if not length:
            raise PdfFixError(f"stream {number} has no /Length")
        size = self.integer(int(length.group(1))) if length.group(2) else int(length.group(1))
        raw = span[stream.end(): stream.end() + size]
        if len(raw) != size or not _ENDSTREAM.match(span, stream.end() + size):
            raise PdfFixError(f"stream {number} does not end at its /Length")
        return dictionary, raw

    def write(self, replaced: Mapping[int, bytes]) -> bytes:
        out = bytearray(self.data[: self.header_end])
        offsets = {}
        for number in self.order:
            offsets[number] = len(out)
            out += replaced.get(number, self.spans[number])
        xref_offset = len(out)
        out += b"xref\n"
        for first, entries in zip(self.first_numbers, self.subsections):
            out += b"%d %d\n" % (first, len(entries))
            for number, (offset, generation, kind) in enumerate(entries, first):
                if kind == b"n":
                    offset = offsets[number]
                out += b"%010d %05d %s \n" % (offset, generation, kind)
        out += self.trailer + b"\nstartxref\n%d\n%%%%EOF\n" % xref_offset
        return bytes(out)


def _font_name(raw: bytes) -> str:
    name = re.sub(rb"#([0-9A-Fa-f]{2})", lambda m: bytes([int(m.group(1), 16)]), raw)
    return _SUBSET_TAG.sub("", name.decode("latin-1"))


def _to_unicode_streams(pdf: _Pdf) -> dict[int, str]:
    """Every /ToUnicode stream's object number and its font's /BaseFont (without subset tag)."""
    streams = {}
    for number in pdf.order:
        dictionary = pdf.dictionary_part(number)
        for reference in _TO_UNICODE.finditer(dictionary):
            base_font = _BASE_FONT.search(dictionary)
            streams[int(reference.group(1))] = _font_name(base_font.group(1)) if base_font else ""
    return streams


def _decode(dictionary: bytes, raw: bytes) -> tuple[bytes, bool]:
    """The stream's data, and whether it was Flate-compressed."""
    if b"/Filter" not in dictionary:
        return raw, False
    if not _FLATE.search(dictionary) or b"/DecodeParms" in dictionary:
        raise PdfFixError("a filter other than plain /FlateDecode")
    try:
        return zlib.decompress(raw), True
    except zlib.error as error:
        raise PdfFixError(f"bad Flate data: {error}") from error


def to_unicode_maps(data: bytes) -> dict[str, dict[int, str]]:
    """Each font's ToUnicode CMap as {code: text}, by /BaseFont (for checks and tests).

    Fonts of one name (Qt writes the same face at several sizes apart) are merged."""
    pdf = _Pdf(data)
    maps: dict[str, dict[int, str]] = {}
    for number, font in _to_unicode_streams(pdf).items():
        cmap, _compressed = _decode(*pdf.stream(number))
        maps.setdefault(font, {}).update(cmap_targets(cmap))
    return maps


def fix_to_unicode(data: bytes, mappings: Mapping[str, Mapping[int, int]],
                   fallback: Mapping[int, int] | None = None) -> tuple[bytes, int]:
    """The PDF with its ToUnicode CMaps' targets remapped; and how many targets changed.

    mappings: by font (/BaseFont, e.g. "NotoSerifCJKsc-Regular"), {code point: ideograph};
    fallback: the mapping for a font not in mappings (nfkc_ideographs() by default).
    Returns data itself when nothing changes. Raises PdfFixError on a PDF it cannot read.
    """
    if fallback is None:
        fallback = nfkc_ideographs()
    pdf = _Pdf(data)
    replaced: dict[int, bytes] = {}
    total = 0
    for number, font in _to_unicode_streams(pdf).items():
        mapping = mappings.get(font, fallback)
        if not mapping:
            continue
        dictionary, raw = pdf.stream(number)
        cmap, compressed = _decode(dictionary, raw)
        cmap, changed = remap_cmap(cmap, mapping)
        if not changed:
            continue
        total += changed
        encoded = zlib.compress(cmap) if compressed else cmap
        dictionary = _LENGTH.sub(b"/Length %d" % len(encoded), dictionary, count=1)
        generation = int(_OBJ_HEADER.match(pdf.spans[number]).group(2))
        replaced[number] = (b"%d %d obj\n" % (number, generation) + dictionary.strip() + b"\nstream\n"
                            + encoded + b"\nendstream\nendobj\n")
    return (pdf.write(replaced), total) if replaced else (data, 0)
