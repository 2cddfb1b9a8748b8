"""Regular expressions compiled when first used.

Compiling the parser's patterns is a good part of the reader's start-up (~40 ms); those most
documents never need (a Taiwanese date, a signed closing, a spread-out heading: none is used
to show the bundled sample) wait for their first document.
"""
from __future__ import annotations

import re

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """Stands for ``re.compile(pattern, flags)``: ``.pattern`` at once, the rest once compiled."""

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str):  # only for what is not set yet: compile, then hold the methods
        compiled = re.compile(self.pattern, self._flags)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        self.flags, self.groups, self.groupindex = compiled.flags, compiled.groups, compiled.groupindex
        return getattr(compiled, name)


def lazy_pattern(pattern: str, flags: int = 0) -> LazyPattern:
    return LazyPattern(pattern, flags)
