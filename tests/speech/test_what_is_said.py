"""What the engine says, checked by its phonemes: the Mandarin probe, and the readings spoken.

The phonemes are eSpeak NG's own (``espeak_TextToPhonemes`` through the worker, as
``reader speak --phonemes`` prints them), read back as pinyin by ``phonemes.decode``.
"""
import contextlib
import os
import sys
import unicodedata
from pathlib import Path

import pytest

from reader.bundled import sample_report
from reader.core import pinyin
from reader.core.parsing import parse_file
from reader.speech.client import SyncWorker
from reader.speech.engine import PROBE_TEXT, speaks_mandarin
from reader.speech.engine_loader import ENGINE_ENV, REASON_NOT_MANDARIN, EngineUnavailable
from reader.speech.espeak_ng import EspeakEngine, library_version, system_library, wheel_library, wheel_present
from reader.speech.export import speech_items

sys.path.insert(0, str(Path(__file__).parent))
from phonemes import decode, measure_table, switches, table  # noqa: E402

REPOSITORY = Path(__file__).resolve().parents[2]
AGREEMENT_TARGET = 0.98
needs_wheel = pytest.mark.skipif(not wheel_present(), reason="the espeakng-loader wheel is not installed")


def _shared() -> Path | None:
    """The project's shared folder: beside the checkout in CI, two levels up from a worktree."""
    for folder in (REPOSITORY.parent / "shared", REPOSITORY.parent.parent / "shared"):
        if (folder / "corpus").is_dir():
            return folder
    return None


def _system_is_old() -> bool:
    library = system_library()
    return library is not None and library_version(library) < (1, 52)


@contextlib.contextmanager
def _worker(kind: str):
    worker = SyncWorker(env=dict(os.environ, **{ENGINE_ENV: kind}))
    try:
        worker.start()
    except EngineUnavailable as error:
        pytest.skip(f"the {kind} engine is not used here: {error}")
    try:
        yield worker
    finally:
        worker.close()


@pytest.fixture(scope="module", params=["pypi", "system"])
def speaking(request):
    """A worker on the wheel's engine, or on the system's when it passes the probe."""
    with _worker(request.param) as worker:
        yield worker


# --- the probe ----------------------------------------------------------------------------
@pytest.mark.skipif(not _system_is_old(), reason="no system eSpeak NG older than 1.52 here")
def test_the_probe_rejects_debian_1_51_which_reads_mandarin_as_english():
    engine = EspeakEngine(system_library())
    said = engine.phonemes(PROBE_TEXT) if engine.set_voice("cmn") is None else ""
    assert "(en)" in said  # what 1.51 does: 你好 → (en)nITr'i:_| h,eI@Tr'i: ("ni three hao three")
    assert not speaks_mandarin(engine, "sit/cmn")
    with pytest.raises(EngineUnavailable) as raised:
        SyncWorker(env=dict(os.environ, **{ENGINE_ENV: "system"})).start()
    assert raised.value.reason == REASON_NOT_MANDARIN
    assert "1.51" in raised.value.detail and "espakng-loader" not in str(raised.value)
    assert "pip install espeakng-loader" in str(raised.value)


@needs_wheel
def test_the_wheel_passes_the_probe_and_is_the_default_over_an_older_system_engine():
    engine = EspeakEngine(*wheel_library(), kind="pypi")
    assert speaks_mandarin(engine, "sit/cmn")
    with SyncWorker(env={key: value for key, value in os.environ.items() if key != ENGINE_ENV}) as worker:
        if _system_is_old():
            assert worker.engine == "pypi"
        assert worker.engine_name.startswith("eSpeak NG 1.5") and worker.inline_pinyin


# --- the decoder ----------------------------------------------------------------------------
@needs_wheel
def test_the_phoneme_table_is_what_the_wheels_engine_says():
    engine = EspeakEngine(*wheel_library(), kind="pypi")
    engine.set_voice("cmn")
    assert measure_table(engine) == table()


@needs_wheel
@pytest.mark.parametrize("text, syllables", [
    ("你好", ["ni3", "hao3"]),
    ("银行", ["yin2", "hang2"]),
    ("分局长", ["fen1", "ju2", "zhang3"]),
    ("二〇二〇年", ["er4", "ling2", "er4", "ling2", "nian2"]),
    ("花du1区", ["hua1", "du1", "qu1"]),
    ("绿lv4", ["lv4", "lv4"]),
    ("的de5", ["de5", "de5"]),
])
def test_phonemes_decode_to_the_syllables_spoken(text, syllables):
    engine = EspeakEngine(*wheel_library(), kind="pypi")
    engine.set_voice("cmn")
    assert [value for kind, value in decode(engine.phonemes(text))] == syllables


# --- the readings spoken ---------------------------------------------------------------------
def _documents() -> list[Path]:
    shared = _shared()
    if shared is None:
        pytest.skip("no shared corpus beside the checkout (../shared/corpus)")
    found = [sample_report()]
    found += sorted(path for path in (shared / "corpus").iterdir() if path.suffix in (".txt", ".html"))
    return found


