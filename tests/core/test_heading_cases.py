"""HeadingReader: what one line cannot tell, read over the lines of a body in order.

The items of a 第X条 article, and a marker alone on its line with its title on the next.
"""
import pytest

from reader.core.parsing.headings import HeadingReader, match_heading


def _read(lines):
    """(label, title) for each heading and None for each other line; a joined line is skipped."""
    reader, found, skip = HeadingReader(), [], False
    for index, line in enumerate(lines):
        if skip:
            skip = False
            continue
        heading = reader.match(line, lines[index + 1] if index + 1 < len(lines) else None)
        found.append(None if heading is None else (heading.label, heading.title))
        skip = heading is not None and heading.lines == 2
    return found


REGULATION = [
    "第一章　总　则",
    "第三条公共数据开放应当遵循以下原则：",
    "（一）需求导向；",
    "（二）安全可控；",
    "（三）分类分级。",
    "第二章　开放范围",
    "第五条　下列公共数据不予开放：",
    "（一）涉及国家秘密的；",
    "（二）涉及商业秘密、个人隐私的，但是依法已经公开或者经权利人同意的除外；",
    "（三）法律、法规规定不得开放的其他公共数据。",
    "1.目的一；",
    "（1）子目；",
    "第三章　附　　则",
    "第六条　本办法自2023年7月1日起施行，有效期5年。",
]


def test_an_articles_items_are_its_text_not_headings():
    # All of them, short or long: the outline never lists （一） and （三） without （二）.
    assert _read(REGULATION) == [
        ("第一章", "总则"), ("第三条", "公共数据开放应当遵循以下原则"), None, None, None,
        ("第二章", "开放范围"), ("第五条", "下列公共数据不予开放"), None, None, None, None, None,
        ("第三章", "附则"), ("第六条", "本办法自2023年7月1日起施行"),
    ]


def test_items_are_headings_again_after_a_part_that_is_not_an_article():
    lines = ["第二条　下列事项：", "（一）甲事项；", "一、其他事项", "（一）加强组织领导。", "第一章　总则", "（一）总体要求"]
    assert _read(lines) == [("第二条", "下列事项"), None, ("一、", "其他事项"), ("（一）", "加强组织领导"),
                            ("第一章", "总则"), ("（一）", "总体要求")]


def test_match_heading_in_an_article():
    assert match_heading("（一）需求导向；", in_article=True) is None
    assert match_heading("1.目的一；", in_article=True) is None
    assert match_heading("第四条　……", in_article=True).label == "第四条"
    assert match_heading("一、其他事项", in_article=True).label == "一、"
    assert match_heading("（一）需求导向；").label == "（一）"


@pytest.mark.parametrize(
    "lines, expected",
    [
        # The title on the line after its marker: one heading, the next line taken in.
        (["（三）", "加强宣传引导。"], [("（三）", "加强宣传引导")]),
        (["（三）", "加强宣传引导。要充分利用各类媒体。"], [("（三）", "加强宣传引导")]),
        (["二、", "重点任务"], [("二、", "重点任务")]),
        (["第一章", "总　则"], [("第一章", "总则")]),
        # Not a title: a marker, a sentence too long for a heading, an article's text.
        (["（三）", "1.全面排查"], [None, ("1.", "全面排查")]),
        (["（三）", "各单位要充分认识做好防汛防旱防风工作的重要性和紧迫性，切实增强责任感和使命感。"], [None, None]),
        (["第一章", "为了规范管理，制定本办法。"], [("第一章", ""), None]),
        (["第一条", "为了规范管理，制定本办法。"], [("第一条", ""), None]),
        (["（三）"], [None]),
    ],
)
def test_a_marker_alone_takes_its_title_from_the_next_line(lines, expected):
    assert _read(lines) == expected


def test_the_joined_heading_text_and_body():
    heading = HeadingReader().match("（三）", "加强宣传引导。要充分利用各类媒体。")
    assert (heading.heading_text, heading.rest, heading.lines) == ("（三）加强宣传引导。", "要充分利用各类媒体。", 2)
    heading = HeadingReader().match("第一章", "总　则")
    assert (heading.heading_text, heading.title) == ("第一章\u3000总\u3000则", "总则")
    assert HeadingReader().match("（三）加强宣传引导。", "下一行。").lines == 1


def test_the_next_heading_of_a_series_written_as_one_sentence_is_still_a_heading():
    lines = ["三、保障措施", "（一）加强组织领导。各部门要明确分工。",
             "（二）强化考核评估，将优化营商环境工作纳入年度绩效考核。",
             "（三）加强宣传引导。要充分利用各类媒体。"]
    assert _read(lines) == [("三、", "保障措施"), ("（一）", "加强组织领导"), ("（二）", "强化考核评估"),
                            ("（三）", "加强宣传引导")]
    heading = HeadingReader()
    for line in lines[:2]:
        heading.match(line)
    assert heading.match(lines[2]).rest == "将优化营商环境工作纳入年度绩效考核。"


def test_a_notices_provisions_stay_provisions():
    """No heading before them: numbered whole sentences with a clause are provisions."""
    lines = ["一、在本市行政区域内燃放烟花爆竹的，应当遵守本公告。",
             "二、燃放烟花爆竹应当遵守安全规定，不得危害公共安全。",
             "三、违反本公告规定燃放烟花爆竹的，由公安机关依法给予处罚。"]
    assert _read(lines) == [None, None, None]


def test_a_new_part_starts_its_series_again():
    lines = ["一、总体要求", "（一）指导思想", "二、主要任务", "（二）推进审批制度改革的，按照有关规定执行。"]
    assert _read(lines)[3] is None  # （二） under 二、 follows no （一）


def test_the_parser_reads_headings_in_order():
    """structure.py reads a body's lines with a HeadingReader: articles keep their items, a
    marker alone takes the next line, and a series does not skip a number."""
    from reader.core.parsing import parse_bytes

    text = "\n".join(["广州市公共数据开放管理办法", *REGULATION,
                      "第四章　保障", "第七条", "（一）", "加强宣传引导。要充分利用各类媒体。"])
    document = parse_bytes(text.encode("utf-8"), "banfa.txt")
    labels = [heading.label for top in document.outline for heading in top.walk()]
    assert "（一）" not in labels and "1." not in labels  # the articles' items are their text
    assert labels[:4] == ["第一章", "第三条", "第二章", "第五条"]
    plan = "\n".join(["某某实施方案", "三、保障措施", "（一）", "加强组织领导。各部门要明确分工。",
                      "（二）强化考核评估，将优化营商环境工作纳入年度绩效考核。", "（三）加强宣传引导。"])
    outline = parse_bytes(plan.encode("utf-8"), "plan.txt").outline
    assert [(h.label, h.title) for h in outline[0].children] == [
        ("（一）", "加强组织领导"), ("（二）", "强化考核评估"), ("（三）", "加强宣传引导")]
