"""What the document benchmarks share: their options, a private data folder and the large
document of run.py, and how they end (the misses, and --check's exit status).

Run as scripts (`python benchmarks/find.py`), they find this module and run.py beside them.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from run import make_large_document  # noqa: F401 - benchmarks/run.py's generator, for the scripts

REPO = Path(__file__).resolve().parent.parent


def parser(doc: str, size_mb: float, qt: bool = True) -> argparse.ArgumentParser:
    """The options every document benchmark takes; a script adds its own to what this returns."""
    options = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    options.add_argument("--size-mb", type=float, default=size_mb,
                         help=f"size of the large document in MB (default {size_mb:g})")
    if qt:
        options.add_argument("--current-platform", action="store_true",
                             help="use the current Qt platform instead of QT_QPA_PLATFORM=offscreen")
    options.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    return options


@contextmanager
def private_folder(options, name: str) -> Iterator[Path]:
    """A temporary folder holding the reader's data (the user's settings stay untouched),
    with the reader importable and Qt offscreen unless --current-platform."""
    if not getattr(options, "current_platform", True):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    sys.path.insert(0, str(REPO))
    with tempfile.TemporaryDirectory(prefix=f"reader-{name}-bench-") as folder:
        os.environ["READER_DATA_DIR"] = str(Path(folder) / "data")
        yield Path(folder)


def finish(misses: list[str], options) -> int:
    print(f"\nMISSED: {', '.join(misses)}" if misses else "\nAll targets met.")
    return 1 if options.check and misses else 0
