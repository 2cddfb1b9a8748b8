"""Which interface language a request, a saved choice or the system's locale means."""
import pytest

from reader.core.languages import LANGUAGES, choose_language, match_language


@pytest.mark.parametrize("name, expected", [
    ("zh_CN", "zh_CN"), ("zh-CN", "zh_CN"), ("zh", "zh_CN"), ("zh_SG.UTF-8", "zh_CN"), ("zh-Hans-CN", "zh_CN"),
    ("zh_TW", "zh_TW"), ("zh-TW", "zh_TW"), ("zh_HK.UTF-8", "zh_TW"), ("zh-Hant", "zh_TW"), ("zh-Hant-MO", "zh_TW"),
    ("en", "en"), ("en_GB.UTF-8", "en"), ("English", "en"),
    ("fr_FR", None), ("", None), (None, None), ("C", None), ("-", None),
])
def test_locale_names_map_to_our_languages(name, expected):
    assert match_language(name) == expected


def test_a_request_beats_the_saved_choice_which_beats_the_system():
    assert choose_language("en", "zh_TW", ["zh-CN"]) == "en"
    assert choose_language(None, "zh_TW", ["zh-CN"]) == "zh_TW"
    assert choose_language(None, "", ["zh-HK", "en"]) == "zh_TW"


def test_the_first_system_language_we_have_wins_and_english_is_the_last_resort():
    assert choose_language(None, "", ["fr-FR", "zh-CN", "en"]) == "zh_CN"
    assert choose_language(None, "", ["fr-FR", "de"]) == "en"
    assert set(LANGUAGES) == {"zh_CN", "zh_TW", "en"}
