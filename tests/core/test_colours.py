import pytest

from reader.core.colours import contrast_ratio, hex_rgb


@pytest.mark.parametrize("first, second, expected", [
    ("#000000", "#FFFFFF", 21.0), ("#FFFFFF", "#FFFFFF", 1.0), ("#0000FF", "#FFFF00", 8.0), ("#767676", "#FFFFFF", 4.54),
])
def test_contrast_ratio_matches_wcag_examples(first, second, expected):
    assert contrast_ratio(hex_rgb(first), hex_rgb(second)) == pytest.approx(expected, abs=0.01)
