"""Starting and talking to the speech worker (plain Python: threads and pipes, no Qt).

``WorkerProcess`` runs ``python -m reader.speech.worker`` and hands every event it
writes to a callback, from a reader thread; when the worker ends (quit, crash,
kill -9), the last event is ``{"event": "exit", "code": …, "stderr": "…"}``.
``SyncWorker`` wraps it for callers without an event loop (the audio export).
"""
from __future__ import annotations

import collections
import itertools
import json
import os
import queue
import subprocess
import sys
import threading
from typing import Callable

from .engine import PhonemesUnavailable
from .engine_loader import REASON_ENGINE_FAILED, EngineUnavailable


def worker_command() -> list[str]:
    return [sys.executable, "-m", "reader.speech.worker"]


def _package_root() -> str:
    return os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


class WorkerProcess:
    def __init__(self, on_event: Callable[[dict], None] | None, command: list[str] | None = None,
                 env: dict[str, str] | None = None):
        self._on_event = on_event
        self._command = command or worker_command()
        self._env = env
        self._stderr_tail: collections.deque[str] = collections.deque(maxlen=20)
        self._write_lock = threading.Lock()
        self.process: subprocess.Popen | None = None

    def set_callback(self, on_event: Callable[[dict], None]) -> None:
        self._on_event = on_event

    @property
    def pid(self) -> int | None:
        return self.process.pid if self.process else None

    def start(self) -> None:
        env = dict(os.environ if self._env is None else self._env)
        # Run from a checkout or an install alike: the worker imports the same reader package.
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [_package_root(), env.get("PYTHONPATH")]))
        env["PYTHONIOENCODING"] = "utf-8"
        kwargs: dict = {}
        if sys.platform == "win32":
            kwargs["creationflags"] = getattr(subprocess, "CREATE_NO_WINDOW", 0)
        else:
            kwargs["start_new_session"] = True  # a Ctrl+C in the terminal is the window's to handle
        self.process = subprocess.Popen(
            self._command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            env=env, **kwargs)
        threading.Thread(target=self._read_events, name="speech-worker-events", daemon=True).start()
        threading.Thread(target=self._read_stderr, name="speech-worker-stderr", daemon=True).start()

    def _read_events(self) -> None:
        process = self.process
        assert process is not None and process.stdout is not None
        for raw in process.stdout:
            try:
                event = json.loads(raw.decode("utf-8"))
            except ValueError:
                continue
            self._on_event(event)
        code = process.wait()
        self._on_event({"event": "exit", "code": code, "stderr": "".join(self._stderr_tail)})

    def _read_stderr(self) -> None:
        assert self.process is not None and self.process.stderr is not None
        for raw in self.process.stderr:
            self._stderr_tail.append(raw.decode("utf-8", "replace"))

    def send(self, command: dict) -> bool:
        """Write one command; False when the worker is gone (its exit event follows)."""
        process = self.process
        if process is None or process.poll() is not None:
            return False
        data = (json.dumps(command, ensure_ascii=False) + "\n").encode("utf-8")
        try:
            with self._write_lock:
                process.stdin.write(data)
                process.stdin.flush()
        except (BrokenPipeError, OSError, ValueError):
            return False
        return True

    def is_running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def quit(self, timeout: float = 1.0) -> None:
        """Ask the worker to end, and kill it if it has not within ``timeout``."""
        process = self.process
        if process is None:
            return
        self.send({"cmd": "quit"})
        try:
            process.stdin.close()
        except OSError:
            pass
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()


class WorkerDied(RuntimeError):
    pass


class SyncWorker:
    """A worker driven by blocking calls: ``synthesize`` returns once the WAV is written."""

    def __init__(self, command: list[str] | None = None, env: dict[str, str] | None = None):
        self._events: queue.Queue[dict] = queue.Queue()
        self._command, self._env = command, env
        self._ids = itertools.count(1)
        self.worker: WorkerProcess | None = None
        self.voices: list[dict] = []
        self.default_voice: str | None = None
        self.engine: str | None = None  # where the engine came from: system, pypi, sapi5, nsss
        self.engine_name: str | None = None  # "eSpeak NG 1.52.0 (espeakng-loader)"
        self.inline_pinyin = False  # the engine reads tone-numbered pinyin in the text
        self.probe_ms: int | None = None  # the worker's time to choose its engine (the Mandarin probe)
        self.start_ms: int | None = None  # ... and to be ready (pypinyin loaded beside it)

    def start(self, timeout: float = 30.0) -> None:
        self.worker = WorkerProcess(self._events.put, self._command, self._env)
        self.worker.start()
        event = self._next(timeout)
        if event["event"] == "unavailable":
            self.close()
            raise EngineUnavailable(event["reason"], event.get("detail", ""))
        if event["event"] != "ready":
            raise EngineUnavailable(REASON_ENGINE_FAILED, _exit_detail(event))
        self.voices, self.default_voice = event["voices"], event.get("default_voice")
        self.engine = event.get("engine")
        self.engine_name = event.get("engine_name")
        self.inline_pinyin = bool(event.get("inline_pinyin"))
        self.probe_ms, self.start_ms = event.get("probe_ms"), event.get("start_ms")

    def _next(self, timeout: float) -> dict:
        try:
            return self._events.get(timeout=timeout)
        except queue.Empty:
            if self.worker:
                self.worker.kill()
            raise WorkerDied("the speech worker did not answer in time") from None

    def synthesize(self, text: str, path: str, rate: int | None = None, voice: str | None = None,
                   volume: float | None = None, timeout: float = 60.0) -> int:
        """Write ``text`` spoken to ``path``; its duration in ms. Raises WorkerDied or RuntimeError."""
        event = self._ask({"cmd": "synthesize", "text": text, "path": path, "rate": rate, "voice": voice,
                           "volume": volume}, timeout)
        return int(event["duration_ms"])

    def phonemes(self, text: str, voice: str | None = None, timeout: float = 60.0) -> tuple[str, str]:
        """(the text the engine is given, what it will say in its phoneme notation) for ``text``.

        Raises PhonemesUnavailable when the engine cannot tell, WorkerDied or RuntimeError."""
        event = self._ask({"cmd": "phonemes", "text": text, "voice": voice}, timeout)
        return event["text"], event["phonemes"]

    def _ask(self, command: dict, timeout: float) -> dict:
        assert self.worker is not None
        request = next(self._ids)
        self.worker.send(dict(command, id=request))
        while True:
            event = self._next(timeout)
            if event["event"] == "exit":
                raise WorkerDied(_exit_detail(event))
            if event.get("id") != request:
                continue
            if event["event"] == "error":
                message = event["message"]
                if message.startswith("PhonemesUnavailable: "):
                    raise PhonemesUnavailable(message.split(": ", 1)[1])
                raise RuntimeError(message)
            return event

    def close(self) -> None:
        if self.worker:
            self.worker.quit()
            self.worker = None

    def __enter__(self) -> SyncWorker:
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _exit_detail(event: dict) -> str:
    if event.get("event") != "exit":
        return f"unexpected {event.get('event')!r}"
    code = event.get("code")
    tail = (event.get("stderr") or "").strip().splitlines()
    reason = f"signal {-code}" if isinstance(code, int) and code < 0 else f"exit code {code}"
    return f"{reason}: {tail[-1]}" if tail else reason
