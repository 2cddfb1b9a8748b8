"""Chinese fonts: is there one, and which families to ask for."""
from __future__ import annotations

import re

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QFontMetrics

# Preferred families, best first; Qt falls back along the list per character.
SANS_FAMILIES = ["Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Microsoft YaHei",
                 "PingFang SC", "Noto Sans SC", "Sans Serif"]

# For an interface in traditional characters: their own glyph forms (戶, 說), as Qt's fallback gave.
TRADITIONAL_FAMILIES = ["Noto Sans CJK TC", "Source Han Sans TC", "Microsoft JhengHei", "PingFang TC",
                        "Noto Sans TC"]

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


def interface_font(font: QFont, language: str) -> QFont:
    """The interface's font (menus, toolbar, outline, status bar): its own family for Latin
    letters, then the text's Chinese families, so the outline's headings and Chinese labels are
    drawn from the same font face as the text.

    Left to itself, Qt falls back for Chinese characters to a CJK font chosen by the system's
    locale: in a C or English locale Noto Sans CJK JP (Japanese glyph forms), another face of
    the very file the text uses, mapped a second time: 6-8 MB more resident at start. The
    family is named as found ("DejaVu Sans", not the alias "Sans Serif": an alias is not a
    family, and the first Chinese family would draw the Latin letters too)."""
    chinese = TRADITIONAL_FAMILIES + SANS_FAMILIES if language == "zh_TW" else SANS_FAMILIES
    own = QFontInfo(font).family()
    interface = QFont(font)
    interface.setFamilies([own, *(family for family in chinese if family != own)])
    return interface


def body_font(point_size: float) -> QFont:
    font = QFont()
    font.setFamilies(SANS_FAMILIES)
    font.setPointSizeF(point_size)
    return font

