"""The parse cache: a cached open gives the Document a fresh parse gives, and nothing else."""
import json
import os
import shutil
from pathlib import Path

import pytest

from reader.bundled import sample_report
from reader.core import parse_cache
from reader.core.loading import LoadError
from reader.core.parse_cache import ParseCache, cache_folder, code_fingerprint, parse_file
from reader.core.parsing import parse_file as fresh_parse

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SHARED = Path(os.environ.get("READER_SHARED") or Path(__file__).resolve().parents[3] / "shared")
CORPUS = SHARED / "corpus"
FIXTURE_FILES = [
    "notice-with-attachment.txt", "notice-gbk.txt", "page-gbk.html", "saved-page.html", "table-in-text.txt",
    "traditional-notice-big5.txt", "layout-table-page.html", "formats/official-paper.docx",
    "formats/huadu-report.pdf", "formats/yueyang-opinion.ofd", "formats/wrapped-tables.html",
]


def _copy(source: Path, folder: Path) -> Path:
    target = folder / source.name
    shutil.copyfile(source, target)
    return target


def _cached_equals_fresh(path: Path) -> None:
    first = parse_file(path)  # parsed, and kept
    cache = ParseCache()
    cached = cache.load(path.read_bytes(), str(path))
    assert cached is not None, "the second open must come from the cache"
    assert cached == first == fresh_parse(path)
    # Records compare equal to any tuple of their values: their reprs name their types as well.
    assert repr(cached) == repr(first)
    assert parse_file(path) == cached


def test_the_sample_from_the_cache_equals_a_fresh_parse():
    _cached_equals_fresh(sample_report())


@pytest.mark.parametrize("name", FIXTURE_FILES)
def test_fixtures_from_the_cache_equal_a_fresh_parse(name):
    _cached_equals_fresh(FIXTURES / name)


def test_the_corpus_from_the_cache_equals_a_fresh_parse():
    if not CORPUS.is_dir():
        pytest.skip(f"the corpus of real documents is not at {CORPUS}")
    documents = sorted(p for p in CORPUS.iterdir() if p.suffix in (".txt", ".html", ".htm"))
    assert documents
    for path in documents:
        _cached_equals_fresh(path)


def test_the_cache_lives_in_the_data_folder_of_the_tests(_private_data_dir):
    parse_file(sample_report())
    assert cache_folder().is_relative_to(_private_data_dir)
    assert len(list(cache_folder().glob("*.json"))) == 1


def test_the_parser_is_not_imported_when_the_cache_answers(tmp_path):
    """In a new process (nothing imported yet): the first open parses, the second does not."""
    import subprocess
    import sys

    snippet = ("import sys; from reader.core.parse_cache import parse_file; from reader.bundled import sample_report; "
               "parse_file(sample_report()); print('reader.core.parsing' in sys.modules)")
    env = dict(os.environ, READER_DATA_DIR=str(tmp_path))
    runs = [subprocess.run([sys.executable, "-c", snippet], capture_output=True, text=True, env=env, timeout=60)
            for _ in range(2)]
    assert [run.stdout.strip() for run in runs] == ["True", "False"], [run.stderr for run in runs]


def test_a_changed_file_misses_and_is_parsed_again(tmp_path):
    path = tmp_path / "notice.txt"
    path.write_text("关于做好冬季供暖工作的通知\n\n各区县：\n请做好供暖工作。\n", encoding="utf-8")
    before = parse_file(path)
    path.write_text("关于做好夏季防汛工作的通知\n\n各区县：\n请做好防汛工作。\n", encoding="utf-8")
    assert ParseCache().load(path.read_bytes(), str(path)) is None
    after = parse_file(path)
    assert after == fresh_parse(path) and after.title != before.title


def test_the_same_bytes_under_another_name_miss(tmp_path):
    """The name is part of the parse (a page by its suffix, the Document's source_name)."""
    path = _copy(FIXTURES / "saved-page.html", tmp_path)
    parse_file(path)
    renamed = path.with_suffix(".txt")
    path.rename(renamed)
    assert ParseCache().load(renamed.read_bytes(), str(renamed)) is None
    assert parse_file(renamed) == fresh_parse(renamed)


def test_another_parser_never_gets_an_old_parse(tmp_path):
    path = _copy(FIXTURES / "notice-with-attachment.txt", tmp_path)
    data = path.read_bytes()
    parse_file(path)
    assert ParseCache().load(data, str(path)) is not None
    assert ParseCache(fingerprint="another parser").load(data, str(path)) is None


