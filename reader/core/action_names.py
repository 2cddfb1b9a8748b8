"""Command names in every interface language, and ranking commands against a typed query.

The command palette finds a command by its English name in a Chinese interface, by its
Chinese names (简体 and 繁體) in the English one, and by its 繁體 name in the 简体 one (and
the other way round). An action only knows its current, translated text, and a QTranslator
translates forward only: it cannot list its messages or map a translation back to its
source. The compiled .qm files, though, keep every message's English source text next to
its translation (lrelease's default "save everything" mode), so we read those records from
the .qm files themselves (every reader_*.qm: zh_CN and zh_TW): each (source, translation)
pair says that the two texts name the same thing, whatever the current language, and so do
two translations of one source. No build step or second data file is needed, and the names
cannot drift from the translations the interface shows. The translation context is
ignored on purpose: an action's text is often translated in another class than the
action's parent, so it is unknown here, and a text that happens to have two translations
just gives the command one more name.

Plain Python (no Qt), so it is tested without a display.
"""
from __future__ import annotations

import re
import struct
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

from .menu_text import plain

QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_QM_MESSAGES = 0x69  # section tags of Qt's translator.cpp
_TAG_END, _TAG_TRANSLATION, _TAG_OBSOLETE1 = 1, 3, 5
_TAG_SOURCE, _TAG_CONTEXT, _TAG_COMMENT = 6, 7, 8
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_TERM_SEPARATORS = re.compile(r"[\s,;，；、]+")


def read_qm(data: bytes) -> list[tuple[str, str, str]]:
    """(context, source, translation) of every translated message of a compiled .qm file.

    Returns what it could read: a file saved without source texts (lrelease -compress)
    or damaged simply yields fewer (or no) messages.
    """
    if not data.startswith(QM_MAGIC):
        return []
    messages: list[tuple[str, str, str]] = []
    position = len(QM_MAGIC)
    while position + 5 <= len(data):
        tag, length = data[position], struct.unpack_from(">I", data, position + 1)[0]
        position += 5
        if tag == _QM_MESSAGES:
            messages += _read_messages(data[position:position + length])
        position += length
    return messages


def _read_messages(block: bytes) -> list[tuple[str, str, str]]:
    messages = []
    position = 0
    context = source = translation = ""
    try:
        while position < len(block):
            tag = block[position]
            position += 1
            if tag == _TAG_END:
                if source and translation:
                    messages.append((context, source, translation))
                context = source = translation = ""
                continue
            if tag == _TAG_OBSOLETE1:
                position += 4
                continue
            length = struct.unpack_from(">I", block, position)[0]
            position += 4
            if length == 0xFFFFFFFF:  # a null translation
                continue
            chunk = block[position:position + length]
            position += length
            if tag == _TAG_TRANSLATION:
                translation = translation or chunk.decode("utf-16-be")  # the first numerus form
            elif tag == _TAG_SOURCE:
                source = chunk.decode("utf-8")
            elif tag == _TAG_CONTEXT:
                context = chunk.decode("utf-8")
            elif tag != _TAG_COMMENT:
                break  # a tag of an older format: stop rather than misread
    except (struct.error, UnicodeDecodeError):
        pass
    return messages


