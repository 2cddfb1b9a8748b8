"""The main window: menus, the outline beside the text, opening documents."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QMenu, QVBoxLayout, QWidget

from ..bundled import sample_report
from ..core.loading import LoadError
from ..core.model import Document
from ..core.parse_cache import parse_file
from ..core.recent import RecentFiles
from ..core.settings import Settings
from .announce import reader_is_active
from .choices import entry, when_first_shown
from .display.accessibility_toolbar import install_accessibility_toolbar
from .display.appearance import Appearance
from .display.caption_bar import install_caption_bar
from .display.display_tools import install_display_tools
from .dialogs.command_palette_action import install_command_palette
from .view.document_loader import DocumentLoader
from .dock_title import give_title_bar
from .view.document_view import DocumentLook, DocumentView
from .reading.edit_actions import install_edit_actions
from .output.export_menu import install_export
from .feedback import Feedback
from .view.file_watch import install_file_watch
from .favorites import install_favorites
from .reading.find_bar import install_find
from .language import LanguageMenu, follow_language
from .view.fonts import NO_CJK_FONT_MESSAGE, characters_without_font, has_cjk_font
from .message_bar import MessageBar
from .reading.navigation_menu import NavigationMenu
from .reading.outline_panel import OutlinePanel
from .pinyin.pinyin_overlay import install_pinyin
from .output.print_menu import install_printing
from .reading.reading_cursor import ReadingCursor
from .regions import install_regions
from .session import Session
from .speech import install_read_aloud
from .display.zoom import install_zoom

DOCUMENT_FILTER = "*.txt *.text *.htm *.html *.shtml *.xhtml *.pdf *.docx *.doc *.ofd"


class MainWindow(QMainWindow):
    document_shown = Signal(object)  # the Document, once show_document has shown it
    def __init__(self, recent: RecentFiles | None = None, settings: Settings | None = None):
        super().__init__()
        self.recent = recent or RecentFiles()
        self.settings = settings or Settings()
        # The window is the composition root: it builds the shared parts, puts them in the
        # session, and installs each feature with the session.
        self.session = session = Session(self, self.settings, self.recent)
        session.set_opener(self.open_path)
        self.appearance = session.appearance = Appearance(self.settings, self)
        self._message_of_a_document = False  # the message bar speaks of a document (a load error, boxes)
        self.setAcceptDrops(True)
        self.resize(1100, 800)

        self.view = session.view = DocumentView(self)
        self.message_bar = MessageBar(self)
        self.feedback = session.feedback = Feedback(self, self.message_bar)
        self.font_warning = MessageBar(self)  # stays while the other bar comes and goes
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.font_warning)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.view, 1)
        self.setCentralWidget(central)
        # The status bar is in the first paint (the sample's "Opened: …"): made here, it is in the
        # window's layout as it is shown, not added by the first message, which laid the window
        # and the text's view out again before the first paint (~5 ms).
        self.statusBar()

        self.outline = OutlinePanel(self)
        self.outline_dock = QDockWidget(self)
        self.outline_dock.setObjectName("outlineDock")
        self.outline_dock.setWidget(self.outline)
        self.outline_dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        give_title_bar(self.outline_dock)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.outline_dock)
        self.resizeDocks([self.outline_dock], [300], Qt.Orientation.Horizontal)

        self.outline.heading_chosen.connect(self.go_to_heading)
        self.view.visible_heading_changed.connect(self._outline_follows_scrolling)
        self.view.part_changed.connect(lambda _number, _count: self.feedback.show_status(self.view.part_label()))
        self._build_menus()
        session.set_places({"file": self.file_menu, "edit": self.edit_menu, "view": self.view_menu,
                            "help": self.help_menu}, layout, self.file_end)
        self.reading = session.reading = ReadingCursor(self.view, parent=self, colours=lambda: self.appearance.scheme)
        self.reading.moved.connect(self._outline_follows_reading)
        self.reading.moved.connect(session.position_moved)
        self.navigation = NavigationMenu(session)
        session.provide("navigation", self.navigation)
        self.zoom = install_zoom(session)
        # Feature wiring: each feature module installs its actions and widgets here, in any order.
        self.command_palette = install_command_palette(session)
        self.find = install_find(session)
        self.edit = install_edit_actions(session)  # Edit > Copy, Select All (above Find)
        self.favorites = install_favorites(session)
        self.printing = install_printing(session)
        self.exporting = install_export(session)  # File > Export…: HTML, Markdown or text
        # File > Open, recent files and drops open in the background, the progress under the message bar.
        self.loader = DocumentLoader(session, self.show_document, self.show_load_error,
                                     lambda bar: layout.insertWidget(layout.indexOf(self.message_bar) + 1, bar))
        session.provide("loader", self.loader)
        self.file_watch = install_file_watch(session)  # offers to reload a document changed on disk
        self.accessibility = install_accessibility_toolbar(session)
        self.caption_bar = install_caption_bar(session)
        self.display_tools = install_display_tools(session)  # guide lines, line focus, the large pointer
        session.provide("shortcuts", self.show_shortcuts)  # the toolbar's 快捷键
        self.pinyin = install_pinyin(session)
        self.read_aloud = install_read_aloud(session)  # the Read Aloud menu, the toolbar's speech tools
        self.language = LanguageMenu(session)  # View > Language
        self.regions = install_regions(session, self.outline_dock, (self.message_bar, self.font_warning))  # F6 between the toolbar, outline, text, panels
        self.appearance.changed.connect(self._follow_appearance)
        self.appearance.apply()
        self.view.when_painted(self.appearance.fit_windows)  # no dialog opens before the first paint
        follow_language(self.retranslate)
        if not has_cjk_font():
            self.font_warning.show_message(NO_CJK_FONT_MESSAGE)
        if self.settings.damaged_file is not None:
            self.feedback.warn(lambda: self.tr(
                "Your settings file could not be read, so the reader started with its defaults. "
                "The damaged file was kept as {path}.").format(path=self.settings.damaged_file))

    @property
    def document(self) -> Document | None:
        return self.session.document

    @property
    def current_path(self) -> Path | None:
        return self.session.path

    # Menus ------------------------------------------------------------------
    def _build_menus(self) -> None:
        self.file_menu = file_menu = self.menuBar().addMenu("")
        self.open_action = self._action(self.choose_file, QKeySequence.StandardKey.Open)
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu("")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.sample_action = self.about_action = None  # no keys: made when their menu first opens
        self.file_end = file_menu.addSeparator()  # the document's actions go above it (session.py)
        # Not every platform binds the standard Quit key; Ctrl+Q is what readers expect.
        quit_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit) or [QKeySequence("Ctrl+Q")]
        self.quit_action = self._action(self.close)
        self.quit_action.setShortcuts(quit_keys)
        file_menu.addAction(self.quit_action)

        self.edit_menu = self.menuBar().addMenu("")  # Copy, Select All, Find (edit_actions.py, find_bar.py)
        self.view_menu = self.menuBar().addMenu("")
        self.outline_action = self.outline_dock.toggleViewAction()
        self.outline_action.setShortcut(QKeySequence("F9"))
        self.view_menu.addAction(self.outline_action)
        self.view_menu.addSeparator()

        self.help_menu = help_menu = self.menuBar().addMenu("")
        self.shortcuts_action = self._action(self.show_shortcuts, QKeySequence.StandardKey.HelpContents)
        help_menu.addAction(self.shortcuts_action)
        when_first_shown(file_menu, lambda: self._make_entry(
            "sample_action", file_menu, self.recent_menu.menuAction(), self.open_sample))
        when_first_shown(help_menu, lambda: self._make_entry(
            "about_action", help_menu, self.shortcuts_action, self.show_about))

    def _make_entry(self, name: str, menu: QMenu, after: QAction, slot) -> None:
        """The entry ``name`` of ``menu``, below ``after``."""
        entries = menu.actions()
        below = entries[entries.index(after) + 1: entries.index(after) + 2]
        setattr(self, name, entry(menu, below[0] if below else None, slot))
        self._name_entries()

    def retranslate(self) -> None:
        QApplication.setApplicationDisplayName(self.tr("Reader"))
        self.file_menu.setTitle(self.tr("&File"))
        self.open_action.setText(self.tr("&Open…"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.quit_action.setText(self.tr("&Quit"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.outline_dock.setWindowTitle(self.tr("Outline"))
        self.outline_action.setText(self.tr("&Outline"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.shortcuts_action.setText(self.tr("&Keyboard Shortcuts"))
        self._name_entries()
        if self.recent_menu.actions():  # filled each time it opens: only when it was
            self._fill_recent_menu()
        self._update_title()

    def _name_entries(self) -> None:
        """The entries made when their menu first opens, named if they are."""
        if self.sample_action is not None:
            self.sample_action.setText(self.tr("Open the &Sample Report"))
        if self.about_action is not None:
            self.about_action.setText(self.tr("&About Reader"))

    def add_menu(self, title: str = "", before=None):
        """A new menu in the menu bar, before ``before`` (a menu) or else before Help."""
        anchor = (before or self.help_menu).menuAction()
        menu = QMenu(title, self)
        self.menuBar().insertMenu(anchor, menu)
        return menu

    def _action(self, slot, shortcut=None) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = self.recent.paths()
        for number, path in enumerate(paths, start=1):
            action = self.recent_menu.addAction(f"&{number % 10} {Path(path).name}")
            action.setToolTip(path)
            action.setData(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p, wait=False))
        if not paths:
            empty = self.recent_menu.addAction(self.tr("No recent documents"))
            empty.setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("&Clear List"), self._clear_recent)

    def _clear_recent(self) -> None:
        self.recent.clear()
        self._fill_recent_menu()

    # Opening ----------------------------------------------------------------
    def choose_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # not needed on the way to the first window

        from .dialogs.file_dialogs import dialog_options, remember_folder, start_folder

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open Document"), str(start_folder(self.session)),
            self.tr("Documents ({patterns});;All files (*)").format(patterns=DOCUMENT_FILTER),
            **dialog_options(self.session),
        )
        if path:
            remember_folder(self.session, path)
            self.open_path(path, wait=False)

    def open_sample(self) -> bool:
        return self.open_path(sample_report(), remember=False)

    def open_path(self, path, remember: bool = True, wait: bool = True) -> bool:
        """Open a document; on failure say why in the window and keep what was open.

        With wait=False (File > Open, recent files, drops, the command line) it opens in the
        background (document_loader.py), whatever its size or format: a small hostile file (122 KB of
        huge table spans) once held the window here for a minute. This returns True at once and
        the loader says how it went.
        """
        if not wait:
            self.loader.load(path, remember)
            return True
        try:
            document = parse_file(path)
        except LoadError as error:
            self.show_load_error(error)
            return False
        self.show_document(document, Path(path))
        if remember:
            self.recent.add(path)
        return True

    def show_load_error(self, error: Exception) -> str:
        """Say in the window why a document did not open; return the message."""
        def message() -> str:
            if isinstance(error, LoadError):
                return error.format(QCoreApplication.translate("LoadError", error.message))
            # a fault of the reader's own, not of the file
            return self.tr("The document could not be opened: {reason}").format(reason=error)

        text = self.feedback.error(message)
        self._message_of_a_document = True
        return text

    def show_document(self, document: Document, path: Path | None = None, view_built: bool = False,
                      outline=None, navigator=None) -> None:
        """Show a parsed document; the loader has built the view's text and the outline's items."""
        self.session.document, self.session.path = document, path
        if not view_built:
            self.view.show_document(document)
        self.outline.show_outline(document, outline)
        self.reading.set_document(document, str(path or ""), navigator)
        if self._message_of_a_document:  # another document opened: the message is old news
            self.message_bar.hide()
            self._message_of_a_document = False
        self._warn_of_boxes(document)
        self._update_title()
        title = document.title or (path.name if path else "")
        opened = self.tr("Opened: {title}").format(title=title)
        if not reader_is_active():
            # The reader starting: screen readers say the window's title (the document's) as it
            # comes up, and then the text's own description (how to read it).
            self.feedback.show_status(opened)
        else:
            self.feedback.say(opened)
        self.session.shown(document, path)
        self.document_shown.emit(document)

    def _warn_of_boxes(self, document: Document) -> None:
        """Say which characters no installed font has (rare ones beyond U+FFFF): they show as boxes."""
        if not self.view.has_astral_characters:  # nearly every document: no need to look
            return
        # With their code points: the characters themselves show as boxes here too.
        missing = ", ".join(f"{char} U+{ord(char):04X}" for char in characters_without_font(document.text))
        if missing:
            self.feedback.warn(lambda: self.tr(
                "No installed font has these characters of the document, so they show as empty boxes: "
                "{characters}. A font with the rarer Chinese characters shows them (on Debian or Ubuntu: "
                "fonts-hanazono).").format(characters=missing))
            self._message_of_a_document = True

    def _follow_appearance(self) -> None:
        """Lay the text out for the new look; elder mode tucks the outline away."""
        appearance = self.appearance
        self.zoom.follow_mode()
        pinyin = self.settings.get("pinyin_mode")
        self.view.set_look(DocumentLook(card=appearance.scheme.card, elder=appearance.elder,
                                        text_only=appearance.text_only, pinyin=pinyin != "off",
                                        pinyin_uncommon_only=pinyin == "uncommon"))
        self.reading.refresh()
        self.find.restyle()
        self.outline_dock.setVisible(not appearance.elder and self.settings.get("outline_visible"))

    def _outline_follows_reading(self, sentence: int) -> bool:
        """The outline marks the section of the reading cursor, at once, whatever moved it (a jump
        puts the sentence a third of the way down, with the previous section still at the top)."""
        heading = self.reading.navigator.current_heading(sentence) if self.reading.navigator else None
        if heading is not None:
            self.outline.select_block(heading.block)
        return heading is not None

    def _outline_follows_scrolling(self, block: int) -> None:
        """Scrolling moves the outline to the heading at the top, unless the reading cursor's
        sentence (under a heading) is still in sight: then its section stays marked."""
        if not (self.reading.in_sight() and self._outline_follows_reading(self.reading.sentence)):
            self.outline.select_block(block)

    def go_to_heading(self, block: int) -> None:
        self.view.scroll_to_block(block)
        # The focus first: the heading is announced where the focus is (announce.py).
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        sentence = self.reading.navigator.first_sentence(block)
        self.reading.move_to(sentence, announcement=self.navigation.heading_announcement(sentence) or "")

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.reading.save()
        super().closeEvent(event)

    def _update_title(self) -> None:
        name = self.tr("Reader")
        if self.document and self.document.title:
            self.setWindowTitle(f"{self.document.title} — {name}")
        else:
            self.setWindowTitle(name)

    # Drag and drop -----------------------------------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt's name
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.open_path(url.toLocalFile(), wait=False)
                event.acceptProposedAction()
                return

    # Help -------------------------------------------------------------------
    def show_shortcuts(self) -> None:
        """The list of shortcuts: one window, brought to the front when asked for again."""
        from .dialogs.shortcuts_dialog import ShortcutsDialog

        if getattr(self, "shortcuts_dialog", None) is None:
            self.shortcuts_dialog = ShortcutsDialog(self)
        self.shortcuts_dialog.show()
        self.shortcuts_dialog.raise_()
        self.shortcuts_dialog.activateWindow()

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self, self.tr("About Reader"),
            self.tr("Reader: an accessible reader for Chinese government documents. "
                    "It never uses the network and never runs scripts from documents."),
        )
