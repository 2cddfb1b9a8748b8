"""Builds the reader's packages, and checks them.

    python packaging/build.py wheel [--out DIR]        the wheel (and sdist), contents checked
    python packaging/build.py pyinstaller [--dist DIR] the one-folder app (DIR/reader), for this OS
    python packaging/build.py smoke [--dist DIR]       start the one-folder app and check it works
    python packaging/build.py all [--out DIR]          wheel, one-folder app and smoke test (`make package`)
    python packaging/build.py icons [DIR]              reader.ico and reader.icns from the SVG icon
    python packaging/build.py validate                 desktop-file-validate and appstreamcli validate
    python packaging/build.py linux-desktop-install [--prefix DIR] [--exec PROGRAM] [--uninstall]
                                                       the menu entry, icon and metainfo (Linux)

Run it with the project's venv (`.venv/bin/python`): the builds use its PySide6 (to compile
the translations) and PyInstaller (the `package` extra). Default output folder: dist/.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import wave
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
APP_ID = "io.github.govdoc_reader.Reader"
DESKTOP_FILE = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO_FILE = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
SAMPLE = "huadu-police-2020-rule-of-law-report.txt"
FORMAT_FIXTURES = ROOT / "tests" / "fixtures" / "formats"
# What the wheel is built from: a copy of these, so that nothing left in build/ gets in.
SOURCE_ITEMS = ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "LICENSE", "reader", "resources",
                "i18n", "tools")


def say(message: str) -> None:
    print(f"build: {message}", flush=True)


def folder_size(path: Path) -> int:
    return sum(item.stat().st_size for item in path.rglob("*") if item.is_file() and not item.is_symlink())


def megabytes(size: int) -> str:
    return f"{size / 1e6:.1f} MB"


# --- the wheel -----------------------------------------------------------------------------

def expected_wheel_files() -> list[str]:
    """Files a working install needs: the entry point's module, the data, every translation."""
    translations = [f"reader/resources/i18n/{ts.stem}.qm" for ts in sorted((ROOT / "i18n").glob("*.ts"))]
    return ["reader/__main__.py", "reader/speech/worker.py", f"reader/resources/{SAMPLE}",
            "reader/resources/lexicon.tsv", "reader/resources/icons/reader.svg",
            "reader/resources/icons/reader-48.png", *translations]


def wheel_problems(wheel: Path) -> list[str]:
    """What is missing or wrong in a built wheel (an empty list when it is fine)."""
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        problems = [f"missing {name}" for name in expected_wheel_files() if name not in names]
        problems += [f"empty {name}" for name in names
                     if name.endswith(".qm") and archive.getinfo(name).file_size == 0]
        entry_points = [name for name in names if name.endswith(".dist-info/entry_points.txt")]
        if not entry_points or "reader = reader.__main__:main" not in archive.read(entry_points[0]).decode():
            problems.append("no `reader` console script in entry_points.txt")
        if not any(name.endswith(".dist-info/licenses/LICENSE") for name in names):
            problems.append("no LICENSE in the .dist-info")
        problems += [f"should not be there: {name}" for name in names
                     if "__pycache__" in name or name.startswith(("tests/", "tools/", "packaging/"))]
    return problems


def _source_copy(folder: Path) -> Path:
    source = folder / "source"
    source.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", "*.qm")
    for item in SOURCE_ITEMS:
        path = ROOT / item
        if path.is_dir():
            shutil.copytree(path, source / item, ignore=ignore)
        elif path.exists():
            shutil.copy2(path, source / item)
    shutil.rmtree(source / "resources" / "i18n", ignore_errors=True)  # as in a fresh clone
    return source


