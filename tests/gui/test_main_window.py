"""The first reading window: the sample, the outline, opening documents, errors."""
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from reader.gui import main_window as main_window_module
from reader.gui.view.fonts import NO_CJK_FONT_MESSAGE

SAMPLE_TITLE = "广州市公安局花都区分局2020年法治政府建设年度报告"
OTHER_DOCUMENT = "关于印发测试方案的通知\n\n一、总体要求\n\n做好测试工作。\n\n二、工作步骤\n\n（一）准备。按时完成。\n"


@pytest.fixture
def other_document(tmp_path) -> Path:
    path = tmp_path / "other.txt"
    path.write_text(OTHER_DOCUMENT, encoding="utf-8")
    return path


def shown_text(window) -> str:
    return window.view.document().toPlainText()


def test_opens_the_sample_with_card_title_body_and_signature(window):
    text = shown_text(window)
    assert window.document.title == SAMPLE_TITLE
    assert SAMPLE_TITLE in window.windowTitle()
    for expected in ("Index number", "114401140075147171/2020-00054", "Date written", "2020-12-25",
                     "一、主要做法和成效", "广州市公安局花都区分局", "2020年12月4日"):
        assert expected in text
    # The card comes first, then the title.
    assert text.index("114401140075147171") < text.index(SAMPLE_TITLE)


def test_headings_are_styled_by_level(window):
    view = window.view
    blocks = window.document.blocks
    level_one = next(i for i, b in enumerate(blocks) if b.kind.value == "heading" and b.level == 1)
    level_two = next(i for i, b in enumerate(blocks) if b.kind.value == "heading" and b.level == 2)
    paragraph = next(i for i, b in enumerate(blocks) if b.kind.value == "paragraph")

    def char_format(index):
        block = view.document().findBlock(view.block_position(index))
        return block, block.begin().fragment().charFormat()

    (one_block, one), (two_block, two), (_, body) = map(char_format, (level_one, level_two, paragraph))
    assert one.fontPointSize() > two.fontPointSize() >= body.font().pointSizeF()
    assert one.fontWeight() > body.fontWeight()
    assert one_block.blockFormat().headingLevel() == 2 and two_block.blockFormat().headingLevel() == 3


def test_outline_tree_matches_the_document(window):
    tree = window.outline
    assert tree.topLevelItemCount() == 3
    assert [tree.topLevelItem(i).childCount() for i in range(3)] == [12, 3, 4]
    assert tree.topLevelItem(1).text(0) == "二、存在的不足和原因"


def test_choosing_a_heading_brings_it_to_the_top(window, qtbot):
    item = window.outline.topLevelItem(2).child(1)
    window.outline.setCurrentItem(item)
    qtbot.keyClick(window.outline, Qt.Key.Key_Return)
    block = item.data(0, Qt.ItemDataRole.UserRole)
    assert window.document.blocks[block].title == "完善执法监督管理机制"
    assert abs(window.view.verticalScrollBar().value() - window.view.block_top(block)) <= 1
    assert window.view.heading_at_top() == block
    assert window.view.textCursor().position() == window.view.block_position(block)


def test_scrolling_the_text_selects_the_current_heading(window, qtbot):
    heading = window.document.outline[1].children[0]
    window.view.verticalScrollBar().setValue(int(window.view.block_top(heading.block)) + 5)
    qtbot.waitUntil(lambda: window.outline.currentItem() is not None)
    assert window.outline.currentItem().text(0) == "（一）个别民警执法素养有待进一步提高"
    window.view.verticalScrollBar().setValue(0)
    assert window.outline.currentItem().text(0) == "一、主要做法和成效"


def test_ctrl_o_opens_a_chosen_file(window, qtbot, monkeypatch, other_document):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(other_document), ""))
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert window.loader.wait()  # every open runs in the background
    assert window.document.title == "关于印发测试方案的通知"
    qtbot.waitUntil(lambda: window.outline.topLevelItemCount() == 2)  # filled on a later turn


