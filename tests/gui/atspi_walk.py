"""Dump the AT-SPI tree of one running application as JSON, the way a screen reader sees it.

Run by Debian's /usr/bin/python3 (which has pyatspi), not by the project's interpreter:

    /usr/bin/python3 tests/gui/atspi_walk.py --pid 1234 --wait 20 --search 广州市

It waits (up to --wait seconds) until the application with that process id shows a window on
the accessibility bus, walks every accessible under it and prints one JSON object:

    {"found": true, "application": {...}, "objects": [{"path": [0, 2, 1], "role": "label",
     "name": ..., "description": ..., "focusable": true, "showing": true, "child_count": 0,
     "text": first 50 characters, "text_length": ..., "text_contains": [...]}, ...],
     "walks": 2, "seconds": 1.3}

The walk is repeated until two walks in a row find the same objects, so that a window still
being built is not reported half done. --search STRING (repeatable) records, for every object
with a text interface, which of the strings occur anywhere in its whole text.
Exit status: 0 when the application was found, 3 when it was not (the JSON says why).
"""
from __future__ import annotations

import argparse
import json
import sys
import time

import pyatspi

MAX_OBJECTS = 5000
MAX_DEPTH = 40
TEXT_PREFIX = 50


def find_application(pid: int | None, name: str | None):
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        try:
            app = desktop.getChildAtIndex(index)
        except Exception:  # an application that went away while we looked
            continue
        if app is None:
            continue
        try:
            if pid is not None and app.get_process_id() == pid:
                return app
            if name is not None and app.name == name:
                return app
        except Exception:
            continue
    return None


def has_showing_window(app) -> bool:
    try:
        for index in range(app.childCount):
            child = app.getChildAtIndex(index)
            if child is not None and child.getState().contains(pyatspi.STATE_SHOWING) and child.childCount > 0:
                return True
    except Exception:
        return False
    return False


def describe(accessible, path: list[int], searches: list[str]) -> dict:
    states = accessible.getState()
    entry = {
        "path": path,
        "role": accessible.getRoleName(),
        "name": accessible.name or "",
        "description": accessible.description or "",
        "focusable": states.contains(pyatspi.STATE_FOCUSABLE),
        "showing": states.contains(pyatspi.STATE_SHOWING),
        "visible": states.contains(pyatspi.STATE_VISIBLE),
        "focused": states.contains(pyatspi.STATE_FOCUSED),
        "child_count": accessible.childCount,
    }
    try:
        text = accessible.queryText()
    except NotImplementedError:
        text = None
    except Exception:
        text = None
    if text is not None:
        length = text.characterCount
        whole = text.getText(0, length) if length > 0 else ""
        entry["text"] = whole[:TEXT_PREFIX]
        entry["text_length"] = length
        entry["text_contains"] = [s for s in searches if s in whole]
    return entry


def walk(app, searches: list[str]) -> list[dict]:
    objects: list[dict] = []
    stack = [(app, [])]
    while stack and len(objects) < MAX_OBJECTS:
        accessible, path = stack.pop()
        try:
            entry = describe(accessible, path, searches)
        except Exception as error:  # an object destroyed mid-walk: note it and go on
            objects.append({"path": path, "role": "<gone>", "error": str(error)})
            continue
        objects.append(entry)
        if len(path) >= MAX_DEPTH:
            continue
        children = []
        for index in range(entry["child_count"]):
            try:
                child = accessible.getChildAtIndex(index)
            except Exception:
                child = None
            if child is not None:
                children.append((child, path + [index]))
        stack.extend(reversed(children))  # depth first, in document order
    return objects


def signature(objects: list[dict]) -> list[tuple]:
    return [(tuple(o["path"]), o["role"], o.get("name"), o.get("text_length")) for o in objects]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pid", type=int, help="the application's process id")
    parser.add_argument("--name", help="the application's accessible name (when no --pid)")
    parser.add_argument("--wait", type=float, default=0.0, help="seconds to wait for the application")
    parser.add_argument("--search", action="append", default=[], help="a string to look for in texts")
    options = parser.parse_args(argv)
    if options.pid is None and options.name is None:
        parser.error("give --pid or --name")

    started = time.monotonic()
    deadline = started + options.wait
    app = None
    while True:
        app = find_application(options.pid, options.name)
        if app is not None and has_showing_window(app):
            break
        if time.monotonic() >= deadline:
            names = []
            try:
                desktop = pyatspi.Registry.getDesktop(0)
                names = [desktop.getChildAtIndex(i).name for i in range(desktop.childCount)]
            except Exception:
                pass
            json.dump({"found": False, "application_seen": app is not None, "applications": names,
                       "seconds": round(time.monotonic() - started, 2)}, sys.stdout, ensure_ascii=False)
            return 3
        time.sleep(0.2)

    walks = 0
    previous = None
    while True:
        objects = walk(app, options.search)
        walks += 1
        current = signature(objects)
        if current == previous or time.monotonic() >= deadline:
            break
        previous = current
        time.sleep(0.3)

    application = objects[0] if objects else {}
    json.dump({
        "found": True,
        "application": {"name": application.get("name"), "role": application.get("role"),
                        "pid": app.get_process_id()},
        "objects": objects,
        "walks": walks,
        "seconds": round(time.monotonic() - started, 2),
    }, sys.stdout, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
