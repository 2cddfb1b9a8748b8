"""Where a command may write its output: a new file, or a regular file that is not the document.

`reader speak d.txt --out d.txt` used to replace the document with a WAV, and an output that was a
FIFO, a symbolic link or a device (as root, /dev/full) was replaced by a regular file. Output is
written to a new file beside the target and renamed over it (core/atomic.py, speech/export.py);
``check_output`` says beforehand whether that rename may happen. Its ``OutputRefused`` is a
``LoadError`` (a translatable sentence with fields) of its own translation context.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path

from .loading import LoadError
from .messages import QT_TRANSLATE_NOOP

MSG_IS_INPUT = QT_TRANSLATE_NOOP("OutputFile", "Will not write over the document itself: {path}.")
MSG_IS_FOLDER = QT_TRANSLATE_NOOP("OutputFile", "Cannot write {path}: it is a folder.")
MSG_IS_LINK = QT_TRANSLATE_NOOP(
    "OutputFile", "Will not write over {path}: it is a link to another file; give the file's own name.")
MSG_NOT_A_FILE = QT_TRANSLATE_NOOP(
    "OutputFile", "Will not write over {path}: it is not a file (it is a device, a pipe or a socket).")
MSG_NO_FOLDER = QT_TRANSLATE_NOOP("OutputFile", "Cannot write {path}: the folder {folder} does not exist.")


class OutputRefused(LoadError):
    """An output path that must not be written (the same shape as a LoadError, another context)."""

    context = "OutputFile"


def check_output(path: str | os.PathLike, *inputs: str | os.PathLike) -> None:
    """Raise OutputRefused unless ``path`` is new (in an existing folder) or a regular file
    other than each of ``inputs``."""
    target = Path(path)
    shown = str(path)
    try:
        status = target.lstat()
    except FileNotFoundError:
        folder = target.parent
        if not folder.is_dir():
            raise OutputRefused(MSG_NO_FOLDER, path=shown, folder=str(folder)) from None
        return
    except OSError:
        return  # not ours to judge (no permission to look): writing will say what is wrong
    if stat.S_ISLNK(status.st_mode):
        raise OutputRefused(MSG_IS_LINK, path=shown)
    if stat.S_ISDIR(status.st_mode):
        raise OutputRefused(MSG_IS_FOLDER, path=shown)
    if not stat.S_ISREG(status.st_mode):
        raise OutputRefused(MSG_NOT_A_FILE, path=shown)
    for source in inputs:
        try:
            if os.path.samefile(target, source):
                raise OutputRefused(MSG_IS_INPUT, path=shown)
        except OSError:
            continue


def mode_for_output(path: str | os.PathLike) -> int:
    """The permissions a new file gets (mkstemp makes it private), or those of the file replaced."""
    try:
        return Path(path).stat().st_mode & 0o7777
    except OSError:
        return 0o666 & ~_umask()


def _umask() -> int:
    try:  # Linux tells it without changing it (os.umask would, for every thread, for a moment)
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    umask = os.umask(0o022)
    os.umask(umask)
    return umask
