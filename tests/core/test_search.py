"""Finding text: case and width folding, sections, grouping, snippets, and speed."""

import pytest

from reader.bundled import sample_report
from reader.core import search
from reader.core.outline import heading_line
from reader.core.model import Block, BlockKind, Document, Metadata, Signature
from reader.core.parsing import parse_file

SMALL = "关于测试的通知\n\n一、总体要求\n\n做好Ｆｉｎｄ测试（第一）工作，提高效率。\n\n二、工作步骤\n\n（一）准备\n\n按时完成find测试, 又一项(第一)测试。\n"


@pytest.fixture(scope="module")
def sample():
    return parse_file(sample_report())


def plain_document(*lines: str) -> Document:
    """Paragraphs exactly as given (the parser would normalise their punctuation)."""
    blocks, start = [], 0
    for line in lines:
        blocks.append(Block(BlockKind.PARAGRAPH, line, start))
        start += len(line) + 1
    return Document(title=None, metadata=Metadata(), blocks=tuple(blocks), outline=(), signature=Signature(),
                    sentences=(), text="\n".join(lines))


@pytest.fixture
def small(parse_text):
    return parse_text(SMALL)


@pytest.fixture
def widths():
    return plain_document("做好Ｆｉｎｄ测试（第一）工作，提高效率。", "按时完成find测试, 又一项(第一)测试。")


def found_texts(document, query):
    return [document.text[m.start : m.end] for m in search.find_all(document, query)]


def test_fold_keeps_one_character_for_one():
    text = "ＡＢＣ　（１２３），ａｂｃ İstanbul ＄￥"
    folded = search.fold(text)
    assert len(folded) == len(text)
    assert folded.startswith("abc (123),abc ")
    assert folded.endswith("$¥")


def test_matching_ignores_case_and_width(widths):
    assert found_texts(widths, "find") == ["Ｆｉｎｄ", "find"]
    assert found_texts(widths, "ＦＩＮＤ") == ["Ｆｉｎｄ", "find"]
    assert found_texts(widths, "(第一)") == ["（第一）", "(第一)"]
    assert found_texts(widths, "测试，") == ["测试,"]  # a full-width comma finds the narrow one
    assert found_texts(widths, "工作,") == ["工作，"]


def test_offsets_address_document_text(small):
    for match in search.find_all(small, "测试"):
        assert small.text[match.start : match.end] == "测试"
        assert match.end - match.start == 2


def test_blank_and_missing_queries_find_nothing(small):
    assert search.find_all(small, "") == []
    assert search.find_all(small, "   ") == []
    assert search.find_all(small, "\u3000\t") == []
    assert search.find_all(small, "不存在的词") == []


def test_query_is_trimmed_but_inner_spaces_count(widths):
    assert found_texts(widths, "  按时完成 ") == ["按时完成"]
    assert found_texts(widths, "测试，　又") == ["测试, 又"]  # the ideographic space is a space
    assert found_texts(widths, "测试,又") == []


def test_matches_do_not_cross_blocks(small):
    assert search.find_all(small, "要求\n做好") == []
    end_of_block = small.text.index("要求") + 2
    assert small.text[end_of_block] == "\n"
    assert all(not (m.start < end_of_block < m.end) for m in search.find_all(small, "求"))


def test_matches_do_not_overlap():
    document = plain_document("标题", "啊啊啊啊啊")
    assert [(m.start, m.end) for m in search.find_all(document, "啊啊")] == [(3, 5), (5, 7)]


def test_each_match_knows_its_section(small):
    titles = [None if m.section is None else search.sections(small)[m.section].title
              for m in search.find_all(small, "测试")]
    assert titles == [None, "总体要求", "准备", "准备"]  # the first is in the document title


def test_group_by_section_in_document_order(sample):
    matches = search.find_all(sample, "执法")
    groups = search.group_by_section(sample, matches)
    assert sum(len(group) for _, group in groups) == len(matches) == 95
    flattened = [m for _, group in groups for m in group]
    assert flattened == matches
    headings = [heading for heading, _ in groups]
    assert headings[0] is None  # the introduction, before 一、
    lines = [heading_line(h) for h in headings[1:]]
    assert lines[:3] == ["（一）加强组织领导", "（二）强化执法培训", "（三）落实法治保障"]  # the deepest heading
    assert lines.index("（一）个别民警执法素养有待进一步提高") > lines.index("（十二）加强政治建警")
    assert len({id(h) for h in headings}) == len(headings)  # each section once


def test_section_parents_follow_the_outline(sample):
    sections = search.sections(sample)
    child = next(i for i, h in enumerate(sections) if h.title == "强化执法培训")
    parent = search.section_parent(sample, child)
    assert heading_line(sections[parent]) == "一、主要做法和成效"
    assert search.section_parent(sample, parent) is None


def test_snippet_shows_context_within_the_line(sample):
    match = search.find_all(sample, "严格规范公正文明执法")[0]
    before, hit, after = search.snippet_parts(sample, match)
    assert hit == "严格规范公正文明执法"
    assert len(before.lstrip("…")) <= 15 and len(after.rstrip("…")) <= 15
    assert "\n" not in before + after
    text = search.snippet(sample, match)
    assert hit in text and len(text) <= len(hit) + 32


def test_snippet_marks_cut_ends_only():
    document = plain_document("标题", "短句测试。", "下一段")
    match = search.find_all(document, "测试")[0]
    assert search.snippet(document, match) == "短句测试。"


def test_cache_follows_the_document():
    first = plain_document("甲乙丙")
    second = plain_document("丁戊己")
    assert found_texts(first, "乙") == ["乙"]
    assert found_texts(second, "乙") == []
    assert found_texts(second, "戊") == ["戊"]


def test_a_two_megabyte_document_finds_every_match(sample):
    """Every occurrence in a ~740,000 character text; how fast is benchmarks/find.py's to say."""
    from reader.core.model import Document

    repeated = "\n".join([sample.text] * 117)
    document = Document(title=None, metadata=sample.metadata, blocks=sample.blocks, outline=sample.outline,
                        signature=sample.signature, sentences=(), text=repeated)
    search.prepare(document)
    for query in ("执法监督", "的", "，", "没有这个词"):
        once = sum(sample.text.count(form) for form in ({query, ","} if query == "，" else {query}))  # ， finds , too
        matches = search.find_all(document, query)
        assert len(matches) == 117 * once
        assert sum(len(found) for _heading, found in search.group_by_section(document, matches)) == len(matches)