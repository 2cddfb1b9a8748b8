"""What the window's features share, handed to each of them: the one source of truth.

A feature is installed with the session (``install_x(session)``) and finds everything through
it: the open document and its path, the reading position, the settings and their changes, the
view, what to tell the user (``feedback``), the window's menus (``menu("file")``, ``add_menu``)
and the strip under the text (``add_under_text``), and the window itself only as the place its
toolbars, docks and dialogs go (Qt's own API: ``addToolBar``, ``addDockWidget``, a dialog's
parent). Features never read or write attributes of the window, nor reach a sibling through it.

A feature that serves others (the toolbar read aloud puts its buttons on, the caption bar whose
text pinyin annotates, find whose searches pinyin indexes) offers itself with ``provide``; a
feature that uses one asks with ``when_provided``, which calls back at once if it is there, or
as soon as it is offered: so the order features are installed in does not matter.

Names offered:
- "toolbar": the 无障碍 toolbar (accessibility_toolbar.py); read aloud binds its speech tools in.
- "caption_bar": the 大字幕 bar (caption_bar.py); read aloud shows what it reads, pinyin draws over it.
- "guide_lines", "line_focus", "large_pointer": the display tools (display_tools.py, which builds
  each from overlays.py, pointer.py when its setting is first on); the toolbar enables their
  switches once they are there to follow their settings.
- "zoom": the text size controls (zoom.py); the toolbar's 放大 / 缩小 trigger them.
- "shortcuts": a function showing the list of shortcuts (the window's Help); the toolbar's 快捷键.
- "find": find (find_bar.py); pinyin indexes what it searches.
- "pinyin": pinyin (pinyin_overlay.py); the screenshot command waits for it to show.
- "printing": File > Print and Export as PDF (print_menu.py).
- "navigation": the Go menu (navigation_menu.py); F6 (regions.py) joins it.
- "loader": the document loader (document_loader.py); start-up chores wait until it is idle.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ..core.model import Document
from ..core.recent import RecentFiles
from ..core.settings import Settings
from .choices import when_first_shown


class Session(QObject):
    document_shown = Signal(object)  # the Document, once it is on screen
    position_moved = Signal(int)  # the reading cursor's sentence
    setting_changed = Signal(str, object)  # a setting's name and new value, however it changed

    def __init__(self, window, settings: Settings, recent: RecentFiles):
        super().__init__(window)
        self.window = window  # where menus, toolbars, docks and dialogs go
        self.settings = settings
        self.recent = recent
        self.document: Document | None = None
        self.path: Path | None = None
        # The window's parts, set as it builds them (main_window.py).
        self.view = None  # DocumentView
        self.reading = None  # ReadingCursor: the reading position
        self.appearance = None  # Appearance: scheme, elder mode, text-only
        self.feedback = None  # Feedback: what the user is told
        self._opener: Callable | None = None
        self._menus: dict[str, object] = {}  # "file", "edit", "view", "help": QMenus
        self._text_area = None  # the layout the view is in
        self._file_end = None  # the File menu's separator above Quit
        self._file_groups: list[tuple[int, list, Callable | None]] = []  # (rank, actions, later) above it
        self._provided: dict[str, object] = {}
        self._waiting: dict[str, list[Callable]] = {}
        settings.subscribe(self.setting_changed.emit)

    # The document -----------------------------------------------------------
    @property
    def navigator(self):
        return self.reading.navigator if self.reading is not None else None

    @property
    def sentence(self) -> int:
        """The reading position: the index of the reading cursor's sentence."""
        return self.reading.sentence if self.reading is not None else 0

    def has_text(self) -> bool:
        return self.document is not None and bool(self.document.sentences)

    def set_opener(self, open_path: Callable) -> None:
        self._opener = open_path

    def open(self, path, remember: bool = True) -> None:
        """Open a document in the background (the loader tells how it went)."""
        self._opener(path, remember=remember, wait=False)

    def shown(self, document: Document, path: Path | None) -> None:
        """The window has shown a document: every feature hears it."""
        self.document, self.path = document, path
        self.document_shown.emit(document)

    def follow_setting(self, name: str, apply: Callable[[object], None]) -> None:
        """Call ``apply(value)`` whenever the named setting changes, however it changed (a switch,
        a menu, 重置): a tool whose state is a setting follows it from here."""
        self.setting_changed.connect(lambda changed, value: apply(value) if changed == name else None)

    # The window's places ----------------------------------------------------
    def set_places(self, menus: dict, text_area, file_end) -> None:
        self._menus, self._text_area, self._file_end = dict(menus), text_area, file_end
        when_first_shown(menus["file"], self._make_later_file_actions)

    def menu(self, name: str):
        """One of the window's standing menus: "file", "edit", "view", "help"."""
        return self._menus[name]

    def add_menu(self, title: str = "", before: str = "help"):
        """A new menu in the menu bar, before the named standing menu."""
        return self.window.add_menu(title, self._menus[before])

    def add_file_actions(self, actions: list, rank: int, later: Callable[[], list] | None = None) -> None:
        """Actions on the document (Print, Export…) in the File menu above Quit, in rank order
        whatever order features are installed in, a separator above the first. ``later()``
        makes the group's entries without keys, below its others, when the menu first opens."""
        menu = self._menus["file"]
        if not self._file_groups:
            menu.insertSeparator(self._file_end)
        menu.insertActions(self._file_anchor(rank), actions)
        self._file_groups = sorted(self._file_groups + [(rank, list(actions), later)], key=lambda group: group[0])

    def _file_anchor(self, rank: int):
        """The File menu entry the group of ``rank`` goes above: the next group's first, or Quit's separator."""
        return next((actions[0] for rank_, actions, _later in self._file_groups if rank_ > rank and actions),
                    self._file_end)

    def _make_later_file_actions(self) -> None:
        for rank, actions, later in self._file_groups:
            if later is not None:
                made = later()
                self._menus["file"].insertActions(self._file_anchor(rank), made)
                actions += made

    def add_under_text(self, widget) -> None:
        """A strip under the text (the find bar, the caption bar), in the order added."""
        self._text_area.addWidget(widget)

    # Features that serve others --------------------------------------------
    def provide(self, name: str, feature: object) -> None:
        self._provided[name] = feature
        for callback in self._waiting.pop(name, []):
            callback(feature)

    def when_provided(self, name: str, callback: Callable[[object], None]) -> None:
        if name in self._provided:
            callback(self._provided[name])
        else:
            self._waiting.setdefault(name, []).append(callback)

    def provided(self, name: str):
        """The feature offered under name, or None (not installed, or not yet)."""
        return self._provided.get(name)
