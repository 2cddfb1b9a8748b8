"""Speech tests synthesize for real (espeak-ng through pyttsx3, in the worker process) and
play through the SilentPlayer, which waits for each WAV's real duration: no sound card needed."""
import pytest

from reader.speech.engine_loader import ENGINE_ENV, quick_check
from reader.speech.players import PLAYER_ENV


@pytest.fixture(autouse=True)
def _default_engine(monkeypatch):
    monkeypatch.delenv(ENGINE_ENV, raising=False)
    monkeypatch.delenv(PLAYER_ENV, raising=False)


@pytest.fixture
def engine():
    available, reason = quick_check()
    if not available:
        pytest.skip(f"no speech engine: {reason}")
