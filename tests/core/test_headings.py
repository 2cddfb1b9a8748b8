"""GB/T 9704 heading levels, 第X章/节/条, run-in headings, and lines that are not headings."""
import pytest

from reader.core.model import BlockKind
from reader.core.parsing.headings import match_heading


def _tree(headings):
    return [(h.level, h.label, h.title, _tree(h.children)) for h in headings]


def test_gbt9704_levels_nest(parse_fixture):
    document = parse_fixture("heading-levels.txt")
    assert _tree(document.outline) == [
        (1, "一、", "工作目标", []),
        (1, "二、", "重点任务", [
            (2, "（一）", "强化责任落实", []),
            (2, "（二）", "开展隐患排查", [  # written (二)
                (3, "1.", "全面排查", []),
                (3, "2.", "限期整改", [  # written 2．
                    (4, "（1）", "一般隐患", []),
                    (4, "（2）", "重大隐患", []),  # written (2)
                ]),
            ]),
        ]),
        (1, "三、", "保障措施", []),
    ]


def test_chapters_sections_and_articles(parse_fixture):
    document = parse_fixture("regulation-articles.txt")
    chapters = document.outline
    assert [(c.label, c.title) for c in chapters] == [("第一章", "总则"), ("第二章", "管理职责"), ("第三章", "附则")]
    articles = chapters[0].children
    # Followed by a full-width space, a space, or nothing.
    assert [a.label for a in articles] == ["第一条", "第二条", "第三条"]
    assert articles[2].title.startswith("区人民政府统一领导")
    sections = chapters[1].children
    assert [(s.label, s.title) for s in sections] == [("第一节", "区级部门"), ("第二节", "镇街")]
    assert [a.label for a in sections[0].children] == ["第四条"]
    article = document.blocks[articles[0].block]
    assert article.kind is BlockKind.HEADING and article.text == "第一条"
    assert document.blocks[articles[0].block + 1].text.startswith("为了加强城市管理")


@pytest.mark.parametrize(
    "line, label, title, heading_text, rest",
    [
        ("（一）加强组织领导。一是始终将推进法治建设摆在重要位置来抓。",
         "（一）", "加强组织领导", "（一）加强组织领导。", "一是始终将推进法治建设摆在重要位置来抓。"),
        ("(一)加强组织领导。一是始终将推进法治建设摆在重要位置来抓。",
         "（一）", "加强组织领导", "(一)加强组织领导。", "一是始终将推进法治建设摆在重要位置来抓。"),
        # A heading closed by a colon runs in the same way.
        ("（一）总体目标：到2025年，全市营商环境达到国内一流水平。",
         "（一）", "总体目标", "（一）总体目标：", "到2025年，全市营商环境达到国内一流水平。"),
        ("1.申请条件：年满18周岁，具有本市户籍。", "1.", "申请条件", "1.申请条件：", "年满18周岁，具有本市户籍。"),
        ("（二）主要任务：", "（二）", "主要任务", "（二）主要任务：", ""),  # nothing follows the colon
        ("一、责任单位：市发改委", "一、", "责任单位：市发改委", "一、责任单位：市发改委", ""),  # no clause follows
        # A run-in heading may be two phrases; alone on its line, when they are short.
        ("（一）大力推进现代化产业体系建设，加快发展新质生产力。充分发挥创新主导作用。", "（一）",
         "大力推进现代化产业体系建设，加快发展新质生产力", "（一）大力推进现代化产业体系建设，加快发展新质生产力。",
         "充分发挥创新主导作用。"),
        ("（一）加强宏观调控，推动经济持续回升向好。", "（一）", "加强宏观调控，推动经济持续回升向好",
         "（一）加强宏观调控，推动经济持续回升向好。", ""),
        ("一、禁放区域。", "一、", "禁放区域", "一、禁放区域。", ""),
        ("一、主要做法和成效", "一、", "主要做法和成效", "一、主要做法和成效", ""),
        ("一．总体要求", "一、", "总体要求", "一．总体要求", ""),
        ("1．全面排查", "1.", "全面排查", "1．全面排查", ""),
        ("（1）一般隐患", "（1）", "一般隐患", "（1）一般隐患", ""),
        ("第五章　法律责任", "第五章", "法律责任", "第五章　法律责任", ""),
        # The spacing that spreads a short title over the line is typesetting, not the title.
        ("第一章　总　则", "第一章", "总则", "第一章　总　则", ""),
        ("第三章　附　　则", "第三章", "附则", "第三章　附　　则", ""),
        ("第二节 区 级 部 门", "第二节", "区级部门", "第二节 区 级 部 门", ""),
        ("第二节区级部门", "第二节", "区级部门", "第二节区级部门", ""),
        # The numeral after 一、 opens the title: not a list unless it is the next in the count
        # and a measure word follows.
        ("一、一次性创业资助", "一、", "一次性创业资助", "一、一次性创业资助", ""),
        ("二、三年行动计划", "二、", "三年行动计划", "二、三年行动计划", ""),
        ("二、三农工作", "二、", "三农工作", "二、三农工作", ""),
        ("一、二〇二三年工作回顾", "一、", "二〇二三年工作回顾", "一、二〇二三年工作回顾", ""),
        ("第十二条 本办法自发布之日起施行。", "第十二条", "本办法自发布之日起施行", "第十二条", "本办法自发布之日起施行。"),
    ],
)
def test_match_heading(line, label, title, heading_text, rest):
    match = match_heading(line)
    assert (match.label, match.title, match.heading_text, match.rest) == (label, title, heading_text, rest)


