"""Print with a preview and export to PDF: pages as a printed 公文."""
import re
import shutil

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QAccessible, QColor, QImage, QKeySequence, QPainter, QTextCursor, QTextTable
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

from reader.core import print_layout as pl
from reader.core.model import BlockKind
from reader.core.parsing import parse_bytes
from reader.gui.output import printing
from reader.gui.output.printing import PrintDocument, export_pdf, render_page_image

DPI = 96


def pdf_page_count(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))


def type_area(dpi=DPI) -> QRectF:
    layout = printing.gongwen_page_layout()
    paper = QRectF(layout.fullRectPixels(dpi))
    margins = layout.marginsPixels(dpi)
    return paper.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())


def dark_rows(image, left, right, top, bottom, threshold=128):
    """The y of every row in the box holding a pixel darker than threshold."""
    rows = []
    for y in range(int(top), int(bottom)):
        if any(QColor(image.pixel(x, y)).lightness() < threshold for x in range(int(left), int(right), 1)):
            rows.append(y)
    return rows


def dark_columns(image, top, bottom, threshold=128):
    return [x for x in range(image.width())
            if any(QColor(image.pixel(x, y)).lightness() < threshold for y in range(int(top), int(bottom)))]


def text_document(lines):
    return parse_bytes("\n\n".join(lines).encode("utf-8"), "test.txt")


# The pure part -------------------------------------------------------------------------

def test_page_geometry_is_the_gongwen_type_area():
    assert pl.type_area_mm() == (156.0, 225.0)
    assert pl.page_number_label(7) == "— 7 —"


def test_a_heading_ending_a_page_breaks_before_itself():
    B = pl.LaidOutBlock
    blocks = [B(0, 0, starts_page=True), B(0, 0, keep_with_next=True), B(1, 1, starts_page=True)]
    assert pl.breaks_to_add(blocks) == [1]


def test_a_run_of_headings_moves_together():
    B = pl.LaidOutBlock
    blocks = [B(0, 0, starts_page=True), B(0, 0, keep_with_next=True), B(0, 0, keep_with_next=True),
              B(1, 1, starts_page=True)]
    assert pl.breaks_to_add(blocks) == [1]


def test_a_heading_split_by_a_page_breaks_but_one_at_a_page_top_does_not():
    B = pl.LaidOutBlock
    assert pl.breaks_to_add([B(0, 0, starts_page=True), B(0, 1, keep_with_next=True), B(1, 1)]) == [1]
    # Already the first thing on its page: another break would only leave an empty page.
    assert pl.breaks_to_add([B(0, 0, starts_page=True), B(1, 1, keep_with_next=True, starts_page=True),
                             B(2, 2, starts_page=True)]) == []
    assert pl.breaks_to_add([B(0, 0, keep_with_next=True), B(0, 3)]) == []


# Export to PDF -------------------------------------------------------------------------

def test_export_writes_a_pdf_with_every_page(window, tmp_path):
    path = tmp_path / "report.pdf"
    assert window.printing.export(path)
    data = path.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    expected = PrintDocument(window.document)
    content = type_area(300)
    pages = expected.paginate(content.width(), content.height())  # layout pixels are 300 dpi
    assert pages > 1
    assert pdf_page_count(data) == pages
    assert b"/MediaBox [0 0 595" in data  # A4: 595 x 842 points
    assert str(path) in window.statusBar().currentMessage()


