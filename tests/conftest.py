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


@pytest.fixture(autouse=True)
def _no_save_failure_carried_over():
    """A save failure is told once per process: one test's full disk must not be the next one's."""
    from reader.core import save_failures

    save_failures.forget()
    yield
    save_failures.forget()


# Figures the tests measure (inputs tried, requests seen ...), printed after the run. -----------
_FIGURES: dict[str, object] = {}


@pytest.fixture(scope="session")
def figures() -> dict[str, object]:
    """Record a measured figure by name: figures["name"] = value; the summary prints it."""
    return _FIGURES


def pytest_terminal_summary(terminalreporter):
    if _FIGURES:
        terminalreporter.section("figures")
        for name, value in _FIGURES.items():
            terminalreporter.write_line(f"{name}: {value:,}" if isinstance(value, int) else f"{name}: {value}")