def build_wheel(out: Path, sdist: bool = True) -> Path:
    """Build the wheel (and the sdist) from a clean copy of the sources, without build isolation.

    The copy has no compiled translations (no resources/i18n/ at all, as in a fresh clone):
    the build itself must make them.
    """
    out.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="reader-wheel-") as folder:
        source = _source_copy(Path(folder))
        built = Path(folder) / "built"
        subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                        "--disable-pip-version-check", "-q", "-w", str(built), str(source)], check=True)
        if sdist:
            subprocess.run([sys.executable, "-c", "import sys; from setuptools import build_meta; "
                            "print(build_meta.build_sdist(sys.argv[1]))", str(built)],
                           cwd=source, check=True, stdout=subprocess.DEVNULL)
        results = []
        for path in sorted(built.iterdir()):
            target = out / path.name
            shutil.copy2(path, target)
            results.append(target)
    wheel = next(path for path in results if path.suffix == ".whl")
    problems = wheel_problems(wheel)
    if problems:
        raise SystemExit("build: the wheel is wrong:\n  " + "\n  ".join(problems))
    with zipfile.ZipFile(wheel) as archive:
        data = sorted(name for name in archive.namelist() if name.startswith("reader/resources/"))
    for path in results:
        say(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: {megabytes(path.stat().st_size)}")
    say(f"wheel data: {', '.join(name.removeprefix('reader/resources/') for name in data)}")
    say(f"wheel built and checked in {time.monotonic() - started:.1f} s")
    return wheel


# --- the one-folder app (PyInstaller) ----------------------------------------------------

def app_folder(dist: Path) -> Path:
    return dist / "reader"


def executable(dist: Path, console: bool = False) -> Path:
    folder = app_folder(dist)
    if sys.platform == "win32":
        return folder / ("reader-cli.exe" if console else "reader.exe")
    return folder / "reader"


def build_app(dist: Path, work: Path | None = None) -> Path:
    sys.path.insert(0, str(ROOT))
    from tools.translations import compile_translations

    compile_translations()
    started = time.monotonic()
    work = work or ROOT / "build" / "pyinstaller"
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work), str(PACKAGING / "reader.spec")],
                   check=True)
    folder = app_folder(dist)
    say(f"{folder}: {megabytes(folder_size(folder))} in {sum(1 for _ in folder.rglob('*'))} files, "
        f"built in {time.monotonic() - started:.0f} s")
    return folder


# --- the smoke test ------------------------------------------------------------------------

def screenshot_problems(path: Path, size: tuple[int, int]) -> list[str]:
    """Why a screenshot is not a rendered window: missing, wrong size, (nearly) one colour."""
    if not path.is_file() or path.stat().st_size == 0:
        return [f"no screenshot at {path}"]
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    if image.isNull():
        return [f"{path} is not an image"]
    if (image.width(), image.height()) != size:
        return [f"{path} is {image.width()}x{image.height()}, not {size[0]}x{size[1]}"]
    counts: dict[int, int] = {}
    step = 2
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            colour = image.pixel(x, y)
            counts[colour] = counts.get(colour, 0) + 1
    total = sum(counts.values())
    commonest = max(counts.values())
    if len(counts) < 16 or commonest > 0.995 * total:
        return [f"{path} is blank: {len(counts)} colours, the commonest on "
                f"{100 * commonest / total:.1f}% of the pixels"]
    return []


def wav_problems(path: Path) -> list[str]:
    if not path.is_file():
        return [f"no WAV at {path}"]
    try:
        with wave.open(str(path), "rb") as audio:
            frames, rate = audio.getnframes(), audio.getframerate()
            samples = audio.readframes(frames)
    except (wave.Error, EOFError) as error:
        return [f"{path} is not a WAV file: {error}"]
    if frames < rate // 2:
        return [f"{path} holds {frames} frames, under half a second"]
    if not any(samples):
        return [f"{path} is silent"]
    return []


