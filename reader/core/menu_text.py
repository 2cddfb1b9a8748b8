"""A menu entry's text as it is said and matched outside a menu.

Kept out of action_names.py (the command palette's names and their ranking): the window's labels
need only this, and action_names.py loads with the palette, not on the way to the first window.
"""
from __future__ import annotations

import re


def plain(text: str) -> str:
    """A menu text without its mnemonic and trailing dots: "&Open…" → "Open", "打开(&O)…" → "打开"."""
    text = re.sub(r"\(&[^)]\)", "", text)  # the Chinese form of a mnemonic
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").rstrip(".").strip()
