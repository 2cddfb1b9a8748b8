"""Python offsets and Qt positions part ways after a character beyond U+FFFF."""
from reader.core.utf16 import code_points_in_units, has_astral, per_unit, utf16_length

RARE = "张\U00020000三说𪚥好"  # 𠀀 (U+20000) and 𪚥 (U+2A6A5): two UTF-16 units each


def test_lengths_and_offsets_in_units():
    assert not has_astral("花都区分局") and has_astral(RARE)
    assert utf16_length("花都") == 2 and utf16_length(RARE) == len(RARE) + 2
    assert code_points_in_units(RARE, 0, 3) == 2  # 张 and 𠀀
    assert code_points_in_units(RARE, 0, 2) == 2  # inside 𠀀's pair: the whole character
    assert code_points_in_units(RARE, 2, 3) == 3  # 三说𪚥 is 4 units: 3 units end inside 𪚥
    assert code_points_in_units(RARE, 0, 99) == len(RARE)


def test_per_unit_keeps_each_item_over_its_character():
    items = ["zhāng", None, "sān", "shuō", None, "hǎo"]
    spread = per_unit(items, RARE)
    assert len(spread) == utf16_length(RARE)
    assert spread[3] == "sān" and spread[4] == "shuō" and spread[7] == "hǎo"
    assert per_unit(["a", "b"], "花都") == ["a", "b"]