def _expected(text: str) -> list[tuple[str, str, int]]:
    """(character, toneless syllable, tone) of each character the reader shows a reading over."""
    shown = []
    for char, reading in zip(text, pinyin.readings(text, pinyin.TONE_NUMBERS)):
        if reading:
            reading = reading.replace("ü", "v")
            tone = int(reading[-1]) if reading[-1].isdigit() else 5
            shown.append((char, reading.rstrip("012345"), tone))
    return shown


def _agrees(char: str, syllable: str, tone: int, spoken: str) -> bool:
    """The spoken syllable is the one shown, allowing the tone sandhi of 一, 不 and 3rd tones."""
    said, said_tone = spoken[:-1], int(spoken[-1])
    if said != syllable:
        return False
    return (said_tone == tone or (char == "一" and said_tone in (1, 2, 4))
            or (char == "不" and said_tone in (2, 4)) or (tone == 3 and said_tone == 2))


def _has_latin(text: str) -> bool:
    return any(unicodedata.category(char).startswith("L") and char.isascii() for char in text)


def agreement(worker: SyncWorker, sentences: list[str]):
    """(characters shown, those spoken alike, sentences without Latin letters yet switched, misses)."""
    import difflib

    shown = agreed = 0
    switched, misses = [], []
    for text in sentences:
        given, said = worker.phonemes(text)
        if switches(said) and not _has_latin(text):
            switched.append((text, said))
        expected = _expected(text)
        spoken = [value if kind == "syllable" else f"?{kind}" for kind, value in decode(said)]
        matcher = difflib.SequenceMatcher(None, [syllable for _, syllable, _ in expected],
                                          [value.rstrip("012345") for value in spoken], autojunk=False)
        hits = set()
        for block in matcher.get_matching_blocks():
            for offset in range(block.size):
                char, syllable, tone = expected[block.a + offset]
                if _agrees(char, syllable, tone, spoken[block.b + offset]):
                    hits.add(block.a + offset)
        shown += len(expected)
        agreed += len(hits)
        misses += [(char, f"{syllable}{tone}", text) for index, (char, syllable, tone) in enumerate(expected)
                   if index not in hits]
    return shown, agreed, switched, misses


def test_the_readings_spoken_are_the_readings_shown(speaking, figures):
    if not pinyin.available():
        pytest.skip("pypinyin is not installed")
    total_shown = total_agreed = 0
    all_switched, all_misses = [], []
    for path in _documents():
        sentences = [text for _, text in speech_items(parse_file(path))]
        shown, agreed, switched, misses = agreement(speaking, sentences)
        print(f"{path.name}: {agreed / max(shown, 1):.2%} of {shown:,}")
        total_shown += shown
        total_agreed += agreed
        all_switched += switched
        all_misses += misses
    share = total_agreed / total_shown
    figures[f"readings spoken as shown ({speaking.engine_name})"] = (
        f"{share:.2%} of {total_shown:,} characters; {len(all_switched)} sentences without Latin letters "
        "switch language")
    print(f"\n{speaking.engine_name}: {total_agreed:,} of {total_shown:,} characters spoken as shown ({share:.2%});"
          f" {len(all_switched)} sentences without Latin letters switch language")
    counts: dict[tuple[str, str], int] = {}
    for char, reading, _ in all_misses:
        counts[char, reading] = counts.get((char, reading), 0) + 1
    print("most frequent differences (character, reading shown: times):",
          sorted(counts.items(), key=lambda item: -item[1])[:30])
    for text, said in all_switched[:5]:
        print("switched:", text, "→", said)
    assert not all_switched, all_switched[:3]
    assert share >= AGREEMENT_TARGET


@needs_wheel
def test_what_the_engine_cannot_read_is_spelled_and_said_in_mandarin():
    if not pinyin.available():
        pytest.skip("pypinyin is not installed")
    with _worker("pypi") as worker:
        given, said = worker.phonemes("楚雄彝族自治州")  # eSpeak NG 1.52 alone: (en)tSVTr'i:kS@Nt'u:
    assert "xiong2" in given and switches(said) == 0
    assert "xiong2" in [value for _, value in decode(said)]


@needs_wheel
def test_a_users_correction_reaches_the_phonemes():
    """View > Pinyin > Correct Reading… changes what is spoken, in a worker already running."""
    if not pinyin.available():
        pytest.skip("pypinyin is not installed")
    text = "他去银行办事。"
    position = text.index("行")
    with _worker("pypi") as worker:
        assert "hang2" in [value for _, value in decode(worker.phonemes(text)[1])]
        word, index = pinyin.word_at(text, position)
        pinyin.Corrections().set(word, index, "xíng")  # as the window saves it, in the data folder
        pinyin.use_corrections(None)
        assert pinyin.readings(text)[position] == "xíng"  # shown
        given, said = worker.phonemes(text)
    pinyin.use_corrections(None)
    assert [value for _, value in decode(said)][3] == "xing2"  # spoken: 他 去 银 行
