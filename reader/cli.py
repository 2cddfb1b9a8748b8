"""Command-line front end: argument parsing and the subcommands that need no window."""
from __future__ import annotations

import argparse
import json
import os
import sys

from .core.loading import LoadError
from .core.schemes import SCHEME_ORDER

EXIT_BAD_INPUT = 2


class CommandParser(argparse.ArgumentParser):
    """A subcommand's options: a bad one gives one clear line and exit 2, without the usage block."""

    def error(self, message):
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {message}\n")


def fail(command: str, message: str) -> int:
    """Say on standard error why ``command`` (``reader bookmarks``) cannot go on; exit status 2."""
    print(f"{command}: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


def _language_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", metavar="LANG", help="interface language: zh_CN, zh_TW or en")


def parse_window_arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="reader",
        description="An accessibility reader for Chinese government documents. "
        "Subcommand: `reader outline FILE [--json]`.",
    )
    # Several: a desktop may hand over every document chosen in a file manager (macOS does).
    parser.add_argument("files", nargs="*", metavar="file",
                        help="a .txt, .html, .pdf, .docx, .doc or .ofd document (default: the bundled "
                        "sample report); the reader shows one at a time, the first of several")
    _language_argument(parser)
    parser.add_argument("--elder", action="store_true", help="start in elder mode (长者助手)")
    parser.add_argument("--scheme", choices=SCHEME_ORDER, help="colour scheme (配色)")
    parser.add_argument("--pinyin", nargs="?", const="all", choices=("all", "uncommon", "off"),
                        help="pinyin over the characters (拼音): all (the default), uncommon or off")
    parser.add_argument("--screenshot", metavar="OUT.png",
                        help="render the laid-out window offscreen to a PNG file and exit")
    parser.add_argument("--screenshot-window", metavar="NAME", choices=WINDOW_NAMES,
                        help="with --screenshot: render a window the reader opens instead of the main one: "
                        + ", ".join(WINDOW_NAMES))
    parser.add_argument("--size", metavar="WxH", type=_window_size, default=None,
                        help="window size for --screenshot, e.g. 1280x800")
    parser.add_argument("--quit-after-show", action="store_true", help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    options.file = options.files[0] if options.files else None
    if len(options.files) > 1:
        print(f"reader: one document at a time: opening {options.file}", file=sys.stderr)
    return options


# The windows --screenshot-window renders (reader/gui/window_shots.py opens them).
WINDOW_NAMES = ("add-bookmark", "favorites", "toolbar-help", "shortcuts", "about", "open", "save",
                "print-preview", "command-palette")


def _window_size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size like 1280x800: {text!r}") from None
    if not (200 <= width <= 10000 and 200 <= height <= 10000):
        raise argparse.ArgumentTypeError(f"size out of range: {text!r}")
    return width, height


def _translated_error(error: LoadError, language: str | None) -> str:
    from .i18n import choose_language, translate_without_application

    return error.format(translate_without_application(choose_language(language), error.context, error.message))


def outline_command(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="reader outline", description="Print a document's structure.")
    parser.add_argument("file", help="a .txt, .html, .pdf, .docx, .doc or .ofd document")
    parser.add_argument("--json", action="store_true", help="print the document model as JSON")
    _language_argument(parser)
    options = parser.parse_args(argv)

    from .core.outline import document_dict, outline_text
    from .core.parsing import parse_file

    try:
        document = parse_file(options.file)
    except LoadError as error:
        print(f"reader: {_translated_error(error, options.lang)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    output = json.dumps(document_dict(document), ensure_ascii=False, indent=2) if options.json else outline_text(document)
    try:
        print(output)
        sys.stdout.flush()
    except BrokenPipeError:  # `reader outline FILE | head`: the reader stopped listening
        # As the Python docs advise: point stdout at devnull so the exit flush is quiet.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0
