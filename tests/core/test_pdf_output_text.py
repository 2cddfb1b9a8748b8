"""Rewriting a PDF's ToUnicode CMaps so hanzi do not read as radicals (no Qt)."""
import re
import zlib

import pytest

from reader.core import pdf_output_text as fix
from reader.core.pdf_output_text import PdfFixError, fix_to_unicode, remap_cmap, to_unicode_maps

MIN, MEN, ZHANG = 0x6C11, 0x95E8, 0x957F  # 民 门 长
RADICAL_MIN, RADICAL_MEN, RADICAL_ZHANG = 0x2EA0, 0x2ED4, 0x2ED3  # ⺠ ⻔ ⻓
KANGXI_WORK = 0x2F2F  # ⼯, NFKC 工 (U+5DE5)
MAPPING = {RADICAL_MIN: MIN, RADICAL_MEN: MEN, RADICAL_ZHANG: ZHANG, KANGXI_WORK: 0x5DE5}


def cmap(bfchar: str = "", bfrange: str = "") -> bytes:
    body = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n" \
           "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
    if bfchar:
        body += f"{bfchar.count(chr(10))} beginbfchar\n{bfchar}endbfchar\n"
    if bfrange:
        body += f"{bfrange.count(chr(10))} beginbfrange\n{bfrange}endbfrange\n"
    return (body + "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").encode("ascii")


