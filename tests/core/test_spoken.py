import pytest

from reader.core.model import Heading
from reader.core.spoken import spoken_heading


@pytest.mark.parametrize("label, title, expected", [
    ("二、", "存在的不足和原因", "第二部分 存在的不足和原因"),
    ("（十一）", "深化政务公开", "第十一项 深化政务公开"),
    ("3.", "工作要求", "第3点 工作要求"),
    ("（2）", "时间安排", "第2小点 时间安排"),
    ("第一章", "总则", "第一章 总则"),
    ("", "附件 实施方案", "附件 实施方案"),
])
def test_labels_are_said_the_chinese_way(label, title, expected):
    assert spoken_heading(Heading(level=1, label=label, title=title, block=0)) == expected
