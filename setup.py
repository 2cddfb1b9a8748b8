"""Build hook: compile the Qt translations (i18n/*.ts) to .qm files inside the package."""
from setuptools import setup
from setuptools.command.build_py import build_py

from tools.translations import compile_translations


class BuildWithTranslations(build_py):
    def run(self):
        compile_translations()
        super().run()


setup(cmdclass={"build_py": BuildWithTranslations})
