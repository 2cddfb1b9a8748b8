"""The closing signature and date, and the attachments that follow them."""
import pytest

from reader.core.model import BlockKind
from reader.core.outline import heading_line


def _outline_lines(document):
    return ["  " * (h.level - 1) + heading_line(h) for h in document.headings()]


@pytest.mark.parametrize(
    "name, issuer, date",
    [
        ("notice-with-attachment.txt", "广州市公安局花都区分局", "2021-03-05"),  # 二〇二一年三月五日
        ("numbered-attachments.txt", "广州市花都区应急管理局", "2021-05-28"),
        ("attached-plan.txt", "广州市花都区人民政府办公室", "2021-06-01"),  # not the plan's own date
        ("notice-gbk.txt", "广州市花都区人民政府办公室", "2021-04-01"),  # no attachment
        ("saved-page.html", "广州市花都区人民政府", "2021-05-10"),
    ],
)
def test_signature(parse_fixture, texts_of, name, issuer, date):
    document = parse_fixture(name)
    assert (document.signature.issuer, document.signature.date) == (issuer, date)
    assert texts_of(document, "signature")[0] == issuer


@pytest.mark.parametrize(
    "name, outline",
    [
        ("notice-with-attachment.txt", [
            "附件 广州市公安局花都区分局2021年法治政府建设工作要点",
            "  一、总体要求",
            "  二、主要任务",
            "    （一）加强组织领导",
            "    （二）规范执法行为",
        ]),
        ("numbered-attachments.txt", [
            "附件1：花都区2021年“安全生产月”活动方案",
            "  一、活动主题",
            "  二、活动安排",
            "    （一）集中宣传",
            "    （二）应急演练",
            "附件2：联络员名单",
        ]),
        ("attached-plan.txt", [
            "花都区城乡环境整治工作方案",
            "  一、整治范围",
            "  二、整治任务",
            "    （一）清理卫生死角",
            "    （二）整治乱搭乱建",
            "  三、时间安排",
        ]),
    ],
)
def test_attachment_is_a_top_level_part_of_the_outline(parse_fixture, name, outline):
    document = parse_fixture(name)
    assert _outline_lines(document) == outline
    for top in document.outline:
        assert document.blocks[top.block].kind is BlockKind.ATTACHMENT


def test_bare_attachment_line_reads_with_its_title(parse_fixture):
    document = parse_fixture("notice-with-attachment.txt")
    (attachment,) = [b for b in document.blocks if b.kind is BlockKind.ATTACHMENT]
    assert (attachment.label, attachment.title) == ("附件", "广州市公安局花都区分局2021年法治政府建设工作要点")
    # The title line is not read a second time after its block.
    assert f"附件 {attachment.title}\n一、总体要求" in document.text


def test_attachment_keeps_its_own_signature(parse_fixture, texts_of):
    document = parse_fixture("attached-plan.txt")
    assert texts_of(document, "signature") == ["广州市花都区人民政府办公室", "花都区城乡环境整治工作领导小组办公室"]
    assert texts_of(document, "date") == ["2021年6月1日", "2021年5月20日"]


def test_attachment_table_stays_a_table(parse_fixture):
    document = parse_fixture("numbered-attachments.txt")
    table = next(b for b in document.blocks if b.kind is BlockKind.TABLE)
    assert table.rows == (("单位", "姓名", "电话"), ("区应急管理局", "张明", "36800000"))


@pytest.mark.parametrize(
    "tail",
    [
        "附件材料请于6月30日前报送区应急管理局。",  # a sentence that starts with 附件
        "联系人：张明，电话：36800000。",
    ],
)
def test_closing_paragraphs_are_not_attachments(parse_text, texts_of, tail):
    document = parse_text(f"关于开展检查的通知\n请各单位认真落实。\n广州市花都区应急管理局\n2021年5月28日\n{tail}\n")
    assert texts_of(document, "attachment") == []
    assert texts_of(document, "paragraph")[-1] == tail


def test_an_attached_plan_whose_title_ends_in_its_period_follows_the_note_under_the_date(parse_text):
    document = parse_text(
        "某市人民政府办公室关于印发某市养老服务提升方案的通知\n各区人民政府：\n"
        "《某市养老服务提升方案（2024—2026年）》已经市政府同意，现印发给你们，请认真执行。\n"
        "某市人民政府办公室\n2024年2月1日\n（此件主动公开）\n"
        "某市养老服务提升方案（2024—2026年）\n为提升养老服务水平，制定本方案。\n"
        "一、工作目标\n到2026年，服务体系更加完善。\n二、保障措施\n加强组织领导。\n")
    assert [h.title for h in document.outline] == ["某市养老服务提升方案（2024—2026年）"]
    assert [h.title for h in document.outline[0].children] == ["工作目标", "保障措施"]
    assert (document.signature.issuer, document.signature.date) == ("某市人民政府办公室", "2024-02-01")
