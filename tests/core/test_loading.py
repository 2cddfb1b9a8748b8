"""Encodings, line ends and HTML sniffing on the way from bytes to text."""
import codecs

import pytest

from reader.core.decoding import decode_document, load_text
from reader.core.loading import LoadError
from reader.core.parsing import parse_bytes

NOTICE = "notice-gbk.txt"  # GBK bytes; its text is re-encoded below for the other variants
TITLE = "广州市花都区人民政府办公室关于做好2021年防汛防旱防风工作的通知"


@pytest.fixture
def notice_text(fixture_path):
    return fixture_path(NOTICE).read_bytes().decode("gbk")


@pytest.mark.parametrize(
    "encode",
    [
        pytest.param(lambda text: text.encode("utf-8"), id="utf-8"),
        pytest.param(lambda text: codecs.BOM_UTF8 + text.encode("utf-8"), id="utf-8-bom"),
        pytest.param(lambda text: codecs.BOM_UTF16_LE + text.encode("utf-16-le"), id="utf-16-le-bom"),
        pytest.param(lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"), id="utf-16-be-bom"),
        pytest.param(lambda text: text.encode("gb18030"), id="gb18030"),
        pytest.param(lambda text: text.replace("\n", "\r\n").encode("utf-8"), id="crlf"),
        pytest.param(lambda text: text.replace("\n", "\r").encode("utf-8"), id="cr"),
        pytest.param(lambda text: text.replace("\n", "\r\n").encode("gbk"), id="gbk-crlf"),
    ],
)
def test_every_encoding_and_line_end_gives_the_same_document(notice_text, encode):
    document = parse_bytes(encode(notice_text), "notice.txt")
    assert document.title == TITLE
    assert "\r" not in document.text and "\ufeff" not in document.text
    assert [h.title for h in document.headings()] == ["提高思想认识", "落实防御责任"]
    assert document.signature.date == "2021-04-01"


@pytest.mark.parametrize(
    "name, encoding, is_html",
    [
        ("notice-gbk.txt", "gb18030", False),
        ("page-gbk.html", "gb18030", True),  # <meta charset=gbk>
        ("traditional-notice-big5.txt", "big5", False),
        ("notice-with-attachment.txt", "utf-8", False),
        ("saved-page.html", "utf-8", True),
    ],
)
def test_encoding_is_detected(fixture_path, name, encoding, is_html):
    loaded = load_text(fixture_path(name))
    assert (loaded.encoding, loaded.is_html) == (encoding, is_html)


def test_big5_text_reads_as_traditional_chinese(parse_fixture):
    document = parse_fixture("traditional-notice-big5.txt")
    assert document.title == "臺北市政府公告"
    assert "臺北市政府組織自治條例" in document.text
    assert document.signature.date == "2021-03-05"  # 中華民國一百一十年三月五日


def test_gbk_page_uses_its_declared_charset(parse_fixture):
    document = parse_fixture("page-gbk.html")
    assert document.title == "广州市花都区人民政府关于公布花都区第一批历史建筑名录的通告"
    assert document.signature.issuer == "广州市花都区人民政府"


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "is empty"),
        (b" \r\n\t\n", "is empty"),
        (b"\x00\x01\x02PK\x03\x04" * 100, "binary data"),
        (b"\x81\x30\xff\xfe\xa1\xa2abc\xff\xff\xff\n", "encoding the reader does not know"),
        (codecs.BOM_UTF8 + b"\xff\xfe\xfa", "encoding the reader does not know"),
    ],
)
def test_bad_bytes_raise_one_load_error(data, message):
    with pytest.raises(LoadError) as caught:
        decode_document(data, "bad.txt")
    assert message in str(caught.value) and "bad.txt" in str(caught.value)


@pytest.mark.parametrize(
    "text, encoding",
    [
        ("现将有关事项通知如下。", "gbk"),
        ("二〇二一年三月五日", "gbk"),
        ("主旨：公告修正條文。", "big5"),
        ("為了加強管理，制定本辦法。", "big5"),
    ],
)
def test_short_texts_tell_gbk_from_big5(text, encoding):
    loaded = decode_document(text.encode(encoding), "short.txt")
    assert loaded.encoding == {"gbk": "gb18030", "big5": "big5"}[encoding]
    assert loaded.text == text


# A text about web pages quotes their markup; that does not make it a page.
QUOTING_TEXT = (
    "关于规范网站建设的通知\n\n一、基本要求\n页面不得使用<iframe src=\"x\">嵌入外部内容。\n"
    "二、排版事项\n正文段落统一使用<p>标签，表格使用<table>标签。\n三、其他\n本通知自印发之日起施行。\n"
)


@pytest.mark.parametrize("name", ["rules.txt", "rules", "rules.TXT"])
def test_markup_quoted_in_a_text_leaves_it_a_text(name):
    loaded = decode_document(QUOTING_TEXT.encode("utf-8"), name)
    assert not loaded.is_html
    document = parse_bytes(QUOTING_TEXT.encode("utf-8"), name)
    assert "表格使用<table>标签" in document.text and "本通知自印发之日起施行" in document.text
    assert [h.title for h in document.headings()] == ["基本要求", "排版事项", "其他"]


@pytest.mark.parametrize(
    "text, name",
    [
        ("<!DOCTYPE html><html><body><p>通知</p></body></html>", "saved.txt"),  # a page saved as text
        ("\ufeff  <html><body><p>通知</p></body></html>", "page"),
        ("<!-- saved from url=(0030)http://example.gov.cn/ -->\n<html><p>通知</p></html>", "x.txt"),
        ("<?xml version=\"1.0\"?>\n<html><p>通知</p></html>", "x.txt"),
        ("通知正文，见<p>", "page.html"),  # the suffix says page
        ("通知正文", "page.HTM"),
    ],
)
def test_a_page_is_told_by_its_suffix_or_the_markup_that_starts_it(text, name):
    assert decode_document(text.encode("utf-8"), name).is_html


def test_a_small_file_is_read_without_taking_the_size_limits_memory(tmp_path):
    """Reading takes the file's size (and a byte to see it grow), not the 50 MB limit: a read of
    MAX_BYTES + 1 had Python allocate 50 MB for an 18 KB report, for the length of the read."""
    import tracemalloc

    from reader.core.loading import read_document_bytes

    path = tmp_path / "report.txt"
    path.write_bytes("一、总体情况\n".encode() * 1000)
    tracemalloc.start()
    try:
        data = read_document_bytes(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert data == path.read_bytes()
    assert peak < 1024 * 1024, peak


def test_a_file_growing_while_read_is_read_whole(tmp_path, monkeypatch):
    import os

    from reader.core import loading

    path = tmp_path / "growing.txt"
    path.write_bytes(b"a" * 100)
    real_fstat = os.fstat

    def stale_fstat(descriptor):  # the size it had a moment before it grew
        status = real_fstat(descriptor)
        return os.stat_result((*status[:6], 40, *status[7:]))

    monkeypatch.setattr(loading.os, "fstat", stale_fstat)
    assert loading.read_document_bytes(path) == b"a" * 100
