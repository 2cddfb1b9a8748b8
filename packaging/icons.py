"""The app icon for Windows (.ico) and macOS (.icns), drawn from resources/icons/reader.svg,
and the window's icon as PNGs beside it.

Qt renders the SVG at each size; the container formats are written here (both simply hold
PNG images), so no image library is needed. ``python packaging/icons.py OUT_DIR`` writes
OUT_DIR/reader.ico and OUT_DIR/reader.icns. ``python packaging/icons.py --window`` writes
resources/icons/reader-N.png (kept in the repository; tests/packaging/test_packaging_icon.py
checks they show the SVG): the window takes its icon from those, since an SVG would load QtSvg
and its icon plugin on the way to the first window (~2 ms). Desktops get the SVG itself.
"""
from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

SVG = Path(__file__).resolve().parent.parent / "resources" / "icons" / "reader.svg"
# Up to 128 px, as Qt rendered the SVG for X11 (_NET_WM_ICON carries every size, decoded at each
# window's showing: a 256 px one cost 3-4 M instructions there); desktops that match the window to its
# desktop file (APP_ID) show the installed SVG anyway.
WINDOW_ICON_SIZES = (16, 24, 32, 48, 64, 128)
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
# ICNS element types holding PNG data, by pixel size (the @2x types share sizes with others).
ICNS_TYPES = (("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256),
              ("ic09", 512), ("ic10", 1024), ("ic11", 32), ("ic12", 64), ("ic13", 256),
              ("ic14", 512))


def _application():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication([])


def render_png(size: int, svg: Path = SVG) -> bytes:
    """The icon as a square PNG of ``size`` pixels, transparent around the page."""
    _application()
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"not a valid SVG: {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file of PNG images (Windows Vista and later read those)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        png = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(images))
        images += png
    return header + entries + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICNS file whose elements are PNG images."""
    body = b"".join(kind.encode("ascii") + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
                    for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write_icons(folder: Path, svg: Path = SVG) -> tuple[Path, Path]:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    pngs = {size: render_png(size, svg) for size in {*ICO_SIZES, *(size for _, size in ICNS_TYPES)}}
    ico, icns = folder / "reader.ico", folder / "reader.icns"
    ico.write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    icns.write_bytes(icns_bytes(pngs))
    return ico, icns


def window_icon_path(size: int, svg: Path = SVG) -> Path:
    return svg.with_name(f"{svg.stem}-{size}.png")  # the names gui/app.py reads


def write_window_icons(svg: Path = SVG) -> list[Path]:
    paths = [window_icon_path(size, svg) for size in WINDOW_ICON_SIZES]
    for size, path in zip(WINDOW_ICON_SIZES, paths):
        path.write_bytes(render_png(size, svg))
    return paths


if __name__ == "__main__":
    if sys.argv[1:] == ["--window"]:
        written = write_window_icons()
    else:
        written = write_icons(Path(sys.argv[1] if len(sys.argv) > 1 else "build/icons"))
    for path in written:
        print(path)
