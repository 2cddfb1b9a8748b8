"""添加书签 (Ctrl+B): where the bookmark goes, and a field for an optional note."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout


class BookmarkDialog(QDialog):
    """Where the bookmark goes, and a field for an optional note (Enter adds, Esc cancels)."""

    def __init__(self, parent, where: str, sentence: str):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # made afresh, in the language of the day, each time
        self.setWindowTitle(self.tr("Add Bookmark"))
        self.setAccessibleName(self.tr("Add Bookmark"))
        self.setObjectName("bookmarkDialog")
        place = QLabel(self.tr("Bookmark at: {where}").format(where=where or sentence), self)
        place.setWordWrap(True)
        excerpt = QLabel(sentence, self)
        excerpt.setWordWrap(True)
        self.note = QLineEdit(self)
        self.note.setObjectName("bookmarkNote")
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setAccessibleDescription(self.tr("An optional note to keep with the bookmark"))
        self.note.setPlaceholderText(self.tr("Note (optional)"))
        note_label = QLabel(self.tr("&Note:"), self)
        note_label.setBuddy(self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add Bookmark"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        for button in buttons.buttons():
            button.setAccessibleName(button.text())
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(place)
        layout.addWidget(excerpt)
        layout.addWidget(note_label)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())
