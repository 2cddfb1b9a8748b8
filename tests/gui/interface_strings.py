"""Every string the interface shows, and whether it is in the language it should be.

``collect`` gathers the texts of every window's widgets and actions (hidden ones too: a
hidden bar shows its stale text the moment it opens); ``wrong_language`` says which of them
are not in the interface language, judged two ways:
  - a string the catalogues (i18n/*.ts) give for another language and not for this one;
  - a string none of this language's texts or templates account for, that is written in the
    other script: Chinese characters in English, English words in Chinese.
Document content (headings, sentences, file names) and the languages' own names are not
the interface's and are left out.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QGroupBox, QHeaderView, QLabel, QLineEdit,
                               QMenu, QTabBar, QWidget)

from reader.core.languages import NATIVE_NAMES

I18N = Path(__file__).resolve().parents[2] / "i18n"
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
ENGLISH_WORD = re.compile(r"[A-Za-z]{3,}")
# Words that stay as they are in a Chinese interface: keys, formats, programs and packages.
KEPT_WORDS = {
    "ctrl", "shift", "alt", "meta", "esc", "enter", "return", "tab", "home", "end", "pgup", "pgdown", "pgdn",
    "space", "backspace", "del", "delete", "ins", "insert", "up", "down", "left", "right", "page",
    "pdf", "html", "htm", "json", "wav", "markdown", "txt", "utf", "gbk", "sha", "svg",
    "espeak", "pypinyin", "pyttsx", "pip", "apt", "sudo", "install", "aplay", "alsa", "utils", "paplay",
    "pulseaudio", "noto", "fonts", "cjk", "language", "zh", "zhong", "zhòng",
    "dock", "alpha",  # Qt's own Chinese keeps these words (dock buttons, the colour dialog)
}
_FIELD = re.compile(r"\{[^{}]*\}|%n|%L?\d")


def catalogue(language: str) -> set[str]:
    """The texts of a language: the English sources, or a .ts file's translations."""
    texts = set()
    source = I18N / "reader_zh_CN.ts" if language == "en" else I18N / f"reader_{language}.ts"
    for message in ET.parse(source).iter("message"):
        if language == "en":
            texts.add(message.findtext("source") or "")
            continue
        translation = message.find("translation")
        forms = [form.text or "" for form in translation.iter("numerusform")]
        texts.update(forms or [translation.text or ""])
    texts.discard("")
    return texts


def _template(text: str) -> re.Pattern | None:
    """A text with fields ({title}, %n) as a pattern any filling of it matches."""
    parts = _FIELD.split(text)
    if len(parts) == 1:
        return None
    return re.compile(".*?".join(re.escape(part) for part in parts), re.S)


class Judge:
    def __init__(self, languages: tuple[str, ...]):
        self.texts = {language: catalogue(language) for language in languages}
        self.templates = {language: [t for t in map(_template, texts) if t] for language, texts in self.texts.items()}

    def _own(self, language: str, text: str) -> bool:
        return text in self.texts[language] or any(t.fullmatch(text) for t in self.templates[language])

    def wrong_language(self, strings: dict[str, str], language: str, content: str) -> dict[str, str]:
        """The strings (text → where) that are not in ``language``."""
        others = set().union(*(texts for other, texts in self.texts.items() if other != language))
        foreign = others - self.texts[language]
        wrong = {}
        for text, where in strings.items():
            if _is_content(text, content) or self._own(language, text):
                continue
            if text in foreign:
                wrong[text] = where
            elif language == "en" and CJK.search(_without_content(text, content)):
                wrong[text] = where
            elif language != "en" and any(word.lower() not in KEPT_WORDS
                                           for word in ENGLISH_WORD.findall(_without_content(text, content))):
                wrong[text] = where
        return wrong


def _is_content(text: str, content: str) -> bool:
    """Document text, a file's path, a language's own name, or no words at all."""
    stripped = text.strip()
    return (not stripped or stripped in content or stripped in NATIVE_NAMES.values()
            or stripped.startswith(("/", "~")) or re.match(r"[A-Za-z]:\\", stripped) is not None
            or not re.search(r"[A-Za-z\u3400-\u9fff]", stripped))


def _without_content(text: str, content: str) -> str:
    """The text without what it quotes from the document (a title in a window title) and
    without the languages' own names (the Language menu shows each under its own)."""
    for name in NATIVE_NAMES.values():
        text = text.replace(name, "")
    text = re.sub(r"\*\.\w+", "", text)  # file name patterns: *.html
    return " ".join(piece for piece in re.split(r"[\s—:：“”\"'()（）]+", text) if piece and piece not in content)


def _texts_of(obj: QObject) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    if isinstance(obj, QAction):
        if obj.property("engine_text"):  # named by the speech engine (a voice), not by the reader
            return found
        found += [("text", obj.text()), ("toolTip", obj.toolTip()), ("statusTip", obj.statusTip()),
                  ("whatsThis", obj.whatsThis()), ("iconText", obj.iconText())]
        return found
    if not isinstance(obj, QWidget):
        return found
    found += [("windowTitle", obj.windowTitle()), ("toolTip", obj.toolTip()), ("statusTip", obj.statusTip()),
              ("whatsThis", obj.whatsThis()), ("accessibleName", obj.accessibleName()),
              ("accessibleDescription", obj.accessibleDescription())]
    if isinstance(obj, QAbstractButton):
        found.append(("text", obj.text()))
    if isinstance(obj, QLabel) and obj.textFormat() != Qt.TextFormat.RichText:
        found.append(("text", obj.text()))
    elif isinstance(obj, QLabel):
        found.append(("text", re.sub(r"<[^>]+>", " ", obj.text())))
    if isinstance(obj, QLineEdit):
        found.append(("placeholderText", obj.placeholderText()))
    if isinstance(obj, QGroupBox):
        found.append(("title", obj.title()))
    if isinstance(obj, QMenu):
        found.append(("title", obj.title()))
    if isinstance(obj, QComboBox):
        found += [(f"item {index}", obj.itemText(index)) for index in range(obj.count())]
    if isinstance(obj, QTabBar):
        found += [(f"tab {index}", obj.tabText(index)) for index in range(obj.count())]
    if isinstance(obj, QHeaderView) and obj.model() is not None:
        found += [(f"header {section}", str(obj.model().headerData(section, obj.orientation()) or ""))
                  for section in range(obj.count())]
    return found


def collect(tops: list[QWidget] | None = None) -> dict[str, str]:
    """Every interface string under the given windows (all of the application's by default),
    with where one of its uses is."""
    strings: dict[str, str] = {}
    for top in tops if tops is not None else QApplication.topLevelWidgets():
        for obj in [top, *top.findChildren(QObject)]:
            for prop, value in _texts_of(obj):
                for line in value.splitlines():
                    if line.strip():
                        strings.setdefault(line.strip(), f"{type(obj).__name__} {obj.objectName()!r} {prop}")
    return strings
