"""Check boxes and radio buttons, in menus and dialogs, seen in every scheme: measured on the
rendered pixels. Fusion drew an unchecked one in the background's own shade (black on black in
黑底黄字, 2:1 in 蓝底黄字) and an unchecked radio entry of a menu not at all."""
import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QActionGroup, QImage
from PySide6.QtWidgets import QCheckBox, QDialog, QMenu, QRadioButton, QVBoxLayout

from reader.core.colours import contrast_ratio
from reader.core.schemes import SCHEME_ORDER
from tests.gui.pixels import region_contrast, rgb

OUTLINE_MINIMUM = 3.0  # WCAG 1.4.11: a control's boundary against what is next to it
MARK_MINIMUM = 4.5  # what the check mark of a switched-on tool is held to (test_appearance.py)


def ink_box(image: QImage, area: QRect) -> tuple[QRect, tuple, tuple]:
    """The bounding box of what is drawn in ``area`` (3:1 or more from the area's commonest colour),
    that colour, and the ink farthest from it."""
    _, background, ink = region_contrast(image, area)
    inked = [(x, y) for x in range(area.left(), area.right() + 1) for y in range(area.top(), area.bottom() + 1)
             if contrast_ratio(rgb(image, x, y), background) >= OUTLINE_MINIMUM]
    if not inked:
        return QRect(), background, ink
    xs, ys = [x for x, _ in inked], [y for _, y in inked]
    return QRect(min(xs), min(ys), max(xs) - min(xs) + 1, max(ys) - min(ys) + 1), background, ink


