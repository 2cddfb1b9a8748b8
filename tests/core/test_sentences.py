"""Sentences with character offsets into Document.text."""
import pytest

from reader.core.model import BlockKind
from reader.core.sentences import split_spans


def _split(text):
    return [text[start:end] for start, end in split_spans(text)]


@pytest.mark.parametrize(
    "text, sentences",
    [
        ("他说：“好。”然后走了。", ["他说：“好。”", "然后走了。"]),
        ("一是压实责任；二是健全机制。", ["一是压实责任；", "二是健全机制。"]),
        ("真的吗？是的！", ["真的吗？", "是的！"]),
        ("等等……后来呢", ["等等……", "后来呢"]),
        ("（详见附件。）下一句。", ["（详见附件。）", "下一句。"]),
        ("学习《民法典。》体会", ["学习《民法典。》", "体会"]),
        ("  前后有空格。  ", ["前后有空格。"]),
        ("没有句号的标题", ["没有句号的标题"]),
        ("", []),
    ],
)
def test_split_spans(text, sentences):
    assert _split(text) == sentences


@pytest.mark.parametrize(
    "name",
    ["notice-with-attachment.txt", "numbered-attachments.txt", "saved-page.html", "regulation-articles.txt"],
)
def test_sentences_cover_each_block_in_order(parse_fixture, name):
    document = parse_fixture(name)
    previous_end = 0
    for sentence in document.sentences:
        block = document.blocks[sentence.block]
        assert block.start <= sentence.start < sentence.end <= block.end
        assert sentence.start >= previous_end
        text = document.sentence_text(sentence)
        assert text == text.strip() and text
        previous_end = sentence.end
    assert {s.block for s in document.sentences} == set(range(len(document.blocks)))  # every block is read


def test_table_cells_are_sentences_of_their_own(parse_fixture):
    document = parse_fixture("numbered-attachments.txt")
    table_index = next(i for i, b in enumerate(document.blocks) if b.kind is BlockKind.TABLE)
    cells = [document.sentence_text(s) for s in document.sentences if s.block == table_index]
    assert cells == ["单位", "姓名", "电话", "区应急管理局", "张明", "36800000"]


def test_block_offsets_address_document_text(parse_fixture):
    document = parse_fixture("notice-with-attachment.txt")
    for block in document.blocks:
        assert document.text[block.start : block.end] == block.text
