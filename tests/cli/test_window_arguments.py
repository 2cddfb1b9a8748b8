"""`reader [FILE]`'s options: the usual start is read without building the parser (~4 ms of
start-up), and gives what the parser gives."""
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli import window_arguments
from reader.cli.window_arguments import parse_window_arguments, window_parser

REPOSITORY = Path(__file__).resolve().parents[2]

ARGUMENT_LISTS = [
    [], ["a.txt"], ["--quit-after-show"], ["a.txt", "--quit-after-show"], ["--quit-after-show", "a.txt"],
    [""], ["报告 2020.txt"], ["a.txt", "b.html"], ["--elder"], ["a.txt", "--elder"], ["--", "-a.txt"],
    ["--quit-after-s"],  # an abbreviation: the parser's (--quit is two options' now)
    ["--quit-after-show", "--quit-after-show"], ["--lang", "en", "a.txt"], ["--pinyin"], ["--scheme", "blue-yellow"],
    ["--size", "1280x800", "--screenshot", "out.png"],
    ["--quit-after-paint"], ["a.txt", "--quit-after-paint"], ["--quit-after-paint", "--quit-after-show"],
]


@pytest.mark.parametrize("argv", ARGUMENT_LISTS)
def test_every_start_reads_as_the_parser_reads_it(argv, capsys):
    expected = vars(window_parser().parse_args(argv))
    expected["file"] = expected["files"][0] if expected["files"] else None
    assert vars(parse_window_arguments(argv)) == expected


@pytest.mark.parametrize("argv", [[], ["a.txt"], ["--quit-after-show"], ["/tmp/a b.pdf", "--quit-after-show"],
                                  ["--quit-after-paint"], ["/tmp/a b.pdf", "--quit-after-paint"]])
def test_the_usual_start_does_not_build_the_parser(argv, monkeypatch):
    def no_parser():
        raise AssertionError("the parser was built")

    monkeypatch.setattr(window_arguments, "window_parser", no_parser)
    options = parse_window_arguments(argv)
    assert options.file == next((a for a in argv if not a.startswith("--quit-after-")), None)
    assert (options.quit_after_show, options.quit_after_paint) == ("--quit-after-show" in argv,
                                                                   "--quit-after-paint" in argv)


def test_the_benchmarks_options_are_not_in_the_help():
    assert "--quit-after" not in window_parser().format_help()


@pytest.mark.parametrize("argv", [["--bogus"], ["--scheme", "pink"], ["-h"]])
def test_anything_else_is_the_parsers(argv, capsys):
    with pytest.raises(SystemExit):
        parse_window_arguments(argv)
    said = capsys.readouterr()
    assert "usage: reader" in said.out + said.err


def test_help_and_errors_are_the_parsers(monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")  # the help's width, here and in the child, whatever the terminal
    help_text = subprocess.run([sys.executable, "-m", "reader", "--help"], capture_output=True, text=True,
                               cwd=REPOSITORY, timeout=60)
    assert help_text.returncode == 0 and help_text.stdout == window_parser().format_help()
    wrong = subprocess.run([sys.executable, "-m", "reader", "--scheme", "pink"], capture_output=True, text=True,
                           cwd=REPOSITORY, timeout=60)
    assert wrong.returncode == 2 and "argument --scheme: invalid choice: 'pink'" in wrong.stderr
