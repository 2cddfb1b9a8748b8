"""Shared test setup: no display needed, and no test touches the user's real data folder."""
import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _private_data_dir(monkeypatch, tmp_path):
    data = tmp_path / "reader-data"
    data.mkdir()
    monkeypatch.setenv("READER_DATA_DIR", str(data))
    return data
