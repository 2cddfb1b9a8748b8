"""GB/T 9704 heading markers and 第X章/节/条 articles, recognised on one line.

A heading marker at the start of a line makes a heading when the rest is short,
or when its first sentence is short (a run-in heading such as
``（一）加强组织领导。一是……``: the heading is 加强组织领导, the rest is body).
A colon closes a run-in heading too (``（一）总体目标：到2025年，……``). A long first
sentence means a numbered paragraph, not a heading; so does a whole line that is one
sentence with a clause (``三、违反本公告规定燃放烟花爆竹的，由公安机关依法给予处罚。``).

``HeadingReader`` reads the lines of a body in order and adds what one line cannot tell:
the items of a 第X条 article, a marker alone on its line with its title on the next, and
the next heading of a series written as one sentence (（一）…  （二）强化考核评估，将…纳入考核。
（三）…): its first clause is its title, so the outline does not skip a number.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from .lazy_pattern import lazy_pattern

_CN = "一二三四五六七八九十百零〇两"
# (rank, pattern): a lower rank is a higher level. Attachments rank above all.
ATTACHMENT_RANK = -1
_MARKERS = (
    (0, re.compile(f"^第[{_CN}\\d]+编[ \u3000]*")),
    (1, re.compile(f"^第[{_CN}\\d]+章[ \u3000]*")),
    (2, re.compile(f"^第[{_CN}\\d]+节[ \u3000]*")),
    (3, re.compile(f"^第[{_CN}\\d]+条[ \u3000]*")),
    (4, re.compile(f"^[{_CN}]+[、，,．.][ \u3000]*")),
    (5, re.compile(f"^[（(][ \u3000]*[{_CN}]+[ \u3000]*[）)][ \u3000]*")),
    (6, re.compile(r"^\d{1,3}[.．、](?![\d.．])[ \u3000]*")),
    (7, re.compile(r"^[（(][ \u3000]*\d{1,3}[ \u3000]*[）)][ \u3000]*")),
)
ARTICLE_RANK = 3
_ITEMS_FROM = 4  # inside an article, markers ranked below this one are its items
_SENTENCE_END = re.compile(r"[。！？；!?;]")
_CLAUSE_END = lazy_pattern(r"[。！？；!?;，,]")
_COMMA = re.compile("[，,]")
_COLON = re.compile("[：:]")
_LEAD_IN = lazy_pattern("(?:是指|指|是|为|如下|包括|下列|以下)$")
# Spaces set between the characters of a short 章/节 title to spread it (第一章　总　则).
_SPREAD = lazy_pattern(r"(?<=[^\x00-\x7f])[ \u3000]+(?=[^\x00-\x7f])")
# 一、二季度 / 三、四线城市 / 一、二年级: a list of numerals inside a sentence, not the marker
# 一、 before a title. Told by the next numeral in the count followed by a measure word or
# noun that such lists qualify; not 年 or 项 (二、三年行动计划, 二、三项制度改革 are titles).
_ENUMERATION = re.compile(
    f"^([{_CN}]+)(?:[、，,][{_CN}]+)*(?:季度|年级|线|月|级|类|期|批|档|等|星|产业|号|层|楼|组|班|成|倍)"
)
_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
              "八": 8, "九": 9}
MAX_HEADING_CHARS = 50  # a whole line heading
MAX_RUN_IN_CHARS = 30  # the first sentence of a run-in heading
MAX_PHRASE_CHARS = 10  # each of the two phrases of a heading that is a whole line (…，…。)


@dataclass(frozen=True)
class HeadingMatch:
    rank: int
    label: str  # as printed, normalised: （一） 一、 1. 第一条
    title: str
    heading_text: str  # the part of the line that is the heading
    rest: str  # body text that follows a run-in heading
    lines: int = 1  # 2 when a marker alone on its line took in the next line (HeadingReader)


def normalise_label(label: str) -> str:
    label = label.strip(" \u3000")
    label = label.replace("(", "（").replace(")", "）").replace(" ", "").replace("\u3000", "")
    label = re.sub(f"^([{_CN}]+)[，,．.]$", r"\1、", label)
    return label.replace("．", ".")


def match_heading(line: str, in_article: bool = False) -> HeadingMatch | None:
    """The heading that ``line`` opens, if any.

    ``in_article``: the line follows a 第X条 article (and nothing that ends it). The
    （一）, 1. and （1） lines there are the article's enumerated items, its 项 and 目 in the
    order 条 款 项 目 of the 立法技术规范, not headings: GB/T 9704's heading levels belong to
    documents that are not divided into articles. They stay in the article's text, so an
    outline lists articles, not a few of their items (a long item would be left out and
    （一） followed by （三）). A 一、 line is no item form: it heads a new part.
    """
    found = _marker(line)
    return None if found is None else _match_marked(*found, line, in_article)


def _match_marked(rank: int, marker: re.Match, line: str, in_article: bool) -> HeadingMatch | None:
    """match_heading for a line whose marker is found already."""
    if in_article and rank > _ITEMS_FROM:
        return None
    return _classify(rank, marker.group(), line[marker.end() :])


def _marker(line: str) -> tuple[int, re.Match] | None:
    for rank, pattern in _MARKERS:
        marker = pattern.match(line)
        if marker:
            return rank, marker
    return None


class HeadingReader:
    """match_heading for the lines of one body, read in order.

    Start a new reader where a new document starts (an attachment).
    """

    def __init__(self):
        self.in_article = False
        self._numbers: dict[int, int] = {}  # rank → the number of the last heading of that rank

    def match(self, line: str, following: str | None = None) -> HeadingMatch | None:
        """The heading ``line`` opens; ``following`` is the next line (None: none, or a table row).

        A marker alone on its line (（三）, or 第一章) followed by its title takes that line in:
        the match has ``lines == 2`` and the caller skips the next line.
        """
        found = _marker(line)
        if found is None:
            return None
        rank, marker = found
        heading = None
        if following and marker.end() == len(line):
            heading = self._joined(rank, line, following)
        if heading is None:
            heading = _match_marked(rank, marker, line, self.in_article)
        if heading is None and not self.in_article:
            heading = self._next_in_series(rank, marker, line)
        if heading is not None:
            self.in_article = heading.rank == ARTICLE_RANK
            self._count(heading.rank, marker.group())
        return heading

    def _count(self, rank: int, marker: str) -> None:
        """Remember the heading's number; a heading opens a new series below its rank."""
        for lower in [r for r in self._numbers if r > rank]:
            del self._numbers[lower]
        number = _marker_number(rank, marker)
        if number is None:
            self._numbers.pop(rank, None)
        else:
            self._numbers[rank] = number

    def _next_in_series(self, rank: int, marker: re.Match, line: str) -> HeadingMatch | None:
        """（二）强化考核评估，将…纳入考核。 after the heading （一）: a heading whose author ran it
        into one sentence. Its first clause, if short, is its title; the rest is body."""
        number = _marker_number(rank, marker.group())
        if number is None or self._numbers.get(rank) != number - 1:
            return None
        rest = line[marker.end() :]
        clause = _CLAUSE_END.search(rest)
        if clause is None or not 2 <= clause.start() <= MAX_RUN_IN_CHARS:
            return None
        return HeadingMatch(rank, normalise_label(marker.group()), rest[: clause.start()],
                            marker.group() + rest[: clause.end()], rest[clause.end() :].strip())

    def _joined(self, rank: int, line: str, following: str) -> HeadingMatch | None:
        """The marker-only ``line`` of ``rank`` with its title, the ``following`` line."""
        if rank == ARTICLE_RANK or (self.in_article and rank > _ITEMS_FROM):
            return None  # an article's text is its body, not a title
        if _marker(following) is not None:
            return None  # （三） then 1.…: two markers, not a marker and its title
        if rank < ARTICLE_RANK:
            if _CLAUSE_END.search(following):
                return None  # 第一章 then a sentence: the chapter has no title of its own
            joined = match_heading(line + "\u3000" + following)
        else:
            joined = match_heading(line + following)
        if joined is None or joined.rank != rank:
            return None
        return replace(joined, lines=2)


