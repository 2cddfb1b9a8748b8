"""What the window's start keeps in memory (issue #15: peak RSS at most 1.4x a bare window).

Each test fails without its cut: PySide's source check filling linecache, OpenSSL loaded for two
digests.
"""
import os
import subprocess
import sys
import textwrap

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
