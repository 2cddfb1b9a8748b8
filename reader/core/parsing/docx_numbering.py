"""Word's automatic numbering: the labels (一、 （一） 1.) that numbering.xml draws, not the text.

A 公文 typed in Word often numbers its headings with a numbering list: the paragraph holds
"总体要求" and Word draws "一、" before it from the list's level (its format, chineseCounting,
and its text, "%1、"). The outline needs the label, so each numbered paragraph gets it back:
counters per list and level, a level's counter restarting when a higher level moves on.
"""
from __future__ import annotations

from docx.oxml.ns import qn

_DIGITS = "零一二三四五六七八九"


def chinese_number(number: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (as Word's chineseCounting)."""
    if number <= 0:
        return str(number)
    if number < 10:
        return _DIGITS[number]
    if number < 20:
        return "十" + (_DIGITS[number % 10] if number % 10 else "")
    if number < 100:
        return _DIGITS[number // 10] + "十" + (_DIGITS[number % 10] if number % 10 else "")
    if number < 1000:
        rest = number % 100
        tail = "" if not rest else ("零" + _DIGITS[rest] if rest < 10 else
                                    (_DIGITS[1] if rest < 20 else "") + chinese_number(rest))
        return _DIGITS[number // 100] + "百" + tail
    return str(number)


_FORMATS = {
    "decimal": str,
    "chineseCounting": chinese_number,
    "chineseCountingThousand": chinese_number,
    "ideographTraditional": lambda n: "甲乙丙丁戊己庚辛壬癸"[(n - 1) % 10],
    "decimalEnclosedCircle": lambda n: chr(0x2460 + n - 1) if 1 <= n <= 20 else str(n),
    "decimalFullWidth": lambda n: str(n).translate({ord(d): 0xFF10 + int(d) for d in "0123456789"}),
    "lowerLetter": lambda n: chr(ord("a") + (n - 1) % 26),
    "upperLetter": lambda n: chr(ord("A") + (n - 1) % 26),
}


class Numbering:
    """The labels of one document's numbered paragraphs, in the order they are asked for."""

    def __init__(self, document):
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}  # numId: ilvl: (format, text, start)
        self.counters: dict[str, dict[int, int]] = {}
        self.styles = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract = {a.get(qn("w:abstractNumId")): a for a in root.findall(qn("w:abstractNum"))}
        for num in root.findall(qn("w:num")):
            reference = num.find(qn("w:abstractNumId"))
            definition = abstract.get(reference.get(qn("w:val")) if reference is not None else None)
            if definition is not None:
                self.levels[num.get(qn("w:numId"))] = _levels(definition)
        for style in document.styles.element.findall(qn("w:style")):
            number = _number_properties(style.find(qn("w:pPr")))
            if number:
                self.styles[style.get(qn("w:styleId"))] = number

    def label(self, paragraph) -> str:
        """The label Word draws before the paragraph, or ""."""
        properties = paragraph.find(qn("w:pPr"))
        number = _number_properties(properties)
        if number is None and properties is not None:
            style = properties.find(qn("w:pStyle"))
            number = self.styles.get(style.get(qn("w:val"))) if style is not None else None
        if number is None or number[0] not in self.levels:
            return ""
        list_id, level = number
        levels = self.levels[list_id]
        if level not in levels:
            return ""
        counters = self.counters.setdefault(list_id, {})
        counters[level] = counters.get(level, levels[level][2] - 1) + 1
        for deeper in [key for key in counters if key > level]:
            del counters[deeper]
        _, text, _ = levels[level]
        for shown in range(level + 1):
            if shown in levels:
                fmt = _FORMATS.get(levels[shown][0], str)
                count = counters.get(shown, levels[shown][2])
                text = text.replace(f"%{shown + 1}", fmt(count))
        return text if levels[level][0] != "bullet" else ""


def _levels(definition) -> dict[int, tuple[str, str, int]]:
    levels = {}
    for level in definition.findall(qn("w:lvl")):
        def value(name, default=""):
            element = level.find(qn(name))
            return element.get(qn("w:val"), default) if element is not None else default
        try:
            start = int(value("w:start", "1"))
        except ValueError:
            start = 1
        levels[int(level.get(qn("w:ilvl"), "0"))] = (value("w:numFmt", "decimal"), value("w:lvlText"), start)
    return levels


def _number_properties(properties) -> tuple[str, int] | None:
    if properties is None:
        return None
    number = properties.find(qn("w:numPr"))
    if number is None:
        return None
    list_id, level = number.find(qn("w:numId")), number.find(qn("w:ilvl"))
    if list_id is None or list_id.get(qn("w:val")) in (None, "0"):
        return None
    try:
        return list_id.get(qn("w:val")), int(level.get(qn("w:val"), "0")) if level is not None else 0
    except ValueError:
        return None
