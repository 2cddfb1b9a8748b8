"""SpeechService through real synthesis and the SilentPlayer: order, stop, pause, failures."""
import os
import signal
import sys
import time

import pytest

from reader.speech.engine_loader import ENGINE_ENV
from reader.speech.players import ProcessPlayer, SilentPlayer
from reader.speech.service import SpeechService

ITEMS = [(10, "第一句。"), (11, "第二句话。"), (12, "第三句。")]


@pytest.fixture
def make_service(engine, qtbot):
    services = []

    def make(player=None, **kwargs):
        service = SpeechService(player=player or SilentPlayer(), **kwargs)
        service.set_rate(3.0)  # short audio, quick tests
        services.append(service)
        return service

    yield make
    for service in services:
        service.shutdown()


class Recorder:
    def __init__(self, service):
        self.events = []
        service.sentence_started.connect(lambda i: self.events.append(("started", i)))
        service.sentence_finished.connect(lambda i: self.events.append(("finished", i)))
        service.finished.connect(lambda: self.events.append(("done",)))
        service.stopped.connect(lambda: self.events.append(("stopped",)))
        service.error.connect(lambda message: self.events.append(("error", message)))
        service.state_changed.connect(lambda state: self.events.append(("state", state)))


def test_sentences_start_and_finish_in_order(make_service, qtbot):
    service = make_service()
    recorder = Recorder(service)
    with qtbot.waitSignal(service.finished, timeout=15000):
        assert service.speak(ITEMS)
    assert recorder.events == [
        ("state", "playing"),
        ("started", 10), ("finished", 10),
        ("started", 11), ("finished", 11),
        ("started", 12), ("finished", 12),
        ("state", "stopped"), ("done",),
    ]
    assert service.state() == "stopped"
    assert service.voice().endswith("cmn")


def _alive(pid):
    """True while ``pid`` runs (a zombie no longer plays anything)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_stop_ends_the_player_process_group_within_150_ms(make_service, qtbot, tmp_path):
    # A player that, like a shell wrapper, leaves the sound to a child of its own.
    pid_file = tmp_path / "child.pid"
    player = ProcessPlayer(["sh", "-c", f'sleep 30 & echo $! > {pid_file}; wait', "player"])
    service = make_service(player)
    with qtbot.waitSignal(service.sentence_started, timeout=10000):
        service.speak(ITEMS)
    qtbot.waitUntil(lambda: pid_file.exists() and bool(pid_file.read_text().strip()), timeout=5000)
    shell, child = player.process.pid, int(pid_file.read_text())
    assert _alive(shell) and _alive(child)
    began = time.perf_counter()
    with qtbot.waitSignal(service.stopped, timeout=1000):
        service.stop()
    while _alive(child) or _alive(shell):
        assert time.perf_counter() - began < 0.5, "the player outlived stop() by 500 ms"
        time.sleep(0.002)
    assert time.perf_counter() - began < 0.5  # 1–2 ms when the machine is idle: benchmarks/speech.py
    assert service.state() == "stopped"


def test_pause_and_resume_read_the_same_sentence_again(make_service, qtbot):
    service = make_service()
    recorder = Recorder(service)
    with qtbot.waitSignal(service.sentence_started, timeout=10000,
                          check_params_cb=lambda index: index == 11):
        service.speak(ITEMS)
    service.pause()
    assert service.state() == "paused" and service.current_index() == 11
    qtbot.wait(300)
    assert recorder.events[-1] == ("state", "paused")
    with qtbot.waitSignal(service.finished, timeout=10000):
        service.resume()
    started = [event[1] for event in recorder.events if event[0] == "started"]
    finished = [event[1] for event in recorder.events if event[0] == "finished"]
    assert started == [10, 11, 11, 12]
    assert finished == [10, 11, 12]


def test_without_an_engine_speech_is_off_with_the_reason(monkeypatch, qtbot):
    monkeypatch.setenv(ENGINE_ENV, "none")
    service = SpeechService(player=SilentPlayer())
    try:
        assert not service.is_available()
        assert "espeak-ng" in service.unavailable_reason()
        with qtbot.waitSignal(service.error, timeout=1000):
            assert service.speak(ITEMS) is False
        assert service.worker_pid() is None and service.state() == "stopped"
    finally:
        service.shutdown()


def test_an_engine_the_worker_cannot_load_turns_speech_off(make_service, qtbot):
    service = make_service(worker_env=dict(os.environ, **{ENGINE_ENV: "none"}))
    assert service.is_available()  # the quick check in the window's process found one
    with qtbot.waitSignals([service.available_changed, service.error], timeout=10000):
        service.speak(ITEMS)
    assert not service.is_available() and "espeak-ng" in service.unavailable_reason()
    assert service.state() == "stopped"


def test_a_dying_engine_reports_and_the_next_speak_starts_a_fresh_one(make_service, qtbot):
    service = make_service()
    recorder = Recorder(service)
    with qtbot.waitSignal(service.sentence_started, timeout=10000):
        service.speak(ITEMS)
    first_worker = service.worker_pid()
    with qtbot.waitSignal(service.error, timeout=5000):
        os.kill(first_worker, signal.SIGKILL)
    assert service.state() == "stopped" and service.is_available()
    assert "stopped unexpectedly" in recorder.events[-1][1]
    with qtbot.waitSignal(service.finished, timeout=15000):
        service.speak(ITEMS[2:])
    assert service.worker_pid() not in (None, first_worker)
    assert recorder.events[-3:] == [("finished", 12), ("state", "stopped"), ("done",)]


def test_a_failing_player_stops_the_reading_with_its_message(make_service, qtbot):
    service = make_service(ProcessPlayer(["sh", "-c", "echo 'no sound card' >&2; exit 1", "player"]))
    with qtbot.waitSignal(service.error, timeout=10000) as blocker:
        service.speak(ITEMS)
    assert "no sound card" in blocker.args[0]
    assert service.state() == "stopped"


def test_voices_and_settings(make_service, qtbot):
    service = make_service()
    with qtbot.waitSignal(service.voices_changed, timeout=10000):
        service.warm_up()
    ids = {voice["id"] for voice in service.voices()}
    assert service.voice() in ids and len(ids) > 1
    assert service.set_voice("no-such-voice") is False
    assert service.set_voice("gmw/en") is True and service.voice() == "gmw/en"
    assert service.set_voice(None) and service.voice().endswith("cmn")
    service.set_rate(9)
    assert service.rate() == 3.0
    service.set_volume(-1)
    assert service.volume() == 0.0


def test_an_engine_that_does_not_speak_mandarin_turns_speech_off_saying_what_to_install(make_service, qtbot):
    from reader.speech.espeak_ng import library_version, system_library

    if not system_library() or library_version(system_library()) >= (1, 52):
        pytest.skip("no system eSpeak NG older than 1.52 here")
    service = make_service(worker_env=dict(os.environ, **{ENGINE_ENV: "system"}))
    recorder = Recorder(service)
    with qtbot.waitSignals([service.available_changed, service.error], timeout=10000):
        service.speak(ITEMS)
    reason = service.unavailable_reason()
    assert not service.is_available() and "does not speak Mandarin" in reason and "1.51" in reason
    assert "pip install espeakng-loader" in reason
    assert not [event for event in recorder.events if event[0] == "started"]  # not a sound of gibberish
