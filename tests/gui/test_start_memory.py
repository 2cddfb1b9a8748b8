"""What the window's start keeps in memory (issue #15: peak RSS at most 1.4x a bare window).

Each test fails without its cut: PySide's source check filling linecache, OpenSSL loaded for two
digests, the interface's Chinese drawn from a second face of the text's font file.
"""
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QTextLayout

from reader.gui.view.fonts import body_font, interface_font

START = """
    import linecache, sys
    from reader.gui.app import create_application
    from reader.gui.main_window import MainWindow
    app = create_application("en")
    window = MainWindow()
    window.show()
    window.open_sample()
    app.processEvents()
"""


def _run_start(tail: str) -> str:
    # The conftest's private READER_DATA_DIR goes with the environment.
    result = subprocess.run([sys.executable, "-c", textwrap.dedent(START) + textwrap.dedent(tail)],
                            capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_the_start_keeps_no_source_of_the_modules_it_imported():
    held = _run_start("print([name for name in linecache.cache if 'reader' in name])")
    assert held == "[]"  # PySide's feature check read and kept ~3.5 MB of them


def test_the_start_does_not_load_openssl():
    assert _run_start("print('_hashlib' in sys.modules)") == "False"  # libcrypto: 3.4 MB resident


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="Linux: mapped files")
def test_the_interface_and_the_text_share_one_face_of_each_font_file():
    mapped = _run_start("""
        files = [line.split()[-1] for line in open('/proc/self/maps') if '/fonts/' in line]
        print(' '.join(files))
    """).split()
    if not any("NotoSansCJK" in path for path in mapped):
        pytest.skip("no Noto Sans CJK installed")
    assert sorted(mapped) == sorted(set(mapped))  # each font file mapped once


def _faces(text: str, font: QFont) -> set[str]:
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return {run.rawFont().familyName() for run in layout.glyphRuns()}


def _cjk_family() -> str:
    return next(iter(_faces("字", body_font(12))))


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_interface_draws_chinese_from_the_texts_face_and_latin_from_its_own_family(qapp, language):
    default = QFont()  # the system's interface font, its Chinese left to Qt's fallback
    latin = _faces("Open", default)
    font = interface_font(default, language)
    assert _faces("Open", font) == latin  # the Latin letters as before
    assert _faces("打开（一）", font) == {_cjk_family()}


def test_a_traditional_interface_draws_chinese_in_traditional_forms(qapp):
    font = interface_font(QFont(), "zh_TW")
    if "Noto Sans CJK TC" not in font.families() or "Noto" not in _cjk_family():
        pytest.skip("needs Noto Sans CJK")
    assert _faces("說明", font) == {"Noto Sans CJK TC"}


def test_the_interface_font_follows_a_change_of_language(qapp):
    from reader.gui.app import create_application
    from reader.i18n import install_translators

    app = create_application("en")
    try:
        install_translators(app, "zh_TW")  # as View > Language does
        assert app.font().families()[1] == "Noto Sans CJK TC"
    finally:
        install_translators(app, "en")
    assert app.font().families()[1] == "Noto Sans CJK SC"
