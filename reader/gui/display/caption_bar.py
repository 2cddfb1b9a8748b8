"""大字幕: a caption bar at the bottom of the window, in large bold type.

It shows, in this order of precedence:
1. the sentence being read aloud (``show_spoken``; kept until cleared with ``show_spoken("")``);
2. what the mouse pointer rests on in the text: its paragraph, or, when the paragraph
   would not fit in the bar, just the sentence under the pointer;
3. the sentence at the reading cursor.
A move of the reading cursor (keys, a click) takes over from a resting pointer; the pointer
takes over again when it next rests on the text.

The bar is a dock at the bottom of the window, without a title bar, that cannot be moved,
floated or closed on its own: it follows the ``caption_bar`` setting (``set_shown``, the toolbar's
大字幕, 重置). It offers itself to the session as "caption_bar" (read aloud shows what it reads
in it, pinyin draws over its text). It is at least 150 px tall
and grows with its text up to a third of the window; text longer still scrolls in the bar.
Text is at least 32 pt bold, in the scheme's text and page colours (at least 7:1).

It is built when first shown (or asked for its parts), not on the way to the first window.
It never takes focus and never announces: the label has a fixed accessible name, so a
change of caption sends screen readers no event (the text itself is in the document).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QCursor, QFont, QFontMetrics
from PySide6.QtWidgets import QDockWidget, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from ..language import follow_language

if TYPE_CHECKING:  # loaded when the bar is built (ruby.py), not on the way to the first window
    from ..pinyin.ruby import RubyLabel

MIN_HEIGHT = 150  # px; the portals' caption bar is 150-160 px tall
MAX_SHARE = 1 / 3  # of the window's height, the most the bar grows to
TEXT_SHARE = 0.6  # of the window's height, what the text keeps however tall the bar
POINT_SIZE = 32  # the portals show 32 pt bold
ELDER_POINT_SIZE = 36
REST_MS = 300  # the pointer must rest this long before its paragraph is shown
PADDING = 12  # px around the text
BORDER = 3  # px, the line that parts the bar from the text above
STATE_POINT_SIZE = 18  # the line saying what read aloud is doing, over the caption


class CaptionBar(QDockWidget):
    shown_changed = Signal(bool)

    def __init__(self, session):
        window = session.window
        super().__init__(window)
        self.session = session
        self.window_ = window  # the bar's share of its height
        self.setObjectName("captionDock")
        self.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        self.setAllowedAreas(Qt.DockWidgetArea.BottomDockWidgetArea)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()  # until it is built and shown (_build): not a child shown with the window

        self.spoken = ""
        self.pointed = ""
        self._state_text = ""  # what read aloud is doing, kept for the line while the bar is not built
        self._provider = None  # what draws pinyin over the text (pinyin_overlay.py)
        self._built = False
        self._label = self._scroll = self._state = None
        self._pointer_pos: QPoint | None = None
        self._rest = QTimer(self)
        self._rest.setSingleShot(True)
        self._rest.setInterval(REST_MS)
        self._rest.timeout.connect(self._pointer_rested)
        self._refresh_timer = QTimer(self)  # coalesces caret moves (a new document moves it many times)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        session.follow_setting("caption_bar", lambda value: self._apply(bool(value)))
        follow_language(self.retranslate)
        self._shown = False
        self._apply(bool(session.settings.get("caption_bar")))

    # Built when first needed: shown, or asked for its parts (~50 ms not spent on the way to the window).
    @property
    def label(self) -> RubyLabel:
        self._build()
        return self._label

    @property
    def scroll(self) -> QScrollArea:
        self._build()
        return self._scroll

    @property
    def state(self) -> QLabel:
        self._build()
        return self._state

    def _build(self) -> None:
        if self._built:
            return
        self._built = True
        session, window = self.session, self.window_
        from ..pinyin.ruby import RubyLabel

        self.setTitleBarWidget(QWidget(self))  # no title bar: nothing to drag, float or close
        label = self._label = RubyLabel(self)  # a QLabel that can draw pinyin over the text (pinyin_overlay.py)
        label.setObjectName("captionText")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        if self._provider is not None:
            label.set_provider(self._provider)
        scroll = self._scroll = QScrollArea(self)
        scroll.setObjectName("captionScroll")
        scroll.setWidget(label)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Over the text, while reading aloud: what is happening ("正在朗读 (二) 第 3 句", reading_status.py).
        state = self._state = QLabel(self._state_text, self)
        state.setObjectName("captionState")
        state.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        state.setVisible(bool(self._state_text))
        inside = QWidget(self)
        inside.setObjectName("captionInside")
        column = QVBoxLayout(inside)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(state)
        column.addWidget(scroll, 1)
        self.setWidget(inside)
        self.setFixedHeight(MIN_HEIGHT)

        view = session.view
        view.viewport().setMouseTracking(True)
        view.viewport().installEventFilter(self)
        session.position_moved.connect(self._reading_moved)
        view.cursorPositionChanged.connect(self._refresh_timer.start)
        view.rebuilt.connect(self._refresh_timer.start)
        session.appearance.changed.connect(self._follow_appearance)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self)
        self.setVisible(self._shown)
        self.restyle()
        self.refresh()
        self.retranslate()  # the label's names

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Caption"))
        self.setAccessibleName(self.tr("Caption"))
        self.setAccessibleDescription(self.tr(
            "Shows in large type the sentence being read aloud, the paragraph under the mouse pointer "
            "or the sentence at the reading cursor."))
        if self._built:  # a fixed name: QLabel tells screen readers of every new text only when it has none
            self._label.setAccessibleName(self.tr("Caption text"))
            self._label.setAccessibleDescription(self.accessibleDescription())

    # Showing and hiding ---------------------------------------------------------
    def is_shown(self) -> bool:
        return self._shown

    def set_shown(self, shown: bool) -> None:
        """Show or hide the bar: its setting, which the bar follows."""
        self.session.settings.set("caption_bar", bool(shown))

    def _apply(self, shown: bool) -> None:
        if shown != self._shown:
            self._shown = shown
            if shown:
                self._build()
            self.setVisible(shown)
            if shown:
                self.refresh()
            self.shown_changed.emit(shown)

    def set_readings_provider(self, provider) -> None:
        """What gives the pinyin to draw over the text (pinyin_overlay.py), now or once built."""
        self._provider = provider
        if self._built:
            self._label.set_provider(provider)

    def readings_changed(self) -> None:
        """The pinyin over the text changed (on, off, other tones): lay the caption out again."""
        if self._built:
            self._label.updateGeometry()
            self._label.update()
            self.refresh()

    def _follow_appearance(self) -> None:
        self.restyle()
        self.refresh()

    def restyle(self) -> None:
        appearance = self.session.appearance
        scheme = appearance.scheme
        size = ELDER_POINT_SIZE if appearance.elder else POINT_SIZE
        font = QFont(self.session.view.font())
        font.setPointSize(size)
        font.setBold(True)
        self.label.setFont(font)
        # The bar's own sheet: it wins over the application's (elder mode sizes every widget's font).
        self.setStyleSheet(f"""
