"""The display tools that show nothing until switched on: 十字光标 guide lines and line focus
(overlays.py), 大鼠标 the large pointer (pointer.py).

Each follows its setting (``guide_lines``, ``line_focus``, ``large_pointer``) however it changes
(the toolbar, 重置) and is built, its module loaded, when its setting is first on: with the window
when it was left on, else when first switched on, not on the way to the first window. Offered to
the session under the three names from the start: the toolbar's switches, which only set the
settings, are enabled at once.
"""
from __future__ import annotations

from functools import cached_property
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
        for setting in TOOL_SETTINGS:
            build = lambda name=setting: getattr(self, name)  # noqa: E731 - the property builds it
            if session.settings.get(setting):
                build()
            # Once built, the tool follows its setting itself (and has applied it as it was built).
            session.follow_setting(setting, lambda value, build=build: build() if value else None)
            session.provide(setting, self)

    # Each tool is built (its module loaded) on first access, then kept.
    @cached_property
    def guide_lines(self) -> GuideLines:
        from .overlays import GuideLines

        return GuideLines(self.session)

    @cached_property
    def line_focus(self) -> LineFocus:
        from .overlays import LineFocus

        return LineFocus(self.session)

    @cached_property
    def large_pointer(self) -> LargePointer:
        from .pointer import LargePointer

        return LargePointer(self.session)

    def built(self) -> list[str]:
        """The names of the tools built so far."""
        return [name for name in TOOL_SETTINGS if name in self.__dict__]


def install_display_tools(session) -> DisplayTools:
    return DisplayTools(session)
