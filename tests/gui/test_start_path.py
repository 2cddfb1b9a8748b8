"""What the way to the first window leaves for first use (issue #15's start-up targets): the
modules of features not visible at start load when the feature is first used, not before the
first paint. The window is started as the reader starts it, in its own process."""
import json
import os
import subprocess
import sys

import pytest

# Loaded on first use, not on the way to the first window (default settings).
LOADED_ON_FIRST_USE = [
    "reader.gui.reading.search_results",  # the find results panel
    # read aloud's reading (the menu, its shortcuts and the toolbar's tools are there)
    "reader.gui.speech.transport", "reader.gui.speech.passages", "reader.gui.speech.tuning",
    "reader.gui.speech.point_reading", "reader.gui.speech.status", "reader.core.speech_errors",
    # favorites: only the store (it follows each document shown) and the menu are there
    "reader.gui.favorites.undo", "reader.gui.favorites.opening", "reader.gui.favorites.transfer",
    "reader.gui.favorites.panel_host",
    # pinyin off: its menu is there; core/pinyin.py, its lexicon and the ruby painter are not
    # (the caption bar, off, loads ruby.py when first shown)
    "reader.core.pinyin", "reader.core.readings", "reader.gui.pinyin.ruby", "pypinyin",
    "reader.core.spoken",  # the Go menu's heading announcements: with the first jump
    "reader.gui.display.overlays", "reader.gui.display.pointer",  # guide lines, line focus, 大鼠标: off
    "reader.gui.output.output_target", "reader.core.cooperative",  # File > Export…'s checks and pacing
    "reader.gui.view.table_writing",  # the sample has no table
    "reader.core.anchors",  # a reading position found again in a changed file (and favorites)
    "reader.core.action_names",  # the command palette's names in every language and their ranking
]


def modules_at_start(data_dir, settings: dict | None = None) -> set[str]:
    """The reader's modules loaded once the window has shown the sample and painted."""
    modules = "sorted(m for m in sys.modules if m.startswith(('reader', 'pypinyin', 'pyttsx3')))"
    return set(_after_start(data_dir, modules, settings=settings))


def _after_start(data_dir, result_expression: str, before: str = "", settings: dict | None = None,
                 start: str = "--quit-after-paint"):
    """``result_expression`` (JSON) in a process that ran ``before``, then started the reader,
    which showed the sample and painted it (``start``: --quit-after-show, laid out, not painted)."""
    code = (f"import sys, json\n{before}\n"
            "from reader.core.settings import Settings; s = Settings()\n"
            f"[s.set(k, v) for k, v in {settings or {}!r}.items()]\n"
            f"from reader.__main__ import main; main([{start!r}])\n"
            f"print(json.dumps({result_expression}))")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "READER_DATA_DIR": str(data_dir)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def started(tmp_path_factory) -> set[str]:
    return modules_at_start(tmp_path_factory.mktemp("data"))


@pytest.mark.parametrize("module", LOADED_ON_FIRST_USE)
def test_the_first_window_leaves_the_module_for_first_use(started, module):
    assert "reader.gui.main_window" in started  # the window was made
    assert module not in started


def test_pinyin_and_the_caption_bar_left_on_are_built_with_the_window(tmp_path):
    """A setting restored at start shows its feature in the first window: nothing moves later."""
    started = modules_at_start(tmp_path, {"pinyin_mode": "all", "caption_bar": True, "guide_lines": True,
                                          "line_focus": 3, "large_pointer": True})
    assert {"reader.core.pinyin", "reader.gui.pinyin.ruby", "reader.gui.pinyin.over_text",
            "reader.gui.display.overlays", "reader.gui.display.pointer"} <= started



@pytest.mark.skipif(not os.path.exists("/proc/self/maps"), reason="lists mapped libraries on Linux only")
def test_the_first_window_loads_no_svg_library(tmp_path):
    """The window's icon and the style sheet's arrows are PNGs: QtSvg and its image and icon-engine
    plugins (~3.5 ms of start-up) load when something first shows an SVG (Qt's file dialog, a theme)."""
    mapped = ("sorted({line.split()[-1].rsplit('/', 1)[-1] for line in open('/proc/self/maps')"
              " if 'Qt6' in line or '/plugins/' in line})")
    _after_start(tmp_path, "0")  # the style sheet's drawings written into the cache once
    libraries = _after_start(tmp_path, mapped)
    assert "libQt6Widgets.so.6" in libraries  # the list is the process's Qt
    assert [name for name in libraries if "svg" in name.lower()] == []