#captionScroll {{ background: {scheme.background}; border: none;
    border-top: {BORDER}px solid {scheme.text}; }}
#captionText {{ color: {scheme.text}; background: {scheme.background};
    font-size: {size}pt; font-weight: bold; padding: {PADDING}px; }}
#captionState {{ color: {scheme.sentence_text}; background: {scheme.sentence};
    font-size: {STATE_POINT_SIZE}pt; font-weight: bold; padding: 2px {PADDING}px; }}
""")

    # What to show ----------------------------------------------------------------
    def show_spoken(self, text: str | None) -> None:
        """The sentence being read aloud; an empty text ends it (speech stopped)."""
        self.spoken = text or ""
        self.refresh()

    def text(self) -> str:
        return self._label.text() if self._built else self.spoken or self.pointed or self._reading_text()

    def show_state(self, text: str) -> None:
        """What read aloud is doing, in a line over the caption; "" hides the line."""
        self._state_text = text
        if not self._built:
            return
        if text != self._state.text() or self._state.isHidden() == bool(text):
            self._state.setText(text)
            self._state.setVisible(bool(text))
            self._fit_height()

    def refresh(self) -> None:
        self._refresh_timer.stop()
        if not self._built:
            return  # written when built
        text = self.spoken or self.pointed or self._reading_text()
        if text != self.label.text():
            self.label.setText(text)
            self.scroll.verticalScrollBar().setValue(0)
        self._fit_height()

    def _reading_text(self) -> str:
        reading = self.session.reading
        document = reading.document
        if document is None or document is not self.session.view.document_model or not document.sentences:
            return ""
        if not 0 <= reading.sentence < len(document.sentences):
            return ""
        return reading.sentence_text().strip()

    def _reading_moved(self, _sentence: int) -> None:
        self.pointed = ""  # the keys (or a click) take over from a resting pointer
        self.refresh()

    # Fitting -----------------------------------------------------------------
    def _extra_height(self) -> int:
        state = self._state.sizeHint().height() if self._built and not self._state.isHidden() else 0
        return 2 * PADDING + BORDER + 4 + state

    def max_height(self) -> int:
        """A third of the window, and never so much that the text keeps less than TEXT_SHARE of the
        window's height (elder mode's large toolbar and status bar take their part too), rounded
        down to whole lines of caption; at least 150 px where that leaves the text its share."""
        line = QFontMetrics(self.label.font()).lineSpacing()
        limit = int(self.window_.height() * MAX_SHARE)
        view = self.session.view
        if self.isVisible() and view.isVisible():
            # the room the bar may have: its own height and the text's, less the text's share
            room = self.height() + view.height() - int(self.window_.height() * TEXT_SHARE + 0.999)
            limit = min(limit, room)
        lines = max((limit - self._extra_height()) // line, 1)
        return max(min(MIN_HEIGHT, limit), lines * line + self._extra_height())

    def text_width(self) -> int:
        width = self.scroll.viewport().width() if self.isVisible() else self.window_.width()
        return max(width - 2 * PADDING, 100)

    def needed_height(self, text: str) -> int:
        """The bar's height to show ``text`` whole at the caption size, at the present width."""
        ruby = self.label.ruby_height(text, self.text_width())  # pinyin over the text takes more room
        if ruby is not None:
            return ruby + self._extra_height()
        metrics = QFontMetrics(self.label.font())
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
        rect = metrics.boundingRect(0, 0, self.text_width(), 100000, flags, text)
        return rect.height() + self._extra_height()

    def fits(self, text: str) -> bool:
        return self.needed_height(text) <= self.max_height()

    def _fit_height(self) -> None:
        if not self.isVisible():
            return
        height = min(max(self.needed_height(self.label.text()), MIN_HEIGHT), self.max_height())
        if self.height() != height or self.minimumHeight() != height:
            # A fixed height: the main window's layout would otherwise share the space out anew
            # whenever a style sheet changes.
            self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self._built and event.oldSize().width() != event.size().width():
            self._refresh_timer.start()  # the text wraps anew

    # The pointer -----------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.MouseMove:
            self._pointer_pos = event.position().toPoint()
            self._rest.start()
        elif kind == QEvent.Type.Wheel:
            self._pointer_pos = event.position().toPoint()
            self._rest.start()  # the text under a resting pointer changes as it scrolls
        elif kind == QEvent.Type.Resize:
            self._keep_reading_line_in_view(event.oldSize().height(), event.size().height())
        elif kind == QEvent.Type.Leave:
            self._rest.stop()
            self._pointer_pos = None
            if self.pointed and not self._pointer_over_bar():
                self.pointed = ""
                self.refresh()
        return False

    def _keep_reading_line_in_view(self, old: int, new: int) -> None:
        """When the text gets shorter (the bar grew), scroll so the reading cursor's line that was
        in sight stays in sight rather than going under the bar."""
        view = self.session.view
        reading = self.session.reading
        document = reading.document
        if not 0 < new < old or document is None or document is not view.document_model or not document.sentences:
            return
        if not 0 <= reading.sentence < len(document.sentences):
            return
        bar = view.verticalScrollBar()
        if bar.value() == 0 and reading.sentence == 0:
            return  # at the very start the catalogue card stays in sight
        top = view.offset_top(document.sentences[reading.sentence].start) - bar.value()
        line = view.line_pitch_px()
        if 0 <= top < old and top + line > new:
            bar.setValue(bar.value() + int(top + line - new + line))

    def _pointer_over_bar(self) -> bool:
        return self.isVisible() and self.rect().contains(self.mapFromGlobal(QCursor.pos()))

    def _pointer_rested(self) -> None:
        if self._pointer_pos is None:
            return
        text = self.text_at(self._pointer_pos)
        if text is not None and text != self.pointed:
            self.pointed = text
            self.refresh()

    def text_at(self, point: QPoint) -> str | None:
        """What to show for the pointer at a viewport point: its paragraph if that fits, else its
        sentence; a line of the catalogue card; None between paragraphs and in the margins
        (the caption stays as it was, so it does not flicker as the pointer crosses a gap)."""
        navigator = self.session.navigator
        target = self.session.view.pointed_at(point, navigator)
        if target is None or isinstance(target, str):
            return target  # nothing, or a line of the catalogue card
        document = navigator.document
        sentence = target
        paragraph = document.blocks[navigator.block_of(sentence)].text.strip()
        if self.fits(paragraph):
            return paragraph
        return document.sentence_text(document.sentences[sentence]).strip()


def install_caption_bar(session) -> CaptionBar:
    """The 大字幕 bar, shown as the settings say, offered to the session as "caption_bar"."""
    bar = CaptionBar(session)
    session.provide("caption_bar", bar)
    return bar
