"""The 无障碍 toolbar and menu: the portals' accessibility tools, on the desktop.

长者助手 (elder mode), 声音, 语速, 阅读方式, 配色, 放大 / 缩小, 大鼠标, 十字光标,
大字幕, 纯文本, 重置, 帮助 and 快捷键, with the portals' Alt+Shift shortcuts. Every
toggle is confirmed in the status bar and to screen readers. Tools that other
modules provide (caption bar, guide lines, pointer, speech) are bound to their
actions when those modules are installed; until then the actions stay disabled.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton

from ..core.schemes import SCHEME_ORDER, next_scheme
from ..core.settings import DISPLAY_SETTINGS, LINE_FOCUS_CHOICES
from ..i18n import current_language
from .announce import announce
from .choices import add_choices, set_choice_texts
from .labels import plain
from .language import follow_language
from .style import ELDER_CONTROL_PX
from .toolbar_icons import glyph_icon

# The portals' other names for elder mode, for the command palette.
ELDER_SEARCH_TERMS = "长者助手 长辈版 关怀版 关爱版 亲情版 长者模式 适老化 elder senior care mode"
# The icons' glyphs that Traditional Chinese writes otherwise (the others are the same in both).
TRADITIONAL_GLYPHS = {"长": "長", "声": "聲", "读": "讀"}

# The tools in groups, a toolbar each. A window too narrow for all of them on one line gets a
# second (and third) line of whole groups, a toolbar break before the first group that does not
# fit: every tool stays in sight with its label whole. Qt's overflow button (») would instead hide
# the last tools behind a small arrow that elderly and low-vision readers do not notice or cannot
# hit, and a clipped label ("Rea…ode") cannot be read at all. Groups keep related tools together.
# In elder mode the last group (tools an elderly reader seldom needs) leaves the toolbar for its
# 更多 (More) button's menu, so that the large tools fit one line from 1024 px and leave the
# text its room; "Show All Tools" in that menu brings the group back as a second line.
TOOL_GROUPS = (
    ("elder",),
    ("play", "stop", "slower", "faster"),
    ("scheme", "zoom_in", "zoom_out"),
    ("caption", "help", "more"),
    ("sound", "reading_mode", "pointer", "guides", "text_only", "reset", "shortcuts"),
)
ELDER_TUCKED = len(TOOL_GROUPS) - 1  # the group that goes into the More menu in elder mode
TOOLBAR_SPACING_PX = 2  # slack per toolbar on a line (QMainWindow puts none between them; other styles may)
GROUP_OF = {name: index for index, names in enumerate(TOOL_GROUPS) for name in names}


class AccessibilityToolbar(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.settings = window.settings
        self.appearance = window.appearance
        self.toolbars = [self._new_toolbar(index) for index in range(len(TOOL_GROUPS))]
        # One entry in the toolbars' context menu shows or hides them all.
        for toolbar in self.toolbars[1:]:
            toolbar.toggleViewAction().setVisible(False)
        self.toolbars[0].toggleViewAction().triggered.connect(
            lambda shown: [toolbar.setVisible(shown and not (index == ELDER_TUCKED and self.tucked_away()))
                           for index, toolbar in enumerate(self.toolbars) if index])
        self.menu = window.add_menu()
        self.actions: dict[str, QAction] = {}
        self._glyphs: dict[str, str] = {}
        self._keys: dict[str, list[str]] = {}
        self._setters: dict[str, object] = {}  # name → callable(bool) for bound toggles
        self._painted_traditional: bool | None = None  # the icons' script; None: not painted yet
        self._playing = False  # reading aloud: the Play tool shows Pause
        self._build()
        self.appearance.changed.connect(self._follow_appearance)
        follow_language(self.retranslate)
        window.installEventFilter(self)  # a resized window wraps the groups anew

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
        zoom = self.window.zoom
        self._toggle("elder", "长", ["Ctrl+Shift+E"], self.set_elder, self.appearance.elder)
        self.actions["elder"].setObjectName("elderModeAction")
        self.actions["elder"].setProperty("search_terms", ELDER_SEARCH_TERMS)
        self._toggle("sound", "声", ["Alt+Shift+5"], None, False)
        self._command("play", "▶", [], None)  # bound by read_aloud.py, which shows Pause while reading
        self._command("stop", "■", [], None)
        self._command("slower", "慢", ["Alt+Shift+6"], None)
        self._command("faster", "快", ["Alt+Shift+7"], None)
        self._command("reading_mode", "读", ["Alt+Shift+8"], None)
        self._command("scheme", "色", ["Alt+Shift+4"], self.cycle_scheme)
        self._command("zoom_in", "A+", ["Alt+Shift+Up"], zoom.zoom_in_action.trigger)
        self._command("zoom_out", "A-", ["Alt+Shift+Down"], zoom.zoom_out_action.trigger)
        self._toggle("pointer", "鼠", ["Alt+Shift+2"], None, self.settings.get("large_pointer"))
        self._toggle("guides", "十", ["Alt+Shift+3"], None, self.settings.get("guide_lines"))
        self._toggle("caption", "幕", ["Alt+Shift+0"], None, self.settings.get("caption_bar"))
        self._toggle("text_only", "文", ["Alt+Shift+9"], self.set_text_only, self.appearance.text_only)
        self._command("reset", "↺", ["Alt+Shift+1"], self.reset)
        # One sequence: X11 offers Alt+Shift+/ as both of "Alt+Shift+/" and "Alt+?", and two on one
        # action are an ambiguous shortcut to Qt, which then does nothing.
        self._command("help", "?", ["Alt+Shift+/"], self.show_help)
        self._command("shortcuts", "⌨", [], self.window.show_shortcuts)
        self._command("more", "…", [], self._pop_up_more)
        self._build_more()
        self._build_scheme_menu()
        self._build_line_focus_menu()
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
        return {name: names[name] for name in SCHEME_ORDER}

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
        set_choice_texts(self.scheme_actions, self._scheme_names())
        self.custom_action.setText(self.tr("&Custom Colours…"))
        self.show_all_action.setText(self.tr("Show &All Tools"))
        self.line_focus_menu.setTitle(self.tr("&Line Focus"))
        set_choice_texts(self.line_focus_actions, self._line_focus_texts())
        if self._painted_traditional is None:
            return  # not laid out yet: _follow_appearance paints and fits once
        if self._painted_traditional != (current_language() == "zh_TW"):
            self._paint_icons()  # the glyphs in the script of the language
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
        action.setShortcuts([QKeySequence(key) for key in keys])
        self.actions[name] = action
        self._glyphs[name] = glyph
        self._keys[name] = keys
        self.toolbars[GROUP_OF[name]].addAction(action)
        if name != "more":
            self.menu.addAction(action)
        return action

    def _toggle(self, name, glyph, keys, setter, checked) -> QAction:
        action = self._make(name, glyph, keys, checkable=True)
        action.setChecked(bool(checked))
        action.triggered.connect(lambda on, name=name: self._toggled(name, on))
        self.bind(name, setter)
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

    def _build_more(self) -> None:
        """更多: in elder mode the tucked-away group's tools, and a switch to show them as a line."""
        self.more_menu = QMenu(self.window)
        self.more_menu.addActions([self.actions[name] for name in TOOL_GROUPS[ELDER_TUCKED]])
        self.more_menu.addSeparator()
        self.show_all_action = self.more_menu.addAction("")
        self.show_all_action.setCheckable(True)
        self.show_all_action.setChecked(bool(self.settings.get("elder_all_tools")))
        self.show_all_action.toggled.connect(self._show_all_tools)
        more = self.actions["more"]
        more.setMenu(self.more_menu)
        button = self.button("more")
        if isinstance(button, QToolButton):
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more.triggered.connect(lambda _checked=False: self._pop_up_more())

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
            self._paint_icons()
            self._fit()

    def _build_scheme_menu(self) -> None:
        self.scheme_menu = self.menu.addMenu("")
        self.scheme_group, self.scheme_actions = add_choices(
            self.scheme_menu, self.window, self._scheme_names(), self.set_scheme)
        self.scheme_menu.addSeparator()
        self.custom_action = self.scheme_menu.addAction("")
        self.custom_action.setCheckable(True)
        self.scheme_group.addAction(self.custom_action)
        self.custom_action.triggered.connect(self.choose_custom_colours)

    def _build_line_focus_menu(self) -> None:
        self.line_focus_menu = self.menu.addMenu("")
        self.line_focus_group, self.line_focus_actions = add_choices(
            self.line_focus_menu, self.window, self._line_focus_texts(), self._line_focus)
        self.line_focus_actions[self.settings.get("line_focus")].setChecked(True)
        self.line_focus_menu.setEnabled(False)  # until the line-focus overlay is bound

    # Doing ---------------------------------------------------------------------
    def _toggled(self, name: str, on: bool) -> None:
        setter = self._setters.get(name)
        if setter is not None:
            setter(on)
        self.confirm(plain(self.actions[name].text()), on)

    def confirm(self, what: str, on: bool | None = None) -> None:
        """Say what changed: in the status bar and to screen readers (and aloud, with speech)."""
        if on is None:
            text = what
        else:
            text = (self.tr("{what} on") if on else self.tr("{what} off")).format(what=what)
        self.window.statusBar().showMessage(text, 4000)
        announce(self.window, text)
        speak = getattr(self.window, "speak_confirmation", None)
        if speak is not None:
            speak(text)

    def set_elder(self, on: bool) -> None:
        self.appearance.set("elder_mode", on)

    def set_text_only(self, on: bool) -> None:
        self.appearance.set("text_only", on)

    def set_scheme(self, name: str) -> None:
        self.appearance.set("scheme", name)
        self.confirm(self.tr("Colours: {name}").format(name=self._scheme_label(name)))

    def cycle_scheme(self) -> None:
        current = self.settings.get("scheme")
        self.set_scheme(next_scheme(current if current in SCHEME_ORDER else SCHEME_ORDER[-1]))

    def _scheme_label(self, name: str) -> str:
        action = self.scheme_actions.get(name) or self.custom_action
        return plain(action.text())

    def choose_custom_colours(self) -> None:
        from .custom_colours import choose_custom_colours

        if choose_custom_colours(self.window, self.appearance):
            self.confirm(self.tr("Colours: {name}").format(name=self._scheme_label("custom")))
        self._follow_appearance()

    def _line_focus(self, lines: int) -> None:
        setter = self._setters.get("line_focus")
        if setter is not None:
            setter(lines)
        self.confirm(self.tr("Line focus: {value}").format(value=self.line_focus_actions[lines].text()))

    def bind_line_focus(self, setter) -> None:
        self._setters["line_focus"] = setter
        self.line_focus_menu.setEnabled(True)

    def reset(self) -> None:
        """重置: every display setting back to its default, and every tool following."""
        self.settings.reset(DISPLAY_SETTINGS)
        for name in ("pointer", "guides", "caption"):
            setter = self._setters.get(name)
            if setter is not None:
                setter(False)
            self.actions[name].setChecked(False)
        if self._setters.get("line_focus") is not None:
            self._setters["line_focus"](0)
        self.window.zoom.set_zoom(self.settings.get("zoom_percent"))
        self.appearance.apply()
        self.confirm(self.tr("All display settings restored"))

    def show_help(self) -> None:
        from .toolbar_help import ToolbarHelpDialog

        previous = getattr(self, "help_dialog", None)
        if previous is not None:
            previous.deleteLater()  # one at a time (each follows the language while it lives)
        self.help_dialog = ToolbarHelpDialog(self.window, [self.actions[name] for name in self.actions])
        self.help_dialog.show()

    # Following -----------------------------------------------------------------
    def _paint_icons(self) -> None:
        scheme = self.appearance.scheme
        traditional = self._painted_traditional = current_language() == "zh_TW"
        for name, action in self.actions.items():
            glyph = self._glyphs[name]
            if traditional:
                glyph = TRADITIONAL_GLYPHS.get(glyph, glyph)
            action.setIcon(glyph_icon(glyph, scheme.ui_text, scheme.selection_text))

    def _follow_appearance(self) -> None:
        elder = self.appearance.elder
        self._paint_icons()
        icon = 40 if elder else 22
        for toolbar in self.toolbars:
            toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon if elder
                                       else Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            toolbar.setIconSize(toolbar.iconSize().scaled(icon, icon, Qt.AspectRatioMode.IgnoreAspectRatio))
        tucked = self.tucked_away()
        self.toolbars[ELDER_TUCKED].setVisible(not tucked and self.toolbars[0].isVisibleTo(self.window))
        self.actions["more"].setVisible(elder)
        self.show_all_action.blockSignals(True)  # the switch is elder mode's: its setting is not changed here
        self.show_all_action.setChecked(bool(self.settings.get("elder_all_tools")))
        self.show_all_action.blockSignals(False)
        self.actions["elder"].setChecked(elder)
        self.actions["text_only"].setChecked(self.appearance.text_only)
        chosen = self.settings.get("scheme")
        (self.scheme_actions.get(chosen) or self.custom_action).setChecked(True)
        self.line_focus_actions[self.settings.get("line_focus")].setChecked(True)
        self._fit()

    # Laying out ----------------------------------------------------------------
    def _fit(self) -> None:
        """Every button as wide as its label (at least 60 px in elder mode), then wrap the groups.

        The elder style sheet's min-width let Qt squeeze a button down to 60 px and elide its
        label ("El…de"); here a button's minimum is its full size. The widest group keeps its full
        width as its minimum, so the window never gets narrower than one group: a window too narrow
        for all the groups wraps them onto more lines (``_wrap``), and no tool goes into Qt's
        overflow menu.
        """
        least = ELDER_CONTROL_PX if self.appearance.elder else 0
        for toolbar in self.toolbars:
            for action in toolbar.actions():
                button = toolbar.widgetForAction(action)
                if isinstance(button, QToolButton):
                    hint = button.sizeHint()
                    button.setMinimumSize(max(least, hint.width()), max(least, hint.height()))
            toolbar.setMinimumWidth(1)  # not Qt's minimum, which held the window as wide as the line
            toolbar.layout().invalidate()
        widest = max(self._shown_toolbars(), key=lambda toolbar: toolbar.sizeHint().width())
        widest.setMinimumWidth(widest.sizeHint().width())
        self._wrap()
        QTimer.singleShot(0, self, self._wrap)  # again once the new fonts and sizes are settled

    def _shown_toolbars(self) -> list[QToolBar]:
        return [toolbar for toolbar in self.toolbars if not toolbar.isHidden()] or self.toolbars

    @staticmethod
    def _row_width(toolbar: QToolBar) -> int:
        return max(toolbar.sizeHint().width(), toolbar.minimumWidth()) + TOOLBAR_SPACING_PX

    def _wrap(self, width: int | None = None) -> None:
        """Line up the groups, a toolbar break before each group that does not fit on the line."""
        available = (self.window.width() if width is None else width) - TOOLBAR_SPACING_PX
        used = 0
        for index, toolbar in enumerate(self.toolbars):
            if toolbar.isHidden():
                if self.window.toolBarBreak(toolbar):
                    self.window.removeToolBarBreak(toolbar)
                continue
            need = self._row_width(toolbar)
            breaks = index > 0 and used + need > available
            if breaks != self.window.toolBarBreak(toolbar):
                if breaks:
                    self.window.insertToolBarBreak(toolbar)
                else:
                    self.window.removeToolBarBreak(toolbar)
            used = need if breaks else used + need

    def rows(self) -> int:
        """How many lines the toolbar takes."""
        return 1 + sum(self.window.toolBarBreak(toolbar) for toolbar in self.toolbars[1:] if not toolbar.isHidden())

    def eventFilter(self, watched, event) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Resize:
            self._wrap(event.size().width())
        return False


def install_accessibility_toolbar(window) -> AccessibilityToolbar:
    """The toolbar, with the caption bar, guide lines, line focus and large pointer bound to it."""
    from .caption_bar import install_caption_bar
    from .overlays import install_overlays
    from .pointer import install_large_pointer

    toolbar = AccessibilityToolbar(window)
    window.caption_bar = install_caption_bar(window)
    window.guide_lines, window.line_focus = install_overlays(window)
    window.large_pointer = install_large_pointer(window)
    for name, tool, setter, signal in (
        ("caption", window.caption_bar, window.caption_bar.set_shown, window.caption_bar.shown_changed),
        ("guides", window.guide_lines, window.guide_lines.set_active, window.guide_lines.active_changed),
        ("pointer", window.large_pointer, window.large_pointer.set_active, window.large_pointer.active_changed),
    ):
        toolbar.bind(name, setter)
        signal.connect(toolbar.actions[name].setChecked)  # stay in step however the tool was switched
    toolbar.bind_line_focus(window.line_focus.set_lines)
    window.line_focus.lines_changed.connect(lambda lines: toolbar.line_focus_actions[lines].setChecked(True))
    return toolbar
