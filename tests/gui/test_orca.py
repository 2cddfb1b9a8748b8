"""Orca, the Linux screen reader, speaks what the reader announces: its speech captured.

tools/orca_speech.py starts a private desktop, the reader on its sample report (in Chinese) and
Orca with speech on, presses keys with xdotool and returns what Orca said after each (from its
debug file). Orca 43 (Debian 12) ignores Qt's announcement events, so this is the check that
announcements reach it (reader/gui/announce.py). Skipped when Orca, openbox, xdotool or the
AT-SPI programs are not installed (tools/install-system-deps.sh test installs them).
"""
from __future__ import annotations

import pytest

from tools import orca_speech

TITLE = "广州市公安局花都区分局2020年法治政府建设年度报告"
# The window opens with the focus in the text; then H, where am I, Down, Tab to the outline, where am I there.
KEYS = ["h", "ctrl+shift+i", "Down", "Tab", "ctrl+shift+i"]
H, WHERE, DOWN, TAB, WHERE_IN_OUTLINE = range(len(KEYS))


@pytest.fixture(scope="module")
def speech(tmp_path_factory):
    missing = orca_speech.missing()
    if missing:
        pytest.skip("cannot run Orca, not installed: " + ", ".join(missing))
    result = orca_speech.run(KEYS, tmp_path_factory.mktemp("orca"))
    print(f"\nOrca ({result['seconds']} s):")
    for step in result["steps"]:
        print(f"  {step['key']}: {step['said']}")
    return [" | ".join(step["said"]) for step in result["steps"]]



def test_after_h_orca_speaks_the_heading_and_its_level(speech):
    assert "一级标题" in speech[H] and "主要做法和成效" in speech[H], speech


def test_after_ctrl_shift_i_orca_speaks_where_the_reader_is(speech):
    said = speech[WHERE]
    assert TITLE in said and "一、主要做法和成效" in said and "已读到" in said, speech


def test_down_reads_the_next_line(speech):
    assert "加强组织领导" in speech[DOWN], speech


def test_tab_leaves_the_text_for_the_outline_saying_the_item_level(speech):
    # The outline marks the reading cursor's section, （一） under 一、, and Orca says that item
    # (not the first one, "not selected", as Qt's AT-SPI selection of a child item had it).
    said = speech[TAB]
    assert "目录" in said and "加强组织领导" in said and "二级标题" in said and "not selected" not in said, speech


def test_announcements_are_spoken_in_the_outline_too(speech):
    """There the current item has the focus (for Orca): the message is its description for a while."""
    assert TITLE in speech[WHERE_IN_OUTLINE] and "已读到" in speech[WHERE_IN_OUTLINE], speech
