"""The Documents of files already parsed, kept on disk so that the next open skips the parser.

Every start of the reader opens a document (the sample, the user's last one, a recent file)
whose bytes have not changed since the last start; parsing it again costs the parser's import
(~70 ms of module-level patterns) and the parse itself. ``parse_file`` answers from the cache
when it can and imports ``reader.core.parsing`` only when it must parse.

An entry is found by the file's bytes and its name (the name's suffix tells a web page from
text and is kept as the Document's ``source_name``), and is valid only for the parser's code
that made it (``parser_fingerprint``: the size and modification time of the parser's files),
so a changed parser never serves an old parse. Entries are JSON of plain values from which
the model's records are rebuilt: nothing is unpickled, nothing executed. A file that is
corrupt, truncated, foreign or of another format is ignored and replaced by the next parse;
the cache is never an error for the user. At most MAX_ENTRIES files and MAX_TOTAL_BYTES are
kept, the least recently used dropped first. A failed parse (LoadError) is not cached, nor a
file over MAX_SOURCE_BYTES.
"""
from __future__ import annotations

import gc
import json
import os
import sys
from pathlib import Path

from .atomic import write_atomically
from .loading import read_document_bytes
from .model import Block, BlockKind, Document, Heading, Metadata, Point, Sentence, Signature, TocEntry
from .paths import cache_dir

try:  # the hash alone: 0.3 ms to import where hashlib (OpenSSL) takes 3-4 ms more
    from _blake2 import blake2b
except ImportError:  # a Python built without it
    from hashlib import blake2b

FORMAT = "reader-parse-cache 1"
MAX_ENTRIES = 50
MAX_TOTAL_BYTES = 200 * 1024 * 1024
# Larger files are parsed every time: json.dumps and json.loads each hold the GIL for one C call
# (a 20 MB text: ~0.6 s each), which would stall the window while the loader's thread works;
# the parser lets go of it every few ms. A 3 MB file: ~40 ms each.
MAX_SOURCE_BYTES = 3 * 1024 * 1024
SUFFIX = ".json"

# The code a parse depends on, beside reader/core/parsing/ (all of it).
_CORE = Path(__file__).resolve().parent
_PARSER_FILES = ("model.py", "loading.py", "decoding.py", "sentences.py", "pdf_output_text.py", "parse_cache.py")

_fingerprint: str | None = None


def cache_folder() -> Path:
    return cache_dir() / "documents"


def parser_fingerprint() -> str:
    """What identifies the parser's code now: see code_fingerprint. Computed once a process."""
    global _fingerprint
    if _fingerprint is None:
        _fingerprint = code_fingerprint(parser_files())
    return _fingerprint


def parser_files() -> list[Path]:
    """The files a parse depends on. A frozen app keeps its modules inside the executable, which
    changes with every build."""
    if getattr(sys, "frozen", False):
        return [Path(sys.executable)]
    parsing = _CORE / "parsing"  # listed, not globbed: Path.glob compiles a pattern (~0.5 ms of start-up)
    return [parsing / name for name in sorted(os.listdir(parsing)) if name.endswith(".py")] + [
        _CORE / name for name in _PARSER_FILES]


def code_fingerprint(files: list[Path]) -> str:
    """The files' names, sizes and modification times, hashed: stat calls only (~0.1 ms), and any
    edit, checkout or new install changes it (an installed wheel's files keep their times)."""
    hash = blake2b(digest_size=16)
    for file in files:
        try:
            status = file.stat()
        except OSError:
            continue
        hash.update(f"{file.name} {status.st_size} {status.st_mtime_ns}\n".encode())
    return hash.hexdigest()


def parse_file(path: str | os.PathLike, progress=None) -> Document:
    """parsing.parse_file, answered from the cache when the same bytes were parsed before."""
    data = read_document_bytes(path)
    name = str(path)
    cache = ParseCache() if len(data) <= MAX_SOURCE_BYTES else None
    document = cache.load(data, name) if cache else None
    if document is None:
        from .parsing import parse_bytes  # the parser loads only when it must parse

        document = parse_bytes(data, name, progress)
        if cache:
            cache.store(data, name, document)
    return document


