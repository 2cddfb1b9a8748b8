"""The outline as a screen reader gets it: each item's level, and leaves not "expanded"."""
from PySide6.QtGui import QAccessible

from reader.core.model import Heading

def items(window):
    tree = QAccessible.queryAccessibleInterface(window.outline)
    children = [tree.child(i) for i in range(tree.childCount())]
    return [c for c in children if c.role() == QAccessible.Role.TreeItem]

def test_items_say_their_level_and_leaves_are_not_expanded(make_window):
    window = make_window("zh_CN")
    by_name = {item.text(QAccessible.Text.Name): item for item in items(window)}
    top = by_name["一、主要做法和成效"]
    assert top.text(QAccessible.Text.Description) == "一级标题"
    assert top.state().expandable and top.state().expanded
    leaf = by_name["（一）加强组织领导"]
    assert leaf.text(QAccessible.Text.Description) == "二级标题"
    assert not leaf.state().expandable and not leaf.state().expanded

def test_levels_follow_the_language(make_window):
    window = make_window("en")
    names = {item.text(QAccessible.Text.Name): item.text(QAccessible.Text.Description) for item in items(window)}
    assert names["（一）加强组织领导"] == "Level 2 heading"
