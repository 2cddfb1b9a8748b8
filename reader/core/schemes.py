"""配色: the portals' colour schemes, and custom ones derived from two colours.

Every scheme names each colour the reader draws with, so the view, the
highlights, the caption bar and the controls all change together. Each pairing
is chosen (and tested, on rendered pixels) to meet WCAG: body text at least 7:1,
highlights, matches and controls at least 4.5:1, the focus ring at least 3:1. The sentence at
the reading cursor is shown in reverse (a dark band with light text on a light page, and the
other way round): a tint light enough for 7:1 text cannot also stand 3:1 from the page, and a
reader looking up from the page must find the sentence at a glance.

``Scheme`` is a NamedTuple, and the module does not postpone its annotations: both
for start-up (reader/core/model.py says why).
"""
from typing import NamedTuple

from .colours import contrast_ratio, hex_rgb

BODY_MINIMUM = 7.0
OTHER_MINIMUM = 4.5
FOCUS_MINIMUM = 3.0


class Scheme(NamedTuple):
    """A colour scheme: the page's, the reading cursor's, the matches' and the interface's colours."""

    name: str
    text: str  # body text
    background: str  # page background
    card: str  # background of the catalogue card
    paragraph: str  # background of the paragraph under the reading cursor
    sentence: str  # background of the sentence under the reading cursor: stands out 3:1 from the page
    sentence_text: str  # the text on it (at least 7:1): the sentence is shown in reverse
    underline: str  # the reading cursor's underline (on `sentence`)
    match: str  # background of a search match (text stays `text` on it)
    match_text: str
    current_match: str  # background of the current search match
    current_match_text: str
    selection: str
    selection_text: str
    focus: str  # the focus ring
    frame: str  # the same ring's colour when the control has no focus (3:1 from `focus`)
    ui_background: str  # menus, toolbars, panels
    ui_text: str
    guide: str  # the 十字光标 lines

    def colours(self) -> dict[str, str]:
        return {name: colour for name, colour in zip(self._fields, self) if name != "name"}


# The portals' cycle: 原始 → 白底黑字 → 蓝底黄字 → 黄底黑字 → 黑底黄字.
SCHEMES: dict[str, Scheme] = {
    scheme.name: scheme
    for scheme in (
        Scheme("original", text="#1A1A1A", background="#FFFFFF", card="#F1F3F6", paragraph="#EEF2FA",
               sentence="#0B4F6C", sentence_text="#FFFFFF", underline="#FFFFFF",
               match="#FFE066", match_text="#000000",
               current_match="#FF9632", current_match_text="#000000", selection="#1F3F8F",
               selection_text="#FFFFFF", focus="#1F3F8F", frame="#9A9A9A", ui_background="#EFEFEF", ui_text="#000000",
               guide="#D00000"),
        Scheme("white-black", text="#000000", background="#FFFFFF", card="#F0F0F0", paragraph="#F0F0F0",
               sentence="#003366", sentence_text="#FFFFFF", underline="#FFFFFF",
               match="#FFFF00", match_text="#000000",
               current_match="#000000", current_match_text="#FFFFFF", selection="#000000",
               selection_text="#FFFFFF", focus="#000000", frame="#A0A0A0", ui_background="#FFFFFF", ui_text="#000000",
               guide="#D00000"),
        Scheme("blue-yellow", text="#FFFF00", background="#0000FF", card="#0000C0", paragraph="#0000C8",
               sentence="#00FFFF", sentence_text="#000080", underline="#000080",
               match="#FFFF00", match_text="#0000FF",
               current_match="#FFFFFF", current_match_text="#000080", selection="#FFFF00",
               selection_text="#0000FF", focus="#FFFFFF", frame="#0000A0", ui_background="#0000C0", ui_text="#FFFF00",
               guide="#FFFFFF"),
        Scheme("yellow-black", text="#000000", background="#FFFF00", card="#F0F000", paragraph="#EEEE00",
               sentence="#000080", sentence_text="#FFFFFF", underline="#FFFFFF",
               match="#000000", match_text="#FFFF00",
               current_match="#0000FF", current_match_text="#FFFFFF", selection="#000000",
               selection_text="#FFFF00", focus="#0000FF", frame="#B0B000", ui_background="#FFFF80", ui_text="#000000",
               guide="#D00000"),
        Scheme("black-yellow", text="#FFFF00", background="#000000", card="#1A1A1A", paragraph="#1C1C00",
               sentence="#A6F0A6", sentence_text="#000000", underline="#000000",
               match="#FFFF00", match_text="#000000",
               current_match="#FFFFFF", current_match_text="#000000", selection="#FFFF00",
               selection_text="#000000", focus="#FFFFFF", frame="#505050", ui_background="#000000", ui_text="#FFFF00",
               guide="#00FFFF"),
    )
}
SCHEME_ORDER = tuple(SCHEMES)
DEFAULT_SCHEME = "original"