def normalize(text: str) -> str:
    """Letters and digits only, case-folded: "Where Am I?" → "whereami"."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text).casefold()
                   if unicodedata.category(ch)[0] in "LN")


def _normalized_with_word_starts(text: str) -> tuple[str, frozenset[int]]:
    """The normalized text and the offsets in it where a word of ``text`` begins."""
    letters: list[str] = []
    starts = {0}
    after_gap = True
    for ch in unicodedata.normalize("NFKC", text).casefold():
        if unicodedata.category(ch)[0] in "LN":
            if after_gap:
                starts.add(len(letters))
            letters.append(ch)
            after_gap = False
        else:
            after_gap = True
    return "".join(letters), frozenset(starts)


class NameTable:
    """Which texts name the same thing in the interface languages.

    The translations of one source text name the same thing as it and as each other, so
    a name in any language (简体, 繁體 or English) finds the names in all the others.
    """

    def __init__(self, pairs: Iterable[tuple[str, str]] = ()):
        self._names: dict[str, list[str]] = {}
        self._patterns: list[tuple[re.Pattern, str]] = []  # texts with {placeholders}
        self._groups: dict[str, list[str]] = {}  # a source text → it and its translations
        for source, translation in pairs:
            self.add(source, translation)

    def add(self, source: str, translation: str) -> None:
        source, translation = plain(source), plain(translation)
        if not source or not translation or source == translation:
            return
        group = self._groups.setdefault(source, [source])
        if translation in group:
            return
        for known in group:  # the source, and its translations in the languages read before
            self._link(known, translation)
        group.append(translation)

    def _link(self, name: str, other_name: str) -> None:
        """Record that the two texts name the same thing."""
        for one, other in ((name, other_name), (other_name, name)):
            if _PLACEHOLDER.search(one):
                # Only with enough fixed text around the blanks: "{current} of {total}" would match anything.
                if len(normalize(_PLACEHOLDER.sub("", one))) >= 3:
                    self._patterns.append((_pattern(one), other))
            else:
                names = self._names.setdefault(one, [])
                if other not in names:
                    names.append(other)

    def other_names(self, text: str) -> list[str]:
        """The names of ``text`` (a menu text, mnemonic or not) in the other languages."""
        text = plain(text)
        found = list(self._names.get(text, ()))
        for pattern, other in self._patterns:
            match = pattern.fullmatch(text)
            if match:
                name = _PLACEHOLDER.sub(lambda m: match.groupdict().get(m.group(1), m.group(0)), other)
                if name not in found:
                    found.append(name)
        return found

    def __len__(self) -> int:
        return len(self._names) + len(self._patterns)


def _pattern(text: str) -> re.Pattern:
    """A regular expression matching ``text`` with each {name} filled in: "Level {n}" → r"Level\\ (?P<n>.+?)"."""
    parts, seen, last = [], set(), 0
    for match in _PLACEHOLDER.finditer(text):
        parts.append(re.escape(text[last:match.start()]))
        name = match.group(1)
        parts.append(f"(?P={name})" if name in seen else f"(?P<{name}>.+?)")
        seen.add(name)
        last = match.end()
    parts.append(re.escape(text[last:]))
    return re.compile("".join(parts))


def load_name_table(folder: Path) -> NameTable:
    """The names of every translation file (reader_*.qm) in ``folder``."""
    table = NameTable()
    for path in sorted(Path(folder).glob("reader_*.qm")):
        try:
            data = path.read_bytes()
        except OSError:
            continue
        for _context, source, translation in read_qm(data):
            table.add(source, translation)
    return table


def search_terms(value) -> list[str]:
    """The extra words an action declares in its "search_terms" property (a string or a list)."""
    if not value:
        return []
    if isinstance(value, str):
        value = [value]
    return [term for item in value for term in _TERM_SEPARATORS.split(str(item)) if term]


# Ranking ----------------------------------------------------------------------------
PREFIX, WORD_PREFIX, SUBSTRING, SUBSEQUENCE = range(4)


@dataclass(frozen=True)
class Match:
    index: int  # of the command in the list that was searched
    name: str  # the name that matched best
    kind: int  # PREFIX … SUBSEQUENCE
    field: int  # which of the command's names: 0 its own, then the others in order


def match_name(query: str, name: str) -> tuple[int, int] | None:
    """(kind, spread) of how a normalized ``query`` matches ``name``, or None.

    Prefix of the whole name, then prefix of one of its words (also across words:
    "zoomin" in "Zoom In"), then anywhere inside it, then its letters in order
    ("wai" in "Where Am I"), a tighter spread first.
    """
    normalized, starts = _normalized_with_word_starts(name)
    if not query or not normalized:
        return None
    if normalized.startswith(query):
        return PREFIX, 0
    if any(normalized.startswith(query, start) for start in starts):
        return WORD_PREFIX, 0
    if query in normalized:
        return SUBSTRING, normalized.index(query)
    first = position = -1
    for ch in query:
        position = normalized.find(ch, position + 1)
        if position < 0:
            return None
        first = position if first < 0 else first
    return SUBSEQUENCE, position - first


def rank(query: str, commands: Sequence[Sequence[str]], limit: int | None = 50) -> list[Match]:
    """The commands whose names match ``query``, best first.

    Each command is a list of names: its own (in the interface language) first, then
    its names in other languages and its search terms. An empty query lists every
    command in its original order.
    """
    wanted = normalize(query)
    if not wanted:
        matches = [Match(index, names[0] if names else "", PREFIX, 0) for index, names in enumerate(commands)]
        return matches if limit is None else matches[:limit]
    scored = []
    for index, names in enumerate(commands):
        best = None
        for field, name in enumerate(names):
            found = match_name(wanted, name)
            if found is not None:
                key = (found[0], found[1], field, len(normalize(name)))
                if best is None or key < best[0]:
                    best = (key, Match(index, name, found[0], field))
        if best is not None:
            scored.append((best[0][0], best[0][1], best[0][2], len(normalize(names[0])), index, best[1]))
    scored.sort(key=lambda entry: entry[:5])
    matches = [entry[-1] for entry in scored]
    return matches if limit is None else matches[:limit]
