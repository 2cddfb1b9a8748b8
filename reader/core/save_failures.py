"""Saving can fail (a full disk, a read-only data folder): the reader goes on reading, and the user is
told once that favorites and settings cannot be saved.

Every writer of the data folder (settings, reading positions, recent files, 我的收藏) reports a
failed write here instead of raising; the window listens and says it once. ``SaveFailure`` says
why in a message marked for translation, so the CLI and the window say it in the user's language.

``SaveFailure`` is a NamedTuple, and the module does not postpone its annotations: both
for start-up (reader/core/model.py says why).
"""
import errno
import inspect
import os
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from .messages import QT_TRANSLATE_NOOP

CONTEXT = "SaveFailure"
LEAST_FREE_BYTES = 256 * 1024  # less than this free, and a bookmark or a setting may not fit
FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}

MESSAGES = {
    "full": QT_TRANSLATE_NOOP("SaveFailure", "Favorites and settings cannot be saved: the disk holding {folder} is "
                                             "full. Reading works as usual."),
    "read-only": QT_TRANSLATE_NOOP("SaveFailure", "Favorites and settings cannot be saved: the data folder {folder} "
                                                  "is read-only. Reading works as usual."),
    "other": QT_TRANSLATE_NOOP("SaveFailure", "Favorites and settings cannot be saved in {folder} ({reason}). "
                                              "Reading works as usual."),
    "busy": QT_TRANSLATE_NOOP("SaveFailure", "Another reader is changing My Favorites (an import may be running). "
                                             "Please try again in a moment."),
}


class SaveFailure(NamedTuple):
    """Why something could not be saved: ``kind`` is full, read-only, busy or other."""

    kind: str
    folder: str
    reason: str = ""

    @property
    def message(self) -> str:  # marked for translation; translate with CONTEXT, then format()
        return MESSAGES[self.kind]

    def format(self, translated: str | None = None) -> str:
        return (translated or self.message).format(folder=self.folder, reason=self.reason)

    def __str__(self) -> str:
        return self.format()


def from_os_error(error: OSError, folder: Path | str) -> SaveFailure:
    if error.errno in FULL_ERRNOS:
        return SaveFailure("full", str(folder))
    if error.errno in READ_ONLY_ERRNOS:
        return SaveFailure("read-only", str(folder))
    return SaveFailure("other", str(folder), error.strerror or str(error))


def check_folder(folder: Path | str) -> SaveFailure | None:
    """Whether ``folder`` (or the nearest folder above it that exists) can take a save, asked without
    writing: a read-only file system, or one nearly full. None when it looks fine."""
    folder = Path(folder)
    probe = folder
    while not probe.exists() and probe.parent != probe:
        probe = probe.parent
    try:
        status = os.statvfs(probe)
    except (OSError, AttributeError):  # no statvfs (Windows): the first failed save will say so
        return None
    if status.f_flag & getattr(os, "ST_RDONLY", 1):
        return SaveFailure("read-only", str(folder))
    if status.f_bavail * status.f_frsize < LEAST_FREE_BYTES:
        return SaveFailure("full", str(folder))
    return None


# Telling the user, once ---------------------------------------------------------------------
_listeners: list[Callable[[], Callable[[SaveFailure], None] | None]] = []  # weak: a closed window goes
_first: SaveFailure | None = None


def report(failure: SaveFailure | None) -> None:
    """A save failed: the listeners hear of the first failure, once ("busy" is a wait, not a failure)."""
    global _first
    if failure is None or failure.kind == "busy" or _first is not None:
        return
    _first = failure
    for reference in list(_listeners):
        listener = reference()
        try:
            if listener is not None:
                listener(failure)
        except RuntimeError:  # a window whose Qt side is gone
            _listeners.remove(reference)


def report_os_error(error: OSError, folder: Path | str) -> SaveFailure:
    failure = from_os_error(error, folder)
    report(failure)
    return failure


def first_failure() -> SaveFailure | None:
    return _first


def listen(listener: Callable[[SaveFailure], None]) -> None:
    """Call ``listener`` with the first failure (at once, if there was one already). A bound method
    is held weakly, so a window closed is not kept nor called."""
    if inspect.ismethod(listener):
        _listeners.append(weakref.WeakMethod(listener))
    else:
        _listeners.append(lambda: listener)
    if _first is not None:
        listener(_first)


def forget() -> None:
    """Start again (tests; a window that starts over)."""
    global _first
    _first = None
    _listeners.clear()
