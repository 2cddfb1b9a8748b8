"""Voices and speed: choosing the Mandarin voice, and the rate in words a minute (plain Python)."""
from __future__ import annotations

WPM_AT_NORMAL_RATE = 175  # espeak-ng's own default speed
MIN_RATE, MAX_RATE = 0.5, 3.0


def rate_to_wpm(rate: float) -> int:
    """A rate of 0.5 to 3.0 (1.0 is usual) in the words a minute pyttsx3's drivers take."""
    return round(WPM_AT_NORMAL_RATE * min(max(float(rate), MIN_RATE), MAX_RATE))

_MANDARIN_LOCALES = ("zh_cn", "zh_hans", "zh_sg", "cmn", "zh")


def _norm(text: str | None) -> str:
    return (text or "").strip().lower().replace("-", "_")


def mandarin_voice(voices: list[dict]) -> str | None:
    """The id of the voice that reads Mandarin: espeak-ng's ``cmn``, else a zh-CN voice.

    ``voices`` are dicts with ``id``, ``name`` and ``languages``. espeak-ng's ``zh`` and
    ``zh-cmn`` names silently stay English, so only the ``cmn`` file counts there.
    """
    for voice in voices:  # espeak-ng: "sit/cmn" (not cmn-latn-pinyin, not yue)
        voice_id = _norm(voice.get("id"))
        if voice_id == "cmn" or voice_id.endswith("/cmn"):
            return voice["id"]
    for locale in _MANDARIN_LOCALES:  # SAPI5 (zh_CN: Huihui, Yaoyao, Kangkang), NSSS (zh_CN: Ting-Ting)
        for voice in voices:
            if any(_norm(language) == locale for language in voice.get("languages") or ()):
                return voice["id"]
    for voice in voices:
        name = _norm(voice.get("name"))
        if "chinese" in name and "cantonese" not in name and "taiwan" not in name:
            return voice["id"]
    return None
