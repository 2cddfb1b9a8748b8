"""Help > Command Palette (Ctrl+Shift+P): find any command by its name and run it.

Lists every enabled, visible action of the menus and toolbars, read live from the
window, so it never drifts from them. A command is found by its name in any
interface language, 简体, 繁體 or English (names read from the compiled translations, see
reader/core/action_names.py) and by the extra words it declares in its
"search_terms" property (elder mode: 长辈版, 关怀版, …).

The keyboard stays in the search field: typing filters, Up/Down/Page Up/Page Down
move through the list (the selected command is announced to screen readers), Enter
runs it, Esc closes. Tab reaches the list itself, where a screen reader reads the
commands natively and typing goes back to the field.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QToolBar,
                               QVBoxLayout)
from shiboken6 import isValid

from ...bundled import resource
from ...core.action_names import NameTable, load_name_table, plain, rank, search_terms
from ..announce import announce
from ..labels import keys_text, name_clear_button
from ..language import follow_language
from ..display.style import ELDER_UI_POINT_SIZE

MAX_RESULTS = 50
ANNOUNCE_DELAY_MS = 300  # say the count once typing pauses, not on every keystroke
MIN_POINT_SIZE = 16.0
ELDER_SIZE = (900, 640)
MOVE_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


@lru_cache(maxsize=1)
def name_table() -> NameTable:
    return load_name_table(resource("i18n"))


@dataclass
class Command:
    action: QAction
    name: str  # in the interface language, without the mnemonic
    path: str  # the menu (or toolbar) it is in: "View", "File › Open Recent"
    keys: str
    names: list[str] = field(default_factory=list)  # the name, its other-language names, its search terms


def collect_commands(window, names: NameTable | None = None, exclude=()) -> list[Command]:
    """Every enabled, visible action of the window's menus (in menu order) and toolbars, once each."""
    names = names if names is not None else name_table()
    commands: list[Command] = []
    seen = {id(action) for action in exclude}

    def add(action: QAction, path: str) -> None:
        if id(action) in seen or action.isSeparator() or not action.isVisible() or not action.isEnabled():
            return
        seen.add(id(action))
        name = plain(action.text())
        if not name:
            return
        keys = keys_text(action.shortcuts())
        commands.append(Command(action, name, path, keys,
                                [name, *names.other_names(action.text()),
                                 *search_terms(action.property("search_terms"))]))

    def walk(menu, path: str) -> None:
        menu.aboutToShow.emit()  # menus that fill themselves when opened (Open Recent) fill now
        for action in menu.actions():
            submenu = action.menu()
            if submenu is not None:
                if action.isVisible() and action.isEnabled():
                    walk(submenu, f"{path} › {plain(action.text())}")
            else:
                add(action, path)

    for action in window.menuBar().actions():
        if action.menu() is not None and action.isVisible() and action.isEnabled():
            walk(action.menu(), plain(action.text()))
    for toolbar in window.findChildren(QToolBar):
        for action in toolbar.actions():
            if action.menu() is None:
                add(action, plain(toolbar.windowTitle()))
    return commands


