"""The worker process: real synthesis to WAV, voices, long text, and a missing engine."""
import os
import wave

import pytest

from reader.speech.client import SyncWorker
from reader.speech.engine import PhonemesUnavailable
from reader.speech.engine_loader import ENGINE_ENV, REASON_NO_ESPEAK, EngineUnavailable
from reader.speech.voices import mandarin_voice, rate_to_wpm
from reader.speech.worker import MAX_CHUNK, split_long

SENTENCE = "二〇二〇年，花都区公安分局在区委、区政府的正确领导下，深入推进法治公安建设。"


def duration_s(path):
    with wave.open(str(path), "rb") as wav:
        return wav.getnframes() / wav.getframerate()


@pytest.fixture(scope="module")
def worker():
    available_worker = SyncWorker()
    try:
        available_worker.start()
    except EngineUnavailable as error:
        pytest.skip(f"no speech engine: {error}")
    yield available_worker
    available_worker.close()


def test_a_chinese_sentence_becomes_a_wav_of_plausible_length(worker, tmp_path):
    path = tmp_path / "one.wav"
    duration_ms = worker.synthesize(SENTENCE, str(path), rate=rate_to_wpm(1.0), voice=worker.default_voice)
    seconds = duration_s(path)
    assert abs(seconds * 1000 - duration_ms) <= 1
    # espeak-ng's Mandarin at 175 wpm says about three characters a second.
    assert 0.15 * len(SENTENCE) <= seconds <= 0.6 * len(SENTENCE)


def test_the_default_voice_is_mandarin_and_the_rate_counts(worker, tmp_path):
    assert worker.default_voice and worker.default_voice.rsplit("/", 1)[-1] == "cmn"
    slow = worker.synthesize("法治政府建设年度报告。", str(tmp_path / "slow.wav"), rate=rate_to_wpm(1.0),
                             voice=worker.default_voice)
    fast = worker.synthesize("法治政府建设年度报告。", str(tmp_path / "fast.wav"), rate=rate_to_wpm(2.0),
                             voice=worker.default_voice)
    assert fast < 0.7 * slow


def test_an_unknown_voice_is_an_error_and_the_worker_goes_on(worker, tmp_path):
    with pytest.raises(RuntimeError, match="unknown voice"):
        worker.synthesize("你好。", str(tmp_path / "bad.wav"), voice="zh")  # espeak would stay English
    assert worker.synthesize("你好。", str(tmp_path / "good.wav"), voice=worker.default_voice) > 0


def test_long_text_is_spoken_in_pieces_into_one_wav(worker, tmp_path):
    text = "各单位要加强组织领导，确保各项任务落到实处，" * 20  # 440 characters: two pieces
    folder = tmp_path / "long"
    folder.mkdir()
    path = folder / "long.wav"
    worker.synthesize(text, str(path), rate=rate_to_wpm(3.0), voice=worker.default_voice)
    assert duration_s(path) > 0.05 * len(text)
    assert os.listdir(folder) == ["long.wav"]  # the pieces are gone


def test_split_long_cuts_after_commas_and_keeps_every_character():
    text = "很长的句子，" * 200
    pieces = split_long(text)
    assert "".join(pieces) == text
    assert all(len(piece) <= MAX_CHUNK for piece in pieces)
    assert all(piece.endswith("，") for piece in pieces)
    unbroken = "无标点" * 300
    assert [len(piece) for piece in split_long(unbroken)] == [MAX_CHUNK, MAX_CHUNK, 100]
    assert split_long("") == [""]


def test_a_missing_engine_is_reported_with_how_to_enable_it():
    env = dict(os.environ, **{ENGINE_ENV: "none"})
    with pytest.raises(EngineUnavailable) as raised:
        SyncWorker(env=env).start()
    assert raised.value.reason == REASON_NO_ESPEAK
    assert "espeak-ng" in raised.value.reason and "espeakng-loader" in raised.value.reason


def test_espeakng_loader_from_pypi_works_without_the_system_library(tmp_path):
    pytest.importorskip("espeakng_loader")
    env = dict(os.environ, **{ENGINE_ENV: "pypi"})
    with SyncWorker(env=env) as worker:
        assert worker.engine == "pypi"
        assert worker.default_voice.rsplit("/", 1)[-1] == "cmn"
        assert worker.synthesize("你好。", str(tmp_path / "pypi.wav"), voice=worker.default_voice) > 200