# Every regular expression the reader compiles (re._compile: re.compile, re.match(text, …) …), by the
# reader's module that asked for it.
_NOTE_PATTERNS = """
import re
asked = set()
_compile = re._compile
def _noting(pattern, flags):
    frame = sys._getframe(1)
    while frame and not frame.f_globals.get("__name__", "").startswith("reader"):
        frame = frame.f_back
    if frame:
        asked.add(frame.f_globals["__name__"])
    return _compile(pattern, flags)
re._compile = _noting
"""


def test_patterns_of_pinyin_spacing_tables_and_file_reading_are_compiled_when_first_needed(tmp_path):
    """Pinyin's spacing and tables' figures (the sample shows neither) and the sniffing of a file's
    type and charset (the sample comes from the parse cache) cost no compiling before the first paint."""
    _after_start(tmp_path, "0")  # the sample parsed once: in the parse cache
    asking = set(_after_start(tmp_path, "sorted(asked)", before=_NOTE_PATTERNS))
    assert asking, "the hook saw none of the reader's patterns"
    assert not asking & {"reader.gui.view.text_writing", "reader.gui.view.table_writing", "reader.core.loading"}

# The dataclasses made on the way to the first window. Python 3.11's dataclass compiles each class's
# methods from source text (six exec calls for a frozen one): ~1 ms a class, 2.7 ms for a Scheme of
# 19 fields; 16 of them cost ~14 ms of start-up. A NamedTuple is made in ~0.1 ms.
_NOTE_DATACLASSES = """
import dataclasses
made = []
_process_class = dataclasses._process_class
def _noting(cls, *args, **kwargs):
    made.append(f"{cls.__module__}.{cls.__qualname__}")
    return _process_class(cls, *args, **kwargs)
dataclasses._process_class = _noting
"""


def test_no_dataclass_is_made_on_the_way_to_the_first_window(tmp_path):
    _after_start(tmp_path, "0")  # the sample parsed once: in the parse cache, as at every later start
    probe = "\n@dataclasses.dataclass\nclass Probe:\n    x: int\n"  # the hook sees a dataclass made
    made = _after_start(tmp_path, "made", before=_NOTE_DATACLASSES + probe)
    assert made[0] == "__main__.Probe"
    assert made[1:] == [], "records made at start are NamedTuples (or classes with slots), not dataclasses"


def test_a_document_from_the_parse_cache_leaves_decoding_files_for_first_use(tmp_path):
    """Every start after the first opens the sample from the parse cache: neither the parser nor
    decoding a file's bytes (binary detection, charsets) is loaded."""
    _after_start(tmp_path, "0")  # the sample parsed once: in the parse cache
    started, made = _after_start(tmp_path, "[sorted(m for m in sys.modules if m.startswith('reader')), made]",
                                 before=_NOTE_DATACLASSES)
    assert "reader.core.parse_cache" in started
    assert not set(started) & {"reader.core.decoding", "reader.core.parsing"}
    assert "reader.core.decoding.LoadedText" not in made  # decoding's result: it was made with loading.py's LoadError


