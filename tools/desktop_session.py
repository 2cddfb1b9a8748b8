"""A private desktop for driving the reader as a screen reader user would: a D-Bus session,
the accessibility (AT-SPI) bus, Xvfb, and each process ended at the end.

Used by tests/gui/test_atspi.py (the AT-SPI tree) and tools/orca_speech.py (Orca's speech).
"""
from __future__ import annotations

import os
import select
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
START_SECONDS = 10  # for each program to come up
WINDOW_SECONDS = 40  # for the reader's window to come up on a loaded machine
# openbox with no key or mouse bindings of its own (its Alt+Shift+arrows would take the reader's).
OPENBOX_RC = """<?xml version="1.0"?>
<openbox_config xmlns="http://openbox.org/3.4/rc"><keyboard/><mouse/>
<focus><focusNew>yes</focusNew></focus></openbox_config>
"""


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


def wait_for_accessibility_bus(env: dict, seconds: float = 30) -> bool:
    """Whether the accessibility bus answers within ``seconds``. On a loaded machine the launcher
    registers late; a reader or walker that starts first fails with "Couldn't connect to
    accessibility bus"."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        answer = subprocess.run(["dbus-send", "--session", "--dest=org.a11y.Bus", "--print-reply",
                                 "/org/a11y/bus", "org.a11y.Bus.GetAddress"],
                                env=env, capture_output=True, timeout=seconds)
        if answer.returncode == 0:
            return True
        time.sleep(0.1)
    return False


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


def start_desktop(session: Session) -> dict:
    """A session bus, the accessibility bus and Xvfb; the environment that reaches them."""
    env = {key: value for key, value in os.environ.items()
           if key not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "AT_SPI_BUS_ADDRESS",
                          "DBUS_SESSION_BUS_ADDRESS", "QT_ACCESSIBILITY", "NO_AT_BRIDGE"}}
    # The accessibility bus puts its socket under XDG_RUNTIME_DIR: a folder of our own keeps
    # two runs at once (or the user's desktop) from taking each other's bus.
    runtime = session.folder / "runtime"
    runtime.mkdir(mode=0o700)
    env["XDG_RUNTIME_DIR"] = str(runtime)
    env["DBUS_SESSION_BUS_ADDRESS"] = start_session_bus(session)
    # The accessibility bus must be there before the reader starts.
    session.start("at-spi-bus", [BUS_LAUNCHER, "--launch-immediately"], env=env)
    if not wait_for_accessibility_bus(env):
        raise RuntimeError("the accessibility bus never answered")
    env["DISPLAY"] = start_xvfb(session, env)
    return env


def reader_environment(env: dict, folder: Path, root: Path) -> dict:
    """The reader's environment on that desktop: xcb, accessibility on, settings of its own."""
    data = folder / "reader-data"
    data.mkdir(exist_ok=True)
    return dict(env, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
                QT_ACCESSIBILITY="1", READER_DATA_DIR=str(data),
                PYTHONPATH=os.pathsep.join(filter(None, [str(root), os.environ.get("PYTHONPATH")])))


def start_window_manager(session: Session, env: dict) -> None:
    """openbox: windows get the keyboard focus when they are activated (xdotool)."""
    rc = session.folder / "openbox.xml"
    rc.write_text(OPENBOX_RC)
    session.start("openbox", ["openbox", "--config-file", str(rc)], env=env)


def wait_for(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


def window_of(pid: int, env: dict) -> str:
    """The X window id of a process's visible window, or ""."""
    answer = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(pid)],
                            env=env, capture_output=True, text=True, timeout=10)
    return answer.stdout.split()[-1] if answer.stdout.split() else ""


def start_reader(session: Session, env: dict, root: Path) -> tuple[subprocess.Popen, str]:
    """The reader in Chinese on its sample report; its process and its window once shown."""
    reader = session.start("reader", [sys.executable, "-m", "reader", "--lang", "zh_CN"],
                           env=reader_environment(env, session.folder, root), cwd=root)
    if not wait_for(lambda: window_of(reader.pid, env), WINDOW_SECONDS):
        raise RuntimeError("the reader's window never appeared\n" + session.log("reader"))
    return reader, window_of(reader.pid, env)


def activate(window: str, env: dict) -> None:
    subprocess.run(["xdotool", "windowactivate", "--sync", window], env=env, timeout=10)