def test_export_as_pdf_asks_for_a_file_and_adds_the_suffix(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    asked = {}

    def fake_dialog(parent, caption, start, filters):
        asked.update(parent=parent, start=start, filters=filters)
        return str(tmp_path / "chosen"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    window.file_menu.aboutToShow.emit()  # opened: Export as PDF… is made then
    window.printing.export_action.trigger()
    assert asked["parent"] is window and asked["start"].endswith(".pdf") and "*.pdf" in asked["filters"]
    assert (tmp_path / "chosen.pdf").read_bytes().startswith(b"%PDF-")


def test_an_unwritable_pdf_path_says_so(window, tmp_path):
    path = tmp_path / "missing-folder" / "report.pdf"
    assert not window.printing.export(path)
    assert not path.exists()
    assert str(path) in window.statusBar().currentMessage()
    assert window.message_bar.isVisible()


def test_printing_without_a_document_says_what_to_do(make_window, monkeypatch):
    window = make_window(sample=False)
    constructed = []
    monkeypatch.setattr(QPrintPreviewDialog, "exec", lambda self: constructed.append(self))
    window.printing.print_action.trigger()
    assert constructed == []
    assert window.statusBar().currentMessage() == "Open a document first."


# The printed page ----------------------------------------------------------------------

@pytest.fixture
def sample_pages(window):
    document = PrintDocument(window.document)
    return document, [render_page_image(document, index, DPI) for index in range(2)]


def test_every_page_has_its_number_centred_under_the_type_area(sample_pages):
    _document, images = sample_pages
    content = type_area()
    gap = pl.mm_to_pixels(pl.PAGE_NUMBER_GAP_MM, DPI)
    footers = []
    for image in images:
        # Nothing between the type area and the page number, the number in its band.
        assert dark_rows(image, 0, image.width(), content.bottom() + 2, content.bottom() + gap - 10) == []
        rows = dark_rows(image, 0, image.width(), content.bottom() + gap - 10, content.bottom() + gap + 10)
        assert rows
        columns = dark_columns(image, rows[0], rows[-1] + 1)
        middle = (columns[0] + columns[-1]) / 2
        assert abs(middle - image.width() / 2) < pl.mm_to_pixels(4, DPI)  # centred on the paper
        assert pl.mm_to_pixels(8, DPI) < columns[-1] - columns[0] < pl.mm_to_pixels(30, DPI)  # "— 1 —"
        footers.append(image.copy(0, rows[0], image.width(), rows[-1] - rows[0] + 1))
    assert footers[0] != footers[1]  # "— 1 —" and "— 2 —"


def test_pages_are_black_on_white_whatever_the_screen_shows(window):
    window.view.setStyleSheet("QTextEdit { color: yellow; background: blue; }")
    image = render_page_image(PrintDocument(window.document), 1, DPI)
    lightness = []
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            colour = QColor(image.pixel(x, y))
            # Antialiased black text gives greys: red, green and blue stay equal.
            assert max(colour.red(), colour.green(), colour.blue()) - min(
                colour.red(), colour.green(), colour.blue()) <= 8, (x, y, colour.name())
            lightness.append(colour.lightness())
    assert min(lightness) < 40  # the text is black
    assert sum(1 for value in lightness if value > 250) / len(lightness) > 0.8  # on white paper
    corner = QColor(image.pixel(5, 5))
    assert corner.name() == "#ffffff"


def test_the_metadata_card_is_a_bordered_table_at_the_top(make_window):
    window = make_window("zh_CN")
    document = PrintDocument(window.document)
    text = document.text_document.toPlainText()
    assert text.index("索引号") < text.index("114401140075147171") < text.index(window.document.title, 20)
    card = document.text_document.rootFrame().childFrames()[0]
    assert isinstance(card, QTextTable) and card.columns() == 4
    assert card.format().border() > 0 and card.format().borderBrush().color() == QColor("black")
    layout = document.text_document.documentLayout()
    title = document.text_document.findBlock(document.first_positions[0])
    assert window.document.blocks[0].kind is BlockKind.TITLE
    last_cell = card.cellAt(card.rows() - 1, 0).lastCursorPosition().block()
    assert layout.blockBoundingRect(title).top() > layout.blockBoundingRect(last_cell).bottom()
    # On paper: the card's top border is the first ink under the top margin.
    image = render_page_image(document, 0, DPI)
    content = type_area()
    rows = dark_rows(image, content.left(), content.right(), 0, content.bottom())
    assert abs(rows[0] - content.top()) <= 2


def test_fonts_and_alignment_follow_gb_t_9704(window):
    document = PrintDocument(window.document)
    blocks = window.document.blocks

    def first_char_format(index):
        block = document.text_document.findBlock(document.first_positions[index])
        return block, block.begin().fragment().charFormat()

    title_block, title = first_char_format(0)
    paragraph = next(i for i, b in enumerate(blocks) if b.kind is BlockKind.PARAGRAPH)
    _body_block, body = first_char_format(paragraph)
    signature = next(i for i, b in enumerate(blocks) if b.kind is BlockKind.SIGNATURE)
    date = next(i for i, b in enumerate(blocks) if b.kind is BlockKind.DATE)
    assert title.font().pointSizeF() == 22 and body.font().pointSizeF() == 16
    assert title_block.blockFormat().alignment() & Qt.AlignmentFlag.AlignHCenter
    for index in (signature, date):
        block, _ = first_char_format(index)
        assert block.blockFormat().alignment() & Qt.AlignmentFlag.AlignRight
    for block_format in (title, body):
        assert block_format.foreground().color() == QColor("black")


def test_a_full_page_holds_22_lines(window):
    document = PrintDocument(window.document)
    content = type_area(300)
    document.paginate(content.width(), content.height())
    lines_on_page = {}
    block = document.text_document.begin()
    layout = document.text_document.documentLayout()
    while block.isValid():
        if QTextCursor(block).currentTable() is not None:  # the card's cells
            block = block.next()
            continue
        top = layout.blockBoundingRect(block).top()
        for number in range(block.layout().lineCount()):
            page = document.page_of(top + block.layout().lineAt(number).y())
            lines_on_page[page] = lines_on_page.get(page, 0) + 1
        block = block.next()
    assert max(lines_on_page.values()) == pl.LINES_PER_PAGE


# Headings kept with their paragraphs -----------------------------------------------------

def heading_ends_a_page(document: PrintDocument) -> list[int]:
    laid_out = document.laid_out_blocks()
    return [index for index, block in enumerate(document.document.blocks[:-1])
            if block.kind is BlockKind.HEADING and laid_out[index].first_page != laid_out[index + 1].first_page]


def test_no_heading_is_left_at_the_bottom_of_a_page(window):
    content = type_area(300)
    moved = 0
    for filler in range(10, 34):  # every position of the heading on the first two pages
        lines = ["关于测试分页的通知", *["做好测试工作。"] * filler, "一、总体要求", "认真做好各项工作。",
                 "（一）工作步骤", "按时完成。"]
        model = text_document(lines)
        heading = next(i for i, b in enumerate(model.blocks) if b.kind is BlockKind.HEADING)
        plain = PrintDocument(model)
        plain.paginate(content.width(), content.height(), keep_with_next=False)
        kept = PrintDocument(model)
        kept.paginate(content.width(), content.height())
        assert heading_ends_a_page(kept) == []
        if heading in heading_ends_a_page(plain):
            moved += 1
            laid_out = kept.laid_out_blocks()
            assert laid_out[heading].starts_page and heading in kept.added_breaks
            assert laid_out[heading].first_page == laid_out[heading + 1].first_page
        if not heading_ends_a_page(plain):
            assert kept.added_breaks == []  # nothing moves without need
    assert moved >= 1  # the loop did put the heading at a page's last line


def test_a_run_of_headings_at_a_page_bottom_moves_as_one(window):
    content = type_area(300)
    for filler in range(10, 34):
        model = text_document(["关于测试分页的通知", *["做好测试工作。"] * filler,
                               "一、总体要求", "（一）工作步骤", "按时完成。"])
        kept = PrintDocument(model)
        kept.paginate(content.width(), content.height())
        laid_out = kept.laid_out_blocks()
        first, second = (i for i, b in enumerate(model.blocks) if b.kind is BlockKind.HEADING)
        assert laid_out[first].first_page == laid_out[second].first_page == laid_out[second + 1].first_page


# The menu and the preview ----------------------------------------------------------------

def test_print_and_export_are_in_the_file_menu_before_quit(window):
    menu = window.menuBar().actions()[0].menu()
    menu.aboutToShow.emit()  # opened: the entries without keys are made then
    actions = [a for a in menu.actions() if not a.isSeparator()]
    texts = [a.text() for a in actions]
    assert texts.index("&Print…") + 1 == texts.index("&Export as PDF…") < texts.index("&Quit")
    assert window.printing.print_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    interface = QAccessible.queryAccessibleInterface(menu)
    names = [interface.child(i).text(QAccessible.Text.Name) for i in range(interface.childCount())]
    assert any(name.replace("&", "").startswith("Print…") for name in names)
    assert any(name.replace("&", "").startswith("Export as PDF…") for name in names)
    for action in (window.printing.print_action, window.printing.export_action):
        assert action.statusTip() and action.toolTip() == action.statusTip()


def test_ctrl_p_opens_a_preview_of_the_window_document(window, qtbot, monkeypatch, tmp_path):
    shown = []

    def fake_exec(dialog):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "preview.pdf"))
        printer.setPageLayout(printing.gongwen_page_layout())
        printer.setFullPage(True)
        dialog.paintRequested.emit(printer)  # what the preview does to draw its pages
        shown.append(dialog)
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(shown) == 1
    dialog = shown[0]
    assert dialog.parent() is window
    assert dialog.accessibleName() == "Print Preview"
    data = (tmp_path / "preview.pdf").read_bytes()
    content = type_area(300)
    assert pdf_page_count(data) == PrintDocument(window.document).paginate(content.width(), content.height())


