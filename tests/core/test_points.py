"""一是…二是… enumerations stay in their paragraph as marked points."""
import pytest

from reader.bundled import sample_report
from reader.core.model import BlockKind
from reader.core.parsing import parse_file


@pytest.mark.parametrize(
    "body, markers",
    [
        ("一是压实第一责任人职责；二是健全工作机制；三是纳入绩效考核。", ["一是", "二是", "三是"]),
        ("要做到以下几点。一是加强学习。二是强化培训。", ["一是", "二是"]),
        ("其一是统一标准；其二是规范流程。", ["其一是", "其二是"]),
        ("全面推进依法行政，统一是前提。", []),  # 一是 inside a word is no marker
    ],
)
def test_points_of_a_paragraph(parse_text, body, markers):
    document = parse_text(f"关于加强法治建设的意见\n{body}\n")
    paragraph = document.blocks[-1]
    assert paragraph.kind is BlockKind.PARAGRAPH and paragraph.text == body
    assert [p.marker for p in paragraph.points] == markers
    for point in paragraph.points:
        assert paragraph.text[point.offset :].startswith(point.marker)


def test_run_in_heading_body_keeps_its_points(parse_fixture):
    document = parse_fixture("notice-with-attachment.txt")
    heading_index = next(h.block for h in document.headings() if h.title == "加强组织领导")
    body = document.blocks[heading_index + 1]
    assert body.kind is BlockKind.PARAGRAPH
    assert [p.marker for p in body.points] == ["一是", "二是", "三是"]


def test_sample_points():
    document = parse_file(sample_report())
    heading_index = next(h.block for h in document.headings() if h.title == "强化执法培训")
    assert [p.marker for p in document.blocks[heading_index + 1].points] == ["一是", "二是", "三是", "四是", "五是"]