def test_dropping_a_file_opens_it(window, other_document):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(other_document))])
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert window.loader.wait()
    assert window.document.title == "关于印发测试方案的通知"


def test_recent_files_menu_lists_and_reopens_and_is_remembered(make_window, other_document):
    first = make_window()
    assert first.open_path(other_document)
    first.open_sample()
    second = make_window()  # a new window reads the list from disk
    second._fill_recent_menu()
    entries = [a for a in second.recent_menu.actions() if a.data()]
    assert [Path(a.data()) for a in entries] == [other_document.resolve()]
    entries[0].trigger()
    assert second.loader.wait()
    assert second.document.title == "关于印发测试方案的通知"


@pytest.mark.parametrize(
    "make_bad, expected",
    [
        (lambda folder: folder / "missing.txt", "does not exist"),
        (lambda folder: folder, "is a folder"),
        (lambda folder: _write(folder / "empty.txt", b""), "is empty"),
        (lambda folder: _write(folder / "binary.txt", bytes(range(256)) * 8), "binary data"),
    ],
)
def test_bad_input_is_explained_in_the_window_and_the_document_stays(window, tmp_path, make_bad, expected):
    before = shown_text(window)
    assert not window.open_path(make_bad(tmp_path))
    assert expected in window.message_bar.text()
    assert shown_text(window) == before


def test_errors_are_in_the_interface_language(make_window, tmp_path):
    window = make_window("zh_CN")
    window.open_path(tmp_path / "missing.txt")
    assert "不存在" in window.message_bar.text()


def test_interface_speaks_chinese_with_zh_cn_and_english_with_en(make_window):
    chinese = make_window("zh_CN")
    assert [a.text() for a in chinese.menuBar().actions()] == ["文件(&F)", "编辑(&E)", "视图(&V)", "导航(&G)", "收藏(&B)", "无障碍(&A)", "朗读(&R)", "帮助(&H)"]
    assert "索引号" in shown_text(chinese)
    english = make_window("en")
    assert [a.text() for a in english.menuBar().actions()] == ["&File", "&Edit", "&View", "&Go", "&Bookmarks", "&Accessibility", "&Read Aloud", "&Help"]


def test_missing_chinese_font_is_said_plainly(monkeypatch, make_window):
    monkeypatch.setattr(main_window_module, "has_cjk_font", lambda: False)
    window = make_window()
    assert window.font_warning.text() == NO_CJK_FONT_MESSAGE
    assert NO_CJK_FONT_MESSAGE.isascii()  # readable without any Chinese font
    window.open_path(Path("/nonexistent/file.txt"))
    assert window.font_warning.text() == NO_CJK_FONT_MESSAGE  # not pushed away by other messages


