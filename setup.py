"""Build hook: compile the Qt translations (i18n/*.ts) to .qm files inside the package."""
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))  # the build does not put the project on the path
from tools.translations import TARGET, compile_translations  # noqa: E402

# reader.resources.i18n is listed in pyproject.toml; in a fresh clone its folder does not exist
# until the translations are compiled, and setuptools checks for it before building.
TARGET.mkdir(parents=True, exist_ok=True)


class BuildWithTranslations(build_py):
    """Compile i18n/*.ts (every one there) to resources/i18n/*.qm, then build as usual."""

    def run(self):
        compile_translations()
        super().run()


setup(cmdclass={"build_py": BuildWithTranslations})
