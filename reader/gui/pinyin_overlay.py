"""拼音: pinyin over the characters of the text and of the caption bar, and pinyin search.

- View > Pinyin (拼音): off, uncommon characters only (outside GB2312 level 1), every
  character; tone marks or tone numbers; Correct Reading… (Ctrl+Shift+Y, and in the text's
  context menu) for the character at the caret or under the pointer.
- The pinyin is painted by a see-through overlay over the view (PinyinOverlay), for the visible
  lines only, so a 2 MB document costs no more than the sample. The text itself is unchanged:
  selecting and copying give the characters. The view lays the text out with room above each
  line and between the characters while pinyin is on (DocumentLook.pinyin).
- pypinyin never loads on the way to the first window: it loads in a background thread when
  pinyin is first switched on (or at start-up, after the window, when it was left on), when
  the find bar opens, or for a correction; the status bar says "Loading pinyin…".
- When Latin letters are first typed in the find bar, the document's pinyin search index is built
  in a background thread (3.4 s for 2 MB, 35 ms for the sample); from then on they also find
  Chinese by its pinyin (fazhi, fz → 法治).
"""
from __future__ import annotations

import threading

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QPainter
from PySide6.QtWidgets import QInputDialog

from ..core import pinyin
from ..core.cooperative import share_with_window
from ..core.utf16 import code_points_in_units, per_unit
from .announce import announce
from .choices import add_choices, set_choice_texts
from .labels import plain
from .language import follow_language
from .overlays import _TextOverlay
from .document_view import PINYIN_LETTER_SPACING
from .ruby import RubyLabel, SyllablePainter, draw_line

MODES = pinyin.MODES
TONES = pinyin.TONES