def _classify(rank: int, marker: str, rest: str) -> HeadingMatch | None:
    label = normalise_label(marker)
    if not rest:
        return HeadingMatch(rank, label, "", marker.strip(), "") if rank <= ARTICLE_RANK else None
    if rank == ARTICLE_RANK:
        # Articles have no titles of their own; the outline shows their opening words.
        return HeadingMatch(rank, label, _opening_words(rest), marker.strip(), rest)
    if rank < ARTICLE_RANK and marker == marker.rstrip(" \u3000") and _CLAUSE_END.search(rest):
        # Unspaced, 第一节 runs straight into a short title: 第一节课由校长主讲。 is a sentence.
        return None
    if rank == 4 and _is_enumeration(marker, rest):
        return None
    if rank == 7 and rest.startswith("班"):  # （1）班: a class, as in 三年级（1）班
        return None
    end = _SENTENCE_END.search(rest)
    colon = _run_in_colon(rest, end) if rank > ARTICLE_RANK else None
    if colon is not None:  # （一）总体目标：到2025年，…… runs in at the colon
        return HeadingMatch(rank, label, rest[: colon.start()], marker + rest[: colon.end()],
                            rest[colon.end() :].strip())
    if end is None:
        if len(rest) > MAX_HEADING_CHARS:
            return None
        title = rest.rstrip("：:")
        return HeadingMatch(rank, label, _unspread(title) if rank <= 2 else title, marker + rest, "")
    first = rest[: end.start()]
    after = rest[end.end() :].strip()
    clauses = _COMMA.split(first)
    if not first or len(first) > MAX_RUN_IN_CHARS or len(clauses) > 2:
        return None
    if len(clauses) == 2 and not after and not _parallel_phrases(clauses):
        # The whole line is one sentence with a clause: a numbered provision such as
        # 三、违反本公告规定燃放烟花爆竹的，由公安机关依法给予处罚。 A heading set apart by 。
        # has its body after it on the line (the GB/T 9704 run-in form), or is a phrase.
        return None
    if rank <= 2:  # 章/节 titles never run in
        return HeadingMatch(rank, label, _unspread(first), marker + rest, "") if not after else None
    return HeadingMatch(rank, label, first, marker + rest[: end.end()], after)


