"""`python -m reader outline`: the model as text or JSON, and one clear line for bad input."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from reader.bundled import sample_report
from reader.core.loading import MAX_BYTES
from reader.core.outline import document_dict
from reader.core.parsing import parse_file

REPOSITORY = Path(__file__).resolve().parents[2]
FIXTURES = REPOSITORY / "tests" / "fixtures"
EXIT_BAD_INPUT = 2


def run_outline(*arguments):
    return subprocess.run(
        [sys.executable, "-m", "reader", "outline", *map(str, arguments)],
        capture_output=True, text=True, encoding="utf-8", cwd=REPOSITORY, timeout=120,
    )


def test_json_is_the_document_model():
    result = run_outline(sample_report(), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == document_dict(parse_file(sample_report()))


def test_text_output_is_an_indented_outline():
    result = run_outline(FIXTURES / "heading-levels.txt")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "花都区2021年安全生产工作方案",
        "一、工作目标",
        "二、重点任务",
        "  （一）强化责任落实",
        "  （二）开展隐患排查",
        "    1.全面排查",
        "    2.限期整改",
        "      （1）一般隐患",
        "      （2）重大隐患",
        "三、保障措施",
    ]


def test_text_output_ends_with_the_signature():
    result = run_outline(sample_report())
    assert result.stdout.splitlines()[-1] == "— 广州市公安局花都区分局 2020-12-04"


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def _sparse(folder: Path) -> Path:
    path = folder / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)  # sparse: nothing is written
    return path


BAD_INPUTS = {
    "missing": (lambda folder: folder / "no-such-file.txt", "does not exist"),
    "folder": (lambda folder: folder, "is a folder"),
    "empty": (lambda folder: _write(folder, "empty.txt", b""), "is empty"),
    "binary": (lambda folder: _write(folder, "photo.txt", bytes(range(256)) * 64), "binary data"),
    "too large": (_sparse, "too large"),
    "undecodable": (lambda folder: _write(folder, "odd.txt", b"\x81\x30\xff\xfe\xa1\xa2abc\xff\xff\xff\n"),
                    "encoding the reader does not know"),
    "only chrome": (lambda folder: _write(folder, "chrome.txt", "无障碍 长者助手 我的收藏\n【打印】【关闭】\n".encode()),
                    "no readable text"),
}


@pytest.mark.parametrize("case", list(BAD_INPUTS))
@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_bad_input_exits_2_with_one_line(tmp_path, case, language):
    make, english = BAD_INPUTS[case]
    path = make(tmp_path)
    result = run_outline(path, "--json", "--lang", language)
    assert result.returncode == EXIT_BAD_INPUT
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr
    assert lines[0].startswith("reader: ")
    if language == "en":
        assert english in lines[0] and path.name in lines[0]


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_language_option_keeps_the_output(language):
    result = run_outline(sample_report(), "--lang", language)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "广州市公安局花都区分局2020年法治政府建设年度报告"


def test_a_closed_pipe_is_not_an_error(tmp_path):
    import subprocess
    import sys

    many_headings = tmp_path / "long.txt"  # enough outline to overflow a pipe's buffer
    many_headings.write_text("标题\n" + "".join(f"（{n}）第{n}项工作\n正文。\n" for n in range(1, 5000)), encoding="utf-8")
    reader = subprocess.Popen([sys.executable, "-m", "reader", "outline", str(many_headings), "--json"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    reader.stdout.read(10)
    reader.stdout.close()  # like `| head -c 10`
    assert reader.wait(timeout=60) == 0
    assert b"Traceback" not in reader.stderr.read()


@pytest.mark.parametrize(
    "environment, expected",
    [({"LANG": "zh_CN.UTF-8"}, "不存在"), ({"LANG": "zh_TW.UTF-8"}, "不存在"), ({"LANG": "C.UTF-8"}, "does not exist")],
)
def test_messages_follow_the_system_language_and_lang_overrides_it(tmp_path, monkeypatch, environment, expected):
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.delenv("LANGUAGE", raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    missing = tmp_path / "missing.txt"
    assert expected in run_outline(missing).stderr
    assert "does not exist" in run_outline(missing, "--lang", "en").stderr
    assert "不存在" in run_outline(missing, "--lang", "zh_CN").stderr


def test_the_window_takes_the_first_of_several_documents(capsys):
    """A desktop may hand over every document chosen in a file manager: open the first."""
    from reader.cli.window_arguments import parse_window_arguments

    options = parse_window_arguments(["a.txt", "b.html", "--elder"])
    assert options.file == "a.txt" and options.elder
    assert "one document at a time: opening a.txt" in capsys.readouterr().err
    assert parse_window_arguments([]).file is None
