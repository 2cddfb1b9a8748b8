"""The parser never crashes: generated inputs either parse or raise LoadError.

Hypothesis feeds random bytes, random mixes of the real structures (metadata, titles,
headings, points, tables, signatures, attachments, chrome, HTML tags), truncated real
documents, deeply nested HTML and text in every encoding the loader meets. The number of
inputs tried is printed in the test summary (``figures`` in tests/conftest.py); a run
tries at least MIN_INPUTS. A sample goes through ``reader outline`` too: exit 0 or 2,
never a traceback.
"""
from __future__ import annotations

import contextlib
import encodings.aliases
import io
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.__main__ import main as reader_main
from reader.bundled import sample_report
from reader.core.loading import LoadError
from reader.core.model import Document
from reader.core.parsing import parse_bytes

REPOSITORY = Path(__file__).resolve().parents[2]
FIXTURES = REPOSITORY / "tests" / "fixtures"
MIN_INPUTS = 10_000
CLI_INPUTS = 200

_tried = {"parser": 0, "cli": 0}

FUZZ = settings(deadline=None, database=None, derandomize=False,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.filter_too_much, HealthCheck.large_base_example])


def check_parses(data: bytes) -> Document | None:
    """Parse, or fail with the one documented error; anything else fails the test."""
    _tried["parser"] += 1
    try:
        document = parse_bytes(data, "fuzz.txt")
    except LoadError as error:
        assert error.message and str(error)
        return None
    assert isinstance(document, Document) and document.blocks
    text = document.text
    for block in document.blocks:  # the offsets the views rely on hold
        assert text[block.start:block.start + len(block.text)] == block.text
    for sentence in document.sentences:
        assert 0 <= sentence.start <= sentence.end <= len(text)
    return document


# Real structures ---------------------------------------------------------------------------
_REAL_DOCUMENTS = [path.read_bytes() for path in sorted(FIXTURES.iterdir()) if path.is_file()]
_REAL_DOCUMENTS.append(Path(sample_report()).read_bytes())

_STRUCTURES = [
    "索引号：", "索 引 号：11440114/2021-00123", "分类：", "发布机构：广州市花都区人民政府", "成文日期：2021-03-05",
    "名称：关于做好安全生产工作的通知", "文号：穗花府〔2021〕12号", "发布日期：", "主题词：", "穗公花发〔2021〕12号",
    "国务院令第732号", "关于做好2021年安全生产工作的通知", "各镇人民政府，各街道办事处：",
    "一、", "一、工作目标", "（一）", "（一）强化责任落实。", "1.", "1．开展排查", "（1）", "第一章 总则", "第一条",
    "第十二条 本办法自发布之日起施行。", "十一、", "一百零五、", "其一是", "一是加强领导；二是落实责任。",
    "附件", "附件1", "附件：实施方案", "附件2 工作细则", "实施方案", "广州市花都区人民政府", "2021年3月5日",
    "二〇二一年三月五日", "二○二一年十二月三十一日", "2021-03-05", "【打印】", "【字体：大 中 小】", "浏览次数：",
    "首页 > 政务公开 > 通知公告", "分享到：", "项目 | 数量", "执法检查\t5次", "a | b | c", "｜", "|", "\t",
    "。", "，", "；", ":", "（", "）", "(", ")", "〔", "〕", "\u3000", "\u00a0", "\u200b", "\ufeff", "\ue000", "\r", "\r\n",
    "\n", "\n\n", "\f", " ", "，,;:?!", "1,000", "APP(v2)",
]
_TAGS = ["p", "div", "span", "table", "tr", "td", "th", "br", "pre", "h1", "h2", "li", "ul", "section", "body",
         "html", "head", "title", "script", "style", "iframe", "form", "nav", "footer", "img", "meta", "a", "b",
         "center", "font", "tbody", "caption", "noscript", "template", "svg", "math", "select", "option"]
_HTML_PIECES = (
    [f"<{tag}>" for tag in _TAGS] + [f"</{tag}>" for tag in _TAGS]
    + ['<meta charset="gbk">', '<meta charset="utf-8">', "<meta charset=big5>", '<meta charset="nonsense">',
       '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', "<!DOCTYPE html>",
       '<div class="nav">', '<div style="display: none">', "<div hidden>", '<td colspan="0">', "<!--", "-->",
       "<![CDATA[", "]]>", "&nbsp;", "&#12288;", "&#0;", "&#x110000;", "&amp", "<", ">", "</", "<p <p>",
       '<a href="javascript:alert(1)">', "<script>document.write('<p>x')</script>", "<title>标题_网站</title>"]
)
_ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be",
              "gb18030", "gbk", "gb2312", "big5", "big5hkscs", "hz", "shift_jis", "euc-jp", "euc-kr",
              "iso-2022-jp", "latin-1", "cp1252", "koi8-r", "ascii", "utf-7"]

# Every name Python knows a codec by, as a page might declare it (WHATWG names or not).
_CHARSET_NAMES = sorted(set(encodings.aliases.aliases) | set(encodings.aliases.aliases.values())
                        | {"idna", "punycode", "undefined", "unicode_escape", "raw_unicode_escape", "utf-7",
                           "base64", "rot13", "zlib", "hex", "x-gbk", "gb_2312-80", "euc-cn", "bogus"})
