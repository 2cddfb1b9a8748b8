"""The reading view's highlights: named layers of extra selections (search matches, the reading
cursor, ...), kept as model ranges so that they survive a relayout and wait, outside the shown
part of a document shown in parts, until their part is shown."""
from __future__ import annotations

from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

Ranges = list[tuple[int, int, QTextCharFormat]]  # model offsets [start, end) and their format


class HighlightLayers:
    """The layers of a DocumentView, drawn in the order they were first set, later ones on top."""

    def __init__(self, view):
        self._view = view
        self._drawn: dict[str, list[QTextEdit.ExtraSelection]] = {}  # per layer: on the shown page
        self._ranges: dict[str, Ranges] = {}  # per layer: anywhere in the document

    def shown(self, layer: str) -> list[QTextEdit.ExtraSelection]:
        """The selections of a layer drawn on the shown page."""
        return self._drawn.get(layer, [])

    def set_selections(self, layer: str, selections: list[QTextEdit.ExtraSelection]) -> None:
        """Replace one layer by selections of the shown page."""
        view = self._view
        self._ranges[layer] = [(view.view_to_model(s.cursor.selectionStart()),
                                view.view_to_model(s.cursor.selectionEnd()), QTextCharFormat(s.format))
                               for s in selections]
        self._drawn[layer] = selections
        self._apply()

    def set_ranges(self, layer: str, ranges: Ranges) -> None:
        """Replace one layer by model ranges; those outside the shown part are drawn once it is shown."""
        self._ranges[layer] = ranges
        self._drawn[layer] = self._selections(ranges)
        self._apply()

    def forget(self) -> None:
        """Another document: no layer has a range in it."""
        self._ranges = {}

    def clear_drawn(self) -> None:
        """The page is being replaced: nothing is drawn on it until redraw."""
        self._drawn = {}
        self._view.setExtraSelections([])

    def redraw(self) -> None:
        """Draw every layer again in the text just shown (a relayout, another part)."""
        self._drawn = {name: self._selections(ranges) for name, ranges in self._ranges.items()}
        self._apply()

    def selection(self, start: int, end: int, char_format: QTextCharFormat) -> QTextEdit.ExtraSelection:
        """An extra selection over model offsets [start, end) (clipped to the shown part)."""
        view = self._view
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(view.document())
        cursor.setPosition(view.model_to_view(start))
        cursor.setPosition(view.model_to_view(end), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format = char_format
        return selection

    def _selections(self, ranges: Ranges) -> list[QTextEdit.ExtraSelection]:
        shown = self._view.shown_part
        if not shown.whole:
            low, high = shown.offset_range()
            ranges = [r for r in ranges if r[1] >= low and (high is None or r[0] < high)]
        return [self.selection(start, end, QTextCharFormat(char_format)) for start, end, char_format in ranges]

    def _apply(self) -> None:
        self._view.setExtraSelections([s for selections in self._drawn.values() for s in selections])
