"""Choosing one's own text and background colours, refused when they are too close."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog

from ...core.schemes import BODY_MINIMUM, custom_scheme, ratio


def choose_custom_colours(parent, appearance, feedback, pick=QColorDialog.getColor) -> bool:
    """Ask for the text colour, then the background; apply them if they reach 7:1 (else say why)."""
    translate = QCoreApplication.translate
    settings = appearance.settings
    text = pick(QColor(settings.get("custom_text")), parent, translate("CustomColours", "Text Colour"))
    if not text.isValid():
        return False
    background = pick(QColor(settings.get("custom_background")), parent,
                      translate("CustomColours", "Background Colour"))
    if not background.isValid():
        return False
    text_hex, background_hex = text.name().upper(), background.name().upper()
    try:
        custom_scheme(text_hex, background_hex)
    except ValueError:
        feedback.warn(lambda: translate(
            "CustomColours",
            "These colours are too close to read well ({ratio:.1f}:1). Text needs at least {minimum:.0f}:1 "
            "against its background; please choose again.").format(
                ratio=ratio(text_hex, background_hex), minimum=BODY_MINIMUM))
        return False
    settings.set("custom_text", text_hex)
    settings.set("custom_background", background_hex)
    appearance.set("scheme", "custom")
    return True
