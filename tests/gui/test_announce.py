"""Announcements to screen readers made while no window of the reader is active (reader/gui/announce.py)."""
from PySide6.QtWidgets import QLineEdit

from reader.gui import announce as announce_module
from reader.gui.announce import announce


def test_a_message_told_while_no_window_is_active_is_told_once_one_is(qtbot, monkeypatch):
    """No screen reader takes a message from a program none of whose windows is active (Orca has
    no focused object of it to describe): it waits, and is told when a window is active."""
    told = []
    monkeypatch.setattr(announce_module, "send_announcement_event",
                        lambda widget, text, assertive: told.append((text, assertive)))
    monkeypatch.setattr(announce_module, "reader_is_active", lambda: False)
    field = QLineEdit()
    qtbot.addWidget(field)
    announce(field, "设置文件已损坏", assertive=True)
    announce(field, "已导出")
    assert told == []
    monkeypatch.undo()
    monkeypatch.setattr(announce_module, "send_announcement_event",
                        lambda widget, text, assertive: told.append((text, assertive)))
    field.show()
    field.activateWindow()
    qtbot.waitUntil(lambda: bool(told), timeout=3000)
    assert told == [("设置文件已损坏　已导出", True)]  # one message: a screen reader says only the last description
    announce(field, "已打开")  # a window active: told at once
    assert told[-1] == ("已打开", False)


def test_only_the_last_few_messages_wait(qtbot, monkeypatch):
    monkeypatch.setattr(announce_module, "reader_is_active", lambda: False)
    field = QLineEdit()
    qtbot.addWidget(field)
    for number in range(10):
        announce(field, f"消息{number}")
    assert [text for _, text, _ in announce_module._waiting] == ["消息7", "消息8", "消息9"]
    announce_module._waiting.clear()
