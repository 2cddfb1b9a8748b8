"""Guards against a broken Qt binding release.

PySide6 6.12.0 drops a reference to None on every call of a method that returns
nothing; on Python < 3.12 the reader then aborts after a few thousand calls.
pyproject.toml keeps that release out; this test fails if it comes back.
"""
import sys

from PySide6.QtGui import QTextCursor, QTextDocument


def test_void_calls_keep_the_reference_count_of_none():
    cursor = QTextCursor(QTextDocument())
    before = sys.getrefcount(None)
    for _ in range(1000):
        cursor.insertText("字")
    assert sys.getrefcount(None) - before >= -10
