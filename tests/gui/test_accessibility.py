"""What a screen reader gets, checked through Qt's own accessibility interfaces (offscreen).

The same tree is what Qt hands to AT-SPI on Linux, UI Automation on Windows and NSAccessibility
on macOS; tests/gui/test_atspi.py checks the Linux end of it with a real AT-SPI client.

Every control a keyboard user can reach (focusable and not invisible) must have a name and a
role that says what it is, in English and in Chinese; the document text, the outline and the
find results must carry their whole content.
"""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QMenu, QWidget

Role = QAccessible.Role
LANGUAGES = ["en", "zh_CN"]
TITLE = "广州市公安局花都区分局2020年法治政府建设年度报告"
FIRST_HEADING = "一、主要做法和成效"
CJK = re.compile(r"[\u4e00-\u9fff]")
# Roles that say nothing about a control: a focusable object with one of these is unusable.
MEANINGLESS_ROLES = {Role.NoRole, Role.Client, Role.Pane, Role.Border, Role.Grouping,
                     Role.Whitespace, Role.LayeredPane, Role.Window}
# Roles under which screen readers read a block of text through the text interface.
TEXT_ROLES = {Role.StaticText, Role.EditableText, Role.Document, Role.WebDocument, Role.Paragraph}
MAX_OBJECTS = 20000


def accessible(obj) -> QAccessible:
    interface = QAccessible.queryAccessibleInterface(obj)
    assert interface is not None and interface.isValid(), f"no accessible interface for {obj!r}"
    return interface


def walk(root):
    """Every accessible under ``root`` (included) with its path of child indexes."""
    stack = [(root, ())]
    count = 0
    while stack:
        interface, path = stack.pop()
        count += 1
        assert count < MAX_OBJECTS, "the accessible tree does not end"
        yield interface, path
        children = []
        for index in range(interface.childCount()):
            child = interface.child(index)
            if child is not None and child.isValid():
                children.append((child, path + (index,)))
        stack.extend(reversed(children))


def reachable(interface) -> bool:
    state = interface.state()
    return bool(state.focusable) and not state.invisible


def name(interface) -> str:
    return interface.text(QAccessible.Text.Name) or ""


def description(interface) -> str:
    return interface.text(QAccessible.Text.Description) or ""


def label(interface, path) -> str:
    obj = interface.object()
    kind = type(obj).__name__ if obj is not None else "item"
    return f"{kind} {interface.role().name} at {list(path)} named {name(interface)!r}"


def later_column(interface) -> bool:
    """A cell after the first in its row (a table's row is named by its first cell; others may be empty)."""
    cell = interface.tableCellInterface()
    return cell is not None and cell.columnIndex() > 0


def unnamed_or_roleless(window) -> list[str]:
    problems = []
    for interface, path in walk(accessible(window)):
        if not reachable(interface):
            continue
        if not name(interface).strip() and not later_column(interface):
            problems.append("no name: " + label(interface, path))
        if interface.role() in MEANINGLESS_ROLES:
            problems.append("no useful role: " + label(interface, path))
    return problems


def column_headers(root) -> list[str]:
    """Names of the column headers in the tree: a hidden header still names the column."""
    return [name(i) for i, _ in walk(accessible(root)) if i.role() == Role.ColumnHeader]


def find_role(window, role: Role, named: str | None = None):
    found = [i for i, _ in walk(accessible(window))
             if i.role() == role and (named is None or name(i) == named)]
    assert found, f"no {role.name} named {named!r} in the accessible tree"
    return found[0]


def heading_lines(document) -> list[str]:
    from reader.core.outline import heading_line

    lines = []

    def add(headings):
        for heading in headings:
            lines.append(heading_line(heading))
            add(heading.children)

    add(document.outline)
    return lines


def menu_actions(window):
    """(menu path, action) for every action in the menu bar, submenus included."""

    def visit(menu: QMenu, trail: tuple[str, ...]):
        menu.aboutToShow.emit()  # as opening it does: entries without keys are made then (choices.py)
        for action in menu.actions():
            yield trail, action
            if action.menu() is not None:
                yield from visit(action.menu(), trail + (action.text(),))

    for top in window.menuBar().actions():
        yield (), top
        if top.menu() is not None:
            yield from visit(top.menu(), (top.text(),))


# Every control ---------------------------------------------------------------------------------
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_focusable_control_has_a_name_and_a_role(make_window, language):
    window = make_window(language)
    assert unnamed_or_roleless(window) == []
    focusable = [i for i, _ in walk(accessible(window)) if reachable(i)]
    assert len(focusable) > 20  # the document text, the outline and its headings at least


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_message_shown_in_the_window_is_named_by_its_text(make_window, language):
    window = make_window(language)
    window.message_bar.show_message("测试消息 test message")
    assert unnamed_or_roleless(window) == []
    assert find_role(window, Role.StaticText, "测试消息 test message")


