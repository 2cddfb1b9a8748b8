"""Find in the document: a bar under the text, highlights as you type, moving match to match.

Ctrl+F opens the bar; Enter or F3 goes to the next match, Shift+Enter or Shift+F3 to the
previous one (both wrap around); Esc closes the bar, clears the highlights and puts the caret
at the match in the text. All matches near the visible part of the text are highlighted in one
layer ("search"), the current match in another ("search-current"), in colours that keep black
text at more than 7:1. The count reads "3 / 17" and screen readers hear "3 of 17".
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QAbstractButton, QFrame, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QToolButton

from ...core.model import Document
from ...core.schemes import Scheme
from ..announce import announce
from ..labels import name_clear_button
from ..language import follow_language
from ..display.style import ELDER_CONTROL_PX, ELDER_UI_POINT_SIZE

if TYPE_CHECKING:
    from ...core import search

LAYER = "search"
CURRENT_LAYER = "search-current"
MAX_HIGHLIGHTS = 1000  # the most matches highlighted at once, around the visible text
ANNOUNCE_DELAY_MS = 700  # after typing stops, say how many matches there are
MIN_TARGET = 44  # px, WCAG 2.5.5

def bar_style(scheme: Scheme, elder: bool) -> str:
    """The bar in the scheme's colours; controls 60 px in elder mode (44 px otherwise), and in elder
    mode the label, the field, the count and the buttons as large as the menus.

    ``#findBar > QToolButton``: the bar's own buttons, not the field's clear button (a tool button
    too), which a 60 px minimum would push out of the field's right edge."""
    size = ELDER_CONTROL_PX if elder else 36
    font = f"font-size: {ELDER_UI_POINT_SIZE}pt;" if elder else ""
    return f"""
#findBar {{ background: {scheme.ui_background}; border-top: 2px solid {scheme.frame}; }}
#findBar QLabel {{ color: {scheme.ui_text}; {font} }}
#findBar QLineEdit {{
    min-height: {size}px; padding: 0px 6px; color: {scheme.text}; background: {scheme.background};
    border: 2px solid {scheme.frame}; border-radius: 4px; margin: 2px; {font} }}
#findBar QLineEdit:focus {{ border: 4px solid {scheme.focus}; margin: 0px; }}
#findBar QLineEdit[noMatches="true"] {{ border-style: dashed; background: {scheme.paragraph}; }}
#findBar QLineEdit QToolButton {{ min-width: 0px; min-height: 0px; padding: 0px; margin: 0px; border: none;
    background: transparent; }}
#findBar > QToolButton {{
    min-width: {size}px; min-height: {size}px; padding: 2px 8px; color: {scheme.ui_text};
    background: {scheme.ui_background}; border: 2px solid {scheme.frame}; border-radius: 4px; margin: 2px; {font} }}
#findBar > QToolButton:pressed, #findBar > QToolButton:checked {{
    background: {scheme.selection}; color: {scheme.selection_text}; }}
#findBar > QToolButton:focus {{ border: 4px solid {scheme.focus}; margin: 0px; }}
"""


