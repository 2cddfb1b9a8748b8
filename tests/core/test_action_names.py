"""Command names in both languages (read from the compiled .qm) and ranking a query against them."""
import struct

from reader.bundled import resource
from reader.core.action_names import (PREFIX, SUBSEQUENCE, SUBSTRING, WORD_PREFIX, NameTable, QM_MAGIC,
                                      load_name_table, match_name, normalize, plain, rank, read_qm,
                                      search_terms)


def qm(*messages):
    """A minimal .qm file: a messages section of (context, source, translation)."""
    block = b""
    for context, source, translation in messages:
        encoded = translation.encode("utf-16-be")
        block += b"\x03" + struct.pack(">I", len(encoded)) + encoded
        for tag, text in ((6, source), (7, context)):
            data = text.encode("utf-8")
            block += bytes([tag]) + struct.pack(">I", len(data)) + data
        block += b"\x01"
    language = b"zh_CN"
    return (QM_MAGIC + b"\xa7" + struct.pack(">I", len(language)) + language
            + b"\x69" + struct.pack(">I", len(block)) + block)


def test_read_qm_gives_context_source_and_translation():
    data = qm(("ZoomControls", "Zoom &In", "放大(&I)"), ("NavigationMenu", "&Where Am I…", "我在哪里…"))
    assert read_qm(data) == [("ZoomControls", "Zoom &In", "放大(&I)"),
                             ("NavigationMenu", "&Where Am I…", "我在哪里…")]


def test_read_qm_tolerates_other_and_damaged_files():
    assert read_qm(b"not a qm file") == []
    assert read_qm(qm(("C", "Open", "打开"))[:-9]) == []  # cut off inside the message


def test_plain_and_normalize():
    assert plain("&Open…") == "Open"
    assert plain("打开(&O)…") == "打开"
    assert plain("Save && Quit") == "Save & Quit"
    assert normalize("Where Am I?") == "whereami"
    assert normalize("放大 (大)") == "放大大"


def test_name_table_maps_both_ways_and_fills_placeholders():
    table = NameTable([("Zoom &In", "放大(&I)"), ("Next Heading of Level {level}", "下一个{level}级标题"),
                       ("{current} of {total}", "第 {current} 项，共 {total} 项")])
    assert table.other_names("Zoom In") == ["放大"]
    assert table.other_names("放大(&I)") == ["Zoom In"]
    assert table.other_names("Next Heading of Level 3") == ["下一个3级标题"]
    assert table.other_names("下一个2级标题") == ["Next Heading of Level 2"]
    assert table.other_names("Large Pointer of Mine") == []  # "{current} of {total}" is too loose to use


def test_the_shipped_translations_name_the_commands():
    table = load_name_table(resource("i18n"))
    assert "我在哪里" in table.other_names("&Where Am I")
    assert "Where Am I" in table.other_names("我在哪里(&W)") + table.other_names("我在哪里")
    assert "Zoom In" in table.other_names("放大")


def test_search_terms():
    assert search_terms("长辈版 关怀版，关爱版、亲情版 elder") == ["长辈版", "关怀版", "关爱版", "亲情版", "elder"]
    assert search_terms(["a b", "c"]) == ["a", "b", "c"]
    assert search_terms(None) == []


def test_match_kinds():
    assert match_name("zoom", "Zoom In") == (PREFIX, 0)
    assert match_name("in", "Zoom In") == (WORD_PREFIX, 0)
    assert match_name("zoomin", "Zoom In") == (PREFIX, 0)
    assert match_name("amI".casefold(), "Where Am I") == (WORD_PREFIX, 0)
    assert match_name("oom", "Zoom In")[0] == SUBSTRING
    assert match_name("zi", "Zoom In")[0] == SUBSEQUENCE
    assert match_name("xyz", "Zoom In") is None


def test_rank_prefix_then_substring_then_subsequence():
    commands = [["Find Previous"], ["Zoom In", "放大"], ["Print"], ["Open Recent"], ["Elder Mode", "长辈版"]]
    # Print (prefix), Find Previous (a word's prefix), Open Recent (o-P-en-R-ecent, letters in order)
    assert [(m.index, m.kind) for m in rank("pr", commands)] == [(2, PREFIX), (0, WORD_PREFIX), (3, SUBSEQUENCE)]
    # Open Recent (a word's prefix), Find Previous (inside a word), Elder Mode (e-l-d-e-R-mod-E)
    assert [(m.index, m.kind) for m in rank("re", commands)] == [(3, WORD_PREFIX), (0, SUBSTRING), (4, SUBSEQUENCE)]
    assert [m.name for m in rank("长辈", commands)] == ["长辈版"]
    assert rank("where am i", [["Go"], ["Where Am I"]])[0].index == 1
    assert [m.index for m in rank("", commands)] == [0, 1, 2, 3, 4]
    assert len(rank("", [["x"]] * 80, limit=50)) == 50


def test_rank_orders_kinds():
    commands = [["Sound"], ["Zoom Out"], ["Outline"], ["Text Only"]]
    kinds = [(m.index, m.kind) for m in rank("out", commands)]
    assert kinds == [(2, PREFIX), (1, WORD_PREFIX)]
    fuzzy = rank("tol", commands)
    assert [(m.index, m.kind) for m in fuzzy] == [(3, SUBSEQUENCE)]


def test_the_translations_of_one_source_name_each_other():
    table = NameTable([("&Open…", "打开(&O)…"), ("&Open…", "開啟(&O)…"),
                       ("Next Heading of Level {n}", "下一个{n}级标题"), ("Next Heading of Level {n}", "下一個{n}級標題")])
    assert table.other_names("Open") == ["打开", "開啟"]
    assert table.other_names("打开(&O)…") == ["Open", "開啟"]
    assert table.other_names("開啟") == ["Open", "打开"]
    assert table.other_names("下一個3級標題") == ["Next Heading of Level 3", "下一个3级标题"]


def test_the_shipped_translations_name_the_commands_in_traditional_chinese_too():
    table = load_name_table(resource("i18n"))
    assert "開啟" in table.other_names("&Open…") and "開啟" in table.other_names("打开(&O)…")
    assert "打开" in table.other_names("開啟(&O)…")
