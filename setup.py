"""Build hook: compile the Qt translations (i18n/*.ts) to .qm files inside the package."""
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the build does not put the project on the path
from tools.translations import compile_translations  # noqa: E402


class BuildWithTranslations(build_py):
    def run(self):
        compile_translations()
        super().run()


setup(cmdclass={"build_py": BuildWithTranslations})