def test_the_preview_printer_is_a4_with_the_gongwen_margins(window, monkeypatch):
    seen = []
    monkeypatch.setattr(QPrintPreviewDialog, "exec", lambda dialog: seen.append(dialog.printer()))
    window.printing.print_action.trigger()
    layout = seen[0].pageLayout()
    assert layout.pageSize().id() == layout.pageSize().PageSizeId.A4
    margins = layout.margins(layout.Unit.Millimeter)
    assert (round(margins.top()), round(margins.bottom()), round(margins.left()), round(margins.right())) == (
        37, 35, 28, 26)
    assert seen[0].fullPage()


@pytest.mark.parametrize("elder", [False, True])
def test_the_preview_puts_print_first_and_stays_legible(window, monkeypatch, elder):
    """Print and Page Setup lead the toolbar (last, they went behind » in elder mode); Qt's dark
    icons sit on a light toolbar in every scheme; elder mode: large icons, a maximised window."""
    from PySide6.QtWidgets import QToolBar

    seen = []
    monkeypatch.setattr(QPrintPreviewDialog, "exec", lambda dialog: seen.append(dialog))
    window.accessibility.set_scheme("black-yellow")
    if elder:
        window.accessibility.set_elder(True)
    window.printing.print_action.trigger()
    dialog = seen[0]
    toolbar = dialog.findChild(QToolBar)
    texts = [action.text() for action in toolbar.actions()]
    assert texts[:3] == ["Page setup", "Print", ""]
    assert "#F3F3F3" in dialog.styleSheet()
    assert (toolbar.iconSize().width() >= 40) == elder
    assert bool(dialog.windowState() & Qt.WindowState.WindowMaximized) == elder


