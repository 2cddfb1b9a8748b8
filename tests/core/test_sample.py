"""The bundled sample report gives the model the issue specifies, field for field."""
import pytest

from reader.bundled import sample_report
from reader.core.outline import document_dict
from reader.core.parsing import parse_file

SAMPLE_TITLE = "广州市公安局花都区分局2020年法治政府建设年度报告"
ISSUER = "广州市公安局花都区分局"


@pytest.fixture(scope="module")
def model():
    return document_dict(parse_file(sample_report()))


def test_json_shape(model):
    assert list(model) == ["title", "metadata", "outline", "toc", "signature", "imprint", "stats"]
    assert model["imprint"] == []  # a page has no 版记
    assert list(model["metadata"]) == [
        "index_number", "category", "publisher", "written_date",
        "name", "document_number", "published_date", "subject_words", "source",
    ]
    assert list(model["signature"]) == ["issuer", "date"]
    assert list(model["stats"]) == ["characters", "paragraphs", "sentences"]
    for node in model["outline"]:
        assert list(node) == ["level", "label", "title", "children"]
    assert all(isinstance(value, int) and value > 0 for value in model["stats"].values())


def test_title_and_metadata(model):
    assert model["title"] == SAMPLE_TITLE
    assert model["metadata"] == {
        "index_number": "114401140075147171/2020-00054",
        "category": "主题分类",  # the page prints the column's caption where the value belongs
        "publisher": ISSUER,
        "written_date": "2020-12-25",
        "name": SAMPLE_TITLE,
        "document_number": None,
        "published_date": "2020-12-25",
        "subject_words": None,
        "source": None,
    }


def test_outline(model):
    top = model["outline"]
    assert [(n["level"], n["label"], n["title"]) for n in top] == [
        (1, "一、", "主要做法和成效"),
        (1, "二、", "存在的不足和原因"),
        (1, "三、", "下一年度工作计划"),
    ]
    assert [len(n["children"]) for n in top] == [12, 3, 4]
    first = top[0]["children"]
    assert (first[0]["level"], first[0]["label"], first[0]["title"]) == (2, "（一）", "加强组织领导")
    assert first[11]["label"] == "（十二）" and first[11]["title"] == "加强政治建警"
    assert all(child["children"] == [] for n in top for child in n["children"])


def test_signature(model):
    assert model["signature"] == {"issuer": ISSUER, "date": "2020-12-04"}

