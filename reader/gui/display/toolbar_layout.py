"""The accessibility toolbar's groups laid out in lines: every tool in sight, its label whole.

The tools are in groups, a toolbar each. A window too narrow for all of them on one line gets a
second (and third) line of whole groups, a toolbar break before the first group that does not
fit. Qt's overflow button (») would instead hide the last tools behind a small arrow that elderly
and low-vision readers do not notice or cannot hit, and a clipped label ("Rea…ode") cannot be
read at all.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QToolBar, QToolButton

from .style import ELDER_CONTROL_PX

TOOLBAR_SPACING_PX = 2  # slack per toolbar on a line (QMainWindow puts none between them; other styles may)


class ToolbarLines(QObject):
    """Wraps the window's toolbars (in order) onto lines, again whenever the window is resized."""

    def __init__(self, window, toolbars: list[QToolBar], elder: Callable[[], bool]):
        super().__init__(window)
        self.window = window
        self.toolbars = toolbars
        self.elder = elder
        window.installEventFilter(self)  # a resized window wraps the groups anew

    def fit(self) -> None:
        """Every button as wide as its label (at least 60 px in elder mode), then wrap the groups.

        The elder style sheet's min-width let Qt squeeze a button down to 60 px and elide its
        label ("El…de"); here a button's minimum is its full size. The widest group keeps its full
        width as its minimum, so the window never gets narrower than one group: a window too narrow
        for all the groups wraps them onto more lines (``wrap``), and no tool goes into Qt's
        overflow menu.
        """
        least = ELDER_CONTROL_PX if self.elder() else 0
        for toolbar in self.toolbars:
            for action in toolbar.actions():
                button = toolbar.widgetForAction(action)
                if isinstance(button, QToolButton):
                    hint = button.sizeHint()
                    button.setMinimumSize(max(least, hint.width()), max(least, hint.height()))
            toolbar.setMinimumWidth(1)  # not Qt's minimum, which held the window as wide as the line
            toolbar.layout().invalidate()
        widest = max(self._shown_toolbars(), key=lambda toolbar: toolbar.sizeHint().width())
        widest.setMinimumWidth(widest.sizeHint().width())
        self.wrap()
        QTimer.singleShot(0, self, self.wrap)  # again once the new fonts and sizes are settled

    def _shown_toolbars(self) -> list[QToolBar]:
        return [toolbar for toolbar in self.toolbars if not toolbar.isHidden()] or self.toolbars

    @staticmethod
    def _row_width(toolbar: QToolBar) -> int:
        return max(toolbar.sizeHint().width(), toolbar.minimumWidth()) + TOOLBAR_SPACING_PX

    def wrap(self, width: int | None = None) -> None:
        """Line up the groups, a toolbar break before each group that does not fit on the line."""
        window = self.window
        available = (window.width() if width is None else width) - TOOLBAR_SPACING_PX
        used = 0
        for index, toolbar in enumerate(self.toolbars):
            if toolbar.isHidden():
                if window.toolBarBreak(toolbar):
                    window.removeToolBarBreak(toolbar)
                continue
            need = self._row_width(toolbar)
            breaks = index > 0 and used + need > available
            if breaks != window.toolBarBreak(toolbar):
                if breaks:
                    window.insertToolBarBreak(toolbar)
                else:
                    window.removeToolBarBreak(toolbar)
            used = need if breaks else used + need

    def rows(self) -> int:
        """How many lines the toolbars take."""
        return 1 + sum(self.window.toolBarBreak(toolbar) for toolbar in self.toolbars[1:] if not toolbar.isHidden())

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self.window and event.type() == QEvent.Type.Resize:
            self.wrap(event.size().width())
        return False
