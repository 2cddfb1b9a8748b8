"""Broken and hostile PDF, Word and OFD files: one clear message each, never a hang or a traceback."""
from __future__ import annotations

import io
import random
import time
import zipfile
from pathlib import Path

import pytest

from reader.core.loading import LoadError
from reader.core.parsing import formats, parse_bytes, parse_file
from reader.core.parsing import doc_front

FORMATS = Path(__file__).resolve().parent.parent / "fixtures" / "formats"
GOOD = ["yueyang-opinion.pdf", "yueyang-opinion.docx", "yueyang-opinion.doc", "yueyang-opinion.ofd"]


def message_of(data: bytes, name: str) -> str:
    with pytest.raises(LoadError) as raised:
        parse_bytes(data, name)
    return raised.value.message


def test_an_encrypted_pdf_asks_for_no_password_and_says_why():
    """LibreOffice wrote it with an open password."""
    with pytest.raises(LoadError) as raised:
        parse_file(FORMATS / "encrypted.pdf")
    assert raised.value.message == formats.MSG_ENCRYPTED
    assert "encrypted.pdf" in str(raised.value)


def test_an_encrypted_word_file_says_so():
    """Word's "Encrypt with password" writes an OLE file with an EncryptedPackage stream."""
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500) + "EncryptedPackage".encode("utf-16-le") + bytes(500)
    assert message_of(ole, "report.docx") == formats.MSG_ENCRYPTED


@pytest.mark.parametrize("name", GOOD)
@pytest.mark.parametrize("share", [0.1, 0.5, 0.9])
def test_a_truncated_file_is_damaged_or_reads_what_is_there(name, share):
    data = (FORMATS / name).read_bytes()
    try:
        document = parse_bytes(data[: int(len(data) * share)], name)
    except LoadError as error:
        assert error.message in (formats.MSG_DAMAGED, formats.MSG_SCANNED, formats.MSG_NO_DOC_CONVERTER)
    else:
        assert document.blocks


@pytest.mark.parametrize("name", ["notice.pdf", "notice.docx", "notice.doc", "notice.ofd"])
def test_a_file_named_as_a_format_but_holding_garbage_is_damaged(name):
    rng = random.Random(name)
    data = bytes(rng.randrange(256) for _ in range(4000))
    assert message_of(data, name) == formats.MSG_DAMAGED


