"""The window's regions by keyboard: F6 and Shift+F6 go round them, and focus comes home.

The regions, in order: the accessibility toolbar, the outline, the text, the find bar, then
the panels on the right and bottom (favorites, search results, captions), each when shown.
F6 puts the focus in the next one (Shift+F6 the one before), as in browsers and office suites.

The toolbar's buttons take the focus by Tab (QToolBar gives them none) and the arrow keys
move between them; Esc there goes back to the text.

What follows the reader's keys and clicks (the toolbar's keys, Esc in a panel, focus coming home)
is set up as the window is first painted (DocumentView.when_painted): before that, no key reaches
the window, and event filters in Python would see every event of its building and showing.

Esc in a panel closes it (the outline stays: Esc there goes back to the text). Focus comes
home: when a panel or bar that held the focus is hidden (closed by its button, by Esc, by its
menu entry), the focus goes to the text, where the caret is the reading position; Qt would
move it to the next widget in the chain (the outline, or nothing visible). So it does when a
dialog opened from the toolbar closes (Qt would go back to the toolbar button).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QToolBar, QToolButton, QWidget

from .language import follow_language

# Left and Right, as along any toolbar (Down opens a button's menu where it has one).
ARROWS_FORWARD = (Qt.Key.Key_Right,)
ARROWS_BACK = (Qt.Key.Key_Left,)


def first_focusable(container: QWidget) -> QWidget | None:
    """The first widget in ``container`` (itself included) that Tab would stop at."""
    candidates = [container, *container.findChildren(QWidget)]
    for widget in candidates:
        if (widget.isVisible() and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus):
            return widget
    return None


class ToolbarKeys(QObject):
    """Toolbar buttons by keyboard: each takes the focus by Tab, Left and Right (Home, End) move
    along the buttons of the toolbars in order, round at the ends; Esc calls ``on_escape``."""

    def __init__(self, toolbars, on_escape=None, parent=None):
        """``toolbars``: a list, or a function giving the toolbars now (a layout may make others)."""
        super().__init__(parent)
        self.on_escape = on_escape
        self._toolbars = toolbars if callable(toolbars) else (lambda: list(toolbars))
        for toolbar in self._toolbars():
            self.watch(toolbar)

    def watch(self, toolbar) -> None:
        """Give the toolbar's buttons, now and to come, the focus by Tab and the arrow keys."""
        toolbar.installEventFilter(self)
        for button in toolbar.findChildren(QToolButton):
            self._adopt(button)

    def _adopt(self, button: QToolButton) -> None:
        if button.objectName() != "qt_toolbar_ext_button":
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.installEventFilter(self)  # (installing again only moves it first)

    @property
    def buttons(self) -> list[QToolButton]:
        """The buttons in the toolbars' order."""
        found = []
        for toolbar in self._toolbars():
            for action in toolbar.actions():
                button = toolbar.widgetForAction(action)
                if isinstance(button, QToolButton):
                    found.append(button)
        return found

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.ChildPolished and isinstance(event.child(), QToolButton):
            self._adopt(event.child())  # a button for an action added later
            return False
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QToolButton):
            return False
        key = event.key()
        if event.modifiers() not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            return False
        if key == Qt.Key.Key_Escape and self.on_escape is not None:
            self.on_escape()
            return True
        buttons = [b for b in self.buttons if b.isVisible() and b.isEnabled()]
        if watched not in buttons:
            return False
        index = buttons.index(watched)
        if key in ARROWS_FORWARD:
            index = (index + 1) % len(buttons)
        elif key in ARROWS_BACK:
            index = (index - 1) % len(buttons)
        elif key == Qt.Key.Key_Home:
            index = 0
        elif key == Qt.Key.Key_End:
            index = len(buttons) - 1
        else:
            return False
        buttons[index].setFocus(Qt.FocusReason.TabFocusReason)
        return True