@pytest.mark.parametrize(
    "line",
    [
        # A numbered paragraph: its first sentence is too long for a heading.
        "一、各单位要充分认识做好防汛防旱防风工作的重要性和紧迫性，切实增强责任感和使命感，"
        "把防汛防旱防风工作作为当前的重要任务抓紧抓好。",
        "2020年，我分局在区委、区政府的正确领导下开展工作。",
        "1.5万元以下的由镇街审批。",
        "一是完善执法制度。",
        # A whole line that is one sentence with a clause: a numbered provision, not a heading.
        "三、违反本公告规定燃放烟花爆竹的，由公安机关依法给予处罚。",
        "（二）强化考核评估，将优化营商环境工作纳入年度绩效考核。",
        "2.逾期不改正的，处一千元罚款。",
        # A sentence leading into its list ends at a colon, but is no heading.
        "一、本办法所称公共数据是指：本市各级行政机关和公共企事业单位在依法履行职责、提供公共服务过程中产生的数据。",
        # A list of numerals in a sentence: 一、二 then a measure word, not the marker 一、.
        "一、二季度全市规模以上工业增加值同比增长6.5%。",
        "三、四线城市房地产市场总体平稳。",
        "一、二年级不布置书面家庭作业。",
        "一、二、三年级学生参加。",
        "二、三级医院门诊量回升。",
        "（1）班学生参加了活动。",  # a class, as in 三年级（1）班
        # 第X节 runs into a title only when no sentence follows.
        "第一节课由校长主讲。",
        "第一节课上，校长讲话",
    ],
)
def test_not_headings(line):
    assert match_heading(line) is None


def test_run_in_heading_keeps_its_body_as_a_paragraph(parse_text):
    document = parse_text("一、主要做法\n（一）加强组织领导。一是压实责任；二是健全机制。\n")
    heading, body = document.blocks[-2:]
    assert (heading.kind, heading.title) == (BlockKind.HEADING, "加强组织领导")
    assert (body.kind, body.text) == (BlockKind.PARAGRAPH, "一是压实责任；二是健全机制。")
    assert document.text[body.start : body.end] == body.text


@pytest.mark.parametrize(
    "name, cell",
    [("saved-page.html", "一、一次性创业资助"), ("table-in-text.txt", "一、一次性创业资助"),
     ("layout-table-page.html", "一、全日制用工")],
)
def test_a_line_in_a_table_is_never_a_heading(parse_fixture, name, cell):
    document = parse_fixture(name)
    assert all(cell[2:] not in heading.title for heading in document.headings())
    table = next(b for b in document.blocks if b.kind is BlockKind.TABLE)
    assert cell in [row[0] for row in table.rows]