cjk_text = st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF), max_size=30)
any_text = st.text(max_size=40)
fragment = st.one_of(st.sampled_from(_STRUCTURES), cjk_text, any_text)
html_fragment = st.one_of(st.sampled_from(_HTML_PIECES), st.sampled_from(_STRUCTURES), cjk_text, any_text)


def encode(text: str, encoding: str) -> bytes:
    return text.encode(encoding, errors="replace")


# The tests -----------------------------------------------------------------------------------
@settings(FUZZ, max_examples=2500)
@given(st.binary(max_size=3000))
def test_random_bytes(data):
    check_parses(data)


@settings(FUZZ, max_examples=2500)
@given(st.lists(fragment, max_size=60), st.sampled_from(["\n", "", " ", "\r\n", "\n\n"]),
       st.sampled_from(_ENCODINGS))
def test_mixes_of_real_structures(pieces, separator, encoding):
    check_parses(encode(separator.join(pieces), encoding))


@settings(FUZZ, max_examples=2000)
@given(st.lists(html_fragment, max_size=80), st.sampled_from(_ENCODINGS[:12]))
def test_mixes_of_html(pieces, encoding):
    check_parses(encode("<html><body>" + "".join(pieces), encoding))


@settings(FUZZ, max_examples=1500)
@given(st.sampled_from(_REAL_DOCUMENTS), st.floats(0, 1), st.floats(0, 1), st.binary(max_size=8))
def test_truncated_and_damaged_documents(document, cut_start, cut_end, noise):
    start = int(len(document) * min(cut_start, cut_end) * 0.2)
    end = int(len(document) * max(cut_start, cut_end))
    middle = (start + end) // 2
    check_parses(document[start:middle] + noise + document[middle:end])


@settings(FUZZ, max_examples=1000)
@given(st.integers(1, 12_000), st.lists(st.sampled_from(_TAGS), min_size=1, max_size=5),
       st.booleans(), cjk_text)
def test_deep_html_nesting(depth, tags, closed, text):
    opening = "".join(f"<{tags[i % len(tags)]}>" for i in range(depth))
    closing = "".join(f"</{tags[i % len(tags)]}>" for i in reversed(range(depth))) if closed else ""
    check_parses(f"<html><body>{opening}{text or '正文'}{closing}</body></html>".encode())


@settings(FUZZ, max_examples=1000)
@given(st.text(max_size=200), st.sampled_from(_ENCODINGS), st.booleans(), st.sampled_from(_CHARSET_NAMES))
def test_every_encoding(text, encoding, as_html, declared):
    if as_html:  # declared as itself, or as any codec name Python knows
        text = f'<html><head><meta charset="{declared if len(text) % 2 else encoding}"></head><body><p>{text}</p></body></html>'
    check_parses(encode(text, encoding))


# The command line ----------------------------------------------------------------------------
cli_input = st.one_of(
    st.binary(max_size=500),
    st.builds(lambda pieces, enc: encode("\n".join(pieces), enc), st.lists(fragment, max_size=30),
              st.sampled_from(_ENCODINGS)),
    st.builds(lambda pieces: ("<html><body>" + "".join(pieces)).encode(), st.lists(html_fragment, max_size=40)),
    st.builds(lambda doc, cut: doc[:int(len(doc) * cut)], st.sampled_from(_REAL_DOCUMENTS), st.floats(0, 1)),
)


@pytest.fixture(scope="module")
def cli_folder(tmp_path_factory):
    return tmp_path_factory.mktemp("cli-fuzz")


@settings(FUZZ, max_examples=CLI_INPUTS)
@given(data=cli_input, as_json=st.booleans())
def test_outline_command_answers_every_input(cli_folder, data, as_json):
    """In process, so that 200 inputs take seconds: an exception escaping main() is a traceback."""
    path = cli_folder / "input.html"
    path.write_bytes(data)
    _tried["cli"] += 1
    stdout, stderr = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        code = reader_main(["outline", str(path)] + (["--json"] if as_json else []))
    assert code in (0, 2), stderr.getvalue()
    assert "Traceback" not in stderr.getvalue()
    assert (code == 2) == bool(stderr.getvalue().strip())


def test_outline_command_process_on_bad_inputs(tmp_path):
    """A few as real processes: the exit status and stderr the user sees."""
    samples = [b"\x00\x01\x02binary", b"", b"\xff\xfe\x00\xd8", "<html><body>" + "<div>" * 20000, b"\xa4\xa4" * 50]
    for number, data in enumerate(samples):
        path = tmp_path / f"bad-{number}.html"
        path.write_bytes(data if isinstance(data, bytes) else data.encode())
        result = subprocess.run([sys.executable, "-m", "reader", "outline", str(path)], capture_output=True,
                                text=True, encoding="utf-8", errors="replace", cwd=REPOSITORY, timeout=120)
        assert result.returncode in (0, 2), result.stderr
        assert "Traceback" not in result.stderr


def test_inputs_tried(figures):
    """Runs after the tests above (pytest keeps file order): the count, in the summary."""
    figures["parser fuzz: inputs tried"] = _tried["parser"]
    figures["outline command fuzz: inputs tried"] = _tried["cli"]
    if _tried["parser"] == 0:
        pytest.skip("the fuzz tests were not run")
    assert _tried["parser"] >= MIN_INPUTS, f"only {_tried['parser']} inputs tried"
    assert _tried["cli"] >= CLI_INPUTS, f"only {_tried['cli']} command-line inputs tried"
