"""The model's records: NamedTuples and a Document with slots (not dataclasses: their start-up
cost in Python 3.11, see model.py), with the behaviour the frozen dataclasses had."""
import copy
import pickle
import weakref

import pytest

from reader.core.model import METADATA_FIELDS, Block, BlockKind, Document, Heading, Metadata, Sentence, Signature


def _document(text: str = "标题\n正文。") -> Document:
    blocks = (Block(BlockKind.TITLE, "标题", 0), Block(BlockKind.PARAGRAPH, "正文。", 3))
    return Document("标题", Metadata(publisher="某局"), blocks, (Heading(1, "一、", "总则", 1),), Signature(),
                    (Sentence(0, 2, 0), Sentence(3, 6, 1)), "a.txt", text)


def test_a_document_is_immutable_and_compared_by_its_fields():
    document = _document()
    with pytest.raises(AttributeError):
        document.title = "另一个"
    with pytest.raises(AttributeError):
        del document.text
    assert document == _document() and hash(document) == hash(_document())
    assert document != _document("标题\n别的。")
    assert document != tuple(getattr(document, name) for name in Document._fields)


def test_a_changed_copy_keeps_the_other_fields():
    document = _document()
    changed = document._replace(title="新标题", metadata=document.metadata._replace(source="新华社"))
    assert (changed.title, changed.metadata.source, changed.metadata.publisher) == ("新标题", "新华社", "某局")
    assert changed.blocks is document.blocks and changed.text == document.text and document.title == "标题"
    with pytest.raises(ValueError):
        document._replace(titel="错")


def test_a_document_is_weakly_referenced_copied_and_pickled():
    """Search and pinyin keep their indexes by a weak reference to the document."""
    document = _document()
    reference = weakref.ref(document)
    assert reference() is document
    assert copy.copy(document) == document == pickle.loads(pickle.dumps(document))
    del document
    assert reference() is None


def test_the_text_is_left_out_of_the_repr():
    shown = repr(_document("很长的正文" * 1000))
    assert shown.startswith("Document(title='标题', metadata=Metadata(") and "很长的正文" not in shown


def test_the_metadata_fields_are_the_card_fields_in_order():
    assert Metadata._fields == METADATA_FIELDS
    assert list(Metadata(category="公告").as_dict().items())[:2] == [("index_number", None), ("category", "公告")]
    assert Metadata().is_empty() and not Metadata(source="新华社").is_empty()
