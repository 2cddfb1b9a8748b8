"""One reading for the eye and the ear: what the reader decides (lexicon, rules, corrections)
reaches the pinyin shown, the HTML export's ruby and the text given to an engine that reads
inline pinyin, checked by what eSpeak NG 1.52 (the espeakng-loader wheel) says."""
import re
import sys
from pathlib import Path

import pytest

from reader.bundled import sample_report
from reader.core import export, pinyin, readings
from reader.core.parsing import parse_bytes
from reader.core.speech_text import prepare_for_speech, with_inline_pinyin

sys.path.insert(0, str(Path(__file__).parent))
import espeak_phonemes  # noqa: E402 - the helper beside this file

needs_espeak = pytest.mark.skipif(espeak_phonemes.library() is None, reason="espeakng-loader not installed")


pytestmark = pytest.mark.usefixtures("fresh_readings")


@pytest.mark.parametrize("text, expected", [
    ("花都区", "hua1du1qu1"),  # the lexicon; 区 beside it goes too
    ("绿色", "lv4se4"),  # ü is v
    ("我的书", "wo3de5shu1"),  # the neutral tone is 5
    ("以人民为中心", "yi3ren2min2wei2zhong1xin1"),
    ("一个", "一ge4"),  # 一 and 不 are left to the engine (yí gè)
    ("你我", "你我"),  # characters of one reading, far from any polyphone, too
    ("2020 年", "2020 nian2"),
    ("呣，嗯", "呣，嗯"),  # m, n alone: no syllable the engine can read inline
])
def test_inline_pinyin(text, expected):
    assert with_inline_pinyin(text) == expected


def test_latin_letters_beside_inline_pinyin_stay_a_word_of_their_own():
    assert with_inline_pinyin("APP的使用") == "APP de5shi3用"


@needs_espeak
@pytest.mark.parametrize("text, heard", [
    ("广州市花都区分局", "t'u55"),  # dū, not dōu
    ("坚持以人民为中心。", "w'ei35"),  # wéi
    ("负责人出庭应诉。", "j'i51N"),  # yìng
    ("落实接处警制度。", "ts.h'u214"),  # chǔ
    ("建立长效机制。", "ts.h'A35N"),  # cháng
    ("可以处五万元以下罚款。", "ts.h'u214"),  # chǔ
])
def test_the_engine_says_what_the_reader_shows(text, heard):
    assert plain(heard) in plain(espeak_phonemes.phonemes(with_inline_pinyin(prepare_for_speech(text))))


def plain(phonemes: str) -> str:
    """Without stress marks and word breaks: only the sounds and the tones."""
    return re.sub(r"[',_| ]", "", phonemes)


def test_a_correction_and_a_lexicon_entry_reach_shown_exported_and_spoken(tmp_path):
    (tmp_path / "lexicon.tsv").write_text("莘庄\tshen1 zhuang1\ttesting the user's lexicon\n", "utf-8")
    readings.use_lexicon(None)
    text = "莘庄的银行"
    word, index = pinyin.word_at(text, 4)
    pinyin.corrections().set(word, index, "xíng")
    assert pinyin.readings(text) == ["shēn", "zhuāng", "de", "yín", "xíng"]
    html = export.to_html(parse_bytes((text + "。\n").encode(), "t.txt"), "marks")
    assert re.search(r"莘.*shēn", html) and "xíng" in html and "háng" not in html
    spoken = with_inline_pinyin(text)
    assert "shen1zhuang1" in spoken and "xing2" in spoken
    if espeak_phonemes.library() is not None:
        said = plain(espeak_phonemes.phonemes(spoken))
        assert "S;i35N" in said and "s.@55n" in said


@needs_espeak
def test_inline_pinyin_keeps_the_neighbours_readings():
    """Every Chinese character of the sample, prepared and given to the engine with inline
    pinyin: the tone the engine says agrees with the pinyin shown (3rd tone sandhi, 一 and 不
    allowed). Without the neighbours spelled too, 信 spelled xin4 made 息 neutral (xin4息)."""
    agree = total = 0
    for sentence in re.split(r"(?<=[。！？；\n])", sample_report().read_text("utf-8")):
        text = prepare_for_speech(sentence.strip())
        hanzi = [(char, syllable) for char, syllable in zip(text, pinyin.syllables(text)) if pinyin.is_hanzi(char)]
        if not hanzi:
            continue
        heard = espeak_phonemes.tones(with_inline_pinyin(text))
        assert len(heard) == len(hanzi), text
        for (char, syllable), tone in zip(hanzi, heard):
            shown = pinyin.display(syllable, pinyin.TONE_NUMBERS)[-1]
            shown = shown if shown.isdigit() else "5"
            total += 1
            agree += shown == tone or char in "一不" or (shown, tone) == ("3", "2")
    print(f"\nsample: the engine's tone agrees with the pinyin shown for {agree}/{total} = {agree / total:.1%}")
    assert agree / total >= 0.99


@needs_espeak
def test_the_checked_polyphones_are_spoken_with_their_tone():
    """The polyphones of polyphones_checked.tsv (the sample and shared/corpus/, read by hand), as
    eSpeak NG 1.52 says them: the tone heard is the right one (tones only: this helper does not
    decode syllables; the engine's own phoneme decoder is in tests/speech/). Sentences whose
    syllables the tones cannot be lined up with (Latin letters, digits) are left out."""
    from test_pinyin_polyphones import checked_sentences, is_polyphone

    def tone(syllable: str) -> str:
        shown = pinyin.display(syllable, pinyin.TONE_NUMBERS)[-1]
        return shown if shown.isdigit() else "5"

    counts = {"inline": [0, 0], "engine alone": [0, 0]}
    for sentence, expected in checked_sentences():
        if any(char.isascii() and char.isalnum() for char in sentence):
            continue
        hanzi = [char for char in sentence if pinyin.is_hanzi(char)]
        for name, text in (("inline", with_inline_pinyin(sentence)), ("engine alone", sentence)):
            heard = espeak_phonemes.tones(text)
            if len(heard) != len(hanzi):
                continue
            rights = iter(expected)
            for char, said in zip(hanzi, heard):
                if not is_polyphone(char):
                    continue
                _, right = next(rights)
                counts[name][1] += 1
                counts[name][0] += tone(right) == said or char in "一不" or (tone(right), said) == ("3", "2")
    for name, (right, total) in counts.items():
        print(f"\npolyphones spoken with the right tone, {name}: {right}/{total} = {right / total:.1%}")
    right, total = counts["inline"]
    assert total > 5000 and right / total >= 0.98
