"""Old Word (.doc) front end: the text through antiword, or LibreOffice where antiword is missing
or cannot read the file (a Rich Text file named .doc, as portals often serve them).

No maintained Python library reads the binary .doc format. antiword (GPL-2.0-or-later, apt
`antiword`, 0.2 MB) writes a .doc's text in UTF-8 in about 10 ms and keeps each paragraph on
one line with -w 0; LibreOffice (`soffice --convert-to txt`) reads every .doc but takes seconds
to start. Both run as programs with a time limit, on a copy of the bytes in a private folder.
"""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from ..loading import LoadError
from .formats import DOC, MSG_ENCRYPTED, MSG_NO_DOC_CONVERTER, damaged
from .lines import SourceLine
from .progress import Progress
from .text import text_lines

TIME_LIMIT = 60  # seconds
# An OLE file that holds this stream is an encrypted .docx (Word's "Encrypt with password").
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")


def read_lines(data: bytes, name: str, progress: Progress | None = None) -> tuple[list[SourceLine], str | None]:
    if _ENCRYPTED_PACKAGE in data:
        raise LoadError(MSG_ENCRYPTED, path=name)
    with tempfile.TemporaryDirectory(prefix="reader-doc-") as folder:
        source = Path(folder) / "document.doc"
        source.write_bytes(data)
        antiword = shutil.which("antiword")
        office = _office_program()
        if not antiword and not office:
            raise LoadError(MSG_NO_DOC_CONVERTER, path=name)
        rich_text = data.startswith(b"{\\rtf")
        text = _antiword(antiword, source, name) if antiword and not rich_text else None
        if text is None:  # no antiword, or Rich Text, which antiword does not read
            if not office or (antiword and not rich_text):  # LibreOffice takes any bytes for text
                raise damaged(DOC, name)
            text = _office(office, source, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    return text_lines("\n".join(_unframed(line) for line in text.split("\n"))), None


def _unframed(line: str) -> str:
    """antiword draws a table row as |cell |cell |: its cells, tab-separated, as text rows are read."""
    stripped = line.strip()
    if len(stripped) > 1 and stripped[0] == "|" and stripped[-1] == "|":
        return "\t".join(cell.strip() for cell in stripped[1:-1].split("|"))
    return line


# Where LibreOffice installs itself when its program is not on PATH (Windows, macOS).
_OFFICE_PLACES = (
    r"C:\Program Files\LibreOffice\program\soffice.exe",
    r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
)


def _office_program() -> str | None:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    return found or next((place for place in _OFFICE_PLACES if Path(place).is_file()), None)


def _run(command: list[str], name: str, **options) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(command, capture_output=True, timeout=TIME_LIMIT, check=False, **options)
    except (OSError, subprocess.TimeoutExpired):
        raise damaged(DOC, name) from None


def _antiword(program: str, source: Path, name: str) -> str | None:
    """The text, or None where antiword cannot read the file."""
    result = _run([program, "-w", "0", "-m", "UTF-8.txt", str(source)], name)
    if result.returncode != 0:
        if b"encrypted" in result.stderr.lower():
            raise LoadError(MSG_ENCRYPTED, path=name)
        return None
    return result.stdout.decode("utf-8", "replace")


def _office(program: str, source: Path, name: str) -> str:
    folder = source.parent
    profile = (folder / "profile").as_uri()  # its own profile: a running LibreOffice is not disturbed
    _run([program, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "txt:Text (encoded):UTF8",
          "--outdir", str(folder), str(source)], name, cwd=folder)
    output = folder / "document.txt"
    if not output.exists():
        raise damaged(DOC, name)
    return output.read_text("utf-8-sig", "replace")
