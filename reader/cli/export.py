"""`reader export FILE --format html|markdown|text [--pinyin] [-o OUT]`: the document for other programs.

Prints to stdout, or writes OUT (atomically: a temporary file beside it, then renamed).
Bad input (a document that does not load; an OUT that cannot be written, is the document itself
or is no regular file: core/output_file.py; pinyin without pypinyin) gives exit status 2 and
one line on stderr. No Qt unless an error is translated.
"""
from __future__ import annotations

import argparse
import functools
import os
import sys
from pathlib import Path

from .common import CommandParser, language_argument, translated_error, fail
from ..core.loading import LoadError
from ..core.output_file import OutputRefused, check_output

_FORMAT_OF_SUFFIX = {".html": "html", ".htm": "html", ".xhtml": "html", ".md": "markdown",
                     ".markdown": "markdown", ".txt": "text", ".text": "text"}


_fail = functools.partial(fail, "reader")


def _arguments(argv: list[str]) -> argparse.Namespace:
    parser = CommandParser(prog="reader export",
                     description="Save a document as accessible HTML, Markdown or plain text.")
    parser.add_argument("file", help="a .txt, .html, .pdf, .docx, .doc or .ofd document")
    parser.add_argument("--format", choices=("html", "markdown", "text"),
                        help="what to write (default: from OUT's suffix, else html)")
    parser.add_argument("--pinyin", nargs="?", const="marks", choices=("marks", "numbers"),
                        help="add pinyin: tone marks (zhòng, the default) or numbers (zhong4); "
                             "<ruby> in HTML, readings in parentheses after each word otherwise")
    parser.add_argument("-o", "--output", metavar="OUT", help="write to OUT instead of stdout")
    language_argument(parser)
    return parser.parse_args(argv)


def export_command(argv: list[str]) -> int:
    options = _arguments(argv)
    output = Path(options.output) if options.output else None
    format = options.format or (_FORMAT_OF_SUFFIX.get(output.suffix.lower(), "html") if output else "html")
    if output is not None:
        try:
            check_output(output, options.file)
        except OutputRefused as refused:
            return _fail(translated_error(refused, options.lang))

    from ..core import export, pinyin
    from ..core.parsing import parse_file

    try:
        document = parse_file(options.file)
    except LoadError as error:
        return _fail(translated_error(error, options.lang))
    try:
        text = export.export(document, format, options.pinyin)
    except pinyin.PinyinUnavailable:
        return _fail("--pinyin needs the pypinyin package, which is not installed")
    data = text.encode("utf-8")

    if output is not None:
        try:
            export.write_file(output, data)
        except OSError as error:
            return _fail(f"cannot write {output}: {error.strerror or error}")
        return 0
    try:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    except BrokenPipeError:  # `reader export FILE | head`: the reader stopped listening
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0
