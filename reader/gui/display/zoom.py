"""Text size: the portal's 字体 小 / 中 / 大 presets and zoom in 10% steps, remembered.

The view follows the ``zoom_percent`` setting however it changes (a preset, a step, 重置);
the controls offer themselves as "zoom" (the accessibility toolbar's 放大 / 缩小 trigger them).
"""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from ...core.settings import ELDER_ZOOM_MAX, FONT_PRESETS, ZOOM_MAX, ZOOM_MIN, ZOOM_STEP
from ..choices import SettingChoices
from ..language import follow_language


class ZoomControls(QObject):
    def __init__(self, session):
        super().__init__(session)
        self.session = session
        self.view = session.view
        self.settings = session.settings
        menu = session.menu("view")
        above = menu.addSeparator()
        # 字体 小 / 中 / 大, checked at their sizes (130% is none of them)
        self.presets = SettingChoices(session, menu, "zoom_percent", self._preset_names,
                                      lambda name: self.set_zoom(FONT_PRESETS[name]), before=above,
                                      shown=_preset_at)
        self.zoom_in_action = self._action(menu, ("Ctrl+=", "Ctrl++"), lambda: self.step(+1))
        self.zoom_out_action = self._action(menu, ("Ctrl+-",), lambda: self.step(-1))
        self.reset_action = self._action(menu, ("Ctrl+0",), lambda: self.set_zoom(100))
        self._follow(self.settings.get("zoom_percent"))
        session.follow_setting("zoom_percent", self._follow)
        follow_language(self.retranslate)

    def _preset_names(self) -> dict[str, str]:
        return {"small": self.tr("Text Size: &Small (小)"), "medium": self.tr("Text Size: &Medium (中)"),
                "large": self.tr("Text Size: Lar&ge (大)")}

    def retranslate(self) -> None:
        self.zoom_in_action.setText(self.tr("Zoom &In"))
        self.zoom_out_action.setText(self.tr("Zoom O&ut"))
        self.reset_action.setText(self.tr("&Actual Size"))

    def _action(self, menu, keys, slot) -> QAction:
        action = QAction(self.session.window)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def step(self, direction: int) -> None:
        current = self.view.zoom_percent
        # Snap to the 10% grid, so a preset of 125% steps to 130% or 120%.
        target = (current // ZOOM_STEP + (1 if direction > 0 else 0 if current % ZOOM_STEP else -1)) * ZOOM_STEP
        self.set_zoom(max(ZOOM_MIN, min(self.max_percent(), target)))

    def max_percent(self) -> int:
        """300% normally; in elder mode 200% of its 24 pt body, i.e. 48 pt."""
        return ELDER_ZOOM_MAX if self.session.appearance.elder else ZOOM_MAX

    def set_zoom(self, percent: int) -> None:
        self.settings.set("zoom_percent", percent)  # the view follows (session.follow_setting)
        self._follow(percent)  # also when the setting was already so (a press at the limit)
        if percent >= self.max_percent():  # said again at each press beyond it
            text = self.tr("Text size {percent}% (the largest)")
        elif percent <= ZOOM_MIN:
            text = self.tr("Text size {percent}% (the smallest)")
        else:
            text = self.tr("Text size {percent}%")
        self.session.feedback.say(text.format(percent=percent), self.view)

    def follow_mode(self) -> None:
        """After a switch into elder mode, bring a size above its largest back within it."""
        if self.view.zoom_percent > self.max_percent():
            self.set_zoom(self.max_percent())

    def _follow(self, percent: int) -> None:
        if self.view.zoom_percent != percent:
            self.view.set_zoom(percent)
        # Zoom in and out stay enabled at the limits: a press there says it is the largest (or
        # smallest) instead of doing nothing.


def _preset_at(percent: int) -> str | None:
    """The 字体 preset of that size, if one is."""
    return next((name for name, size in FONT_PRESETS.items() if size == percent), None)


def install_zoom(session) -> ZoomControls:
    """View > Text Size and Zoom, offered to the toolbar as "zoom"."""
    zoom = ZoomControls(session)
    session.provide("zoom", zoom)
    return zoom