class Regions(QObject):
    def __init__(self, session, outline_dock: QDockWidget, message_bars):
        """The window's regions: the toolbars (offered as "toolbar"), the outline's dock, the text,
        the find bar (offered as "find") and the panels; F6 is put in the Go menu ("navigation")."""
        super().__init__(session)
        self.session = session
        self.window = session.window
        self.view = session.view
        self.outline_dock = outline_dock
        self.next_action = self._action("F6", 1)
        self.previous_action = self._action("Shift+F6", -1)
        session.when_provided("navigation", self._add_to_menu)
        self._homing: set[int] = set()
        self._left_window: int | None = None  # id of the other window the focus last left, until it lands
        self._message_bars = message_bars
        self._toolbar = None
        self._watching = False  # the filters below are in place (from the first paint on)
        self.toolbar_keys = ToolbarKeys(self._toolbars, self.go_home, self)
        session.when_provided("toolbar", self._toolbar_installed)
        # The toolbar's keys, Esc in a panel and focus coming home all follow the reader's own
        # keys and clicks: their event filters go in once the window is painted, not before (in
        # Python, each would see the ~400 events of the window's building and first showing).
        self.view.when_painted(self._watch)
        QApplication.instance().focusChanged.connect(self._focus_changed)
        follow_language(self.retranslate)

    def _watch(self) -> None:
        self._watching = True
        # The window's own children (docks are; a search of all its descendants wraps each of its
        # ~400 objects for Python: ~4 ms).
        docks = self.window.findChildren(QDockWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        for panel in (*docks, *self._message_bars):
            self.come_home_from(panel)  # (the message bar's Reload left the focus on the outline)
        for bar in self._toolbars():
            self.toolbar_keys.watch(bar)
        self.window.installEventFilter(self)  # panels and toolbars made later (favorites) are looked after too

    def _add_to_menu(self, navigation) -> None:
        navigation.menu.addSeparator()
        navigation.menu.addAction(self.next_action)
        navigation.menu.addAction(self.previous_action)

    def _toolbar_installed(self, toolbar) -> None:
        self._toolbar = toolbar
        if self._watching:
            for bar in toolbar.toolbars:
                self.toolbar_keys.watch(bar)

    def _toolbars(self) -> list:
        return list(self._toolbar.toolbars) if self._toolbar is not None else []

    def retranslate(self) -> None:
        self.next_action.setText(self.tr("Next Re&gion"))
        self.previous_action.setText(self.tr("Previous Region"))
        self.next_action.setStatusTip(self.tr("Move to the next part of the window: toolbar, outline, text, find bar, panels"))
        self.previous_action.setStatusTip(self.tr("Move to the previous part of the window"))

    def _action(self, key: str, step: int) -> QAction:
        action = QAction(self.window)
        action.setShortcut(QKeySequence(key))
        action.triggered.connect(lambda _checked=False: self.cycle(step))
        return action

    # Regions -------------------------------------------------------------------------
    def regions(self) -> list[tuple[list[QWidget], QWidget]]:
        """The shown regions in order: the widgets each is made of, and where the focus goes in it."""
        window = self.window
        found: list[tuple[list[QWidget], QWidget]] = []
        buttons = [b for b in self.toolbar_keys.buttons if b.isVisible() and b.isEnabled()]
        if buttons:
            focused = QApplication.focusWidget()
            found.append((self._toolbars(), focused if focused in buttons else buttons[0]))
        if self.outline_dock.isVisible():
            found.append(([self.outline_dock], self.outline_dock.widget()))
        found.append(([self.view], self.view))
        find = self.session.provided("find")
        bar = find.built_bar if find is not None else None
        if bar is not None and bar.isVisible():
            found.append(([bar], bar.field))
        for dock in window.findChildren(QDockWidget):
            if dock is not self.outline_dock and dock.isVisible() and dock.widget() is not None:
                target = first_focusable(dock.widget())
                if target is not None:
                    found.append(([dock], target))
        return found

    def current(self, regions) -> int:
        focused = QApplication.focusWidget()
        for index, (widgets, _target) in enumerate(regions):
            if focused is not None and any(w is focused or w.isAncestorOf(focused) for w in widgets):
                return index
        return -1

    def cycle(self, step: int) -> None:
        regions = self.regions()
        index = self.current(regions)
        if index < 0:  # somewhere else (the message bar): start from the text
            index = next(i for i, (widgets, _t) in enumerate(regions) if self.view in widgets)
            if step > 0:
                index -= 1
        target = regions[(index + step) % len(regions)][1]
        target.setFocus(Qt.FocusReason.TabFocusReason if step > 0 else Qt.FocusReason.BacktabFocusReason)

    # Focus comes home ------------------------------------------------------------------
    def come_home_from(self, widget: QWidget) -> None:
        """When ``widget`` is hidden while the focus is in it, the focus goes to the text."""
        if id(widget) not in self._homing:
            self._homing.add(id(widget))
            widget.installEventFilter(self)

    def _focus_changed(self, old, new) -> None:
        """A dialog opened from the toolbar (Help, Keys, custom colours) has closed: Qt gives the
        focus back to the toolbar button (at once, or once the window is active again, by way
        of no focus at all); the reader goes on in the text. (No widget is kept, only its id: a
        dialog's internal windows may be gone by the time the focus lands.)"""
        if old is not None and old.window() is not self.window:
            self._left_window = id(old.window())
        if new is None:
            return
        left, self._left_window = self._left_window, None
        if left is not None and new in self.toolbar_keys.buttons and not any(
                id(shown) == left and shown.isVisible() for shown in QApplication.topLevelWidgets()):
            QTimer.singleShot(0, self, self.go_home)

    def go_home(self) -> None:
        """Focus to the text, at the reading position (the caret)."""
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.ChildPolished and watched is self.window:  # (when added, not a dock yet)
            if isinstance(event.child(), QDockWidget):
                self.come_home_from(event.child())
            elif isinstance(event.child(), QToolBar) and event.child() in self._toolbars():
                self.toolbar_keys.watch(event.child())  # a toolbar the layout made later
        elif kind == QEvent.Type.KeyPress and isinstance(watched, QDockWidget) \
                and event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            # Esc that no control in the panel took (a field with a popup, a tree editing) ends here.
            if watched is self.outline_dock:
                self.go_home()
            else:
                watched.close()
            return True
        elif kind == QEvent.Type.Hide and id(watched) in self._homing:
            focused = QApplication.focusWidget()
            if focused is None or focused is watched or watched.isAncestorOf(focused):
                QTimer.singleShot(0, self, self.go_home)  # after Qt has moved the focus on
        return False


def install_regions(session, outline_dock, message_bars) -> Regions:
    return Regions(session, outline_dock, message_bars)
