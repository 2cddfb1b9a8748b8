"""Press keys in a running application and report, as a screen reader hears it over AT-SPI,
where the focus went and where the caret is.

Run by Debian's /usr/bin/python3 (which has pyatspi), with the application's window focused
on an X display that xdotool reaches:

    /usr/bin/python3 tests/gui/atspi_keys.py --pid 1234 --wait 20 --home 文档正文 --tab-walk 80 Down Down h Tab

--tab-walk N presses Tab until the focus comes back to the object named --home, where it
starts (at most N times), and lists each stop. Then each further argument is an xdotool key name, pressed in turn. Prints one
JSON object: {"start": STOP, "tab_walk": [STOP, ...], "keys": [{"key": ..., "focus": STOP,
"caret_moves": [...]}, ...]}, where a STOP is {"role", "name", "description", and for a text:
"caret", "line" (the text of the line at the caret)}, and caret_moves lists the caret offsets
reported by object:text-caret-moved events after the key.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time

import pyatspi
from gi.repository import GLib

from atspi_walk import find_application, find_object, has_showing_window

PUMP_SECONDS = 0.8  # events after a key arrive within this on a loaded machine


class Listener:
    def __init__(self, pid: int):
        self.pid = pid
        self.focused = None
        self.caret_moves: list[int] = []
        pyatspi.Registry.registerEventListener(self._focus, "object:state-changed:focused")
        pyatspi.Registry.registerEventListener(self._caret, "object:text-caret-moved")

    def _ours(self, event) -> bool:
        try:
            return event.host_application.get_process_id() == self.pid
        except Exception:
            return False

    def _focus(self, event) -> None:
        if event.detail1 and self._ours(event):
            self.focused = event.source

    def _caret(self, event) -> None:
        if self._ours(event):
            self.caret_moves.append(event.detail1)


def pump(seconds: float) -> None:
    context = GLib.MainContext.default()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        while context.iteration(False):
            pass
        time.sleep(0.02)


def stop_of(accessible) -> dict:
    if accessible is None:
        return {"role": None, "name": None, "description": None}
    entry = {"role": accessible.getRoleName(), "name": accessible.name or "",
             "description": accessible.description or ""}
    try:
        text = accessible.queryText()
    except Exception:
        text = None
    if text is not None and entry["role"] in ("text", "entry", "paragraph", "document text", "label"):
        caret = text.caretOffset
        line = text.getTextAtOffset(caret, pyatspi.TEXT_BOUNDARY_LINE_START)
        entry["caret"] = caret
        entry["line"] = line[0] if isinstance(line, tuple) else getattr(line, "content", str(line))
    return entry


def press(key: str) -> None:
    subprocess.run(["xdotool", "key", "--clearmodifiers", key], timeout=10, check=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pid", type=int, required=True)
    parser.add_argument("--wait", type=float, default=20)
    parser.add_argument("--tab-walk", type=int, default=0)
    parser.add_argument("--home", required=True, help="the name of the object the focus starts in")
    parser.add_argument("keys", nargs="*")
    options = parser.parse_args(argv)
    deadline = time.monotonic() + options.wait
    app = None
    while time.monotonic() < deadline:
        app = find_application(options.pid, None)
        if app is not None and has_showing_window(app):
            break
        time.sleep(0.2)
    else:
        json.dump({"found": False}, sys.stdout)
        return 3
    listener = Listener(options.pid)
    pump(PUMP_SECONDS)
    start = find_object(app, lambda a: a.name == options.home and a.getState().contains(pyatspi.STATE_FOCUSABLE))
    start_state = start.getState().contains(pyatspi.STATE_FOCUSED) if start is not None else False
    result = {"found": True, "start": dict(stop_of(start), focused=start_state), "tab_walk": [], "keys": []}
    home = (result["start"]["role"], result["start"]["name"])
    for _ in range(options.tab_walk):
        press("Tab")
        pump(PUMP_SECONDS)
        stop = stop_of(listener.focused)
        result["tab_walk"].append(stop)
        if (stop["role"], stop["name"]) == home:  # round the window and back
            break
    for key in options.keys:
        listener.caret_moves = []
        press(key)
        pump(PUMP_SECONDS)
        result["keys"].append({"key": key, "focus": stop_of(listener.focused), "caret_moves": listener.caret_moves})
    json.dump(result, sys.stdout, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
