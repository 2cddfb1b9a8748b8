"""Entry point: `reader [FILE]` opens the window; `reader outline FILE` prints the structure."""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "outline":
        from .cli import outline_command

        return outline_command(argv[1:])
    if argv and argv[0] == "bookmarks":
        from .bookmarks_cli import bookmarks_command

        return bookmarks_command(argv[1:])
    if argv and argv[0] == "speak":
        from .speech_cli import speak_command

        return speak_command(argv[1:])
    if argv and argv[0] == "export":
        from .export_cli import export_command

        return export_command(argv[1:])
    from .cli import parse_window_arguments

    options = parse_window_arguments(argv)
    from .gui.app import run_window

    return run_window(options)


if __name__ == "__main__":
    sys.exit(main())
