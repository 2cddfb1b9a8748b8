"""A document stored as one line: its chapters, articles, signature and date are still found."""
from reader.core.model import BlockKind
from reader.core.parsing.flattened import unflatten

SPACE = "\u2002"  # the en space some systems leave where the line breaks were


def _article(number: str, body: str) -> str:
    return f"第{number}条{SPACE}{SPACE}{body}"


LONG = "并对执行情况进行监督检查，确保各项措施落到实处，做到有章可循、有据可查、有责可追，" * 2 + "不得擅自变更。"
ARTICLES_ONE = "".join(_article(n, f"会议组织单位应当合理安排会议{n}，{LONG}") for n in ("一", "二", "三"))
ARTICLES_TWO = (
    _article("四", f"会议材料应当精简，依照本规定第三条的要求报送，{LONG}")
    + _article("五", f"会议经费纳入预算管理，{LONG}")
    + _article("六", f"本规定自印发之日起施行，{LONG}")
)
FLAT = (
    "各区人民政府，市政府各部门：现将《某市会议管理规定》印发给你们，请认真遵照执行。"
    "某市人民政府办公室2024年3月1日（此件主动公开）某市会议管理规定"
    f"第一章{SPACE}总{SPACE} {SPACE}则" + ARTICLES_ONE
    + f"第二章{SPACE}会议组织与经费" + ARTICLES_TWO
)


def test_a_regulation_on_one_line_has_its_chapters_and_articles(parse_text):
    assert len(FLAT) > 600 and "\n" not in FLAT
    document = parse_text(FLAT)
    attachment, = document.outline
    assert attachment.title == "某市会议管理规定"
    assert [(h.label, h.title) for h in attachment.children] == [("第一章", "总则"), ("第二章", "会议组织与经费")]
    articles = [h.label for chapter in attachment.children for h in chapter.children]
    assert articles == ["第一条", "第二条", "第三条", "第四条", "第五条", "第六条"]  # 本规定第三条 is a reference
    assert (document.signature.issuer, document.signature.date) == ("某市人民政府办公室", "2024-03-01")
    assert "（此件主动公开）" in document.text


def test_a_long_paragraph_that_mentions_a_chapter_stays_one_paragraph():
    paragraph = f"依照第三章{SPACE}的规定，" + LONG * 30
    assert unflatten(paragraph) == [paragraph]


def test_a_short_line_is_never_cut():
    line = f"第一章{SPACE}总则第一条{SPACE}为规范管理，制定本规定。第二条{SPACE}本规定适用于全市。"
    assert unflatten(line) == [line]


def test_nothing_is_lost_in_the_cutting():
    assert "".join(unflatten(FLAT)) == FLAT
    assert len(unflatten(FLAT)) > 8


def test_the_cut_text_reaches_the_model(parse_text):
    document = parse_text(FLAT)
    squashed = "".join(document.text.split())
    assert squashed == "".join(FLAT.split())
    assert [b.kind for b in document.blocks][:3] == [BlockKind.PARAGRAPH, BlockKind.SIGNATURE, BlockKind.DATE]
