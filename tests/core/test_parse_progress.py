"""Parsing reports how far it has come, and stops when the progress callback raises."""
import pytest

from reader.bundled import sample_report
from reader.core.parsing import parse_bytes, parse_file


class Stop(Exception):
    pass


def big_text() -> bytes:
    return ("关于做好安全生产工作的通知\n\n一、工作目标\n\n" + "各单位要认真落实责任。\n" * 20000).encode()


@pytest.mark.parametrize("html", [False, True])
def test_progress_rises_to_one(html):
    data = big_text()
    if html:
        data = b"<html><body>" + data.replace(b"\n", b"<p>") + b"</body></html>"
    shares = []
    document = parse_bytes(data, "big", shares.append)
    assert document.blocks
    assert shares == sorted(shares) and shares[0] == 0.0 and shares[-1] == 1.0
    assert len(shares) > 10  # every 2,000 lines or elements, not only between stages


def test_same_document_with_or_without_progress():
    assert parse_file(sample_report(), lambda share: None) == parse_file(sample_report())


def test_raising_stops_parsing_early():
    calls = []

    def progress(share):
        calls.append(share)
        if share > 0.2:
            raise Stop

    with pytest.raises(Stop):
        parse_bytes(big_text(), "big", progress)
    assert calls[-1] < 0.5
