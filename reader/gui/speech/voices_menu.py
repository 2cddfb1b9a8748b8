"""Read Aloud > Voice: Mandarin (the default) first, the engine's other Chinese voices, then
the voices of other languages in a submenu of their own. The engine tells its voices once it
has started; the chosen one (the ``speech_voice`` setting) is checked, however it was chosen."""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup

from ..choices import when_first_shown
from ..labels import plain
from .action_tips import name_action

CHINESE_LANGUAGES = ("cmn", "zh", "yue", "hak", "nan", "wuu")


class VoicesMenu(QObject):
    def __init__(self, read_aloud, parent_menu):
        super().__init__(read_aloud)
        self.read_aloud = read_aloud
        self.session = read_aloud.session
        self.settings = self.session.settings
        self.menu = parent_menu.addMenu("")
        self.other_voices_menu = None  # made when the engine has voices in other languages
        self.group = QActionGroup(self)
        self.default: QAction | None = None  # made when the menu first opens, or the engine tells its voices
        self.voice_actions: list[QAction] = []
        when_first_shown(self.menu, self._make_default)
        self.session.setting_changed.connect(self._setting_changed)

    def _make_default(self) -> None:
        if self.default is not None:
            return
        self.default = QAction(self.session.window)  # not the menu's: fill() clears the menu, which deletes its own
        self.default.setObjectName("readAloud_voice_default")
        self.default.setCheckable(True)
        self.default.triggered.connect(lambda _on=False: self.set_voice(""))
        self.group.addAction(self.default)
        self.menu.addAction(self.default)  # the menu's first: nothing is in it before (fill makes it first)
        self._name_default()
        self.read_aloud.show_availability([self.default])
        self._check_chosen()

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Voice"))
        if self.other_voices_menu is not None:
            self.other_voices_menu.setTitle(self.tr("&Other Languages"))
        if self.default is not None:
            self._name_default()

    def _name_default(self) -> None:
        name_action(self.default, self.tr("Mandarin (Default)"), self.tr("The usual Mandarin voice"))

    def actions(self) -> list[QAction]:
        return ([self.default] if self.default is not None else []) + self.voice_actions

    def set_voice(self, voice: str) -> None:
        self.settings.set("speech_voice", voice or "")
        self._check_chosen()  # chosen again: the setting did not change
        self.session.feedback.confirm(self.tr("Voice: {name}").format(name=plain(self._chosen().text())))

    def fill(self, voices: list) -> None:
        """The engine's voices (its ``voices_changed``)."""
        for action in self.voice_actions:
            self.group.removeAction(action)
            action.deleteLater()
        self.voice_actions = []
        self._make_default()
        self.menu.clear()
        self.other_voices_menu = None
        self.menu.addAction(self.default)
        chinese = [v for v in voices if any(lang.split("-")[0] in CHINESE_LANGUAGES for lang in v.get("languages", []))]
        others = [v for v in voices if v not in chinese]
        if chinese:
            self.menu.addSeparator()
        for voice in chinese:
            self.menu.addAction(self._voice_action(voice))
        if others:
            self.other_voices_menu = self.menu.addMenu(self.tr("&Other Languages"))
            for voice in sorted(others, key=lambda v: v.get("name", "")):
                self.other_voices_menu.addAction(self._voice_action(voice))
        self._check_chosen()

    def _voice_action(self, voice: dict) -> QAction:
        action = QAction(voice.get("name") or voice["id"], self.session.window)
        action.setProperty("engine_text", True)  # the engine's own name for the voice: not ours to translate
        action.setData(voice["id"])
        action.setCheckable(True)
        action.setEnabled(self.read_aloud.is_available())
        action.triggered.connect(lambda _on=False, voice_id=voice["id"]: self.set_voice(voice_id))
        self.group.addAction(action)
        self.voice_actions.append(action)
        return action

    def _chosen(self) -> QAction:
        voice = self.settings.get("speech_voice")
        return next((action for action in self.voice_actions if action.data() == voice), self.default)

    def _check_chosen(self) -> None:
        if self.default is not None:
            self._chosen().setChecked(True)

    def _setting_changed(self, name: str, _value) -> None:
        if name == "speech_voice":
            self._check_chosen()
