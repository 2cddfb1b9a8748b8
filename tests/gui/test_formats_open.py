"""A PDF, Word or OFD file opens in the window as a page does: in the background, with its outline."""
from pathlib import Path

import pytest

from reader.gui import main_window

FORMATS = Path(__file__).resolve().parent.parent / "fixtures" / "formats"


def test_the_open_dialog_offers_every_format():
    for pattern in ("*.pdf", "*.docx", "*.doc", "*.ofd", "*.txt", "*.html"):
        assert pattern in main_window.DOCUMENT_FILTER.split()


@pytest.mark.parametrize("name", ["official-paper.pdf", "official-paper.docx", "official-paper.ofd"])
def test_a_paged_document_opens_in_the_background_with_its_outline(window, qtbot, name, tmp_path):
    path = FORMATS / name
    assert window.open_path(path, wait=False)  # small as it is, it goes to the loader
    assert window.loader.wait()
    assert window.current_path == path
    assert window.document.title.replace(" ", "") == "花都区人民政府办公室关于做好2021年政务公开工作的通知"
    assert "一、总体要求" in window.view.toPlainText()
    qtbot.waitUntil(lambda: window.outline.topLevelItemCount() == 3)
    if name.endswith(".pdf"):
        shot = tmp_path / "pdf-window.png"
        window.grab().save(str(shot))
        assert shot.stat().st_size > 0


def test_a_scanned_pdf_says_so_in_the_window_and_keeps_the_document(window):
    before = window.document
    window.open_path(FORMATS / "scanned.pdf", wait=False)
    assert window.loader.wait()
    assert window.document is before
    assert "cannot read images yet" in window.message_bar.text()