def looks(image: QImage, area: QRect) -> dict:
    """What a person sees of one indicator: its contrast, its shape, whether it is marked inside."""
    box, background, ink = ink_box(image, area)
    if box.isEmpty():
        return {"contrast": contrast_ratio(ink, background), "ink": ink, "background": background}

    def inked(x, y):
        return contrast_ratio(rgb(image, x, y), background) >= OUTLINE_MINIMUM

    left, top, right, bottom = box.left() + 1, box.top() + 1, box.right() - 1, box.bottom() - 1
    middle_x, middle_y = box.center().x(), box.center().y()
    corners = [inked(x, y) for x in (left, right) for y in (top, bottom)]
    edges = [inked(middle_x, top), inked(middle_x, bottom), inked(left, middle_y), inked(right, middle_y)]
    inner = box.adjusted(box.width() // 3, box.height() // 3, -(box.width() // 3), -(box.height() // 3))
    return {"contrast": contrast_ratio(ink, background), "ink": ink, "size": (box.width(), box.height()),
            "square": all(corners) and all(edges), "round": not any(corners) and all(edges),
            "marked": any(inked(x, y) for x in range(inner.left(), inner.right() + 1)
                          for y in range(inner.top(), inner.bottom() + 1))}


def assert_seen(seen: dict, kind: str, where) -> None:
    """Unchecked: an outline at 3:1, nothing inside; checked: the mark at 4.5:1, inside; checks
    square and radios round in both states."""
    shape = "square" if kind == "check" else "round"
    for state, minimum in (("unchecked", OUTLINE_MINIMUM), ("checked", MARK_MINIMUM)):
        indicator = seen[state]
        assert indicator["contrast"] >= minimum, (where, kind, state, indicator)
        assert indicator[shape], (where, kind, state, shape, indicator)
        assert indicator["marked"] == (state == "checked"), (where, kind, state, indicator)
        width, height = indicator["size"]
        assert abs(width - height) <= 1, (where, kind, state, indicator)


def choices_menu(parent) -> tuple[QMenu, dict]:
    """A menu of a check entry and a radio entry in each state, enabled and disabled."""
    menu = QMenu(parent)
    entries = {}
    for kind in ("check", "radio"):
        for enabled in (True, False):
            group = QActionGroup(menu)  # radios: a pair, one of them checked (exclusive: drawn as radios)
            for checked in (False, True):
                action = menu.addAction(f"{kind} {checked} {enabled}")
                action.setCheckable(True)
                if kind == "radio":
                    group.addAction(action)
                action.setChecked(checked)
                action.setEnabled(enabled)
                entries[kind, checked, enabled] = action
    return menu, entries


@pytest.mark.parametrize("scheme", SCHEME_ORDER)
def test_menu_check_and_radio_entries_are_seen_checked_or_not(window, qtbot, scheme):
    normal_size = 0  # the largest indicator in normal mode, measured first
    for elder in (False, True):
        window.appearance.settings.set("scheme", scheme)
        window.appearance.set("elder_mode", elder)
        menu, entries = choices_menu(window)
        menu.popup(window.mapToGlobal(window.rect().topLeft()))
        qtbot.waitUntil(menu.isVisible)
        image = menu.grab().toImage()

        def indicator(action, image=image, menu=menu):
            entry = menu.actionGeometry(action)  # the square at the entry's start holds its indicator,
            # less the menu's frame, which Fusion draws over the entries' first and last 2 px
            return looks(image, QRect(entry.left() + 2, entry.top() + 2, entry.height() - 2, entry.height() - 4))

        where = (scheme, "elder" if elder else "normal")
        sizes = set()
        for kind in ("check", "radio"):
            enabled = {state: indicator(entries[kind, state == "checked", True]) for state in ("unchecked", "checked")}
            assert_seen(enabled, kind, where)
            disabled = {state: indicator(entries[kind, state == "checked", False]) for state in ("unchecked", "checked")}
            for state, seen in disabled.items():  # dimmed, still seen
                assert seen["contrast"] >= OUTLINE_MINIMUM and seen["contrast"] < enabled[state]["contrast"], \
                    (where, kind, state, seen, enabled[state])
                assert seen["marked"] == (state == "checked"), (where, kind, state, seen)
            sizes |= {seen["size"][0] for seen in enabled.values()}
        # Highlighted (the keyboard on it): drawn in the selection's text colour, seen on the selection.
        unchecked = entries["check", False, True]
        menu.setActiveAction(unchecked)
        qtbot.wait(1)
        highlighted = indicator(unchecked, menu.grab().toImage())
        assert highlighted["contrast"] >= OUTLINE_MINIMUM and highlighted["square"], (where, highlighted)
        menu.hide()
        menu.deleteLater()
        if elder:
            assert min(sizes) > normal_size, (where, sizes, normal_size)  # larger in elder mode
        normal_size = max(sizes)


@pytest.mark.parametrize("scheme", SCHEME_ORDER)
def test_dialog_check_boxes_and_radio_buttons_are_seen_checked_or_not(window, qtbot, scheme):
    for elder in (False, True):
        window.appearance.settings.set("scheme", scheme)
        window.appearance.set("elder_mode", elder)
        dialog = QDialog(window)
        layout = QVBoxLayout(dialog)
        buttons = {}
        for kind, make in (("check", QCheckBox), ("radio", QRadioButton)):
            for checked in (False, True):
                button = make(f"{kind} {checked}", dialog)
                button.setAutoExclusive(False)
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no focus ring round the indicator
                button.setChecked(checked)
                layout.addWidget(button)
                buttons[kind, checked] = button
        dialog.show()
        qtbot.waitExposed(dialog)
        image = dialog.grab().toImage()
        where = (scheme, "elder" if elder else "normal")
        for kind in ("check", "radio"):
            seen = {}
            for state in ("unchecked", "checked"):
                area = buttons[kind, state == "checked"].geometry()  # the indicator is at its start
                seen[state] = looks(image, QRect(area.left(), area.top(), area.height(), area.height()))
            assert_seen(seen, kind, where)
        dialog.close()
        dialog.deleteLater()


def test_no_checkable_menu_entry_shows_an_icon(window, qtbot):
    """With the entries drawn by the style sheet, Qt draws an entry's icon or its indicator, never
    both: a switch with an icon in its menu would show no state at all."""
    window.appearance.set("elder_mode", True)  # the 更多 menu's tools too
    qtbot.wait(1)
    for menu in window.findChildren(QMenu):
        menu.aboutToShow.emit()  # as opening them does: entries without keys are made then
    checkable = [(menu.title(), action) for menu in window.findChildren(QMenu) for action in menu.actions()
                 if action.isCheckable()]
    iconed = [(title, action.text()) for title, action in checkable
              if action.isIconVisibleInMenu() and not action.icon().isNull()]
    assert len(checkable) > 20 and iconed == []
