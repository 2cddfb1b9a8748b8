"""Table cells stay under their columns (colspan, rowspan); one line with a bar is not a table."""
from reader.core.parsing import parse_bytes
from reader.core.parsing.html import html_lines
from reader.core.parsing.text import text_lines


def _rows(markup: str):
    return [line.cells for line in html_lines(f"<html><body>{markup}</body></html>")[0]]


def test_a_colspan_leaves_empty_places_so_totals_stay_under_their_columns():
    rows = _rows("<table><tr><td>序号</td><td>项目</td><td>数量</td><td>金额</td></tr>"
                 "<tr><td>1</td><td>甲</td><td>2</td><td>30</td></tr>"
                 '<tr><td colspan="2">合计</td><td>2</td><td>30</td></tr></table>')
    assert rows[-1] == ("合计", "", "2", "30")


def test_a_rowspan_keeps_the_next_row_under_its_columns():
    rows = _rows("<table><tr><td>职务</td><td>姓名</td><td>工作单位及职务</td></tr>"
                 '<tr><td rowspan="2">副指挥长</td><td>李四</td><td>副县长</td></tr>'
                 "<tr><td>王五</td><td>县水利局局长</td></tr></table>")
    assert rows[1:] == [("副指挥长", "李四", "副县长"), ("", "王五", "县水利局局长")]


def test_a_rowspan_in_the_last_column_fills_the_end_of_the_row():
    rows = _rows('<table><tr><td>甲</td><td rowspan="2">备注</td></tr><tr><td>乙</td></tr></table>')
    assert rows == [("甲", "备注"), ("乙", "")]


def test_bad_spans_are_read_as_one():
    assert _rows('<table><tr><td colspan="x">甲</td><td rowspan="-3">乙</td></tr><tr><td>丙</td><td>丁</td></tr></table>') \
        == [("甲", "乙"), ("丙", "丁")]


def test_one_line_with_a_bar_or_a_tab_is_not_a_table():
    lines = text_lines("一图读懂｜XX省推动大规模设备更新实施方案\n正文。\n附件：实施细则\t（共12页）\n")
    assert [line.cells for line in lines if line.text] == [None, None, None]
    assert lines[0].text == "一图读懂｜XX省推动大规模设备更新实施方案"


def test_two_lines_with_bars_are_a_table():
    lines = text_lines("说明：\n级别\tAQI范围\n优\t0-50\n")
    assert [line.cells for line in lines if line.text] == [None, ("级别", "AQI范围"), ("优", "0-50")]


def test_a_title_with_a_full_width_bar_is_the_title():
    document = parse_bytes("一图读懂｜XX省推动大规模设备更新实施方案\n近日，省政府印发实施方案。\n".encode(), "a.txt")
    assert document.title == "一图读懂｜XX省推动大规模设备更新实施方案"


# A table copied out of a page one cell a line, a bar closing each cell.
CELL_LINES = "\n".join([
    "一、工作概况", "本年度依申请公开情况见下表。",
    "申请情况", "|", "个人", "|", "法人", "|", "社会", "组织", "|",
    "一、本年新收申请", "|", "12", "|", "3", "|", "0", "|",
    "二、办理结果", "|", "（一）予以公开", "|", "9", "|", "2", "|", "0", "|",
    "1.属于国家秘密", "|", "1", "|", "0", "|", "0", "|",
    "二、存在的问题", "下一步将继续完善公开工作。",
])


def test_a_table_written_one_cell_a_line_is_a_table_not_headings(parse_text):
    document = parse_text(CELL_LINES)
    assert [h.title for h in document.headings()] == ["工作概况", "存在的问题"]
    table = next(block for block in document.blocks if block.rows)
    assert table.rows[0] == ("申请情况", "个人", "法人", "社会", "组织")
    assert ("一、本年新收申请", "12", "3", "0") in table.rows
    assert ("（一）予以公开", "9", "2", "0") in table.rows and ("二、办理结果",) in table.rows
    assert ("1.属于国家秘密", "1", "0", "0") in table.rows


def test_a_lone_bar_in_the_text_does_not_swallow_the_heading_after_a_table():
    lines = text_lines("甲\n|\n1\n|\n二、下一步打算\n继续做好工作。")
    assert [line.cells for line in lines[:1]] == [("甲", "1")]
    assert [line.text for line in lines[1:]] == ["二、下一步打算", "继续做好工作。"]


def test_a_tab_separated_row_with_empty_cells_stays_in_its_table(parse_text):
    document = parse_text("年度报告\n一、总体情况\n本年认真落实条例。\n二、办理情况\n"
                          "申请人情况\t自然人\t法人\n三、本年度办理结果\t\t\n（一）予以公开\t2\t0\n"
                          "三、存在的问题\n加强培训。\n")
    assert [h.title for h in document.headings()] == ["总体情况", "办理情况", "存在的问题"]
    table = next(block for block in document.blocks if block.rows)
    assert table.rows[1][0] == "三、本年度办理结果" and table.rows[2] == ("（一）予以公开", "2", "0")


FIGURE_COLUMN = "\n".join([
    "某镇年度报告", "一、总体情况", "本镇认真落实条例。", "二、办理情况",
    "申请人情况", "自然人", "法人",
    "一、本年新收申请数量", "3", "0", "二、上年结转申请数量", "0", "0",
    "三、本年度办理结果", "（一）予以公开", "2", "0", "（二）部分公开", "1", "0",
    "三、存在的问题", "加强培训。",
])


def test_a_table_copied_one_cell_a_line_without_bars_is_told_by_its_figures(parse_text):
    document = parse_text(FIGURE_COLUMN)
    assert [h.title for h in document.headings()] == ["总体情况", "办理情况", "存在的问题"]
    table = next(block for block in document.blocks if block.rows)
    assert table.rows[0] == ("一、本年新收申请数量", "3", "0")
    assert ("（一）予以公开", "2", "0") in table.rows


def test_a_few_figures_in_a_list_are_not_a_table():
    lines = text_lines("一、目标\n2025\n二、措施\n加强领导\n三、保障\n100\n")
    assert not any(line.is_table_row for line in lines)


def test_a_page_with_each_cell_in_its_own_paragraph_keeps_its_table_out_of_the_outline():
    cells = "".join(f"<p>{line}</p>" for line in FIGURE_COLUMN.split("\n"))
    document = parse_bytes(f"<html><body>{cells}</body></html>".encode("utf-8"), "report.html")
    assert [h.title for h in document.headings()] == ["总体情况", "办理情况", "存在的问题"]
