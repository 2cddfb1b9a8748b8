"""Why reading aloud stopped, as a sentence the user can act on; the tool's own words kept apart.

A sound player that fails says so in its own terms ("aplay: main:831: audio open error: No
such file or directory"), in English, for a programmer. ``explain`` turns such a line into a
sentence of what happened and what to do, and keeps the line as the detail (shown behind a
"Details" button, for whoever helps the user). A message that is a sentence of ours already
comes back as it is.
"""
from __future__ import annotations

from dataclasses import dataclass

from .messages import QT_TRANSLATE_NOOP

CONTEXT = "SpeechErrors"  # lupdate reads the literal in each call below
NO_SOUND_DEVICE = QT_TRANSLATE_NOOP(
    "SpeechErrors", "No sound output device was found: check that the speakers or headphones are plugged in "
             "and switched on, then press Play again.")
NO_PLAYER = QT_TRANSLATE_NOOP(
    "SpeechErrors", "No program to play sound was found: install your system's sound player "
             "(PipeWire, PulseAudio or ALSA utilities), then press Play again.")
SOUND_FAILED = QT_TRANSLATE_NOOP(
    "SpeechErrors", "The sound could not be played. Press Play to try again; if it keeps failing, "
             "restart the computer's sound or the reader.")

# The players' names (reader/speech/players.py): their messages start with "name: ".
PLAYERS = ("pw-play", "paplay", "aplay", "afplay", "winsound", "silent")
# What the players say when there is no device or no sound server to play on.
_NO_DEVICE = ("audio open error", "no such device", "cannot find card", "unknown pcm",
              "connection refused", "connection failure", "host is down", "no soundcard",
              "failed to connect", "couldn't open", "device or resource busy", "no default")


@dataclass(frozen=True)
class Explained:
    message: str  # an English source sentence of this module (translate it with CONTEXT), or ours as given
    detail: str  # the tool's own words; "" when there are none
    translatable: bool  # message is one of this module's sentences


def explain(message: str) -> Explained:
    """The sentence to show for a speech error message, and its technical detail."""
    text = message.strip()
    player, colon, rest = text.partition(":")
    if not colon or player.strip() not in PLAYERS:
        return Explained(text, "", False)  # a sentence of ours (speech/service.py's) already
    lowered = rest.lower()
    if "no such file or directory: '" in lowered or "not found" in lowered and "'" in lowered:
        return Explained(NO_PLAYER, text, True)  # the program itself is missing (Popen's OSError)
    if any(sign in lowered for sign in _NO_DEVICE):
        return Explained(NO_SOUND_DEVICE, text, True)
    return Explained(SOUND_FAILED, text, True)
