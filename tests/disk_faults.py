"""Read-only and full data folders for the tests: the real thing where `mount` works (root in a
sandbox that allows it), else the same failures made by the software (root ignores file modes)."""
from __future__ import annotations

import errno
import shutil
import sqlite3
import subprocess
from contextlib import contextmanager
from pathlib import Path

import pytest


def _mount(*arguments) -> bool:
    if shutil.which("mount") is None:
        return False
    try:
        return subprocess.run(["mount", *arguments], capture_output=True, timeout=10).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


def _umount(target: Path) -> None:
    subprocess.run(["umount", "-l", str(target)], capture_output=True, timeout=10)


@contextmanager
def read_only_mount(folder: Path):
    """``folder``'s contents seen through a read-only bind mount (the path returned); skips without mount."""
    target = folder.with_name(folder.name + "-read-only")
    target.mkdir()
    if not (_mount("--bind", str(folder), str(target)) and _mount("-o", "remount,bind,ro", str(target))):
        _umount(target)
        pytest.skip("no read-only bind mount here (not root, or no mount in this sandbox)")
    try:
        yield target
    finally:
        _umount(target)


@contextmanager
def small_tmpfs(folder: Path, size: str = "1m"):
    folder.mkdir(exist_ok=True)
    if not _mount("-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)):
        pytest.skip("no tmpfs mount here")
    try:
        yield folder
    finally:
        _umount(folder)


def fill(folder: Path) -> None:
    """Fill the file system holding ``folder`` to the last byte."""
    with open(folder / "filler", "wb") as handle:
        try:
            while True:
                handle.write(b"\0" * 65536)
                handle.flush()
        except OSError as error:
            assert error.errno == errno.ENOSPC
    with open(folder / "filler-small", "wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0" * 512)
        except OSError:
            pass


def refuse_writes(monkeypatch, error_number: int) -> None:
    """Every write of a data file fails as on a read-only (EROFS) or full (ENOSPC) disk: files the
    atomic way and folders, and SQLite opens the database read-only (EROFS) or with no page to
    spare (ENOSPC: SQLite's own "database or disk is full")."""
    import reader.core.atomic as atomic
    import reader.core.save_failures as save_failures
    import reader.core.store as store

    kind = "read-only" if error_number == errno.EROFS else "full"
    monkeypatch.setattr(save_failures, "check_folder",  # what statvfs says of such a disk
                        lambda folder: save_failures.SaveFailure(kind, str(folder)))

    def no_file(*_args, **_kwargs):
        raise OSError(error_number, "simulated: " + errno.errorcode[error_number])

    monkeypatch.setattr(atomic.tempfile, "mkstemp", no_file)
    real_mkdir = Path.mkdir

    def no_folder(self, *args, **kwargs):
        if not self.exists():
            no_file()
        return real_mkdir(self, *args, **kwargs)

    monkeypatch.setattr(Path, "mkdir", no_folder)
    real_connect = sqlite3.connect

    def connect(database, *args, **kwargs):
        if kwargs.get("uri") or str(database) == ":memory:":
            return real_connect(database, *args, **kwargs)
        if error_number == errno.EROFS:  # a missing file: SQLite's own "unable to open database file"
            return real_connect(f"file:{database}?mode=ro", *args, uri=True, **kwargs)
        connection = real_connect(database, *args, **kwargs)
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count = {max(pages, 1)}")
        return connection

    monkeypatch.setattr(store.sqlite3, "connect", connect)
