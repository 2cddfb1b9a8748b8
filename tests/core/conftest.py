"""Helpers for the core tests: the fixture files and parsing them."""
from pathlib import Path

import pytest

from reader.core.model import BlockKind
from reader.core.parsing import parse_bytes, parse_file

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture
def fixture_path():
    return lambda name: FIXTURES / name


@pytest.fixture
def parse_fixture():
    return lambda name: parse_file(FIXTURES / name)


@pytest.fixture
def parse_text():
    """Parse a document given as a str (UTF-8), as if read from a .txt file."""
    return lambda text, name="test.txt": parse_bytes(text.encode("utf-8"), name)


@pytest.fixture
def texts_of():
    """The texts of a document's blocks of one kind, in order."""
    return lambda document, kind: [block.text for block in document.blocks if block.kind is BlockKind(kind)]


@pytest.fixture
def fresh_readings(tmp_path, monkeypatch):
    """Readings with the bundled lexicon only and no corrections, in a data folder of the test's own."""
    from reader.core import pinyin, readings

    monkeypatch.setenv("READER_DATA_DIR", str(tmp_path))
    readings.use_lexicon(None)
    pinyin.use_corrections(pinyin.Corrections(tmp_path / "corrections.json"))
    yield
    pinyin.use_corrections(None)
    readings.use_lexicon(None)
