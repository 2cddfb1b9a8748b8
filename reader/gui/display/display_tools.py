"""The display tools that show nothing until switched on: 十字光标 guide lines and line focus
(overlays.py), 大鼠标 the large pointer (pointer.py).

Each follows its setting (``guide_lines``, ``line_focus``, ``large_pointer``) however it changes
(the toolbar, 重置) and is built, its module loaded, when its setting is first on: with the window
when it was left on, else when first switched on, not on the way to the first window. Offered to
the session under the three names from the start: the toolbar's switches, which only set the
settings, are enabled at once.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from .overlays import GuideLines, LineFocus
    from .pointer import LargePointer

TOOL_SETTINGS = ("guide_lines", "line_focus", "large_pointer")  # each tool's setting, and its name


class DisplayTools(QObject):
    def __init__(self, session):
        super().__init__(session)
        self.session = session
        self._guide_lines: GuideLines | None = None
        self._line_focus: LineFocus | None = None
        self._large_pointer: LargePointer | None = None
        for setting in TOOL_SETTINGS:
            build = lambda name=setting: getattr(self, name)  # noqa: E731 - the property builds it
            if session.settings.get(setting):
                build()
            # Once built, the tool follows its setting itself (and has applied it as it was built).
            session.follow_setting(setting, lambda value, build=build: build() if value else None)
            session.provide(setting, self)

    @property
    def guide_lines(self) -> GuideLines:
        if self._guide_lines is None:
            from .overlays import GuideLines

            self._guide_lines = GuideLines(self.session)
        return self._guide_lines

    @property
    def line_focus(self) -> LineFocus:
        if self._line_focus is None:
            from .overlays import LineFocus

            self._line_focus = LineFocus(self.session)
        return self._line_focus

    @property
    def large_pointer(self) -> LargePointer:
        if self._large_pointer is None:
            from .pointer import LargePointer

            self._large_pointer = LargePointer(self.session)
        return self._large_pointer

    def built(self) -> list[str]:
        """The names of the tools built so far."""
        return [name for name in TOOL_SETTINGS if getattr(self, f"_{name}") is not None]


def install_display_tools(session) -> DisplayTools:
    return DisplayTools(session)