def test_the_fingerprint_follows_any_change_of_a_parser_file(tmp_path):
    files = [_copy(source, tmp_path) for source in parse_cache.parser_files()[:3]]
    before = code_fingerprint(files)
    assert code_fingerprint(files) == before
    stat = files[1].stat()
    os.utime(files[1], ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert code_fingerprint(files) != before
    assert {path.name for path in parse_cache.parser_files()} >= {"structure.py", "headings.py", "model.py",
                                                                 "loading.py", "decoding.py", "sentences.py",
                                                                 "parse_cache.py"}


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty", "edited", "foreign", "wrong types"])
def test_a_damaged_cache_file_is_ignored_and_replaced(tmp_path, damage):
    path = _copy(FIXTURES / "notice-with-attachment.txt", tmp_path)
    other = _copy(FIXTURES / "table-in-text.txt", tmp_path)
    cache = ParseCache()
    parse_file(path)
    parse_file(other)
    entry = cache.entry_path(path.read_bytes(), str(path))
    content = entry.read_bytes()
    header, payload = content.split(b"\n", 1)
    if damage == "garbage":
        entry.write_bytes(os.urandom(2000))
    elif damage == "truncated":
        entry.write_bytes(content[: len(content) // 2])
    elif damage == "empty":
        entry.write_bytes(b"")
    elif damage == "edited":  # valid JSON, another title: the digest refuses it
        entry.write_bytes(header + b"\n" + payload.replace("附件".encode(), "附录".encode()))
    elif damage == "foreign":  # another document's entry under this one's name
        shutil.copyfile(cache.entry_path(other.read_bytes(), str(other)), entry)
    else:  # a consistent file (digest included) of values that are not a Document's
        plain = json.loads(payload)
        plain["blocks"][0][2] = "zero"
        forged = json.dumps(plain).encode()
        digest = parse_cache.blake2b(forged, digest_size=16).hexdigest()
        entry.write_bytes(header.rsplit(b" ", 1)[0] + b" " + digest.encode() + b"\n" + forged)
    assert cache.load(path.read_bytes(), str(path)) is None
    assert parse_file(path) == fresh_parse(path)  # parsed instead, and the entry written again
    assert cache.load(path.read_bytes(), str(path)) == fresh_parse(path)


def test_a_failed_parse_is_not_cached(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"   \n")
    with pytest.raises(LoadError):
        parse_file(empty)
    assert not cache_folder().exists() or not list(cache_folder().iterdir())


def test_an_unwritable_cache_is_no_error(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would be")
    monkeypatch.setattr(parse_cache, "cache_folder", lambda: blocker / "documents")
    assert parse_file(sample_report()) == fresh_parse(sample_report())


def test_the_cache_keeps_at_most_its_bound(tmp_path, monkeypatch):
    monkeypatch.setattr(parse_cache, "MAX_ENTRIES", 5)
    paths = []
    for number in range(8):
        path = tmp_path / f"notice-{number}.txt"
        path.write_text(f"关于第{number}次会议的通知\n\n各单位：\n定于本周召开第{number}次会议。\n", encoding="utf-8")
        paths.append(path)
        parse_file(path)
        entry = ParseCache().entry_path(path.read_bytes(), str(path))
        os.utime(entry, ns=(number * 10**9, number * 10**9))  # in order of use, whatever the clock's grain
    assert len(list(cache_folder().iterdir())) == 5
    kept = [ParseCache().load(p.read_bytes(), str(p)) is not None for p in paths]
    assert kept == [False] * 3 + [True] * 5  # the least recently used went first
    cache = ParseCache()
    cache.prune(max_entries=50, max_bytes=1)  # a size cap that holds nothing but the newest
    assert len(list(cache_folder().iterdir())) == 0


def test_nothing_is_unpickled():
    """The entries are JSON of plain values; the model's records are rebuilt from them."""
    import ast

    tree = ast.parse(Path(parse_cache.__file__).read_text(encoding="utf-8"))
    imported = {alias.name.split(".")[0] for node in ast.walk(tree) if isinstance(node, (ast.Import, ast.ImportFrom))
                for alias in node.names} | {node.module.split(".")[0] for node in ast.walk(tree)
                                            if isinstance(node, ast.ImportFrom) and node.module}
    assert not imported & {"pickle", "marshal", "shelve", "dill", "cloudpickle"}
    called = {node.func.id for node in ast.walk(tree) if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)}
    assert not called & {"eval", "exec", "compile", "__import__"}
    parse_file(sample_report())
    (entry,) = cache_folder().iterdir()
    header, payload = entry.read_bytes().split(b"\n", 1)
    assert header.startswith(parse_cache.FORMAT.encode())
    assert isinstance(json.loads(payload), dict)


def test_a_file_over_the_limit_is_parsed_every_time(tmp_path, monkeypatch):
    """Its JSON would hold the GIL too long for the window (see MAX_SOURCE_BYTES)."""
    path = _copy(FIXTURES / "notice-with-attachment.txt", tmp_path)
    monkeypatch.setattr(parse_cache, "MAX_SOURCE_BYTES", path.stat().st_size - 1)
    assert parse_file(path) == fresh_parse(path)
    assert not cache_folder().exists() or not list(cache_folder().iterdir())


def test_lone_surrogates_in_a_name_or_a_text_go_through(tmp_path):
    """A file name Linux could not decode (surrogate escapes), or a page's &#xD800;."""
    path = _copy(FIXTURES / "notice-with-attachment.txt", tmp_path)
    name = str(tmp_path / "\udcb1\udcea.txt")
    document = fresh_parse(path)._replace(source_name=name, title="\ud800 标题")
    cache = ParseCache()
    cache.store(path.read_bytes(), name, document)
    assert cache.load(path.read_bytes(), name) == document
