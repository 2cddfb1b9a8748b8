"""Where the window's exports (File > Export, File > Export Audio) may write: what the CLI may.

core/output_file.py decides (never the open document itself, a link, a FIFO, a device, a folder);
this says its refusal in the user's language (session.feedback: the message bar). Both exports
write beside the target and rename over it (core/atomic.py, speech/export.py).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ...core.output_file import OutputRefused, check_output


def refuse_output(session, path: str | Path) -> bool:
    """True (and the reason told, in the message bar) when ``path`` must not be written."""
    document = session.path
    try:
        check_output(path, *([document] if document is not None else []))
    except OutputRefused as refused:
        session.feedback.error(_message(refused))
        return True
    return False


def _message(refused: OutputRefused):
    def message() -> str:  # written again after a change of language (the message bar keeps it)
        return refused.format(QCoreApplication.translate(refused.context, refused.message))

    return message
