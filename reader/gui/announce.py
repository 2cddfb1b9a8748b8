"""Tell screen readers about something that happened: the one place features call.

No single channel reaches every screen reader, so the platform decides:
- Windows and macOS: Qt's announcement event (QAccessibleAnnouncementEvent), which Qt hands
  to UI Automation as a notification (NVDA, JAWS, Narrator) and to VoiceOver.
- Linux (AT-SPI): Orca 43 (Debian 12) ignores object:announcement, Qt's announcement there.
  Orca of every version speaks a change of the accessible description of the object that has
  the focus, so the message becomes that description while the focus stays: the focused
  widget's, or in a list or tree the current item's (the item is what has the focus for Orca).
  Measured with Orca 43.1, its speech captured (tools/orca_speech.py, tests/gui/test_orca.py).
  The own description comes back once the focus (or the current item) moves on, when the screen
  reader no longer listens to it. The announcement event is not sent as well: an Orca that
  reads both would say everything twice.

While no window of the reader is active (it is starting, before its window is on the screen, or
the user is in another program), no screen reader would take a message from it (Orca has no
focused object of the reader to describe, and screen readers drop a background program's
notifications): the last few messages wait for the reader's window to be active and are told
then (e.g. a damaged settings file, found as the reader starts).
"""
from __future__ import annotations

import sys
import weakref
from typing import Callable

from PySide6.QtCore import QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QApplication

DESCRIPTION_ROLE = Qt.ItemDataRole.AccessibleDescriptionRole
# Widgets whose (or whose current item's) description holds a message now:
# id -> (the widget, weakly; what puts the own description back).
_lent: dict[int, tuple[weakref.ref, Callable[[], None]]] = {}
_watched_views: set[int] = set()
_following_focus = False
# What was told while no window of the reader was active: (the widget, weakly; the text;
# assertive), told when one is. The last few only: old news is not worth waiting for.
_waiting: list[tuple[weakref.ref, str, bool]] = []
MAX_WAITING = 3


def announce(widget, text: str, assertive: bool = False) -> None:
    if not text:
        return
    if not reader_is_active():
        _wait_for_an_active_window(widget, text, assertive)
        return
    focused = QApplication.focusWidget()
    if focused is not None and uses_description_channel():
        if not (isinstance(focused, QAbstractItemView) and _describe_current_item(focused, text)):
            _describe_widget(focused, text)
        _follow_focus()
        return
    # (With nothing focused, no description would be spoken.)
    send_announcement_event(widget, text, assertive)


def send_announcement_event(widget, text: str, assertive: bool) -> None:
    # Imported here: Qt makes the class's enumerations (~200 members) when it is first used,
    # and Linux (the description channel) may never need it.
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    event = QAccessibleAnnouncementEvent(widget, text)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)


def reader_is_active() -> bool:
    """Whether a window of the reader is the active one (has the keyboard)."""
    return QApplication.activeWindow() is not None


def _wait_for_an_active_window(widget, text: str, assertive: bool) -> None:
    application = QApplication.instance()
    if application is None:
        return
    if not _waiting:
        application.focusWindowChanged.connect(_window_active)
    _waiting.append((weakref.ref(widget), text, assertive))
    del _waiting[:-MAX_WAITING]


def _window_active(window) -> None:
    if window is None or not _waiting:
        return
    QApplication.instance().focusWindowChanged.disconnect(_window_active)
    told = [(widget(), text, assertive) for widget, text, assertive in _waiting]
    _waiting.clear()
    # Once Qt has given the focus to a widget of the window (the description channel needs it);
    # one message, as a screen reader would say only the last of several descriptions.
    QTimer.singleShot(0, lambda: _tell_if_alive(told))


def _tell_if_alive(told: list) -> None:
    alive = []
    for widget, text, assertive in told:
        try:
            if widget is not None and widget.window() is not None:
                alive.append((widget, text, assertive))
        except RuntimeError:  # deleted on the C++ side meanwhile
            pass
    if alive:
        announce(alive[-1][0], "　".join(text for _, text, _ in alive),  # (an ideographic space)
                 assertive=any(assertive for _, _, assertive in alive))


def uses_description_channel() -> bool:
    """Whether announcements go through the focused widget's description (AT-SPI, Linux)."""
    return sys.platform.startswith("linux") and QGuiApplication.platformName() not in ("offscreen", "minimal")


def _describe_widget(target, text: str) -> None:
    key = id(target)
    if key not in _lent:
        own = target.accessibleDescription()
        _lent[key] = (weakref.ref(target), lambda: target.setAccessibleDescription(own))
    if target.accessibleDescription() == text:  # the same message again: Qt would send no change
        target.setAccessibleDescription("")  # (an empty description is not spoken)
    target.setAccessibleDescription(text)


def _describe_current_item(view, text: str) -> bool:
    """The message as the current item's description; False if the view's model takes none."""
    index, model = view.currentIndex(), view.model()
    if not index.isValid() or model is None:
        return False
    key = id(view)
    if key in _lent:
        _give_back(key)  # an item described before: its own description first
    own = index.data(DESCRIPTION_ROLE)
    if own == text:
        model.setData(index, "", DESCRIPTION_ROLE)
    if not model.setData(index, text, DESCRIPTION_ROLE):
        return False
    item = QPersistentModelIndex(index)
    _lent[key] = (weakref.ref(view), lambda: item.isValid() and model.setData(item.model().index(
        item.row(), item.column(), item.parent()), own, DESCRIPTION_ROLE))
    if key not in _watched_views and view.selectionModel() is not None:
        _watched_views.add(key)
        view.selectionModel().currentChanged.connect(lambda *_: _give_back(key))
    return True


def _follow_focus() -> None:
    global _following_focus
    application = QApplication.instance()
    if not _following_focus and application is not None:
        application.focusChanged.connect(_focus_changed)
        _following_focus = True


def _focus_changed(old, _new) -> None:
    if old is not None and id(old) in _lent:
        # After the focus event has gone out: the screen reader has moved on and says nothing.
        QTimer.singleShot(0, lambda key=id(old): _give_back(key, unless_focused=True))


def _give_back(key: int, unless_focused: bool = False) -> None:
    entry = _lent.get(key)
    if entry is None:
        return
    widget = entry[0]()
    if widget is not None and unless_focused and widget.hasFocus():
        return  # the focus came straight back: the message stays
    del _lent[key]
    if widget is not None:
        try:
            entry[1]()
        except RuntimeError:  # deleted on the C++ side meanwhile
            pass
