"""The style sheet accessibility depends on: a focus ring always visible, elder-sized controls.

WCAG 2.4.13 asks for at least a 2 px ring with at least 3:1 change; we draw 3 px
(4 px in elder mode) in the scheme's focus colour. Unfocused widgets keep a
same-width border in the scheme's frame colour, so nothing moves when focus does.

The secondary parts follow the scheme too: scroll bars draw their handle in the controls'
text colour on the controls' background (at least 4.5:1 in every scheme), tree arrows and the
panels' close buttons are drawn in the text colour; in elder mode all of them are large. So are
check boxes and radio buttons, in menus and dialogs (menu_sheet): Fusion drew unchecked ones in the
background's own shade, unseen in the dark schemes.
"""
from __future__ import annotations

import functools
import math
import os
import tempfile
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from ...core.atomic import write_atomically
from ...core.digests import sha1
from ...core.paths import cache_dir
from ...core.schemes import FOCUS_MINIMUM, Scheme, dimmed

FOCUS_WIDTH_PX = 3
ELDER_FOCUS_WIDTH_PX = 4
ELDER_CONTROL_PX = 60  # MIIT: main controls at least 60 x 60 px in the elder interface
ELDER_UI_POINT_SIZE = 16
ELDER_DIALOG_POINT_SIZE = 24  # the elder main view's text size; MIIT asks at least 18 pt (24 px)
ELDER_STATUS_BAR_PX = 44  # the status bar's 16 pt line (24 px) with room above and below
SCROLL_BAR_PX = 16
ELDER_SCROLL_BAR_PX = 28
ELDER_SMALL_CONTROL_PX = 36  # secondary controls: a panel's close button, a tree's arrows
DOCK_CLOSE_PX = 26  # a panel's close button (WCAG 2.5.8: 24 px at least)
ELDER_TREE_INDENT_PX = 32
# A tree's arrow fills its branch area, an indentation square (Qt's default indentation is 20 px):
# as the SVG drawings before them were shown, whatever size they were written at.
TREE_ARROW_PX = 20
ELDER_TREE_ARROW_PX = ELDER_TREE_INDENT_PX
MENU_INDICATOR_PX = 16  # a menu's check box or radio button (Fusion's: 14 px, lines of 1 px)
# No wider than the icons' column (16 px and 4, 21 in elder mode): the text of entries with an
# icon starts after that column, the text of checkable ones after the wider of the two.
ELDER_MENU_INDICATOR_PX = 20
ELDER_CHECK_BOX_PX = 28  # a dialog's, beside its 24 pt text

_icon_dir: Path | None = None

# 24 x 24 drawings, each a list of parts: triangles for arrows (filled), a cross for close (two
# strokes, 3.5 wide, round ends); a menu's check box (a square outline, a tick in it when on) and
# radio button (a ring, a dot in it when on), their lines 3 wide: 2 px at the menus' 16 px.
_SHAPES = {
    "up": (("fill", (3, 17), (12, 6), (21, 17)),),
    "down": (("fill", (3, 7), (12, 18), (21, 7)),),
    "left": (("fill", (17, 3), (6, 12), (17, 21)),),
    "right": (("fill", (7, 3), (18, 12), (7, 21)),),
    "close": (("line", 3.5, (5, 5), (19, 19)), ("line", 3.5, (19, 5), (5, 19))),
    "box": (("square", 3, (3, 3), (21, 21)),),
    "box-checked": (("square", 3, (3, 3), (21, 21)), ("line", 3, (7, 12.5), (10.5, 16), (17, 8))),
    "ring": (("ring", 3, (12, 12), 9),),
    "ring-checked": (("ring", 3, (12, 12), 9), ("dot", (12, 12), 4.5)),
}


# Qt's own drawings, built into the library: what a style sheet shows when no icon can be written.
_BUILT_IN = {name: f":/qt-project.org/styles/commonstyle/images/arrow-{name}-32.png"
             for name in ("up", "down", "left", "right")}
_BUILT_IN["close"] = ":/qt-project.org/styles/commonstyle/images/standardbutton-close-32.png"


