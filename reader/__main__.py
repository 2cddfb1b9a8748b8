"""Entry point: `reader [FILE]` opens the window; `reader outline FILE` prints the structure."""
from __future__ import annotations

import gc
import sys


def main(argv: list[str] | None = None) -> int:
    """Without ``argv``, the program's own run (`reader`, `python -m reader`): the window's process
    ends when the window closes (gui/app.py end_now). With it (tests, benchmarks), main returns."""
    own_run = argv is None
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "outline":
        from .cli.outline import outline_command

        return outline_command(argv[1:])
    if argv and argv[0] == "bookmarks":
        from .cli.bookmarks import bookmarks_command

        return bookmarks_command(argv[1:])
    if argv and argv[0] == "speak":
        from .cli.speech import speak_command

        return speak_command(argv[1:])
    if argv and argv[0] == "export":
        from .cli.export import export_command

        return export_command(argv[1:])
    if own_run:
        _pause_collection()
    from .cli.window_arguments import parse_window_arguments

    options = parse_window_arguments(argv)
    from .gui.app import run_window

    return run_window(options, end_process=own_run, window_shown=_resume_collection if own_run else None)


def _pause_collection() -> None:
    """The way to the window imports ~300 modules and builds the window: tens of thousands of
    objects that stay, and Python's collector, run every 700 new ones, went over them ~60 times
    for next to no garbage (~8 ms of start-up; ~2 ms more while the window was built). Only in
    the program's own run: a caller's objects are left as they are."""
    gc.disable()


def _resume_collection() -> None:
    """The collector runs again, once the window is shown with its document (before its event
    loop). What the start made is frozen first, set aside as if collected once: else the first
    collection, and every full one after it, would go over all of it."""
    gc.freeze()
    gc.enable()


if __name__ == "__main__":
    sys.exit(main())
