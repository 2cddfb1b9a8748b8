"""Chinese fonts: is there one, and which families to ask for."""
from __future__ import annotations

import re

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

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


_BEYOND_BMP = re.compile("[\U00020000-\U0003FFFF]")  # CJK Extension B and later
CJK_WRITING_SYSTEMS = (QFontDatabase.WritingSystem.SimplifiedChinese, QFontDatabase.WritingSystem.TraditionalChinese,
                       QFontDatabase.WritingSystem.Japanese, QFontDatabase.WritingSystem.Korean)


def characters_without_font(text: str, limit: int = 10) -> list[str]:
    """The rare characters of ``text`` (CJK Extension B and later, in people's and places'
    names) that no installed CJK font has: Qt draws them as empty boxes. Most documents have
    none, and the check stops there."""
    rare = sorted(set(_BEYOND_BMP.findall(text)))
    if not rare:
        return []
    families = dict.fromkeys(family for system in CJK_WRITING_SYSTEMS for family in QFontDatabase.families(system))
    fonts = [QFontMetrics(QFont(family)) for family in families]
    return [char for char in rare if not any(font.inFontUcs4(ord(char)) for font in fonts)][:limit]


def body_font(point_size: float) -> QFont:
    font = QFont()
    font.setFamilies(SANS_FAMILIES)
    font.setPointSizeF(point_size)
    return font