ESPEAK_VOICES = [
    {"id": "gmw/en", "name": "English (Great Britain)", "languages": ["en-gb"]},
    {"id": "sit/cmn-latn-pinyin", "name": "Chinese (Mandarin, latin as Pinyin)", "languages": ["cmn-latn-pinyin"]},
    {"id": "sit/yue", "name": "Chinese (Cantonese)", "languages": ["yue"]},
    {"id": "sit/cmn", "name": "Chinese (Mandarin, latin as English)", "languages": ["cmn"]},
]
SAPI5_VOICES = [
    {"id": r"HKEY_LOCAL_MACHINE\...\TTS_MS_EN-US_ZIRA_11.0", "name": "Microsoft Zira Desktop", "languages": ["en_US"]},
    {"id": r"HKEY_LOCAL_MACHINE\...\TTS_MS_ZH-HK_TRACY_11.0", "name": "Microsoft Tracy Desktop", "languages": ["zh_HK"]},
    {"id": r"HKEY_LOCAL_MACHINE\...\TTS_MS_ZH-CN_HUIHUI_11.0", "name": "Microsoft Huihui Desktop", "languages": ["zh_CN"]},
]
NSSS_VOICES = [
    {"id": "com.apple.speech.synthesis.voice.Alex", "name": "Alex", "languages": ["en_US"]},
    {"id": "com.apple.speech.synthesis.voice.ting-ting", "name": "Ting-Ting", "languages": ["zh-CN"]},
]


@pytest.mark.parametrize("voices, expected", [
    (ESPEAK_VOICES, "sit/cmn"),
    (SAPI5_VOICES, r"HKEY_LOCAL_MACHINE\...\TTS_MS_ZH-CN_HUIHUI_11.0"),
    (NSSS_VOICES, "com.apple.speech.synthesis.voice.ting-ting"),
    (ESPEAK_VOICES[:1], None),
], ids=["espeak-ng", "sapi5", "nsss", "none"])
def test_the_mandarin_voice_is_chosen_by_itself(voices, expected):
    assert mandarin_voice(voices) == expected


def test_pyttsx3_engines_speak_through_the_same_seam(tmp_path):
    """SAPI5 and NSSS go through pyttsx3_engine; here pyttsx3 drives eSpeak NG the same way."""
    pytest.importorskip("pyttsx3")
    try:
        worker = SyncWorker(env=dict(os.environ, **{ENGINE_ENV: "pyttsx3"}))
        worker.start()
    except EngineUnavailable as error:
        pytest.skip(f"pyttsx3 has no engine here: {error}")
    try:
        assert not worker.inline_pinyin and worker.engine_name.startswith("pyttsx3")
        assert worker.synthesize("你好。", str(tmp_path / "p.wav"), voice=worker.default_voice) > 200
        with pytest.raises(PhonemesUnavailable):
            worker.phonemes("你好。")
    finally:
        worker.close()


class InlineEngine:
    reads_inline_pinyin = True

    def cannot_read(self, syllable):
        return syllable.endswith("iong")


def test_the_worker_follows_the_users_corrections_and_spells_what_the_engine_cannot_read(_private_data_dir):
    from reader.core import pinyin
    from reader.speech.worker import SpokenText

    if not pinyin.available():
        pytest.skip("pypinyin is not installed")
    pinyin.load()
    spoken = SpokenText(InlineEngine())
    assert spoken("楚雄州") == "楚xiong2州"  # eSpeak NG 1.52 reads 雄 in English
    text = "他去银行办事。"
    word, index = pinyin.word_at(text, text.index("行"))
    assert pinyin.corrections().get(word, index) is None
    pinyin.Corrections().set(word, index, "xíng")  # as the window saves it, in the data folder
    spoken(text)
    assert pinyin.corrections().get(word, index) == "xíng"  # read again: with_inline_pinyin sees it
    pinyin.use_corrections(None)


@pytest.mark.parametrize("system_version, order", [
    ((1, 51), ["pypi", "system"]),  # Debian 12: the wheel's 1.52 first
    ((1, 52, 0), ["system", "pypi"]),  # a tie: the system's, if it passes the probe
    ((1, 53), ["system", "pypi"]),
])
def test_the_newer_espeak_ng_is_tried_first(monkeypatch, system_version, order):
    from reader.speech import engine_loader, espeak_ng

    monkeypatch.setattr(espeak_ng, "system_library", lambda: "/usr/lib/libespeak-ng.so.1")
    monkeypatch.setattr(espeak_ng, "wheel_present", lambda: True)
    monkeypatch.setattr(espeak_ng, "wheel_library", lambda: ("/wheel/libespeak-ng.so", "/wheel/data"))
    monkeypatch.setattr(espeak_ng, "library_version",
                        lambda path: (1, 52, 0) if path.startswith("/wheel") else system_version)
    assert [kind for kind, _ in engine_loader._espeak_candidates("auto")] == order
    assert [kind for kind, _ in engine_loader._espeak_candidates("system")] == ["system"]
    assert [kind for kind, _ in engine_loader._espeak_candidates("pypi")] == ["pypi"]