def test_dropped_non_files_are_refused(window):
    mime = QMimeData()
    mime.setText("just text")
    event = QDropEvent(QPoint(5, 5).toPointF(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert window.document.title == SAMPLE_TITLE


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_enumeration_points_are_marked_in_bold(window):
    index, block = next((i, b) for i, b in enumerate(window.document.blocks) if b.points)
    view = window.view
    text_block = view.document().findBlock(view.block_position(index))
    bold = [fragment for fragment in _fragments(text_block) if fragment.charFormat().fontWeight() >= 700]
    assert [fragment.text() for fragment in bold] == [point.marker for point in block.points]
    assert text_block.text() == block.text


def _fragments(text_block):
    iterator = text_block.begin()
    while not iterator.atEnd():
        yield iterator.fragment()
        iterator += 1


def test_opening_again_releases_the_previous_text_document(window, qtbot, other_document):
    from PySide6.QtGui import QTextDocument

    for _ in range(3):
        window.open_path(other_document)
        window.open_sample()
    qtbot.wait(10)  # let deleteLater run
    assert len(window.view.findChildren(QTextDocument)) == 1


@pytest.mark.parametrize("with_table", [False, True])
def test_model_offsets_map_to_the_view_and_back(window, tmp_path, with_table):
    if with_table:
        window.open_path(_write(tmp_path / "table.txt", "标题\n\n一、情况\n\n项目 | 数量\n执法检查 | 5次\n\n正文说明。\n".encode()))
    document, view = window.document, window.view
    shown = view.document().toPlainText()
    for sentence in document.sentences:
        start = view.model_to_view(sentence.start)
        assert shown[start : start + sentence.end - sentence.start] == document.sentence_text(sentence)
        assert view.view_to_model(start) == sentence.start


def test_a_first_reading_starts_with_the_card_in_sight(window):
    assert window.view.verticalScrollBar().value() == 0


def card_value_columns(window) -> set[int]:
    """Where each card value starts, and where each of its wrapped lines starts."""
    columns = set()
    block = window.view.document().begin()
    while "\t" in block.text():
        layout = block.layout()
        columns.add(round(layout.lineAt(0).cursorToX(block.text().index("\t") + 1)[0]))
        columns.update(round(layout.lineAt(i).x()) for i in range(1, layout.lineCount()))
        block = block.next()
    return columns


LONG_NAME = "关于进一步加强和改进全市行政执法工作推进严格规范公正文明执法全面提升依法行政水平的实施意见"
CARD_DOCUMENT = (f"索引号：11440114/2024-00001\n分类：综合政务\n发布机构：广州市花都区人民政府\n"
                 f"成文日期：2024-03-05\n名称：{LONG_NAME}\n文号：花府〔2024〕3号\n发布日期：2024-03-06\n"
                 f"主题词：\n\n{LONG_NAME}\n\n一、总体要求\n\n做好工作。\n")


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_card_values_line_up_in_one_column_and_wrap_under_themselves(make_window, language, tmp_path):
    window = make_window(language)
    path = tmp_path / "card.txt"
    path.write_text(CARD_DOCUMENT, encoding="utf-8")
    assert window.open_path(path)
    QApplication.processEvents()
    name = next(b for b in _blocks(window) if LONG_NAME in b.text())
    assert name.layout().lineCount() > 1
    assert len(card_value_columns(window)) == 1


def _blocks(window):
    block = window.view.document().begin()
    while block.isValid():
        yield block
        block = block.next()


def test_a_document_the_system_hands_a_running_reader_opens(window, tmp_path, qtbot):
    """macOS sends "Open With" and Dock drops to a running app as FileOpen events."""
    from PySide6.QtGui import QFileOpenEvent
    from PySide6.QtWidgets import QApplication

    from reader.gui.app import DocumentsFromTheSystem

    path = tmp_path / "notice.txt"
    path.write_text("关于开展安全检查的通知\n一、检查范围\n全区。\n", encoding="utf-8")
    DocumentsFromTheSystem(QApplication.instance(), window)
    QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(path)))
    assert window.loader.wait()
    assert window.current_path == path
    assert window.document.title == "关于开展安全检查的通知"


def test_the_desktop_file_name_is_the_packaged_desktop_entry():
    from pathlib import Path

    from reader.gui.app import APP_ID

    linux = Path(__file__).resolve().parents[2] / "packaging" / "linux"
    assert (linux / f"{APP_ID}.desktop").is_file() and (linux / f"{APP_ID}.metainfo.xml").is_file()


def test_the_status_bar_is_laid_out_with_the_window_before_the_first_paint(qtbot):
    """The first paint is complete: the status bar (the sample's "Opened: …") is in the window's
    layout as it is shown. Made by the first message instead, it was shown a turn later: the first
    paint had it narrow and empty (its grip at the left), and the text's view was laid out again."""
    from reader.gui.app import create_application
    from reader.gui.main_window import MainWindow

    create_application("en")
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_sample()
    bar = window.statusBar()
    view_size = window.view.viewport().size()
    assert bar.isVisible() and bar.width() == window.width()  # before any event: as the first paint has it
    assert bar.currentMessage().startswith("Opened:")
    QApplication.processEvents()
    assert window.view.viewport().size() == view_size  # not laid out again for a status bar come later