def next_scheme(name: str) -> str:
    """The portals' 配色 button steps through the schemes in order, then starts again."""
    order = SCHEME_ORDER
    return order[(order.index(name) + 1) % len(order)] if name in order else order[0]


def ratio(first: str, second: str) -> float:
    return contrast_ratio(hex_rgb(first), hex_rgb(second))


def contrast_failures(scheme: Scheme) -> list[str]:
    """Every pairing of the scheme that falls short of its minimum, described."""
    checks = [
        ("text on background", scheme.text, scheme.background, BODY_MINIMUM),
        ("text on card", scheme.text, scheme.card, OTHER_MINIMUM),
        ("text on paragraph", scheme.text, scheme.paragraph, OTHER_MINIMUM),
        ("sentence on page", scheme.sentence, scheme.background, FOCUS_MINIMUM),  # WCAG 1.4.11
        ("text on sentence", scheme.sentence_text, scheme.sentence, BODY_MINIMUM),
        ("underline on sentence", scheme.underline, scheme.sentence, FOCUS_MINIMUM),
        ("match text", scheme.match_text, scheme.match, OTHER_MINIMUM),
        ("current match text", scheme.current_match_text, scheme.current_match, OTHER_MINIMUM),
        ("selection text", scheme.selection_text, scheme.selection, OTHER_MINIMUM),
        ("focus on controls", scheme.focus, scheme.ui_background, FOCUS_MINIMUM),
        ("focus against no focus", scheme.focus, scheme.frame, FOCUS_MINIMUM),
        ("focus on page", scheme.focus, scheme.background, FOCUS_MINIMUM),
        ("controls text", scheme.ui_text, scheme.ui_background, OTHER_MINIMUM),
        ("guide lines", scheme.guide, scheme.background, FOCUS_MINIMUM),
    ]
    return [f"{what}: {ratio(a, b):.2f} < {minimum}" for what, a, b, minimum in checks if ratio(a, b) < minimum]


def mix(first: str, second: str, amount: float) -> str:
    a, b = hex_rgb(first), hex_rgb(second)
    return "#" + "".join(f"{round(x + (y - x) * amount):02X}" for x, y in zip(a, b))


def dimmed(colour: str, background: str, minimum: float, *others: str) -> str:
    """``colour`` moved toward ``background`` as far as it keeps ``minimum`` contrast against it
    and ``others``: a hint, a disabled control. Halving the step six times (to 1/64 of the way)."""
    kept, step = 0.0, 0.5
    for _ in range(6):
        mixed = mix(colour, background, kept + step)
        if min(ratio(mixed, other) for other in (background, *others)) >= minimum:
            kept += step
        step /= 2
    return mix(colour, background, kept)


def custom_scheme(text: str, background: str) -> Scheme:
    """A scheme from the user's two colours; raises ValueError when they are too close.

    Highlights are tints of the background toward the text colour, as strong as
    the text on them still allows; matches and selections swap the two colours.
    """
    text, background = text.upper(), background.upper()
    if ratio(text, background) < BODY_MINIMUM:
        raise ValueError(f"{ratio(text, background):.2f}:1 is below {BODY_MINIMUM}:1")

    def tint(amount: float, minimum: float = OTHER_MINIMUM, against: str = text) -> str:
        """The background moved ``amount`` toward the text, less if ``against`` would lose contrast."""
        while amount > 0 and ratio(against, mix(background, text, amount)) < minimum:
            amount -= 0.02
        return mix(background, text, max(amount, 0.0))

    return Scheme("custom", text=text, background=background, card=tint(0.06), paragraph=tint(0.06),
                  sentence=text, sentence_text=background, underline=background, match=text, match_text=background,
                  current_match=text, current_match_text=background, selection=text,
                  selection_text=background, focus=text, frame=tint(0.25, FOCUS_MINIMUM, against=text),
                  ui_background=background, ui_text=text,
                  guide=text)