class FindBar(QFrame):
    """The widgets: field, count, previous, next, results toggle, close. No searching here."""

    next_requested = Signal()
    previous_requested = Signal()
    close_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("findBar")

        self.label = QLabel(self)  # no mnemonic: Alt+F is the File menu
        self.field = QLineEdit(self)
        self.field.setObjectName("findField")
        self.field.setClearButtonEnabled(True)
        self.field.setMinimumWidth(120)
        self.field.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.field.installEventFilter(self)
        self.label.setBuddy(self.field)

        self.count = QLabel(self)
        self.count.setObjectName("findCount")
        self.count.setMinimumWidth(60)
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.previous_button = self._button("▲", self.previous_requested.emit)
        self.next_button = self._button("▼", self.next_requested.emit)
        self.results_button = self._button("", None)
        self.results_button.setCheckable(True)
        self.close_button = self._button("✕", self.close_requested.emit)

        self.set_point_size(13.0)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(6)
        layout.addWidget(self.label)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count)
        for button in self._buttons():
            layout.addWidget(button)
        follow_language(self.retranslate)
        self.set_count_text("", "")
        self.hide()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Find bar"))
        self.setAccessibleDescription(self.tr("Find words in the document."))
        self.label.setText(self.tr("Find:"))
        self.field.setPlaceholderText(self.tr("Find in document"))
        self.field.setAccessibleName(self.tr("Find in document"))
        name_clear_button(self.field, self.tr("Clear"))
        self.field.setAccessibleDescription(self.tr(
            "Type the words to find. Enter goes to the next match, Shift+Enter to the previous one, "
            "Esc closes the find bar."))
        self.count.setAccessibleDescription(self.tr("Which match is shown, and how many there are."))
        self._name_button(self.previous_button, self.tr("Previous match"),
                          self.tr("Go to the previous match (Shift+F3)."))
        self._name_button(self.next_button, self.tr("Next match"), self.tr("Go to the next match (F3)."))
        self.results_button.setText(self.tr("Results"))
        self._name_button(self.results_button, self.tr("Show results list"),
                          self.tr("Show or hide the list of all matches, grouped by section."))
        self._name_button(self.close_button, self.tr("Close find bar"),
                          self.tr("Close the find bar and clear the highlights (Esc)."))
        for button in self._buttons():  # at least 44 x 44, and never squeezed into "Re…ts"
            hint = button.sizeHint()
            button.setMinimumSize(max(MIN_TARGET, hint.width()), max(MIN_TARGET, hint.height()))

    def set_point_size(self, points: float) -> None:
        """The text size of the label, the field (what is typed in it too), the count and the buttons.

        Set on each widget, not only in the style sheet, so that the buttons' size hints and the
        field's own drawing (which centres the typed text by this font) follow it."""
        font = self.font()
        font.setPointSizeF(max(font.pointSizeF(), points))
        for widget in (self.label, self.field, self.count, *self._buttons()):
            widget.setFont(font)

    def _buttons(self) -> tuple[QToolButton, ...]:
        return self.previous_button, self.next_button, self.results_button, self.close_button

    def _button(self, text: str, slot) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        if slot is not None:
            button.clicked.connect(slot)
        return button

    @staticmethod
    def _name_button(button: QToolButton, name: str, description: str) -> None:
        button.setAccessibleName(name)
        button.setAccessibleDescription(description)
        button.setToolTip(description)

    def set_count_text(self, shown: str, spoken: str, no_matches: bool = False) -> None:
        self.count.setText(shown)
        self.count.setAccessibleName(spoken or self.tr("Match count"))
        if self.field.property("noMatches") != no_matches:
            self.field.setProperty("noMatches", no_matches)
            self.field.style().unpolish(self.field)
            self.field.style().polish(self.field)

    # Keys -------------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                    self.previous_requested.emit()
                else:
                    self.next_requested.emit()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape:
            self.close_requested.emit()
            return
        focused = self.focusWidget()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(focused, QAbstractButton):
            focused.click()  # Enter presses a tool button as Space does
            return
        super().keyPressEvent(event)


