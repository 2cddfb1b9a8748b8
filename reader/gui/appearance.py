"""How the reader looks: the colour scheme (配色), elder mode (长者助手), text-only (纯文本).

One object holds these display settings, applies them to the application
(palette and style sheet) and tells the widgets that draw the document, its
highlights, the caption bar and the overlays to follow, through ``changed``.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from ..core.schemes import DEFAULT_SCHEME, OTHER_MINIMUM, SCHEMES, Scheme, custom_scheme, mix, ratio
from ..core.settings import Settings
from .style import stylesheet


def _system_wants_high_contrast() -> bool:
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)  # Qt 6.10 and later
    return bool(accessibility and accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast)


def _system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


class Appearance(QObject):
    changed = Signal()

    def __init__(self, settings: Settings, parent=None):
        super().__init__(parent)
        self.settings = settings
        hints = QGuiApplication.styleHints()
        accessibility = getattr(hints, "accessibility", None)
        if accessibility is not None:
            accessibility().contrastPreferenceChanged.connect(self.apply)

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
        self.settings.set(name, value)
        self.apply()

    def apply(self) -> None:
        app = QApplication.instance()
        scheme = self.scheme
        app.setPalette(palette(scheme))
        app.setStyleSheet(stylesheet(scheme, self.elder))
        self.changed.emit()


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
    for role, colour in roles.items():
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            colours.setColor(group, role, QColor(colour))
        colours.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return colours


def placeholder_colour(scheme: Scheme) -> str:
    """A field's hint ("Type a command's name…"): the text colour moved toward the field's
    background as far as 4.5:1 allows, so that a hint does not look like typed text."""
    best = scheme.text
    for step in range(1, 20):
        mixed = mix(scheme.text, scheme.background, step / 20)
        if ratio(mixed, scheme.background) < OTHER_MINIMUM + 0.1:
            break
        best = mixed
    return best
