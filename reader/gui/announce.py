"""Tell screen readers about something that happened (Qt's announcement events)."""
from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent


def announce(widget, text: str, assertive: bool = False) -> None:
    event = QAccessibleAnnouncementEvent(widget, text)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)