class FindController(QObject):
    """Searches the window's document as the query changes and shows the matches."""

    matches_changed = Signal()  # a new query or document: the matches list is new
    current_changed = Signal(int)  # the index of the current match, -1 for none

    def __init__(self, session):
        super().__init__(session)
        self.session = session
        self.window = session.window  # its shortcuts live there, the results dock goes there
        self.view = session.view
        self._bar: FindBar | None = None  # built on first use: see the bar property
        self.document: Document | None = None
        self.query = ""
        self.matches: list[search.Match] = []
        self._starts: list[int] = []
        self.current = -1
        self._anchor = 0  # model offset the search starts from
        self._covered: tuple[int, int] | None = None  # the model range the "search" layer covers
        self._scrolling = False  # the view scrolls because we asked it to
        self._following = False  # keep the current match in sight when the text reflows

        self._search_timer = QTimer(self)  # coalesces keystrokes that arrive together
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(0)
        self._search_timer.timeout.connect(self.update_matches)
        self._announce_timer = QTimer(self)
        self._announce_timer.setSingleShot(True)
        self._announce_timer.setInterval(ANNOUNCE_DELAY_MS)
        self._announce_timer.timeout.connect(self._announce_count)

        self.view.textChanged.connect(self._document_replaced)
        self.view.verticalScrollBar().valueChanged.connect(self._view_moved)

        self.find_action = self._action(self.open, [QKeySequence.StandardKey.Find])
        self.next_action = self._action(self.find_next, [QKeySequence("F3"), QKeySequence.StandardKey.FindNext])
        self.previous_action = self._action(self.find_previous,
                                            [QKeySequence("Shift+F3"), QKeySequence.StandardKey.FindPrevious])
        self._results = None  # the SearchResultsDock, built when first shown: see the results property
        self.results_action = self._results_toggle()  # stands in the View menu for the dock's own toggle
        self._install_menus()
        follow_language(self.retranslate)

    def retranslate(self) -> None:
        # The dock's own name for its toggle (search_results.py).
        self.results_action.setText(QCoreApplication.translate("SearchResultsDock", "Search &Results"))
        self.find_action.setText(self.tr("&Find…"))
        self.next_action.setText(self.tr("Find &Next"))
        self.previous_action.setText(self.tr("Find &Previous"))
        if self._bar is not None:  # the count ("3 of 17", "No matches") stays on screen
            self._update_count()

    @property
    def built_bar(self) -> FindBar | None:
        """The bar if it was built (without building it)."""
        return self._bar

    @property
    def bar(self) -> FindBar:
        """The bar, built when first needed: it stays hidden until Ctrl+F or F3, and building
        it (and wrapping the view's viewport for its event filter) costs ~15 ms at start-up."""
        if self._bar is None:
            self._bar = FindBar(self.view.parentWidget())
            self._style_bar()
            self.session.add_under_text(self._bar)
            self._bar.field.textChanged.connect(self._query_edited)
            self._bar.next_requested.connect(self.find_next)
            self._bar.previous_requested.connect(self.find_previous)
            self._bar.close_requested.connect(self.close)
            self._bar.results_button.setChecked(self._results is not None and self._results.isVisible())
            self._bar.results_button.toggled.connect(self._results_button_toggled)
            self.view.viewport().installEventFilter(self)
        return self._bar

    def _action(self, slot, keys) -> QAction:
        action = QAction(self.window)
        shortcuts: list[QKeySequence] = []
        for key in keys:
            for sequence in (QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey) else [key]):
                if not sequence.isEmpty() and sequence not in shortcuts:
                    shortcuts.append(sequence)
        action.setShortcuts(shortcuts)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    @property
    def built_results(self):
        """The results panel if it was built (without building it)."""
        return self._results

    @property
    def results(self):
        """The results panel (a dock), built when first shown: hidden at start, it cost ~5 ms there.
        Its own toggle then takes the place of the stand-in in the View menu."""
        if self._results is None:
            from .search_results import SearchResultsDock

            self._results = results = SearchResultsDock(self, self.window)
            toggle = results.toggleViewAction()
            toggle.toggled.connect(self._results_shown)
            view_menu = self.session.menu("view")
            view_menu.insertAction(self.results_action, toggle)
            view_menu.removeAction(self.results_action)  # (kept: a list of commands may hold it)
        return self._results

    def _results_toggle(self) -> QAction:
        """View > Search Results until the panel is built (then the panel's own toggle takes its
        place): checking it builds and shows the panel."""
        action = QAction(self.window)
        action.setCheckable(True)
        action.toggled.connect(lambda checked: self.results.setVisible(checked) if checked else None)
        return action

    def _install_menus(self) -> None:
        """Find…, Find Next, Find Previous in Edit; the results toggle in View."""
        edit_menu = self.session.menu("edit")
        for action in (self.find_action, self.next_action, self.previous_action):
            edit_menu.addAction(action)
        self.session.menu("view").addAction(self.results_action)

    def _results_button_toggled(self, checked: bool) -> None:
        if not checked and self._results is None:
            return
        self.results.setVisible(checked)
        if checked:
            self.results.raise_()
            self.results.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def _results_shown(self, visible: bool) -> None:
        if self._bar is None:  # the bar takes the state when it is built
            return
        self.bar.results_button.blockSignals(True)
        self.bar.results_button.setChecked(visible)
        self.bar.results_button.blockSignals(False)

    # Opening and closing ------------------------------------------------------
    def open(self) -> None:
        """Show the bar and put the keyboard in the field (with the text selected in it)."""
        selected = self.view.textCursor().selectedText()
        if selected and len(selected) <= 100 and "\u2029" not in selected:
            self.bar.field.setText(selected)
        if self.bar.isHidden():
            self._anchor = self._caret_offset()
            if self.view.document_model is not None:  # fold the text now, not on the first keystroke
                from ...core import search  # loaded with the first search, not at start

                search.prepare(self.view.document_model)
            self.bar.show()
            if self.bar.field.text():
                self.update_matches()
        self.bar.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.bar.field.selectAll()

    def close(self) -> None:
        """Hide the bar, clear the highlights; the caret stays at the match, focus on the text."""
        self._search_timer.stop()
        self._announce_timer.stop()
        self.bar.hide()
        self._clear_highlights()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def is_open(self) -> bool:
        return self._bar is not None and not self._bar.isHidden()

    # Searching ----------------------------------------------------------------
    def _query_edited(self, _text: str) -> None:
        self._search_timer.start()
        self._announce_timer.start()

    def _document_replaced(self) -> None:
        if self.view.document_model is self.document:
            return
        self._covered = None
        self._anchor = 0
        self.current = -1
        if self.is_open():
            self.update_matches()
        else:
            self.document, self.matches, self._starts = self.view.document_model, [], []
            self.matches_changed.emit()

    def update_matches(self) -> None:
        """Search for the field's text now; the current match is the first at or after the anchor."""
        self._search_timer.stop()
        document = self.view.document_model
        query = self.bar.field.text()
        if document is None:
            self.document, self.matches = None, []
        elif document is not self.document or query != self.query or not self.matches:
            from ...core import search

            self.matches = search.find_all(document, query)
        self.document, self.query = document, query
        self._starts = [match.start for match in self.matches]
        if self.matches:
            index = bisect_left(self._starts, self._anchor)
            self.current = index if index < len(self.matches) else 0
        else:
            self.current = -1
        self._covered = None
        self.matches_changed.emit()
        self._show_current(scroll=True)

    def _show_current(self, scroll: bool) -> None:
        if self.current >= 0:
            match = self.matches[self.current]
            if scroll:
                self._scroll_to(match)
        self._paint_matches()
        self._paint_current()
        self._update_count()
        self.current_changed.emit(self.current)

    def find_next(self) -> None:
        self._move(+1)

    def find_previous(self) -> None:
        self._move(-1)

    def _move(self, step: int) -> None:
        if not self.is_open():  # F3 with the bar closed: search again from the caret
            if not self.bar.field.text().strip():
                self.open()
                return
            caret = self._caret_offset()
            self.bar.show()
            self._anchor = caret + 1 if step > 0 else caret
            self.update_matches()
            if step < 0 and self.matches:
                self.go_to((bisect_left(self._starts, caret) - 1) % len(self.matches))
            else:
                self._announce_position()
            return
        if self._search_timer.isActive():
            self.update_matches()
        if not self.matches:
            self._announce_count()
            return
        total = len(self.matches)
        index = (self.current + step) % total
        wrapped = (step > 0 and index < self.current) or (step < 0 and index > self.current)
        self.go_to(index, wrapped=wrapped)

    def go_to(self, index: int, wrapped: bool = False) -> None:
        """Make match ``index`` the current one: highlight it, scroll to it, say where we are."""
        if not 0 <= index < len(self.matches):
            return
        self.current = index
        self._anchor = self.matches[index].start
        self._show_current(scroll=True)
        self._announce_position(wrapped)

    # Showing ------------------------------------------------------------------
    def _format(self, current: bool) -> QTextCharFormat:
        """The scheme's match colours (each pair at least 4.5:1, tested on rendered pixels)."""
        scheme = self.session.appearance.scheme
        background, foreground = ((scheme.current_match, scheme.current_match_text) if current
                                  else (scheme.match, scheme.match_text))
        char_format = QTextCharFormat()
        char_format.setBackground(QColor(background))
        char_format.setForeground(QColor(foreground))
        if current:  # not by colour alone: the current match is underlined too
            char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            char_format.setUnderlineColor(QColor(foreground))
        return char_format

    def _visible_range(self) -> tuple[int, int]:
        """The model offsets of the blocks in sight (by their tops: cursorForPosition takes 9 ms on 2 MB)."""
        blocks = self.view.document_model.blocks if self.view.document_model is not None else ()
        if not blocks:
            return 0, 0
        top = self.view.verticalScrollBar().value()
        bottom = top + self.view.viewport().height()
        block_top = self.view.block_top
        part_first, part_end = self.view.shown_blocks()  # a document shown in parts: this one's blocks
        low, high = part_first, part_end
        while low < high:  # the first block whose top is below the top of the view
            middle = (low + high) // 2
            if block_top(middle) <= top:
                low = middle + 1
            else:
                high = middle
        first = max(low - 1, part_first)
        low, high = first, part_end
        while low < high:  # the first block whose top is below the bottom of the view
            middle = (low + high) // 2
            if block_top(middle) < bottom:
                low = middle + 1
            else:
                high = middle
        last = max(low - 1, first)
        return blocks[first].start, blocks[last].end

    def restyle(self) -> None:
        """Follow a new scheme or mode: the bar's colours and sizes, and the highlights."""
        if self._bar is not None:
            self._style_bar()
        self._paint_matches(force=True)
        self._paint_current()

    def _style_bar(self) -> None:
        appearance = self.session.appearance
        self._bar.setStyleSheet(bar_style(appearance.scheme, appearance.elder))
        self._bar.set_point_size(ELDER_UI_POINT_SIZE if appearance.elder else 13.0)

    def _paint_matches(self, force: bool = True) -> None:
        """Highlight the matches in and around the visible text (a screen's worth either side)."""
        if not self.matches or not self.is_open():
            if self._covered != (0, 0):
                self.view.set_highlights(LAYER, [])
                self._covered = (0, 0)
            return
        first, last = self._visible_range()
        if not force and self._covered and self._covered[0] <= first and last <= self._covered[1]:
            return
        span = max(last - first, 2000)
        low, high = max(first - span, 0), last + span
        begin = bisect_left(self._starts, low)
        end = bisect_right(self._starts, high)
        if end - begin > MAX_HIGHLIGHTS:  # keep the visible ones, then share the rest either side
            shown_begin, shown_end = bisect_left(self._starts, first), bisect_right(self._starts, last)
            spare = max(MAX_HIGHLIGHTS - (shown_end - shown_begin), 0)
            begin = max(begin, shown_begin - spare // 2)
            end = min(end, begin + MAX_HIGHLIGHTS)
            low = self._starts[begin] if begin else 0
            high = self.matches[end - 1].end
        char_format = self._format(current=False)
        self.view.set_highlight_ranges(LAYER, [(m.start, m.end, char_format) for m in self.matches[begin:end]])
        self._covered = (low, high)

    def _paint_current(self) -> None:
        if self.current < 0 or not self.is_open():
            self.view.set_highlights(CURRENT_LAYER, [])
            return
        match = self.matches[self.current]
        self.view.set_highlight_ranges(CURRENT_LAYER, [(match.start, match.end, self._format(current=True))])

    def _clear_highlights(self) -> None:
        self.view.set_highlights(LAYER, [])
        self.view.set_highlights(CURRENT_LAYER, [])
        self._covered = (0, 0)

    def _view_moved(self, _value: int = 0) -> None:
        if not self._scrolling:
            self._following = False  # the reader scrolled away: a resize no longer brings the match back
        if self.matches and self.is_open():
            self._paint_matches(force=False)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize and self.matches and self.is_open():
            # The text reflows (a panel opened, the window resized): keep the current match in sight.
            QTimer.singleShot(0, self._refollow)
        return False

    def _refollow(self) -> None:
        if self.matches and self.is_open():
            if self._following and self.current >= 0:
                self._scroll_to(self.matches[self.current], move_caret=False)
            self._paint_matches(force=False)

    def _scroll_to(self, match: search.Match, move_caret: bool = True) -> None:
        """Put the caret at the match; if it is out of sight, bring it a third of the way down."""
        self._scrolling = True
        try:
            self._scroll_to_match(match, move_caret)
        finally:
            self._scrolling = False
        self._following = True

    def _scroll_to_match(self, match: search.Match, move_caret: bool) -> None:
        if not move_caret and not self.view.shows_offset(match.start):
            return  # the text reflowed while another part of the document is shown
        self.view.show_offset(match.start)  # a document shown in parts: the match's part
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(self.view.model_to_view(match.start))
        if move_caret:
            self.view.setTextCursor(cursor)
        end_cursor = QTextCursor(self.view.document())
        end_cursor.setPosition(self.view.model_to_view(match.end))
        top, bottom = self.view.cursorRect(cursor).top(), self.view.cursorRect(end_cursor).bottom()
        height = self.view.viewport().height()
        margin = min(60, height // 6)
        if top < margin or bottom > height - margin:
            scroll_bar = self.view.verticalScrollBar()
            scroll_bar.setValue(scroll_bar.value() + top - height // 3)

    def _caret_offset(self) -> int:
        if self.view.document_model is None:
            return 0
        return self.view.view_to_model(self.view.textCursor().position())

    # Telling ------------------------------------------------------------------
    def count_texts(self) -> tuple[str, str]:
        """What the count label shows and what a screen reader says: ("3 / 17", "3 of 17")."""
        if not self.query.strip():
            return "", ""
        if not self.matches:
            text = self.tr("No matches")
            return text, text
        current, total = self.current + 1, len(self.matches)
        return f"{current} / {total}", self.tr("{current} of {total}").format(current=current, total=total)

    def _update_count(self) -> None:
        shown, spoken = self.count_texts()
        self.bar.set_count_text(shown, spoken, no_matches=bool(self.query.strip()) and not self.matches)

    def _announce_count(self) -> None:
        self._announce_timer.stop()
        if self._search_timer.isActive():
            self.update_matches()
        _shown, spoken = self.count_texts()
        if spoken and self.is_open():
            announce(self.bar.field, spoken)

    def _announce_position(self, wrapped: bool = False) -> None:
        self._announce_timer.stop()
        _shown, spoken = self.count_texts()
        if wrapped and self.matches:
            spoken = (self.tr("{position}, continued from the top") if self.current == 0
                      else self.tr("{position}, continued from the bottom")).format(position=spoken)
        if spoken:
            announce(self.bar.field, spoken)


def install_find(session) -> FindController:
    """The find bar, results panel, Edit menu entries and shortcuts; offered to others as "find"."""
    find = FindController(session)
    session.provide("find", find)
    return find
