"""`reader [FILE]`'s options: the window's, parsed without loading Qt."""
from __future__ import annotations

import argparse
import sys

from ..core.schemes import SCHEME_ORDER
from .common import language_argument


def parse_window_arguments(argv: list[str]) -> argparse.Namespace:
    options = _usual_start(argv)
    if options is None:
        options = window_parser().parse_args(argv)
    options.file = options.files[0] if options.files else None
    if len(options.files) > 1:
        print(f"reader: one document at a time: opening {options.file}", file=sys.stderr)
    return options


# Every option's default: what the usual start gives them (tests/cli checks against the parser).
USUAL_DEFAULTS = {"lang": None, "elder": False, "scheme": None, "pinyin": None, "screenshot": None,
                  "screenshot_window": None, "size": None}


# The start-up benchmarks' hidden options (benchmarks/run.py): quit once laid out, or once painted.
QUIT_OPTIONS = ("--quit-after-show", "--quit-after-paint")


def _usual_start(argv: list[str]) -> argparse.Namespace | None:
    """The usual start, `reader` or `reader FILE` (and the benchmarks' --quit-after-show or
    --quit-after-paint), read without building the parser, which looks each of its messages up in
    gettext's catalogues (~4 ms of start-up with the locale module it loads). None for anything
    else: the parser's."""
    files = [argument for argument in argv if argument not in QUIT_OPTIONS]
    if len(argv) - len(files) > 1 or len(files) > 1 or any(name.startswith("-") for name in files):
        return None
    return argparse.Namespace(files=files, **USUAL_DEFAULTS, quit_after_show="--quit-after-show" in argv,
                              quit_after_paint="--quit-after-paint" in argv)


def window_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reader",
        description="An accessibility reader for Chinese government documents. "
        "Subcommand: `reader outline FILE [--json]`.",
    )
    # Several: a desktop may hand over every document chosen in a file manager (macOS does).
    parser.add_argument("files", nargs="*", metavar="file",
                        help="a .txt, .html, .pdf, .docx, .doc or .ofd document (default: the bundled "
                        "sample report); the reader shows one at a time, the first of several")
    language_argument(parser)
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
    parser.add_argument("--quit-after-paint", action="store_true", help=argparse.SUPPRESS)
    return parser


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
