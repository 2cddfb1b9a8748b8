"""The .ts sources stay in step with the code, and every string is translated."""
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest

from tools.translations import ROOT, SOURCES, python_sources, qt_tool

TS_FILES = sorted(SOURCES.glob("*.ts"))


def messages(path):
    return {
        (context.findtext("name"), message.findtext("source")): message.find("translation")
        for context in ET.parse(path).iter("context")
        for message in context.iter("message")
    }


@pytest.mark.parametrize("ts_file", TS_FILES, ids=lambda p: p.name)
def test_ts_file_lists_exactly_the_strings_in_the_code(ts_file, tmp_path):
    lupdate = qt_tool("lupdate")
    fresh = tmp_path / ts_file.name
    shutil.copy(ts_file, fresh)
    subprocess.run([lupdate, "-silent", "-no-obsolete", *python_sources(), "-ts", str(fresh)],
                   check=True, cwd=ROOT)
    assert set(messages(fresh)) == set(messages(ts_file)), "run: python -m tools.translations --update"


@pytest.mark.parametrize("ts_file", TS_FILES, ids=lambda p: p.name)
def test_every_string_is_translated(ts_file):
    def text_of(translation):  # plural forms keep their texts in <numerusform> children
        forms = [form.text or "" for form in translation.iter("numerusform")]
        return "".join(forms) if forms else translation.text or ""

    unfinished = [source for source, translation in messages(ts_file).items()
                  if not text_of(translation).strip() or translation.get("type") in ("unfinished", "vanished")]
    assert unfinished == []
