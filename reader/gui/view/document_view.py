"""The reading view: a Document laid out in a QTextDocument, one text block per model block.

The widget composes three helpers: page_building.py builds the page (Document → QTextDocument),
view_parts.py knows which part is shown and maps model offsets to the page and back (for every
model block, where it starts), view_highlights.py keeps the named layers of highlights. So
headings, sentences and search hits (all model offsets) map to the screen.

A document too tall for Qt's layout (core/parts.py) is shown one PART at a time: consecutive
ranges of whole blocks. Model offsets stay the currency: ``shows_offset`` says whether an offset
is in the shown part, ``show_offset`` switches to the part holding it (the jumps call it before
moving), highlights outside the shown part are kept but not drawn, and scrolling past either end
of a part with the keyboard or the wheel goes on into the next or previous one.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable

from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QTextCharFormat, QTextCursor, QTextDocument, QTextOption
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QMenu, QTextEdit

from ...core.model import METADATA_FIELDS, Document
from ...core.parts import Plan
from ...core.utf16 import has_astral
from ..announce import announce
from ..language import follow_language
from ..menu_keys import MenuKeysFirst
from ..viewports import wrap_viewport
from .layout_pacing import pace_layout
from .page_building import (  # noqa: F401 - DocumentLook is the view's face
    PAGE_MARGIN,
    DocumentLook,
    PageBuilder,
    card_hangs,
)
from .text_writing import card_rows, hang_card_line, metadata_labels
from .view_highlights import HighlightLayers
from .view_parts import PLAN_WIDTH_PX, REPLAN_HEIGHT_PX, ShownPart, part_starts, plan_document


class DocumentView(QTextEdit):
    """Shows a Document; tells which heading is at the top as the reader scrolls.

    A read-only QTextEdit with a caret the keyboard moves, not a QTextBrowser: screen readers
    see read-only text (a QTextBrowser is a "label" to AT-SPI, and Orca reads no line on the
    arrow keys there) and read the character, word or line the caret moves over. The caret is
    the reading position: reading_cursor.py follows it and moves it on every jump.
    """

    visible_heading_changed = Signal(int)  # model block index of the heading in view
    rebuilt = Signal()  # the same document laid out again (after a zoom change)
    relayout_starting = Signal()  # about to lay out again: the reading cursor's place is noted
    place_kept = False  # set by reading_cursor.py: the rebuilt slots put the reading sentence back in place
    part_changed = Signal(int, int)  # another part of the document is shown: its number (from 1), the count
    resizing = Signal()  # the text's area (the viewport) is being resized: emitted before the text reflows

    def __init__(self, parent=None):
        super().__init__(parent)
        wrap_viewport(self)  # before any viewport(): ~20 ms of start-up (viewports.py)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setAcceptDrops(False)  # the window takes dropped files (Qt passes this on to the viewport)
        # A caret the arrow keys move (and screen readers follow); no links, so Tab leaves the
        # text without moving the caret (QTextBrowser's LinksAccessibleByKeyboard moved it to
        # the start or the end, looking for a link).
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setTabChangesFocus(True)
        # Reflow, never scroll sideways: long numbers and URLs break anywhere when they must.
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.zoom_percent = 100
        self.look = DocumentLook()
        self.document_model: Document | None = None
        self._card_labels: dict[str, str] | None = None  # the labels on the shown card, None without one
        self._card_label_width: float | None = None  # where the shown card's values start
        self._card_hanging: bool | None = None  # whether they hang there now (_fit_card)
        self._text_document: QTextDocument | None = None  # the last one show_document made
        self._heading_blocks: list[int] = []
        self._heading_before: int | None = None  # the last heading before the shown part
        self._last_reported = -1
        # The shown part (all of a document shown whole) and where its model offsets are on the page.
        self.shown_part = ShownPart()
        self.highlights = HighlightLayers(self)
        self._all_headings: tuple[Document | None, list[int]] = (None, [])
        self._whole_selected = False  # Select All in a document shown in parts: a copy takes every part
        self._after_first_paint: list[Callable[[], None]] | None = []  # None once the window has been painted
        self.verticalScrollBar().valueChanged.connect(self._report_visible_heading)
        self.selectionChanged.connect(self._forget_whole_selection)
        follow_language(self.retranslate)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Document text"))
        self.setAccessibleDescription(self.tr("The text of the open document. Use the arrow keys to read."))
        self._relabel_card()

    def _relabel_card(self) -> None:
        """Lay the text out again if the catalogue card's labels are not in the interface
        language (relayout keeps the place, the caret and the highlights)."""
        if self._card_labels is not None and self._card_labels != metadata_labels():
            self.relayout()

    def loadResource(self, kind, url):  # noqa: N802 - Qt's name
        """Never load anything: no images, style sheets or files, local or remote.

        The view shows text built from the model, so it needs no resources; Qt would otherwise
        read files (and QUrl schemes Qt knows) that HTML put in it names.
        """
        return None

    # The first paint --------------------------------------------------------------
    def when_painted(self, then: Callable[[], None]) -> None:
        """Call ``then`` once the window has first been painted with the text in it (at once if it
        has been): for what only the reader's own acts need (event filters for keys, menus, panels).

        A filter in Python before then would see the hundreds of events of the window's building
        and first showing (~30,000 instructions each); no key reaches the window before it is
        painted. ``then`` runs after the paint of the whole window, not in the middle of it.
        """
        if self._after_first_paint is None:
            then()
            return
        if not self._after_first_paint:
            # An override of paintEvent on this object alone (PySide6 looks in the object's own
            # dictionary first), removed at its first call: no later paint goes through Python.
            self.paintEvent = self._first_paint
        self._after_first_paint.append(then)

    @property
    def painted(self) -> bool:
        """Whether the window has been painted and what waited for it (when_painted) is done."""
        return self._after_first_paint is None

    def _first_paint(self, event) -> None:
        del self.paintEvent
        super().paintEvent(event)
        QTimer.singleShot(0, self, self._painted)

    def _painted(self) -> None:
        waiting, self._after_first_paint = self._after_first_paint, None
        for then in waiting or ():
            then()

    # Building ---------------------------------------------------------------
    def body_point_size(self) -> float:
        return self.look.base_point_size * self.zoom_percent / 100

    def line_pitch_px(self) -> float:
        return self.body_point_size() * 4 / 3 * self.look.line_spacing

    def set_zoom(self, percent: int) -> None:
        if percent != self.zoom_percent:
            self.zoom_percent = percent
            self.relayout()

    def set_look(self, look: DocumentLook) -> None:
        if look != self.look:
            self.look = look
            self.relayout()

    def relayout(self) -> None:
        """Lay the document out again (new size or look), keeping the place and the highlights."""
        if self.document_model is None:
            return
        self.relayout_starting.emit()  # the reading cursor notes where its sentence is on screen
        at_top = self.verticalScrollBar().value() == 0  # the card in sight stays in sight
        top_offset = self.view_to_model(self.cursorForPosition(self.viewport().rect().topLeft()).position())
        caret = self.view_to_model(self.textCursor().position())
        self.show_document(self.document_model, at=top_offset)  # the highlights are drawn again
        cursor = self.textCursor()
        cursor.setPosition(self.model_to_view(caret))
        self.setTextCursor(cursor)
        self.verticalScrollBar().setValue(0 if at_top else int(self.offset_top(top_offset)))
        self.rebuilt.emit()  # those who mark again may bring their mark into view, or keep it in place
        if at_top and not self.place_kept:
            self.verticalScrollBar().setValue(0)

    def show_document(self, document: Document, at: int = 0, plan: Plan | None = None) -> None:
        """Show a document (the part holding model offset ``at`` if it is shown in parts)."""
        for _ in self.build_steps(document, at=at, plan=plan):
            pass

    def build_steps(self, document: Document, every: int = 100, at: int = 0, plan: Plan | None = None):
        """show_document in slices, so a large document is built between events (document_loader.py).

        A generator: it yields the share of the blocks built after every ``every`` of them. The
        view shows what it showed until the last step puts the new text in place; closed before
        its end, it leaves the view as it was. Only the part holding ``at`` is built.
        """
        if plan is None or (plan.characters_per_line, plan.line_pitch) != self.plan_metrics():
            plan = self._plan_for(document)
        starts = part_starts(document, plan)
        part = bisect_right(starts, at) - 1
        first_block, end_block = plan.parts[part]
        builder = PageBuilder(self.look, self.body_point_size(), self.line_pitch_px(), self._column_width(), self)
        self._document_font = builder.font
        blocks = document.blocks if plan.whole else document.blocks[first_block:end_block]
        yield from builder.steps(document, blocks, card=part == 0, every=every)
        text_document = builder.text_document
        opening = document is not self.document_model  # not a relayout of the shown one
        if opening:
            self.highlights.forget()
            astral = has_astral(document.text)  # offsets need converting (core/utf16.py)
        else:
            astral = self.shown_part.astral
        self.document_model = document
        self._last_reported = -1
        self.shown_part = ShownPart(plan, part, (first_block, end_block), starts, *builder.anchors,
                                    builder.block_positions, document.text, astral)
        if plan.whole:
            self._heading_blocks, self._heading_before = [h.block for h in document.headings()], None
        else:  # only this part's (the list of all is kept while the document is shown)
            if self._all_headings[0] is not document:
                self._all_headings = (document, [h.block for h in document.headings()])
            headings = self._all_headings[1]
            low, high = bisect_left(headings, first_block), bisect_left(headings, end_block)
            self._heading_blocks = headings[low:high]
            self._heading_before = headings[low - 1] if low else None
        card_labels = builder.card_labels
        self._card_labels = card_labels
        self._card_label_width, self._card_hanging = builder.card_label_width, builder.card_hanging
        # Our documents are children of the view, which Qt does not free on replacing them;
        # a large one holds megabytes of layout. (Qt frees its own initial document itself.)
        # Remembered rather than found by previous.parent(): wrapping Qt's internal parent of
        # the initial document makes PySide load every QObject subclass (~20 ms at start-up).
        previous, self._text_document = self._text_document, text_document
        self.highlights.clear_drawn()
        if opening:
            # Qt makes the text's layout at setDocument: given no width, it first lays the text
            # out unwrapped (a 1 MB paragraph: 350-650 ms of the window's thread, 10 ms at the
            # view's width), and the column's margins set after would lay it out once more. A
            # relayout keeps Qt's way: its place is kept through the scroll range that layout gives.
            text_document.setTextWidth(self.viewport().width())
            self._set_side_margins(text_document)
        self.setDocument(text_document)
        self._fit_column()
        if opening:
            pace_layout(text_document)  # a long text laid out in slices, not in Qt's long steps
        if previous is not None:
            previous.deleteLater()
        self.highlights.redraw()
        self.verticalScrollBar().setValue(0)
        if card_labels is not None and card_labels != metadata_labels():
            # The language changed while it was being built (document_loader.py): once it is shown.
            QTimer.singleShot(0, self, self._relabel_card)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # QTextEdit hands its own font to the document on a font change (a style sheet
        # applied, elder mode): the document keeps the font its look was laid out with. Qt's
        # hand-over is skipped, not undone after: the text laid out in the widget's font and back
        # scrolled the view twice, outside any relayout, and the reading cursor took the shifted
        # place for the reader's (a sentence taller than the view then ended at the bottom).
        fonts = (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange)
        if event.type() in fonts and getattr(self, "_document_font", None) is not None:
            QAbstractScrollArea.changeEvent(self, event)
            return
        super().changeEvent(event)

    # The text column -------------------------------------------------------------
    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.resizing.emit()
        super().resizeEvent(event)
        self._fit_column()
        if self._outgrows_plan():
            QTimer.singleShot(0, self, self._replan)

    def _outgrows_plan(self) -> bool:
        """Whether a narrower column has made the tallest part grow past what a part may be."""
        plan = self.shown_part.plan
        if plan is None or self.document_model is None:
            return False
        characters = self.plan_metrics()[0]
        return characters < plan.characters_per_line and \
            plan.tallest * plan.characters_per_line / characters > REPLAN_HEIGHT_PX

    def _replan(self) -> None:
        if self._outgrows_plan():
            self.relayout()

    # Parts ------------------------------------------------------------------------
    def plan_metrics(self) -> tuple[int, float]:
        """Characters a line holds in the text column (at most), and the line pitch, px."""
        character = self.body_point_size() * 4 / 3
        width = self.viewport().width() if self.isVisible() else PLAN_WIDTH_PX
        column = min(self.look.max_line_characters * character, width - 2 * PAGE_MARGIN) - 2 * PAGE_MARGIN
        return max(int(column / character), 1), self.line_pitch_px()

    def _plan_for(self, document: Document) -> Plan:
        return plan_document(document, self.plan_metrics())

    @property
    def has_astral_characters(self) -> bool:
        """Whether the shown document has characters beyond U+FFFF (known once it is shown)."""
        return self.shown_part.astral

    @property
    def part_count(self) -> int:
        return self.shown_part.count

    @property
    def part(self) -> int:
        """The shown part, from 0."""
        return self.shown_part.part

    def part_of(self, offset: int) -> int:
        """The part holding a model offset."""
        return self.shown_part.part_of(offset)

    def shows_offset(self, offset: int) -> bool:
        """Whether a model offset is in the shown part (always, for a document shown whole)."""
        return self.shown_part.shows_offset(offset)

    def shown_blocks(self) -> tuple[int, int]:
        """The model blocks [first, end) in the shown part."""
        return self.shown_part.blocks

    def show_offset(self, offset: int) -> bool:
        """Show the part holding a model offset; True if another part had to be shown."""
        if self.shows_offset(offset) or self.document_model is None:
            return False
        self.show_part(self.part_of(offset))
        return True

    def show_part(self, part: int, at_end: bool = False) -> None:
        """Show another part (at its top, or at its end), caret there; say which it is."""
        document = self.document_model
        if document is None or not 0 <= part < self.part_count or part == self.part:
            return
        self.show_document(document, at=self.shown_part.starts[part], plan=self.shown_part.plan)
        cursor = self.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End if at_end else QTextCursor.MoveOperation.Start)
        self.setTextCursor(cursor)
        bar = self.verticalScrollBar()
        if at_end:
            self._finish_layout()
            bar.setValue(bar.maximum())
        else:
            bar.setValue(0)
        self._report_visible_heading()  # the outline follows even when the scroll bar stayed at 0
        announce(self, self.part_label())
        self.part_changed.emit(part + 1, self.part_count)

    def part_label(self) -> str:
        """"Part 3 of 25": which part of a document shown in parts is shown."""
        return self.tr("Part {number} of {count}").format(number=self.part + 1, count=self.part_count)

    def _at_edge(self, forward: bool, by_caret: bool) -> bool:
        """At the end (forward) or start of the shown part, with a part beyond it: the caret on
        its last or first line (the keyboard), or the view scrolled to its end or start (the wheel)."""
        if forward and self.part + 1 >= self.part_count or not forward and self.part == 0:
            return False
        if by_caret:
            probe = self.textCursor()
            return not probe.movePosition(QTextCursor.MoveOperation.Down if forward else QTextCursor.MoveOperation.Up)
        bar = self.verticalScrollBar()
        if not forward:
            return bar.value() <= bar.minimum()
        if bar.value() < bar.maximum():
            return False
        self._finish_layout()
        return bar.value() >= bar.maximum()

    def _finish_layout(self) -> None:
        """Lay the rest of the shown text out now and fit the scroll bar to it.

        Qt lays a long text out in the background and meanwhile sizes the scroll bar by an
        estimate; documentSize() finishes the layout but tells no one, so it is told here.
        """
        layout = self.document().documentLayout()
        layout.documentSizeChanged.emit(layout.documentSize())

    def _continue(self, forward: bool, by_caret: bool = True) -> bool:
        """Go on into the next or previous part from the edge of this one."""
        if self.part_count == 1 or not self._at_edge(forward, by_caret):
            return False
        self.show_part(self.part + (1 if forward else -1), at_end=not forward)
        return True

    # Select All and copy across parts --------------------------------------------
    def select_all(self) -> None:
        """Select the whole document. Shown in parts, the shown part is selected on screen and a
        copy (Ctrl+C, the context menu, a drag) takes every part, which Qt's own would not."""
        self.selectAll()
        if self.part_count > 1:
            self._whole_selected = True
            announce(self, self.tr("The whole document is selected, all {count} parts: copying takes all of it.")
                     .format(count=self.part_count))

    def whole_text(self) -> str:
        """The whole document as plain text: the catalogue card, then every part's text."""
        document = self.document_model
        if document is None:
            return ""
        card = [] if document.metadata.is_empty() else [f"{label}\t{value}" for label, value in card_rows(document)]
        return "\n".join([*card, document.text])

    def context_menu(self, position: QPoint) -> QMenu:
        """The text's standard context menu, its Select All taking the whole document."""
        menu = self.createStandardContextMenu(position)
        for action in menu.actions():
            if action.objectName() == "select-all":
                action.triggered.disconnect()
                action.triggered.connect(lambda _checked=False: self.select_all())
        return menu

    def contextMenuEvent(self, event) -> None:  # noqa: N802 - Qt's name
        MenuKeysFirst.install_now(QApplication.instance())  # the menu's keys before the text's
        menu = self.context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 - Qt's name
        if self._whole_selected:
            data = QMimeData()
            data.setText(self.whole_text())
            return data
        return super().createMimeDataFromSelection()

    def _forget_whole_selection(self) -> None:
        if self._whole_selected:
            cursor = self.textCursor()
            self._whole_selected = (cursor.selectionStart() == 0
                                    and cursor.selectionEnd() >= self.document().characterCount() - 1)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.matches(QKeySequence.StandardKey.SelectAll):
            self.select_all()
            event.accept()
            return
        if event.key() == Qt.Key.Key_End and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self._end_of_line()
            event.accept()
            return
        if self.part_count > 1:
            key, modifiers = event.key(), event.modifiers()
            plain = modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            shift = modifiers == Qt.KeyboardModifier.ShiftModifier
            forward = (plain and key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space))
            backward = (plain and key in (Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace)
                        or shift and key == Qt.Key.Key_Space)
            if (forward or backward) and self._continue(forward):
                event.accept()
                return
        super().keyPressEvent(event)

    def _end_of_line(self) -> None:
        """End: the caret after the line's last character. A Chinese line wrapped with no space
        ends where the next one starts, and Qt's End puts the caret there, on the next line
        (Home then went to that line's start, and a screen reader read its first character)."""
        cursor = self.textCursor()
        line_start = cursor.block().layout().lineForTextPosition(cursor.positionInBlock()).textStart()
        cursor.movePosition(QTextCursor.MoveOperation.EndOfLine)
        line = cursor.block().layout().lineForTextPosition(cursor.positionInBlock())
        if line.textStart() != line_start and cursor.positionInBlock() > 0:  # it landed on the next line
            cursor.movePosition(QTextCursor.MoveOperation.PreviousCharacter)
        self.setTextCursor(cursor)

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.part_count > 1 and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta and self._continue(delta < 0, by_caret=False):
                event.accept()
                return
        super().wheelEvent(event)

    def _fit_column(self) -> None:
        """Keep lines to at most the look's characters: centre a narrower column in the page.

        Done with the root frame's side margins, so the page colour still fills the view.
        """
        document = self.document()
        if document is None:
            return
        self._set_side_margins(document)
        self._hang_card()

    def _set_side_margins(self, document: QTextDocument) -> None:
        side = self._side_margin()
        frame = document.rootFrame()
        frame_format = frame.frameFormat()
        if abs(frame_format.leftMargin() - side) > 0.5:
            frame_format.setLeftMargin(side)
            frame_format.setRightMargin(side)
            frame.setFrameFormat(frame_format)

    def _side_margin(self) -> float:
        character = self.body_point_size() * 4 / 3  # a CJK character is one em wide
        widest = self.look.max_line_characters * character
        return max((self.viewport().width() - widest) / 2, PAGE_MARGIN)

    def _column_width(self) -> float:
        """The width of the text column."""
        return self.viewport().width() - 2 * self._side_margin()

    def _hang_card(self) -> None:
        """Hang the card's values (a long one wraps under itself, not under its label) while the
        label column leaves them room, and stop where it would not (a window made narrow)."""
        width = self._card_label_width
        if width is None or card_hangs(width, self._column_width()) == self._card_hanging:
            return
        self._card_hanging = hanging = not self._card_hanging
        cursor = QTextCursor(self.document())
        block = self.document().begin()
        for _field in METADATA_FIELDS:
            line = block.blockFormat()
            hang_card_line(line, width, hanging)
            cursor.setPosition(block.position())
            cursor.setBlockFormat(line)
            block = block.next()
        # Qt's lazy layout stops short after a block format change made while it lays out
        # (the blocks after it keep no lines): lay the whole text out again.
        self.document().markContentsDirty(0, self.document().characterCount())

    # Highlights (view_highlights.py) -------------------------------------------
    def set_highlights(self, layer: str, selections: list[QTextEdit.ExtraSelection]) -> None:
        """Replace one layer of highlights (search matches, the reading cursor, ...).

        Layers are drawn in the order they were first set, later ones on top. Selections are
        of the shown part; set_highlight_ranges keeps ranges anywhere in the document.
        """
        self.highlights.set_selections(layer, selections)

    def set_highlight_ranges(self, layer: str, ranges: list[tuple[int, int, QTextCharFormat]]) -> None:
        """Replace one layer of highlights by model ranges [start, end) and their formats; those
        outside the shown part are kept, and drawn once their part is shown."""
        self.highlights.set_ranges(layer, ranges)

    def highlight(self, start: int, end: int, char_format: QTextCharFormat) -> QTextEdit.ExtraSelection:
        """An extra selection over model offsets [start, end) (clipped to the shown part)."""
        return self.highlights.selection(start, end, char_format)

    # Positions --------------------------------------------------------------
    def pointed_at(self, point: QPoint, navigator):
        """What a viewport point is on: a sentence index, a line of the catalogue card (str),
        or None between paragraphs and in the margins."""
        document = self.document_model
        if document is None or navigator is None or navigator.document is not document or not document.sentences:
            return None
        position = self.cursorForPosition(point).position()
        text_block = self.document().findBlock(position)
        box = self.document().documentLayout().blockBoundingRect(text_block)
        scroll = QPoint(self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        if not box.contains(point + scroll):
            return None
        if not document.blocks or position < self.block_position(0):
            return " ".join(text_block.text().split()) or None  # a line of the catalogue card
        offset = self.view_to_model(position)
        sentence = navigator.sentence_at(offset)
        block = document.blocks[navigator.block_of(sentence)]
        return sentence if block.start <= offset <= block.end else None

    def _page_end(self) -> int:
        return max(self.document().characterCount() - 1, 0)

    def model_to_view(self, offset: int) -> int:
        """The QTextDocument position of a character offset in Document.text (an offset outside
        the shown part: the start or the end of the part)."""
        return self.shown_part.model_to_view(offset, self._page_end())

    def view_to_model(self, position: int) -> int:
        """The Document.text offset of a QTextDocument position (the card maps to 0)."""
        return self.shown_part.view_to_model(position)

    def block_position(self, index: int) -> int:
        """Where a model block starts in the text (before the shown part: 0; after it: its end)."""
        return self.shown_part.block_position(index, self._page_end())

    def offset_top(self, offset: int) -> float:
        """The y of the line holding a model offset, in document coordinates."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.model_to_view(offset))
        rect = self.cursorRect(cursor)
        return rect.top() + self.verticalScrollBar().value()

    def block_top(self, index: int) -> float:
        """The top of a model block of the shown part, in document coordinates."""
        text_block = self.document().findBlock(self.block_position(index))
        return self.document().documentLayout().blockBoundingRect(text_block).top()

    def scroll_to_block(self, index: int) -> None:
        """Bring a block to the top of the view (showing its part) and put the caret there."""
        if self.document_model is not None and 0 <= index < len(self.document_model.blocks):
            self.show_offset(self.document_model.blocks[index].start)
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.block_position(index))
        self.setTextCursor(cursor)
        self.verticalScrollBar().setValue(int(self.block_top(index)))

    def heading_at_top(self) -> int | None:
        """The last heading whose top is at or above the top of the view."""
        if not self._heading_blocks:
            return self._heading_before
        top = self.verticalScrollBar().value() + 4
        # Only the headings down to the text at the top are looked at: a heading's top is found
        # by laying the text out down to it, and the middle one of a 2 MB document's took 0.5 s.
        layout = self.document().documentLayout()
        position = layout.hitTest(QPointF(self.document().textWidth() / 2, top), Qt.HitTestAccuracy.FuzzyHit)
        shown = self.shown_part
        at_top = shown.blocks[0] + max(bisect_right(shown.block_positions, max(position, 0)) - 1, 0)
        low, high = 0, bisect_right(self._heading_blocks, at_top + 2)
        while low < high:  # the headings' tops increase with their order
            middle = (low + high) // 2
            if self.block_top(self._heading_blocks[middle]) <= top:
                low = middle + 1
            else:
                high = middle
        if low:
            return self._heading_blocks[low - 1]
        return self._heading_before if self._heading_before is not None else self._heading_blocks[0]

    def _report_visible_heading(self) -> None:
        heading = self.heading_at_top()
        if heading is not None and heading != self._last_reported:
            self._last_reported = heading
            self.visible_heading_changed.emit(heading)

