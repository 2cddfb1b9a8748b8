"""core/block_writing.py: the one seam the view, printing and the exports write blocks through."""
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from reader.bundled import sample_report
from reader.core import block_writing
from reader.core.block_writing import CARD_FIELDS, BlockWriter, card_values, marked_runs, write_block, write_blocks
from reader.core.model import METADATA_FIELDS, Block, BlockKind, Point
from reader.core.parsing import parse_file

I18N = Path(__file__).resolve().parents[2] / "i18n"


class Recorder(BlockWriter):
    """Notes the method each block reached, through the defaults."""

    def __init__(self):
        self.calls: list[tuple[str, BlockKind]] = []

    def text(self, block):
        self.calls.append(("text", block.kind))

    def table(self, block):
        self.calls.append(("table", block.kind))

    def heading(self, block):
        self.calls.append(("heading", block.kind))

    def signature(self, block):
        self.calls.append(("signature", block.kind))


def test_every_kind_of_block_has_a_writer_method():
    for kind in BlockKind:
        assert callable(getattr(BlockWriter, kind.value, None)), kind


def test_the_defaults_write_alike_what_a_writer_does_not_tell_apart():
    recorder = Recorder()
    write_blocks(recorder, [Block(kind, "文字", 0) for kind in BlockKind])
    reached = dict((kind, method) for method, kind in recorder.calls)
    assert reached[BlockKind.ATTACHMENT] == "heading"
    assert reached[BlockKind.DATE] == "signature"
    assert reached[BlockKind.TABLE] == "table"
    assert {reached[kind] for kind in (BlockKind.TITLE, BlockKind.DOCUMENT_NUMBER, BlockKind.PARAGRAPH,
                                       BlockKind.IMPRINT)} == {"text"}


def test_a_writer_that_writes_no_text_says_so():
    with pytest.raises(NotImplementedError):
        write_block(BlockWriter(), Block(BlockKind.PARAGRAPH, "正文", 0))


def test_the_sample_report_reaches_the_writer_block_by_block_with_a_pause_before_each():
    document = parse_file(sample_report())
    recorder, pauses = Recorder(), []
    write_blocks(recorder, document.blocks, lambda: pauses.append(len(recorder.calls)))
    assert [kind for _method, kind in recorder.calls] == [block.kind for block in document.blocks]
    assert pauses == list(range(len(document.blocks)))


def test_the_card_fields_are_the_models_in_its_order():
    assert tuple(field.name for field in CARD_FIELDS) == METADATA_FIELDS


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_the_card_labels_as_printed_are_the_interfaces_in_chinese(language):
    """The exports' labels (the portals') and the window's (translated) come from one table: in
    Simplified Chinese they are the same words, in Traditional the same words in its script."""
    root = ET.parse(I18N / f"reader_{language}.ts").getroot()
    (context,) = [c for c in root.iter("context") if c.findtext("name") == "MetadataCard"]
    translated = {m.findtext("source"): m.findtext("translation") for m in context.iter("message")}
    labels = [translated[field.label] for field in CARD_FIELDS]
    if language == "zh_CN":
        assert labels == [field.printed for field in CARD_FIELDS]
    else:
        assert labels == ["索引號", "分類", "發布機構", "成文日期", "名稱", "文號", "發布日期", "主題詞", "來源"]


def test_a_card_field_the_document_lacks_shows_a_dash_or_is_left_out():
    document = parse_file(Path(__file__).resolve().parents[1] / "fixtures" / "formats" / "guobanfa-notice.html")
    values = dict((field.name, value) for field, value in card_values(document))
    assert values["index_number"] != block_writing.MISSING
    missing = [name for name, value in values.items() if value == block_writing.MISSING]
    assert missing, "the fixture lacks a field"
    filled = [field.name for field, _value in card_values(document, filled_only=True)]
    assert filled == [name for name in METADATA_FIELDS if name not in missing]


def test_marked_runs_cut_the_text_at_its_enumeration_markers():
    text = "一是加强领导。二是落实责任。"
    block = Block(BlockKind.PARAGRAPH, text, 0, points=(Point(0, "一是"), Point(7, "二是")))
    runs = marked_runs(block)
    assert [(text[start:end], marker) for start, end, marker in runs] == [
        ("一是", True), ("加强领导。", False), ("二是", True), ("落实责任。", False)]
    assert marked_runs(Block(BlockKind.PARAGRAPH, "", 0)) == [(0, 0, False)]


def test_the_card_is_written_only_for_a_document_that_has_one():
    class Cards(Recorder):
        def card(self, values):
            self.calls.append(("card", tuple(field.name for field, _value in values)))

    with_card = parse_file(sample_report())
    writer = Cards()
    assert block_writing.write_card(writer, with_card)
    assert writer.calls == [("card", METADATA_FIELDS)]
    without = parse_file(Path(__file__).resolve().parents[1] / "fixtures" / "formats" / "qt-report.txt")
    writer = Cards()
    assert not block_writing.write_card(writer, without) and writer.calls == []