def test_export_pdf_is_quick_for_the_sample(window, tmp_path):
    import time

    start = time.perf_counter()
    assert export_pdf(window.document, tmp_path / "a.pdf") > 1
    assert time.perf_counter() - start < 5


def test_no_text_block_runs_across_a_page_end(window):
    # Qt draws the last line above a clip too; a block left across a page end would put its
    # line in the PDF twice (hidden on paper, but read twice by a screen reader).
    document = PrintDocument(window.document)
    content = type_area(300)
    document.paginate(content.width(), content.height())
    assert document.split_paragraphs >= 1
    layout = document.text_document.documentLayout()
    block = document.text_document.begin()
    while block.isValid():
        top = layout.blockBoundingRect(block).top()
        lines = block.layout()
        assert len({document.page_of(top + lines.lineAt(n).y()) for n in range(lines.lineCount())}) <= 1
        block = block.next()
    # Drawn without the painter's clip, nothing of page 1 shows above page 2's type area.

    class UnclippedPainter(QPainter):
        def setClipRect(self, *args):  # noqa: N802 - Qt's name
            pass

    paper = type_area()
    image = QImage(round(paper.right() + 100), round(paper.bottom() + 200), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = UnclippedPainter(image)
    document.paint_page(painter, 1, paper, DPI)
    painter.end()
    assert dark_rows(image, 0, image.width(), 0, paper.top() - 1) == []


def test_the_file_menu_actions_follow_a_switch_of_language(window):
    window.file_menu.aboutToShow.emit()  # its entries made in English, then renamed
    window.language.choose("zh_TW")
    assert window.printing.print_action.text() == "列印(&P)…"
    assert window.printing.export_action.text() == "匯出為 PDF(&E)…"
    assert window.printing.export_action.statusTip() == window.printing.export_action.toolTip() != ""
    window.language.choose("en")
    assert window.printing.print_action.text() == "&Print…"


# A document too long for one Qt layout -------------------------------------------------------

def chinese_number(n):
    digits = "零一二三四五六七八九"
    tens, ones = divmod(n, 10)
    return (("" if tens < 2 else digits[tens]) + "十" if tens else "") + (digits[ones] if ones else "")


def numbered_report(sections=30, paragraphs=12):
    """A report whose every paragraph is unique: 第3节第7段 says where it is."""
    lines = ["关于分块打印测试的报告"]
    for section in range(sections):
        lines.append(f"{chinese_number(section + 1)}、第{section + 1}节要求")
        for paragraph in range(paragraphs):
            lines.append(f"第{section + 1}节第{paragraph + 1}段：认真做好各项测试工作，确保每一项任务都按时保质完成，"
                         f"不断提高工作水平，切实把各项要求落到实处，这是第{section + 1}节的第{paragraph + 1}段。")
    lines.append("最后一句话在这里。")
    return text_document(lines)


def pdf_pages_text(path):
    import subprocess

    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True).stdout
    return text.decode("utf-8").split("\f")[:-1]


