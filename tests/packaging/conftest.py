"""The packaging tests load packaging/build.py (and icons.py) as modules."""
import importlib.util
import os
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def builder():
    return _load("reader_packaging_build", PACKAGING / "build.py")


@pytest.fixture(scope="session")
def icons():
    return _load("reader_packaging_icons", PACKAGING / "icons.py")


def need_tool(name: str, package: str) -> str:
    """The tool's path; skips without it, except in CI, where the test set installs it."""
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed (Debian package {package}; tools/install-system-deps.sh test)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path
