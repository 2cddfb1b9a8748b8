"""A panel's title bar: its title and a close button of a size one can hit.

Qt's own title-bar buttons are 18 x 14 px whatever a style sheet asks (it sizes them from
the style's title-bar metrics); WCAG 2.5.8 asks for 24 px at least, and elder mode for its
36 px secondary controls. Dragging the bar still moves the panel: the bar ignores the mouse,
and Qt's dock widget handles what a title bar ignores.
"""
from __future__ import annotations

from PySide6.QtWidgets import QDockWidget, QHBoxLayout, QLabel, QToolButton, QWidget

from .language import follow_language


class DockTitleBar(QWidget):
    def __init__(self, dock: QDockWidget):
        super().__init__(dock)
        self.setObjectName("dockTitleBar")
        self.dock = dock
        self.title = QLabel(dock.windowTitle(), self)
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("dockCloseButton")  # drawn by style.dock_sheet
        self.close_button.clicked.connect(dock.close)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 2, 2)
        layout.addWidget(self.title, 1)
        layout.addWidget(self.close_button)
        dock.windowTitleChanged.connect(self._title_changed)
        follow_language(self.retranslate)

    def _title_changed(self, title: str) -> None:
        self.title.setText(title)
        self.retranslate()

    def retranslate(self) -> None:
        name = self.tr("Close {panel}").format(panel=self.dock.windowTitle())
        self.close_button.setToolTip(name)
        self.close_button.setAccessibleName(name)


def give_title_bar(dock: QDockWidget) -> None:
    """Put DockTitleBar on a dock that can be closed."""
    dock.setTitleBarWidget(DockTitleBar(dock))
