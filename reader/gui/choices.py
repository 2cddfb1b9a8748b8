"""Menu entries made when their menu first opens, and a setting's one-of-several choices.

An entry without a key can only be reached through its menu, so it is made the first time the
menu is about to show (the command palette and the keyboard help open menus the same way, by
their ``aboutToShow``): a start makes about 40 fewer actions, submenus' contents included.
Entries with keys are made with the window: a key must work before any menu has opened.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup

from ..i18n import language_signal
from .labels import plain


def when_first_shown(menu, make: Callable[[], None]) -> None:
    """Call ``make`` the first time ``menu`` is about to show, before Qt lays it out."""
    menu.aboutToShow.connect(make, Qt.ConnectionType.SingleShotConnection)


def entry(menu, before: QAction | None = None, slot=None, checkable: bool = False, owner=None) -> QAction:
    """A new entry of ``menu``, above ``before`` (else at its end), calling ``slot`` when chosen
    (with its check state if ``checkable``); the menu's own unless ``owner`` is given."""
    action = QAction(owner or menu)
    action.setCheckable(checkable)
    if slot is not None:
        action.triggered.connect(slot if checkable else (lambda _checked=False: slot()))
    menu.insertAction(before, action)
    return action


class SettingChoices(QObject):
    """One checkable entry per value a setting can take, the one it holds checked however it
    changed (a menu, a key, 重置); choosing one calls ``choose(value)``, which sets the setting
    (or not: a cancelled dialog), and the checks show the setting again after it.

    ``texts()`` names the entries (value → text), read when they are made and at each change of
    language. ``shown(setting value)`` is the value whose entry is checked: None checks none
    (the zoom presets at 130%). ``separated``: values with a separator above them; ``tips()``:
    status tips (value → tip); ``properties``: set on each entry (``search_terms``: the command
    palette's other words for it).
    """

    def __init__(self, session, menu, setting: str, texts: Callable[[], dict], choose: Callable,
                 before: QAction | None = None, shown: Callable = lambda value: value,
                 separated: tuple = (), tips: Callable[[], dict] | None = None, properties: dict | None = None):
        super().__init__(menu)
        self.session, self.menu, self.setting = session, menu, setting
        self._texts, self._choose, self._before, self._shown = texts, choose, before, shown
        self._separated, self._tips, self._properties = separated, tips, properties or {}
        self._actions: dict[object, QAction] = {}
        when_first_shown(menu, self._make)

    @property
    def actions(self) -> dict[object, QAction]:
        """The entries (value → action), made now if their menu has not opened yet."""
        self._make()
        return self._actions

    def text(self, value) -> str:
        """The entry's text as said outside the menu ("3 行"), made or not."""
        return plain(self._texts()[value])

    def _make(self) -> None:
        if self._actions:
            return
        group = QActionGroup(self)
        group.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)  # None: none checked
        for value in self._texts():
            if value in self._separated:
                self.menu.insertSeparator(self._before)
            action = entry(self.menu, self._before, lambda value=value: self._chosen(value))
            action.setCheckable(True)
            for name, value_ in self._properties.items():
                action.setProperty(name, value_)
            group.addAction(action)
            self._actions[value] = action
        self._rename()
        self._check()
        language_signal().changed.connect(self._rename)
        self.session.setting_changed.connect(self._setting_changed)

    def _chosen(self, value) -> None:
        self._choose(value)
        self._check()

    def _rename(self) -> None:
        tips = self._tips() if self._tips is not None else {}
        for value, text in self._texts().items():
            self._actions[value].setText(text)
            if value in tips:
                self._actions[value].setStatusTip(tips[value])

    def _check(self) -> None:
        shown = self._shown(self.session.settings.get(self.setting))
        for value, action in self._actions.items():
            action.setChecked(value == shown)

    def _setting_changed(self, name: str, _value) -> None:
        if name == self.setting:
            self._check()
