"""`reader speak FILE`: the reading of a document as a WAV file, or the text as it is spoken.

    reader speak FILE --out OUT.wav [--section LABEL] [--rate R] [--voice ID]
    reader speak FILE --print-text [--section LABEL]
    reader speak FILE --phonemes [--section LABEL] [--voice ID]
    reader speak --list-voices
"""
from __future__ import annotations

import argparse
import functools
import os
import sys

from .common import EXIT_BAD_INPUT, language_argument, translated_error, fail
from ..core.loading import LoadError
from ..core.output_file import OutputRefused, check_output

EXIT_NO_ENGINE = 1


def _rate(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0.5 <= value <= 3.0:
        raise argparse.ArgumentTypeError(f"rate out of range 0.5-3.0: {text}")
    return value


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reader speak",
        description="Write the reading of a document (or one section) to a WAV file, "
        "or print the text exactly as it is spoken, one sentence a line.")
    parser.add_argument("file", nargs="?", help="a .txt, .html, .pdf, .docx, .doc or .ofd document")
    parser.add_argument("--out", metavar="OUT.wav", help="the WAV file to write")
    parser.add_argument("--section", metavar="LABEL",
                        help="only this section: a heading label or title, e.g. 二、 or 存在的不足和原因")
    parser.add_argument("--rate", type=_rate, default=1.0, help="speed, 0.5 to 3.0 (default 1.0)")
    parser.add_argument("--voice", metavar="ID", help="a voice id from --list-voices (default: Mandarin)")
    parser.add_argument("--print-text", action="store_true", help="print the text as it will be spoken")
    parser.add_argument("--phonemes", action="store_true",
                        help="print what the engine will say, one sentence a line, in its own phoneme notation")
    parser.add_argument("--list-voices", action="store_true", help="list the engine's voices and exit")
    language_argument(parser)
    return parser


_fail = functools.partial(fail, "reader speak")


def speak_command(argv: list[str]) -> int:
    parser = _parser()
    options = parser.parse_args(argv)
    if options.list_voices:
        return _list_voices(options)
    if not options.file:
        parser.error("a FILE is needed")
    if not options.out and not options.print_text and not options.phonemes:
        parser.error("give --out OUT.wav, --print-text or --phonemes")

    if options.out:  # before the work: never over the document, a link, a pipe or a device
        try:
            check_output(options.out, options.file)
        except OutputRefused as refused:
            return _fail(translated_error(refused, options.lang))

    from ..core.parsing import parse_file
    from ..speech.export import find_sections, section_sentences, speech_items

    try:
        document = parse_file(options.file)
    except LoadError as error:
        print(f"reader: {translated_error(error, options.lang)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    sentences = None
    if options.section:
        sections = find_sections(document, options.section)
        if not sections:
            return _fail(f"no section {options.section!r} in {options.file} "
                         "(see `reader outline FILE` for the headings)")
        if len(sections) > 1:
            print(f"reader speak: {len(sections)} sections are called {options.section!r}; "
                  "reading the first (give its title to choose another)", file=sys.stderr)
        sentences = section_sentences(document, sections[0])
    if options.print_text:
        _print_lines(text for _, text in speech_items(document, sentences))
    if options.phonemes:
        return _print_phonemes([text for _, text in speech_items(document, sentences)], options)
    if options.out:
        return _export(document, sentences, options)
    return 0


def _print_lines(lines) -> None:
    try:
        for line in lines:
            print(line)
        sys.stdout.flush()
    except BrokenPipeError:  # `reader speak FILE --print-text | head`
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _unavailable_message(error, language: str | None) -> str:
    from PySide6.QtCore import QCoreApplication

    from ..i18n import choose_language, install_translators, translate

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    install_translators(app, choose_language(language))
    text = translate("Speech", error.reason)
    if "{detail}" in text:
        return text.format(detail=error.detail)
    return f"{text} ({error.detail})" if error.detail else text  # the window keeps it behind Details


def _export(document, sentences, options) -> int:
    from ..speech.engine_loader import EngineUnavailable
    from ..speech.export import ExportError, export_audio

    interactive = sys.stderr.isatty()
    last_tenth = [-1]

    def progress(done: int, total: int) -> None:
        if interactive:
            print(f"\rreader speak: {done}/{total} sentences", end="" if done < total else "\n",
                  file=sys.stderr, flush=True)
        elif done * 10 // total != last_tenth[0] or done == total:
            last_tenth[0] = done * 10 // total
            print(f"reader speak: {done}/{total} sentences", file=sys.stderr, flush=True)

    try:
        result = export_audio(document, sentences, options.out, progress, rate=options.rate, voice=options.voice)
    except EngineUnavailable as error:
        print(f"reader speak: {_unavailable_message(error, options.lang)}", file=sys.stderr)
        return EXIT_NO_ENGINE
    except ValueError as error:  # an unknown voice
        return _fail(f"{error} (see `reader speak --list-voices`)")
    except (ExportError, OSError) as error:
        reason = _unavailable_message(error, options.lang) if getattr(error, "reason", None) else error
        print(f"reader speak: {reason}", file=sys.stderr)
        return EXIT_NO_ENGINE
    print(f"reader speak: wrote {result.path} ({result.sentences} sentences, "
          f"{result.duration_ms / 1000:.1f} s)", file=sys.stderr)
    return 0


def _print_phonemes(lines: list[str], options) -> int:
    """What the chosen engine will say for each sentence, as ``espeak_TextToPhonemes`` writes it."""
    from ..speech.client import SyncWorker
    from ..speech.engine import PhonemesUnavailable
    from ..speech.engine_loader import EngineUnavailable

    try:
        with SyncWorker() as worker:
            if options.voice is not None and options.voice not in {v["id"] for v in worker.voices}:
                return _fail(f"unknown voice: {options.voice} (see `reader speak --list-voices`)")
            _print_lines(worker.phonemes(line, options.voice)[1] for line in lines)
    except EngineUnavailable as error:
        print(f"reader speak: {_unavailable_message(error, options.lang)}", file=sys.stderr)
        return EXIT_NO_ENGINE
    except PhonemesUnavailable as error:
        return _fail(f"{error}: --phonemes needs an engine that can tell (eSpeak NG)")
    except RuntimeError as error:
        print(f"reader speak: {error}", file=sys.stderr)
        return EXIT_NO_ENGINE
    return 0


def _list_voices(options) -> int:
    from ..speech.client import SyncWorker
    from ..speech.engine_loader import EngineUnavailable

    try:
        with SyncWorker() as worker:
            voices, default = worker.voices, worker.default_voice
    except EngineUnavailable as error:
        print(f"reader speak: {_unavailable_message(error, options.lang)}", file=sys.stderr)
        return EXIT_NO_ENGINE
    _print_lines(f"{'*' if v['id'] == default else ' '} {v['id']}\t{v['name']}\t{','.join(v['languages'])}"
                 for v in voices)
    return 0
