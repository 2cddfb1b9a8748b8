"""The running reader as a Linux screen reader (Orca) sees it: its AT-SPI tree under Xvfb.

A private D-Bus session, an accessibility bus, Xvfb and the reader (in Chinese, on the bundled
report) are started; tests/gui/atspi_walk.py, run by Debian's python3 with pyatspi, dumps every
accessible object of the reader as JSON, then opens the find bar, types a query and shows the
results list through AT-SPI actions (as a screen reader user would) and dumps the tree again;
the tests below judge both dumps. Every process is
ended when the module's tests are done. Skipped only when one of the programs is not installed
(tools/install-system-deps.sh installs them for the tests: xvfb, at-spi2-core, dbus-x11,
python3-pyatspi).
"""
from __future__ import annotations

import json
import os
import select
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WALKER = Path(__file__).with_name("atspi_walk.py")
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
TITLE = "广州市公安局花都区分局2020年法治政府建设年度报告"
FIRST_HEADING = "一、主要做法和成效"
MENU_TITLES = ["文件(F)", "视图(V)", "帮助(H)"]  # other menus come and go with features
QUERY = "法治"
FIND_STEPS = ["activate:查找(F)…", f"type:在文档中查找={QUERY}", "activate:显示结果列表"]
START_SECONDS = 10  # for each program to come up
WALK_SECONDS = 20  # for the reader's window to appear on the accessibility bus
# Roles that tell a screen reader user nothing about what a control does.
MEANINGLESS_ROLES = {"unknown", "filler", "panel", "invalid", "redundant object", "window"}
TEXT_ROLES = {"label", "text", "paragraph", "document text", "document frame", "document web"}
TREE_ROLES = {"tree", "tree table", "list", "list box", "table"}
ITEM_ROLES = {"tree item", "table cell", "list item"}


def missing_programs() -> list[str]:
    missing = [program for program in ("Xvfb", "dbus-run-session", "dbus-send") if shutil.which(program) is None]
    if not os.access(BUS_LAUNCHER, os.X_OK):
        missing.append(f"{BUS_LAUNCHER} (at-spi2-core)")
    if not os.access(SYSTEM_PYTHON, os.X_OK):
        missing.append(SYSTEM_PYTHON)
    elif subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, timeout=30).returncode:
        missing.append(f"pyatspi for {SYSTEM_PYTHON} (python3-pyatspi)")
    return missing


class Session:
    """Processes started for the walk; each one in its own process group, ended in stop()."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.processes: list[tuple[str, subprocess.Popen]] = []

    def start(self, label: str, command: list[str], **options) -> subprocess.Popen:
        log = open(self.folder / f"{label}.log", "wb")
        options.setdefault("stdout", log)
        options.setdefault("stderr", log)
        process = subprocess.Popen(command, start_new_session=True, **options)
        log.close()
        self.processes.append((label, process))
        return process

    def log(self, label: str) -> str:
        path = self.folder / f"{label}.log"
        return path.read_text(errors="replace")[-3000:] if path.exists() else ""

    def stop(self) -> None:
        # The reader first, the buses last: each process group is one we started.
        for label, process in reversed(self.processes):
            if process.poll() is None:
                try:
                    os.killpg(process.pid, signal.SIGTERM)
                except ProcessLookupError:
                    pass
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                try:
                    os.killpg(process.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                process.wait(timeout=5)
            if process.stdin is not None:
                process.stdin.close()


def read_line(process: subprocess.Popen, seconds: float) -> str:
    """One line from a process's stdout, or "" when none comes in time."""
    ready, _, _ = select.select([process.stdout], [], [], seconds)
    return process.stdout.readline().decode().strip() if ready else ""


