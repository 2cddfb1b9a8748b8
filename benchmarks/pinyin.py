"""Pinyin annotation: loading pypinyin, the readings of the sample and of a ~2 MB document.

    python benchmarks/pinyin.py [--runs N] [--load-runs N] [--size-mb MB] [--check]

Measures, with no Qt:
  1. loading pypinyin (``reader.core.pinyin.load()``: the import and its dictionaries), in a
     new process each run, so it is the cost the first pinyin of a session pays;
  2. once loaded, the readings of every block of the bundled sample (``pinyin.readings`` per
     block, the reading cache emptied before each run): target 150 ms;
  3. the same for the large document of benchmarks/run.py (the sample's body repeated to about
     2 MB), for information;
  4. `reader export --format html --pinyin` done in process (``export.to_html(doc, "marks")``)
     for both documents, for information;
  5. for the sample, the text read aloud by an engine that takes inline pinyin
     (``speech_text.with_inline_pinyin(prepare_for_speech(block))``), for information.

Prints medians (and the range) with PASS or MISS beside the targeted figure; exits 0 unless
--check is given and a target is missed (see benchmarks/README.md).
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import harness  # benchmarks/harness.py

REPO = Path(__file__).resolve().parent.parent
TARGET_SAMPLE_MS = 150.0
LOAD_PROBE = ("import time; t = time.perf_counter(); from reader.core import pinyin; pinyin.load(); "
              "print((time.perf_counter() - t) * 1000)")


def timed(work, runs: int, before=None) -> list[float]:
    """Milliseconds of each of ``runs`` calls of ``work`` (``before`` runs untimed first)."""
    times = []
    for _ in range(runs):
        if before is not None:
            before()
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return times


def describe(times: list[float]) -> str:
    return f"{statistics.median(times):8.1f} ms  (range {min(times):.1f}–{max(times):.1f})"


def load_times(runs: int, env: dict[str, str]) -> list[float]:
    times = []
    for _ in range(runs + 1):  # the first run warms the page cache and the bytecode
        result = subprocess.run([sys.executable, "-c", LOAD_PROBE], env=env, cwd=REPO,
                                capture_output=True, text=True, check=True)
        times.append(float(result.stdout.strip()))
    return times[1:]


def main(argv: list[str] | None = None) -> int:
    parser = harness.parser(__doc__, 2.0, qt=False)
    parser.add_argument("--runs", type=int, default=5, help="runs of each in-process figure (default 5)")
    parser.add_argument("--load-runs", type=int, default=5, help="processes that load pypinyin (default 5)")
    options = parser.parse_args(argv)
    with harness.private_folder(options, "pinyin") as folder:  # its data folder: no user corrections
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])))
        large, copies = harness.make_large_document(folder, options.size_mb)
        misses = run(large, copies, options, env)
    return harness.finish(misses, options)


def run(large: Path, copies: int, options, env) -> list[str]:
    from reader.bundled import sample_report
    from reader.core import export, pinyin
    from reader.core.parsing import parse_file
    from reader.core.speech_text import prepare_for_speech, with_inline_pinyin

    if not pinyin.available():
        print("pypinyin is not installed: nothing to measure.")
        return ["pypinyin installed"]
    misses = []
    print(f"Python {sys.version.split()[0]}, pypinyin {_version()}")

    print("\n1. Loading pypinyin (a new process each run)")
    print(f"   load()                          {describe(load_times(options.load_runs, env))}")

    pinyin.load()
    documents = [("the sample", parse_file(sample_report())), (f"{large.stat().st_size / 2**20:.1f} MB "
                                                               f"({copies} bodies)", parse_file(large))]
    for number, (name, document) in enumerate(documents, start=2):
        hanzi = sum(1 for char in document.text if pinyin.is_hanzi(char))
        print(f"\n{number}. {name}: {len(document.blocks):,} blocks, {hanzi:,} hanzi")

        def annotate(document=document):
            for block in document.blocks:
                pinyin.readings(block.text)

        runs = options.runs if number == 2 else max(1, min(options.runs, 3))
        times = timed(annotate, runs, before=pinyin._cache.clear)
        line = f"   readings of every block         {describe(times)}"
        if number == 2:
            met = statistics.median(times) <= TARGET_SAMPLE_MS
            line += f"   target ≤ {TARGET_SAMPLE_MS:.0f} ms  {'PASS' if met else 'MISS'}"
            if not met:
                misses.append("sample annotation")
        print(line)
        per_hanzi = statistics.median(times) * 1000 / max(hanzi, 1)
        print(f"   per hanzi                       {per_hanzi:8.2f} µs")
        if number == 3:
            print("   (the body repeats: its later copies hit the reading cache, as a reopened text does)")
        html_times = timed(lambda document=document: export.to_html(document, "marks"), runs,
                           before=pinyin._cache.clear)
        print(f"   export to HTML with <ruby>      {describe(html_times)}")
        if number == 2:
            def spoken(document=document):
                for block in document.blocks:
                    with_inline_pinyin(prepare_for_speech(block.text))

            print(f"   text for an inline-pinyin engine {describe(timed(spoken, runs, before=pinyin._cache.clear))}")
    return misses


def _version() -> str:
    try:
        import importlib.metadata

        return importlib.metadata.version("pypinyin")
    except Exception:  # noqa: BLE001 - for the report only
        return "?"


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(130)