def icon_file(shape: str, colour: str, size: int) -> str:
    """A PNG of ``shape`` in ``colour``, ``size`` px square, as a path a style sheet's url() takes;
    on a high-density screen with its @2x (@3x…) beside it, which Qt picks by itself.

    PNG, not SVG: the first SVG a style sheet shows loads QtSvg and its image plugin (~1.5 ms
    of start-up). Kept in the cache folder under a name made from its drawing, so each is drawn
    and written once, not once a run (a folder of them a start, never removed, piled up in /tmp
    before). Where none can be written (a full disk, a read-only home) Qt's own built-in arrow
    is used (Fusion's own indicators, the sheet leaving them out: Qt has no drawing of them to
    name): the window must start without writing anything.
    """
    name = f"{shape}-{colour.lstrip('#')}-{size}-{_drawing_digest(shape)}"
    application = QGuiApplication.instance()
    density = math.ceil(application.devicePixelRatio()) if application is not None else 1
    try:
        folder = _icon_folder().as_posix()
        for scale in {1, density}:  # (paths as strings: a start asks for ~25 of them)
            path = f"{folder}/{name}.png" if scale == 1 else f"{folder}/{name}@{scale}x.png"
            if not os.path.exists(path):
                write_atomically(path, _shape_png(shape, colour, size * scale), mode=0o644)
    except OSError:
        return _BUILT_IN.get(shape, "")
    return f"{folder}/{name}.png"


def _drawing_digest(shape: str) -> str:
    """A short digest of the shape's drawing: a new drawing, new names."""
    digest = _digests.get(shape)
    if digest is None:
        digest = _digests[shape] = sha1(repr(_SHAPES[shape]).encode("utf-8")).hexdigest()[:8]
    return digest


_digests: dict[str, str] = {}


def _shape_png(shape: str, colour: str, pixels: int) -> bytes:
    """The drawing of ``shape`` as a PNG of ``pixels`` square, transparent around it."""
    # Imported here: drawn once, then read from the cache (QImage's 38 formats are Python enums made on import).
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter, QPen

    image = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(pixels / 24, pixels / 24)
    for kind, *part in _SHAPES[shape]:
        if kind in ("fill", "dot"):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
        else:
            pen = QPen(QColor(colour), part.pop(0))
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin if kind == "square" else Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        if kind == "fill":
            painter.drawPolygon([QPointF(x, y) for x, y in part])
        elif kind == "line":
            painter.drawPolyline([QPointF(x, y) for x, y in part])
        elif kind == "square":
            (left, top), (right, bottom) = part
            painter.drawRect(QRectF(left, top, right - left, bottom - top))
        else:  # a ring or a dot: centre, radius
            (x, y), radius = part
            painter.drawEllipse(QPointF(x, y), radius, radius)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError(f"cannot encode {shape} as PNG")
    buffer.close()
    return bytes(data)


def _icon_folder() -> Path:
    global _icon_dir
    if _icon_dir is None:
        folder = cache_dir() / "style"
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:  # no writable cache: a folder for this run (raises too when there is none)
            folder = Path(tempfile.mkdtemp(prefix="reader-style-"))
        _icon_dir = folder
    return _icon_dir


def focus_width(elder: bool) -> int:
    return ELDER_FOCUS_WIDTH_PX if elder else FOCUS_WIDTH_PX


def scroll_bar_sheet(scheme: Scheme, elder: bool) -> str:
    """Scroll bars whose handle stands out from the groove in every scheme; wide in elder mode."""
    width = ELDER_SCROLL_BAR_PX if elder else SCROLL_BAR_PX
    arrow = width - 8
    handle, groove = scheme.ui_text, scheme.ui_background
    least = 3 * width
    sheet = f"""
QScrollBar:vertical {{ width: {width}px; background: {groove}; border: 1px solid {scheme.frame};
    margin: {width}px 0px {width}px 0px; }}
QScrollBar:horizontal {{ height: {width}px; background: {groove}; border: 1px solid {scheme.frame};
    margin: 0px {width}px 0px {width}px; }}
QScrollBar::handle {{ background: {handle}; border: 2px solid {groove}; border-radius: {width // 3}px; }}
QScrollBar::handle:vertical {{ min-height: {least}px; }}
QScrollBar::handle:horizontal {{ min-width: {least}px; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
QScrollBar::add-line, QScrollBar::sub-line {{ background: {groove}; border: 1px solid {scheme.frame}; }}
QScrollBar::add-line:vertical {{ height: {width}px; subcontrol-position: bottom; subcontrol-origin: margin; }}
QScrollBar::sub-line:vertical {{ height: {width}px; subcontrol-position: top; subcontrol-origin: margin; }}
QScrollBar::add-line:horizontal {{ width: {width}px; subcontrol-position: right; subcontrol-origin: margin; }}
QScrollBar::sub-line:horizontal {{ width: {width}px; subcontrol-position: left; subcontrol-origin: margin; }}
"""
    for name in ("up", "down", "left", "right"):
        sheet += (f"QScrollBar::{name}-arrow {{ image: url({icon_file(name, handle, arrow)}); "
                  f"width: {arrow}px; height: {arrow}px; }}\n")
    return sheet


