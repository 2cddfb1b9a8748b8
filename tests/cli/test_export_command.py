"""`python -m reader export`: HTML, Markdown or text to stdout or a file; one line for bad input."""
import subprocess
import sys
from pathlib import Path

import pytest

from reader.bundled import sample_report
from reader.core import export, pinyin
from reader.core.parsing import parse_file

REPOSITORY = Path(__file__).resolve().parents[2]
EXIT_BAD_INPUT = 2


def run_export(*arguments):
    return subprocess.run(
        [sys.executable, "-m", "reader", "export", *map(str, arguments)],
        capture_output=True, encoding="utf-8", cwd=REPOSITORY, timeout=120,
    )


@pytest.mark.parametrize("format", export.FORMATS)
def test_each_format_goes_to_stdout(format):
    result = run_export(sample_report(), "--format", format)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout == export.export(parse_file(sample_report()), format)


def test_html_is_the_default_format():
    result = run_export(sample_report())
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("<!DOCTYPE html>\n<html lang=\"zh-CN\">")


def test_output_file_and_its_suffix_choose_the_format(tmp_path):
    target = tmp_path / "report.md"
    result = run_export(sample_report(), "-o", target)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert target.read_text(encoding="utf-8").startswith("# 广州市公安局花都区分局")
    text = tmp_path / "report.out"
    assert run_export(sample_report(), "--format", "text", "--output", text).returncode == 0
    assert text.read_text(encoding="utf-8").startswith("索引号：")


@pytest.mark.skipif(not pinyin.available(), reason="pypinyin is not installed")
def test_pinyin(tmp_path):
    result = run_export(sample_report(), "--pinyin")
    assert result.returncode == 0, result.stderr
    assert "<ruby>重<rp>(</rp><rt>zhòng</rt>" in result.stdout
    numbers = run_export(sample_report(), "--format", "markdown", "--pinyin", "numbers")
    assert "重要(zhong4 yao4)" in numbers.stdout


def _one_line_exit_2(result):
    assert result.returncode == EXIT_BAD_INPUT
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0]


def test_bad_input_exits_2_with_one_line(tmp_path):
    assert "does not exist" in _one_line_exit_2(run_export(tmp_path / "missing.txt", "--lang", "en"))
    assert "不存在" in _one_line_exit_2(run_export(tmp_path / "missing.txt", "--lang", "zh_CN"))
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert "is empty" in _one_line_exit_2(run_export(empty, "--format", "text", "--lang", "en"))
    assert "invalid choice" in _one_line_exit_2(run_export(sample_report(), "--format", "pdf"))
    assert "invalid choice" in _one_line_exit_2(run_export(sample_report(), "--pinyin", "ruby"))
    missing_folder = tmp_path / "no" / "such" / "out.html"
    assert "cannot write" in _one_line_exit_2(run_export(sample_report(), "-o", missing_folder)).lower()
    assert "folder" in _one_line_exit_2(run_export(sample_report(), "-o", tmp_path)).lower()


def test_never_writes_over_the_document(tmp_path):
    document = tmp_path / "notice.txt"
    document.write_bytes(Path(sample_report()).read_bytes())
    assert "document itself" in _one_line_exit_2(run_export(document, "--format", "text", "-o", document)).lower()
    assert document.read_bytes() == Path(sample_report()).read_bytes()
