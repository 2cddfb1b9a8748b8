"""Hostile documents opened in the window: it keeps answering, and shows or refuses each in time.

Issue 19: files under 256 KB opened on the window's thread with no Cancel (2,000 cells of
colspan=1000000 rowspan=1000000, 122 KB: 56 s frozen; a 1 MB paragraph 22 s; a 1 MB word
hung `--screenshot` over 300 s), and a FIFO hung it for ever. Each case opens through
File > Open's route; the figures give the longest stall of the event loop and the time to
show or refuse. The target is 100 ms and 2 s; the assertions only catch a freeze on a loaded
machine (STALL_LIMIT_MS, SHOW_LIMIT_S: before, 56 s and 79 s), and the figures tell the truth.
"""
from __future__ import annotations

import os

import pytest
from hostile_cases import Case, big_table, deep_divs, fixed_cases, long_paragraph, long_word, spans_table
from window_watch import longest_stall_during, open_and_watch

STALL_LIMIT_MS = 10_000
SHOW_LIMIT_S = 40.0
_measured: list[tuple[str, float, float]] = []


def _window_cases() -> list[Case]:
    quick = [case for case in fixed_cases() if case.size < 64 * 1024]
    # The big table last: freeing its 80,000 cells costs what comes next a stall (replacing it by
    # another document ~0.8 s; closing the window ~5 s).
    return [spans_table(), long_paragraph(), long_word(256 * 1024), long_word(1024 * 1024), deep_divs(100_000),
            *quick, big_table()]


@pytest.fixture(scope="module", autouse=True)
def _report(figures):
    yield
    if _measured:
        name, _seconds, stall = max(_measured, key=lambda m: m[2])
        figures["hostile window: longest stall"] = f"{stall:.0f} ms ({name})"
        name, seconds, _stall = max(_measured, key=lambda m: m[1])
        figures["hostile window: slowest to show or refuse"] = f"{seconds:.2f} s ({name})"
        figures["hostile window: opened within 2 s"] = f"{sum(m[1] <= 2 for m in _measured)} of {len(_measured)}"


def test_a_fifo_is_refused_at_once(window, tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    opening = open_and_watch(window, fifo, limit_s=5)
    assert not opening.shown and opening.seconds < 2
    assert "pipe" in window.message_bar.text()
    assert not window.open_path(fifo)  # the waiting route too (bookmarks, the command line's --screenshot)


@pytest.mark.parametrize("case", [long_paragraph(), big_table(rows=3_000)], ids=lambda case: case.name)
def test_a_long_text_is_laid_out_to_its_end_once_shown(window, tmp_path, case):
    """Past 200,000 characters the view lays a new text out in slices (gui/view/layout_pacing.py),
    holding Qt's own layout steps back: in the end every line has its place, and the scroll bar
    reaches the text's end (its size was told as it grew, not by Qt's steps)."""
    path = tmp_path / "long.html"
    path.write_bytes(case.data)
    assert open_and_watch(window, path).shown
    document = window.view.document()
    assert document.characterCount() > 200_000
    longest_stall_during(5)
    assert document.lastBlock().layout().lineCount() > 0
    bar = window.view.verticalScrollBar()
    reached = bar.maximum()
    height = document.documentLayout().documentSize().height()  # (finishes a layout left unfinished)
    assert abs(reached - (height - window.view.viewport().height())) <= 2


@pytest.mark.parametrize("case", _window_cases(), ids=lambda case: case.name)
def test_a_hostile_document_opens_without_freezing_the_window(window, tmp_path, case):
    path = tmp_path / "hostile.doc"
    path.write_bytes(case.data)
    opening = open_and_watch(window, path, limit_s=SHOW_LIMIT_S)
    _measured.append((case.name, opening.seconds, opening.longest_stall_ms))
    assert opening.seconds < SHOW_LIMIT_S
    assert opening.shown == (case.kept is not None)
    assert opening.longest_stall_ms < STALL_LIMIT_MS