def tree_sheet(scheme: Scheme, elder: bool) -> str:
    """Tree arrows in the text colour (the selection's text colour on a selected row); large in elder mode."""
    size = ELDER_TREE_ARROW_PX if elder else TREE_ARROW_PX
    sheet = ""
    for state, shape in (("closed", "right"), ("open", "down")):
        sheet += (f"QTreeView::branch:has-children:{state} {{ border-image: none; "
                  f"image: url({icon_file(shape, scheme.text, size)}); }}\n"
                  f"QTreeView::branch:has-children:{state}:selected {{ border-image: none; "
                  f"image: url({icon_file(shape, scheme.selection_text, size)}); }}\n")
    if elder:
        sheet += f"QTreeView {{ qproperty-indentation: {ELDER_TREE_INDENT_PX}; }}\n"
    return sheet


def dock_sheet(scheme: Scheme, elder: bool) -> str:
    """The panels' title bars (dock_title.py): a cross in the controls' text colour, framed; the
    frame turns the focus colour and a pixel wider with the focus (the padding gives the pixel back)."""
    size = ELDER_SMALL_CONTROL_PX if elder else DOCK_CLOSE_PX
    padding, border = size // 5, 2
    inner = size - 2 * (padding + border)  # a style sheet's width is the content's, inside both
    return f"""
QToolButton#dockCloseButton {{ image: url({icon_file("close", scheme.ui_text, inner)});
    background: {scheme.ui_background}; border: {border}px solid {scheme.ui_text}; border-radius: 3px;
    padding: {padding}px; min-width: {inner}px; max-width: {inner}px; min-height: {inner}px; max-height: {inner}px; }}
QToolButton#dockCloseButton:hover {{ background: {scheme.selection}; }}
QToolButton#dockCloseButton:focus {{ border: {border + 1}px solid {scheme.focus}; padding: {padding - 1}px; }}
"""


def menu_sheet(scheme: Scheme, elder: bool) -> str:
    """A menu's check boxes and radio buttons drawn in the menu's text colour, on or off: Fusion
    draws an unchecked box in the menu's background darkened (black on black in 黑底黄字, 1.8:1 in
    蓝底黄字, 1.6-1.9:1 in the light ones) and an unchecked radio not at all, in every scheme. Each of
    the four states gets its own drawing (one rule for all made every radio a check); a
    highlighted entry's in the selection's text colour, a disabled one's dimmed (disabled_colour).

    The entries themselves are drawn by the style sheet too (the ``QMenu::item`` rules): with
    Fusion drawing them, Qt fell back to the Windows look for the indicators, a checkered panel
    behind each unchecked one. The sub-menu arrow is then drawn in the text colour as well. Qt
    draws an entry's icon or its indicator, never both: switches keep their icons out of menus.
    Cost: the 16 menus made at start each match ~20 more rules, +4.6 M instructions to the first
    frame (callgrind; the dialogs' rules +1.6 M), ~0.5 %.
    """
    size, left, padding = (ELDER_MENU_INDICATOR_PX, 8, 5) if elder else (MENU_INDICATOR_PX, 6, 4)
    arrow = size * 3 // 4
    looks = (("", scheme.ui_text), (":selected", scheme.selection_text), (":disabled", disabled_colour(scheme)))
    drawings = indicator_rules({"QMenu::indicator:non-exclusive": "box", "QMenu::indicator:exclusive": "ring"},
                               size, looks)
    for look, colour in looks:
        drawings += f"QMenu::right-arrow{look} {{ image: url({icon_file('right', colour, arrow)}); }}\n"
    if "url()" in drawings:  # none could be written: Fusion's own
        return ""
    # The indicator stands `left` px in from the entry's edge; the text follows it after its width
    # and the entry's left padding: the same gap again.
    # An entry's icon (the 无障碍 tools' glyphs) as large as a check box: 16 px glyphs were
    # unreadable beside elder mode's 16 pt entries.
    return f"""
QMenu {{ icon-size: {size}px; }}
QMenu::item {{ padding: {padding}px {size + left}px {padding}px {2 * left}px; }}
QMenu::item:selected:enabled {{ background: {scheme.selection}; color: {scheme.selection_text}; }}
QMenu::indicator {{ width: {size}px; height: {size}px; left: {left}px; }}
QMenu::right-arrow {{ width: {arrow}px; height: {arrow}px; }}
""" + drawings


