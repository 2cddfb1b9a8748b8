"""Speech errors become sentences: checked on what the real players say here (no sound card)."""
import shutil
import subprocess
import wave

import pytest

from reader.core.speech_errors import NO_PLAYER, NO_SOUND_DEVICE, SOUND_FAILED, explain


@pytest.mark.skipif(shutil.which("aplay") is None, reason="alsa-utils not installed")
def test_aplay_without_a_sound_card_means_no_output_device(tmp_path):
    path = tmp_path / "a.wav"
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1), out.setsampwidth(2), out.setframerate(8000), out.writeframes(b"\0" * 1600)
    run = subprocess.run(["aplay", "-q", str(path)], capture_output=True, text=True)
    if run.returncode == 0:
        pytest.skip("this machine has a sound card")
    raw = "aplay: " + run.stderr.strip().splitlines()[-1]  # as players.py reports it
    explained = explain(raw)
    assert explained.message == NO_SOUND_DEVICE and explained.detail == raw and explained.translatable


def test_a_missing_player_program_and_an_unknown_failure():
    try:
        subprocess.Popen(["/nonexistent/pw-play"])
    except OSError as error:
        raw = f"pw-play: {error}"  # as players.py reports a program that cannot start
    assert explain(raw).message == NO_PLAYER
    assert explain("paplay: exit code 3").message == SOUND_FAILED
    assert explain("paplay: Connection failure: Connection refused").message == NO_SOUND_DEVICE


def test_a_sentence_of_ours_stays_as_it_is():
    ours = "The speech engine stopped unexpectedly. Press Play to start it again."
    assert explain(ours) == explain(ours).__class__(ours, "", False)
    assert explain("朗读引擎意外停止：请按播放重新开始。").detail == ""