def page_number_of(page_text):
    return int(re.findall(r"—\s*(\d+)\s*—", page_text)[-1])


@pytest.fixture
def small_layout_limit(monkeypatch):
    """Qt's layout limit as if it were ~37 pages, so a ~50-page report needs chunks."""
    monkeypatch.setattr(pl, "LAYOUT_LIMIT_PX", 100_000)


def test_a_cut_between_chunks_never_leaves_a_heading_at_a_chunk_end():
    model = numbered_report(6, 4)
    blocks = model.blocks
    headings = [i for i, b in enumerate(blocks) if b.kind is BlockKind.HEADING]
    assert len(headings) == 6
    for first, end in ((0, len(blocks)), (3, 20), (headings[1] - 2, headings[2] + 3)):
        cut = pl.split_range(blocks, first, end)
        assert first < cut < end and blocks[cut - 1].kind not in pl.KEEP_WITH_NEXT
    # Two headings in a row: the cut goes before the first.
    model = text_document(["关于测试的通知", *["做好测试工作。"] * 5, "一、总体要求", "（一）工作步骤", "按时完成。"])
    second = next(i for i, b in enumerate(model.blocks) if b.text.startswith("（一）"))
    assert pl.split_range(model.blocks, second - 1, len(model.blocks)) == second - 1 or \
        model.blocks[pl.split_range(model.blocks, 1, len(model.blocks)) - 1].kind not in pl.KEEP_WITH_NEXT


