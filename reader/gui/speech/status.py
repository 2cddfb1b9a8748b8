"""What read aloud is doing, always in sight: "正在朗读 (二) 第 3 句" in the status bar and over
the caption bar's text, "已暂停 …" while paused, nothing once stopped.

The sentence is counted within its section (the heading's label names the section), as a reader
would count it looking at the page.
"""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from ..language import follow_language


class ReadingStatus(QObject):
    def __init__(self, session):
        super().__init__(session.window)
        self.session = session
        self.state = "stopped"
        self.sentence: int | None = None
        self.caption = None  # the caption bar, once offered (its line over the caption)
        self.label = QLabel()
        self.label.setObjectName("readingStatus")
        self.label.hide()
        # A widget of its own in the status bar, beside (not through) feedback's messages.
        session.window.statusBar().addPermanentWidget(self.label)
        session.when_provided("caption_bar", self._show_on_caption)
        follow_language(self.retranslate)

    def _show_on_caption(self, caption) -> None:
        self.caption = caption
        self._show()

    def retranslate(self) -> None:
        self._show()

    def show_state(self, state: str) -> None:
        self.state = state
        if state == "stopped":
            self.sentence = None
        self._show()

    def show_sentence(self, sentence: int | None) -> None:
        self.sentence = sentence
        self._show()

    def text(self) -> str:
        if self.state == "stopped":
            return ""
        where = self._where()
        if self.state == "paused":
            return self.tr("Paused: {where}").format(where=where) if where else self.tr("Paused")
        return self.tr("Reading aloud: {where}").format(where=where) if where else self.tr("Reading aloud")

    def _where(self) -> str:
        """ "(二), sentence 3": the section's label (or the title's start) and the sentence's number in it."""
        navigator, sentence = self.session.navigator, self.sentence
        if navigator is None or sentence is None or not 0 <= sentence < len(navigator.document.sentences):
            return ""
        document = navigator.document
        heading = navigator.current_heading(sentence)
        first_block = heading.block if heading is not None else 0
        number = 1
        while sentence - number >= 0 and document.sentences[sentence - number].block >= first_block:
            number += 1
        section = (heading.label or heading.title[:12]) if heading is not None else self.tr("Title")
        return self.tr("{section}, sentence {number}").format(section=section, number=number)

    def _show(self) -> None:
        text = self.text()
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self.label.setVisible(bool(text))
        if self.caption is not None:
            self.caption.show_state(text)
