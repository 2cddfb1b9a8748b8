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
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from tools.desktop_session import SYSTEM_PYTHON, Session, missing_programs, reader_environment, start_desktop

ROOT = Path(__file__).resolve().parents[2]
WALKER = Path(__file__).with_name("atspi_walk.py")
TITLE = "广州市公安局花都区分局2020年法治政府建设年度报告"
FIRST_HEADING = "一、主要做法和成效"
MENU_TITLES = ["文件(F)", "视图(V)", "帮助(H)"]  # other menus come and go with features
QUERY = "法治"
FIND_STEPS = ["activate:查找(F)…", f"type:在文档中查找={QUERY}", "activate:显示结果列表"]
WALK_SECONDS = 20  # for the reader's window to appear on the accessibility bus
# Roles that tell a screen reader user nothing about what a control does.
MEANINGLESS_ROLES = {"unknown", "filler", "panel", "invalid", "redundant object", "window"}
TEXT_ROLES = {"label", "text", "paragraph", "document text", "document frame", "document web"}
TREE_ROLES = {"tree", "tree table", "list", "list box", "table"}
ITEM_ROLES = {"tree item", "table cell", "list item"}


@pytest.fixture(scope="module")
def walked(tmp_path_factory):
    missing = missing_programs()
    if missing:
        pytest.skip("cannot walk the AT-SPI tree, not installed: " + ", ".join(missing))
    folder = tmp_path_factory.mktemp("atspi")
    session = Session(folder)
    started = time.monotonic()
    try:
        env = start_desktop(session)
        app_env = reader_environment(env, folder, ROOT)
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
