"""Files that ship with the reader: the sample report and compiled translations.

Installed, they live in the ``reader.resources`` package (mapped from the
repository's ``resources/`` folder); run from a checkout, in that folder.
"""
from __future__ import annotations

from pathlib import Path

SAMPLE_REPORT = "huadu-police-2020-rule-of-law-report.txt"


def resource_folder() -> Path:
    try:
        import reader.resources as package

        return Path(package.__file__).parent
    except ImportError:
        return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resource_folder().joinpath(*parts)


def sample_report() -> Path:
    return resource(SAMPLE_REPORT)
