"""The window's opens go through the parse cache: a start whose document was parsed before skips the parser."""
import os
import subprocess
import sys

from reader.core import parsing

_START = ("import sys; from reader.__main__ import main; rc = main(sys.argv[1:]); "
          "print(rc, 'reader.core.parsing' in sys.modules)")


def _start(data_dir, *arguments) -> str:
    run = subprocess.run([sys.executable, "-c", _START, *arguments, "--quit-after-show"], capture_output=True,
                         text=True, timeout=120,
                         env=dict(os.environ, QT_QPA_PLATFORM="offscreen", READER_DATA_DIR=str(data_dir)))
    assert run.returncode == 0, run.stderr
    return run.stdout.strip().splitlines()[-1]


def test_the_second_start_does_not_import_the_parser(tmp_path):
    """The sample at start, then a document of the command line: parsed once, then from the cache."""
    assert [_start(tmp_path), _start(tmp_path)] == ["0 True", "0 False"]
    notice = tmp_path / "notice.txt"
    notice.write_text("关于开展检查的通知\n\n一、检查范围\n\n各单位要认真落实。\n", encoding="utf-8")
    assert [_start(tmp_path, str(notice)), _start(tmp_path, str(notice))] == ["0 True", "0 False"]


def test_the_background_loader_answers_from_the_cache(window, tmp_path, monkeypatch):
    path = tmp_path / "notice.txt"
    path.write_text("关于开展检查的通知\n\n一、检查范围\n\n各单位要认真落实。\n", encoding="utf-8")
    assert window.open_path(path, wait=False) and window.loader.wait()
    first = window.document

    def no_parser(*args, **kwargs):
        raise AssertionError("parsed again")

    monkeypatch.setattr(parsing, "parse_bytes", no_parser)
    window.open_sample()  # from the cache too: the fixture's window opened it
    assert window.open_path(path, wait=False) and window.loader.wait()
    assert window.document == first and window.document is not first
    assert "各单位要认真落实" in window.view.toPlainText()
    path.write_text("关于开展检查的通知\n\n各单位要认真落实，按时上报。\n", encoding="utf-8")
    failed = []
    window.loader.failed.connect(failed.append)
    window.open_path(path, wait=False)
    window.loader.wait()
    assert failed and "parsed again" in failed[0]  # a changed file is parsed, not taken from the cache
