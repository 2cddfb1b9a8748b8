"""`reader outline`, `reader export` and `reader speak` take PDF, Word and OFD files as they take pages."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parents[2]
FORMATS = REPOSITORY / "tests" / "fixtures" / "formats"


def reader(*arguments):
    return subprocess.run([sys.executable, "-m", "reader", *map(str, arguments)], capture_output=True,
                          text=True, encoding="utf-8", cwd=REPOSITORY, timeout=120)


@pytest.mark.parametrize("kind", ["pdf", "docx", "doc", "ofd"])
def test_outline_json_of_every_format(kind):
    result = reader("outline", FORMATS / f"official-paper.{kind}", "--json")
    assert result.returncode == 0, result.stderr
    model = json.loads(result.stdout)
    assert model["metadata"]["publisher"] == "花都区人民政府办公室"
    assert [top["label"] for top in model["outline"]] == ["一、", "二、", "三、"]
    assert model["imprint"][0].startswith("抄送")


def test_export_and_speak_take_a_pdf(tmp_path):
    out = tmp_path / "paper.md"
    result = reader("export", FORMATS / "official-paper.pdf", "--format", "markdown", "-o", out)
    assert result.returncode == 0, result.stderr
    assert "## 一、总体要求" in out.read_text("utf-8") or "一、总体要求" in out.read_text("utf-8")
    spoken = reader("speak", FORMATS / "official-paper.docx", "--print-text", "--section", "二、")
    assert spoken.returncode == 0, spoken.stderr
    assert "重点任务" in spoken.stdout


def test_a_scanned_pdf_is_one_clear_line():
    result = reader("outline", FORMATS / "scanned.pdf")
    assert result.returncode == 2
    assert result.stderr.strip().endswith("the reader cannot read images yet.")
    assert "Traceback" not in result.stderr
