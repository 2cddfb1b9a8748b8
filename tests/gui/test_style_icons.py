"""The style sheet's small drawings (scroll-bar, tree and close arrows) are PNGs drawn at the size
used, kept in the cache, with Qt's own arrows when none can be written: an SVG there loaded QtSvg
and its image plugin on the way to the first window (issue #15)."""
import re
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QColor, QImage

from reader.core.schemes import SCHEMES
from reader.gui.display import style


def _opaque(image: QImage) -> list[tuple[int, int, QColor]]:
    return [(x, y, image.pixelColor(x, y)) for y in range(image.height()) for x in range(image.width())
            if image.pixelColor(x, y).alpha() == 255]


@pytest.mark.parametrize("shape", ["up", "down", "left", "right", "close", "box", "box-checked", "ring", "ring-checked"])
def test_each_drawing_is_a_png_of_the_size_asked_in_the_colour_asked(qapp, shape):
    path = style.icon_file(shape, "#1A6B2C", 22)
    assert path.endswith(".png")
    image = QImage(path)
    assert image.size() == QSize(22, 22)
    opaque = _opaque(image)
    assert len(opaque) > 22 * 22 // 12
    assert {colour.name() for _, _, colour in opaque} == {"#1a6b2c"}


def test_the_arrows_point_their_way(qapp):
    def middle_of_ink(shape):
        opaque = _opaque(QImage(style.icon_file(shape, "#000000", 24)))
        return (sum(x for x, _, _ in opaque) / len(opaque), sum(y for _, y, _ in opaque) / len(opaque))

    # A triangle's ink lies towards its base: an up arrow's base is at the bottom.
    assert middle_of_ink("up")[1] > 12 > middle_of_ink("down")[1]
    assert middle_of_ink("left")[0] > 12 > middle_of_ink("right")[0]


def test_a_drawing_is_written_once_and_a_high_density_screen_gets_its_own(qapp, monkeypatch):
    path = style.icon_file("up", "#123456", 10)
    written = QImage(path)
    assert style.icon_file("up", "#123456", 10) == path
    dense = SimpleNamespace(instance=lambda: SimpleNamespace(devicePixelRatio=lambda: 1.5))
    monkeypatch.setattr(style, "QGuiApplication", dense)
    assert style.icon_file("up", "#123456", 10) == path
    assert QImage(path) == written
    double = QImage(path.replace(".png", "@2x.png"))  # Qt's name for it: Qt picks it on such screens
    assert double.size() == QSize(20, 20)


def test_qts_own_arrows_where_none_can_be_written(qapp, monkeypatch):
    def unwritable():
        raise OSError("read-only")

    monkeypatch.setattr(style, "_icon_folder", unwritable)
    for shape in ("up", "close"):
        path = style.icon_file(shape, "#000000", 12)
        assert path.startswith(":/") and not QImage(path).isNull()
    # Qt has no drawing of a check box to name: the sheet leaves them to Fusion rather than name none.
    sheet = style.stylesheet(SCHEMES["black-yellow"], elder=False)
    assert "url()" not in sheet and "::indicator" not in sheet


def test_the_sheet_names_only_pngs(qapp):
    sheet = style.stylesheet(SCHEMES["black-yellow"], elder=True)
    urls = re.findall(r"url\(([^)]*)\)", sheet)
    assert len(urls) >= 9 and all(url.endswith(".png") for url in urls)


def test_the_scroll_bars_arrows_are_drawn_in_the_handles_colour(window, qtbot):
    window.settings.set("scheme", "black-yellow")
    window.settings.set("elder_mode", True)  # 20 px arrows
    qtbot.wait(10)
    bar = window.view.verticalScrollBar()
    image = bar.grab().toImage()
    top = image.copy(QRect(0, 0, bar.width(), bar.width()))  # the up button
    ink = QColor(SCHEMES["black-yellow"].ui_text).name()
    assert sum(colour.name() == ink for _, _, colour in _opaque(top)) >= 40
