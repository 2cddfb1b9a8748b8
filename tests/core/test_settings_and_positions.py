"""Settings and reading positions: remembered, validated, and never fatal when damaged."""
import json

from reader.bundled import sample_report
from reader.core.json_store import JsonStore
from reader.core.parsing import parse_bytes, parse_file
from reader.core.positions import ReadingPositions
import pytest

from reader.core.settings import PinyinMode, ReadingMode, Settings


def test_settings_persist_and_fall_back_to_defaults(tmp_path):
    path = tmp_path / "settings.json"
    settings = Settings(path)
    assert settings.get("zoom_percent") == 100
    settings.set("zoom_percent", 150)
    assert Settings(path).get("zoom_percent") == 150
    path.write_text(json.dumps({"zoom_percent": 9999, "outline_visible": "yes"}))
    reloaded = Settings(path)
    assert reloaded.get("zoom_percent") == 100 and reloaded.get("outline_visible") is True


def test_a_corrupt_settings_file_is_set_aside(tmp_path):
    path = tmp_path / "settings.json"
    path.write_bytes(b"\x00{not json")
    settings = Settings(path)
    assert settings.get("zoom_percent") == 100
    assert settings.damaged_file is not None and settings.damaged_file.read_bytes() == b"\x00{not json"
    assert not path.exists()
    settings.set("zoom_percent", 120)
    assert json.loads(path.read_text())["zoom_percent"] == 120


def test_options_for_one_run_are_never_saved(tmp_path):
    """--scheme, --elder, --pinyin: this run only, even when another setting is saved meanwhile."""
    path = tmp_path / "settings.json"
    settings = Settings(path)
    settings.override("scheme", "yellow-black")
    settings.override("elder_mode", True)
    assert settings.get("scheme") == "yellow-black" and settings.get("elder_mode") is True
    settings.set("caption_bar", True)
    saved = Settings(path)
    assert saved.get("caption_bar") is True
    assert saved.get("scheme") == "original" and saved.get("elder_mode") is False
    # The user's own choice during the run replaces the override and is kept.
    settings.set("elder_mode", False)
    assert settings.get("elder_mode") is False
    settings.set("scheme", "black-yellow")
    assert Settings(path).get("scheme") == "black-yellow"
    # Reset (重置) ends an override too.
    settings.override("zoom_percent", 200)
    settings.reset(["zoom_percent"])
    assert settings.get("zoom_percent") == 100


def test_out_of_range_values_are_refused(tmp_path):
    settings = Settings(tmp_path / "s.json")
    for bad in (10, 1000, True, "120"):
        try:
            settings.set("zoom_percent", bad)
        except ValueError:
            continue
        raise AssertionError(bad)


def test_reading_positions_follow_the_text_not_the_path(tmp_path):
    store = JsonStore(tmp_path / "positions.json")
    document = parse_file(sample_report())
    ReadingPositions(store).remember(document, 42, str(sample_report()))
    moved = tmp_path / "moved.txt"
    moved.write_bytes(sample_report().read_bytes())
    assert ReadingPositions(store).get(parse_file(moved)) == 42
    assert ReadingPositions(store).get(parse_bytes("另一个文档。".encode())) is None


def test_an_out_of_range_position_is_ignored(tmp_path):
    store = JsonStore(tmp_path / "positions.json")
    document = parse_bytes("标题\n\n一句话。".encode())
    ReadingPositions(store).remember(document, 999)
    assert ReadingPositions(store).get(document) is None


def test_listeners_hear_each_change_once_however_it_was_made(tmp_path):
    settings = Settings(tmp_path / "settings.json")
    heard = []
    settings.subscribe(lambda name, value: heard.append((name, value)))
    settings.set("zoom_percent", 150)
    settings.set("zoom_percent", 150)  # no change: nothing to hear
    settings.override("text_only", True)
    settings.reset(["zoom_percent", "text_only", "scheme"])  # scheme was already its default
    assert heard == [("zoom_percent", 150), ("text_only", True), ("zoom_percent", 100), ("text_only", False)]


def test_choices_of_names_are_typed_and_saved_as_plain_text(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text('{"pinyin_mode": "all", "reading_mode": "sideways"}', "utf-8")
    settings = Settings(path)
    assert settings.get("pinyin_mode") is PinyinMode.ALL
    assert settings.get("reading_mode") is ReadingMode.CONTINUOUS  # out of range: the default
    settings.set("reading_mode", "point")
    assert settings.get("reading_mode") is ReadingMode.POINT
    assert json.loads(path.read_text("utf-8"))["reading_mode"] == "point"
    with pytest.raises(ValueError):
        settings.set("pinyin_mode", "some")
