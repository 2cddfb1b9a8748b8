"""The tips of read aloud's actions: their own, or, without a speech engine, how to enable speech.

An action's own tips are kept in its properties (``speech_tip``, ``speech_tooltip``) so that they
come back when the engine does; its status tip and tooltip show the reason while there is none.
"""
from __future__ import annotations

from PySide6.QtGui import QAction

from ..labels import plain


def name_action(action: QAction, text: str, tip: str, tooltip: str | None = None) -> None:
    """An action's text and its own tips (shown by ``show_tips``); the tooltip is "text: tip"."""
    action.setText(text)
    action.setProperty("speech_tip", tip)
    action.setProperty("speech_tooltip", tooltip or f"{plain(text)}: {tip}")


def remember_tips(action: QAction) -> None:
    """Keep the tips another feature gave an action (the toolbar's), to give back with the engine."""
    action.setProperty("speech_tip", action.statusTip())
    action.setProperty("speech_tooltip", action.toolTip())


def has_tips(action: QAction) -> bool:
    return action.property("speech_tooltip") is not None


def show_tips(action: QAction, unavailable_reason: str) -> None:
    """The action's own tips, or without an engine the reason (which says how to enable speech)."""
    if unavailable_reason:
        action.setToolTip(unavailable_reason)
        action.setStatusTip(unavailable_reason)
        return
    action.setStatusTip(action.property("speech_tip") or "")
    action.setToolTip(action.property("speech_tooltip"))