def test_explicit_names_and_descriptions_are_translated(make_window):
    """Every name or description the code sets on a widget reads differently in Chinese."""
    texts = {}
    for language in LANGUAGES:
        window = make_window(language)
        find_action(window).trigger()  # the find bar is built on first use: include its widgets
        texts[language] = [(type(w).__name__, w.objectName(), w.accessibleName(), w.accessibleDescription())
                           for w in window.findChildren(QWidget)]
        window.close()
    english, chinese = texts["en"], texts["zh_CN"]
    assert [row[:2] for row in english] == [row[:2] for row in chinese]
    untranslated = []
    for (kind, object_name, en_name, en_description), (_, _, zh_name, zh_description) in zip(english, chinese):
        for en_text, zh_text in ((en_name, zh_name), (en_description, zh_description)):
            if en_text.strip() and CJK.search(en_text) is None and (zh_text == en_text or not CJK.search(zh_text)):
                untranslated.append(f"{kind} {object_name!r}: {en_text!r} -> {zh_text!r}")
    assert untranslated == []


# The document text -----------------------------------------------------------------------------
@pytest.mark.parametrize(("language", "expected_name"), [("en", "Document text"), ("zh_CN", "文档正文")])
def test_document_text_is_read_through_the_text_interface(make_window, language, expected_name):
    window = make_window(language)
    view = accessible(window.view)
    assert view.role() in TEXT_ROLES
    assert name(view) == expected_name
    assert description(view).strip()
    assert bool(CJK.search(description(view))) == (language == "zh_CN")
    assert reachable(view)
    text = view.textInterface()
    assert text is not None, "the document text has no text interface"
    whole = text.text(0, text.characterCount())
    assert text.characterCount() == len(window.view.toPlainText())
    assert TITLE in whole
    for heading in window.document.headings():  # each heading as the document prints it
        assert window.document.blocks[heading.block].text in whole
    # The same object is found by walking from the window: the document is reachable.
    assert find_role(window, view.role(), expected_name).object() is window.view


def test_the_caret_a_screen_reader_follows_moves_with_the_reading_position(make_window, qtbot):
    window = make_window("zh_CN")
    text = accessible(window.view).textInterface()
    from reader.core.outline import heading_line

    for heading in window.document.outline[:3]:
        window.go_to_heading(heading.block)
        qtbot.waitUntil(window.view.hasFocus)
        position = text.cursorPosition()
        assert position == window.view.textCursor().position()
        line = heading_line(heading)
        assert text.text(position, position + len(line)) == line
    assert accessible(window.view).state().focused


def test_document_text_has_no_internal_markers(make_window):
    window = make_window("zh_CN")
    text = accessible(window.view).textInterface()
    whole = text.text(0, text.characterCount())
    assert not re.search("[\ufdd0\ufdd1\ufffc]", whole)


# The outline ----------------------------------------------------------------------------------
@pytest.mark.parametrize(("language", "expected_name"), [("en", "Outline"), ("zh_CN", "目录")])
def test_outline_is_a_tree_of_the_headings(make_window, language, expected_name):
    window = make_window(language)
    tree = accessible(window.outline)
    assert tree.role() in {Role.Tree, Role.List}
    assert name(tree) == expected_name
    assert description(tree).strip()
    assert bool(CJK.search(description(tree))) == (language == "zh_CN")
    items = [tree.child(i) for i in range(tree.childCount())]
    items = [item for item in items if item is not None and item.role() in {Role.TreeItem, Role.ListItem}]
    assert [name(item) for item in items] == heading_lines(window.document)
    assert FIRST_HEADING in [name(item) for item in items]
    assert all(reachable(item) for item in items)
    assert find_role(window, tree.role(), expected_name).object() is window.outline
    headers = column_headers(window.outline)
    assert headers and all(h.strip() and not h.isdigit() for h in headers), headers


def test_the_outline_reports_the_heading_it_follows(make_window, qtbot):
    from reader.core.outline import heading_line

    window = make_window("zh_CN")
    tree = accessible(window.outline)
    last = window.document.outline[-1]
    window.view.scroll_to_block(last.block)
    qtbot.waitUntil(lambda: window.outline.currentItem() is not None
                    and window.outline.currentItem().text(0) == heading_line(last))
    selected = [tree.child(i) for i in range(tree.childCount())
                if tree.child(i) is not None and tree.child(i).state().selected]
    assert [name(item) for item in selected] == [window.outline.currentItem().text(0)]


