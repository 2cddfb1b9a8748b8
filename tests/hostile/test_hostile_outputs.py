"""Outputs: nothing is overwritten but a regular file that is not the document; no partial file
stays behind; nothing from a document reaches the terminal as a control sequence.

Issue 19: `reader speak d.txt --out d.txt` replaced the document with a WAV; --out onto a FIFO,
a link or a device replaced it with a regular file (as root, /dev/full became a WAV file);
`reader export -o FIFO` the same; a long document's WAV crashed at the format's 4 GiB limit and
left a 4.3 GB .part file; `--out /nonexistent/x.wav` printed "Exception ignored … AttributeError".
"""
from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli.common import EXIT_BAD_INPUT
from reader.core.parsing import parse_bytes

REPOSITORY = Path(__file__).resolve().parents[2]
NOTICE = "关于开展检查的通知\n\n一、检查范围\n\n各单位要认真落实。\n".encode()


def run(*arguments: object) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "reader", *map(str, arguments)], capture_output=True,
                          encoding="utf-8", cwd=REPOSITORY, timeout=120)


def refused(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == EXIT_BAD_INPUT, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr  # one line: no traceback, no "Exception ignored"
    return lines[0]


@pytest.fixture
def document(tmp_path) -> Path:
    path = tmp_path / "d.txt"
    path.write_bytes(NOTICE)
    return path


def _targets(tmp_path: Path, document: Path) -> dict[str, Path]:
    fifo = tmp_path / "pipe.wav"
    os.mkfifo(fifo)
    link = tmp_path / "link.wav"
    link.symlink_to(document)
    other = tmp_path / "other.txt"
    other.write_bytes(b"kept")
    dangling = tmp_path / "dangling.wav"
    dangling.symlink_to(tmp_path / "nowhere.wav")
    targets = {"the document": document, "a FIFO": fifo, "a link to the document": link,
               "a dangling link": dangling, "a link to another file": tmp_path / "link-other.wav"}
    targets["a link to another file"].symlink_to(other)
    if os.path.exists("/dev/full"):
        targets["a device"] = Path("/dev/full")
    return targets


def files(folder: Path) -> list[str]:
    """What a test left in its folder (the conftest's private data folder aside)."""
    return sorted(p.name for p in folder.iterdir() if p.name != "reader-data")


def _unchanged(path: Path, before: os.stat_result) -> bool:
    after = path.lstat()
    return (after.st_mode, after.st_ino, after.st_size, after.st_mtime_ns) == (
        before.st_mode, before.st_ino, before.st_size, before.st_mtime_ns)


@pytest.mark.parametrize("command", ["speak", "export"])
def test_an_output_that_is_not_a_new_or_regular_file_is_refused_and_left_alone(tmp_path, document, command):
    for what, target in _targets(tmp_path, document).items():
        before = target.lstat()
        option = "--out" if command == "speak" else "-o"
        message = refused(run(command, document, option, target, "--lang", "en"))
        assert str(target) in message, (what, message)
        assert _unchanged(target, before), what
    assert document.read_bytes() == NOTICE
    assert files(tmp_path) == sorted(
        ["d.txt", "pipe.wav", "link.wav", "other.txt", "dangling.wav", "link-other.wav"])  # no partial file


def test_the_refusal_is_in_the_users_language(document):
    from reader.bundled import resource_folder

    if REPOSITORY not in resource_folder().parents:  # an editable install of another checkout
        pytest.skip(f"the translations come from {resource_folder()}, not this checkout")
    assert "不会覆盖文档本身" in refused(run("speak", document, "--out", document, "--lang", "zh_CN"))
    assert "不會覆寫文件本身" in refused(run("export", document, "-o", document, "--lang", "zh_TW"))


def test_a_missing_folder_is_one_line(document):
    message = refused(run("speak", document, "--out", "/nonexistent/x.wav", "--lang", "en"))
    assert "/nonexistent" in message and "does not exist" in message


def test_a_regular_file_is_replaced_with_the_permissions_it_had(tmp_path, document):
    out = tmp_path / "out.txt"
    out.write_bytes(b"old")
    out.chmod(0o640)
    result = run("export", document, "--format", "text", "-o", out)
    assert result.returncode == 0, result.stderr
    assert "检查范围" in out.read_text(encoding="utf-8")
    assert stat.S_IMODE(out.stat().st_mode) == 0o640


# Speech export: its length is judged before synthesis, and nothing is left on failure. -------------
def _long_document():
    sentence = "各单位要认真落实本区政府信息公开工作的各项要求。"
    return parse_bytes(("通知\n\n" + (sentence + "\n") * 24_000).encode(), "long.txt")  # ~1.7 MB


def test_a_reading_longer_than_a_wav_file_holds_is_refused_before_any_synthesis(tmp_path, monkeypatch):
    from reader.speech import export

    def no_engine(*args, **kwargs):
        raise AssertionError("the worker was started")

    monkeypatch.setattr(export, "SyncWorker", no_engine)
    with pytest.raises(export.AudioTooLong) as caught:
        export.export_audio(_long_document(), None, tmp_path / "long.wav")
    # espeak-ng reads ~3.8 characters a second: ~24,000 × 24 characters is ~40 hours
    assert 27 < caught.value.seconds / 3600 < 60
    assert files(tmp_path) == []


def test_reader_speak_says_how_long_the_reading_would_be(tmp_path):
    document = tmp_path / "long.txt"
    sentence = "各单位要认真落实本区政府信息公开工作的各项要求。"
    document.write_text("通知\n\n" + (sentence + "\n") * 24_000, encoding="utf-8")
    result = run("speak", document, "--out", tmp_path / "long.wav", "--lang", "en")
    assert result.returncode != 0
    assert "hours" in result.stderr and len(result.stderr.splitlines()) == 1, result.stderr
    assert files(tmp_path) == ["long.txt"]


def test_writing_stops_at_the_wav_limit_and_leaves_no_partial_file(tmp_path, monkeypatch):
    """The estimate can fall short (a slow voice): writing itself stops at the limit."""
    from reader.speech import export
    from reader.speech.engine_loader import quick_check

    available, reason = quick_check()
    if not available:
        pytest.skip(f"no speech engine: {reason}")
    monkeypatch.setattr(export, "MAX_WAV_DATA_BYTES", 200_000)  # ~4.5 s of espeak-ng's audio
    document = parse_bytes(("通知\n\n" + "各单位要认真落实本区政府信息公开工作的各项要求。\n" * 6).encode(), "d.txt")
    with pytest.raises(export.AudioTooLong):
        export.export_audio(document, None, tmp_path / "out.wav")
    assert files(tmp_path) == []


# Control characters never reach the terminal. ------------------------------------------------------
HOSTILE_TEXT = ("通知\x1b[2J\x1b]0;t\x07\u202e公告\n\n" + "各单位要认真落实。" * 30 + "\x1b[2J\x1b]0;title\x07红色\x9b31m\u202e倒序\u202c结束。\n").encode()
HOSTILE_PAGE = ("<html><body><h1>通知&#27;[2J</h1><p>正文&#27;]0;x&#7;&#x9b;结束&#x202e;。</p></body></html>").encode()


@pytest.mark.parametrize("data, name", [(HOSTILE_TEXT, "t.txt"), (HOSTILE_PAGE, "p.html")])
@pytest.mark.parametrize("arguments", [("outline",), ("outline", "--json"), ("speak", "--print-text"),
                                       ("export", "--format", "text"), ("export", "--format", "markdown"),
                                       ("export", "--format", "html")])
def test_no_control_character_reaches_the_terminal(tmp_path, data, name, arguments):
    path = tmp_path / name
    path.write_bytes(data)
    result = run(arguments[0], path, *arguments[1:])
    assert result.returncode == 0, result.stderr
    controls = [hex(ord(ch)) for ch in result.stdout
                if (ord(ch) < 32 and ch not in "\n\t") or 0x7f <= ord(ch) <= 0x9f or 0x202a <= ord(ch) <= 0x202e]
    assert controls == []
    if arguments[0] != "outline":  # the outline: headings and figures only
        assert "结束" in result.stdout or "\\u7ed3\\u675f" in result.stdout
