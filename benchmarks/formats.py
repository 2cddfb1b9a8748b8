"""Opening a PDF of 50 and of 200 pages against the same text as .txt: open to shown.

    python benchmarks/formats.py [--pages 50 200] [--runs 3] [--current-platform] [--check]

Makes each PDF with Qt's PDF writer (QTextDocument printed to QPdfWriter, A4, 16 pt Noto
Serif CJK, the sample's body repeated until the page count is reached) and writes the text
it printed as a .txt beside it. Then, in one main window, opens each through File > Open's
route (MainWindow.open_path(..., wait=False): parsed in the loader's thread) and times from
the call to the window's document_shown signal; the median of --runs opens, after one
warm-up open that loads the PDF library. Also times the PDF front end alone (pypdfium2) and,
when pdfminer.six is installed, its text extraction of the same file, for the choice of
library. Prints each figure with PASS/MISS against TARGET_PER_PAGE_MS.
"""
from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

import harness  # benchmarks/harness.py

TARGET_PER_PAGE_MS = 25.0  # open to shown, per page of PDF


def make_pdf(folder: Path, pages: int) -> tuple[Path, Path]:
    """A PDF of about ``pages`` pages and the .txt of the same text."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

    from reader.bundled import sample_report

    body = Path(sample_report()).read_text("utf-8").split("浏览次数:-", 1)[-1].strip()  # the report's text
    per_copy = _pages_of(folder, body)  # pages one copy of the body fills
    copies = max(1, round(pages / per_copy))
    text = "大文件测试报告\n\n" + "\n".join(body for _ in range(copies))
    pdf, txt = folder / f"pages-{pages}.pdf", folder / f"pages-{pages}.txt"
    txt.write_text(text, "utf-8")
    writer = QPdfWriter(str(pdf))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.A4), QPageLayout.Portrait, QMarginsF(25, 30, 25, 30)))
    document = QTextDocument()
    document.setDefaultFont(QFont("Noto Serif CJK SC", 16))
    document.setPlainText(text)
    document.print_(writer)
    return pdf, txt


def _pages_of(folder: Path, body: str) -> float:
    import pypdfium2 as pdfium
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

    probe = folder / "probe.pdf"
    writer = QPdfWriter(str(probe))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.A4), QPageLayout.Portrait, QMarginsF(25, 30, 25, 30)))
    document = QTextDocument()
    document.setDefaultFont(QFont("Noto Serif CJK SC", 16))
    document.setPlainText(body * 4)
    document.print_(writer)
    return len(pdfium.PdfDocument(probe)) / 4


def open_to_shown(window, path: Path) -> float:
    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()
    shown = []
    window.document_shown.connect(lambda document: (shown.append(document), loop.quit()))
    started = time.perf_counter()
    window.open_path(path, wait=False)
    if not shown:
        loop.exec()
    elapsed = time.perf_counter() - started
    window.document_shown.disconnect()
    return elapsed


def median_time(action, runs: int) -> float:
    action()  # warm-up: libraries loaded, files in the page cache
    return statistics.median(_timed(action) for _ in range(runs))


def _timed(action) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    options = harness.parser(__doc__, 0.0)
    options.add_argument("--pages", type=int, nargs="+", default=[50, 200])
    options.add_argument("--runs", type=int, default=3)
    options = options.parse_args(argv)
    misses = []
    with harness.private_folder(options, "formats") as folder:
        from reader.core.parsing import parse_file
        from reader.gui.app import create_application
        from reader.gui.main_window import MainWindow

        create_application("en")
        window = MainWindow()
        window.open_sample()
        window.show()
        for pages in options.pages:
            pdf, txt = make_pdf(folder, pages)
            import pypdfium2 as pdfium
            real_pages = len(pdfium.PdfDocument(pdf))
            size_kb = pdf.stat().st_size // 1024
            print(f"\n{real_pages} pages: {pdf.name} {size_kb} KB, {txt.name} {txt.stat().st_size // 1024} KB")
            shown_pdf = median_time(lambda: open_to_shown(window, pdf), options.runs)
            shown_txt = median_time(lambda: open_to_shown(window, txt), options.runs)
            parse_pdf = median_time(lambda: parse_file(pdf), options.runs)
            parse_txt = median_time(lambda: parse_file(txt), options.runs)
            same = [(b.kind, b.text.replace(" ", "")) for b in parse_file(pdf).blocks] == [
                (b.kind, b.text.replace(" ", "")) for b in parse_file(txt).blocks]
            per_page = shown_pdf * 1000 / real_pages
            verdict = "PASS" if per_page <= TARGET_PER_PAGE_MS else "MISS"
            if verdict == "MISS":
                misses.append(f"{real_pages}-page PDF")
            print(f"  open to shown  PDF {shown_pdf:6.2f} s   TXT {shown_txt:6.2f} s   "
                  f"({per_page:.1f} ms a page, target {TARGET_PER_PAGE_MS:g}) {verdict}")
            print(f"  parse only     PDF {parse_pdf:6.2f} s   TXT {parse_txt:6.2f} s   same blocks: {same}")
            print(f"  pdfminer.six text extraction: {_pdfminer(pdf)}")
    return harness.finish(misses, options)


def _pdfminer(pdf: Path) -> str:
    try:
        from pdfminer.high_level import extract_text
    except ImportError:
        return "not installed"
    return f"{_timed(lambda: extract_text(str(pdf))):.2f} s"


if __name__ == "__main__":
    sys.exit(main())
