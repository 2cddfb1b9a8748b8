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

--step (repeatable) then works the application the way a screen reader user can, and the
tree is walked again once it settles, into "after_steps":
    --step "activate:查找(F)…"          the first action (press, toggle) of the first object
                                        with that name that has one
    --step "type:在文档中查找=法治"      set the text of the editable object with that name
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
SETTLE_SECONDS = 10  # the longest a walk is repeated while the tree keeps changing


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


def find_object(app, wanted):
    stack = [app]
    seen = 0
    while stack and seen < MAX_OBJECTS:
        accessible = stack.pop()
        seen += 1
        try:
            if wanted(accessible):
                return accessible
            children = [accessible.getChildAtIndex(i) for i in range(accessible.childCount)]
        except Exception:
            continue
        stack.extend(child for child in reversed(children) if child is not None)
    return None


def has_interface(accessible, query: str) -> bool:
    try:
        getattr(accessible, query)()
    except Exception:
        return False
    return True


def run_step(app, step: str) -> str | None:
    """Do one step; None when done, else why it could not be done."""
    kind, _, argument = step.partition(":")
    if kind == "activate":
        target = find_object(app, lambda a: a.name == argument and has_interface(a, "queryAction")
                             and a.queryAction().nActions > 0)
        if target is None:
            return f"nothing named {argument!r} to activate"
        target.queryAction().doAction(0)
        return None
    if kind == "type":
        name, _, text = argument.partition("=")
        target = find_object(app, lambda a: a.name == name and has_interface(a, "queryEditableText"))
        if target is None:
            return f"no editable text named {name!r}"
        target.queryEditableText().setTextContents(text)
        return None
    return f"unknown step {step!r}"


def settled_walk(app, searches: list[str], deadline: float) -> tuple[list[dict], int]:
    """Walk until two walks in a row agree (or the deadline passes)."""
    walks = 0
    previous = None
    while True:
        objects = walk(app, searches)
        walks += 1
        current = signature(objects)
        if current == previous or time.monotonic() >= deadline:
            return objects, walks
        previous = current
        time.sleep(0.3)


def signature(objects: list[dict]) -> list[tuple]:
    return [(tuple(o["path"]), o["role"], o.get("name"), o.get("text_length")) for o in objects]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pid", type=int, help="the application's process id")
    parser.add_argument("--name", help="the application's accessible name (when no --pid)")
    parser.add_argument("--wait", type=float, default=0.0, help="seconds to wait for the application")
    parser.add_argument("--search", action="append", default=[], help="a string to look for in texts")
    parser.add_argument("--step", action="append", default=[], help="activate:NAME or type:NAME=TEXT")
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

    objects, walks = settled_walk(app, options.search, time.monotonic() + SETTLE_SECONDS)
    result = {
        "found": True,
        "application": {"name": objects[0].get("name") if objects else None,
                        "role": objects[0].get("role") if objects else None,
                        "pid": app.get_process_id()},
        "objects": objects,
        "walks": walks,
    }
    if options.step:
        failures = []
        for step in options.step:
            failure = run_step(app, step)
            if failure:
                failures.append(failure)
            _, more = settled_walk(app, [], time.monotonic() + SETTLE_SECONDS)
            walks += more
        result["step_failures"] = failures
        result["after_steps"], more = settled_walk(app, options.search, time.monotonic() + SETTLE_SECONDS)
        result["walks"] = walks + more
    result["seconds"] = round(time.monotonic() - started, 2)
    json.dump(result, sys.stdout, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