def start_session_bus(session: Session) -> str:
    # dbus-run-session ends its bus when its child (cat, waiting on stdin) ends.
    bus = session.start("dbus", ["dbus-run-session", "--", "sh", "-c",
                                 'echo "$DBUS_SESSION_BUS_ADDRESS"; exec cat >/dev/null'],
                        stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    address = read_line(bus, START_SECONDS)
    assert address.startswith("unix:"), f"no session bus: {address!r}\n{session.log('dbus')}"
    return address


def wait_for_accessibility_bus(env: dict, seconds: float = 30) -> None:
    """On a loaded machine the launcher registers late; a reader or walker that starts first
    fails with "Couldn't connect to accessibility bus"."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        answer = subprocess.run(["dbus-send", "--session", "--dest=org.a11y.Bus", "--print-reply",
                                 "/org/a11y/bus", "org.a11y.Bus.GetAddress"],
                                env=env, capture_output=True, timeout=seconds)
        if answer.returncode == 0:
            return
        time.sleep(0.1)
    pytest.fail("the accessibility bus never answered")


def start_xvfb(session: Session, env: dict) -> str:
    # -displayfd: Xvfb picks a free display itself and writes its number when it is ready.
    read_end, write_end = os.pipe()
    session.start("xvfb", ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24",
                           "-nolisten", "tcp"], pass_fds=[write_end], env=env)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        ready, _, _ = select.select([pipe], [], [], START_SECONDS)
        number = pipe.readline().decode().strip() if ready else ""
    assert number.isdigit(), f"Xvfb did not start\n{session.log('xvfb')}"
    return f":{number}"


@pytest.fixture(scope="module")
def walked(tmp_path_factory):
    missing = missing_programs()
    if missing:
        pytest.skip("cannot walk the AT-SPI tree, not installed: " + ", ".join(missing))
    folder = tmp_path_factory.mktemp("atspi")
    session = Session(folder)
    started = time.monotonic()
    try:
        env = {key: value for key, value in os.environ.items()
               if key not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "AT_SPI_BUS_ADDRESS",
                              "DBUS_SESSION_BUS_ADDRESS", "QT_ACCESSIBILITY", "NO_AT_BRIDGE"}}
        # The accessibility bus puts its socket under XDG_RUNTIME_DIR: a folder of our own keeps
        # two test runs at once (or the user's desktop) from taking each other's bus.
        runtime = folder / "runtime"
        runtime.mkdir(mode=0o700)
        env["XDG_RUNTIME_DIR"] = str(runtime)
        env["DBUS_SESSION_BUS_ADDRESS"] = start_session_bus(session)
        # The accessibility bus must be there before the reader starts.
        session.start("at-spi-bus", [BUS_LAUNCHER, "--launch-immediately"], env=env)
        wait_for_accessibility_bus(env)
        env["DISPLAY"] = start_xvfb(session, env)
        data = folder / "reader-data"
        data.mkdir()
        app_env = dict(env, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
                       QT_ACCESSIBILITY="1", READER_DATA_DIR=str(data),
                       PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
        reader = session.start("reader", [sys.executable, "-m", "reader", "--lang", "zh_CN"],
                               env=app_env, cwd=ROOT)
        walk = subprocess.run(
            [SYSTEM_PYTHON, str(WALKER), "--pid", str(reader.pid), "--wait", str(WALK_SECONDS),
             "--search", TITLE, "--search", FIRST_HEADING,
             *(argument for step in FIND_STEPS for argument in ("--step", step))],
            env=env, capture_output=True, timeout=WALK_SECONDS + 30, cwd=ROOT)
        failure = (f"walker exit {walk.returncode}: {walk.stderr.decode(errors='replace')[-2000:]}\n"
                   f"reader running: {reader.poll() is None}\nreader log:\n{session.log('reader')}")
        try:
            result = json.loads(walk.stdout.decode())
        except ValueError:
            pytest.fail(f"the walker printed no JSON: {walk.stdout[:500]!r}\n{failure}")
        assert result.get("found"), f"the reader never appeared on the accessibility bus: {result}\n{failure}"
        result["total_seconds"] = round(time.monotonic() - started, 1)
        summarise(result)
        return result
    finally:
        session.stop()


def summarise(result: dict) -> None:
    print(f"\nAT-SPI walk of {result['application']['name']!r} (pid {result['application']['pid']}): "
          f"{result['walks']} walks, {result['seconds']} s on the bus, {result['total_seconds']} s in all")
    for label, key in (("opened", "objects"), ("with find results", "after_steps")):
        objects = result.get(key, [])
        roles = Counter(o["role"] for o in objects)
        print(f"  {label}: {len(objects)} objects, {len(focusable_showing(objects))} focusable and showing, "
              f"{sum(1 for o in objects if 'text' in o)} with text; roles: "
              + ", ".join(f"{role} {count}" for role, count in roles.most_common()))


def focusable_showing(objects: list[dict]) -> list[dict]:
    return [o for o in objects if o.get("focusable") and o.get("showing")]


def problems(objects: list[dict]) -> list[str]:
    reachable = focusable_showing(objects)
    return ([f"no name: {describe(o)}" for o in reachable if not o["name"].strip()]
            + [f"no useful role: {describe(o)}" for o in reachable if o["role"] in MEANINGLESS_ROLES])


def under(objects: list[dict], parent: dict) -> list[dict]:
    depth = len(parent["path"])
    return [o for o in objects if o["path"][:depth] == parent["path"] and len(o["path"]) > depth]


def describe(entry: dict) -> str:
    return f"{entry['role']} {entry.get('name')!r} at {entry['path']}"


def test_the_reader_is_on_the_accessibility_bus(walked):
    application = walked["objects"][0]
    assert application["role"] == "application"
    assert application["name"] == walked["application"]["name"]
    frames = [o for o in walked["objects"] if o["role"] == "frame" and o.get("showing")]
    assert len(frames) == 1
    assert TITLE in frames[0]["name"]
    assert not [o for o in walked["objects"] if o["role"] == "<gone>"]


def test_every_focusable_control_has_a_name_and_a_useful_role(walked):
    assert len(focusable_showing(walked["objects"])) > 20
    assert problems(walked["objects"]) == []


def test_the_document_text_is_read_with_its_title(walked):
    texts = [o for o in walked["objects"] if o["name"] == "文档正文"]
    assert len(texts) == 1, [describe(o) for o in texts]
    text = texts[0]
    assert text["role"] in TEXT_ROLES
    assert text["focusable"] and text["showing"]
    assert text["description"].strip()
    assert text.get("text_length", 0) > 1000
    assert TITLE in text["text_contains"] and FIRST_HEADING in text["text_contains"]


def test_the_outline_is_a_tree_of_headings(walked):
    objects = walked["objects"]
    trees = [o for o in objects if o["name"] == "目录" and o["role"] in TREE_ROLES]
    assert len(trees) == 1, [describe(o) for o in objects if o["name"] == "目录"]
    tree = trees[0]
    assert tree["focusable"] and tree["showing"] and tree["description"].strip()
    items = [o for o in under(objects, tree) if o["role"] in ITEM_ROLES]
    names = [o["name"] for o in items]
    assert FIRST_HEADING in names
    assert "二、存在的不足和原因" in names and "三、下一年度工作计划" in names
    assert names.index(FIRST_HEADING) < names.index("二、存在的不足和原因")
    assert all(o["focusable"] for o in items)


def test_the_menu_bar_reads_in_chinese(walked):
    objects = walked["objects"]
    bars = [o for o in objects if o["role"] == "menu bar" and o.get("showing")]
    assert len(bars) == 1
    depth = len(bars[0]["path"])
    titles = [o["name"] for o in objects
              if o["path"][:depth] == bars[0]["path"] and len(o["path"]) == depth + 1]
    for title in MENU_TITLES:
        assert title in titles
    assert all(title.strip() for title in titles)
    commands = [o for o in objects if o["role"] == "menu item" and len(o["path"]) > depth + 1]
    assert commands and all(o["name"].strip() for o in commands)


def test_find_field_and_results_are_reachable_and_named(walked):
    assert walked.get("step_failures") == [], walked.get("step_failures")
    objects = walked["after_steps"]
    assert problems(objects) == []
    fields = [o for o in objects if o["name"] == "在文档中查找" and o.get("showing")]
    assert len(fields) == 1, [describe(o) for o in objects if o["name"] == "在文档中查找"]
    field = fields[0]
    assert field["role"] in {"text", "entry"} and field["focusable"] and field["description"].strip()
    assert field.get("text") == QUERY
    trees = [o for o in objects if o["name"] == "搜索结果" and o["role"] in TREE_ROLES and o.get("showing")]
    assert len(trees) == 1, [describe(o) for o in objects if o["name"] == "搜索结果"]
    assert trees[0]["focusable"] and trees[0]["description"].strip()
    results = [o for o in under(objects, trees[0]) if o["role"] in ITEM_ROLES]
    assert sum(QUERY in o["name"] for o in results) >= 10, [o["name"] for o in results[:10]]
    assert any(o["name"].startswith(FIRST_HEADING) for o in results)  # grouped by section


def test_column_headers_are_named(walked):
    """A tree's hidden header still names its column to a screen reader: not "1"."""
    for objects in (walked["objects"], walked["after_steps"]):
        headers = [o["name"] for o in objects if o["role"] == "table column header"]
        assert headers and all(h.strip() and not h.isdigit() for h in headers), headers
