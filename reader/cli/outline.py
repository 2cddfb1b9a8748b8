"""`reader outline FILE [--json]`: a document's structure, as text or as the model's JSON."""
from __future__ import annotations

import argparse
import json
import os
import sys

from ..core.loading import LoadError
from .common import EXIT_BAD_INPUT, language_argument, translated_error


def outline_command(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="reader outline", description="Print a document's structure.")
    parser.add_argument("file", help="a .txt, .html, .pdf, .docx, .doc or .ofd document")
    parser.add_argument("--json", action="store_true", help="print the document model as JSON")
    language_argument(parser)
    options = parser.parse_args(argv)

    from ..core.outline import document_dict, outline_text
    from ..core.parsing import parse_file

    try:
        document = parse_file(options.file)
    except LoadError as error:
        print(f"reader: {translated_error(error, options.lang)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    output = json.dumps(document_dict(document), ensure_ascii=False, indent=2) if options.json else outline_text(document)
    try:
        print(output)
        sys.stdout.flush()
    except BrokenPipeError:  # `reader outline FILE | head`: the reader stopped listening
        # As the Python docs advise: point stdout at devnull so the exit flush is quiet.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0
