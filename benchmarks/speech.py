"""Speech: from speak() to the first sentence's audio, the gap between sentences, and stop.

    python benchmarks/speech.py [--sentences N] [--rate R] [--scale S] [--runs N] [--check]

Reads the first N (default 20) sentences of the bundled report through SpeechService with real
synthesis (espeak-ng in the worker process) and a silent player that plays nothing for the
WAV's duration × S (default 0.1, so the next sentence has a tenth of the usual time to be
ready: a harsher test than real playback). Measures:

* first audio, warm: speak() to the first sentence's player started, the worker already up
  and idle (Play just after Stop also waits for the sentence the worker was synthesizing ahead);
* first audio, cold: the same with a fresh service (worker process start included);
* the worker's start: choosing the engine (the Mandarin probe: every candidate loaded and asked
  for the phonemes of a few characters) and being ready (pypinyin loaded beside it);
* gap: a sentence's audio ended to the next one's player started;
* stop: stop() to the player's process group gone (a `sleep` standing in for aplay).

Prints median and maximum against the 150 ms target with PASS or MISS; exits 0 unless
--check is given and a target is missed.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TARGET_MS = 150.0


class ScaledSilentPlayer:
    """SilentPlayer for duration × scale, recording when each sentence's audio ends."""

    name = "silent"

    def __init__(self, scale: float):
        from reader.speech.players import SilentPlayer

        self.scale = scale
        self._inner = SilentPlayer()
        self.ended: list[float] = []

    def play(self, path, duration_ms, on_done):
        def done(ok, message):
            self.ended.append(time.perf_counter())
            on_done(ok, message)

        self._inner.play(path, int(duration_ms * self.scale), done)

    def stop(self):
        self._inner.stop()


def wait_for(app, condition, timeout_s=30.0):
    deadline = time.perf_counter() + timeout_s
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the speech service did not answer")
        app.processEvents()
        time.sleep(0.0005)


def verdict(values_ms: list[float]) -> str:
    return "PASS" if max(values_ms) <= TARGET_MS else "MISS"


def report(label: str, values_ms: list[float], target: bool = True) -> bool:
    line = f"  {label:34} median {statistics.median(values_ms):7.1f} ms   max {max(values_ms):7.1f} ms   (n={len(values_ms)})"
    if target:
        line += f"   {verdict(values_ms)} (target {TARGET_MS:.0f} ms)"
    print(line)
    return not target or verdict(values_ms) == "PASS"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sentences", type=int, default=20)
    parser.add_argument("--rate", type=float, default=1.0)
    parser.add_argument("--scale", type=float, default=0.1, help="playback time as a share of the audio's")
    parser.add_argument("--runs", type=int, default=5, help="first-audio and stop measurements (default 5)")
    parser.add_argument("--check", action="store_true")
    options = parser.parse_args(argv)

    from PySide6.QtCore import QCoreApplication

    from reader.bundled import sample_report
    from reader.core.parsing import parse_file
    from reader.speech.players import ProcessPlayer
    from reader.speech.service import SpeechService
    from reader.speech.export import speech_items

    app = QCoreApplication.instance() or QCoreApplication([])
    items = speech_items(parse_file(sample_report()))[: options.sentences]
    print(f"speech: {len(items)} sentences of the sample report, rate {options.rate}, "
          f"silent playback at {options.scale:g} × the audio's duration")
    ok = True

    # The worker's start: the probe, then ready.
    from reader.speech.client import SyncWorker

    probes, starts = [], []
    for _ in range(options.runs):
        with SyncWorker() as worker:
            probes.append(float(worker.probe_ms))
            starts.append(float(worker.start_ms))
    print(f"  engine: {worker.engine_name}")
    report("worker: engine chosen (probe)", probes, target=False)
    report("worker: ready (pypinyin loaded)", starts, target=False)

    # First audio, cold: a fresh service and worker each time.
    cold = []
    for _ in range(options.runs):
        service = SpeechService(player=ScaledSilentPlayer(options.scale))
        if not service.is_available():
            print(f"  no speech engine: {service.unavailable_reason()}")
            return 1
        service.set_rate(options.rate)
        started = []
        service.sentence_started.connect(started.append)
        began = time.perf_counter()
        service.speak(items[:2])
        wait_for(app, lambda: started)
        cold.append((service.last_play_started - began) * 1000)
        service.shutdown()
    report("first audio, cold (worker start)", cold, target=False)

    # The reading: warm first audio, and the gaps between sentences.
    player = ScaledSilentPlayer(options.scale)
    service = SpeechService(player=player)
    service.set_rate(options.rate)
    voices = []
    service.voices_changed.connect(voices.append)
    service.warm_up()
    wait_for(app, lambda: voices)
    warm = []
    for _ in range(options.runs):
        started = []
        connection = service.sentence_started.connect(started.append)
        began = time.perf_counter()
        service.speak(items[:2])
        wait_for(app, lambda: started)
        warm.append((service.last_play_started - began) * 1000)
        service.stop()
        service.sentence_started.disconnect(connection)
        # Let the worker finish the look-ahead sentence it was given: warm means an idle engine
        # (a Play within ~0.2 s of Stop waits for it; see the report below).
        idle_until = time.perf_counter() + 1.0
        wait_for(app, lambda: time.perf_counter() > idle_until)
    ok &= report("first audio, warm", warm)

    starts: list[float] = []
    done = []
    service.sentence_started.connect(lambda index: starts.append(service.last_play_started))
    service.finished.connect(lambda: done.append(True))
    player.ended.clear()
    service.speak(items)
    wait_for(app, lambda: done, timeout_s=600)
    gaps = [(start - end) * 1000 for end, start in zip(player.ended, starts[1:])]
    ok &= report("gap between sentences", gaps)
    service.shutdown()

    # Stop: a player process (sleep standing in for aplay) and its group killed.
    sleeper = ProcessPlayer(["sleep", "60"], "sleep") if os.name == "posix" else None
    if sleeper is not None:
        sleeper.argv = ["sh", "-c", "sleep 60", "player"]
        service = SpeechService(player=sleeper)
        stops = []
        for _ in range(options.runs):
            started = []
            connection = service.sentence_started.connect(started.append)
            service.speak(items[:2])
            wait_for(app, lambda: started)
            process = sleeper.process
            began = time.perf_counter()
            service.stop()
            while process.poll() is None:
                time.sleep(0.0005)
            stops.append((time.perf_counter() - began) * 1000)
            service.sentence_started.disconnect(connection)
        ok &= report("stop to the player gone", stops)
        service.shutdown()
    return 1 if options.check and not ok else 0


if __name__ == "__main__":
    sys.exit(main())
