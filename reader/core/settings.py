"""User settings, described once as data and read through one object.

Each setting has a name, a type, a default and the range it may take; a value
from disk that is missing, of the wrong type or out of range falls back to the
default, so a damaged settings file can never stop the reader from starting.

``Setting`` is a NamedTuple, and the module does not postpone its annotations: both
for start-up (reader/core/model.py says why).
"""
import re
from collections.abc import Callable
from enum import Enum, StrEnum
from pathlib import Path
from typing import NamedTuple

from .json_store import JsonStore
from .languages import LANGUAGES
from .schemes import SCHEME_ORDER
from .paths import data_dir


class PinyinMode(StrEnum):
    OFF = "off"
    UNCOMMON = "uncommon"  # over the less common characters only
    ALL = "all"


class ToneStyle(StrEnum):
    MARKS = "marks"  # hǎo
    NUMBERS = "numbers"  # hao3


class ReadingMode(StrEnum):
    CONTINUOUS = "continuous"  # 连读
    POINT = "point"  # 指读


class PointUnit(StrEnum):
    SENTENCE = "sentence"
    PARAGRAPH = "paragraph"


class Setting(NamedTuple):
    """A setting: its name, type and default, and what a stored value must be to be used."""

    name: str
    kind: type
    default: object
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple = ()
    pattern: str = ""  # a regular expression a string value must match

    def accepts(self, value: object) -> bool:
        if issubclass(self.kind, Enum):  # a member, or its value as JSON stores it
            return isinstance(value, str) and value in {member.value for member in self.kind}
        if type(value) is not self.kind:  # bool is not an int here
            return False
        if self.choices and value not in self.choices:
            return False
        if self.pattern and not re.fullmatch(self.pattern, value):
            return False
        if self.minimum is not None and value < self.minimum:
            return False
        return self.maximum is None or value <= self.maximum

    def typed(self, value: object) -> object:
        """value as the reader uses it: an enumeration's member for a choice of names."""
        return self.kind(value) if issubclass(self.kind, Enum) else value


ZOOM_MIN, ZOOM_MAX, ZOOM_STEP = 50, 300, 10
ELDER_ZOOM_MAX = 200  # elder mode's 24 pt body at 200% is 48 pt, the largest it offers
# The portals' 字体 小 / 中 / 大, as zoom levels.
FONT_PRESETS = {"small": 100, "medium": 125, "large": 150}

LINE_FOCUS_CHOICES = (0, 1, 3, 5)  # lines left clear around the reading cursor; 0 = off
_COLOUR = r"#[0-9A-Fa-f]{6}"
SPEECH_RATE_MIN, SPEECH_RATE_MAX = 5, 30  # tenths of the usual rate
READING_MODES = tuple(ReadingMode)  # 连读, 指读

SETTINGS = (
    Setting("language", str, "", choices=("",) + LANGUAGES),  # "": the system's
    Setting("zoom_percent", int, 100, ZOOM_MIN, ZOOM_MAX),
    Setting("outline_visible", bool, True),
    Setting("elder_mode", bool, False),
    Setting("elder_all_tools", bool, False),  # elder mode: the seldom-used tools on a second line
    Setting("last_folder", str, ""),  # where the user last opened a file from (file_dialogs.py)
    Setting("scheme", str, "original", choices=SCHEME_ORDER + ("custom",)),
    Setting("custom_text", str, "#000000", pattern=_COLOUR),
    Setting("custom_background", str, "#FFFFF0", pattern=_COLOUR),
    Setting("text_only", bool, False),
    Setting("caption_bar", bool, False),
    Setting("guide_lines", bool, False),
    Setting("line_focus", int, 0, choices=LINE_FOCUS_CHOICES),
    Setting("large_pointer", bool, False),
    Setting("pinyin_mode", PinyinMode, PinyinMode.OFF),
    Setting("pinyin_tones", ToneStyle, ToneStyle.MARKS),
    # Read aloud (gui/read_aloud.py). The rate is in tenths: 10 is 1.0x, 5 to 30 is 0.5x to 3x.
    Setting("speech_on", bool, False),
    Setting("speech_rate", int, 10, SPEECH_RATE_MIN, SPEECH_RATE_MAX),
    Setting("speech_volume", int, 100, 0, 100),
    Setting("speech_voice", str, ""),  # a voice id; empty: the Mandarin default
    Setting("reading_mode", ReadingMode, ReadingMode.CONTINUOUS),
    Setting("point_reading_unit", PointUnit, PointUnit.SENTENCE),
    Setting("highlight_reading", bool, True),
)
SPEECH_SETTINGS = ("speech_on", "speech_rate", "speech_volume", "speech_voice", "reading_mode",
                   "point_reading_unit", "highlight_reading")
# What 重置 (reset) restores: every setting of how the reader looks (not how it reads aloud).
DISPLAY_SETTINGS = tuple(s.name for s in SETTINGS
                         if s.name not in ("language", "outline_visible", "last_folder") + SPEECH_SETTINGS)
_BY_NAME = {setting.name: setting for setting in SETTINGS}


class Settings:
    """The user's settings: typed values (see SETTINGS), saved at each change; listeners added with
    ``subscribe`` hear ``(name, value)`` for every setting whose value changed, however it changed."""

    def __init__(self, path: Path | None = None):
        self.store = JsonStore(path or data_dir() / "settings.json")
        stored = self.store.load()
        self._values = {  # as saved
            name: setting.typed(stored[name]) if name in stored and setting.accepts(stored[name])
            else setting.default
            for name, setting in _BY_NAME.items()
        }
        self._overrides: dict[str, object] = {}  # for this run only (command-line options)
        self._listeners: list[Callable[[str, object], None]] = []

    @property
    def damaged_file(self) -> Path | None:
        """Where an unreadable settings file was set aside, to tell the user."""
        return self.store.set_aside

    def subscribe(self, listener: Callable[[str, object], None]) -> None:
        self._listeners.append(listener)

    def get(self, name: str):
        return self._overrides.get(name, self._values[name])

    def set(self, name: str, value) -> None:
        """Change a setting and save it (a choice the user made replaces this run's override)."""
        value = self._checked(name, value)
        before = self.get(name)
        self._overrides.pop(name, None)
        if self._values[name] != value:
            self._values[name] = value
            self.store.save(self._values)
        self._tell_if_changed(name, before)

    def override(self, name: str, value) -> None:
        """Change a setting for this run only: never saved, even when another setting is."""
        value = self._checked(name, value)
        before = self.get(name)
        self._overrides[name] = value
        self._tell_if_changed(name, before)

    def reset(self, names) -> None:
        """Every named setting back to its default (重置), saved once."""
        before = {name: self.get(name) for name in names}
        for name in names:
            self._overrides.pop(name, None)
            self._values[name] = _BY_NAME[name].default
        self.store.save(self._values)
        for name, value in before.items():
            self._tell_if_changed(name, value)

    @staticmethod
    def _checked(name: str, value):
        setting = _BY_NAME[name]
        if not setting.accepts(value):
            raise ValueError(f"{name}: {value!r}")
        return setting.typed(value)

    def _tell_if_changed(self, name: str, before) -> None:
        value = self.get(name)
        if value != before:
            for listener in list(self._listeners):
                listener(name, value)
