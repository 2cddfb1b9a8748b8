"""How the reader looks: the colour scheme (配色), elder mode (长者助手), text-only (纯文本).

One object holds these display settings, applies them to the application
(palette and style sheet) and tells the widgets that draw the document, its
highlights, the caption bar and the overlays to follow, through ``changed``.
It follows its settings however they change (a menu, a key, 重置 resetting them all): once
for a reset of many, since the first change it hears already finds them all reset.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from ...core.schemes import DEFAULT_SCHEME, OTHER_MINIMUM, SCHEMES, Scheme, custom_scheme, dimmed
from ...core.settings import Settings
from ..application_filters import filter_application_events, stop_filtering_application_events
from .style import stylesheet

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog


def _system_wants_high_contrast() -> bool:
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)  # Qt 6.10 and later
    return bool(accessibility and accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast)


def _system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


# The settings the look is made of (pinyin: the view makes room for it above the lines).
LOOK_SETTINGS = ("scheme", "custom_text", "custom_background", "elder_mode", "text_only", "pinyin_mode")


class Appearance(QObject):
    changed = Signal()

    def __init__(self, settings: Settings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self._applied: tuple | None = None  # the look settings as last applied
        settings.subscribe(self._setting_changed)
        hints = QGuiApplication.styleHints()
        accessibility = getattr(hints, "accessibility", None)
        if accessibility is not None:
            accessibility().contrastPreferenceChanged.connect(self.apply)
        self._windows = ElderWindows(self)
        self._set_on_application()  # before the window's widgets are made: each is styled once, as it is made

    def _set_on_application(self) -> None:
        """The palette and style sheet of the look, on the application. Setting a style sheet
        restyles every widget there is (~115 in the window: 7-15 ms); an unchanged one is left."""
        app = QApplication.instance()
        scheme = self.scheme
        app.setPalette(palette(scheme))
        sheet = stylesheet(scheme, self.elder)
        if sheet != app.styleSheet():
            app.setStyleSheet(sheet)

    # What the settings say -----------------------------------------------------
    @property
    def elder(self) -> bool:
        return self.settings.get("elder_mode")

    @property
    def text_only(self) -> bool:
        return self.settings.get("text_only")

    @property
    def scheme_name(self) -> str:
        return self.settings.get("scheme")

    @property
    def scheme(self) -> Scheme:
        name = self.scheme_name
        if name == "custom":
            try:
                return custom_scheme(self.settings.get("custom_text"), self.settings.get("custom_background"))
            except ValueError:
                return SCHEMES[DEFAULT_SCHEME]
        if name == DEFAULT_SCHEME and _system_wants_high_contrast():
            # The user has not chosen colours and the system asks for high contrast.
            return SCHEMES["black-yellow" if _system_is_dark() else "white-black"]
        return SCHEMES[name]

    # Changing ------------------------------------------------------------------
    def set(self, name: str, value) -> None:
        self.settings.set(name, value)  # applied as it changes (_setting_changed)

    def _look(self) -> tuple:
        return tuple(self.settings.get(name) for name in LOOK_SETTINGS)

    def _setting_changed(self, name: str, _value) -> None:
        if name in LOOK_SETTINGS and self._applied is not None and self._look() != self._applied:
            self.apply()

    def apply(self) -> None:
        self._applied = self._look()
        self._set_on_application()
        self._windows.follow(self.elder)
        self.changed.emit()

    def fit_windows(self) -> None:
        """Elder mode's windows are fitted to the screen from now on (ElderWindows)."""
        self._windows.start()


LARGE_SHARE = 0.85  # of the screen, for the windows that show many things at once (files, pages)


class ElderWindows(QObject):
    """In elder mode every window the reader opens is sized for its larger text and never larger
    than the screen: a dialog at least as large as it asks to be, Qt's file dialog and print
    preview most of the screen, with the file list's name column wide enough for names."""

    def __init__(self, appearance: Appearance):
        super().__init__(appearance)
        self.appearance = appearance
        self._watching = False
        self._started = False

    def follow(self, elder: bool) -> None:
        """Watch the application's windows in elder mode only: a filter on the application
        sees every event of every widget (in Python; ~5 % of start-up)."""
        if self._started:
            self._watch(elder)

    def start(self) -> None:
        """Watch from now on (as followed): from the main window's first paint, as no dialog opens
        before it; before, the filter saw the ~700 events of the window's making in Python."""
        self._started = True
        self._watch(self.appearance.elder)

    def _watch(self, elder: bool) -> None:
        if elder != self._watching:
            if elder:
                filter_application_events(QApplication.instance(), self)
            else:
                stop_filtering_application_events(QApplication.instance(), self)
            self._watching = elder

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.Show:
            return False
        from PySide6.QtWidgets import QDialog  # (QDialog and the classes below: not on the way to the first window)

        if isinstance(watched, QDialog) and watched.isWindow() and self.appearance.elder:
            fit_to_screen(watched)
            QTimer.singleShot(0, watched, lambda: fit_to_screen(watched))  # once its text is laid out
        return False


