"""Entry point: `reader [FILE]` opens the window; `reader outline FILE` prints the structure."""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
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
    from .cli.window_arguments import parse_window_arguments

    options = parse_window_arguments(argv)
    from .gui.app import run_window

    return run_window(options)


if __name__ == "__main__":
    sys.exit(main())
