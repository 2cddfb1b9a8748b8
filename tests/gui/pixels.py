"""Measuring contrast on rendered pixels, not on palette values."""
from collections import Counter

from PySide6.QtCore import QRect
from PySide6.QtGui import QImage

from reader.core.colours import contrast_ratio


def rgb(image: QImage, x: int, y: int) -> tuple[int, int, int]:
    colour = image.pixelColor(x, y)
    return colour.red(), colour.green(), colour.blue()


def region_contrast(image: QImage, rect: QRect) -> tuple[float, tuple, tuple]:
    """(ratio, background, ink) in a region: the commonest colour against the one farthest from it."""
    rect = rect.intersected(image.rect())
    counts = Counter(rgb(image, x, y) for x in range(rect.left(), rect.right() + 1)
                     for y in range(rect.top(), rect.bottom() + 1))
    background = counts.most_common(1)[0][0]
    ink = max(counts, key=lambda colour: contrast_ratio(colour, background))
    return contrast_ratio(ink, background), background, ink
