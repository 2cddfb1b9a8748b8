"""The Read Aloud menu, and the toolbar's speech tools (声音 / 慢 / 快 / 读, Play, Stop) bound to
read aloud: the toolbar's own actions also go into this menu, between the commands and the
reading modes. The checks follow their settings (``session.setting_changed``); Play says Pause
while reading."""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from ...core.settings import READING_MODES, PointUnit
from ..choices import entry, when_first_shown
from ..labels import plain
from .action_tips import name_action, remember_tips
from .voices_menu import VoicesMenu

TOOLBAR_TOOLS = ("sound", "slower", "faster", "reading_mode")  # the toolbar's, shown in this menu too
TOOLBAR_EXTRA_KEYS = {"slower": "Ctrl+Alt+-", "faster": "Ctrl+Alt+="}
SWITCHES = tuple(f"mode_{mode}" for mode in READING_MODES) + ("point_paragraph", "highlight")  # no keys


class ReadAloudMenu(QObject):
    def __init__(self, read_aloud):
        super().__init__(read_aloud)
        self.read_aloud = read_aloud  # its transport and tuning are built by the first command (controller.py)
        self.session = session = read_aloud.session
        self.settings = session.settings
        self.actions: dict[str, QAction] = {}
        self.toolbar = None
        self.toolbar_actions: dict[str, QAction] = {}
        self._state = "stopped"  # what Play shows: Pause while 'playing'
        self.menu = session.add_menu()
        self._build()
        self.voices = VoicesMenu(read_aloud, self.menu)
        self.menu.addSeparator()
        when_first_shown(self.menu, self._make_switches)
        session.setting_changed.connect(self._setting_changed)

    def _add(self, name: str, keys=(), slot=None, checkable=False, before: QAction | None = None) -> QAction:
        """An action of the menu (above ``before``, else at its end), named in retranslate (_texts)."""
        action = entry(self.menu, before, slot, checkable, owner=self.session.window if keys else None)
        if keys:
            action.setShortcuts([QKeySequence(key) for key in keys])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setObjectName(f"readAloud_{name}")
        self.actions[name] = action
        return action

    def _make_switches(self) -> None:
        """The reading modes and switches, which have no keys: made when the menu first opens."""
        a, read_aloud = self._add, self.read_aloud
        self.mode_group = QActionGroup(self.menu)
        for mode in READING_MODES:
            action = a(f"mode_{mode}", (), lambda _on, mode=mode: read_aloud.tuning.set_reading_mode(mode),
                       checkable=True, before=self._modes_end)
            self.mode_group.addAction(action)
        a("point_paragraph", (), self._set_point_paragraph, checkable=True, before=self._modes_end)
        a("highlight", (), lambda on: read_aloud.tuning.set_highlight(on, plain(self.actions["highlight"].text())),
          checkable=True)
        made = [self.actions[name] for name in SWITCHES]
        self._name(made)
        read_aloud.show_availability(made)
        self._check_settings()

    def _build(self) -> None:
        # The commands reach the transport and tuning when triggered: they are built then.
        a, read_aloud = self._add, self.read_aloud
        a("play", ["Ctrl+2"], lambda: read_aloud.transport.play_pause())
        a("stop", ["Ctrl+4"], lambda: read_aloud.stop())
        self.menu.addSeparator()
        a("previous_sentence", ["Ctrl+1"], lambda: read_aloud.transport.step_sentence(-1))
        a("next_sentence", ["Ctrl+3"], lambda: read_aloud.transport.step_sentence(+1))
        a("previous_paragraph", ["Alt+Up"], lambda: read_aloud.transport.step_paragraph(-1))
        a("next_paragraph", ["Alt+Down"], lambda: read_aloud.transport.step_paragraph(+1))
        self.menu.addSeparator()
        a("from_cursor", ["Ctrl+Shift+Return"], lambda: read_aloud.transport.read_from_cursor())
        a("selection", ["Ctrl+Shift+S"], lambda: read_aloud.transport.read_selection())
        a("section", ["Ctrl+Shift+R"], lambda: read_aloud.transport.read_section())
        a("card", ["Ctrl+Shift+M"], lambda: read_aloud.transport.read_card())
        self.menu.addSeparator()
        # The toolbar's 声音, 慢, 快 and 读 go here (bind_toolbar), then the reading modes (_make_switches).
        self._toolbar_anchor = self.menu.addSeparator()
        self._modes_end = self.menu.addSeparator()
        a("normal_speed", ["Ctrl+Alt+0"], lambda: read_aloud.tuning.normal_rate())
        a("louder", ["Ctrl+Alt+Up"], lambda: read_aloud.tuning.step_volume(+1))
        a("quieter", ["Ctrl+Alt+Down"], lambda: read_aloud.tuning.step_volume(-1))

    def _set_point_paragraph(self, on: bool) -> None:
        self.read_aloud.tuning.set_point_unit(PointUnit.PARAGRAPH if on else PointUnit.SENTENCE,
                                   plain(self.actions["point_paragraph"].text()))

    def _texts(self) -> dict[str, tuple[str, str]]:
        """Each action's text and tip (its status tip; the tooltip is "text: tip")."""
        return {
            "play": (self.tr("&Pause"), self.tr("Read from the reading cursor; pause and go on"))
            if self._state == "playing" else
            (self.tr("&Play"), self.tr("Read from the reading cursor; pause and go on")),
            "stop": (self.tr("&Stop"), self.tr("Stop reading aloud")),
            "previous_sentence": (self.tr("Previous Sentence"), self.tr("Read the sentence before")),
            "next_sentence": (self.tr("Next Sentence"), self.tr("Read the next sentence")),
            "previous_paragraph": (self.tr("Previous Paragraph"), self.tr("Read the paragraph before")),
            "next_paragraph": (self.tr("Next Paragraph"), self.tr("Read the next paragraph")),
            "from_cursor": (self.tr("Read from the &Reading Cursor"),
                            self.tr("Read from the reading cursor to the end")),
            "selection": (self.tr("Read the Selec&tion"), self.tr("Read the selected text")),
            "section": (self.tr("Read the Curr&ent Section"), self.tr("Read the section the reading cursor is in")),
            "card": (self.tr("Read the &Document Card"),
                     self.tr("Read the catalogue card: index number, publisher, dates and document number")),
            "mode_continuous": (self.tr("&Continuous Reading (连读)"), self.tr("Sound on reads on to the end")),
            "mode_point": (self.tr("P&oint Reading (指读)"),
                           self.tr("Sound on reads what the pointer rests on, or where the keys move")),
            "point_paragraph": (self.tr("Point Reading Reads Whole P&aragraphs"),
                                self.tr("指读 reads the paragraph under the pointer, not only the sentence")),
            "normal_speed": (self.tr("&Normal Speed"), self.tr("Read at the usual speed (1.0x)")),
            "louder": (self.tr("&Louder"), self.tr("Read aloud more loudly")),
            "quieter": (self.tr("&Quieter"), self.tr("Read aloud more quietly")),
            "highlight": (self.tr("&Highlight While Reading"),
                          self.tr("Mark the sentence being read and keep it in view")),
        }

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Read Aloud"))
        self._name(self.actions.values())
        self.voices.retranslate()

    def _name(self, actions) -> None:
        texts = self._texts()
        for action in actions:
            name_action(action, *texts[action.objectName().removeprefix("readAloud_")])

    def show_state(self, state: str) -> None:
        """The reading's state: Play says Pause while reading (the toolbar's Play too)."""
        self._state = state
        self.actions["play"].setText(self.tr("&Pause") if state == "playing" else self.tr("&Play"))
        if self.toolbar is not None:
            self.toolbar.show_playing(state)

    def speech_actions(self) -> list[QAction]:
        """Every action that needs a speech engine (disabled without one)."""
        actions = list(self.actions.values()) + self.voices.actions()
        if self.toolbar is not None:
            actions.append(self.toolbar.actions["play"])
        return actions + list(self.toolbar_actions.values())

    # The toolbar ------------------------------------------------------------
    def bind_toolbar(self, toolbar) -> None:
        """The accessibility toolbar's speech tools do read aloud's commands (it offers itself
        as "toolbar"); its 声音, 慢, 快 and 读 show in this menu too."""
        self.toolbar = toolbar
        read_aloud = self.read_aloud
        self.toolbar_actions = {name: toolbar.actions[name] for name in TOOLBAR_TOOLS}
        toolbar.bind("sound", lambda on: read_aloud.tuning.set_sound(on))
        toolbar.actions["sound"].setChecked(self.settings.get("speech_on"))
        toolbar.bind_command("slower", lambda: read_aloud.tuning.step_rate(-1))
        toolbar.bind_command("faster", lambda: read_aloud.tuning.step_rate(+1))
        toolbar.bind_command("reading_mode", lambda: read_aloud.tuning.cycle_reading_mode())
        toolbar.bind_command("play", lambda: read_aloud.transport.play_pause())
        toolbar.bind_command("stop", read_aloud.stop)
        toolbar.show_playing(self._state)
        for name, action in self.toolbar_actions.items():
            if name in TOOLBAR_EXTRA_KEYS:
                action.setShortcuts(action.shortcuts() + [QKeySequence(TOOLBAR_EXTRA_KEYS[name])])
            remember_tips(action)
        self.menu.insertActions(self._toolbar_anchor, list(self.toolbar_actions.values()))

    # Following the settings -------------------------------------------------
    def _check_settings(self) -> None:
        if "highlight" not in self.actions:
            return  # not made yet: checked when they are
        self.actions[f"mode_{self.settings.get('reading_mode')}"].setChecked(True)
        self.actions["point_paragraph"].setChecked(self.settings.get("point_reading_unit") == PointUnit.PARAGRAPH)
        self.actions["highlight"].setChecked(self.settings.get("highlight_reading"))

    def _setting_changed(self, name: str, value) -> None:
        if name in ("reading_mode", "point_reading_unit", "highlight_reading"):
            self._check_settings()
        elif name == "speech_on" and self.toolbar is not None:
            self.toolbar.actions["sound"].setChecked(bool(value))
