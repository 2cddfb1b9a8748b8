"""File > Export…: the format dialog, the file dialog, the file written in the background."""
import errno
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog

from reader.core import export, pinyin
from reader.gui.output.export_dialog import ExportDialog


def file_menu_texts(window):
    menu = window.menuBar().actions()[0].menu()
    menu.aboutToShow.emit()  # as opening it does: Export… is made then
    return [action.text() for action in menu.actions()]


def export_action(window):
    """File > Export…, the File menu opened as a user does to reach it."""
    window.file_menu.aboutToShow.emit()
    return window.exporting.action


def test_export_comes_after_export_as_pdf_above_quit(window):
    texts = file_menu_texts(window)
    assert texts.index("E&xport…") == texts.index("&Export as PDF…") + 1
    assert texts[-2:] == ["", "&Quit"]  # the separator, then Quit


def test_export_reads_in_chinese(make_window):
    window = make_window("zh_CN")
    assert "导出(&X)…" in file_menu_texts(window)


@pytest.mark.parametrize("format, start", [("html", "<!DOCTYPE html>"), ("markdown", "# 广州市"),
                                           ("text", "索引号：")])
def test_the_action_writes_the_chosen_format(window, qtbot, tmp_path, monkeypatch, format, start):
    target = tmp_path / "out"
    asked = []

    def fake_dialog(parent, caption, directory, filters):
        asked.append((caption, directory, filters))
        return str(target), filters

    monkeypatch.setattr(window.exporting, "choose_options", lambda: (format, False))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    export_action(window).trigger()
    suffix = {"html": ".html", "markdown": ".md", "text": ".txt"}[format]
    written = target.with_suffix(suffix)
    qtbot.waitUntil(lambda: "Exported" in window.statusBar().currentMessage(), timeout=10000)
    assert written.read_text(encoding="utf-8").startswith(start)
    assert str(written) in window.statusBar().currentMessage()
    assert asked[0][1].endswith(suffix)
    assert export_action(window).isEnabled()


@pytest.mark.skipif(not pinyin.available(), reason="pypinyin is not installed")
def test_export_with_pinyin_uses_the_windows_tones(window, qtbot, tmp_path, monkeypatch):
    window.settings.set("pinyin_tones", "numbers")
    target = tmp_path / "pinyin.html"
    monkeypatch.setattr(window.exporting, "choose_options", lambda: ("html", True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args: (str(target), "")))
    export_action(window).trigger()
    qtbot.waitUntil(target.exists, timeout=20000)
    assert "<ruby>重<rp>(</rp><rt>zhong4</rt>" in target.read_text(encoding="utf-8")


def test_cancelling_the_file_dialog_writes_nothing(window, tmp_path, monkeypatch):
    monkeypatch.setattr(window.exporting, "choose_options", lambda: ("text", False))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args: ("", "")))
    export_action(window).trigger()
    assert not window.exporting.busy
    assert "Export" not in window.statusBar().currentMessage()