def fit_to_screen(dialog: QDialog) -> None:
    from PySide6.QtWidgets import QHeaderView, QSplitter, QTreeView

    screen = dialog.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    room = screen.availableGeometry()
    hint = dialog.sizeHint()
    width, height = max(dialog.width(), hint.width()), max(dialog.height(), hint.height())
    if dialog.inherits("QFileDialog") or dialog.inherits("QPrintPreviewDialog"):
        width, height = max(width, int(room.width() * LARGE_SHARE)), max(height, int(room.height() * LARGE_SHARE))
    width, height = min(width, room.width()), min(height, room.height())
    if (width, height) != (dialog.width(), dialog.height()):
        dialog.resize(width, height)
    frame = dialog.frameGeometry()
    x = min(max(frame.x(), room.left()), room.right() - frame.width() + 1)
    y = min(max(frame.y(), room.top()), room.bottom() - frame.height() + 1)
    if (x, y) != (frame.x(), frame.y()):
        dialog.move(x, y)
    for splitter in dialog.findChildren(QSplitter, "splitter"):  # QFileDialog's places | files
        splitter.setSizes([splitter.width() // 5, splitter.width() - splitter.width() // 5])
    for files in dialog.findChildren(QTreeView, "treeView"):  # QFileDialog's detail view
        header = files.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column in (3, 2):  # on a small screen, the date and the type give way to the names
            if header.sectionSize(0) < files.viewport().width() * 0.45 and header.count() > column:
                header.hideSection(column)


MENU_LIGHTER = 108  # per cent: Fusion's menus are the text's background this much lighter
TEXT_DIMMED_MINIMUM = OTHER_MINIMUM + 0.1  # a hint's or a disabled control's text: 4.5:1, a little over


def palette(scheme: Scheme) -> QPalette:
    colours = QPalette()
    roles = {
        QPalette.ColorRole.Window: scheme.ui_background,
        QPalette.ColorRole.WindowText: scheme.ui_text,
        QPalette.ColorRole.Base: scheme.background,
        QPalette.ColorRole.AlternateBase: scheme.card,
        QPalette.ColorRole.Text: scheme.text,
        QPalette.ColorRole.Button: scheme.ui_background,
        QPalette.ColorRole.ButtonText: scheme.ui_text,
        QPalette.ColorRole.Highlight: scheme.selection,
        QPalette.ColorRole.HighlightedText: scheme.selection_text,
        QPalette.ColorRole.ToolTipBase: scheme.ui_background,
        QPalette.ColorRole.ToolTipText: scheme.ui_text,
        QPalette.ColorRole.PlaceholderText: placeholder_colour(scheme),
        QPalette.ColorRole.BrightText: scheme.ui_text,
    }
    # What cannot be used now (a greyed menu entry, a button waiting for a document) is told apart
    # by its text, dimmed as far as 4.5:1 allows: in the text's own colour it looked the same.
    # Fusion draws menus on the text's background lightened (buttons on a lighter face still: in
    # 蓝底黄字 a disabled button's text measures 3.8:1 there, the room to dim being small).
    lit = [QColor(colour).lighter(MENU_LIGHTER).name() for colour in (scheme.ui_background, scheme.background)]
    interface = dimmed(scheme.ui_text, scheme.ui_background, TEXT_DIMMED_MINIMUM, scheme.background, *lit)
    disabled = {QPalette.ColorRole.WindowText: interface, QPalette.ColorRole.ButtonText: interface,
                QPalette.ColorRole.Text: dimmed(scheme.text, scheme.background, TEXT_DIMMED_MINIMUM, lit[1])}
    for role, colour in roles.items():
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            colours.setColor(group, role, QColor(colour))
        colours.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled.get(role, colour)))
    return colours


def placeholder_colour(scheme: Scheme) -> str:
    """A field's hint ("Type a command's name…"), so that it does not look like typed text."""
    return dimmed(scheme.text, scheme.background, TEXT_DIMMED_MINIMUM)