def test_the_collector_rests_until_the_window_is_shown_with_its_document(tmp_path):
    """The imports and the window's making leave next to no garbage: Python's collector went over
    their objects ~60 times for it (~8 ms of start-up, ~2 ms more for the window). It runs again
    once the window is shown with its document, what the start made set aside (frozen)."""
    code = ("import gc, json, os, sys\n"
            "log = []\n"
            "def shown():\n"
            "    widgets = sys.modules.get('PySide6.QtWidgets')\n"
            "    app = widgets.QApplication.instance() if widgets is not None else None\n"
            "    return app is not None and any(top.isVisible() and getattr(top, 'document', None) is not None\n"
            "                                   for top in app.topLevelWidgets())\n"
            "gc.callbacks.append(lambda phase, info: phase == 'start' and log.append(shown()))\n"
            "end = os._exit\n"
            "def ending(status):\n"
            "    print(json.dumps({'collections': log, 'enabled': gc.isenabled(),\n"
            "                      'frozen': gc.get_freeze_count()}), flush=True)\n"
            "    end(status)\n"
            "os._exit = ending\n"
            "sys.argv = ['reader', '--quit-after-show']\n"
            "from reader.__main__ import main\n"
            "log.clear()\n"
            "main()\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "READER_DATA_DIR": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["enabled"], "the collector runs again"
    assert all(seen["collections"]), "no collection before the window was shown with its document"
    assert seen["frozen"] > 20_000, "the start's objects (modules, the window's parts) are set aside"


# Every call of a Python event handler that takes any QEvent (eventFilter, event, changeEvent) on the
# way to the first window, by the reader's module. The window is not painted offscreen here: this is
# all of the way up to the first paint.
_NOTE_EVENT_HANDLERS = """
handled = {}
def _noting(frame, kind, _arg):
    if kind == "call" and frame.f_code.co_name in ("eventFilter", "event", "changeEvent"):
        module = frame.f_globals.get("__name__", "")
        if module.startswith("reader"):
            name = f"{module}.{frame.f_code.co_qualname}"
            handled[name] = handled.get(name, 0) + 1
sys.setprofile(_noting)
"""
# Those that must see the events of the window's showing: the toolbar's groups are wrapped onto
# lines at the window's width (its Resize), and the text keeps its own font when the widget's changes.
BEFORE_THE_FIRST_PAINT = {"reader.gui.display.toolbar_layout.ToolbarLines.eventFilter",
                          "reader.gui.view.document_view.DocumentView.changeEvent"}


@pytest.mark.parametrize("settings", [{}, {"elder_mode": True}], ids=["default", "elder mode"])
def test_what_follows_the_readers_keys_and_clicks_waits_for_the_first_paint(tmp_path, settings):
    """The toolbar's keys, Esc in a panel, focus coming home (regions.py), an open menu's own keys
    (navigation_menu.py), pinyin's Correct Reading in the context menu, read aloud's end with the
    window and elder mode's fitting of dialogs to the screen (appearance.py, a filter on the whole
    application): their event filters go in once the window is painted. In Python, each saw the
    hundreds of events of the window's building and showing (~700 calls, ~1.3 % of the start's
    instructions)."""
    handled = _after_start(tmp_path, "handled", before=_NOTE_EVENT_HANDLERS, settings=settings,
                           start="--quit-after-show")
    assert "reader.gui.display.toolbar_layout.ToolbarLines.eventFilter" in handled  # the hook saw them
    assert set(handled) <= BEFORE_THE_FIRST_PAINT, handled
    assert sum(handled.values()) < 150, handled


# Qt classes PySide6 makes (each with its Python enums) only when Python first touches them, and
# that the way to the first window does not touch: elder mode's fitting of dialogs (appearance.py).
QT_CLASSES_LEFT_FOR_FIRST_USE = ["QDialog", "QSplitter"]


def test_the_first_window_leaves_qt_classes_of_rare_paths_unmade(tmp_path):
    made = set(_after_start(tmp_path, "sorted(sys.modules['PySide6.QtWidgets'].__dict__)"))
    assert "QMainWindow" in made  # PySide6 lists in its module what it has made
    assert not made & set(QT_CLASSES_LEFT_FOR_FIRST_USE)


def test_the_start_makes_no_accessibility_announcement_classes(tmp_path):
    """The sample's "Opened: …" is not told to screen readers as the reader starts (they say the
    window's title, the document's, as it comes up): Qt's QAccessible class and its enumerations
    (~200 members) are not made on the way to the first window. The status bar still says it."""
    made, status = _after_start(tmp_path, "['QAccessible' in sys.modules['PySide6.QtGui'].__dict__,"
                                " [w for w in __import__('PySide6.QtWidgets').QtWidgets.QApplication.topLevelWidgets()"
                                " if hasattr(w, 'statusBar')][0].statusBar().currentMessage()]")
    assert not made
    assert status.startswith("Opened:") or status.startswith("已打开")


@pytest.mark.parametrize("menu", ["view_menu", "accessibility.more_menu"])  # the menu bar's; the window's own
def test_an_open_menus_keys_are_filtered_from_the_first_menu_opened(tmp_path, menu):
    """The filter that hands an open menu its plain keys (menu_keys.py) sees every event of the
    application in Python: it goes in when a menu first opens, not with the first paint, when the
    window's activation would have PySide6 look through every Qt class (~15 ms)."""
    seen = _after_start(tmp_path, "seen", start="--quit-after-paint", before=(
        "import reader.gui.app as app_module\n"
        "seen = []\n"
        "run = app_module.show_and_run\n"
        "def note(app, window):\n"
        "    seen.append(app.property('menu_keys_first'))  # painted\n"
        f"    window.{menu}.aboutToShow.emit()\n"
        "    seen.append(app.property('menu_keys_first'))\n"
        "def showing(app, window, *args):\n"
        "    window.view.when_painted(lambda: note(app, window))\n"
        "    return run(app, window, *args)\n"
        "app_module.show_and_run = showing\n"))
    assert seen == [None, True]
