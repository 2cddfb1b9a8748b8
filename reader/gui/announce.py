"""Tell screen readers about something that happened: the one place features call.

No single channel reaches every screen reader, so the platform decides:
- Windows and macOS: Qt's announcement event (QAccessibleAnnouncementEvent), which Qt hands
  to UI Automation as a notification (NVDA, JAWS, Narrator) and to VoiceOver.
- Linux (AT-SPI): Orca 43 (Debian 12) ignores object:announcement, Qt's announcement there.
  Orca of every version speaks a change of the accessible description of the object that has
  the focus, so the focused widget's description becomes the message while it keeps the focus
  (measured with Orca 43.1, its speech captured: tools/orca_speech.py); its own description
  comes back once the focus leaves it. The announcement event is not sent as well: an Orca
  that reads both would say everything twice.
"""
from __future__ import annotations

import sys
import weakref

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QGuiApplication
from PySide6.QtWidgets import QApplication

# Widgets whose description holds a message now: id -> (the widget, weakly; its own description).
_lent: dict[int, tuple[weakref.ref, str]] = {}
_following_focus = False


def announce(widget, text: str, assertive: bool = False) -> None:
    if not text:
        return
    focused = QApplication.focusWidget()
    if focused is not None and uses_description_channel():
        _describe_focused(focused, text)
        return
    # (With nothing focused, a window not yet active, no description would be spoken.)
    event = QAccessibleAnnouncementEvent(widget, text)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)


def uses_description_channel() -> bool:
    """Whether announcements go through the focused widget's description (AT-SPI, Linux)."""
    return sys.platform.startswith("linux") and QGuiApplication.platformName() not in ("offscreen", "minimal")


def _describe_focused(target, text: str) -> None:
    key = id(target)
    if key not in _lent:
        _lent[key] = (weakref.ref(target), target.accessibleDescription())
        _follow_focus()
    if target.accessibleDescription() == text:  # the same message again: Qt would send no change
        target.setAccessibleDescription("")  # (an empty description is not spoken)
    target.setAccessibleDescription(text)


def _follow_focus() -> None:
    global _following_focus
    application = QApplication.instance()
    if not _following_focus and application is not None:
        application.focusChanged.connect(_focus_changed)
        _following_focus = True


def _focus_changed(old, _new) -> None:
    if old is not None and id(old) in _lent:
        # After the focus event has gone out: the screen reader has moved on and says nothing.
        QTimer.singleShot(0, lambda key=id(old): _give_back(key))


def _give_back(key: int) -> None:
    reference, own = _lent.pop(key, (None, ""))
    widget = reference() if reference is not None else None
    if widget is not None and not widget.hasFocus():
        try:
            widget.setAccessibleDescription(own)
        except RuntimeError:  # deleted on the C++ side meanwhile
            pass
    elif widget is not None:
        _lent[key] = (reference, own)

