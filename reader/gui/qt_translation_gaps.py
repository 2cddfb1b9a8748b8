"""Strings of Qt's own dialogs that Qt's Chinese catalogues (qtbase_zh_CN/zh_TW.qm) lack.

Never imported: lupdate reads these markers into i18n/*.ts under Qt's own context, and the
reader's translator, installed after Qt's and so asked first, answers for them.
tests/gui/test_languages.py finds such gaps when it opens Qt's dialogs.
"""
from ..core.messages import QT_TRANSLATE_NOOP

QT_FILE_DIALOG = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)

# The file dialog's Type column. Qt asks with a comment ("All other platforms"); a translator
# that has none for it answers with the entry that has no comment.
QT_FILE_TYPES = (
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
)
