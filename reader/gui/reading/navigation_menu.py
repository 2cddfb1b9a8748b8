"""The Go menu: screen-reader style jumps over the reading cursor, and "where am I".

Single-key shortcuts (H, P, 1-4) act only while the text has the focus, so they
never get in the way of typing in a field, nor of an open menu's mnemonics (``MenuKeysFirst``).
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from ...core.outline import heading_line
from ..language import follow_language
from ..menu_keys import MenuKeysFirst
from .outline_panel import level_name


class NavigationMenu(QObject):
    def __init__(self, session):
        super().__init__(session)
        self.session = session
        self.reading = reading = session.reading
        self.menu = session.add_menu()
        nav = lambda: reading.navigator  # noqa: E731 - the navigator changes with the document
        text_only = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.actions: dict[str, QAction] = {}
        self._add("next_heading", "H", lambda s: nav().next_heading(s), text_only)
        self._add("previous_heading", "Shift+H", lambda s: nav().previous_heading(s), text_only)
        for level in range(1, 5):
            self._add(f"next_heading_{level}", str(level), lambda s, level=level: nav().next_heading(s, level), text_only)
        self.menu.addSeparator()
        self._add("next_paragraph", "P", lambda s: nav().next_paragraph(s), text_only)
        self._add("previous_paragraph", "Shift+P", lambda s: nav().previous_paragraph(s), text_only)
        self._add("next_section", "Ctrl+PgDown", lambda s: nav().next_section(s))
        self._add("previous_section", "Ctrl+PgUp", lambda s: nav().previous_section(s))
        self.menu.addSeparator()
        # Home and End move the caret to the line's start and end, as in any text.
        self._add("start", "Ctrl+Home", lambda s: nav().first(), text_only)
        self._add("end", "Ctrl+End", lambda s: nav().last(), text_only)
        self.menu.addSeparator()
        where = QAction(session.window)
        where.setShortcut(QKeySequence("Ctrl+Shift+I"))
        where.triggered.connect(self.where_am_i)
        self.menu.addAction(where)
        self.actions["where_am_i"] = where
        MenuKeysFirst.install(QApplication.instance(), session.view)
        follow_language(self.retranslate)

    def _texts(self) -> dict[str, str]:
        """The entries' texts, by the names in self.actions."""
        return {
            "next_heading": self.tr("Next &Heading"),
            "previous_heading": self.tr("Previous Heading"),
            **{f"next_heading_{level}": self.tr("Next Heading of Level {level}").format(level=level)
               for level in range(1, 5)},
            "next_paragraph": self.tr("Next &Paragraph"),
            "previous_paragraph": self.tr("Previous Paragraph"),
            "next_section": self.tr("Next &Section"),
            "previous_section": self.tr("Previous Section"),
            "start": self.tr("&Beginning of Document"),
            "end": self.tr("&End of Document"),
            "where_am_i": self.tr("&Where Am I"),
        }

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Go"))
        for name, text in self._texts().items():
            self.actions[name].setText(text)

    def _add(self, name, keys, jump, context=Qt.ShortcutContext.WindowShortcut) -> None:
        action = QAction(self.session.window)
        keys = (keys,) if isinstance(keys, str) else keys
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setShortcutContext(context)
        action.triggered.connect(lambda _checked=False: self._jump(jump))
        if context == Qt.ShortcutContext.WidgetWithChildrenShortcut:
            self.session.view.addAction(action)  # live only while the text has the focus
        self.menu.addAction(action)
        self.actions[name] = action

    def _jump(self, jump) -> None:
        if self.reading.navigator is None:
            return
        target = jump(self.reading.sentence)
        if target is None:
            self._say(self.tr("Nothing further in that direction"))
            return
        self.reading.move_to(target, self.heading_announcement(target))

    def heading_announcement(self, sentence: int) -> str | None:
        """"二级标题 第二项 强化执法培训" when the sentence is a heading, else None."""
        navigator = self.reading.navigator
        heading = navigator.current_heading(sentence)
        if heading is None or heading.block != navigator.block_of(sentence):
            return None
        from ...core.spoken import spoken_heading  # loaded with the first jump, not at start

        return f"{level_name(heading.level)} {spoken_heading(heading)}"

    def where_am_i(self) -> str:
        reading = self.reading
        if reading.navigator is None:
            return ""
        location = reading.navigator.location(reading.sentence)
        parts = [reading.document.title or ""]
        parts += [heading_line(h) for h in location.section_path]
        view = self.session.view
        if view.part_count > 1:  # a document too long to show whole (document_view.py)
            parts.append(view.part_label())
        parts.append(self.tr("{percent}% through").format(percent=location.percent))
        text = " › ".join(part for part in parts if part)
        self._say(text)
        return text

    def _say(self, text: str) -> None:
        self.session.feedback.say(text, focus_widget=self.session.view)
