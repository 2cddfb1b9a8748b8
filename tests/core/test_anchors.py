"""Bookmark anchors: the sentence is found again by its text, then its surroundings, then fuzzily."""
from reader.core.anchors import find_anchor, make_anchor

ORIGINAL = """关于做好2021年安全生产工作的通知

一、工作目标
全年不发生较大以上生产安全事故。各单位要落实主体责任。事故总量继续下降。

二、重点任务
开展隐患排查治理专项行动。加强重点行业领域监管执法。提升应急救援能力。
"""


def sentence_index(document, text):
    return next(i for i, s in enumerate(document.sentences) if document.sentence_text(s) == text)


def test_anchor_keeps_the_sentence_and_twenty_characters_either_side(parse_text):
    document = parse_text(ORIGINAL)
    index = sentence_index(document, "各单位要落实主体责任。")
    anchor = make_anchor(document, index)
    assert anchor.sentence == index and anchor.text == "各单位要落实主体责任。"
    assert anchor.before.endswith("全年不发生较大以上生产安全事故。") and len(anchor.before) == 20
    assert anchor.after.startswith("事故总量继续下降。") and len(anchor.after) <= 20


def test_unchanged_document_finds_the_same_index(parse_text):
    document = parse_text(ORIGINAL)
    for index in range(len(document.sentences)):
        found = find_anchor(document, make_anchor(document, index))
        assert (found.sentence, found.how) == (index, "exact")


def test_moved_sentence_is_found_by_its_text(parse_text):
    document = parse_text(ORIGINAL)
    anchor = make_anchor(document, sentence_index(document, "加强重点行业领域监管执法。"))
    changed = parse_text(ORIGINAL.replace("一、工作目标\n", "一、工作目标\n新增一段说明文字。再加一句。\n"))
    found = find_anchor(changed, anchor)
    assert found.how == "moved" and changed.sentence_text(changed.sentences[found.sentence]) == "加强重点行业领域监管执法。"


def test_repeated_sentence_is_told_apart_by_its_surroundings(parse_text):
    text = "一、甲\n请认真执行。甲方负责落实。\n\n二、乙\n请认真执行。乙方负责落实。\n"
    document = parse_text(text)
    second = [i for i, s in enumerate(document.sentences) if document.sentence_text(s) == "请认真执行。"][1]
    anchor = make_anchor(document, second)
    changed = parse_text("前言一句。\n" + text)
    found = find_anchor(changed, anchor)
    assert changed.sentence_text(changed.sentences[found.sentence]) == "请认真执行。"
    assert changed.sentence_text(changed.sentences[found.sentence + 1]) == "乙方负责落实。"


def test_edited_sentence_is_placed_by_its_context(parse_text):
    document = parse_text(ORIGINAL)
    anchor = make_anchor(document, sentence_index(document, "各单位要落实主体责任。"))
    changed = parse_text(ORIGINAL.replace("各单位要落实主体责任。", "全体单位务必压实全员安全生产责任制度。"))
    found = find_anchor(changed, anchor)
    assert found.how == "context"
    assert changed.sentence_text(changed.sentences[found.sentence]) == "全体单位务必压实全员安全生产责任制度。"


def test_slightly_edited_sentence_without_context_is_found_fuzzily(parse_text):
    document = parse_text(ORIGINAL)
    anchor = make_anchor(document, sentence_index(document, "开展隐患排查治理专项行动。"))
    changed = parse_text("某某通知\n\n其他内容在前面。开展隐患排查治理的专项行动。其他内容在后面。\n")
    found = find_anchor(changed, anchor)
    assert found.how == "fuzzy"
    assert changed.sentence_text(changed.sentences[found.sentence]) == "开展隐患排查治理的专项行动。"


def test_rewrapped_lines_still_match(parse_text):
    document = parse_text(ORIGINAL)
    anchor = make_anchor(document, sentence_index(document, "提升应急救援能力。"))
    changed = parse_text(ORIGINAL.replace("提升应急救援能力。", "提升应急 救援能力。"))
    found = find_anchor(changed, anchor)
    assert found.certain


def test_nothing_alike_falls_back_to_the_old_place_as_a_guess(parse_text):
    document = parse_text(ORIGINAL)
    anchor = make_anchor(document, len(document.sentences) - 1)
    other = parse_text("完全不同的文件\n\n毫无关系的一句话。\n")
    found = find_anchor(other, anchor)
    assert found.how == "guess" and 0 <= found.sentence < len(other.sentences)
