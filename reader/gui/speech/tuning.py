"""How read aloud reads, as the user sets it: sound on or off, speed, volume, 连读 or 指读,
指读's unit, the highlight. Each command sets its setting and confirms it (feedback.confirm:
aloud too, with sound on); what follows a setting (the service's rate, the menu's checks)
listens to ``session.setting_changed``, so a setting changed any other way is followed too."""
from __future__ import annotations

from PySide6.QtCore import QObject

from ...core.settings import READING_MODES, SPEECH_RATE_MAX, SPEECH_RATE_MIN, PointUnit, ReadingMode

VOLUME_STEP = 10  # percent
NORMAL_RATE = 10  # tenths: 1.0x


class Tuning(QObject):
    def __init__(self, read_aloud, transport):
        super().__init__(read_aloud)
        self.read_aloud = read_aloud
        self.transport = transport
        self.settings = read_aloud.session.settings
        self.confirm = read_aloud.session.feedback.confirm

    def set_sound(self, on: bool) -> None:
        """声音 (the toolbar calls this, then confirms): on in 连读 mode reads from the reading cursor."""
        self.settings.set("speech_on", bool(on))
        if not on:
            self.transport.stop()
        elif self.settings.get("reading_mode") == ReadingMode.CONTINUOUS:
            self.transport.read_from_cursor()
        else:
            service = self.read_aloud.ensure_service()
            if service.is_available():
                service.warm_up()

    def set_rate(self, tenths: int) -> None:
        tenths = min(max(int(tenths), SPEECH_RATE_MIN), SPEECH_RATE_MAX)
        self.settings.set("speech_rate", tenths)
        if tenths == SPEECH_RATE_MIN:
            text = self.tr("Speed {rate}x (slowest)")
        elif tenths == SPEECH_RATE_MAX:
            text = self.tr("Speed {rate}x (fastest)")
        else:
            text = self.tr("Speed {rate}x")
        self.confirm(text.format(rate=f"{tenths / 10:.1f}"))

    def step_rate(self, step: int) -> None:
        self.set_rate(self.settings.get("speech_rate") + step)

    def normal_rate(self) -> None:
        self.set_rate(NORMAL_RATE)

    def step_volume(self, step: int) -> None:
        volume = min(max(self.settings.get("speech_volume") + step * VOLUME_STEP, 0), 100)
        self.settings.set("speech_volume", volume)
        if volume >= 100:
            text = self.tr("Volume {percent}% (the loudest)")
        elif volume <= 0:
            text = self.tr("Volume {percent}% (the quietest)")
        else:
            text = self.tr("Volume {percent}%")
        self.confirm(text.format(percent=volume))

    def set_reading_mode(self, mode: ReadingMode | str) -> None:
        mode = ReadingMode(mode)
        self.settings.set("reading_mode", mode)
        self.confirm(self.tr("Reading mode: {mode}").format(mode=self.mode_name(mode)))

    def mode_name(self, mode: ReadingMode) -> str:
        return self.tr("point reading (指读)") if mode == ReadingMode.POINT else self.tr("continuous reading (连读)")

    def cycle_reading_mode(self) -> None:
        """读 (Alt+Shift+8): 连读 ↔ 指读."""
        current = READING_MODES.index(self.settings.get("reading_mode"))
        self.set_reading_mode(READING_MODES[(current + 1) % len(READING_MODES)])

    def set_point_unit(self, unit: PointUnit, name: str) -> None:
        self.settings.set("point_reading_unit", unit)
        self.confirm(name, unit == PointUnit.PARAGRAPH)

    def set_highlight(self, on: bool, name: str) -> None:
        self.settings.set("highlight_reading", bool(on))
        self.confirm(name, bool(on))