class PinyinOverlay(_TextOverlay):
    """Paints the pinyin of the visible lines over the text; takes no input, not in the a11y tree."""

    def __init__(self, window, controller: "PinyinController"):
        super().__init__(window)
        self.setObjectName("pinyinOverlay")
        self.controller = controller
        self.view.verticalScrollBar().valueChanged.connect(self.update)
        self.view.rebuilt.connect(self.refresh)
        self.view.textChanged.connect(self.refresh)

    def refresh(self) -> None:
        if self.controller.showing():
            self.place()
            self.show()
            self.update()
        else:
            self.hide()

    def place(self) -> None:
        super().place()
        for sibling in self.view.findChildren(_TextOverlay, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if sibling is not self and sibling.isVisible():
                sibling.raise_()  # the line-focus veil and the guide lines go over the pinyin

    def _follow_appearance(self) -> None:
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        controller = self.controller
        if not controller.showing():
            return
        view = self.view
        document = view.document()
        layout = document.documentLayout()
        top = view.verticalScrollBar().value()
        viewport = view.viewport()
        bottom = top + viewport.height()
        offset = QPointF(self.offset()) - QPointF(view.horizontalScrollBar().value(), top)
        position = layout.hitTest(QPointF(viewport.width() / 2, top), Qt.HitTestAccuracy.FuzzyHit)
        block = document.findBlock(max(position, 0))
        if block.previous().isValid():
            block = block.previous()
        spacing = PINYIN_LETTER_SPACING if view.look.pinyin else 100
        painter = QPainter(self)
        painter.setPen(QColor(self.session.appearance.scheme.text))
        painters: dict[float, SyllablePainter] = {}
        default_size = document.defaultFont().pointSizeF()
        while block.isValid():
            rect = layout.blockBoundingRect(block)
            if rect.top() > bottom + 4:
                break
            if rect.bottom() >= top and block.length() > 1:
                readings = controller.readings(block.text())
                if readings is not None:
                    size = block.begin().fragment().charFormat().fontPointSize() or default_size
                    syllables = painters.get(size)
                    if syllables is None:
                        syllables = painters[size] = SyllablePainter(size * self.logicalDpiY() / 72)
                        painter.setFont(syllables.font)
                    elif painter.font() != syllables.font:
                        painter.setFont(syllables.font)
                    text_layout = block.layout()
                    left, block_top = rect.left() + offset.x(), rect.top() + offset.y()
                    for number in range(text_layout.lineCount()):
                        line = text_layout.lineAt(number)
                        line_top = block_top + line.y()
                        if line_top + line.height() < 0:
                            continue
                        if line_top > self.height():
                            break
                        baseline = syllables.baseline_above(line_top + line.ascent())
                        draw_line(painter, syllables, line, readings, left, baseline, spacing)
            block = block.next()
        painter.end()


class PinyinController(QObject):
    """The pinyin settings, the menu, loading pypinyin, corrections, the overlay and the caption."""

    loaded = Signal(str)  # from the loading thread: "" when pypinyin is ready, else the error
    index_built = Signal(object)  # from the indexing thread: the document indexed

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.settings = window.settings
        self._readings: dict[str, list[str | None] | None] = {}
        self._loading = False
        self._ready = pinyin.is_loaded()  # pypinyin loaded and the window told so
        self._indexing: set[tuple[int, int]] = set()
        self.error = ""
        self.loaded.connect(self._loaded)
        self.index_built.connect(self._index_built)
        self.overlay = PinyinOverlay(window.session, self)
        self._build_menu()
        window.view.viewport().installEventFilter(self)
        window.appearance.changed.connect(self._follow_settings)
        find = getattr(window, "find", None)
        if find is not None:
            # Latin letters typed: build the index then (not on Ctrl+F: building it takes the
            # 2 MB document's keystrokes in Chinese over 50 ms while it runs).
            find.matches_changed.connect(self._find_searched)
        caption = getattr(window, "caption_bar", None)
        if caption is not None and isinstance(caption.label, RubyLabel):
            caption.label.set_provider(self.caption_readings)
        self._follow_settings()

    # Settings ----------------------------------------------------------------------
    def mode(self) -> str:
        return self.settings.get("pinyin_mode")

    def tones(self) -> str:
        return self.settings.get("pinyin_tones")

    def showing(self) -> bool:
        """Pinyin is on and pypinyin is ready to give it."""
        return self.mode() != pinyin.MODE_OFF and self._ready

    def set_mode(self, mode: str) -> None:
        if mode not in MODES:
            raise ValueError(f"pinyin mode: {mode!r}")
        self.window.appearance.set("pinyin_mode", mode)  # the view makes room for it (or not)
        self._confirm(self.mode_actions[mode].text())

    def set_tones(self, tones: str) -> None:
        if tones not in TONES:
            raise ValueError(f"pinyin tones: {tones!r}")
        self.settings.set("pinyin_tones", tones)
        self._follow_settings()
        self._confirm(self.tone_actions[tones].text())

    def _confirm(self, what: str) -> None:
        text = self.tr("Pinyin: {what}").format(what=plain(what))
        self.window.statusBar().showMessage(text, 4000)
        announce(self.window, text)

    def _follow_settings(self) -> None:
        """After a change of mode, tones or corrections, and after 重置 (reset)."""
        self._readings.clear()
        mode, tones = self.mode(), self.tones()
        self.mode_actions[mode].setChecked(True)
        self.tone_actions[tones].setChecked(True)
        if mode != pinyin.MODE_OFF and not pinyin.is_loaded():
            self.start_loading()
        self.overlay.refresh()
        caption = getattr(self.window, "caption_bar", None)
        if caption is not None:
            caption.label.updateGeometry()
            caption.label.update()
            caption.refresh()

    # Readings ----------------------------------------------------------------------
    def readings(self, text: str) -> list[str | None] | None:
        """What to draw over each UTF-16 unit of ``text`` as Qt lays it out (None: nothing in it
        to draw)."""
        if not self.showing():
            return None
        found = self._readings.get(text, False)
        if found is False:
            shown = pinyin.readings(text, self.tones(), self.mode())
            # Drawn over Qt's layout of the text, indexed by its UTF-16 positions.
            found = per_unit(shown, text) if any(shown) else None
            if len(self._readings) > 5000:
                self._readings.clear()
            self._readings[text] = found
        return found

    def caption_readings(self, text: str) -> list[str | None] | None:
        return self.readings(text)

    # Loading pypinyin -------------------------------------------------------------------
    def start_loading(self) -> bool:
        """Load pypinyin in a background thread; True when it is already loaded."""
        if pinyin.is_loaded():
            return True
        if not self._loading:
            self._loading = True
            self.window.statusBar().showMessage(self.tr("Loading pinyin…"))
            threading.Thread(target=self._load, name="pinyin-load", daemon=True).start()
        return False

    def _load(self) -> None:
        try:
            pinyin.load()
            pinyin.common_characters()
            pinyin.corrections()
            error = ""
        except pinyin.PinyinUnavailable as problem:
            error = str(problem) or "pypinyin"
        self.loaded.emit(error)

    def _loaded(self, error: str) -> None:
        self._loading = False
        self.error = error
        if error:
            message = self.tr("Pinyin is not available: the Python package pypinyin is missing "
                              "(pip install pypinyin).")
            self.window.statusBar().showMessage(message, 8000)
            announce(self.window, message)
            if self.mode() != pinyin.MODE_OFF:
                self.window.appearance.set("pinyin_mode", pinyin.MODE_OFF)
            return
        self._ready = True
        self.window.statusBar().showMessage(self.tr("Pinyin ready"), 3000)
        self._follow_settings()
        self._find_opened()

    # Search ----------------------------------------------------------------------------
    def _find_opened(self) -> None:
        """The find bar opened: build the document's pinyin index in the background."""
        document = self.window.view.document_model
        if document is None or not pinyin.available():
            return
        # Search needs no pypinyin here: the index is built in another process until pinyin
        # is shown (loading pypinyin in this process stalls the window once, for ~200 ms).
        key = (id(document), pinyin.corrections().version)
        if pinyin.search_index(document) is not None or key in self._indexing:
            return
        self._indexing.add(key)
        threading.Thread(target=self._build_index, args=(document, key), name="pinyin-index", daemon=True).start()

    def _find_searched(self) -> None:
        """Latin letters in the find bar before the index was built: build it now."""
        find = self.window.find
        if find.is_open() and pinyin.pinyin_query(find.query or "") is not None:
            self._find_opened()

    def _build_index(self, document, key) -> None:
        try:
            pinyin.search_index(document, build=True, pause=share_with_window(), elsewhere=True)
        finally:
            self.index_built.emit((document, key))

    def _index_built(self, done) -> None:
        document, key = done
        self._indexing.discard(key)
        find = getattr(self.window, "find", None)
        if find is None or not find.is_open() or document is not self.window.view.document_model:
            return
        if pinyin.pinyin_query(find.bar.field.text()) is not None:
            find.query = None  # search again: the letters now find pinyin too
            find.update_matches()

    # Corrections -------------------------------------------------------------------------
    def _build_menu(self) -> None:
        window = self.window
        self.menu = window.view_menu.addMenu("")
        self.menu.setObjectName("pinyinMenu")
        self.mode_group, self.mode_actions = add_choices(self.menu, window, self._mode_names(), self.set_mode)
        for action in self.mode_actions.values():
            action.setProperty("search_terms", "拼音 pinyin")
        self.menu.addSeparator()
        self.tone_group, self.tone_actions = add_choices(self.menu, window, self._tone_names(), self.set_tones)
        self.menu.addSeparator()
        self.correct_action = QAction(window)
        self.correct_action.setShortcut(QKeySequence("Ctrl+Shift+Y"))
        self.correct_action.triggered.connect(self.correct_at_caret)
        self.menu.addAction(self.correct_action)
        follow_language(self.retranslate)

    def _mode_names(self) -> dict[str, str]:
        names = {pinyin.MODE_OFF: self.tr("&Off"), pinyin.MODE_UNCOMMON: self.tr("&Uncommon Characters Only"),
                 pinyin.MODE_ALL: self.tr("&Every Character")}
        return {mode: names[mode] for mode in MODES}

    def _tone_names(self) -> dict[str, str]:
        names = {pinyin.TONE_MARKS: self.tr("Tone &Marks (zhòng)"),
                 pinyin.TONE_NUMBERS: self.tr("Tone &Numbers (zhong4)")}
        return {tones: names[tones] for tones in TONES}

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Pinyin (拼音)"))
        set_choice_texts(self.mode_actions, self._mode_names())
        tips = {pinyin.MODE_OFF: self.tr("No pinyin over the text"),
                pinyin.MODE_UNCOMMON: self.tr("Pinyin over characters outside the 3,755 most common ones"),
                pinyin.MODE_ALL: self.tr("Pinyin over every Chinese character")}
        for mode, action in self.mode_actions.items():
            action.setStatusTip(tips[mode])
        set_choice_texts(self.tone_actions, self._tone_names())
        self.correct_action.setText(self.tr("&Correct Reading…"))
        self.correct_action.setStatusTip(self.tr("Choose the right pinyin for the character at the caret"))

    def character_at(self, position: int) -> tuple[str, int] | None:
        """The text block's text and the index in it of the hanzi at view position ``position``
        (or just before it, where the caret stands after a character)."""
        document = self.window.view.document()
        for candidate in (position, position - 1):
            block = document.findBlock(max(candidate, 0))
            text = block.text()
            index = code_points_in_units(text, 0, candidate - block.position())
            if block.isValid() and 0 <= index < len(text) and pinyin.is_hanzi(text[index]):
                return text, index
        return None

    def correct_at_caret(self) -> None:
        cursor = self.window.view.textCursor()
        found = self.character_at(cursor.selectionStart() if cursor.hasSelection() else cursor.position())
        if found is None:
            message = self.tr("Put the caret on a Chinese character to correct its reading.")
            self.window.statusBar().showMessage(message, 5000)
            announce(self.window, message)
            return
        self.correct(*found)

    def correct(self, text: str, index: int) -> bool:
        """Ask which reading character ``index`` of ``text`` has; keep it. True if one was chosen."""
        try:
            pinyin.load()  # a user's request: a moment's wait is fine
        except pinyin.PinyinUnavailable:
            self._loaded("pypinyin")
            return False
        char = text[index]
        word, position = pinyin.word_at(text, index)
        current = pinyin.syllables(text)[index]
        choices = pinyin.heteronyms(char)
        if current and current not in choices:
            choices.insert(0, current)
        stored = pinyin.corrections().get(word, position)
        tones = self.tones()
        items = [pinyin.display(choice, tones) for choice in choices]
        automatic = None
        if stored is not None:
            pinyin.corrections().set(word, position, None)
            automatic = pinyin.syllables(text)[index]
            pinyin.corrections().set(word, position, stored)
            items.append(self.tr("As the dictionary reads it ({reading})").format(
                reading=pinyin.display(automatic, tones)))
        label = self.tr("Reading of {char} in {word}:").format(char=char, word=word) if len(word) > 1 \
            else self.tr("Reading of {char}:").format(char=char)
        chosen, ok = QInputDialog.getItem(self.window, self.tr("Correct Reading"), label, items,
                                          choices.index(current) if current in choices else 0, False)
        if not ok or chosen not in items:
            return False
        picked = items.index(chosen)
        reading = None if picked >= len(choices) else choices[picked]
        pinyin.corrections().set(word, position, reading)
        self.corrections_changed()
        shown = pinyin.display(pinyin.syllables(text)[index], tones)
        self._confirm(self.tr("{char} reads {reading}").format(char=char, reading=shown))
        return True

    def corrections_changed(self) -> None:
        """Readings changed: draw them again, and index the document again for search."""
        self._follow_settings()
        find = getattr(self.window, "find", None)
        if find is not None and find.is_open():
            self._find_opened()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.ContextMenu and watched is self.window.view.viewport():
            return self._context_menu(event)
        return False

    def _context_menu(self, event) -> bool:
        """The text's own context menu, with Correct Reading of 行… for the character pointed at."""
        view = self.window.view
        keyboard = event.reason() == event.Reason.Keyboard
        if keyboard:
            position = view.textCursor().position()
        else:
            position = view.cursorForPosition(event.pos()).position()
            rect = view.cursorRect(view.cursorForPosition(event.pos()))
            if event.pos().x() < rect.x():  # the pointer is on the character before the caret place
                position -= 1
        found = self.character_at(position) if pinyin.available() else None
        if found is None:
            return False
        menu = view.context_menu(event.pos())
        menu.addSeparator()
        text, index = found
        action = menu.addAction(self.tr("Correct Reading of “{char}”…").format(char=text[index]))
        action.triggered.connect(lambda _checked=False: self.correct(text, index))
        menu.exec(event.globalPos())
        menu.deleteLater()
        return True


def install_pinyin(window) -> PinyinController:
    """View > Pinyin, the overlay over the text, pinyin in the caption bar and in search."""
    controller = PinyinController(window)
    QTimer.singleShot(0, controller.overlay.refresh)
    return controller