def make_pdf(streams: dict[str, bytes], compress: bool = False, indirect_length: bool = False) -> bytes:
    """A small PDF as Qt lays one out: one page, one Type0 font per ToUnicode stream."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")  # filled in below
    pages = add(b"")
    fonts = {}
    for name, data in streams.items():
        data = zlib.compress(data) if compress else data
        filters = b" /Filter /FlateDecode" if compress else b""
        if indirect_length:
            length = add(b"%d" % len(data))
            dictionary = b"<< /Length %d 0 R%s >>" % (length, filters)
        else:
            dictionary = b"<< /Length %d%s >>" % (len(data), filters)
        to_unicode = add(dictionary + b"\nstream\n" + data + b"\nendstream")
        fonts[name] = add(b"<< /Type /Font\n/Subtype /Type0\n/BaseFont /%s\n/Encoding /Identity-H\n"
                          b"/ToUnicode %d 0 R>>" % (name.encode(), to_unicode))
    content = b"BT /F0 12 Tf 10 10 Td <0001> Tj ET"
    contents = add(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content))
    font_resources = b" ".join(b"/F%d %d 0 R" % (i, n) for i, n in enumerate(fonts.values()))
    page = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
               b"/Resources << /Font << %s >> >> >>" % (pages, contents, font_resources))
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages
    objects[pages - 1] = b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % page
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<<\n/Size %d\n/Root %d 0 R\n>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, catalog, xref)
    return bytes(out)


def check_structure(data: bytes) -> None:
    """Every xref offset starts its object, startxref finds the table, stream lengths hold."""
    xref = int(re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data).group(1))
    assert data[xref:].startswith(b"xref\n")
    first, count = map(int, re.match(rb"xref\n(\d+) (\d+)\n", data[xref:]).groups())
    entries = re.findall(rb"(\d{10}) (\d{5}) ([nf]) \n", data[xref:])
    assert len(entries) == count
    for number, (offset, _generation, kind) in enumerate(entries, first):
        if kind == b"n":
            assert data[int(offset):].startswith(b"%d 0 obj" % number)
    for match in re.finditer(rb"/Length (\d+)( 0 R)?[^\n]*>>\nstream\n", data):
        length = int(match.group(1))
        if match.group(2):
            length = int(re.search(rb"\n%d 0 obj\n(\d+)\n" % length, data).group(1))
        assert data[match.end() + length:].startswith(b"\nendstream")


def objects(data: bytes) -> dict[int, bytes]:
    return {int(m.group(1)): m.group(2) for m in re.finditer(rb"(?m)^(\d+) 0 obj\n(.*?)\nendobj", data, re.DOTALL)}


def test_the_radicals_qt_chose_become_the_ideographs():
    data = make_pdf({"NotoSerifCJKsc-Regular": cmap(
        bfchar="<0003> <2EA0>\n<0004> <4EBA>\n",
        bfrange="<0001> <0002> [<2ED4> <2F2F>]\n<0005> <0006> [<0031> <2ED3>]\n")})
    fixed, changed = fix_to_unicode(data, {"NotoSerifCJKsc-Regular": MAPPING})
    assert changed == 4
    check_structure(fixed)
    assert to_unicode_maps(fixed) == {"NotoSerifCJKsc-Regular": {
        1: "门", 2: "工", 3: "民", 4: "人", 5: "1", 6: "长"}}
    # Every other object is as it was: still one page, the same font and content.
    before, after = objects(data), objects(fixed)
    assert before.keys() == after.keys()
    assert [n for n in before if before[n] != after[n]] == [3]  # the ToUnicode stream
    assert fixed.startswith(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    assert fixed.count(b"/Type /Page ") == 1


def test_flate_compressed_cmaps_are_recompressed_with_their_new_length():
    data = make_pdf({"A": cmap(bfchar="<0001> <2EA0>\n")}, compress=True)
    fixed, changed = fix_to_unicode(data, {"A": MAPPING})
    assert changed == 1
    check_structure(fixed)
    stream = re.search(rb"/Length (\d+) /Filter /FlateDecode >>\nstream\n", fixed)
    raw = fixed[stream.end(): stream.end() + int(stream.group(1))]
    assert b"<0001> <6C11>" in zlib.decompress(raw)
    assert to_unicode_maps(fixed) == {"A": {1: "民"}}


def test_an_indirect_length_becomes_a_direct_one():
    data = make_pdf({"A": cmap(bfchar="<0001> <2EA0>\n")}, indirect_length=True)
    fixed, _ = fix_to_unicode(data, {"A": MAPPING})
    check_structure(fixed)
    assert to_unicode_maps(fixed) == {"A": {1: "民"}}


def test_each_font_gets_its_own_mapping_and_unknown_fonts_the_nfkc_one():
    data = make_pdf({"Known": cmap(bfchar="<0001> <2EA0>\n<0002> <2F2F>\n"),
                     "Other": cmap(bfchar="<0001> <2EA0>\n<0002> <2F2F>\n")})
    # The known font draws ⼯ with a glyph of its own: that ⼯ stays.
    fixed, changed = fix_to_unicode(data, {"Known": {RADICAL_MIN: MIN}})
    assert changed == 2
    assert to_unicode_maps(fixed) == {"Known": {1: "民", 2: "⼯"}, "Other": {1: "⺠", 2: "工"}}
    assert fix.nfkc_ideographs()[0x2F3E] == 0x6236  # ⼾ → 戶 by NFKC (Noto SC draws 户)
    assert len(fix.nfkc_ideographs()) == 214 + 2


def test_a_range_to_consecutive_code_points_is_spelled_out_when_one_changes():
    text, changed = remap_cmap(cmap(bfrange="<0010> <0012> <2E9F>\n<0020> <0021> <0041>\n"), MAPPING)
    assert changed == 1
    assert b"<0010> <0012> [<2E9F> <6C11> <2EA1>]" in text
    assert b"<0020> <0021> <0041>" in text  # untouched ranges keep their form
    assert fix.cmap_targets(text) == {0x10: "⺟", 0x11: "民", 0x12: "⺡", 0x20: "A", 0x21: "B"}


def test_a_pdf_needing_nothing_is_returned_as_it_was():
    data = make_pdf({"A": cmap(bfchar="<0001> <6C11>\n")})
    assert fix_to_unicode(data, {"A": MAPPING}) == (data, 0)


@pytest.mark.parametrize("damage", [
    lambda d: d[:-30],  # no startxref
    lambda d: d.replace(b"trailer\n<<", b"trailer\n<< /Prev 10"),  # an incremental update
    lambda d: d.replace(b"\nxref\n", b"\nxrex\n"),  # not a classic table
    lambda d: re.sub(rb"(\d{10}) 00000 n",  # offsets that miss their objects
                     lambda m: b"%010d 00000 n" % (int(m.group(1)) + 3), d),
    lambda d: re.sub(rb"/Length (\d+)", lambda m: b"/Length %d" % (int(m.group(1)) + 5), d, count=1),
    # ^ a /Length that runs past endstream
])
def test_a_pdf_it_cannot_read_raises(damage):
    data = make_pdf({"A": cmap(bfchar="<0001> <2EA0>\n")})
    with pytest.raises(PdfFixError):
        fix_to_unicode(damage(data), {"A": MAPPING})