class ParseCache:
    def __init__(self, folder: Path | None = None, fingerprint: str | None = None):
        self.folder = Path(folder) if folder is not None else cache_folder()
        self.fingerprint = fingerprint or parser_fingerprint()

    def entry_path(self, data: bytes, name: str) -> Path:
        hash = blake2b(digest_size=16)
        hash.update(name.encode("utf-8", "surrogatepass"))
        hash.update(b"\0")
        hash.update(data)
        return self.folder / (hash.hexdigest() + SUFFIX)

    def load(self, data: bytes, name: str) -> Document | None:
        """The cached Document of these bytes under this name, or None (absent, stale or unreadable)."""
        path = self.entry_path(data, name)
        try:
            with open(path, "rb") as handle:
                content = handle.read()
        except OSError:
            return None
        try:
            header, payload = content.split(b"\n", 1)
            stored_format, key, fingerprint, digest = header.decode("ascii").rsplit(" ", 3)
            if (stored_format, key, fingerprint) != (FORMAT, path.stem, self.fingerprint):
                return None
            if blake2b(payload, digest_size=16).hexdigest() != digest:
                return None  # damaged on disk
            # The collector would walk every object of the growing model again and again (the
            # model is acyclic: reference counting frees it): 15-20% of a 2 MB document's load.
            collecting = gc.isenabled()
            gc.disable()
            try:
                document = document_from_plain(json.loads(payload))
            finally:
                if collecting:
                    gc.enable()
        except Exception:  # whatever is wrong with the file, the parser answers instead
            return None
        if document.source_name != name:
            return None
        try:
            os.utime(path)  # recently used: pruned last
        except OSError:
            pass
        return document

    def store(self, data: bytes, name: str, document: Document) -> None:
        """Keep the document for the next open; a cache that cannot be written is no error."""
        path = self.entry_path(data, name)
        # surrogatepass: a name Linux could not decode, or a page's &#xD800;, keeps its lone
        # surrogates, as json.loads reads them back.
        payload = json.dumps(document_to_plain(document), ensure_ascii=False,
                             separators=(",", ":")).encode("utf-8", "surrogatepass")
        digest = blake2b(payload, digest_size=16).hexdigest()
        header = f"{FORMAT} {path.stem} {self.fingerprint} {digest}\n".encode("ascii")
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            # Not flushed to disk: a crash may leave a damaged file, which the digest refuses.
            write_atomically(path, header + payload, durable=False)
            self.prune()
        except OSError:
            pass

    def prune(self, max_entries: int | None = None, max_bytes: int | None = None) -> None:
        """Drop the least recently used files beyond max_entries or max_bytes (MAX_ENTRIES, MAX_TOTAL_BYTES)."""
        max_entries = MAX_ENTRIES if max_entries is None else max_entries
        max_bytes = MAX_TOTAL_BYTES if max_bytes is None else max_bytes
        entries = []
        for entry in os.scandir(self.folder):
            try:
                status = entry.stat()
            except OSError:
                continue
            entries.append((status.st_mtime_ns, status.st_size, entry.path))
        entries.sort(reverse=True)
        total = 0
        for index, (_mtime, size, path) in enumerate(entries):
            total += size
            if index >= max_entries or total > max_bytes:
                try:
                    os.unlink(path)
                except OSError:
                    pass


# --------------------------------------------------------------------------------------------
# A Document as plain values (lists, strings, numbers, None) and back
# --------------------------------------------------------------------------------------------
def document_to_plain(document: Document) -> dict:
    text = document.text
    blocks = []
    for block in document.blocks:
        # A block's text is a slice of the document's text (model.py): kept once, as its length.
        own = len(block.text) if text[block.start:block.end] == block.text else block.text
        blocks.append([block.kind.value, own, block.start, block.level, block.label, block.title,
                       [[point.offset, point.marker] for point in block.points],
                       [list(row) for row in block.rows]])
    sentences = []
    for sentence in document.sentences:
        sentences += (sentence.start, sentence.end, sentence.block)
    return {
        "title": document.title,
        "metadata": list(document.metadata.as_dict().values()),
        "blocks": blocks,
        "outline": [_heading_to_plain(heading) for heading in document.outline],
        "signature": [document.signature.issuer, document.signature.date],
        "sentences": sentences,
        "source_name": document.source_name,
        "text": text,
        "toc": [[entry.text, entry.label, entry.title, entry.level] for entry in document.toc],
        "imprint": list(document.imprint),
    }


def _heading_to_plain(heading: Heading) -> list:
    return [heading.level, heading.label, heading.title, heading.block,
            [_heading_to_plain(child) for child in heading.children]]


def document_from_plain(plain: dict) -> Document:
    """The Document of document_to_plain's values; raises (TypeError, ValueError ...) on anything else."""
    text = _string(plain["text"])
    blocks = []
    for kind, own, start, level, label, title, points, rows in plain["blocks"]:
        block_text = text[start:start + own] if type(own) is int else _string(own)
        if points:
            points = tuple(Point(_int(offset), _string(marker)) for offset, marker in points)
        if rows:
            rows = tuple(tuple(map(_string, row)) for row in rows)
        blocks.append(Block(_KINDS[kind], block_text, _int(start), _int(level), _string(label), _string(title),
                            tuple(points), tuple(rows)))
    numbers = plain["sentences"]
    if len(numbers) % 3 or not all(type(number) is int for number in numbers):
        raise ValueError("sentences")
    issuer, date = plain["signature"]
    return Document(
        title=_optional_string(plain["title"]),
        metadata=Metadata(*map(_optional_string, plain["metadata"])),
        blocks=tuple(blocks),
        outline=tuple(map(_heading_from_plain, plain["outline"])),
        signature=Signature(_optional_string(issuer), _optional_string(date)),
        sentences=tuple(map(Sentence, numbers[0::3], numbers[1::3], numbers[2::3])),
        source_name=_string(plain["source_name"]),
        text=text,
        toc=tuple(TocEntry(_string(line), _string(label), _string(title), _int(level))
                  for line, label, title, level in plain["toc"]),
        imprint=tuple(map(_string, plain["imprint"])),
    )


_KINDS = {kind.value: kind for kind in BlockKind}


def _heading_from_plain(plain: list) -> Heading:
    level, label, title, block, children = plain
    return Heading(_int(level), _string(label), _string(title), _int(block),
                   tuple(map(_heading_from_plain, children)) if children else ())


def _string(value) -> str:
    if type(value) is not str:
        raise TypeError("not a string")
    return value


def _optional_string(value) -> str | None:
    return None if value is None else _string(value)


def _int(value) -> int:
    if type(value) is not int:
        raise TypeError("not an integer")
    return value
