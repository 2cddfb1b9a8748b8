"""The scalable icon renders at menu, launcher and software-centre sizes without any font,
and the Windows and macOS icon files made from it hold every size."""
import struct
import xml.etree.ElementTree as ElementTree

import pytest
from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from conftest import ROOT

SVG = ROOT / "resources" / "icons" / "reader.svg"


@pytest.mark.parametrize("size", [16, 48, 256])
def test_icon_renders(qapp, size):
    renderer = QSvgRenderer(str(SVG))
    assert renderer.isValid()
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    pixels = [image.pixel(x, y) for y in range(size) for x in range(size)]
    opaque = [pixel for pixel in pixels if pixel >> 24 == 0xFF]
    assert len(opaque) > 0.6 * len(pixels)  # the page fills most of the square
    assert len(set(opaque)) >= 4  # page, border, red rule and glyph: not one blot
    reds = [p for p in opaque if (p >> 16 & 0xFF) > 150 and (p >> 8 & 0xFF) < 90 and (p & 0xFF) < 90]
    darks = [p for p in opaque if max(p >> 16 & 0xFF, p >> 8 & 0xFF, p & 0xFF) < 80]
    assert reds and len(darks) > 0.05 * len(pixels)


def test_icon_needs_no_font_and_fetches_nothing():
    text = SVG.read_text(encoding="utf-8")
    tags = {element.tag.rsplit("}", 1)[-1] for element in ElementTree.fromstring(text).iter()}
    assert not tags & {"text", "tspan", "textPath", "image", "use", "foreignObject", "style"}
    assert "href" not in text and "url(" not in text


def test_ico_and_icns(qapp, icons, tmp_path):
    ico, icns = icons.write_icons(tmp_path)
    data = ico.read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, len(icons.ICO_SIZES))
    image = QImage.fromData(QByteArray(data), "ICO")  # Qt's own reader takes it
    assert not image.isNull()
    data = icns.read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    offset, kinds = 8, []
    while offset < len(data):
        kinds.append(data[offset:offset + 4].decode())
        length = struct.unpack(">I", data[offset + 4:offset + 8])[0]
        assert data[offset + 8:offset + 12] == b"\x89PNG"
        offset += length
    assert offset == len(data)
    assert kinds == [kind for kind, _ in icons.ICNS_TYPES]


def test_the_windows_pngs_show_the_svg_at_each_size(qapp, icons):
    """The window's icon comes from PNGs (gui/app.py: no QtSvg at start); `python packaging/icons.py
    --window` draws them from the SVG again after the SVG changes."""
    found = sorted(int(path.stem.rpartition("-")[2]) for path in SVG.parent.glob("reader-*.png"))
    assert found == sorted(icons.WINDOW_ICON_SIZES)
    for size in icons.WINDOW_ICON_SIZES:
        shipped = QImage(str(icons.window_icon_path(size))).convertToFormat(QImage.Format.Format_ARGB32)
        drawn = QImage.fromData(QByteArray(icons.render_png(size))).convertToFormat(QImage.Format.Format_ARGB32)
        assert shipped.size() == drawn.size() == QSize(size, size)
        differences = [abs((shipped.pixel(x, y) >> shift & 0xFF) - (drawn.pixel(x, y) >> shift & 0xFF))
                       for y in range(size) for x in range(size) for shift in (0, 8, 16, 24)]
        assert max(differences) <= 24 and sum(differences) / len(differences) < 1, size  # Qt's antialiasing may vary a little


def test_the_window_icon_is_made_of_the_pngs(qapp, monkeypatch):
    from reader.gui import app

    monkeypatch.setattr(app, "resource", lambda *parts: ROOT.joinpath("resources", *parts))  # this checkout's
    icon = app.window_icon()
    assert sorted(size.width() for size in icon.availableSizes()) == [16, 24, 32, 48, 64, 128]
    assert not icon.pixmap(QSize(32, 32)).isNull()
