"""The 无障碍 toolbar in every language and size: every label whole, every tool in sight.

Elder mode used to let Qt squeeze its 60 px buttons until the English labels were cut
("El…de", "Rea…ode"), and Qt's overflow button hung off the window. The tools now wrap onto
another line of whole groups instead, each button as wide as its label.
"""
import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QToolButton

from reader.gui.display.accessibility_toolbar import ELDER_TUCKED, TOOL_GROUPS
from reader.gui.display.style import ELDER_CONTROL_PX

LANGUAGES = ["zh_CN", "zh_TW", "en"]
SIZES = [(1024, 768), (1280, 800)]


def settle(window, qtbot, size=None):
    if size is not None:
        window.resize(*size)
    qtbot.wait(30)


def extension_buttons(window):
    return [button for toolbar in window.accessibility.toolbars
            for button in toolbar.findChildren(QToolButton, "qt_toolbar_ext_button")]


def assert_every_tool_whole(window, elder):
    """Each tool's button is shown, inside the window, and wide enough for its whole label."""
    tools = window.accessibility
    inside = window.rect()
    tucked = set(TOOL_GROUPS[ELDER_TUCKED]) if tools.tucked_away() else set()
    assert tools.actions["more"].isVisible() == elder  # 更多 only in elder mode
    for name in tools.actions:
        if name in tucked:  # in elder mode, in the More menu instead
            assert tools.actions[name] in tools.more_menu.actions() and not tools.toolbars[ELDER_TUCKED].isVisible()
            continue
        if name == "more" and not elder:
            continue
        button = tools.button(name)
        assert isinstance(button, QToolButton) and button.isVisible(), name  # not in an overflow menu
        label = button.text()
        assert label, name
        text_width = button.fontMetrics().horizontalAdvance(label)
        # The button's own size hint is what Qt needs to draw the label unelided.
        assert button.width() >= button.sizeHint().width(), (name, label, button.width(), button.sizeHint())
        assert button.width() >= text_width + 4, (name, label, button.width(), text_width)
        where = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
        assert inside.contains(where), (name, where, inside)
        if elder:
            assert button.width() >= ELDER_CONTROL_PX and button.height() >= ELDER_CONTROL_PX, name
    for button in extension_buttons(window):  # nothing hidden behind »
        assert not button.isVisible()


@pytest.mark.parametrize("size", SIZES, ids=["1024x768", "1280x800"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_elder_mode_shows_every_tool_with_its_whole_label(make_window, qtbot, language, size):
    window = make_window(language)
    window.appearance.set("elder_mode", True)
    settle(window, qtbot, size)
    assert_every_tool_whole(window, elder=True)


@pytest.mark.parametrize("language", LANGUAGES)
def test_normal_mode_at_1024_shows_every_tool_with_its_whole_label(make_window, qtbot, language):
    window = make_window(language)
    window.appearance.set("elder_mode", False)
    settle(window, qtbot, (1024, 768))
    assert_every_tool_whole(window, elder=False)


def test_labels_stay_whole_after_a_live_switch_of_language(make_window, qtbot):
    window = make_window("zh_CN")
    window.appearance.set("elder_mode", True)
    settle(window, qtbot, (1024, 768))
    assert window.accessibility.button("elder").text() == "长者助手"
    window.language.choose("en")
    settle(window, qtbot)
    tools = window.accessibility
    assert tools.button("elder").text() == "Elder" and tools.actions["elder"].text() == "&Elder Mode"
    assert tools.button("reading_mode").accessibleName() == "Reading Mode"
    assert_every_tool_whole(window, elder=True)
    window.language.choose("zh_TW")
    settle(window, qtbot)
    assert tools.button("elder").text() == "長者助手"
    assert_every_tool_whole(window, elder=True)


def test_a_narrow_window_wraps_whole_groups_onto_more_lines(make_window, qtbot):
    window = make_window("en")
    window.appearance.set("elder_mode", True)
    settle(window, qtbot, (1600, 800))
    tools = window.accessibility
    assert tools.rows() == 1
    assert_every_tool_whole(window, elder=True)
    settle(window, qtbot, (1024, 768))
    assert tools.rows() == 1  # elder mode's large tools fit one line from 1024 px
    tools.more_menu.aboutToShow.emit()  # opened: its switch is made then
    tools.show_all_action.trigger()  # the seldom-used tools shown as well: a second line
    settle(window, qtbot)
    assert tools.rows() == 2 and tools.toolbars[ELDER_TUCKED].isVisible()
    assert_every_tool_whole(window, elder=True)
    settle(window, qtbot, (640, 700))
    assert tools.rows() >= 3
    assert_every_tool_whole(window, elder=True)
    for names in TOOL_GROUPS:  # a group is never split across lines
        tops = {tools.button(name).mapTo(window, QPoint(0, 0)).y() for name in names}
        assert len(tops) == 1, names
    settle(window, qtbot, (1600, 800))  # and back on one line
    assert tools.rows() == 1


@pytest.mark.parametrize("elder", [False, True], ids=["normal", "elder"])
def test_at_any_width_no_label_is_cut_and_nothing_overflows(make_window, qtbot, elder):
    window = make_window("en")
    window.appearance.set("elder_mode", elder)
    for width in range(1700, 300, -53):
        settle(window, qtbot, (width, 760))
        assert_every_tool_whole(window, elder)
    widest = max(toolbar.sizeHint().width() for toolbar in window.accessibility.toolbars if toolbar.isVisible())
    assert window.width() >= widest  # never narrower than one group


def test_leaving_elder_mode_lets_the_buttons_shrink_to_their_labels(make_window, qtbot):
    window = make_window("en")
    window.appearance.set("elder_mode", True)
    settle(window, qtbot, (1024, 768))
    help_button = window.accessibility.button("help")
    assert help_button.width() >= ELDER_CONTROL_PX
    window.appearance.set("elder_mode", False)
    settle(window, qtbot)
    assert help_button.height() < ELDER_CONTROL_PX
    assert_every_tool_whole(window, elder=False)


@pytest.mark.parametrize("size", SIZES, ids=["1024x768", "1280x800"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_elder_mode_leaves_the_text_60_percent_of_the_window_with_the_caption_bar(make_window, qtbot, language, size):
    window = make_window(language)
    window.appearance.set("elder_mode", True)
    window.caption_bar.set_shown(True)
    settle(window, qtbot, size)
    window.caption_bar.show_spoken(window.document.blocks[12].text * 3)  # a long caption: the bar at its tallest
    window.read_aloud.status.show_state("playing")  # with the line saying what is read
    settle(window, qtbot)
    assert window.accessibility.rows() == 1
    assert window.view.height() >= 0.6 * window.height(), (window.view.height(), window.height())
    assert window.caption_bar.height() >= 80  # still a caption: the state line and a line of text