def test_a_pdf_header_with_nothing_after_it_is_damaged():
    assert message_of(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<", "x.pdf") == formats.MSG_DAMAGED


def _bomb(kind: str) -> bytes:
    """A small zip whose parts unpack to 300 MB of zeros (a .docx or an OFD)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        if kind == "docx":
            archive.writestr("[Content_Types].xml", "<Types/>")
            name = "word/document.xml"
        else:
            archive.writestr("OFD.xml", "<ofd:OFD/>")
            name = "Doc_0/Pages/Page_0/Content.xml"
        with archive.open(name, "w", force_zip64=True) as part:
            block = bytes(1 << 20)
            for _ in range(300):
                part.write(block)
    return buffer.getvalue()


@pytest.mark.parametrize("kind", ["docx", "ofd"])
def test_a_zip_bomb_is_refused_before_it_unpacks(kind):
    data = _bomb(kind)
    assert len(data) < 2_000_000
    started = time.perf_counter()
    assert message_of(data, f"bomb.{kind}") == formats.MSG_TOO_MUCH_INSIDE
    assert time.perf_counter() - started < 1.0


def test_an_old_word_file_without_a_converter_says_what_to_install(monkeypatch):
    monkeypatch.setattr(doc_front.shutil, "which", lambda program: None)
    with pytest.raises(LoadError) as raised:
        parse_file(FORMATS / "yueyang-opinion.doc")
    assert raised.value.message == doc_front.MSG_NO_DOC_CONVERTER
    assert "antiword" in str(raised.value) and "LibreOffice" in str(raised.value)


@pytest.mark.parametrize("name", GOOD)
def test_files_with_bytes_changed_open_or_say_they_are_damaged(name):
    """A hundred files with a few bytes changed each: a Document or a LoadError, quickly."""
    data = (FORMATS / name).read_bytes()
    rng = random.Random(name)
    started = time.perf_counter()
    for _ in range(25):
        changed = bytearray(data)
        for _ in range(rng.randrange(1, 20)):
            changed[rng.randrange(len(changed))] = rng.randrange(256)
        try:
            parse_bytes(bytes(changed), name)
        except LoadError:
            pass
    assert time.perf_counter() - started < 60


LAUGHS = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
          + "".join(f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">' for n in range(1, 10))
          + ']>')


@pytest.mark.parametrize("kind", ["docx", "ofd"])
def test_an_entity_bomb_in_the_xml_neither_expands_nor_hangs(kind):
    """A billion laughs in the main part: python-docx does not resolve entities, ofdkit refuses DTDs."""
    source = FORMATS / f"yueyang-opinion.{kind}"
    part = "word/document.xml" if kind == "docx" else "Doc_0/Pages/Page_0/Content.xml"
    buffer = io.BytesIO()
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in original.infolist():
            data = original.read(info)
            if info.filename == part:
                body = data.decode("utf-8").split("?>", 1)[-1]
                data = (LAUGHS + body.replace("</w:t>", "&lol9;</w:t>", 1)).encode("utf-8")
            copy.writestr(info, data)
    started = time.perf_counter()
    try:
        document = parse_bytes(buffer.getvalue(), f"laughs.{kind}")
    except LoadError as error:
        assert error.message in (formats.MSG_DAMAGED, formats.MSG_SCANNED)
    else:
        assert "lollol" not in document.text
    assert time.perf_counter() - started < 5


def test_without_antiword_libreoffice_reads_an_old_word_file(monkeypatch):
    """LibreOffice (here, where it is installed) is the second way to a .doc's text."""
    office = doc_front._office_program()
    if office is None:
        pytest.skip("LibreOffice is not installed (CI does not need it)")
    real_which = doc_front.shutil.which
    monkeypatch.setattr(doc_front.shutil, "which", lambda name: None if name == "antiword" else real_which(name))
    document = parse_file(FORMATS / "yueyang-opinion.doc")
    reference = parse_file(FORMATS / "yueyang-opinion.txt")
    assert [(h.label, h.title) for h in document.headings()] == [(h.label, h.title) for h in reference.headings()]
    assert document.signature == reference.signature


def test_a_web_page_named_doc_reads_as_the_page(tmp_path):
    """Word's "Save as Web Page" kept the .doc name, as portals often serve it."""
    page = (FORMATS / "guobanfa-notice.html").read_bytes()
    named = tmp_path / "notice.doc"
    named.write_bytes(page)
    assert parse_file(named).outline == parse_file(FORMATS / "guobanfa-notice.html").outline


def test_rich_text_named_doc_reads_through_libreoffice():
    """LibreOffice wrote the Rich Text; antiword cannot read it, LibreOffice can."""
    if doc_front._office_program() is None:
        with pytest.raises(LoadError):
            parse_file(FORMATS / "yueyang-opinion-rich-text.doc")
        return
    document = parse_file(FORMATS / "yueyang-opinion-rich-text.doc")
    reference = parse_file(FORMATS / "yueyang-opinion.txt")
    assert [(h.label, h.title) for h in document.headings()] == [(h.label, h.title) for h in reference.headings()]


def test_a_page_that_speaks_of_pdf_headers_is_a_page():
    page = "<html><body><h1>关于文件格式的说明</h1><p>一、PDF 文件以 %PDF-1.7 开头。</p></body></html>"
    document = parse_bytes(page.encode("utf-8"), "notice.html")
    assert document.title == "关于文件格式的说明"
