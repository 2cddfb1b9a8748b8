"""`reader speak`: a WAV of the whole document or one section, the text as spoken, bad input."""
import os
import subprocess
import sys
import threading
import wave
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from phonemes import decode  # noqa: E402 - the decoder beside this file

from reader.core.parsing import parse_file
from reader.speech.client import SyncWorker
from reader.speech.engine_loader import ENGINE_ENV
from reader.speech.export import ExportCancelled, GAP_MS, export_audio, find_sections, section_sentences, speech_items
from reader.speech.voices import rate_to_wpm

REPOSITORY = Path(__file__).resolve().parents[2]
DOCUMENT = REPOSITORY / "tests" / "fixtures" / "heading-levels.txt"
EXIT_BAD_INPUT = 2


def run_speak(*arguments, env=None):
    return subprocess.run([sys.executable, "-m", "reader", "speak", *map(str, arguments)],
                          capture_output=True, text=True, encoding="utf-8", cwd=REPOSITORY, timeout=120, env=env)


def wav_ms(path):
    with wave.open(str(path), "rb") as wav:
        return 1000 * wav.getnframes() / wav.getframerate()


def test_print_text_is_one_spoken_sentence_a_line():
    document = parse_file(DOCUMENT)
    result = run_speak(DOCUMENT, "--print-text")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines == [text for _, text in speech_items(document)]
    assert len(lines) == len(document.sentences)


def test_a_section_runs_to_the_next_heading_of_its_level():
    document = parse_file(DOCUMENT)
    [section] = find_sections(document, "二、")
    assert find_sections(document, "重点任务") == [section] == find_sections(document, "二、重点任务")
    result = run_speak(DOCUMENT, "--print-text", "--section", "重点任务")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines == [text for _, text in speech_items(document, section_sentences(document, section))]
    assert "重点任务" in lines[0] and "实行挂牌督办" in lines[-1]
    assert not any("保障措施" in line for line in lines)


def test_the_wav_is_the_sentences_read_one_after_another(engine, tmp_path):
    document = parse_file(DOCUMENT)
    sentences = section_sentences(document, find_sections(document, "二、")[0])
    out = tmp_path / "section.wav"
    result = run_speak(DOCUMENT, "--out", out, "--section", "二、", "--rate", "3")
    assert result.returncode == 0, result.stderr
    assert f"{len(sentences)}/{len(sentences)} sentences" in result.stderr
    with SyncWorker() as worker:
        each = [worker.synthesize(text, str(tmp_path / "one.wav"), rate=rate_to_wpm(3), voice=worker.default_voice)
                for _, text in speech_items(document, sentences)]
    expected = sum(each) + GAP_MS * (len(each) - 1)
    assert abs(wav_ms(out) - expected) <= len(each) + 1  # rounding of each sentence's milliseconds


def test_export_audio_reports_progress_and_can_be_cancelled(engine, tmp_path):
    document = parse_file(DOCUMENT)
    progress, cancel = [], threading.Event()

    def on_progress(done, total):
        progress.append((done, total))
        if done == 2:
            cancel.set()

    out = tmp_path / "cancelled.wav"
    with pytest.raises(ExportCancelled):
        export_audio(document, None, out, on_progress, cancel, rate=3.0)
    assert progress == [(1, len(document.sentences)), (2, len(document.sentences))]
    assert os.listdir(tmp_path) == ["reader-data"]  # neither the WAV nor its .part


@pytest.mark.parametrize("arguments, message", [
    (["no-such-file.txt", "--print-text"], "no-such-file.txt"),
    ([DOCUMENT, "--print-text", "--section", "九、"], "no section"),
    ([DOCUMENT, "--out", "x.wav", "--rate", "5"], "rate out of range"),
    ([DOCUMENT], "--out"),
], ids=["missing-file", "unknown-section", "bad-rate", "no-output"])
def test_bad_input_exits_2_with_one_clear_line(arguments, message):
    result = run_speak(*arguments)
    assert result.returncode == EXIT_BAD_INPUT
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_an_unknown_voice_exits_2(engine, tmp_path):
    result = run_speak(DOCUMENT, "--out", tmp_path / "x.wav", "--voice", "klingon")
    assert result.returncode == EXIT_BAD_INPUT
    assert "unknown voice" in result.stderr and not (tmp_path / "x.wav").exists()


def test_without_an_engine_the_export_says_how_to_enable_speech(tmp_path):
    result = run_speak(DOCUMENT, "--out", tmp_path / "x.wav", "--lang", "en",
                       env=dict(os.environ, **{ENGINE_ENV: "none"}))
    assert result.returncode == 1
    assert "espeak-ng" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_phonemes_are_what_the_engine_will_say_one_sentence_a_line(engine):
    document = parse_file(DOCUMENT)
    sentences = section_sentences(document, find_sections(document, "二、")[0])
    result = run_speak(DOCUMENT, "--phonemes", "--section", "二、")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    with SyncWorker() as worker:
        assert lines == [worker.phonemes(text)[1] for _, text in speech_items(document, sentences)]
    # 第二部分: di4 er4 bu4 fen4, Mandarin syllables with their tones (pauses may fall anywhere)
    assert [value for _, value in decode(lines[0])[:4]] == ["di4", "er4", "bu4", "fen4"]


def test_an_engine_that_cannot_tell_its_phonemes_says_so_in_one_line():
    pytest.importorskip("pyttsx3")
    result = run_speak(DOCUMENT, "--phonemes", env=dict(os.environ, **{ENGINE_ENV: "pyttsx3"}))
    if result.returncode == 1:
        pytest.skip(f"pyttsx3 has no engine here: {result.stderr}")
    assert result.returncode == EXIT_BAD_INPUT and result.stdout == ""
    assert "cannot tell what it will say" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_an_engine_that_does_not_speak_mandarin_is_refused_saying_what_to_install(tmp_path):
    from reader.speech.espeak_ng import library_version, system_library

    if not system_library() or library_version(system_library()) >= (1, 52):
        pytest.skip("no system eSpeak NG older than 1.52 here")
    result = run_speak(DOCUMENT, "--out", tmp_path / "x.wav", "--lang", "en",
                       env=dict(os.environ, **{ENGINE_ENV: "system"}))
    assert result.returncode == 1 and not (tmp_path / "x.wav").exists()
    assert "(eSpeak NG 1.51) does not speak Mandarin" in result.stderr
    assert "pip install espeakng-loader" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
