"""A document's own 目录 is a list of its headings, kept apart from the outline."""
import json

from reader.core.outline import document_dict

REGULATION = """某市河道管理条例

目　录
第一章　总　则
第二章　规划与建设
　第一节　规划
　第二节　建设
第三章　附　则

第一章　总　则
第一条　为了加强河道管理，根据有关法律，制定本条例。
第二章　规划与建设
第一节　规划
第二条　河道规划应当符合流域综合规划。
第二节　建设
第三条　河道建设应当符合防洪标准。
第三章　附　则
第四条　本条例自2025年1月1日起施行。
"""


def test_the_toc_is_not_the_outline(parse_text):
    document = parse_text(REGULATION)
    chapters = [(h.label, h.title) for h in document.outline]
    assert chapters == [("第一章", "总则"), ("第二章", "规划与建设"), ("第三章", "附则")]
    assert [h.title for h in document.outline[1].children] == ["规划", "建设"]
    assert [(e.label, e.level) for e in document.toc] == [
        ("第一章", 1), ("第二章", 1), ("第一节", 2), ("第二节", 2), ("第三章", 1)]
    assert "第二章　规划与建设\n　第一节" not in document.text  # the lines are kept, one block each
    assert document.text.count("规划与建设") == 2


def test_outline_json_carries_the_toc(parse_text):
    data = json.loads(json.dumps(document_dict(parse_text(REGULATION)), ensure_ascii=False))
    assert data["toc"][0] == {"level": 1, "label": "第一章", "title": "总则"}
    assert len(data["toc"]) == 5


def test_toc_entries_with_page_numbers(parse_text):
    text = ("工作手册\n目录\n一、工作职责……1\n二、工作流程……3\n三、附则……9\n"
            "一、工作职责\n负责全市的统筹协调工作。\n二、工作流程\n按程序办理。\n三、附则\n本手册自印发之日起施行。\n")
    document = parse_text(text)
    assert [e.title for e in document.toc] == ["工作职责", "工作流程", "附则"]
    assert [h.title for h in document.headings()] == ["工作职责", "工作流程", "附则"]


def test_a_document_without_a_toc_has_none(parse_text):
    document = parse_text("通知\n一、目录编制\n按要求编制目录。\n目录\n详见附表。\n")
    assert document.toc == ()
    assert [h.title for h in document.headings()] == ["目录编制"]
