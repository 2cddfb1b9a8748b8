"""A document that changes on disk while it is open: offer to reload it, keeping the place.

A QFileSystemWatcher watches the open file and its folder (editors that save by writing a
new file and renaming it over the old one end the file's watch; the folder's tells when it
is back). Changes are gathered for DEBOUNCE_MS, then compared with the size and time seen
when the document was opened, so a save in several writes makes one offer. The offer is a
message in the window's message bar with a Reload button; F5 (View > Reload) reloads at any
time. Reloading goes back to the sentence being read: the same text (the occurrence nearest
the old place), or else the sentence at the same share of the document.

Bookmarks follow the change too: when the reloaded (or later reopened) file is a favorite's,
gui/favorites/store_service.py moves the favorite to the new text and anchors each bookmark again in it
(core/favorites.py follow_change); one that could only be placed near where it was is marked
as changed. The reading position of a file reopened later is found the same way, by its path
(core/positions.py).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence

from ..language import follow_language

DEBOUNCE_MS = 300


def _signature(path: Path) -> tuple[int, int] | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_mtime_ns, status.st_size


class FileWatch(QObject):
    """Watches the window's open file; View > Reload (F5)."""

    def __init__(self, session):
        super().__init__(session)
        self.session = session
        self.path: Path | None = None
        self._seen: tuple[int, int] | None = None  # size and time when opened (or last offered)
        self._place: tuple[str, int, float] | None = None  # a reload's sentence text, index, share
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._changed)
        self.watcher.directoryChanged.connect(self._changed)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._check)
        self.reload_action = QAction(session.window)
        self.reload_action.setShortcut(QKeySequence("F5"))
        self.reload_action.triggered.connect(self.reload)
        self.reload_action.setEnabled(False)
        session.menu("view").addAction(self.reload_action)
        session.document_shown.connect(self._shown)
        follow_language(self.retranslate)

    def retranslate(self) -> None:
        self.reload_action.setText(self.tr("R&eload"))
        self.reload_action.setStatusTip(self.tr("Read the document again from its file, keeping your place"))
        self.reload_action.setToolTip(self.reload_action.statusTip())

    # Watching -----------------------------------------------------------------------------
    def _shown(self, document) -> None:
        path = self.session.path
        if self._place is not None and path is not None and Path(path).resolve() == self.path:
            self._go_back(document)
        self._place = None
        self.follow(path)

    def follow(self, path: Path | None) -> None:
        """Watch path (the window's open file) instead of what was watched."""
        paths = self.watcher.files() + self.watcher.directories()
        if paths:
            self.watcher.removePaths(paths)
        self.path = Path(path).resolve() if path else None
        self.reload_action.setEnabled(self.path is not None)
        self._seen = _signature(self.path) if self.path else None
        if self.path is not None:
            self._watch()

    def _watch(self) -> None:
        if self.path.exists() and str(self.path) not in self.watcher.files():
            self.watcher.addPath(str(self.path))
        folder = str(self.path.parent)
        if folder not in self.watcher.directories():
            self.watcher.addPath(folder)

    def _changed(self, _path: str = "") -> None:
        if self.path is not None:
            self._debounce.start()

    def _check(self) -> None:
        if self.path is None:
            return
        self._watch()  # a file renamed over the old one needs watching anew
        signature = _signature(self.path)
        if signature is None or signature == self._seen:
            return  # gone for the moment (a save in progress), or only its folder changed
        self._seen = signature
        name = self.path.name
        self.session.feedback.warn(lambda: self.tr("{name} has changed on disk.").format(name=name),
                                   lambda: self.tr("Reload"), self.reload)

    # Reloading ----------------------------------------------------------------------------
    def reload(self, _checked=None) -> None:
        """Open the file again and go back to the sentence being read."""
        if self.path is None:
            return
        reading = self.session.reading
        document = self.session.document
        if document is not None and document.sentences:
            self._place = (reading.sentence_text(), reading.sentence,
                           reading.sentence / max(len(document.sentences) - 1, 1))
        self.session.feedback.withdraw(self.path.name)
        self.session.open(self.path, remember=False)

    def _go_back(self, document) -> None:
        text, index, share = self._place
        sentences = document.sentences
        if not sentences:
            return
        same = [number for number, sentence in enumerate(sentences) if document.sentence_text(sentence) == text]
        target = (min(same, key=lambda number: abs(number - index)) if same
                  else round(share * (len(sentences) - 1)))
        self.session.reading.move_to(target, announcement="")
        self.session.feedback.say(self.tr("Reloaded: {title}").format(title=document.title or self.path.name),
                                  along=True)  # with what the reload changed (favorites' marks)


def install_file_watch(session) -> FileWatch:
    return FileWatch(session)
