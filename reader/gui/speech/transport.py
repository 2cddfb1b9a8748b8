"""The reading in progress: what is given to the speech service, and what follows it.

Play reads from the reading cursor on to the end (连读), in chunks of CHUNK sentences so that a
very long document starts at once. The sentence being read becomes the reading cursor (marked,
kept in view, remembered per document; with "Highlight While Reading" off only the place is
kept) and shows in the caption bar. Previous / next sentence and paragraph while reading go on
reading from there; stopped, they move the reading cursor and read that sentence (paragraph).
A spoken confirmation ("Sound on") is no reading: nothing shows it as one.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from .passages import Passage, card_lines, section_at, selection_passage, unit_at

CHUNK = 200  # sentences given to the service at a time


def prepare(text: str) -> str:
    """The text as the engine should hear it (core/speech_text.py)."""
    try:
        from ...core.speech_text import prepare_for_speech
    except ImportError:  # pragma: no cover
        return text
    return prepare_for_speech(text)


class Transport(QObject):
    # What the reader is shown of the service's state ('stopped', 'playing', 'paused'):
    # a spoken confirmation leaves it as it was.
    shown_state = Signal(str)
    sentence_read = Signal(int)  # a sentence of the text starts to be heard

    def __init__(self, read_aloud):
        super().__init__(read_aloud)
        self.read_aloud = read_aloud  # the service and whether speech is there (controller.py)
        self.session = session = read_aloud.session
        self.feedback = session.feedback
        self.caption = None  # the caption bar, once offered
        self._plan = None  # the sentence indices of the reading in progress (a range or a list)
        self._plan_next = 0  # position in _plan of the first sentence not yet given to the service
        self._clip: tuple[int, int] | None = None  # read only this span of the text (a selection)
        self._extra: dict[int, str] = {}  # negative item index → its caption (card lines)
        self._confirming = False  # speaking a confirmation, not reading
        self.moving_cursor = False  # the reading cursor moves because of the reading
        self._document = session.document  # (built after the first document was shown)
        session.document_shown.connect(self._document_shown)
        session.when_provided("caption_bar", self._use_caption)

    def _use_caption(self, caption) -> None:
        self.caption = caption

    def follow(self, service) -> None:
        """Listen to a new service (controller.py makes it)."""
        service.sentence_started.connect(self._sentence_started)
        service.finished.connect(self._finished)
        service.stopped.connect(self.end_reading)
        service.state_changed.connect(self._state_changed)

    @property
    def service(self):
        return self.read_aloud.service

    # State ------------------------------------------------------------------
    def state(self) -> str:
        return self.service.state() if self.service is not None else "stopped"

    def is_reading(self) -> bool:
        return self.state() != "stopped" and not self._confirming

    def current(self) -> int:
        """The sentence being read, or else the reading cursor's."""
        index = self.service.current_index() if self.service is not None else None
        return index if index is not None and index >= 0 else self.session.sentence

    def reads(self, sentence: int) -> bool:
        return self.is_reading() and self.service.current_index() == sentence

    # Commands ---------------------------------------------------------------
    def play_pause(self) -> None:
        """Play: pause while reading, go on when paused, else read from the reading cursor."""
        state = self.state()
        if state == "playing" and not self._confirming:
            self.service.pause()
            self.feedback.confirm(self.tr("Paused"))
        elif state == "paused":
            self.service.resume()
        else:
            self.read_from_cursor()

    def pause(self) -> None:
        if self.state() == "playing":
            self.service.pause()

    def resume(self) -> None:
        if self.state() == "paused":
            self.service.resume()

    def stop(self) -> None:
        if self.service is not None:
            self.service.stop()
        self.end_reading()

    def read_from_cursor(self) -> bool:
        """连读: from the reading cursor on to the end of the document."""
        if not self.session.has_text():
            return self._nothing()
        return self.read_sentences(range(self.session.sentence, len(self.session.document.sentences)))

    def read_selection(self) -> bool:
        session = self.session
        passage = selection_passage(session.view, session.document, session.navigator)
        if passage is None:
            self.feedback.say(self.tr("Select some text to read first."))
            return False
        return self.read(passage)

    def read_section(self) -> bool:
        session = self.session
        if not session.has_text() or session.navigator is None:
            return self._nothing()
        return self.read_sentences(section_at(session.document, session.navigator, session.sentence))

    def read_card(self) -> bool:
        lines = card_lines(self.session.document)
        if not lines:
            self.feedback.say(self.tr("This document has no catalogue card."))
            return False
        return self.read_lines(lines)

    def read(self, passage: Passage) -> bool:
        if passage.lines:
            return self.read_lines(list(passage.lines))
        return self.read_sentences(passage.sentences, clip=passage.clip)

    def read_sentences(self, sentences, clip: tuple[int, int] | None = None) -> bool:
        """Read these sentence indices in order (``clip``: only that span of the text)."""
        service = self.read_aloud.ready_service()
        if service is None:
            return False
        if not len(sentences):
            return self._nothing()
        self._plan, self._plan_next, self._clip = sentences, 0, clip
        self._extra.clear()
        self._confirming = False
        return self._speak_next_chunk()

    def read_lines(self, lines: list[str]) -> bool:
        """Read lines that are not sentences of the text (the card, a line of it)."""
        service = self.read_aloud.ready_service()
        if service is None:
            return False
        lines = [line for line in lines if line.strip()]
        if not lines:
            return self._nothing()
        self._plan, self._clip, self._confirming = None, None, False
        self._extra = {-1 - number: line for number, line in enumerate(lines)}
        return service.speak([(index, prepare(line)) for index, line in self._extra.items()])

    def speak_confirmation(self, text: str) -> bool:
        """Say a short confirmation aloud (feedback's voice): when sound is on and nothing is read."""
        if not self.session.settings.get("speech_on") or not text or self.is_reading():
            return False
        service = self.read_aloud.ensure_service()
        if not self.read_aloud.is_available():
            return False
        self._plan, self._clip = None, None
        self._extra = {-1: text}
        self._confirming = True
        return service.speak([(-1, prepare(text))])

    def _nothing(self) -> bool:
        self.feedback.say(self.tr("Nothing to read here."))
        return False

    def _speak_next_chunk(self) -> bool:
        while self._plan is not None and self._plan_next < len(self._plan):
            chunk = self._plan[self._plan_next:self._plan_next + CHUNK]
            self._plan_next += len(chunk)
            items = self._items(chunk)
            if items:
                return self.service.speak(items)
        self._plan = None
        return False

    def _items(self, sentences) -> list[tuple[int, str]]:
        document = self.session.document
        if self._clip is None:
            from ...speech.export import speech_items

            return speech_items(document, sentences)
        items = []
        for index in sentences:
            sentence = document.sentences[index]
            start, end = max(sentence.start, self._clip[0]), min(sentence.end, self._clip[1])
            text = prepare(document.text[start:end]).strip() if start < end else ""
            if text:
                items.append((index, text))
        return items

    # Moving while reading ---------------------------------------------------
    def step_sentence(self, step: int) -> None:
        document = self.session.document
        if not self.session.has_text():
            return
        target = self.current() + step
        if not 0 <= target < len(document.sentences):
            self.feedback.say(self.tr("Nothing further in that direction"))
            return
        self._go_to(target)

    def step_paragraph(self, step: int) -> None:
        navigator = self.session.navigator
        if navigator is None or not navigator.document.sentences:
            return
        current = self.current()
        target = navigator.next_paragraph(current) if step > 0 else navigator.previous_paragraph(current)
        if target is None:
            self.feedback.say(self.tr("Nothing further in that direction"))
            return
        self._go_to(target, paragraph=True)

    def _go_to(self, target: int, paragraph: bool = False) -> None:
        """While reading: read on from ``target``. Else move there and read that sentence (paragraph)."""
        if self.is_reading() and self._plan is not None and target in self._plan:
            self._plan_next = self._plan.index(target)
            self._speak_next_chunk()
            return
        if self.is_reading():  # outside what was being read: read on to the end from there
            self.read_sentences(range(target, len(self.session.document.sentences)))
            return
        self.move_cursor(target)
        self.read_sentences(unit_at(self.session.document, target, paragraph))

    def move_cursor(self, sentence: int) -> None:
        """The reading cursor to the sentence read (with the highlight off: its place only)."""
        reading = self.session.reading
        self.moving_cursor = True
        try:
            if self.session.settings.get("highlight_reading"):
                reading.move_to(sentence, announcement="")
            else:
                reading.keep_place(sentence)
        finally:
            self.moving_cursor = False

    # Following the service --------------------------------------------------
    def _sentence_started(self, index: int) -> None:
        if index < 0:
            text = self._extra.get(index)
            if text and not self._confirming:
                self._show_caption(text)
            return
        document = self.session.document
        if document is None or index >= len(document.sentences):
            return
        self.move_cursor(index)
        self.sentence_read.emit(index)
        sentence = document.sentences[index]
        start, end = sentence.start, sentence.end
        if self._clip is not None:
            start, end = max(start, self._clip[0]), min(end, self._clip[1])
        self._show_caption(document.text[start:end].strip())

    def _show_caption(self, text: str | None) -> None:
        if self.caption is not None:
            self.caption.show_spoken(text)

    def _finished(self) -> None:
        if self._plan is not None and self._plan_next < len(self._plan):
            self._speak_next_chunk()  # the next chunk of a long reading
            return
        self.end_reading()

    def end_reading(self) -> None:
        self._plan, self._clip, self._confirming = None, None, False
        self._extra.clear()
        self._show_caption(None)

    def _state_changed(self, state: str) -> None:
        if self._confirming and state != "stopped":
            return  # a spoken confirmation ("声音已开启") is no reading
        self.shown_state.emit(state)

    def _document_shown(self, document) -> None:
        if self._document is not None and self.state() != "stopped":
            self.stop()
        self._document = document
