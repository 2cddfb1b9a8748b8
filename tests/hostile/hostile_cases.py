"""Hostile and broken documents, each with the text that must come through it.

Every case is the bytes of a file, its name (the suffix picks nothing: the loader sniffs) and
``kept``: the text whose letters and hanzi must all reach the model (None: a refusal with a
message is the right answer). The repros of issue 19, at their sizes, plus a few relatives.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[2]
SAMPLE = REPOSITORY / "resources" / "huadu-police-2020-rule-of-law-report.txt"
# Ordinary hanzi with no portal word among them (收藏, 打印, 版权 ... are page furniture).
HANZI = "政府信息公开工作年度报告本区认真贯彻落实条例要求全面推进决策执行管理服务结果人民群众"
SENTENCE = "本区认真贯彻落实条例要求，全面推进决策执行管理服务结果公开。"


@dataclass(frozen=True)
class Case:
    name: str
    data: bytes
    kept: str | None  # None: refusing the file (with a message) is right

    @property
    def size(self) -> int:
        return len(self.data)


def _page(body: str) -> bytes:
    return f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>标题</title></head><body>{body}</body></html>".encode()


def spans_table(cells: int = 2000) -> Case:
    """Issue 19: 2,000 cells of colspan=1000000 rowspan=1000000 (122 KB) froze the window 56 s."""
    texts = [f"格{i}" for i in range(cells)]
    rows = "".join("<tr>" + "".join(f'<td colspan="1000000" rowspan="1000000">{t}</td>' for t in texts[r:r + 20])
                   + "</tr>" for r in range(0, cells, 20))
    return Case("spans 2,000 cells", _page(f"<h1>表格</h1><table>{rows}</table>"), "表格" + "".join(texts))


def big_table(rows: int = 10_000, columns: int = 8) -> Case:
    """Issue 19: a 962 KB table of 10,000 rows of 8 cells took 29 s to open."""
    body = "".join("<tr>" + "".join(f"<td>{r}行{c}列</td>" for c in range(columns)) + "</tr>" for r in range(rows))
    kept = "".join(f"{r}行{c}列" for r in range(rows) for c in range(columns))
    return Case(f"table {rows:,}x{columns}", _page(f"<h1>表格</h1><table>{body}</table>"), "表格" + kept)


def long_paragraph(size: int = 1024 * 1024) -> Case:
    body = SENTENCE.replace("。", "，") * (size // len(SENTENCE.encode()))
    return Case(f"paragraph {size // 1024} KB", f"通知\n\n{body}。\n".encode(), "通知" + body)


def long_word(size: int) -> Case:
    word = ("abcdefghij" * (size // 10 + 1))[:size]
    return Case(f"word {size // 1024} KB", f"通知\n\n正文：{word} 结束。\n".encode(), "通知正文" + word + "结束")


def deep_divs(depth: int) -> Case:
    return Case(f"divs {depth:,} deep", _page("<div>" * depth + "深处的正文。" + "</div>" * depth + "<p>后面的段落。</p>"),
                "深处的正文后面的段落")


def deep_tables(depth: int) -> Case:
    return Case(f"tables {depth:,} deep",
                _page("<table><tr><td>" * depth + "表中正文。" + "</td></tr></table>" * depth + "<p>表后。</p>"),
                "表中正文表后")


def unclosed_inline(count: int) -> Case:
    """Old pages leave <font> open by the thousand."""
    return Case(f"{count:,} unclosed <font>", _page("".join(f"<font color=red>字{i}" for i in range(count))),
                "".join(f"字{i}" for i in range(count)))


def utf16_declared(odd: bool) -> Case:
    """Issue 19: a UTF-8 page whose <meta charset> says utf-16 came out as mojibake."""
    text = "中文内容，测试。"
    data = f'<html><head><meta charset="utf-16"></head><body><p>{text}</p></body></html>'.encode()
    if len(data) % 2 != odd:  # both parities: an even length decodes as UTF-16 without an error
        data += b" "
    return Case(f"utf-16 declared, {'odd' if odd else 'even'} length", data, text)


def sample_without_line_breaks() -> Case:
    """Issue 19: the sample with its line breaks removed was refused as holding no readable text."""
    text = SAMPLE.read_text(encoding="utf-8").replace("\n", "")
    return Case("sample without line breaks", text.encode(), text)


def bidi_overrides() -> Case:
    """Issue 19: RLO/LRO showed text one way and speech read it in the other order."""
    return Case("bidi overrides", "通知\n\n正文\u202e甲乙丙\u202c结束。\u202d丁戊\u202c。\u2067己\u2069庚。\n".encode(),
                "通知正文甲乙丙结束丁戊己庚")


def control_characters() -> Case:
    """ESC and other C0/C1 controls: never into the model (they reached the terminal)."""
    body = (SENTENCE * 40) + "\x1b[31m红色\x1b[0m，\x1b]0;title\x07，\x08\x0e\x85结束。"
    return Case("control characters", f"通知\n\n{body}\n".encode(), "通知" + SENTENCE * 40 + "31m红色0m0title结束")


def control_entities() -> Case:
    return Case("control characters as entities",
                _page("<h1>通知&#27;[2J</h1><p>正文&#27;]0;x&#7;&#x9b;结束&#x202e;。</p>"), "通知2J正文0x结束")


def empty_and_binary() -> list[Case]:
    return [Case("empty", b"", None), Case("zeros", b"\0" * 4096, None),
            Case("spaces", b" \n\t" * 1000, None), Case("png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, None)]


def fixed_cases() -> list[Case]:
    """Issue 19's repros, at their sizes (each at most 2 MB)."""
    return [
        spans_table(), big_table(), long_paragraph(), long_word(256 * 1024), long_word(1024 * 1024),
        deep_divs(100_000), deep_divs(180_000), deep_tables(1_000), unclosed_inline(50_000),
        utf16_declared(odd=False), utf16_declared(odd=True), sample_without_line_breaks(), bidi_overrides(),
        control_characters(), control_entities(), *empty_and_binary(),
    ]
