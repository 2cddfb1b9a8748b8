"""`reader bookmarks add|list|export|import`: 我的收藏 for scripts and backups.

    reader bookmarks add FILE [--section LABEL] [--note TEXT]
    reader bookmarks list [--json]
    reader bookmarks export FILE        (FILE ending in .md: the notes as Markdown)
    reader bookmarks import FILE

The same database as the window (READER_DATA_DIR overrides the data folder). Exit status:
0 done; 1 an import skipped some entries (each listed on standard error); 2 bad input (one
line saying why). Only the standard library and the core, no Qt unless a message is translated.
"""
from __future__ import annotations

import argparse
import functools
import json
import sys
from pathlib import Path

from .common import CommandParser, fail

EXIT_OK, EXIT_PARTIAL = 0, 1
_fail = functools.partial(fail, "reader bookmarks")


def _translator(language: str | None):
    """Translate a core message into the interface language (QtCore only, loaded when needed)."""
    def translate(context: str, text: str) -> str:
        from ..i18n import choose_language, translate_without_application

        return translate_without_application(choose_language(language), context, text)
    return translate


def _open_store(language: str | None = None):
    from ..core.store import SALVAGED_MESSAGE, Store, StoreError

    try:
        store = Store()
    except StoreError as error:
        return None, _fail(str(error))
    except OSError as error:
        return None, _fail(f"cannot open the bookmarks database: {error}")
    if store.set_aside is not None:
        salvaged = store.salvaged.format(_translator(language)("Store", SALVAGED_MESSAGE)) if store.salvaged else ""
        print(f"reader bookmarks: the bookmarks database was damaged and has been set aside as "
              f"{store.set_aside}. {salvaged}", file=sys.stderr)
    return store, None


def _find_section(document, label: str) -> int | None:
    from ..core.navigation import Navigator
    from ..core.outline import heading_line

    wanted = "".join(label.split())
    headings = list(document.headings())
    for test in (lambda line, h: line == wanted or "".join(h.label.split()) == wanted
                 or "".join(h.title.split()) == wanted,
                 lambda line, h: line.startswith(wanted),
                 lambda line, h: wanted in line):
        for heading in headings:
            if test("".join(heading_line(heading).split()), heading):
                return Navigator(document).first_sentence(heading.block)
    return None


def _add(options) -> int:
    from ..core.favorites import add_bookmark, section_label
    from ..core.loading import LoadError
    from ..core.parsing import parse_file

    try:
        document = parse_file(options.file)
    except LoadError as error:
        translated = _translator(options.lang)("LoadError", error.message)
        return _fail(error.format(translated))
    if not document.sentences:
        return _fail(f"{options.file} has no text to bookmark")
    sentence = 0
    if options.section is not None:
        sentence = _find_section(document, options.section)
        if sentence is None:
            return _fail(f"no section {options.section!r} in {options.file}")
    store, failed = _open_store(options.lang)
    if store is None:
        return failed
    favorite, bookmark = add_bookmark(store, document, options.file, sentence, note=options.note or "")
    where = section_label(document, sentence) or favorite.display_title
    print(f"{bookmark}\t{where}\t{document.sentence_text(document.sentences[sentence])}")
    return EXIT_OK


def _list(options) -> int:
    from ..core.bookmarks_io import export_data

    store, failed = _open_store(options.lang)
    if store is None:
        return failed
    if options.json:
        data = export_data(store)
        ids = {}
        for document in store.documents():
            ids[document.key] = (document.id, [b.id for b in store.bookmarks(document.id)])
        for entry in data["documents"]:  # ids, for scripts that address one entry
            document_id, bookmark_ids = ids[entry["key"]]
            entry["id"] = document_id
            for mark, mark_id in zip(entry["bookmarks"], bookmark_ids):
                mark["id"] = mark_id
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    documents = store.documents()
    if not documents:
        print("No favorites yet.")
    for document in documents:
        print(f"{document.display_title}\t{document.path}")
        for bookmark in store.bookmarks(document.id):
            note = f"\t{bookmark.note}" if bookmark.note else ""
            print(f"  {bookmark.id}\t{bookmark.section}\t{bookmark.text}{note}")
    return EXIT_OK


def _export(options) -> int:
    from ..core.bookmarks_io import export_json, export_markdown

    store, failed = _open_store(options.lang)
    if store is None:
        return failed
    target = Path(options.file)
    if not target.parent.is_dir():
        return _fail(f"no folder {target.parent} to write {target.name} in")
    try:
        if options.markdown or target.suffix.lower() in (".md", ".markdown"):
            heading = _translator(options.lang)("FavoritesPanel", "My Favorites")
            export_markdown(store, target, heading=heading)
            print(f"Notes written to {target}")
        else:
            count = export_json(store, target)
            print(f"{count} bookmarks in {len(store.documents())} documents written to {target}")
    except OSError as error:
        return _fail(f"cannot write {target}: {error.strerror or error}")
    return EXIT_OK


def _import(options) -> int:
    from ..core.bookmarks_io import ImportFormatError, import_file

    translate = _translator(options.lang)
    store, failed = _open_store(options.lang)
    if store is None:
        return failed
    try:
        report = import_file(store, options.file)
    except ImportFormatError as error:
        return _fail(error.format(translate("BookmarksImport", error.message)))
    for problem in report.problems:
        print(f"reader bookmarks: skipped {problem.format(translate('BookmarksImport', problem.message))}",
              file=sys.stderr)
    print(f"Imported {report.bookmarks_added} bookmarks and {report.documents_added} documents"
          f" ({report.duplicates} already there, {len(report.problems)} problems)")
    return EXIT_PARTIAL if report.problems else EXIT_OK


def bookmarks_command(argv: list[str]) -> int:
    parser = CommandParser(prog="reader bookmarks", description="Favorites and bookmarks (我的收藏) for scripts and backups.")
    parser.add_argument("--lang", metavar="LANG", help="language of messages: zh_CN or en")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=CommandParser)
    add = commands.add_parser("add", help="bookmark a document (at its start, or at a section)")
    add.add_argument("file", help="a .txt, .html, .pdf, .docx, .doc or .ofd document")
    add.add_argument("--section", metavar="LABEL", help="a heading's label or title, e.g. 二、 or 工作目标")
    add.add_argument("--note", metavar="TEXT", help="a note to keep with the bookmark")
    listing = commands.add_parser("list", help="list the favorites and their bookmarks")
    listing.add_argument("--json", action="store_true", help="as JSON (the export format, with ids)")
    export = commands.add_parser("export", help="write every favorite and bookmark to a JSON file (.md: notes)")
    export.add_argument("file")
    export.add_argument("--markdown", action="store_true", help="write the notes as Markdown")
    imported = commands.add_parser("import", help="add the favorites and bookmarks of an exported file")
    imported.add_argument("file")
    for sub in (add, listing, export, imported):
        sub.add_argument("--lang", metavar="LANG", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    handler = {"add": _add, "list": _list, "export": _export, "import": _import}[options.command]
    from ..core.store import StoreWriteError

    try:
        return handler(options)
    except StoreWriteError as error:  # a read-only or full data folder, or another reader importing
        failure = error.failure
        return _fail(failure.format(_translator(options.lang)("SaveFailure", failure.message)))
    except BrokenPipeError:
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
