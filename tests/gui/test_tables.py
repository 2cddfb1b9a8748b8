"""Tables: a grid where it fits the text column; row by row ("heading：value" lines) where its
figures and words would be squeezed (elder mode's 28 characters a line), so that 1,234.56 is
never broken over two lines."""
import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

ROWS = [("序号", "地区", "参保人数（万人）", "中央补助（万元）", "省级补助（万元）", "合计（万元）", "绩效评价等级", "备注说明"),
        ("1", "广州市", "1,234.56", "123,456.78", "98,765.43", "222,222.21", "优秀", "含番禺区、南沙区、花都区、从化区和增城区的补助资金追加部分"),
        ("2", "韶关市", "256.10", "45,678.90", "34,567.89", "80,246.79", "良好", "")]
HTML = ("<html><body><h1>关于补助资金分配情况的通报</h1><p>现将情况通报如下。</p><table>"
        + "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in ROWS)
        + "</table><p>特此通报。</p></body></html>")
FIGURES = ("1,234.56", "123,456.78", "98,765.43", "222,222.21", "45,678.90")


@pytest.fixture
def table_window(window, tmp_path):
    path = tmp_path / "table.html"
    path.write_text(HTML, encoding="utf-8")
    assert window.open_path(path)
    window.resize(1280, 800)
    QApplication.processEvents()
    return window


def lines_of(window, text: str) -> int:
    """How many lines the text takes where it is shown."""
    view = window.view
    start = window.document.text.index(text)
    first, last = QTextCursor(view.document()), QTextCursor(view.document())
    first.setPosition(view.model_to_view(start))
    last.setPosition(view.model_to_view(start + len(text)))
    top = view.cursorRect(first).top()
    return 1 + round((view.cursorRect(last).top() - top) / max(view.cursorRect(first).height(), 1))


def test_a_table_that_fits_is_a_grid(table_window):
    view = table_window.view
    assert view.document().rootFrame().childFrames()  # a QTextTable
    assert all(lines_of(table_window, figure) == 1 for figure in FIGURES)


def test_elder_mode_shows_a_wide_table_row_by_row(table_window):
    window, view = table_window, table_window.view
    window.accessibility.set_elder(True)
    QApplication.processEvents()
    text = view.document().toPlainText()
    assert not view.document().rootFrame().childFrames()
    assert "参保人数（万人）：1,234.56" in text and "绩效评价等级：良好" in text
    assert all(lines_of(window, figure) == 1 for figure in FIGURES)
    # The model's offsets still land on the cells' own text (highlights, read aloud, bookmarks).
    for figure in ("123,456.78", "良好", "含番禺区"):
        start = window.document.text.index(figure)
        cursor = QTextCursor(view.document())
        cursor.setPosition(view.model_to_view(start))
        cursor.setPosition(view.model_to_view(start + len(figure)), QTextCursor.MoveMode.KeepAnchor)
        assert cursor.selectedText() == figure
        assert view.view_to_model(cursor.selectionStart()) == start


def _long_table(rows: int, columns: int = 8) -> str:
    heading = "<tr>" + "".join(f"<td>项目{c}</td>" for c in range(columns)) + "</tr>"
    body = "".join("<tr>" + "".join(f"<td>{r}行{c}列</td>" for c in range(columns)) + "</tr>" for r in range(rows))
    return f"<html><body><h1>统计表</h1><table>{heading}{body}</table><p>表后。</p></body></html>"


def test_a_table_of_thousands_of_cells_is_shown_row_by_row_under_its_headings(window, tmp_path):
    """Issue 19: 10,000 rows of 8 cells as grids took 5-10 s to show and stalled the window 0.3-0.6 s.
    The parser cuts it into pieces of 100 rows; every piece's rows are told under the table's headings."""
    from reader.gui.view.table_writing import MAX_GRID_CELLS

    path = tmp_path / "long.html"
    path.write_text(_long_table(300), encoding="utf-8")  # 301 rows of 8: four pieces, 2,408 cells
    assert 301 * 8 > MAX_GRID_CELLS
    assert window.open_path(path)
    tables = [block for block in window.document.blocks if block.kind.value == "table"]
    assert len(tables) == 4  # the parser's pieces
    view = window.view
    assert not view.document().rootFrame().childFrames()  # no QTextTable
    lines = view.document().toPlainText().split("\n")
    assert "项目3：0行3列" in lines and "项目3：150行3列" in lines and "项目0：299行0列" in lines
    assert not any("99行0列：" in line or line.startswith("100行0列\t") for line in lines)  # no row taken for headings
    # The model's offsets still land on each cell, in every piece.
    for cell in ("0行0列", "150行3列", "299行7列"):
        start = window.document.text.index(cell)
        cursor = QTextCursor(view.document())
        cursor.setPosition(view.model_to_view(start))
        cursor.setPosition(view.model_to_view(start + len(cell)), QTextCursor.MoveMode.KeepAnchor)
        assert cursor.selectedText() == cell


def test_a_table_of_a_few_hundred_cells_stays_a_grid(window, tmp_path):
    path = tmp_path / "short.html"
    path.write_text(_long_table(99), encoding="utf-8")  # 100 rows of 8: one piece, 800 cells
    assert window.open_path(path)
    assert len(window.view.document().rootFrame().childFrames()) == 1
