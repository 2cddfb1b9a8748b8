"""Browse-mode jumps over the sample report, by sentence index."""
import pytest

from reader.bundled import sample_report
from reader.core.model import BlockKind
from reader.core.navigation import Navigator
from reader.core.outline import heading_line
from reader.core.parsing import parse_bytes, parse_file


@pytest.fixture(scope="module")
def navigator():
    return Navigator(parse_file(sample_report()))


def block_text(navigator, sentence):
    return navigator.document.blocks[navigator.block_of(sentence)].text


def test_next_and_previous_heading_walk_every_heading_in_order(navigator):
    seen, sentence = [], navigator.first()
    while (sentence := navigator.next_heading(sentence)) is not None:
        seen.append(block_text(navigator, sentence))
    headings = [b.text for b in navigator.document.blocks if b.kind is BlockKind.HEADING]
    assert seen == headings
    back, sentence = [], navigator.last()
    while (sentence := navigator.previous_heading(sentence)) is not None:
        back.append(block_text(navigator, sentence))
    assert back == headings[::-1]


def test_heading_of_a_level(navigator):
    sentence = navigator.next_heading(navigator.first(), level=1)
    assert block_text(navigator, sentence) == "一、主要做法和成效"
    sentence = navigator.next_heading(sentence, level=1)
    assert block_text(navigator, sentence) == "二、存在的不足和原因"
    assert navigator.next_heading(navigator.first(), level=3) is None
    assert block_text(navigator, navigator.previous_heading(navigator.last(), level=2)) == "(四)加强行政审批改革工作。"  # as the sample prints it


def test_paragraph_jumps_skip_headings_and_return_to_the_paragraph_start(navigator):
    first_paragraph = navigator.next_paragraph(navigator.first())
    assert navigator.document.blocks[navigator.block_of(first_paragraph)].kind is BlockKind.PARAGRAPH
    second = navigator.next_paragraph(first_paragraph)
    assert navigator.block_of(second) > navigator.block_of(first_paragraph)
    assert navigator.document.blocks[navigator.block_of(second)].kind is BlockKind.PARAGRAPH
    inside = second + 1  # the paragraph's second sentence
    assert navigator.block_of(inside) == navigator.block_of(second)
    assert navigator.previous_paragraph(inside) == second
    assert navigator.previous_paragraph(second) == first_paragraph


def test_sections_move_at_the_current_level(navigator):
    start = navigator.next_heading(navigator.first(), level=2)  # （一）加强组织领导
    following = navigator.next_section(start + 2)
    assert block_text(navigator, following).startswith("(二)")
    assert navigator.previous_section(following + 2) == following  # back to this section's start
    assert navigator.previous_section(following) == start


def test_where_am_i_gives_the_section_path_and_percent(navigator):
    sentence = navigator.next_heading(navigator.next_heading(navigator.first(), level=1), level=1)
    sentence = navigator.next_heading(sentence, level=2) + 1
    location = navigator.location(sentence)
    assert [heading_line(h) for h in location.section_path] == ["二、存在的不足和原因", "（一）个别民警执法素养有待进一步提高"]
    assert 0 < location.percent < 100
    assert navigator.location(navigator.last()).percent == 100


def test_sentence_at_an_offset(navigator):
    sentence = navigator.document.sentences[10]
    assert navigator.sentence_at(sentence.start) == 10
    assert navigator.sentence_at(sentence.end - 1) == 10


def test_a_document_without_headings_has_nowhere_to_jump():
    navigator = Navigator(parse_bytes("第一段。\n\n第二段。".encode(), "plain.txt"))
    assert navigator.next_heading(0) is None and navigator.previous_heading(0) is None
    assert navigator.location(0).section_path == ()
