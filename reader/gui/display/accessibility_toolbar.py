"""The 无障碍 toolbar and menu: the portals' accessibility tools, on the desktop.

长者助手 (elder mode), 声音, 语速, 阅读方式, 配色, 放大 / 缩小, 大鼠标, 十字光标,
大字幕, 纯文本, 重置, 帮助 and 快捷键, with the portals' Alt+Shift shortcuts. Every
toggle is confirmed (session.feedback). A display tool's switch is its setting: the tool
(caption bar, guide lines, line focus, large pointer, zoom, appearance) follows the setting
however it changes, and the switch shows the setting; 重置 resets them all. A switch is enabled
once its tool has offered itself to the session. The toolbar offers itself as "toolbar": read
aloud binds its speech tools into it (``bind``, ``bind_command``, ``show_playing``). The groups'
lines are laid out by toolbar_layout.py.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton

from ...core.schemes import SCHEME_ORDER, next_scheme
from ...core.settings import DISPLAY_SETTINGS, LINE_FOCUS_CHOICES
from ...i18n import current_language
from ..choices import SettingChoices, entry, when_first_shown
from ..labels import plain
from ..language import follow_language
from .toolbar_icons import glyph_icon
from .toolbar_layout import ToolbarLines

CUSTOM = "custom"  # the scheme setting's value for the user's own colours (custom_colours.py)

# The portals' other names for elder mode, for the command palette.
ELDER_SEARCH_TERMS = "长者助手 长辈版 关怀版 关爱版 亲情版 长者模式 适老化 elder senior care mode"
# The icons' glyphs that Traditional Chinese writes otherwise (the others are the same in both).
TRADITIONAL_GLYPHS = {"长": "長", "声": "聲", "读": "讀"}

# The tools in groups, a toolbar each, wrapped onto lines whole (toolbar_layout.py): groups keep
# related tools together. In elder mode the last group (tools an elderly reader seldom needs)
# leaves the toolbar for its 更多 (More) button's menu, so that the large tools fit one line from
# 1024 px and leave the text its room; "Show All Tools" in that menu brings the group back as a second line.
TOOL_GROUPS = (
    ("elder",),
    ("play", "stop", "slower", "faster"),
    ("scheme", "zoom_in", "zoom_out"),
    ("caption", "help", "more"),
    ("sound", "reading_mode", "pointer", "guides", "text_only", "reset", "shortcuts"),
)
ELDER_TUCKED = len(TOOL_GROUPS) - 1  # the group that goes into the More menu in elder mode
GROUP_OF = {name: index for index, names in enumerate(TOOL_GROUPS) for name in names}
# The switches that are a setting, and the feature that offers itself (to the session) to follow it.
SWITCHES = {"elder": ("elder_mode", None), "text_only": ("text_only", None),
            "pointer": ("large_pointer", "large_pointer"), "guides": ("guide_lines", "guide_lines"),
            "caption": ("caption_bar", "caption_bar")}


class AccessibilityToolbar(QObject):
    def __init__(self, session):
        super().__init__(session)
        self.session = session
        self.window = window = session.window  # where the toolbars, the menu and the dialogs go
        self.settings = session.settings
        self.appearance = session.appearance
        self.toolbars = [self._new_toolbar(index) for index in range(len(TOOL_GROUPS))]
        # One entry in the toolbars' context menu shows or hides them all.
        for toolbar in self.toolbars[1:]:
            toolbar.toggleViewAction().setVisible(False)
        self.toolbars[0].toggleViewAction().triggered.connect(
            lambda shown: [toolbar.setVisible(shown and not (index == ELDER_TUCKED and self.tucked_away()))
                           for index, toolbar in enumerate(self.toolbars) if index])
        self.menu = session.add_menu()
        self.actions: dict[str, QAction] = {}
        self._glyphs: dict[str, str] = {}
        self._keys: dict[str, list[str]] = {}
        self._setters: dict[str, object] = {}  # name → callable(bool) for bound toggles
        self._painted_traditional: bool | None = None  # the icons' script; None: not painted yet
        self._icon_looks: dict[str, tuple] = {}  # name → (glyph, colours) of the icon it has
        self._playing = False  # reading aloud: the Play tool shows Pause
        self.help_dialog = None  # built when first asked for
        self.lines = ToolbarLines(window, self.toolbars, lambda: self.appearance.elder)
        self._build()
        self.appearance.changed.connect(self._follow_appearance)
        session.setting_changed.connect(self._setting_changed)
        follow_language(self.retranslate)

    # Building ------------------------------------------------------------------
    def _new_toolbar(self, index: int) -> QToolBar:
        toolbar = QToolBar(self.window)
        toolbar.setObjectName("accessibilityToolbar" if index == 0 else f"accessibilityToolbar{index + 1}")
        toolbar.setMovable(False)
        self.window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        return toolbar

    def button(self, name: str) -> QToolButton | None:
        """The toolbar button of a tool."""
        action = self.actions[name]
        return self.toolbars[GROUP_OF[name]].widgetForAction(action)

    def _build(self) -> None:
        session = self.session
        self._toggle("elder", "长", ["Ctrl+Shift+E"])
        self.actions["elder"].setObjectName("elderModeAction")
        self.actions["elder"].setProperty("search_terms", ELDER_SEARCH_TERMS)
        self._toggle("sound", "声", ["Alt+Shift+5"])  # bound by read aloud
        self._command("play", "▶", [], None)  # bound by read_aloud.py, which shows Pause while reading
        self._command("stop", "■", [], None)
        self._command("slower", "慢", ["Alt+Shift+6"], None)
        self._command("faster", "快", ["Alt+Shift+7"], None)
        self._command("reading_mode", "读", ["Alt+Shift+8"], None)
        self._command("scheme", "色", ["Alt+Shift+4"], self.cycle_scheme)
        self._command("zoom_in", "A+", ["Alt+Shift+Up"], None)  # bound once zoom is offered
        self._command("zoom_out", "A-", ["Alt+Shift+Down"], None)
        self._toggle("pointer", "鼠", ["Alt+Shift+2"])
        self._toggle("guides", "十", ["Alt+Shift+3"])
        self._toggle("caption", "幕", ["Alt+Shift+0"])
        self._toggle("text_only", "文", ["Alt+Shift+9"])
        self._command("reset", "↺", ["Alt+Shift+1"], self.reset)
        # One sequence: X11 offers Alt+Shift+/ as both of "Alt+Shift+/" and "Alt+?", and two on one
        # action are an ambiguous shortcut to Qt, which then does nothing.
        self._command("help", "?", ["Alt+Shift+/"], self.show_help)
        self._command("shortcuts", "⌨", [], None)  # the Help menu's Keyboard Shortcuts, once offered
        self._command("more", "…", [], self._pop_up_more)
        self._build_more()
        self._build_scheme_menu()
        self._build_line_focus_menu()
        for name, (setting, feature) in SWITCHES.items():
            self.actions[name].setChecked(bool(self.settings.get(setting)))
            setter = lambda on, setting=setting: self.settings.set(setting, bool(on))  # noqa: E731
            if feature is None:
                self.bind(name, setter)
            else:  # enabled once the tool is there to follow its setting
                session.when_provided(feature, lambda _tool, name=name, setter=setter: self.bind(name, setter))
        session.when_provided("zoom", self._bind_zoom)
        session.when_provided("shortcuts", lambda show: self.bind_command("shortcuts", show))
        session.when_provided("line_focus", lambda _tool: self.line_focus_menu.setEnabled(True))
        # Icons, styles and sizes come with the window's first appearance.apply() (_follow_appearance).

    def _texts(self) -> dict[str, tuple[str, str, str]]:
        """Each tool's name (in the menu, its tooltip and its accessible name), the short label
        under its icon, and what it does. The short labels keep English buttons about as wide as
        the Chinese ones (长者助手, 阅读方式): the full names would need some 1,700 px in elder mode."""
        return {
            "elder": (self.tr("&Elder Mode"), self.tr("Elder"),
                      self.tr("Large text, high contrast and a simpler, larger interface")),
            "sound": (self.tr("So&und"), self.tr("Sound"), self.tr("Read aloud on or off")),
            "play": (self.tr("&Pause"), self.tr("Pause"), self.tr("Pause reading aloud")) if self._playing
            else (self.tr("&Play"), self.tr("Play"), self.tr("Read aloud from the reading cursor")),
            "stop": (self.tr("St&op"), self.tr("Stop"), self.tr("Stop reading aloud")),
            "slower": (self.tr("Slo&wer"), self.tr("Slower"), self.tr("Read aloud more slowly")),
            "faster": (self.tr("&Faster"), self.tr("Faster"), self.tr("Read aloud faster")),
            "reading_mode": (self.tr("Reading &Mode"), self.tr("Mode"),
                             self.tr("Point reading (指读) or continuous reading (连读)")),
            "scheme": (self.tr("&Colours"), self.tr("Colours"), self.tr("Next colour scheme")),
            "zoom_in": (self.tr("Lar&ger"), self.tr("Bigger"), self.tr("Larger text")),
            "zoom_out": (self.tr("Sm&aller"), self.tr("Smaller"), self.tr("Smaller text")),
            "pointer": (self.tr("Large Poi&nter"), self.tr("Pointer"),
                        self.tr("A large, high-contrast mouse pointer")),
            "guides": (self.tr("Gu&ide Lines"), self.tr("Cross"),
                       self.tr("Two lines crossing at the mouse pointer")),
            "caption": (self.tr("Caption &Bar"), self.tr("Captions"),
                        self.tr("Large captions of what is read, at the bottom")),
            "text_only": (self.tr("Te&xt Only"), self.tr("Text"), self.tr("Plain text without styling")),
            "reset": (self.tr("&Reset"), self.tr("Reset"), self.tr("Restore every display setting")),
            "help": (self.tr("&Help"), self.tr("Help"), self.tr("What each tool does")),
            "shortcuts": (self.tr("Shor&tcuts"), self.tr("Keys"), self.tr("Every keyboard shortcut")),
            "more": (self.tr("More Tools"), self.tr("More"), self.tr("The tools not on the toolbar")),
        }

    def _group_names(self) -> list[str]:
        return [self.tr("Elder Mode"), self.tr("Read Aloud"), self.tr("Colours and Text Size"),
                self.tr("Captions and Help"), self.tr("Sound, Pointer and Text")]

    def _scheme_names(self) -> dict[str, str]:
        names = {"original": self.tr("Original (原始)"), "white-black": self.tr("Black on White (白底黑字)"),
                 "blue-yellow": self.tr("Yellow on Blue (蓝底黄字)"), "yellow-black": self.tr("Black on Yellow (黄底黑字)"),
                 "black-yellow": self.tr("Yellow on Black (黑底黄字)")}
        return {**{name: names[name] for name in SCHEME_ORDER}, CUSTOM: self.tr("&Custom Colours…")}

    def _line_focus_texts(self) -> dict[int, str]:
        return {lines: self.tr("Off") if lines == 0 else self.tr("%n line(s)", "", lines)
                for lines in LINE_FOCUS_CHOICES}

    def retranslate(self) -> None:
        title = self.tr("Accessibility Toolbar")
        for index, (toolbar, group) in enumerate(zip(self.toolbars, self._group_names())):
            name = self.tr("{toolbar}: {group}").format(toolbar=self.tr("Accessibility toolbar"), group=group)
            toolbar.setWindowTitle(title if index == 0 else name)  # the first shows and hides them all
            toolbar.setAccessibleName(name)
        self.menu.setTitle(self.tr("&Accessibility"))
        for name, (text, label, tip) in self._texts().items():
            self._name(name, text, label, tip)
        self.scheme_menu.setTitle(self.tr("Colour &Scheme"))
        self._name_show_all()
        self.line_focus_menu.setTitle(self.tr("&Line Focus"))
        if self._painted_traditional is None:
            return  # not laid out yet: _follow_appearance gives the icons and fits once
        if self._painted_traditional != (current_language() == "zh_TW"):
            self._give_icons()  # the glyphs in the script of the language
        self._fit()  # labels of another length

    def _name(self, name: str, text: str, label: str, tip: str) -> None:
        """A tool's text, button label, tooltip (with its first key) and status tip, and its
        button's accessible name (the full name: a screen reader says "Elder Mode", not "Elder")."""
        action, keys = self.actions[name], self._keys[name]
        action.setText(text)  # with its mnemonic, for the menu
        action.setIconText(label)
        text = plain(text)
        action.setToolTip(f"{text}: {tip}" if not keys else f"{text}: {tip} ({keys[0]})")
        action.setStatusTip(tip)
        button = self.button(name)
        if isinstance(button, QToolButton):
            button.setAccessibleName(text)
            button.setAccessibleDescription(tip)

    def _make(self, name: str, glyph: str, keys: list[str], checkable: bool) -> QAction:
        action = QAction(self.window)
        action.setCheckable(checkable)
        # A switch shows its state in a menu by a check box: with its glyph there, Fusion marked it
        # on only by a pale frame around the glyph, drawn white (as on the toolbar's checked button).
        action.setIconVisibleInMenu(not checkable)
        action.setShortcuts([QKeySequence(key) for key in keys])
        self.actions[name] = action
        self._glyphs[name] = glyph
        self._keys[name] = keys
        self.toolbars[GROUP_OF[name]].addAction(action)
        if name != "more":
            self.menu.addAction(action)
        return action

    def _toggle(self, name, glyph, keys) -> QAction:
        """A switch, disabled until bound."""
        action = self._make(name, glyph, keys, checkable=True)
        action.triggered.connect(lambda on, name=name: self._toggled(name, on))
        self.bind(name, None)
        return action

    def _command(self, name, glyph, keys, slot) -> QAction:
        action = self._make(name, glyph, keys, checkable=False)
        if slot is None:
            action.setEnabled(False)
        else:
            action.triggered.connect(lambda _checked=False: slot())
        return action

    def bind(self, name: str, setter) -> None:
        """Connect a toggle to the module that does it; unbound toggles stay disabled."""
        self._setters[name] = setter
        self.actions[name].setEnabled(setter is not None)

    def bind_command(self, name: str, slot) -> None:
        action = self.actions[name]
        action.triggered.connect(lambda _checked=False: slot())
        action.setEnabled(True)

    def _bind_zoom(self, zoom) -> None:
        self.bind_command("zoom_in", zoom.zoom_in_action.trigger)
        self.bind_command("zoom_out", zoom.zoom_out_action.trigger)

    def _build_more(self) -> None:
        """更多: in elder mode the tucked-away group's tools, and a switch to show them as a line."""
        self.more_menu = QMenu(self.window)
        self.more_menu.addActions([self.actions[name] for name in TOOL_GROUPS[ELDER_TUCKED]])
        self.more_menu.addSeparator()
        self.show_all_action = None  # no key: made when the menu first opens
        when_first_shown(self.more_menu, self._make_show_all)
        more = self.actions["more"]
        more.setMenu(self.more_menu)
        button = self.button("more")
        if isinstance(button, QToolButton):
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more.triggered.connect(lambda _checked=False: self._pop_up_more())

    def _make_show_all(self) -> None:
        self.show_all_action = entry(self.more_menu)
        self.show_all_action.setCheckable(True)
        self.show_all_action.setChecked(bool(self.settings.get("elder_all_tools")))
        self.show_all_action.toggled.connect(self._show_all_tools)
        self._name_show_all()

    def _name_show_all(self) -> None:
        if self.show_all_action is not None:
            self.show_all_action.setText(self.tr("Show &All Tools"))

    def _pop_up_more(self) -> None:
        button = self.button("more")
        if isinstance(button, QToolButton) and button.isVisible():
            button.showMenu()
        else:
            self.more_menu.popup(self.window.mapToGlobal(self.window.rect().center()))

    def _show_all_tools(self, on: bool) -> None:
        self.settings.set("elder_all_tools", bool(on))
        self._follow_appearance()

    def tucked_away(self) -> bool:
        """The last group is in the More menu, not on the toolbar (elder mode)."""
        return self.appearance.elder and not self.settings.get("elder_all_tools")

    def show_playing(self, state: str) -> None:
        """Read aloud's state on the toolbar: Play becomes Pause while reading; Stop only then."""
        playing = state == "playing"
        self.actions["stop"].setEnabled(state != "stopped")
        if playing != self._playing:
            self._playing = playing
            self._glyphs["play"] = "‖" if playing else "▶"
            text, label, tip = self._texts()["play"]
            self._name("play", text, label, tip)
            self._give_icons()
            self._fit()

    def _build_scheme_menu(self) -> None:
        self.scheme_menu = self.menu.addMenu("")
        self.schemes = SettingChoices(
            self.session, self.scheme_menu, "scheme", self._scheme_names,
            lambda name: self.choose_custom_colours() if name == CUSTOM else self.set_scheme(name),
            shown=lambda name: name if name in SCHEME_ORDER else CUSTOM, separated=(CUSTOM,))

    def _build_line_focus_menu(self) -> None:
        self.line_focus_menu = self.menu.addMenu("")
        self.line_focus_choices = SettingChoices(self.session, self.line_focus_menu, "line_focus",
                                         self._line_focus_texts, self._line_focus)
        self.line_focus_menu.setEnabled(False)  # until line focus is there to follow its setting

    # Doing ---------------------------------------------------------------------
    def _toggled(self, name: str, on: bool) -> None:
        setter = self._setters.get(name)
        if setter is not None:
            setter(on)
        self.confirm(plain(self.actions[name].text()), on)

    def confirm(self, what: str, on: bool | None = None) -> None:
        """Say what changed: in the status bar and to screen readers (and aloud, with speech)."""
        self.session.feedback.confirm(what, on)

    def set_elder(self, on: bool) -> None:
        self.settings.set("elder_mode", bool(on))

    def set_scheme(self, name: str) -> None:
        self.appearance.set("scheme", name)
        self.confirm(self.tr("Colours: {name}").format(name=self._scheme_label(name)))

    def cycle_scheme(self) -> None:
        current = self.settings.get("scheme")
        self.set_scheme(next_scheme(current if current in SCHEME_ORDER else SCHEME_ORDER[-1]))

    def _scheme_label(self, name: str) -> str:
        return self.schemes.text(name if name in SCHEME_ORDER else CUSTOM)

    def choose_custom_colours(self) -> None:
        from .custom_colours import choose_custom_colours

        if choose_custom_colours(self.window, self.appearance, self.session.feedback):
            self.confirm(self.tr("Colours: {name}").format(name=self._scheme_label(CUSTOM)))
        self._follow_appearance()

    def _line_focus(self, lines: int) -> None:
        self.settings.set("line_focus", lines)  # line focus follows its setting (overlays.py)
        self.confirm(self.tr("Line focus: {value}").format(value=self.line_focus_choices.text(lines)))

    def reset(self) -> None:
        """重置: every display setting back to its default; each tool follows its own setting."""
        self.settings.reset(DISPLAY_SETTINGS)
        self.confirm(self.tr("All display settings restored"))

    def show_help(self) -> None:
        from .toolbar_help import ToolbarHelpDialog

        if self.help_dialog is not None:
            self.help_dialog.deleteLater()  # one at a time (each follows the language while it lives)
        self.help_dialog = ToolbarHelpDialog(self.window, list(self.actions.values()), self.appearance.elder)
        self.help_dialog.show()

    # Following -----------------------------------------------------------------
    def _setting_changed(self, name: str, value) -> None:
        """A switch shows its setting, however it was changed (a key, a menu, 重置)."""
        for tool, (setting, _feature) in SWITCHES.items():
            if setting == name:
                self.actions[tool].setChecked(bool(value))

    def _give_icons(self) -> None:
        """Each tool's glyph in the controls' text colour, and on a checked button in the selection's
        text colour (toolbar_icons.py draws them when first shown). An icon that would look the same
        is kept, with what it has drawn."""
        scheme = self.appearance.scheme
        self._painted_traditional = current_language() == "zh_TW"
        for name, action in self.actions.items():
            look = (self._glyph(name), scheme.ui_text, scheme.selection_text)
            if self._icon_looks.get(name) != look:
                self._icon_looks[name] = look
                action.setIcon(glyph_icon(*look))

    def _glyph(self, name: str) -> str:
        """The tool's glyph, in the script of the icons as painted."""
        glyph = self._glyphs[name]
        return TRADITIONAL_GLYPHS.get(glyph, glyph) if self._painted_traditional else glyph

    def _follow_appearance(self) -> None:
        elder = self.appearance.elder
        self._give_icons()
        icon = 40 if elder else 22
        for toolbar in self.toolbars:
            toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon if elder
                                       else Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            toolbar.setIconSize(toolbar.iconSize().scaled(icon, icon, Qt.AspectRatioMode.IgnoreAspectRatio))
        tucked = self.tucked_away()
        self.toolbars[ELDER_TUCKED].setVisible(not tucked and self.toolbars[0].isVisibleTo(self.window))
        self.actions["more"].setVisible(elder)
        if self.show_all_action is not None:
            self.show_all_action.blockSignals(True)  # the switch is elder mode's: its setting is not changed here
            self.show_all_action.setChecked(bool(self.settings.get("elder_all_tools")))
            self.show_all_action.blockSignals(False)
        self.actions["elder"].setChecked(elder)
        self.actions["text_only"].setChecked(self.appearance.text_only)
        self._fit()

    # Laying out ----------------------------------------------------------------
    def _fit(self) -> None:
        self.lines.fit()

    def rows(self) -> int:
        """How many lines the toolbar takes."""
        return self.lines.rows()


def install_accessibility_toolbar(session) -> AccessibilityToolbar:
    """The 无障碍 toolbar and menu, offered to the session as "toolbar" (read aloud binds into it)."""
    toolbar = AccessibilityToolbar(session)
    session.provide("toolbar", toolbar)
    return toolbar
