"""Where 我的收藏's panel shows: a dock beside the text, or in elder mode a large window of its own.

The panel, its dock and the window are made the first time the panel is shown, never at start-up:
the panel is hidden then, and a hidden dock takes no room, so making it later moves nothing under
the reader's eyes.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QDockWidget, QPushButton, QVBoxLayout, QWidget

from ..dock_title import give_title_bar
from ..language import follow_language

if TYPE_CHECKING:  # loaded when the panel is first made
    from .panel import FavoritesPanel

PANEL_CHARACTERS = 30  # the docked panel's width, in characters
ELDER_WINDOW_SHARE = 0.8  # of the screen, each way


class FavoritesWindow(QDialog):
    """我的收藏 in a large window of its own (elder mode), holding the same panel."""

    def __init__(self, parent):
        super().__init__(parent)
        self.setObjectName("favoritesWindow")
        self.setModal(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.panel_layout = layout
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.close)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        follow_language(self.retranslate)

    def retranslate(self) -> None:
        from .panel import name_button

        self.setWindowTitle(self.tr("My Favorites"))
        self.setAccessibleName(self.tr("My Favorites"))
        name_button(self.close_button, self.tr("&Close"), self.tr("Close My Favorites"))

    def hold(self, panel: QWidget) -> None:
        self.panel_layout.insertWidget(0, panel, 1)
        panel.show()


class PanelHost(QObject):
    """Shows and hides the panel in the dock or the elder window; tells when it comes and goes."""

    built = Signal(object)  # the FavoritesPanel, made when first asked for
    visibility_changed = Signal(bool)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self._panel: FavoritesPanel | None = None
        self.dock: QDockWidget | None = None
        self.elder_window: FavoritesWindow | None = None
        follow_language(self.retranslate)

    def retranslate(self) -> None:
        if self.dock is not None:
            self.dock.setWindowTitle(self.tr("My Favorites"))

    @property
    def panel(self) -> FavoritesPanel:
        """The panel, made (with its dock, hidden) the first time it is asked for."""
        if self._panel is None:
            from .panel import FavoritesPanel

            window = self.session.window
            panel = FavoritesPanel()
            self.dock = QDockWidget(window)
            self.dock.setObjectName("favoritesDock")
            self.retranslate()
            self.dock.setWidget(panel)
            self.dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                                  | QDockWidget.DockWidgetFeature.DockWidgetMovable)
            give_title_bar(self.dock)
            window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            self.dock.hide()
            self.dock.visibilityChanged.connect(self._visibility_changed)
            self._panel = panel
            self.built.emit(panel)
        return self._panel

    @property
    def built_panel(self) -> FavoritesPanel | None:
        """The panel if it was made, without making it."""
        return self._panel

    def show(self) -> None:
        """Show the panel, the focus in its list: a dock, or in elder mode a large window."""
        panel, window = self.panel, self.session.window
        elder = self.session.appearance.elder
        panel.set_elder(elder)
        if elder:
            self.dock.hide()
            if self.elder_window is None:
                self.elder_window = FavoritesWindow(window)
                self.elder_window.finished.connect(lambda _result: self._visibility_changed())
            self.elder_window.hold(panel)
            screen = window.screen().availableGeometry()
            self.elder_window.resize(int(screen.width() * ELDER_WINDOW_SHARE),
                                     int(screen.height() * ELDER_WINDOW_SHARE))
            self.elder_window.show()
            self.elder_window.raise_()
            self.elder_window.activateWindow()
        else:
            if self.elder_window is not None:
                self.elder_window.hide()
            if self.dock.widget() is not panel:
                self.dock.setWidget(panel)
            self.dock.show()
            self.dock.raise_()
            wanted = min(panel.fontMetrics().horizontalAdvance("中") * PANEL_CHARACTERS, window.width() // 2)
            if not self.dock.isFloating() and self.dock.width() < wanted:
                window.resizeDocks([self.dock], [wanted], Qt.Orientation.Horizontal)
        panel.tree.setFocus(Qt.FocusReason.OtherFocusReason)
        self._visibility_changed()

    def hide(self) -> None:
        if self.dock is not None:
            self.dock.hide()
        if self.elder_window is not None:
            self.elder_window.hide()
        self._visibility_changed()

    def step_aside(self) -> None:
        """Elder mode's window of favorites steps aside for the document (the dock stays)."""
        if self.elder_window is not None and self.elder_window.isVisible():
            self.elder_window.hide()
            self._visibility_changed()

    def visible(self) -> bool:
        in_dock = self.dock is not None and self.dock.isVisible()
        return in_dock or (self.elder_window is not None and self.elder_window.isVisible())

    def _visibility_changed(self, _visible=None) -> None:
        self.visibility_changed.emit(self.visible())
