"""What Orca says while a blind reader works the reader: its speech captured, key by key.

    python -m tools.orca_speech [--keys "h ctrl+shift+i Down"] [--json]

A private desktop (tools/desktop_session.py: D-Bus, the accessibility bus, Xvfb), openbox as
the window manager (with no key bindings of its own), the reader on its sample report in
Chinese, and Orca with speech on and its own settings folder. Orca writes every utterance to
its debug file as ``SPEECH OUTPUT: '…'`` (no sound card needed); the keys are pressed with
xdotool and what Orca said after each is printed. tests/gui/test_orca.py asserts on it.

Needs (tools/install-system-deps.sh test): orca, openbox, xdotool, xvfb, at-spi2-core, dbus-x11.
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import time
from bisect import bisect_right
from datetime import datetime
from pathlib import Path
from tempfile import TemporaryDirectory

from tools.desktop_session import (WINDOW_SECONDS, Session, activate, missing_programs, start_desktop, start_reader,
                                  start_window_manager, wait_for)

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_KEYS = ["h", "ctrl+shift+i", "Down", "Down", "Tab", "shift+Tab"]  # the window starts in the text
# After a key, for Orca to have said all it will (a focus change is spoken ~1.5 s later on a
# loaded machine). Orca buffers its debug file: it is read once Orca has ended.
SETTLE_SECONDS = 3
SPEECH = re.compile(r"^(\d+:\d+:[\d.]+) - SPEECH OUTPUT: '(.*)' ?\{'established")


def missing() -> list[str]:
    return missing_programs() + [p for p in ("orca", "openbox", "xdotool") if shutil.which(p) is None]


def spoken(debug: Path, pressed_at: list[float]) -> list[list[str]]:
    """Orca's utterances, split at the times the keys were pressed (seconds of the day, as Orca
    stamps its log): what came before the first key, then after each.

    Orca's log of the keys themselves cannot split them: it does not log every key press.
    """
    try:
        lines = debug.read_bytes().decode("utf-8", errors="replace").splitlines()
    except OSError:
        return [[]]
    parts: list[list[str]] = [[] for _ in range(len(pressed_at) + 1)]
    for line in lines:
        said = SPEECH.search(line)
        if said:
            hours, minutes, seconds = said.group(1).split(":")
            stamp = int(hours) * 3600 + int(minutes) * 60 + float(seconds)
            parts[bisect_right(pressed_at, stamp)].append(said.group(2))
    return parts


def seconds_of_day() -> float:
    now = datetime.now()
    return now.hour * 3600 + now.minute * 60 + now.second + now.microsecond / 1e6


def run(keys: list[str], folder: Path) -> dict:
    """Start everything, press the keys, and return what Orca said after each."""
    session = Session(folder)
    started = time.monotonic()
    debug = folder / "orca.debug"
    pressed_at: list[float] = []
    try:
        env = start_desktop(session)
        home = folder / "home"
        for sub in ("config", "data", "cache"):
            (home / sub).mkdir(parents=True, exist_ok=True)
        env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
                   XDG_CACHE_HOME=str(home / "cache"))
        start_window_manager(session, env)
        reader, window = start_reader(session, env, ROOT)
        prefs = folder / "orca-prefs"
        prefs.mkdir()
        session.start("orca", ["orca", "--replace", "-e", "speech", "-u", str(prefs), f"--debug-file={debug}"],
                      env=env)
        # Orca has started once its log has its first block (it takes a few seconds more to be ready).
        if not wait_for(lambda: debug.exists() and debug.stat().st_size, WINDOW_SECONDS):
            raise RuntimeError("Orca did not start\n" + session.log("orca"))
        time.sleep(2 * SETTLE_SECONDS)
        activate(window, env)
        time.sleep(SETTLE_SECONDS)
        for key in keys:
            pressed_at.append(seconds_of_day())
            subprocess.run(["xdotool", "key", "--clearmodifiers", key], env=env, timeout=10)
            time.sleep(SETTLE_SECONDS)
        running = reader.poll() is None
    finally:
        session.stop()
    opening, *after_keys = spoken(debug, pressed_at)
    steps = [{"key": key, "said": said} for key, said in zip(keys, after_keys)]
    return {"opening": opening, "steps": steps, "seconds": round(time.monotonic() - started, 1),
            "reader_running": running}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keys", default=" ".join(DEFAULT_KEYS), help="xdotool key names, space separated")
    parser.add_argument("--json", action="store_true", help="print JSON instead of lines")
    parser.add_argument("--keep", help="a folder to keep the logs in (else a temporary one)")
    options = parser.parse_args(argv)
    lacking = missing()
    if lacking:
        print("not installed: " + ", ".join(lacking), file=sys.stderr)
        return 2
    with TemporaryDirectory(prefix="orca-speech-") as temporary:
        folder = Path(options.keep) if options.keep else Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        result = run(options.keys.split(), folder)
    if options.json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        print("on opening:")
        for utterance in result["opening"]:
            print(f"    {utterance}")
        for step in result["steps"]:
            print(f"{step['key']}:")
            for utterance in step["said"]:
                print(f"    {utterance}")
        print(f"({result['seconds']} s in all)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