def _run_in_colon(rest: str, end: re.Match | None) -> re.Match | None:
    """The colon that closes a heading, when the first sentence has one and body text follows.

    （一）总体目标：到2025年，全市…… gives 总体目标; not （二）主要任务： (nothing follows),
    一、责任单位：市发改委 (a title with a colon: no clause follows), 1.问：…… (a one-character
    head is a label), nor 本办法所称小微企业是指：… (a sentence leading into its list).
    """
    colon = _COLON.search(rest, 0, end.start() if end else len(rest))
    if colon is None:
        return None
    head, body = rest[: colon.start()], rest[colon.end() :]
    if (not 2 <= len(head) <= MAX_RUN_IN_CHARS or _COMMA.search(head) or _LEAD_IN.search(head)
            or not _CLAUSE_END.search(body)):
        return None
    return colon


def _parallel_phrases(clauses: list[str]) -> bool:
    """加强宏观调控，推动经济持续回升向好: two short phrases side by side, a heading's form.

    Not a clause ending in 的 (违反规定的，…: the condition of a rule), nor a long clause.
    """
    return all(2 <= len(clause) <= MAX_PHRASE_CHARS and not clause.endswith("的") for clause in clauses)


def _is_enumeration(marker: str, rest: str) -> bool:
    """一、二季度: the numeral after the marker's is the next in the count, then a measure word."""
    match = _ENUMERATION.match(rest)
    if match is None:
        return False
    first, following = _cn_value(marker.rstrip(" \u3000")[:-1]), _cn_value(match.group(1))
    return first is not None and following == first + 1


def _marker_number(rank: int, marker: str) -> int | None:
    """The number a series marker counts: 3 for 三、, （三）, 3. and （3）; None for 章/节/条."""
    if rank <= ARTICLE_RANK:
        return None
    numeral = re.sub(r"[^\d" + _CN + "]", "", marker)
    return int(numeral) if numeral.isdigit() else _cn_value(numeral)


def _cn_value(numeral: str) -> int | None:
    """一 → 1, 十二 → 12, 一百零五 → 105; None for a string of digits such as 二〇二四."""
    if "十" not in numeral and "百" not in numeral:
        return _CN_DIGITS.get(numeral) if len(numeral) == 1 else None
    total = digit = 0
    for ch in numeral:
        if ch in _CN_DIGITS:
            digit = _CN_DIGITS[ch]
        elif ch == "十":
            total, digit = total + (digit or 1) * 10, 0
        elif ch == "百":
            total, digit = total + (digit or 1) * 100, 0
    return total + digit


def _unspread(title: str) -> str:
    """总　则 → 总则: the spacing is typesetting, not part of the title (the text keeps it)."""
    return _SPREAD.sub("", title)


def _opening_words(text: str, limit: int = 16) -> str:
    end = _SENTENCE_END.search(text)
    words = re.split("[，,：:]", text[: end.start()] if end else text)[0]
    return words if len(words) <= limit else words[:limit] + "…"
