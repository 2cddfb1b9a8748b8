"""What the command-line subcommands share: one-line errors, exit statuses, --lang."""
from __future__ import annotations

import argparse
import sys

from ..core.loading import LoadError

EXIT_BAD_INPUT = 2


class CommandParser(argparse.ArgumentParser):
    """A subcommand's options: a bad one gives one clear line and exit 2, without the usage block."""

    def error(self, message):
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {message}\n")


def fail(command: str, message: str) -> int:
    """Say on standard error why ``command`` (``reader bookmarks``) cannot go on; exit status 2."""
    print(f"{command}: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


def language_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", metavar="LANG", help="interface language: zh_CN, zh_TW or en")


def translated_error(error: LoadError, language: str | None) -> str:
    from ..i18n import choose_language, translate_without_application

    return error.format(translate_without_application(choose_language(language), error.context, error.message))
