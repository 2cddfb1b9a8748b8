"""Compile i18n/*.ts to resources/i18n/*.qm with Qt's lrelease (shipped with PySide6).

Run as `python -m tools.translations` after editing a .ts file; the package
build runs it too. `python -m tools.translations --update` refreshes the .ts
sources from the code with lupdate. `--fill-traditional` drafts the zh_TW entries still
unfinished from their zh_CN translations with OpenCC's s2twp conversion (Taiwan wording:
打印 → 列印, 文档 → 文件); it needs `pip install opencc`, and a person reads the result.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "i18n"
TARGET = ROOT / "resources" / "i18n"


def qt_tool(name: str) -> str | None:
    """Find pyside6-<name>, or the binary inside the PySide6 package."""
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    try:
        import PySide6
    except ImportError:
        return None
    folder = Path(PySide6.__file__).parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "libexec" / name):
        if candidate.exists():
            return str(candidate)
    return None


def compile_translations() -> list[Path]:
    sources = sorted(SOURCES.glob("*.ts"))
    if not sources:
        return []
    lrelease = qt_tool("lrelease")
    if lrelease is None:
        raise SystemExit("pyside6-lrelease not found: install PySide6-Essentials before building reader")
    TARGET.mkdir(parents=True, exist_ok=True)
    compiled = []
    for source in sources:
        target = TARGET / f"{source.stem}.qm"
        # Written beside and renamed over: a running reader maps the old file into memory, and
        # rewriting it in place would pull the pages from under it (SIGBUS).
        partial = target.with_suffix(".qm.partial")
        subprocess.run([lrelease, "-silent", str(source), "-qm", str(partial)], check=True)
        partial.replace(target)
        compiled.append(target)
    return compiled


def python_sources() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in (ROOT / "reader").rglob("*.py"))


def update_sources() -> None:
    lupdate = qt_tool("lupdate")
    if lupdate is None:
        raise SystemExit("pyside6-lupdate not found")
    for source in sorted(SOURCES.glob("*.ts")):
        subprocess.run([lupdate, "-silent", "-no-obsolete", *python_sources(), "-ts", str(source)],
                       check=True, cwd=ROOT)


def fill_traditional() -> int:
    """Draft unfinished zh_TW translations from zh_CN ones; the number drafted."""
    import xml.etree.ElementTree as ET

    try:
        import opencc
    except ImportError:
        raise SystemExit("--fill-traditional needs OpenCC: pip install opencc") from None
    convert = opencc.OpenCC("s2twp").convert
    simplified = {(context.findtext("name"), message.findtext("source")): message.find("translation")
                  for context in ET.parse(SOURCES / "reader_zh_CN.ts").iter("context")
                  for message in context.iter("message")}
    target = SOURCES / "reader_zh_TW.ts"
    tree = ET.parse(target)
    drafted = 0
    for context in tree.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            source = simplified.get((context.findtext("name"), message.findtext("source")))
            if translation.get("type") != "unfinished" or source is None or source.get("type"):
                continue
            forms = list(source.iter("numerusform"))
            if forms:
                for old in list(translation):
                    translation.remove(old)
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = convert(form.text or "")
            else:
                translation.text = convert(source.text or "")
            del translation.attrib["type"]
            drafted += 1
    tree.write(target, encoding="utf-8", xml_declaration=True)
    update_sources()  # lupdate writes the file back in its own layout
    return drafted


if __name__ == "__main__":
    if "--update" in sys.argv:
        update_sources()
    if "--fill-traditional" in sys.argv:
        print(f"drafted {fill_traditional()} zh_TW translations from zh_CN: read them over")
    for path in compile_translations():
        print(path.relative_to(ROOT))