class CommandPalette(QDialog):
    def __init__(self, window, exclude=(), appearance=None):
        super().__init__(window)
        self.window_ = window  # whose menus and toolbars hold the commands
        self.appearance = appearance  # elder mode: a larger palette
        self.exclude = exclude
        self.commands: list[Command] = []
        self.setWindowModality(Qt.WindowModality.WindowModal)  # blocks its window only
        font = self.font()
        font.setPointSizeF(max(MIN_POINT_SIZE, font.pointSizeF() * 1.4))
        self.setFont(font)

        self.field = QLineEdit(self)
        self.field.setClearButtonEnabled(True)
        self.field.installEventFilter(self)
        self.field.textChanged.connect(self._filter)
        self.field.returnPressed.connect(self.run_current)

        self.list = QListWidget(self)
        self.list.setUniformItemSizes(True)
        self.list.setWordWrap(False)
        self.list.installEventFilter(self)
        self.list.itemActivated.connect(lambda _item: self.run_current())
        self.list.currentRowChanged.connect(self._current_changed)

        self.count_label = QLabel(self)

        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count_label)

        self._announce_timer = QTimer(self)
        self._announce_timer.setSingleShot(True)
        self._announce_timer.setInterval(ANNOUNCE_DELAY_MS)
        self._announce_timer.timeout.connect(self._announce_count)
        follow_language(self.retranslate)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Command Palette"))
        self.setAccessibleName(self.tr("Command Palette"))
        self.field.setPlaceholderText(self.tr("Type a command's name, in Chinese or English"))
        self.field.setAccessibleName(self.tr("Search commands"))
        name_clear_button(self.field, self.tr("Clear"))
        self.field.setAccessibleDescription(self.tr(
            "Type part of a command's name, in Chinese or English. Up and Down choose a command, "
            "Enter runs it, Esc closes."))
        self.list.setAccessibleName(self.tr("Commands"))
        self.list.setAccessibleDescription(self.tr("The commands that match. Enter runs the selected one."))
        self.count_label.setAccessibleName(self.tr("Number of commands found"))
        if self.isVisible():  # the commands under their new names, for the same query
            row = self.list.currentRow()
            self.commands = collect_commands(self.window_, exclude=self.exclude)
            self._filter(self.field.text())
            self.list.setCurrentRow(min(max(row, 0), self.list.count() - 1))
        else:  # listed afresh when it opens
            self.commands = []
            self.list.clear()
            self.count_label.clear()

    # Opening -------------------------------------------------------------------------
    def open_palette(self) -> None:
        self.commands = collect_commands(self.window_, exclude=self.exclude)
        host = self.window_.geometry()
        elder = bool(self.appearance is not None and self.appearance.elder)
        share = (9, 10) if elder else (2, 3)  # elder mode: nearly the window's width, a larger text
        least = (ELDER_SIZE if elder else (640, 480))
        width = min(max(least[0], host.width() * share[0] // share[1]), max(host.width(), least[0]))
        self.resize(width, min(max(least[1], host.height() * share[0] // share[1]), max(host.height(), least[1])))
        # The app's style sheet gives every widget the elder size, which would undo setFont: say it here.
        points = max(MIN_POINT_SIZE, ELDER_UI_POINT_SIZE * 1.4) if elder else self.font().pointSizeF()
        self.setStyleSheet(f"""
* {{ font-size: {points:g}pt; }}
QLineEdit {{ padding: 4px 10px; }}
""")
        self.move(host.x() + (host.width() - self.width()) // 2, host.y() + host.height() // 10)
        self.field.blockSignals(True)
        self.field.clear()
        self.field.blockSignals(False)
        self._filter("")
        self.show()
        self.raise_()
        self.activateWindow()
        self.field.setFocus(Qt.FocusReason.PopupFocusReason)

    # Filtering -----------------------------------------------------------------------
    def _filter(self, query: str) -> None:
        matches = rank(query, [command.names for command in self.commands],
                       limit=MAX_RESULTS if query.strip() else None)
        self.list.clear()
        for match in matches:
            command = self.commands[match.index]
            shown = command.name if match.field == 0 else f"{command.name} ({match.name})"
            parts = [shown, command.path]
            if command.keys:
                parts.append(command.keys)
            if command.action.isCheckable():
                parts.append(self.tr("On") if command.action.isChecked() else self.tr("Off"))
            item = QListWidgetItem(" — ".join(parts))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, ", ".join(parts))
            item.setData(Qt.ItemDataRole.UserRole, match.index)
            if command.action.toolTip() and plain(command.action.toolTip()) != command.name:
                item.setToolTip(command.action.toolTip())
            self.list.addItem(item)
        if matches:
            self.list.setCurrentRow(0)
        if not matches:
            text = self.tr("No commands found")
        elif len(matches) == 1:
            text = self.tr("1 command")
        else:
            text = self.tr("{count} commands").format(count=len(matches))
        self.count_label.setText(text)
        self._announce_timer.start()

    def _announce_count(self) -> None:
        text = self.count_label.text()
        current = self.list.currentItem()
        if current is not None:
            text = self.tr("{count}. First: {command}").format(
                count=text, command=current.data(Qt.ItemDataRole.AccessibleTextRole))
        announce(self.field, text)

    def _current_changed(self, row: int) -> None:
        # The keyboard stays in the field, so a screen reader would not notice the list move.
        item = self.list.item(row)
        if item is not None and self.field.hasFocus() and not self._announce_timer.isActive():
            announce(self.field, item.data(Qt.ItemDataRole.AccessibleTextRole))

    # Keys ----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress:
            if watched is self.field and event.key() in MOVE_KEYS and self.list.count():
                self._announce_timer.stop()
                self._move(event.key())
                return True
            if watched is self.list and event.text() and event.text().isprintable() \
                    and not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
                self.field.setFocus(Qt.FocusReason.OtherFocusReason)
                self.field.insert(event.text())  # typing in the list goes on in the field
                return True
        return super().eventFilter(watched, event)

    def _move(self, key) -> None:
        row, last = self.list.currentRow(), self.list.count() - 1
        page = max(1, self.list.viewport().height() // max(1, self.list.sizeHintForRow(0)) - 1)
        step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -page, Qt.Key.Key_PageDown: page}[key]
        self.list.setCurrentRow(max(0, min(last, row + step)))

    # Running -------------------------------------------------------------------------
    def run_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        action = self.commands[item.data(Qt.ItemDataRole.UserRole)].action
        self.accept()  # close first: the command may open a dialog of its own
        if isValid(action) and action.isEnabled():
            action.trigger()
