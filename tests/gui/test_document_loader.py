"""Opening in the background: File > Open, recent files and drops parse off the GUI thread."""
from pathlib import Path


from reader.bundled import sample_report


def big_document(folder: Path, copies: int = 40) -> Path:
    """The sample's text many times over (~2-3 MB): long enough to cancel while it parses."""
    text = Path(sample_report()).read_text(encoding="utf-8")
    path = folder / "big.txt"
    path.write_text("大文件标题\n\n" + text * copies, encoding="utf-8")
    return path


def test_open_in_the_background(window, tmp_path, qtbot):
    path = tmp_path / "notice.txt"
    path.write_text("关于开展检查的通知\n\n一、检查范围\n\n各单位要认真落实。\n", encoding="utf-8")
    loaded = []
    window.loader.loaded.connect(loaded.append)
    assert window.open_path(path, wait=False)
    assert window.loader.busy
    assert window.loader.wait()
    assert loaded and window.document is loaded[0]
    assert window.document.title == "关于开展检查的通知"
    assert window.current_path == path
    assert "各单位要认真落实" in window.view.toPlainText()
    qtbot.waitUntil(lambda: window.outline.topLevelItemCount() == 1)  # it fills on a later turn
    assert str(path) in window.recent.paths()
    assert window.loader.progress.isHidden()


def test_a_bad_file_says_why_and_keeps_the_document(window, tmp_path):
    before = window.document
    failed = []
    window.loader.failed.connect(failed.append)
    window.open_path(tmp_path / "missing.txt", wait=False)
    assert window.loader.wait()
    assert window.document is before
    assert failed and "missing.txt" in window.message_bar.text()


def test_cancel_stops_the_work_and_keeps_the_document(window, tmp_path, qtbot):
    before = window.document
    path = big_document(tmp_path)
    cancelled = []
    window.loader.cancelled.connect(lambda: cancelled.append(True))
    window.open_path(path, wait=False)
    thread = window.loader.job.thread
    qtbot.wait(50)
    window.loader.cancel()
    assert not window.loader.busy
    thread.join(2)
    assert not thread.is_alive()  # the parse stopped, not left running
    qtbot.wait(50)
    assert cancelled and window.document is before
    assert window.loader.progress.isHidden()
    assert window.open_path(path, wait=False) and window.loader.wait()  # and it opens afterwards
    assert window.current_path == path and window.document is not before


def test_progress_shows_past_half_a_second(window, tmp_path, qtbot, monkeypatch):
    from reader.gui.view import document_loader

    monkeypatch.setattr(document_loader, "SHOW_AFTER_MS", 0)
    window.open_path(big_document(tmp_path, 10), wait=False)
    qtbot.waitUntil(lambda: window.loader.progress.isVisible() or not window.loader.busy, timeout=5000)
    seen = window.loader.progress.isVisible()
    assert window.loader.wait()
    assert seen and window.loader.progress.isHidden()


def test_the_progress_bar_follows_a_live_language_switch(window, tmp_path):
    window.open_path(big_document(tmp_path), wait=False)
    progress = window.loader.progress
    assert progress.label.text() == "Opening big.txt…" and progress.cancel_button.text() == "Cancel"
    window.language.choose("zh_TW")
    assert progress.label.text() == "正在開啟 big.txt…" and progress.cancel_button.text() == "取消"
    window.loader.cancel()


def test_start_up_chores_wait_until_a_load_has_ended(window, tmp_path, qtbot, monkeypatch):
    """Opening the favorites or making the speech service while a big document loads would
    add their ~60 ms to the loader's own slices: they wait for it."""
    from reader.gui.view import document_loader

    monkeypatch.setattr(document_loader, "IDLE_RETRY_MS", 10)
    done = []
    window.loader.when_idle(lambda: done.append("at once"))
    assert done == ["at once"]
    assert window.open_path(big_document(tmp_path), wait=False)
    window.loader.when_idle(lambda: done.append(window.loader.busy))
    assert done == ["at once"]
    assert window.loader.wait()
    qtbot.waitUntil(lambda: len(done) == 2)
    assert done[1] is False