# Menus ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_menu_action_has_text_and_every_menu_is_reachable(make_window, language):
    window = make_window(language)
    menu_bar = accessible(window.menuBar())
    assert menu_bar.role() == Role.MenuBar
    items = [menu_bar.child(i) for i in range(menu_bar.childCount())]
    tops = [action for action in window.menuBar().actions() if action.isVisible()]
    assert len(items) == len(tops)
    for item, action in zip(items, tops):
        assert item.role() == Role.MenuItem
        assert name(item).strip(), f"menu {action.text()!r} has no accessible name"
        assert "&" in action.text(), f"menu {action.text()!r} has no Alt+letter key"
        popup = item.child(0)
        assert popup is not None and popup.role() == Role.PopupMenu
        assert popup.childCount() == len(action.menu().actions())
    empty = [f"{' > '.join(trail)}: action {i}" for i, (trail, action) in enumerate(menu_actions(window))
             if not action.isSeparator() and not action.text().strip()]
    assert empty == []


def test_menus_read_in_chinese(make_window):
    """Menu titles and commands differ between the two languages, and say something in Chinese."""
    texts = {}
    for language in LANGUAGES:
        window = make_window(language)
        texts[language] = [(trail, action.text()) for trail, action in menu_actions(window)
                           if not action.isSeparator() and not action.property("native_name")]
        window.close()
    assert len(texts["en"]) == len(texts["zh_CN"])
    untranslated = [f"{' > '.join(trail) or 'menu bar'}: {en!r} -> {zh!r}"
                    for (trail, en), (_, zh) in zip(texts["en"], texts["zh_CN"])
                    if en == zh or not CJK.search(zh)]
    assert untranslated == []
    titles = [text for trail, text in texts["zh_CN"] if not trail]
    assert titles[:3] == ["文件(&F)", "编辑(&E)", "视图(&V)"]


# Find results --------------------------------------------------------------------------------
def find_action(window) -> QAction | None:
    wanted = set(QKeySequence.keyBindings(QKeySequence.StandardKey.Find))
    for action in window.findChildren(QAction):
        if wanted & set(action.shortcuts()):
            return action
    return None


@pytest.mark.parametrize("language", LANGUAGES)
def test_find_field_and_results_are_named_and_hold_the_matches(make_window, qtbot, language):
    window = make_window(language)
    action = find_action(window)
    if action is None:
        pytest.skip("the window has no Find action (Ctrl+F) yet")
    action.trigger()
    qtbot.waitUntil(lambda: isinstance(window.focusWidget(), QLineEdit))
    field = window.focusWidget()
    assert name(accessible(field)).strip() and description(accessible(field)).strip()
    field.insert("法治")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert unnamed_or_roleless(window) == []

    # The results list, once shown, names its matches: a screen reader can go through them.
    from reader.gui.reading.find_bar import FindBar

    bar = window.findChild(FindBar)
    if bar is None or not hasattr(bar, "results_button"):
        pytest.skip("the find bar has no results list")
    bar.results_button.setChecked(True)

    def results_tree():
        for interface, _ in walk(accessible(window)):
            if interface.role() in {Role.Tree, Role.List, Role.Table} and reachable(interface) \
                    and interface.object() is not window.outline:
                return interface
        return None

    qtbot.waitUntil(lambda: results_tree() is not None and results_tree().childCount() > 0)
    tree = results_tree()
    assert name(tree).strip() and description(tree).strip()
    names = [name(i) for i, _ in walk(tree) if i is not tree and reachable(i)]
    assert any("法治" in n for n in names), names[:10]
    headers = column_headers(tree.object())
    assert headers and all(h.strip() and not h.isdigit() for h in headers), headers
    assert unnamed_or_roleless(window) == []


# Dialogs the reader builds itself ----------------------------------------------------------------
@pytest.mark.parametrize("language", LANGUAGES)
def test_keyboard_shortcuts_dialog_is_named(make_window, qtbot, language):
    shortcuts = pytest.importorskip("reader.gui.dialogs.shortcuts_dialog")
    window = make_window(language)
    dialog = shortcuts.ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert unnamed_or_roleless(dialog) == []
    tree = accessible(dialog.tree)
    assert name(tree).strip() and description(tree).strip()
    assert bool(CJK.search(name(tree))) == (language == "zh_CN")
    cells = [name(i) for i, _ in walk(tree) if i is not tree and reachable(i)]
    assert len(cells) > 10