def test_a_document_that_fits_is_laid_out_whole(window):
    document = PrintDocument(window.document)
    assert document.ranges == [(0, len(window.document.blocks))] and document.whole


def assert_every_page_once_in_order(model, path, pages):
    texts = pdf_pages_text(path)
    assert len(texts) == pages == pdf_page_count(path.read_bytes())
    assert [page_number_of(text) for text in texts] == list(range(1, pages + 1))  # — n — runs on
    bodies = [re.sub(r"—\s*\d+\s*—", "", text).strip() for text in texts]
    assert all(bodies) and len(set(bodies)) == len(bodies)  # no page printed twice, none empty
    flat = re.sub(r"\s+", "", "".join(bodies))
    assert flat.count("最后一句话在这里。") == 1 and "最后一句话在这里" in bodies[-1]
    # Every paragraph, once and in order (pdftotext ends lines inside paragraphs: spaces dropped).
    position = 0
    for block in model.blocks:
        found = flat.find(re.sub(r"\s+", "", block.text), position)
        assert found >= position, block.text
        position = found + 1


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils' pdftotext is not installed")
def test_a_document_past_the_layout_limit_prints_every_page_in_chunks(window, tmp_path, small_layout_limit):
    model = numbered_report()
    document = PrintDocument(model)
    assert len(document.ranges) > 2
    content = type_area(300)
    expected = document.paginate(content.width(), content.height())
    assert all(chunk.page_count() * content.height() < pl.LAYOUT_LIMIT_PX for chunk in document.chunks)
    assert expected == sum(chunk.page_count() for chunk in document.chunks) > 45
    assert sum(block.kind is BlockKind.HEADING for block in model.blocks) == 30
    # Each chunk starts a page with a heading, and no heading ends a page.
    for first, _end in document.ranges[1:]:
        assert model.blocks[first].kind is BlockKind.HEADING
    laid_out = document.laid_out_blocks()
    assert [block.first_page for block in laid_out] == sorted(block.first_page for block in laid_out)
    assert heading_ends_a_page(document) == []
    path = tmp_path / "long.pdf"
    calls = []
    assert export_pdf(model, path, lambda done, total: calls.append((done, total)) or True) == expected
    assert_every_page_once_in_order(model, path, expected)
    dones = [done for done, _ in calls]
    assert dones == sorted(dones) and calls[-1][0] == calls[-1][1] and len(calls) == expected


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils' pdftotext is not installed")
def test_a_chunk_laid_out_too_tall_is_cut_in_two(tmp_path, small_layout_limit, monkeypatch):
    monkeypatch.setattr(pl, "WHOLE_SHARE", 100.0)  # the estimate says it fits: the layout says no
    model = numbered_report()
    document = PrintDocument(model)
    assert document.whole
    path = tmp_path / "long.pdf"
    pages = export_pdf(model, path)
    assert_every_page_once_in_order(model, path, pages)
    content = type_area(300)
    again = PrintDocument(model)
    assert again.paginate(content.width(), content.height()) == pages and len(again.ranges) > 1


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils' pdftotext is not installed")
def test_the_preview_of_a_document_in_chunks_has_every_page(window, tmp_path, small_layout_limit, monkeypatch):
    window.session.document = numbered_report()
    path = tmp_path / "preview.pdf"

    def fake_exec(dialog):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        printer.setPageLayout(printing.gongwen_page_layout())
        printer.setFullPage(True)
        dialog.paintRequested.emit(printer)
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    window.printing.print_action.trigger()
    content = type_area(300)
    pages = PrintDocument(window.document).paginate(content.width(), content.height())
    assert_every_page_once_in_order(window.document, path, pages)


def test_cancelling_an_export_leaves_no_file(window, tmp_path):
    path = tmp_path / "cancelled.pdf"
    calls = []
    assert export_pdf(window.document, path, lambda done, total: calls.append(done) and False) == 0
    assert len(calls) == 1 and not path.exists()
