"""The style sheet accessibility depends on: a focus ring always visible, elder-sized controls.

WCAG 2.4.13 asks for at least a 2 px ring with at least 3:1 change; we draw 3 px
(4 px in elder mode) in the scheme's focus colour. Unfocused widgets keep a
same-width border in the scheme's frame colour, so nothing moves when focus does.
"""
from __future__ import annotations

from ..core.schemes import Scheme

FOCUS_WIDTH_PX = 3
ELDER_FOCUS_WIDTH_PX = 4
ELDER_CONTROL_PX = 60  # MIIT: main controls at least 60 x 60 px in the elder interface
ELDER_UI_POINT_SIZE = 16


def focus_width(elder: bool) -> int:
    return ELDER_FOCUS_WIDTH_PX if elder else FOCUS_WIDTH_PX


def stylesheet(scheme: Scheme, elder: bool) -> str:
    width = focus_width(elder)
    sheet = f"""
QTextBrowser, QTreeWidget, QTreeView, QListView, QLineEdit {{
    border: {width}px solid {scheme.frame};
}}
QTextBrowser:focus, QTreeWidget:focus, QTreeView:focus, QListView:focus, QLineEdit:focus {{
    border: {width}px solid {scheme.focus};
}}
QPushButton:focus, QToolButton:focus, QCheckBox:focus, QRadioButton:focus, QComboBox:focus {{
    border: {width}px solid {scheme.focus};
}}
QToolBar QToolButton:checked {{
    background: {scheme.selection}; color: {scheme.selection_text};
}}
"""
    if elder:
        # Qt's toolbar overflow button (») gets only the room Qt measured for it: a 60 px minimum
        # made it hang off the window. The 无障碍 toolbar wraps instead of overflowing
        # (accessibility_toolbar.TOOL_GROUPS) and sizes its buttons to their labels itself.
        sheet += f"""
* {{ font-size: {ELDER_UI_POINT_SIZE}pt; }}
QToolButton {{ min-width: {ELDER_CONTROL_PX}px; min-height: {ELDER_CONTROL_PX}px; }}
QPushButton {{ min-height: {ELDER_CONTROL_PX}px; min-width: {ELDER_CONTROL_PX}px; }}
QToolButton#qt_toolbar_ext_button {{ min-width: 0px; min-height: 0px; }}
"""
    return sheet
