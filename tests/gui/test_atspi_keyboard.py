"""The whole window by keyboard, as a screen reader hears it over AT-SPI (under Xvfb).

A private desktop with a window manager (tools/desktop_session.py), the reader in Chinese on its
sample report, and tests/gui/atspi_keys.py (Debian's python3 with pyatspi) pressing keys with
xdotool: Tab round the whole window, listing each stop's role and name; then Down, Down, H and
Tab in the text, with the focus and the caret as AT-SPI reports them after each. Skipped when a
program is missing (tools/install-system-deps.sh test installs them).
"""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tools.desktop_session import (SYSTEM_PYTHON, WINDOW_SECONDS, Session, activate, missing_programs, start_desktop,
                                   start_reader, start_window_manager)

ROOT = Path(__file__).resolve().parents[2]
KEYS_SCRIPT = Path(__file__).with_name("atspi_keys.py")
TEXT_NAME = "文档正文"
FIRST_HEADING = "一、主要做法和成效"
MAX_TABS = 60


@pytest.fixture(scope="module")
def pressed(tmp_path_factory):
    missing = missing_programs() + [p for p in ("openbox", "xdotool") if shutil.which(p) is None]
    if missing:
        pytest.skip("cannot drive the reader over AT-SPI, not installed: " + ", ".join(missing))
    session = Session(tmp_path_factory.mktemp("atspi-keys"))
    try:
        env = start_desktop(session)
        start_window_manager(session, env)
        reader, window = start_reader(session, env, ROOT)
        activate(window, env)
        run = subprocess.run([SYSTEM_PYTHON, str(KEYS_SCRIPT), "--pid", str(reader.pid), "--wait", str(WINDOW_SECONDS),
                              "--home", TEXT_NAME, "--tab-walk", str(MAX_TABS), "Down", "Down", "h", "Tab"],
                             env=env, capture_output=True, timeout=300, cwd=KEYS_SCRIPT.parent)
        try:
            result = json.loads(run.stdout.decode())
        except ValueError:
            pytest.fail(f"no JSON: {run.stdout[:500]!r} {run.stderr.decode(errors='replace')[-2000:]}\n"
                        f"{session.log('reader')}")
        assert result.get("found"), result
        print("\nTab stops:")
        for stop in result["tab_walk"]:
            print(f"  {stop['role']}: {stop['name']!r}")
        for step in result["keys"]:
            print(f"  {step['key']}: {step['focus'].get('role')} {step['focus'].get('name')!r} "
                  f"caret {step['focus'].get('caret')} line {step['focus'].get('line')!r} moves {step['caret_moves']}")
        return result
    finally:
        session.stop()


def test_the_window_opens_in_the_text(pressed):
    assert pressed["start"]["role"] == "text" and pressed["start"]["focused"]


def test_tab_goes_round_the_whole_window_and_every_stop_is_named(pressed):
    stops = pressed["tab_walk"]
    assert len(stops) < MAX_TABS, "Tab never came back to the text"
    assert (stops[-1]["role"], stops[-1]["name"]) == ("text", TEXT_NAME)
    assert [s for s in stops if not (s["name"] or "").strip()] == []
    assert [s for s in stops if s["role"] in {"unknown", "filler", "panel", "redundant object"}] == []
    assert sum(s["role"] == "push button" or s["role"] == "toggle button" for s in stops) >= 10  # the toolbar
    # The outline: its current item has the focus for AT-SPI (outline_panel.py tells it on focus-in).
    assert any(s["name"] == "目录" or (s["role"] == "table cell" and "主要做法和成效" in s["name"]) for s in stops)


def test_tab_round_the_window_leaves_the_caret_where_it_was(pressed):
    assert pressed["tab_walk"][-1]["caret"] == pressed["start"]["caret"]


def test_down_moves_the_caret_and_the_line_is_reported(pressed):
    first, second = pressed["keys"][0], pressed["keys"][1]
    assert first["caret_moves"] and second["caret_moves"]
    assert first["focus"]["caret"] < second["focus"]["caret"]
    assert first["focus"]["line"].strip() and first["focus"]["line"] != second["focus"]["line"]


def test_h_moves_the_caret_to_the_heading(pressed):
    step = pressed["keys"][2]
    assert step["caret_moves"], step
    assert step["focus"]["line"].strip() == FIRST_HEADING


def test_tab_leaves_the_text_without_moving_its_caret(pressed):
    heading_caret = pressed["keys"][2]["focus"]["caret"]
    step = pressed["keys"][3]
    assert step["focus"]["name"] != TEXT_NAME
    assert step["caret_moves"] == [], step
    assert heading_caret is not None
