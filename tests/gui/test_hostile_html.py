"""A hostile web page: nothing runs and nothing is fetched.

The page's resources (scripts, frames, images, style sheets, fonts, media, form targets,
refresh and base URLs) all point at a local HTTP server that counts the requests it gets.
The reader opens the page, renders the window, prints it, exports it as PDF and prints its
outline on the command line; the server must have seen no request at all, and no script
text may reach the document.
"""
from __future__ import annotations

import http.server
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

REPOSITORY = Path(__file__).resolve().parents[2]
MARKER = "EVIL_MARKER"


class _CountingHandler(http.server.BaseHTTPRequestHandler):
    requests: list[str] = []

    def _answer(self) -> None:
        type(self).requests.append(f"{self.command} {self.path}")
        body = f"alert('{MARKER} fetched')".encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_HEAD = _answer  # noqa: N815 - http.server's names

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def server():
    _CountingHandler.requests = []
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _CountingHandler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", _CountingHandler.requests
    httpd.shutdown()
    httpd.server_close()


def hostile_page(base: str) -> str:
    return f"""<!DOCTYPE html>
<html><head>
<meta charset="utf-8">
<meta http-equiv="refresh" content="0; url={base}/refresh">
<base href="{base}/base/">
<title>关于开展安全检查的通知_政府网站</title>
<link rel="stylesheet" href="{base}/style.css">
<link rel="preload" href="{base}/preload.js" as="script">
<link rel="icon" href="{base}/favicon.ico">
<style>@import url("{base}/import.css"); body {{ background: url({base}/background.png); }}
@font-face {{ font-family: x; src: url({base}/font.woff); }}</style>
<script src="{base}/script.js"></script>
<script>document.write("{MARKER} write"); fetch("{base}/fetch");</script>
</head>
<body onload="alert('{MARKER} onload')" background="{base}/body.png">
<h1 onclick="alert('{MARKER} click')">关于开展安全检查的通知</h1>
<p style="background-image: url('{base}/inline.png')" onmouseover="alert('{MARKER}')">各镇人民政府：</p>
<p>一、请于三月底前完成检查。<a href="javascript:alert('{MARKER} link')">点击这里</a></p>
<p><img src="{base}/image.png" alt="图片" onerror="alert('{MARKER} img')" srcset="{base}/image2.png 2x"></p>
<iframe src="{base}/frame.html">{MARKER} iframe</iframe>
<frameset><frame src="{base}/frame2.html"></frameset>
<object data="{base}/object.swf">{MARKER} object</object>
<embed src="{base}/embed.swf">
<video src="{base}/video.mp4" poster="{base}/poster.png"><source src="{base}/source.mp4"></video>
<audio src="{base}/audio.mp3"></audio>
<svg><image href="{base}/svg.png"/><script>alert('{MARKER} svg')</script></svg>
<form action="{base}/submit" method="post"><input name="q" value="{MARKER} input"><button>提交</button></form>
<noscript>{MARKER} noscript</noscript>
<template><img src="{base}/template.png"></template>
<table background="{base}/table.png"><tr><td>项目</td><td>数量</td></tr><tr><td>检查</td><td>5次</td></tr></table>
<p>二、各单位要认真落实。</p>
<script>alert("{MARKER} end")</script>
<p>广州市花都区人民政府</p>
<p>2021年3月5日</p>
</body></html>"""


def test_a_hostile_page_runs_nothing_and_fetches_nothing(window, server, tmp_path, figures):
    from PySide6.QtPrintSupport import QPrinter

    from reader.gui.output.printing import PrintDocument, render

    base, requests = server
    page = tmp_path / "hostile.html"
    page.write_text(hostile_page(base), encoding="utf-8")

    assert window.open_path(page)
    document = window.document
    assert "各单位要认真落实" in document.text and "点击这里" in document.text
    for text in (document.text, window.view.toPlainText(), window.windowTitle()):
        for forbidden in (MARKER, "alert", "script", "fetch(", "javascript", "http://"):
            assert forbidden not in text

    for _ in range(5):  # any timer-driven loading would have its chance here
        QApplication.processEvents()
    assert not window.view.grab().isNull()
    scrolled = window.view.verticalScrollBar()
    scrolled.setValue(scrolled.maximum())
    window.view.grab()

    assert window.printing.export(tmp_path / "hostile.pdf")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert render(PrintDocument(document), printer) > 0

    for arguments in ([], ["--json"]):
        result = subprocess.run([sys.executable, "-m", "reader", "outline", str(page), *arguments],
                                capture_output=True, text=True, encoding="utf-8", cwd=REPOSITORY, timeout=120)
        assert result.returncode == 0, result.stderr
        assert MARKER not in result.stdout and "alert" not in result.stdout

    screenshot = tmp_path / "shot.png"
    result = subprocess.run([sys.executable, "-m", "reader", str(page), "--screenshot", str(screenshot)],
                            capture_output=True, text=True, encoding="utf-8", cwd=REPOSITORY, timeout=120,
                            env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert screenshot.exists()

    figures["hostile page: requests seen by the server"] = len(requests)
    assert requests == [], requests


def test_the_view_loads_no_resources(window, server):
    """Even a resource asked for by name (an image in pasted HTML) is not fetched."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    base, requests = server
    for url in (f"{base}/direct.png", "file:///etc/passwd", "qrc:/nothing.png"):
        assert window.view.loadResource(QTextDocument.ResourceType.ImageResource, QUrl(url)) is None
    window.view.setHtml(f'<p>x<img src="{base}/pasted.png"></p>')
    window.view.grab()
    assert requests == []
