"""Parts (core/parts.py): a document too tall for Qt's layout is cut into ranges of whole blocks."""
from reader.bundled import sample_report
from reader.core import parts
from reader.core.model import Block, BlockKind
from reader.core.parsing import parse_file


def test_the_plan_cuts_whole_blocks_before_headings_within_the_budget():
    document = parse_file(sample_report())
    whole = parts.plan_parts(document, 40, 34.0, 10e6, 1e6, 10**6)
    assert whole.parts == ((0, len(document.blocks)),)
    plan = parts.plan_parts(document, 40, 34.0, 1_000, 1e9, 1_500)
    assert plan.parts[0][0] == 0 and plan.parts[-1][1] == len(document.blocks)
    assert all(a[1] == b[0] for a, b in zip(plan.parts, plan.parts[1:]))  # consecutive
    for first, end in plan.parts:
        size = sum(len(block.text) for block in document.blocks[first:end])
        assert size <= 1_500 or end - first == 1
    headed = [first for first, _ in plan.parts[1:] if document.blocks[first].kind in parts.HEADING_KINDS]
    assert len(headed) >= len(plan.parts[1:]) * 2 // 3  # cut before a heading where it can be


def test_a_table_counts_its_narrow_cells():
    table = Block(BlockKind.TABLE, "x", 0, rows=(("字" * 40, "字"),))
    paragraph = Block(BlockKind.PARAGRAPH, "字" * 40, 0)
    assert parts.block_height(table, 40, 34.0) > parts.block_height(paragraph, 40, 34.0)


def test_a_block_larger_than_a_part_ends_its_own():
    document = parse_file(sample_report())
    longest = max(range(len(document.blocks)), key=lambda index: len(document.blocks[index].text))
    size = len(document.blocks[longest].text)
    plan = parts.plan_parts(document, 40, 34.0, 1_000, 1e9, size - 1)
    (holding,) = [(first, end) for first, end in plan.parts if first <= longest < end]
    assert holding[1] == longest + 1  # nothing after it (a heading above it may stay with it)
    for first, end in plan.parts:
        if (first, end) != holding:
            assert sum(len(block.text) for block in document.blocks[first:end]) <= size - 1
