"""From a path to bytes: size limits, and what a path that is no document is told.

Everything that can go wrong on the way in raises the one ``LoadError``, whose
message is a translatable sentence (see ``messages.py``) with ``{}`` fields. From bytes to
text (binary detection and encodings): ``decoding.py``, loaded with the parser, not on the
way to the first window (its document comes from the parse cache).
"""
from __future__ import annotations

import os
import stat
from pathlib import Path

from .messages import QT_TRANSLATE_NOOP

MAX_BYTES = 50 * 1024 * 1024

MSG_MISSING = QT_TRANSLATE_NOOP("LoadError", "The file {path} does not exist.")
MSG_FOLDER = QT_TRANSLATE_NOOP("LoadError", "{path} is a folder, not a document.")
MSG_UNREADABLE = QT_TRANSLATE_NOOP("LoadError", "The file {path} cannot be read: {reason}.")
MSG_NOT_A_FILE = QT_TRANSLATE_NOOP(
    "LoadError", "{path} is not a document file (it is a device, a pipe or a socket)."
)
MSG_EMPTY = QT_TRANSLATE_NOOP("LoadError", "The file {path} is empty.")
MSG_TOO_LARGE = QT_TRANSLATE_NOOP(
    "LoadError", "The file {path} is too large ({size} MB); the limit is {limit} MB."
)
MSG_BINARY = QT_TRANSLATE_NOOP(
    "LoadError", "The file {path} is not a text or web page document (it holds binary data)."
)
MSG_UNDECODABLE = QT_TRANSLATE_NOOP(
    "LoadError", "The text of {path} is in an encoding the reader does not know."
)
MSG_NO_TEXT = QT_TRANSLATE_NOOP("LoadError", "The file {path} holds no readable text.")


class LoadError(Exception):
    """A document could not be opened; ``message`` is untranslated, ``fields`` fill it."""

    context = "LoadError"  # of the message's translation

    def __init__(self, message: str, **fields: object):
        self.message = message
        self.fields = fields
        super().__init__(self.format())

    def format(self, translated: str | None = None) -> str:
        return (translated or self.message).format(**self.fields)


def read_document_bytes(path: str | os.PathLike) -> bytes:
    p = Path(path)
    shown = str(path)
    if not p.exists():
        raise LoadError(MSG_MISSING, path=shown)
    if p.is_dir():
        raise LoadError(MSG_FOLDER, path=shown)
    try:
        # Non-blocking: opening a FIFO waits for a writer, for ever; then only a regular file is read
        # (a FIFO, /dev/zero or a terminal never ends).
        descriptor = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with open(descriptor, "rb") as handle:
            status = os.fstat(descriptor)
            if not stat.S_ISREG(status.st_mode):
                raise LoadError(MSG_NOT_A_FILE, path=shown)
            if status.st_size > MAX_BYTES:
                raise LoadError(MSG_TOO_LARGE, path=shown, size=status.st_size // (1024 * 1024),
                                limit=MAX_BYTES // (1024 * 1024))
            # The size the file has, and a byte more to see it grow: read(MAX_BYTES + 1) would
            # take 50 MB of memory for any file, however small, for the length of the read.
            data = handle.read(status.st_size + 1)
            if len(data) > status.st_size:  # grown meanwhile: read on, up to the limit
                data += handle.read(MAX_BYTES + 1 - len(data))
    except OSError as error:
        raise LoadError(MSG_UNREADABLE, path=shown, reason=error.strerror or str(error)) from None
    if len(data) > MAX_BYTES:  # grew while we looked, or a special file
        raise LoadError(
            MSG_TOO_LARGE, path=shown, size=len(data) // (1024 * 1024), limit=MAX_BYTES // (1024 * 1024)
        )
    return data
