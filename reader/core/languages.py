"""The interface languages, and which one a locale name or a request means.

Pure: the GUI passes Qt's idea of the system's languages, the CLI its environment.
"""
from __future__ import annotations

import re

LANGUAGES = ("zh_CN", "zh_TW", "en")
FALLBACK = "en"  # for a system whose language we do not have
# Each language is offered under its own name, so a reader lost in the wrong one still finds theirs.
NATIVE_NAMES = {"zh_CN": "简体中文", "zh_TW": "繁體中文", "en": "English"}
_TRADITIONAL = {"hant", "tw", "hk", "mo"}  # script or regions that write traditional characters


def match_language(name: str | None) -> str | None:
    """One of LANGUAGES for a locale or language name ('zh-Hant-HK', 'zh_TW.UTF-8', 'zh',
    'en_GB', 'English'), or None when we have no interface in that language."""
    if not name:
        return None
    parts = [part.lower() for part in re.split(r"[-_.@\s]+", name.strip()) if part]
    if not parts:
        return None
    if parts[0] in ("zh", "chinese"):
        return "zh_TW" if _TRADITIONAL & set(parts[1:]) else "zh_CN"
    if parts[0] in ("en", "english"):
        return "en"
    return None


def choose_language(requested: str | None = None, saved: str | None = None,
                    system: tuple[str, ...] | list[str] = ()) -> str:
    """What was asked for this run, else what the user chose before, else the first of the
    system's preferred languages that we have, else English."""
    for candidate in (requested, saved, *system):
        found = match_language(candidate)
        if found:
            return found
    return FALLBACK
