"""Hostile documents: each is handled within a time limit, and no text is lost.

Issue 19's repros (hostile_cases.py) and generated ones (hypothesis: the same ingredients in
random mixtures and sizes) go through the parser in a child process killed past TIME_LIMIT_S
(hostile_runner.py). The figures (tried / handled / hung / crashed / lost, and the slowest
parse) are printed in the test summary.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

import pytest
from hostile_cases import HANZI, fixed_cases
from hostile_runner import Runner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

# Per case, in a child process; the window's target is 2 s to show or refuse (measured by
# test_hostile_window.py): this only tells a hang from slowness on a loaded machine.
TIME_LIMIT_S = 20.0
GENERATED = int(os.environ.get("HOSTILE_EXAMPLES", "60"))  # more for a longer hunt

@pytest.fixture(scope="module")
def runner(figures):
    runner = Runner(TIME_LIMIT_S)
    yield runner
    runner.close()
    figures.update(runner.tally.figures("hostile inputs"))


@pytest.mark.parametrize("case", fixed_cases(), ids=lambda case: case.name)
def test_a_hostile_document_is_handled_in_time_and_keeps_its_text(runner, case):
    outcome = runner.run(case.name, case.data, case.kept)
    assert outcome == "handled", runner.tally.failures[-1]


# Generated: a body of ordinary text, dressed in random hostile structure. -------------------------
_words = st.text(alphabet=HANZI + "abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=12)
_noise = st.sampled_from(["\x1b[2J", "\x1b]0;t\x07", "\u202e", "\u202d", "\u202c", "\u2066", "\x85",
                          "\x7f", "\u200b", "\ufeff", "\x0b", "\x0c"])
_body = st.lists(st.one_of(_words, _noise), min_size=1, max_size=40)


@st.composite
def hostile_pages(draw):
    parts = draw(_body)
    kept = "".join(part for part in parts if any(ch.isalnum() for ch in part) and part.isprintable())
    text = "".join(parts)
    shape = draw(st.sampled_from(["divs", "spans", "long word", "long paragraph", "tables", "plain", "charset"]))
    if shape == "divs":
        depth = draw(st.integers(0, 5_000))
        data = ("<html><body>" + "<div>" * depth + f"<p>{text}</p>" + "</div>" * draw(st.integers(0, depth))).encode()
    elif shape == "tables":
        depth = draw(st.integers(1, 800))
        data = ("<table><tr><td>" * depth + text + "</td></tr></table>" * draw(st.integers(0, depth))).encode()
    elif shape == "spans":
        span = draw(st.sampled_from(["0", "-5", "1e9", "99999999999999999999", "x", "65", "1000"]))
        cells = draw(st.integers(1, 200))
        data = (f'<table><tr><td colspan="{span}" rowspan="{span}">{text}</td><td>尾</td></tr>'
                + f'<tr><td colspan="{span}" rowspan="{span}">格</td><td>尾</td></tr>' * cells + "</table>").encode()
    elif shape == "long word":
        data = f"通知\n\n{text}{'x' * draw(st.integers(1_000, 300_000))}\n".encode()
    elif shape == "long paragraph":
        data = f"通知\n\n{text}{'文字，' * draw(st.integers(1_000, 200_000))}\n".encode()
    elif shape == "charset":
        charset = draw(st.sampled_from(["utf-16", "UTF-16LE", "utf-32", "ucs-2", "unicode", "x-user-defined"]))
        data = f'<html><head><meta charset="{charset}"></head><body><p>{text}</p></body></html>'.encode()
    else:
        data = f"通知\n\n{text}\n".encode()
    # Controls are 1% of a short file: "binary data", rightly refused. Padding keeps them rarer.
    padding = "通知正文。" * 200
    html = shape in ("divs", "tables", "spans", "charset")
    return Page(shape, data + (f"<p>{padding}</p>" if html else f"\n{padding}\n").encode(), kept)


@dataclass(frozen=True)
class Page:
    shape: str
    data: bytes
    kept: str

    def __repr__(self) -> str:  # a failing example is told in a line, not in megabytes
        return f"Page({self.shape!r}, {len(self.data):,} bytes: {self.data[:120]!r}…, kept={self.kept[:60]!r})"


@settings(max_examples=GENERATED, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example])
@given(page=hostile_pages())
def test_generated_hostile_documents_are_handled(runner, page):
    outcome = runner.run(f"generated {page.shape}", page.data, page.kept)
    assert outcome == "handled", runner.tally.failures[-1]
