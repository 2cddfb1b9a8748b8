"""Chinese fonts: is there one, and which families to ask for."""
from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

# Preferred families, best first; Qt falls back along the list per character.
SANS_FAMILIES = ["Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Microsoft YaHei",
                 "PingFang SC", "Noto Sans SC", "Sans Serif"]

# Written in English on purpose: without a Chinese font, Chinese text would be empty boxes.
NO_CJK_FONT_MESSAGE = (
    "No Chinese font is installed, so Chinese text would show as empty boxes. "
    "Install one and restart the reader: on Debian or Ubuntu, "
    "'sudo apt install fonts-noto-cjk' (or fonts-wqy-microhei)."
)


def has_cjk_font() -> bool:
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


def body_font(point_size: float) -> QFont:
    font = QFont()
    font.setFamilies(SANS_FAMILIES)
    font.setPointSizeF(point_size)
    return font

