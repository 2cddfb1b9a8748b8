"""An open menu takes a plain key as its own, before the reading keys' shortcuts."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QMenu

from .application_filters import filter_application_events
from .choices import when_first_shown


class MenuKeysFirst(QObject):
    """An open menu takes a plain key as its own (拼音(P) with 视图 open), before shortcuts.

    Qt matches a text-only shortcut (WidgetWithChildrenShortcut) by where the focus was, even with
    a menu open over the text: P jumped to the next paragraph instead of opening 拼音(P). Accepting
    the ShortcutOverride of a key without Ctrl or Alt sent to a menu hands the key to the menu.
    """

    PLAIN = Qt.KeyboardModifier.NoModifier | Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier

    @classmethod
    def install(cls, app, view) -> None:
        """Once per application, however many windows: when a menu first opens. Before, no menu
        is open to take a key; and a filter on the application sees every event in Python: the
        thousands of the window's making and first showing (~10 % of start-up), and, for the
        first object of a class of Qt's own that it sees (the window's activation as it comes
        up: QWidgetWindow), PySide6 looks through every Qt class for it (~15 ms)."""
        if app.property("menu_keys_first") is None:
            # The window's menus (the menu bar's, their submenus, the toolbar's) once they are all
            # made (at the first paint); the text's context menu is made when asked for.
            view.when_painted(lambda: cls._on_menus_of(app, view.window()))

    @classmethod
    def _on_menus_of(cls, app, window) -> None:
        """The menu bar's menus and the menus of the window itself (更多, popped up by its key):
        a submenu opens from one of them. (Not window.findChildren(QMenu): PySide makes a Python
        object of every one of the window's ~300 descendants to look at its class, ~3 ms.)"""
        menus = [action.menu() for action in window.menuBar().actions() if action.menu() is not None]
        menus += window.findChildren(QMenu, "", Qt.FindChildOption.FindDirectChildrenOnly)
        for menu in {id(menu): menu for menu in menus}.values():
            when_first_shown(menu, lambda: cls.install_now(app))

    @classmethod
    def install_now(cls, app) -> None:
        """Filter from now on (a menu is opening)."""
        if app.property("menu_keys_first") is None:
            app.setProperty("menu_keys_first", True)
            filter_application_events(app, cls(app))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(watched, QMenu)
                and event.text().strip() and not event.modifiers() & ~self.PLAIN):
            event.accept()
            return True
        return False
