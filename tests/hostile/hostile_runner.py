"""Runs documents through the parser in a child process, each under a time limit.

One child (spawned, so no Qt state is inherited) parses case after case; one that takes longer
than the limit is killed and counted as hung, and a fresh child takes the next. Each outcome is
one of: handled (parsed with every letter and hanzi of its ``kept`` text, or refused with a
message when refusing is right), hung, crashed (an exception that is not a LoadError, or the
child died) or lost (text missing from the model, or refused when it should have opened).
"""
from __future__ import annotations

import multiprocessing
import time
from collections import Counter
from dataclasses import dataclass, field

OUTCOMES = ("handled", "hung", "crashed", "lost")


def _child(connection) -> None:
    from reader.core.loading import LoadError
    from reader.core.parsing import parse_bytes

    while True:
        try:
            name, data = connection.recv()
        except EOFError:
            return
        start = time.perf_counter()
        try:
            document = parse_bytes(data, name)
            answer = ("parsed", document.text)
        except LoadError as error:
            answer = ("refused", str(error))
        except Exception as error:  # noqa: BLE001 - what the suite counts
            answer = ("crashed", f"{type(error).__name__}: {error}")
        connection.send((answer[0], answer[1], time.perf_counter() - start))


def missing_characters(kept: str, text: str) -> str:
    """The letters and hanzi of ``kept`` that ``text`` lacks (as many times as they are missing)."""
    wanted = Counter(ch for ch in kept if ch.isalnum())
    wanted.subtract(Counter(ch for ch in text if ch.isalnum()))
    return "".join(ch * count for ch, count in wanted.items() if count > 0)


@dataclass
class Tally:
    counts: Counter = field(default_factory=Counter)
    slowest: tuple[float, str] = (0.0, "")
    failures: list[str] = field(default_factory=list)

    def add(self, name: str, outcome: str, detail: str = "", seconds: float = 0.0) -> str:
        self.counts["tried"] += 1
        self.counts[outcome] += 1
        self.slowest = max(self.slowest, (seconds, name))
        if outcome != "handled":
            self.failures.append(f"{name}: {outcome} {detail}"[:300])
        return outcome

    def figures(self, prefix: str) -> dict[str, object]:
        shown = {f"{prefix} tried": self.counts["tried"]}
        shown.update({f"{prefix} {outcome}": self.counts[outcome] for outcome in OUTCOMES})
        shown[f"{prefix} slowest parse"] = f"{self.slowest[0]:.2f} s ({self.slowest[1]})"
        return shown


class Runner:
    """``run(name, data, kept)`` → outcome; ``close()`` when done."""

    def __init__(self, time_limit: float):
        self.time_limit = time_limit
        self.tally = Tally()
        self._context = multiprocessing.get_context("spawn")
        self._process = None
        self._connection = None

    def _start(self) -> None:
        parent, child = self._context.Pipe()
        self._process = self._context.Process(target=_child, args=(child,), daemon=True)
        self._process.start()
        child.close()
        self._connection = parent
        self._connection.send(("warm-up.txt", "标题\n\n正文。\n".encode()))  # imports, outside the limit
        self._connection.recv()

    def run(self, name: str, data: bytes, kept: str | None) -> str:
        if self._process is None:
            self._start()
        self._connection.send((name, data))
        if not self._connection.poll(self.time_limit):
            self._stop()
            return self.tally.add(name, "hung", f"(over {self.time_limit} s)", self.time_limit)
        try:
            status, detail, seconds = self._connection.recv()
        except EOFError:
            self._stop()
            return self.tally.add(name, "crashed", "(the child process died)")
        if status == "crashed":
            return self.tally.add(name, "crashed", detail, seconds)
        if status == "refused":
            return self.tally.add(name, "handled" if kept is None else "lost", f"refused: {detail}", seconds)
        missing = missing_characters(kept or "", detail)
        if kept is None or not missing:
            return self.tally.add(name, "handled", "", seconds)
        return self.tally.add(name, "lost", f"{len(missing)} characters, e.g. {missing[:20]!r}", seconds)

    def _stop(self) -> None:
        if self._process is not None:
            self._process.kill()
            self._process.join()
        self._process = self._connection = None

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
        self._stop()
