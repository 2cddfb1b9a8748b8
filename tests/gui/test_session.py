"""The session features share, and the one way the reader tells the user things."""
import pytest
from PySide6.QtWidgets import QMainWindow

from reader.core.json_store import JsonStore
from reader.core.recent import RecentFiles
from reader.core.settings import Settings
from reader.gui.app import create_application
from reader.gui.feedback import MAX_SECONDS, MIN_SECONDS, Feedback, seconds_to_read
from reader.gui.message_bar import MessageBar
from reader.gui.session import Session


@pytest.fixture
def host(qtbot, tmp_path):
    create_application("en")
    window = QMainWindow()
    qtbot.addWidget(window)
    return window


def test_a_feature_gets_what_another_offers_whatever_comes_first(host, tmp_path):
    session = Session(host, Settings(tmp_path / "settings.json"), RecentFiles(JsonStore(tmp_path / "recent.json")))
    got = []
    session.when_provided("toolbar", got.append)  # asked before it is there
    session.provide("toolbar", "the toolbar")
    session.when_provided("toolbar", got.append)  # asked after
    assert got == ["the toolbar", "the toolbar"]
    assert session.provided("caption_bar") is None


def test_every_change_of_a_setting_is_signalled(host, tmp_path, qtbot):
    settings = Settings(tmp_path / "settings.json")
    session = Session(host, settings, RecentFiles(JsonStore(tmp_path / "recent.json")))
    heard = []
    session.setting_changed.connect(lambda name, value: heard.append((name, value)))
    settings.set("caption_bar", True)
    settings.reset(["caption_bar"])
    assert heard == [("caption_bar", True), ("caption_bar", False)]


def test_a_message_stays_long_enough_to_read_twice_slowly():
    assert seconds_to_read("已开启") == MIN_SECONDS
    long_message = "无法保存收藏：数据文件夹是只读的。" * 2
    assert seconds_to_read(long_message) == round(2 * len(long_message) / 5)
    assert seconds_to_read("字" * 500) == MAX_SECONDS


def test_feedback_routes_each_kind(host):
    bar = MessageBar(host)
    host.setCentralWidget(bar)
    host.show()
    feedback = Feedback(host, bar)
    spoken = []
    feedback.say("Opened: 报告")
    assert host.statusBar().currentMessage() == "Opened: 报告" and bar.isHidden()
    assert feedback.confirm("Caption bar", on=True) == "Caption bar on"
    feedback.lend_voice(lambda text: spoken.append(text) or True)
    feedback.confirm("Caption bar", on=False)
    assert spoken == ["Caption bar off"]  # spoken only once read aloud lent its voice
    feedback.error(lambda: "Could not export", details="Permission denied")
    assert not bar.isHidden() and bar.text() == "Could not export"
    assert host.statusBar().currentMessage() == "Could not export"


def test_the_documents_actions_keep_their_order_in_the_file_menu_whatever_the_install_order(host, tmp_path):
    from PySide6.QtGui import QAction

    menu = host.menuBar().addMenu("File")
    menu.addAction("Open")
    end = menu.addSeparator()
    menu.addAction("Quit")
    session = Session(host, Settings(tmp_path / "settings.json"), RecentFiles(JsonStore(tmp_path / "recent.json")))
    session.set_places({"file": menu}, None, end)
    for name, rank in (("Export Audio", 30), ("Print", 10), ("Export", 20)):
        session.add_file_actions([QAction(name, host)], rank)
    names = [action.text() or "|" for action in menu.actions()]
    assert names == ["Open", "|", "Print", "Export", "Export Audio", "|", "Quit"]


def test_a_message_said_along_another_joins_it_any_other_replaces_it(host, monkeypatch):
    from reader.gui import feedback as feedback_module

    heard = []
    monkeypatch.setattr(feedback_module, "announce", lambda widget, text, assertive=False: heard.append(text))
    feedback = Feedback(host, MessageBar(host))
    feedback.say("2 bookmarks marked “Changed”")
    feedback.say("Reloaded: 通知", along=True)
    assert host.statusBar().currentMessage() == "2 bookmarks marked “Changed”　Reloaded: 通知"
    assert heard[-1] == host.statusBar().currentMessage()
    feedback.say("Text size 110%")
    feedback.say("Text size 120%")  # a moment later, but not along: instead
    assert host.statusBar().currentMessage() == "Text size 120%"
    monkeypatch.setattr(feedback_module, "SAME_MOMENT_S", 0.0)
    feedback.say("Opened: 报告")  # later: on its own
    assert host.statusBar().currentMessage() == "Opened: 报告"
