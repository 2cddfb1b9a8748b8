"""Opening a 20 MB document: does the window keep answering?

    python benchmarks/big_document.py [--size-mb 20] [--current-platform] [--check]

Opens the sample in a main window (offscreen unless --current-platform), then a generated
document of about --size-mb MB (the sample's body repeated, as benchmarks/run.py makes it)
through File > Open's route (MainWindow.open_path(..., wait=False): parsed in a worker
thread, the text built in slices). Throughout, a 10 ms timer records the gaps between its
ticks and an event posted every 20 ms records how long it waited to be handled: the longest
of either is the longest stall. Then it goes to the end (Ctrl+End), to the last heading of the
outline and to the last match of a search (a document too tall for Qt's layout is shown in
parts: document_view.py), timing each and the longest stall around it, and checks that the
last sentence is laid out and in sight. Last, it starts the same open again and cancels it
after a second: how long the worker takes to stop. Prints each figure with PASS/MISS.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

import harness  # benchmarks/harness.py

REPO = Path(__file__).resolve().parent.parent
TARGET_STALL_MS = 100.0
TARGET_CANCEL_MS = 500.0
TARGET_SHOWN_S = 15.0
TARGET_JUMP_MS = 500.0  # going to the end, the last heading or the last match of a document in parts


def make_document(folder: Path, size_mb: float) -> tuple[Path, int]:
    """benchmarks/run.py's large document; its 一、 numbering goes round past 999 sections."""
    import run as generator

    numeral = generator.chinese_number
    generator.chinese_number = lambda n: numeral((n - 1) % 999 + 1)
    return harness.make_large_document(folder, size_mb)


def main(argv: list[str] | None = None) -> int:
    options = harness.parser(__doc__, 20.0).parse_args(argv)
    with harness.private_folder(options, "big") as folder:
        path, copies = make_document(folder, options.size_mb)
        misses = run(path, copies)
    return harness.finish(misses, options)