def test_a_file_that_cannot_be_written_is_explained(window, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "missing-folder" / "out.txt"
    assert not window.exporting.export(target, "text")  # told before any work (core/output_file.py)
    assert "does not exist" in window.message_bar.text() and str(target) in window.message_bar.text()
    target = tmp_path / "out.txt"

    def full_disk(path, data):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(export, "write_file", full_disk)
    assert window.exporting.export(target, "text")
    qtbot.waitUntil(lambda: not window.exporting.busy, timeout=10000)
    assert "Could not export" in window.message_bar.text() and str(target) in window.message_bar.text()
    assert os.strerror(errno.ENOSPC) in window.message_bar.text()


def test_without_a_document_it_says_what_to_do(make_window, monkeypatch):
    window = make_window(sample=False)
    monkeypatch.setattr(window.exporting, "choose_options", lambda: pytest.fail("no dialog without a document"))
    export_action(window).trigger()
    assert window.statusBar().currentMessage() == "Open a document first."


def test_the_dialog_offers_three_formats_and_pinyin(window, qtbot):
    dialog = ExportDialog(window, "markdown", True)
    qtbot.addWidget(dialog)
    assert dialog.format() == "markdown"
    assert dialog.with_pinyin() == pinyin.available()
    dialog.buttons["text"].setChecked(True)
    dialog.pinyin_box.setChecked(False)
    assert (dialog.format(), dialog.with_pinyin()) == ("text", False)
    assert all(button.text() for button in dialog.buttons.values())
    assert dialog.windowTitle() == "Export"


def test_choose_options_reads_the_dialog(window, monkeypatch):
    def accept(dialog):
        dialog.buttons["markdown"].setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", accept)
    assert window.exporting.choose_options() == ("markdown", False)
    monkeypatch.setattr(ExportDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    assert window.exporting.choose_options() is None


def test_the_default_file_is_beside_the_document(window):
    source = window.current_path  # the bundled sample: its folder is the program's, not the user's
    chosen = window.exporting.default_path("markdown")
    assert chosen.name == source.with_suffix(".md").name and chosen.parent != source.parent
    window.session.path = Path("/tmp/notice.html")
    try:
        assert window.exporting.default_path("html") == Path("/tmp/notice-export.html")
    finally:
        window.session.path = source


def test_the_action_and_an_open_dialog_follow_a_switch_of_language(window, qtbot):
    dialog = ExportDialog(window)
    qtbot.addWidget(dialog)
    window.language.choose("zh_TW")
    qtbot.wait(10)  # Qt's own LanguageChange events too (they name its standard buttons again)
    assert "匯出(&X)…" in file_menu_texts(window)
    assert dialog.windowTitle() == "匯出" and dialog.group.title() == "格式"
    assert dialog.choose_button.text() == "選擇檔案(&C)…"


def _hostile_targets(tmp_path, document):
    """Targets the window must not write over (issue 19): the CLI refuses the same (core/output_file.py)."""
    import os
    import stat

    other = tmp_path / "other.txt"
    other.write_text("别人的文件", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(other)
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    targets = {"the document itself": (document, "document itself"), "a link": (link, "link"),
               "a FIFO": (fifo, "not a file")}
    if os.geteuid() == 0:  # a device node of our own (as root /dev/full became a WAV file)
        device = tmp_path / "null-device"
        os.mknod(device, stat.S_IFCHR | 0o600, os.makedev(1, 3))
        targets["a device"] = (device, "not a file")
    return targets


def _kind(path):
    import os

    status = os.lstat(path)
    return status.st_mode, status.st_ino, status.st_size


def test_export_refuses_the_document_a_link_a_fifo_and_a_device(window, qtbot, tmp_path):
    document = tmp_path / "notice.txt"
    document.write_bytes(Path(window.current_path).read_bytes())
    assert window.open_path(document)
    for name, (target, reason) in _hostile_targets(tmp_path, document).items():
        before = _kind(target)
        window.message_bar.hide()
        assert not window.exporting.export(target, "text"), name
        assert not window.exporting.busy
        assert reason in window.message_bar.text() and str(target) in window.message_bar.text(), name
        qtbot.wait(50)
        assert _kind(target) == before, name  # untouched


def test_export_writes_beside_an_existing_file_and_renames_it_over(window, qtbot, tmp_path):
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "old.txt"
    target.write_text("旧的", encoding="utf-8")
    mode, inode, _size = _kind(target)
    assert window.exporting.export(target, "text")
    qtbot.waitUntil(lambda: not window.exporting.busy, timeout=10000)
    assert target.read_text(encoding="utf-8").startswith("索引号") and _kind(target)[1] != inode
    assert [p.name for p in target.parent.iterdir()] == ["old.txt"]  # nothing left beside it


def test_the_refusal_is_said_in_the_users_language(make_window, tmp_path):
    window = make_window("zh_CN")
    document = tmp_path / "notice.txt"
    document.write_bytes(Path(window.current_path).read_bytes())
    assert window.open_path(document)
    assert not window.exporting.export(document, "text")
    assert "文档本身" in window.message_bar.text() or "文件本身" in window.message_bar.text()
