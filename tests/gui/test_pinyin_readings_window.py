"""The reader's own readings (lexicon, context rules) in the window: the pinyin over the text and
the caption bar's, the same as the core decides (花都 dū in the sample, 以…为 wéi)."""
from PySide6.QtWidgets import QApplication

from reader.core import pinyin


def test_lexicon_and_rules_reach_the_view_and_the_caption_bar(window, qtbot):
    window.pinyin.set_mode("all")
    qtbot.waitUntil(window.pinyin.showing, timeout=10000)
    QApplication.processEvents()
    window.caption_bar.set_shown(True)
    line = next(block.text for block in window.document.blocks if "花都" in block.text)
    at = line.index("花都") + 1
    assert window.pinyin.readings(line)[at] == "dū"
    assert window.pinyin.caption_readings(line)[at] == "dū"
    text = "坚持以人民为中心"
    assert window.pinyin.caption_readings(text)[5] == "wéi" == pinyin.readings(text)[5]
