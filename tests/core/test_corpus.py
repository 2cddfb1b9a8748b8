"""Real documents from real portals (../shared/corpus beside the checkout, and the sample).

The corpus is scored by its own check.py against what careful human readers found in each
file; and every character of each document's body reaches the model: what is left out is
only page furniture, short lines of labels at the page's edges.
"""
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from reader.bundled import sample_report
from reader.core.decoding import decode_document
from reader.core.parsing import parse_bytes
from reader.core.parsing.html import html_lines
from reader.core.parsing.text import text_lines

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("READER_SHARED") or REPO.parent / "shared")
CORPUS = SHARED / "corpus"
TARGET = 0.97
_HEADER = re.compile(r"^(?:SOURCE:.*|PARTIAL|\s*<!--\s*SOURCE:.*-->\s*)$")
# What furniture may be: a short line with no sentence in it.
MAX_FURNITURE = 80
_SENTENCE_END = re.compile("[。！？!?]")

def test_the_corpus_scores_at_least_the_target(capsys):
    if not (CORPUS / "check.py").exists():
        pytest.skip(f"the corpus of real documents is not at {CORPUS}")
    run = subprocess.run([sys.executable, str(CORPUS / "check.py"), f"{sys.executable} -m reader", str(CORPUS)],
                         cwd=REPO, capture_output=True, text=True, timeout=600)
    summary = re.search(r"corpus: (\d+)/(\d+) checks hold", run.stdout)
    assert summary, run.stdout + run.stderr
    with capsys.disabled():
        print(f"\n{summary.group(0)} ({int(summary.group(1)) / int(summary.group(2)):.1%})")
        print("\n".join(line for line in run.stdout.splitlines() if "miss:" in line))
    assert int(summary.group(1)) / int(summary.group(2)) >= TARGET, run.stdout


def _documents() -> list[Path]:
    found = [sample_report()]
    found += sorted((SHARED / "documents").glob("*.txt")) if (SHARED / "documents").is_dir() else []
    if CORPUS.is_dir():
        found += sorted(path for path in CORPUS.iterdir() if path.suffix in (".txt", ".html"))
    return found


def _stored(path: Path) -> bytes:
    """The document as stored, without the corpus's SOURCE / PARTIAL header lines."""
    lines = path.read_text(encoding="utf-8").splitlines()
    while lines and _HEADER.match(lines[0]):
        lines.pop(0)
    return "\n".join(lines).encode("utf-8")


def _squashed(text: str) -> str:
    return re.sub(r"\s", "", text)


@pytest.mark.parametrize("path", _documents(), ids=lambda path: path.name)
def test_every_character_of_the_body_reaches_the_model(path):
    data = _stored(path)
    document = parse_bytes(data, path.name)
    loaded = decode_document(data, path.name)
    source = html_lines(loaded.text)[0] if loaded.is_html else text_lines(loaded.text)
    model = _squashed(document.text)
    texts = [" ".join(line.cells) if line.is_table_row else line.text for line in source]
    kept = [all(_squashed(part) in model for part in (line.cells or (line.text,))) for line in source]
    sentences = [index for index, text in enumerate(texts) if kept[index] and _SENTENCE_END.search(text)]
    first, last = (sentences[0], sentences[-1]) if sentences else (len(texts), -1)
    lost = [text for index, text in enumerate(texts)
            if not kept[index] and not (len(text) <= MAX_FURNITURE and not _SENTENCE_END.search(text)
                                        and not first <= index <= last)]
    assert lost == [], f"{len(lost)} lines of {path.name} do not reach the model"
