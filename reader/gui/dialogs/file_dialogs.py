"""Where the Open and Save dialogs start, and which dialog they are.

They start in the folder of the open document, or, for the bundled sample report (whose folder
is inside the program), in the folder the user last opened a file from, else the user's
Documents folder. In elder mode they are Qt's own dialog, not the system's: only Qt's follows the
reader's colours and elder sizes (appearance.py sizes it to the screen). Each function takes the
session (the open document's path, the settings, the appearance).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog

from ...bundled import resource_folder


def start_folder(session) -> Path:
    current = session.path
    if current is not None and not _inside(current, resource_folder()):
        return current.parent
    last = session.settings.get("last_folder")
    if last and Path(last).is_dir():
        return Path(last)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def remember_folder(session, path: str) -> None:
    """The folder of a file the user chose: where the next dialog starts."""
    if path:
        session.settings.set("last_folder", str(Path(path).parent))


def dialog_options(session) -> dict:
    """Keyword arguments for QFileDialog's get…FileName: Qt's own dialog in elder mode."""
    appearance = session.appearance
    if appearance is not None and appearance.elder:
        return {"options": QFileDialog.Option.DontUseNativeDialog}
    return {}


def _inside(path: Path, folder: Path) -> bool:
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except OSError:
        return False