def check_box_sheet(scheme: Scheme, elder: bool) -> str:
    """The dialogs' check boxes and radio buttons (the export dialog's, Qt's print dialog's) as the
    menus': Fusion's unchecked ones were as unseen in the dark schemes, drawn in the page colour."""
    size = ELDER_CHECK_BOX_PX if elder else MENU_INDICATOR_PX
    looks = (("", scheme.ui_text), (":disabled", disabled_colour(scheme)))
    drawings = indicator_rules({"QCheckBox::indicator": "box", "QRadioButton::indicator": "ring"}, size, looks)
    if "url()" in drawings:
        return ""
    return (f"QCheckBox, QRadioButton {{ spacing: {size // 3}px; }}\n"
            f"QCheckBox::indicator, QRadioButton::indicator {{ width: {size}px; height: {size}px; }}\n" + drawings)


def indicator_rules(selectors: dict[str, str], size: int, looks: tuple[tuple[str, str], ...]) -> str:
    """An image rule for each selector's unchecked and checked state in each look (pseudo-state, colour)."""
    rules = ""
    for selector, shape in selectors.items():
        for state, drawing in (("unchecked", shape), ("checked", f"{shape}-checked")):
            for look, colour in looks:
                rules += f"{selector}:{state}{look} {{ image: url({icon_file(drawing, colour, size)}); }}\n"
    return rules


@functools.lru_cache(maxsize=4)
def disabled_colour(scheme: Scheme) -> str:
    """The controls' text colour moved toward the menus' background while it keeps 3:1 against it
    (WCAG 1.4.11; a little over, for Fusion's menus are the page's colour lightened)."""
    return dimmed(scheme.ui_text, scheme.background, FOCUS_MINIMUM + 0.3, scheme.ui_background)


def stylesheet(scheme: Scheme, elder: bool) -> str:
    width = focus_width(elder)
    sheet = f"""
QTextEdit, QTreeWidget, QTreeView, QListView, QLineEdit {{
    border: {width}px solid {scheme.frame};
}}
QTextEdit:focus, QTreeWidget:focus, QTreeView:focus, QListView:focus, QLineEdit:focus {{
    border: {width}px solid {scheme.focus};
}}
QPushButton:focus, QToolButton:focus, QCheckBox:focus, QRadioButton:focus, QComboBox:focus {{
    border: {width}px solid {scheme.focus};
}}
QToolBar QToolButton:checked {{
    background: {scheme.selection}; color: {scheme.selection_text};
}}
QMenu::separator {{ height: {2 if elder else 1}px; background: {scheme.ui_text}; margin: 4px 6px; }}
#messageBar QLabel {{ font-size: {ELDER_DIALOG_POINT_SIZE if elder else 12}pt; }}
"""
    sheet += (scroll_bar_sheet(scheme, elder) + tree_sheet(scheme, elder) + dock_sheet(scheme, elder)
              + menu_sheet(scheme, elder) + check_box_sheet(scheme, elder))
    if elder:
        # Qt's toolbar overflow button (») gets only the room Qt measured for it: a 60 px minimum
        # made it hang off the window. The 无障碍 toolbar wraps instead of overflowing
        # (accessibility_toolbar.TOOL_GROUPS) and sizes its buttons to their labels itself.
        # A field's clear button is part of the field: the 60 px minimum would push it out of it.
        sheet += f"""
* {{ font-size: {ELDER_UI_POINT_SIZE}pt; }}
QToolButton {{ min-width: {ELDER_CONTROL_PX}px; min-height: {ELDER_CONTROL_PX}px; }}
QPushButton {{ min-height: {ELDER_CONTROL_PX}px; min-width: {ELDER_CONTROL_PX}px; }}
QToolButton#qt_toolbar_ext_button {{ min-width: 0px; min-height: 0px; }}
QLineEdit QToolButton {{ min-width: 0px; min-height: 0px; border: none; padding: 0px; }}
QStatusBar {{ min-height: {ELDER_STATUS_BAR_PX}px; }}
QStatusBar QLabel {{ padding: 2px; }}
"""
        # Every window the reader opens (its dialogs, 我的收藏, help, Qt's file dialog, message boxes,
        # the print preview): 18 pt text, 60 px fields and rows. Sized to the screen: appearance.py.
        sheet += f"""
QDialog, QDialog * {{ font-size: {ELDER_DIALOG_POINT_SIZE}pt; }}
QDialog QLineEdit, QDialog QAbstractSpinBox {{ min-height: {ELDER_CONTROL_PX - 8}px; }}
QDialog QComboBox {{ min-height: {ELDER_CONTROL_PX - 6}px; }}
QDialog QAbstractItemView::item {{ min-height: {ELDER_CONTROL_PX}px; }}
QDialog QHeaderView::section {{ min-height: {ELDER_CONTROL_PX - 16}px; }}
"""
    return sheet
