"""Marks user-facing strings of the core for Qt's translation tools.

The core never imports Qt; ``QT_TRANSLATE_NOOP`` only marks a string so that
``pyside6-lupdate`` collects it. The GUI and the CLI translate it at the edge
with ``QCoreApplication.translate(context, text)``.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text