def run(path: Path, copies: int) -> list[str]:
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

    from reader.gui.app import create_application
    from reader.gui.main_window import MainWindow

    create_application("en")
    window = MainWindow()
    window.open_sample()
    window.show()
    QCoreApplication.processEvents()

    class Watch(QObject):
        """Ticks every 10 ms and answers a posted event every 20 ms, noting the delays."""

        def __init__(self):
            super().__init__()
            self.last = time.perf_counter()
            self.longest_gap = 0.0
            self.longest_answer = 0.0
            self.posted_at = None
            self.answers = 0
            self.tick = QTimer()
            self.tick.setInterval(10)
            self.tick.timeout.connect(self.on_tick)
            self.poster = QTimer()
            self.poster.setInterval(20)
            self.poster.timeout.connect(self.post)

        def start(self):
            self.last = time.perf_counter()
            self.longest_gap = self.longest_answer = 0.0
            self.tick.start()
            self.poster.start()

        def stop(self):
            self.tick.stop()
            self.poster.stop()

        def on_tick(self):
            now = time.perf_counter()
            self.longest_gap = max(self.longest_gap, now - self.last - 0.010)
            self.last = now

        def post(self):
            if self.posted_at is None:
                self.posted_at = time.perf_counter()
                QCoreApplication.postEvent(self, QEvent(QEvent.Type.User))

        def event(self, event):
            if event.type() == QEvent.Type.User:
                self.longest_answer = max(self.longest_answer, time.perf_counter() - self.posted_at)
                self.posted_at = None
                self.answers += 1
                return True
            return super().event(event)

    def spin_until(condition, limit: float) -> bool:
        deadline = time.perf_counter() + limit
        while not condition() and time.perf_counter() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.001)
        return condition()

    size_mb = path.stat().st_size / 1024 / 1024
    print(f"Opening {path.name}: {size_mb:.1f} MB, the sample's body {copies} times")
    watch = Watch()
    loaded = []
    window.loader.loaded.connect(loaded.append)
    progress_seen = []
    window.loader.progress.bar.valueChanged.connect(
        lambda value: progress_seen.append(window.loader.progress.isVisible()))

    watch.start()
    started = time.perf_counter()
    window.open_path(path, wait=False)
    shown = spin_until(lambda: bool(loaded), 120)
    shown_s = time.perf_counter() - started
    spin_until(lambda: window.outline.topLevelItemCount() > 0, 10)  # the outline follows the text
    watch.stop()
    open_gap, open_answer = watch.longest_gap, watch.longest_answer
    watch.start()  # Qt lays the text out in the background (QTextDocumentLayout's own timer)
    spin_until(lambda: False, 3.0)
    watch.stop()
    painted = time.perf_counter()
    window.view.grab()
    paint_ms = 1000 * (time.perf_counter() - painted)
    stall_ms = 1000 * max(open_gap, open_answer)
    layout_stall_ms = 1000 * max(watch.longest_gap, watch.longest_answer)

    misses: list[str] = []

    def verdict(ok: bool, name: str) -> str:
        if not ok:
            misses.append(name)
        return "PASS" if ok else "MISS"

    blocks = len(window.document.blocks) if shown else 0
    print(f"  shown (document in the view): {shown_s:6.2f} s   {verdict(shown and shown_s < TARGET_SHOWN_S, 'shown')}"
          f"  ({blocks:,} blocks, {len(window.document.sentences) if shown else 0:,} sentences)")
    print(f"  outline headings:             {len(window.outline._items):,}")
    print(f"  painting the view afterwards: {paint_ms:6.1f} ms")
    print(f"  progress bar shown:           {'yes' if any(progress_seen) else 'no'}")
    print("  while opening (File > Open to the outline shown):")
    print(f"    longest timer gap:          {1000 * open_gap:6.1f} ms")
    print(f"    longest wait of an event:   {1000 * open_answer:6.1f} ms")
    print(f"    longest stall:              {stall_ms:6.1f} ms   target < {TARGET_STALL_MS:.0f} ms   "
          f"{verdict(stall_ms < TARGET_STALL_MS, 'longest stall while opening')}")
    height = window.view.document().documentLayout().documentSize().height()  # (lays it all out)
    print("  the 3 s after, while Qt lays the text out in steps of up to 200,000 characters:")
    print(f"    longest stall:              {layout_stall_ms:6.1f} ms   target < {TARGET_STALL_MS:.0f} ms   "
          f"{verdict(layout_stall_ms < TARGET_STALL_MS, 'longest stall of Qt laying out')}")
    print(f"    text height{' (the first part)' if window.view.part_count > 1 else ''}: {height:,.0f} px"
          + ("  (Qt's limit: QTextDocumentLayout stops near 8,388,608 px;"
          " the rest of the text cannot be laid out or reached)" if height >= 8_388_000 else ""))

    # To the end: Ctrl+End, the last heading of the outline, the last match of a search.
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest

    view, document = window.view, window.document

    def in_sight(offset: int) -> bool:
        """Laid out (a non-empty block) and inside the viewport."""
        if not view.shows_offset(offset):
            return False
        cursor = QTextCursor(view.document())
        cursor.setPosition(view.model_to_view(offset))
        box = view.document().documentLayout().blockBoundingRect(cursor.block())
        return not box.isEmpty() and view.viewport().rect().contains(view.cursorRect(cursor).center())

    def jump(name: str, go, offset) -> None:
        window.navigation.actions["start"].trigger()
        spin_until(lambda: False, 0.5)
        watch.start()
        began = time.perf_counter()
        go()
        took_ms = 1000 * (time.perf_counter() - began)
        spin_until(lambda: False, 0.5)
        watch.stop()
        stall = 1000 * max(watch.longest_gap, watch.longest_answer)
        seen = in_sight(offset())
        print(f"  {name + ':':30}{took_ms:6.1f} ms   longest stall {stall:6.1f} ms   "
              f"{'in sight' if seen else 'NOT REACHED'}   "
              f"{verdict(seen and took_ms < TARGET_JUMP_MS and stall < TARGET_STALL_MS, name)}")

    print(f"  shown in {view.part_count} part(s); going to the end (target < {TARGET_JUMP_MS:.0f} ms, laid out and in sight,"
          f" stalls < {TARGET_STALL_MS:.0f} ms):")
    last_sentence = document.sentences[-1]
    view.setFocus()
    jump("Ctrl+End", lambda: QTest.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier),
         lambda: last_sentence.start)
    headings = list(document.headings())
    middle = headings[len(headings) // 2]  # in a full part (the last part may be short)
    jump("a heading mid-way (outline)", lambda: window.outline.itemActivated.emit(
        window.outline._items[middle.block], 0), lambda: document.blocks[middle.block].start)
    last_heading = headings[-1]
    jump("the last heading (outline)", lambda: window.outline.itemActivated.emit(
        window.outline._items[last_heading.block], 0), lambda: document.blocks[last_heading.block].start)
    find = window.find
    find.open()
    find.bar.field.setText("执法")
    find.update_matches()
    find.close()
    jump("the last match (Shift+F3)", find.find_previous, lambda: find.matches[find.current].start)
    print(f"    (the last of {len(find.matches):,} matches: {find.current == len(find.matches) - 1})")
    find.close()

    # Cancel: the window keeps its document and the worker stops.
    before = window.document
    window.open_path(window.loader.path, wait=False)
    spin_until(lambda: False, 1.0)
    thread = window.loader.job.thread
    cancelled_at = time.perf_counter()
    window.loader.cancel()
    thread.join(10)
    cancel_ms = 1000 * (time.perf_counter() - cancelled_at)
    print(f"  cancel to worker stopped:     {cancel_ms:6.1f} ms   target < {TARGET_CANCEL_MS:.0f} ms   "
          f"{verdict(not thread.is_alive() and cancel_ms < TARGET_CANCEL_MS and window.document is before, 'cancel')}")
    window.close()
    return misses


if __name__ == "__main__":
    sys.exit(main())
