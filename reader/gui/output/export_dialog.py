"""File > Export…'s dialog: the format and whether to add pinyin (export_menu.py shows it)."""
from __future__ import annotations

from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QGroupBox, QRadioButton,
                               QVBoxLayout)

from ...core import export, pinyin
from ..language import follow_language


class ExportDialog(QDialog):
    """Which format, and whether to add pinyin."""

    def __init__(self, parent, format: str = export.HTML, with_pinyin: bool = False):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.group = QGroupBox(self)
        group_layout = QVBoxLayout(self.group)
        self.buttons = {name: QRadioButton(self.group) for name in (export.HTML, export.MARKDOWN, export.TEXT)}
        for button in self.buttons.values():
            group_layout.addWidget(button)
        self.buttons.get(format, self.buttons[export.HTML]).setChecked(True)
        layout.addWidget(self.group)
        self.pinyin_box = QCheckBox(self)
        self._pinyin_available = pinyin.available()
        if self._pinyin_available:
            self.pinyin_box.setChecked(with_pinyin)
        else:
            self.pinyin_box.setEnabled(False)
        layout.addWidget(self.pinyin_box)
        self.box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        # Not the standard OK: Qt names its standard buttons again after a change of language.
        self.choose_button = self.box.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.box.accepted.connect(self.accept)
        self.box.rejected.connect(self.reject)
        layout.addWidget(self.box)
        follow_language(self.retranslate)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export"))
        self.setAccessibleName(self.tr("Export"))
        self.group.setTitle(self.tr("Format"))
        texts = {export.HTML: self.tr("&HTML web page"), export.MARKDOWN: self.tr("&Markdown"),
                 export.TEXT: self.tr("Plain &text")}
        for name, button in self.buttons.items():
            button.setText(texts[name])
        self.pinyin_box.setText(self.tr("Add &pinyin to every character"))
        if self._pinyin_available:
            self.pinyin_box.setToolTip(self.tr("In HTML above the characters; in Markdown and text "
                                               "in brackets after each word"))
        else:
            self.pinyin_box.setToolTip(self.tr("Pinyin is not available: the Python package pypinyin is missing."))
        self.choose_button.setText(self.tr("&Choose File…"))
        self.box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def format(self) -> str:
        return next(name for name, button in self.buttons.items() if button.isChecked())

    def with_pinyin(self) -> bool:
        return self.pinyin_box.isEnabled() and self.pinyin_box.isChecked()
