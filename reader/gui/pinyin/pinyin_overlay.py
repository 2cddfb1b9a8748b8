"""拼音: pinyin over the characters of the text and of the caption bar, and pinyin search.

- View > Pinyin (拼音): off, uncommon characters only (outside GB2312 level 1), every
  character; tone marks or tone numbers; Correct Reading… (Ctrl+Shift+Y, and in the text's
  context menu) for the character at the caret or under the pointer.
- The pinyin is painted by a see-through overlay over the view (over_text.py), for the visible
  lines only, so a 2 MB document costs no more than the sample. The text itself is unchanged:
  selecting and copying give the characters. The view lays the text out with room above each
  line and between the characters while pinyin is on (DocumentLook.pinyin).
- pypinyin never loads on the way to the first window: it loads in a background job
  (background.py) when pinyin is first switched on (or at start-up, after the window, when it
  was left on), or for a correction; the status bar says "Loading pinyin…". With pinyin off,
  nothing of it loads at start but its menu: core/pinyin.py (and its lexicon) with the first
  use, the overlay and the ruby painter (ruby.py) when pinyin first shows.
- When Latin letters are first typed in the find bar, the document's pinyin search index is built
  in a background job (3.4 s for 2 MB, 35 ms for the sample); from then on they also find
  Chinese by its pinyin (fazhi, fz → 法治).
- Installed with the session: it finds the find bar and the caption bar when they offer
  themselves ("find", "caption_bar"), follows its settings (``pinyin_mode``: PinyinMode,
  ``pinyin_tones``: ToneStyle) however they change, and tells the user through feedback.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence

from ...core.settings import PinyinMode, ToneStyle
from ...core.utf16 import code_points_in_units, per_unit
from ..background import BackgroundJob
from ..choices import SettingChoices
from ..labels import plain
from ..language import follow_language

if TYPE_CHECKING:
    from .over_text import PinyinOverlay


class PinyinController(QObject):
    """The pinyin settings, the menu, loading pypinyin, corrections, the overlay and the caption."""

    def __init__(self, session):
        super().__init__(session)
        self.session = session
        self.settings = session.settings
        self.view = session.view
        self._readings: dict[str, list[str | None] | None] = {}
        self._ready = False  # pypinyin loaded and the window told so (_follow_settings)
        self.error = ""
        self.find = None  # the find bar's controller, once offered
        self.caption = None  # the caption bar, once offered
        self.loading = BackgroundJob(self, "pinyin-load")
        self.loading.finished.connect(
            lambda _result, problem: self._loaded("" if problem is None else str(problem) or "pypinyin"))
        self.indexing = BackgroundJob(self, "pinyin-index")
        self.indexing.finished.connect(self._index_built)
        self._index_key: tuple[int, int] | None = None  # the document (and corrections) being indexed
        self._index_next = None  # a document to index once the job running ends
        self._overlay: PinyinOverlay | None = None  # built when pinyin first shows
        self._build_menu()
        # The text's context menu (Correct Reading): from the first paint on, when a click can ask
        # for it (a filter in Python before would see every event of the window's showing).
        self.view.when_painted(lambda: self.view.viewport().installEventFilter(self))
        session.appearance.changed.connect(self._follow_settings)  # pinyin_mode relays the text out first
        session.setting_changed.connect(self._setting_changed)
        session.when_provided("find", self._find_offered)
        session.when_provided("caption_bar", self._caption_offered)
        self._follow_settings()

    @property
    def overlay(self) -> PinyinOverlay:
        """The overlay over the text, built when first needed: with pinyin off nothing of pinyin
        (core/pinyin.py, its lexicon, the ruby painter) loads on the way to the first window."""
        if self._overlay is None:
            from .over_text import PinyinOverlay

            self._overlay = PinyinOverlay(self.session, self)
        return self._overlay

    def _find_offered(self, find) -> None:
        self.find = find
        # Latin letters typed: build the index then (not on Ctrl+F: building it takes the
        # 2 MB document's keystrokes in Chinese over 50 ms while it runs).
        find.matches_changed.connect(self._find_searched)

    def _caption_offered(self, caption) -> None:
        self.caption = caption
        caption.set_readings_provider(self.caption_readings)
        self._follow_settings()

    # Settings ----------------------------------------------------------------------
    def mode(self) -> PinyinMode:
        return self.settings.get("pinyin_mode")

    def tones(self) -> ToneStyle:
        return self.settings.get("pinyin_tones")

    def showing(self) -> bool:
        """Pinyin is on and pypinyin is ready to give it."""
        return self.mode() != PinyinMode.OFF and self._ready

    def set_mode(self, mode: str) -> None:
        self.settings.set("pinyin_mode", PinyinMode(mode))  # the view makes room for it (or not)
        self._confirm(self.modes.text(PinyinMode(mode)))

    def set_tones(self, tones: str) -> None:
        self.settings.set("pinyin_tones", ToneStyle(tones))  # followed in _setting_changed
        self._confirm(self.tone_styles.text(ToneStyle(tones)))

    def _confirm(self, what: str) -> None:
        self.session.feedback.confirm(self.tr("Pinyin: {what}").format(what=plain(what)))

    def _setting_changed(self, name: str, _value) -> None:
        if name == "pinyin_tones":  # a new mode is followed once the text is laid out for it
            self._follow_settings()

    def _follow_settings(self) -> None:
        """After a change of mode, tones or corrections, and after 重置 (reset)."""
        self._readings.clear()
        mode = self.mode()
        if mode != PinyinMode.OFF:
            from ...core import pinyin

            if pinyin.is_loaded():
                self._ready = True  # (by another window, or a correction)
            else:
                self.start_loading()
        if mode != PinyinMode.OFF or self._overlay is not None:
            self.overlay.refresh()
        if self.caption is not None:
            self.caption.readings_changed()

    # Readings ----------------------------------------------------------------------
    def readings(self, text: str) -> list[str | None] | None:
        """What to draw over each UTF-16 unit of ``text`` as Qt lays it out (None: nothing in it
        to draw)."""
        if not self.showing():
            return None
        found = self._readings.get(text, False)
        if found is False:
            from ...core import pinyin

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
        """Load pypinyin in a background job; True when it is already loaded."""
        from ...core import pinyin

        if pinyin.is_loaded():
            return True
        if not self.loading.running:
            self.session.feedback.show_status(self.tr("Loading pinyin…"))
            self.loading.start(self._load)
        return False

    @staticmethod
    def _load(_progress) -> None:
        """In the job's thread: pypinyin and the tables pinyin is drawn with."""
        from ...core import pinyin

        pinyin.load()
        pinyin.common_characters()
        pinyin.corrections()

    def _loaded(self, error: str) -> None:
        self.error = error
        if error:
            self.session.feedback.warn(lambda: self.tr(
                "Pinyin is not available: the Python package pypinyin is missing (pip install pypinyin)."))
            if self.mode() != PinyinMode.OFF:
                self.settings.set("pinyin_mode", PinyinMode.OFF)
            return
        self._ready = True
        self.session.feedback.show_status(self.tr("Pinyin ready"))
        self._follow_settings()
        self._find_opened()

    # Search ----------------------------------------------------------------------------
    def _find_opened(self) -> None:
        """Build the document's pinyin index for search in the background (once per document
        and corrections; one at a time, the latest asked for next)."""
        from ...core import pinyin

        document = self.session.document
        if document is None or not pinyin.available():
            return
        # Search needs no pypinyin here: the index is built in another process until pinyin
        # is shown (loading pypinyin in this process stalls the window once, for ~200 ms).
        key = (id(document), pinyin.corrections().version)
        if pinyin.search_index(document) is not None or key == self._index_key:
            return
        if self.indexing.running:
            self._index_next = document
            return
        self._index_key = key
        self.indexing.start(self._build_index, document)

    def _find_searched(self) -> None:
        """Latin letters in the find bar before the index was built: build it now."""
        find = self.find
        if not find.is_open():  # (a new document: nothing typed)
            return
        from ...core import pinyin

        if pinyin.pinyin_query(find.query or "") is not None:
            self._find_opened()

    @staticmethod
    def _build_index(_progress, document):
        """In the job's thread."""
        from ...core import pinyin
        from ...core.cooperative import share_with_window

        pinyin.search_index(document, build=True, pause=share_with_window(), elsewhere=True)
        return document

    def _index_built(self, document, _problem) -> None:
        from ...core import pinyin

        self._index_key = None
        if self._index_next is not None:
            self._index_next = None
            self._find_opened()  # the document open now, if it still needs its index
        find = self.find
        if find is None or not find.is_open() or document is None or document is not self.session.document:
            return
        if pinyin.pinyin_query(find.bar.field.text()) is not None:
            find.query = None  # search again: the letters now find pinyin too
            find.update_matches()

    # Corrections -------------------------------------------------------------------------
    def _build_menu(self) -> None:
        window = self.session.window
        self.menu = self.session.menu("view").addMenu("")
        self.menu.setObjectName("pinyinMenu")
        choices = self.menu.addSeparator()  # the modes, then the tones, go above it when it opens
        self.modes = SettingChoices(self.session, self.menu, "pinyin_mode", self._mode_names, self.set_mode,
                                    before=choices, tips=self._mode_tips,
                                    properties={"search_terms": "拼音 pinyin"})
        self.tone_styles = SettingChoices(self.session, self.menu, "pinyin_tones", self._tone_names,
                                          self.set_tones, before=choices, separated=(ToneStyle.MARKS,))
        self.correct_action = QAction(window)
        self.correct_action.setShortcut(QKeySequence("Ctrl+Shift+Y"))
        self.correct_action.triggered.connect(self.correct_at_caret)
        self.menu.addAction(self.correct_action)
        follow_language(self.retranslate)

    def _mode_names(self) -> dict[PinyinMode, str]:
        return {PinyinMode.OFF: self.tr("&Off"), PinyinMode.UNCOMMON: self.tr("&Uncommon Characters Only"),
                PinyinMode.ALL: self.tr("&Every Character")}

    def _tone_names(self) -> dict[ToneStyle, str]:
        return {ToneStyle.MARKS: self.tr("Tone &Marks (zhòng)"), ToneStyle.NUMBERS: self.tr("Tone &Numbers (zhong4)")}

    def _mode_tips(self) -> dict[PinyinMode, str]:
        return {PinyinMode.OFF: self.tr("No pinyin over the text"),
                PinyinMode.UNCOMMON: self.tr("Pinyin over characters outside the 3,755 most common ones"),
                PinyinMode.ALL: self.tr("Pinyin over every Chinese character")}

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Pinyin (拼音)"))
        self.correct_action.setText(self.tr("&Correct Reading…"))
        self.correct_action.setStatusTip(self.tr("Choose the right pinyin for the character at the caret"))

    def character_at(self, position: int) -> tuple[str, int] | None:
        """The text block's text and the index in it of the hanzi at view position ``position``
        (or just before it, where the caret stands after a character)."""
        from ...core import pinyin

        document = self.view.document()
        for candidate in (position, position - 1):
            block = document.findBlock(max(candidate, 0))
            text = block.text()
            index = code_points_in_units(text, 0, candidate - block.position())
            if block.isValid() and 0 <= index < len(text) and pinyin.is_hanzi(text[index]):
                return text, index
        return None

    def correct_at_caret(self) -> None:
        cursor = self.view.textCursor()
        found = self.character_at(cursor.selectionStart() if cursor.hasSelection() else cursor.position())
        if found is None:
            self.session.feedback.say(self.tr("Put the caret on a Chinese character to correct its reading."))
            return
        self.correct(*found)

    def correct(self, text: str, index: int) -> bool:
        """Ask which reading character ``index`` of ``text`` has; keep it. True if one was chosen."""
        from PySide6.QtWidgets import QInputDialog

        from ...core import pinyin

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
        chosen, ok = QInputDialog.getItem(self.session.window, self.tr("Correct Reading"), label, items,
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
        if self.find is not None and self.find.is_open():
            self._find_opened()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.ContextMenu and watched is self.view.viewport():
            return self._context_menu(event)
        return False

    def _context_menu(self, event) -> bool:
        """The text's own context menu, with Correct Reading of 行… for the character pointed at."""
        from ...core import pinyin

        view = self.view
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


def install_pinyin(session) -> PinyinController:
    """View > Pinyin, the overlay over the text, pinyin in the caption bar and in search."""
    controller = PinyinController(session)
    session.provide("pinyin", controller)
    if controller.mode() != PinyinMode.OFF:
        QTimer.singleShot(0, controller.overlay.refresh)
    return controller