class Smoke:
    """Runs the built app as a user would; each check reports passed or failed."""

    def __init__(self, dist: Path):
        self.dist = dist
        self.passed: list[str] = []
        self.failed: list[str] = []
        self.folder = Path(tempfile.mkdtemp(prefix="reader-smoke-"))
        self.env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
                        READER_DATA_DIR=str(self.folder / "data"))
        # The frozen app must not lean on the build's Python or the checkout.
        for name in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"):
            self.env.pop(name, None)

    def run(self, name: str, arguments: list[str], console: bool = True, timeout: float = 120,
            env: dict[str, str] | None = None) -> subprocess.CompletedProcess | None:
        command = [str(executable(self.dist, console)), *arguments]
        try:
            result = subprocess.run(command, capture_output=True, timeout=timeout, cwd=self.folder,
                                    env=env or self.env, stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            self.fail(name, f"timed out after {timeout:.0f} s: {' '.join(command)}")
            return None
        if result.returncode != 0:
            stderr = result.stderr.decode("utf-8", "replace").strip()[-1500:]
            self.fail(name, f"exit status {result.returncode}: {' '.join(command)}\n{stderr}")
            return None
        return result

    def check(self, name: str, problems: list[str]) -> None:
        if problems:
            self.fail(name, "; ".join(problems))
        else:
            self.passed.append(name)
            print(f"  ok    {name}", flush=True)

    def fail(self, name: str, message: str) -> None:
        self.failed.append(name)
        print(f"  FAIL  {name}: {message}", flush=True)

    def all(self) -> bool:
        if not executable(self.dist).exists():
            self.fail("executable", f"{executable(self.dist)} does not exist (build it first)")
            return False
        self.help()
        self.screenshots()
        self.outline()
        self.formats()
        self.translations()
        self.pinyin_export()
        self.speech()
        shutil.rmtree(self.folder, ignore_errors=True)
        return not self.failed

    def help(self) -> None:
        result = self.run("--help", ["--help"])
        if result is not None:
            self.check("--help", [] if b"--screenshot" in result.stdout else ["no --screenshot in --help"])

    def screenshots(self) -> None:
        for name, extra in (("screenshot", []), ("screenshot --elder", ["--elder"])):
            out = self.folder / f"{name.replace(' --', '-')}.png"
            started = time.monotonic()
            if self.run(name, ["--screenshot", str(out), "--size", "1000x700", *extra], console=False):
                self.check(f"{name} ({time.monotonic() - started:.1f} s)", screenshot_problems(out, (1000, 700)))

    def outline(self) -> None:
        html = self.folder / "notice.html"
        html.write_text("<html><head><meta charset='utf-8'><title>关于开展检查的通知</title></head><body>"
                        "<h1>关于开展检查的通知</h1><p>一、总体要求</p><p>各单位要认真落实。</p>"
                        "<p>二、工作安排</p><p>二〇二〇年十二月底前完成。</p></body></html>", encoding="utf-8")
        result = self.run("outline (HTML, selectolax)", ["outline", str(html), "--json"])
        if result is not None:
            model = json.loads(result.stdout)
            labels = [item.get("label") for item in model.get("outline", [])]
            self.check("outline (HTML, selectolax)", [] if model.get("title") and "一、" in labels
                       else [f"unexpected outline: {result.stdout[:300]!r}"])
        # No FILE: the window opens the bundled report, and `reader outline` needs one; the
        # sample report ships in the app, so outline it from there.
        sample = next(app_folder(self.dist).rglob(SAMPLE), None)
        if sample is None:
            self.fail("bundled sample report", f"no {SAMPLE} in {app_folder(self.dist)}")
            return
        result = self.run("outline (bundled report)", ["outline", str(sample), "--json"])
        if result is not None:
            model = json.loads(result.stdout)
            self.check("outline (bundled report)", [] if len(model.get("outline", [])) >= 3
                       else ["the bundled report has no outline"])

    def formats(self) -> None:
        """PDF (PDFium's library), Word (python-docx, lxml) and OFD (ofdkit): their front ends
        are imported by name, so the app must carry them (reader.spec's hidden imports)."""
        for name in ("official-paper.pdf", "official-paper.docx", "official-paper.ofd"):
            step = f"outline ({name})"
            result = self.run(step, ["outline", str(FORMAT_FIXTURES / name), "--json"])
            if result is not None:
                labels = [item.get("label") for item in json.loads(result.stdout).get("outline", [])]
                self.check(step, [] if labels == ["一、", "二、", "三、"] else [f"unexpected outline: {labels}"])

    def translations(self) -> None:
        missing = self.folder / "missing.txt"
        result = subprocess.run([str(executable(self.dist, True)), "outline", str(missing), "--lang", "zh_CN"],
                                capture_output=True, timeout=60, env=self.env, stdin=subprocess.DEVNULL)
        message = result.stderr.decode("utf-8", "replace")
        self.check("translations (zh_CN message)",
                   [] if result.returncode == 2 and "不存在" in message
                   else [f"exit {result.returncode}, stderr {message.strip()!r}"])

    def pinyin_export(self) -> None:
        source = self.folder / "pinyin.txt"
        source.write_text("关于重要工作的通知\n\n一、总体要求\n\n各银行要认真落实。\n", encoding="utf-8")
        out = self.folder / "pinyin-out.txt"
        if self.run("export --pinyin (pypinyin data)", ["export", str(source), "--format", "text",
                                                         "--pinyin", "-o", str(out)]):
            text = out.read_text(encoding="utf-8") if out.exists() else ""
            self.check("export --pinyin (pypinyin data)",
                       [] if "zhòng" in text and "háng" in text else [f"no pinyin in {text[:200]!r}"])

    def speech(self) -> None:
        """`reader speak` runs the speech worker as `reader -m reader.speech.worker`."""
        source = self.folder / "speak.txt"
        source.write_text("一、总体情况\n\n我们依法行政，建设法治政府。\n", encoding="utf-8")
        engines = ["auto"]  # the engine the Mandarin probe chooses (Debian 12's espeak-ng 1.51 is refused)
        if sys.platform.startswith("linux"):
            engines.append("pypi")  # the copy of espeak-ng the app ships
        for engine in engines:
            name = f"speak (engine: {engine})"
            out = self.folder / f"speech-{engine}.wav"
            env = dict(self.env, READER_SPEECH_ENGINE=engine)
            if self.run(name, ["speak", str(source), "--out", str(out)], env=env):
                self.check(name, wav_problems(out))


def smoke(dist: Path) -> bool:
    say(f"smoke test of {app_folder(dist)}")
    test = Smoke(dist)
    ok = test.all()
    # A closing line CI logs can count.
    print(f"smoke: {len(test.passed)} passed, {len(test.failed)} failed", flush=True)
    return ok


# --- desktop files ---------------------------------------------------------------------------

def validate() -> bool:
    ok = True
    for command in (["desktop-file-validate", str(DESKTOP_FILE)],
                    ["appstreamcli", "validate", "--no-net", "--pedantic", str(METAINFO_FILE)]):
        if shutil.which(command[0]) is None:
            say(f"{command[0]} is not installed (Debian: desktop-file-utils, appstream); skipped")
            continue
        result = subprocess.run(command, capture_output=True, text=True)
        output = (result.stdout + result.stderr).strip()
        say(f"{' '.join(command[:2])}: exit {result.returncode}" + (f"\n{output}" if output else ""))
        ok = ok and result.returncode == 0
    return ok


def linux_desktop_install(arguments: list[str]) -> int:
    return subprocess.run(["sh", str(PACKAGING / "linux" / "install-desktop.sh"), *arguments]).returncode


# --- the command line ----------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="packaging/build.py", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    wheel = commands.add_parser("wheel", help="build and check the wheel and sdist")
    wheel.add_argument("--out", type=Path, default=ROOT / "dist")
    app = commands.add_parser("pyinstaller", help="build the one-folder app with PyInstaller")
    app.add_argument("--dist", type=Path, default=ROOT / "dist")
    check = commands.add_parser("smoke", help="start the built one-folder app and check it")
    check.add_argument("--dist", type=Path, default=ROOT / "dist")
    everything = commands.add_parser("all", help="wheel, pyinstaller and smoke")
    everything.add_argument("--out", type=Path, default=ROOT / "dist")
    icons = commands.add_parser("icons", help="write reader.ico and reader.icns")
    icons.add_argument("folder", type=Path, nargs="?", default=ROOT / "build" / "icons")
    commands.add_parser("validate", help="validate the desktop file and the AppStream metainfo")
    commands.add_parser("linux-desktop-install", add_help=False,
                        help="install the desktop file, icon and metainfo (install-desktop.sh --help)")
    options, rest = parser.parse_known_args(argv)
    if options.command == "linux-desktop-install":
        return linux_desktop_install(rest)
    if rest:
        parser.error(f"unrecognized arguments: {' '.join(rest)}")

    if options.command == "wheel":
        build_wheel(options.out.resolve())
    elif options.command == "pyinstaller":
        build_app(options.dist.resolve())
    elif options.command == "smoke":
        return 0 if smoke(options.dist.resolve()) else 1
    elif options.command == "all":
        out = options.out.resolve()
        build_wheel(out)
        build_app(out)
        return 0 if smoke(out) else 1
    elif options.command == "icons":
        sys.path.insert(0, str(PACKAGING))
        from icons import write_icons

        for path in write_icons(options.folder):
            say(f"{path}: {path.stat().st_size} bytes")
    elif options.command == "validate":
        return 0 if validate() else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
