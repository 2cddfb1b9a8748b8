"""The cuts that keep hostile input in bounds give back every character they were given."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.parsing.html import MAX_DEPTH, within_depth
from reader.core.parsing.long_lines import MAX_PARAGRAPH, MAX_TABLE_ROWS, MAX_WORD, line_pieces, table_pieces

_runs = st.lists(st.one_of(st.text(min_size=1, max_size=50), st.builds(lambda ch, n: ch * n, st.sampled_from(
    ["a", "文", "，", "。", " ", "1"]), st.integers(1, 30_000))), max_size=8)


@settings(max_examples=200, deadline=None)
@given(_runs)
def test_line_pieces_join_back_and_stay_in_bounds(runs):
    text = "".join(runs)
    pieces = line_pieces(text)
    assert "".join(pieces) == text
    assert all(0 < len(piece) <= MAX_PARAGRAPH for piece in pieces)
    assert not any(re.search(r"[a-z1]{%d}" % (MAX_WORD + 1), piece) for piece in pieces)


def test_a_long_paragraph_is_cut_after_a_sentence():
    sentence = "各单位要认真落实本区政府信息公开工作的各项要求。"
    pieces = line_pieces(sentence * 2_000)
    assert len(pieces) > 1 and all(piece.endswith("。") for piece in pieces)


def test_table_pieces_keep_every_row_in_order():
    rows = [(str(i), "x") for i in range(1_234)]
    pieces = table_pieces(rows)
    assert [row for piece in pieces for row in piece] == rows
    assert max(map(len, pieces)) == MAX_TABLE_ROWS


def _depth(markup: str) -> int:
    depth = deepest = 0
    for closing in re.findall(r"<(/?)div>", markup):
        depth += -1 if closing else 1
        deepest = max(deepest, depth)
    return deepest


@settings(max_examples=50, deadline=None)
@given(st.integers(0, 3_000), st.integers(0, 3_000))
def test_within_depth_keeps_the_text_and_no_more_than_the_limit(opened, closed):
    markup = "<div>" * opened + "正文" + "</div>" * closed + "<p>后</p>"
    flat = within_depth(markup)
    assert _depth(flat) <= MAX_DEPTH
    assert re.sub("<[^>]*>", "", flat) == "正文后"
    if opened <= MAX_DEPTH:
        assert flat == markup  # a page a browser builds whole is not touched


def test_within_depth_leaves_scripts_comments_and_optional_end_tags_alone():
    markup = "<script>" + "<div>" * 2_000 + "</script><!--" + "<div>" * 2_000 + "-->" + "<p>" * 2_000 + "x"
    assert within_depth(markup) == markup
