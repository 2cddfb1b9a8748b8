"""Text prepared for the ear: numbers said the Chinese way before synthesis.

espeak-ng's Mandarin voice reads Arabic numerals digit by digit or in odd ways,
so each sentence goes through :func:`prepare_for_speech` first. Only digits and
the signs around them change; Chinese numerals, English words ("APP", "5G"'s G)
and punctuation are left as they are. Pure Python, no Qt, no dependencies.

Why not a library: cn2an 0.5.24 reads 2018-2020年 as 二千零一十八-二零二零年,
2020-12-25 as 二千零二十负十二负二十五, 〔2019〕 as 〔二千零一十九〕, 6,000 as 六,零 and
2元 as 二元; wetext (45 MB, 10 ms a sentence) reads 〔2019〕 as 两千零一十九 and an
index number as a fraction. The conventions below are the whole job, and they
are small.

The rules (each later rule sees only the digits the earlier ones left; in the
code, full dates, year ranges, bracketed years and times are matched just
before codes, so 2020-12-25 is a date and 2018-2020年 a range, not codes):

1.  Full-width ０-９ ％ ＋ － and a full-width point between digits become ASCII;
    thousands separators go (1,234,567 → 1234567; only groups of exactly three
    digits after a 1-3 digit head, so "100,200" is read as one number).
    第(一)项 / 第（三）条 lose their brackets. A web address is spelled with its
    signs, digits one by one (www.gov.cn → www点gov点cn, / 斜杠, : 冒号, _ 下划线), and a
    folder of a path is never a quantity (/202103/ → /二〇二一〇三/). Latin acronyms of
    2-4 capitals are said letter by letter (APP → A-P-P: eSpeak reads APP as the English
    word "app"). A month or day written with a leading zero loses it (01月 → 一月).
2.  A heading label opening the text is said as :func:`reader.core.spoken.spoken_label`
    says it: （一）/(一) → 第一项, 二、 → 第二部分, 1. / 1、 → 第一点, （1）/(1) → 第一小点.
3.  Codes are read digit by digit, 0 as 〇, "/" as 斜杠 and "-" as 杠: any run of
    digit groups joined by / or - in which a group has 9 or more digits or
    starts with 0 (index numbers 114401140075147171/2020-00054, 020-86868686),
    digits right after a Latin letter (粤A12345, GB/T 9704-2012 → GB/T 九七〇四杠二〇一二),
    9 or more bare digits (mobile numbers, 身份证-like runs), digit strings that
    start with 0 (00054), and numbers after 拨打/电话/热线 or before 热线/平台/电话
    (12345热线 → 一二三四五热线, 拨打110 → 拨打一一〇). A bare 110 is 一百一十.
    So are digits in quotes (“12345”), a room (501室 → 五〇一室) and, after the
    counting rules, a year with no 年 that touches words and no measure word
    (中国制造2025 → 中国制造二〇二五, 2019上海再出发; 共2025人 stays a count).
4.  Dates: 2020-12-25, 2020/12/25 and 2020.12.25 → 二〇二〇年十二月二十五日 (month
    1-12, day 1-31, else left to the later rules); 2020-12 → 二〇二〇年十二月.
5.  Years are read digit by digit only when four digits (1000-2199) stand right
    before 年 (2020年 → 二〇二〇年, 2020年度): 2020人 is a count, 两千零二十人; 近2000年
    and 约2000年 are durations, 近两千年. Year ranges 2018-2020年 / 2018年-2020年 →
    二〇一八至二〇二〇年 (the sign is read 至; 至 and 到 stay as written). A year in
    document-number brackets 〔2019〕 [2019] 【2019】 is said with 年 and the brackets
    dropped: 国办发〔2019〕2号 → 国办发二〇一九年二号; so is (2020) / （2020） when a
    case number follows: （2020）粤0114行初123号 → 二〇二〇年粤〇一一四行初一百二十三号.
6.  Times 14:30 → 十四点三十分, 9:00 → 九点, 14:30:05 → 十四点三十分五秒 (two-digit
    minutes, hour 0-24; hour 2 is 两点). Other a:b are ratios: 1:2 → 一比二.
7.  Fractions of small numbers 1/3 → 三分之一 (each side at most three digits).
8.  Percentages 16.23% → 百分之十六点二三, ‰ → 千分之, ‱ → 万分之; -1.5% → 负百分之一点五.
    In ranges both sides are percentages: 10%-20% → 百分之十至百分之二十, and
    10-20% → 百分之十至二十.
9.  Temperatures: -5℃ → 零下五摄氏度, 5℃ / 5°C → 五摄氏度.
10. Ranges: - ~ ～ 〜 — – － between a number (or 日 月 年 号 时 分 秒 %) and a number
    are read 至: 1-11月 → 一至十一月, 3—5天 → 三至五天, 1月1日-12月31日.
11. Negative numbers: a minus sign not after a number or letter → 负 (-5 → 负五).
12. Units after a number: km 公里, km/h 公里每小时, kg 千克, g 克, t 吨, m 米, cm 厘米,
    mm 毫米, m²/㎡ 平方米, m³ 立方米, L 升, mL 毫升, kW 千瓦, kWh 千瓦时, h 小时,
    min 分钟, s 秒; and "/" between a unit and a measure word is 每 (元/人 → 元每人).
13. Ordinals: 第12条 → 第十二条, 第2 → 第二 (never 两).
14. Version-like numbers with two or more points: 3.2.1 → 三点二点一.
15. Decimals: 0.5 → 零点五, 1.05 → 一点零五 (fraction digits one by one).
16. Integers with 十 百 千 万 亿: 10 → 十, 110 → 一百一十, 1001 → 一千零一,
    10100 → 一万零一百, 100000 → 十万. 两 vs 二: the number 2 is 两 before a measure
    word (2元 → 两元, 2个 → 两个, 2人, 2次, 2万 → 两万; but 2月, 2日, 2号, 2级 stay 二);
    a leading 2 before 千, 万 or 亿 is 两 (2020人 → 两千零二十人, 20000 → 两万,
    2亿 → 两亿) and before 十 or 百 stays 二 (20 → 二十, 200 → 二百); a 2 inside a
    number is 二 (1200 → 一千二百). Counts with 余 多 近 约 need nothing more:
    300余次 → 三百余次.
17. + between or after words is 加 (互联网+政务服务 → 互联网加政务服务; C++ stays).

Digit-by-digit readings write 0 as 〇 (二〇二〇) and 1 as 一, never 幺.
"""
from __future__ import annotations

import re

from .spoken import spoken_label

__all__ = [
    "date_to_chinese",
    "decimal_to_chinese",
    "digits_to_chinese",
    "integer_to_chinese",
    "number_to_chinese",
    "percent_to_chinese",
    "prepare_for_speech",
    "time_to_chinese",
    "year_to_chinese",
]

_DIGITS = "零一二三四五六七八九"
_DIGITS_O = "〇一二三四五六七八九"
_SECTION_UNITS = ("", "万", "亿", "万亿")
_CN_NUMERAL = "一二三四五六七八九十百千零〇两"

# Words after which a lone 2 is said 两. Not 月 日 号 级 层 度 季度 (二月, 二号, 二级, 二度).
_MEASURE_WORDS = tuple(sorted((
    "个", "人", "名", "次", "件", "宗", "份", "条", "场", "项", "天", "年", "周", "星期", "小时",
    "分钟", "秒", "岁", "倍", "元", "块", "角", "万", "亿", "千", "百", "米", "公里", "千米",
    "厘米", "毫米", "千克", "公斤", "斤", "克", "吨", "升", "毫升", "亩", "公顷", "平方米",
    "立方米", "平方公里", "千瓦", "辆", "台", "套", "张", "本", "篇", "位", "户", "家", "所",
    "起", "批", "处", "间", "座", "栋", "种", "类", "支", "只", "头", "部", "段", "趟", "遍",
    "轮", "届", "期", "组", "队", "成", "方面", "点", "分", "节", "门", "架", "枚", "颗", "根",
    "片", "把", "股", "群", "对", "双", "副", "道", "封", "笔", "单", "例", "款", "代", "辈",
    "回", "步", "句", "页", "章", "册", "卷", "盒", "箱", "袋", "瓶", "杯",
), key=len, reverse=True))


# ---------------------------------------------------------------------------
# Numbers to words


def digits_to_chinese(digits: str, zero: str = "〇") -> str:
    """'2020' → '二〇二〇': every digit on its own (codes, years, phone numbers)."""
    table = _DIGITS_O if zero == "〇" else _DIGITS
    return "".join(table[int(d)] if d.isdigit() else d for d in digits)


def _section(n: int) -> str:
    """1-9999 with 千 百 十, zeros inside said once: 1001 → 一千零一."""
    out = ""
    zero = False
    for unit, div in (("千", 1000), ("百", 100), ("十", 10), ("", 1)):
        digit = n // div % 10
        if digit == 0:
            zero = zero or bool(out)
            continue
        if zero:
            out += "零"
            zero = False
        out += _DIGITS[digit] + unit
    return out


def integer_to_chinese(number: int | str, liang: bool = False) -> str:
    """110 → 一百一十, 10 → 十, 20000 → 两万; ``liang`` says a lone 2 as 两 (两个).

    Numbers of more than 16 digits are read digit by digit.
    """
    text = str(number).lstrip("+")
    negative = text.startswith("-")
    text = text.lstrip("-")
    if len(text) > 16:
        return ("负" if negative else "") + digits_to_chinese(text)
    n = int(text)
    if n == 0:
        return "零"
    sections = []
    while n:
        sections.append(n % 10000)
        n //= 10000
    out = ""
    need_zero = False
    for index in range(len(sections) - 1, -1, -1):
        value = sections[index]
        if value == 0:
            need_zero = need_zero or bool(out)
            continue
        if out and (need_zero or value < 1000):
            out += "零"
        out += _section(value) + _SECTION_UNITS[index]
        need_zero = False
    if out.startswith("一十"):
        out = out[1:]
    if out == "二" and liang:
        out = "两"
    elif out[:2] in ("二千", "二万", "二亿"):
        out = "两" + out[1:]
    return ("负" if negative else "") + out


def decimal_to_chinese(text: str) -> str:
    """'16.23' → 十六点二三, '0.5' → 零点五, '1.05' → 一点零五."""
    whole, _, fraction = text.partition(".")
    spoken = integer_to_chinese(whole or "0")
    return spoken + ("点" + digits_to_chinese(fraction, zero="零") if fraction else "")


def number_to_chinese(text: str, liang: bool = False) -> str:
    """An integer or decimal string, with an optional leading minus."""
    negative = text[:1] in "-−"
    text = text.lstrip("-−+")
    spoken = decimal_to_chinese(text) if "." in text else integer_to_chinese(text, liang)
    return ("负" if negative else "") + spoken


def year_to_chinese(year: str) -> str:
    """'2020' → 二〇二〇 (without 年)."""
    return digits_to_chinese(year)


def date_to_chinese(year: str | None, month: str | int | None, day: str | int | None = None) -> str:
    """('2020', 12, 25) → 二〇二〇年十二月二十五日; any part may be None."""
    out = ""
    if year:
        out += year_to_chinese(str(year)) + "年"
    if month:
        out += integer_to_chinese(int(month)) + "月"
    if day:
        out += integer_to_chinese(int(day)) + "日"
    return out


def time_to_chinese(hour: int, minute: int = 0, second: int | None = None) -> str:
    """14:30 → 十四点三十分, 9:00 → 九点, 2:05 → 两点零五分, 14:30:05 → 十四点三十分五秒."""
    out = integer_to_chinese(hour, liang=True) + "点"
    if minute:
        out += ("零" if minute < 10 else "") + integer_to_chinese(minute) + "分"
    if second:
        out += ("零分" if not minute else "") + integer_to_chinese(second) + "秒"
    return out


def percent_to_chinese(number: str, sign: str = "%") -> str:
    """'16.23' → 百分之十六点二三; sign ‰ → 千分之, ‱ → 万分之."""
    prefix = {"%": "百分之", "‰": "千分之", "‱": "万分之"}[sign]
    negative = number[:1] in "-−"
    return ("负" if negative else "") + prefix + number_to_chinese(number.lstrip("-−"))


# ---------------------------------------------------------------------------
# The rules, applied in order

_FULL_WIDTH = str.maketrans("０１２３４５６７８９％＋", "0123456789%+")
_NUM = r"\d+(?:\.\d+)?"
_DASH = r"(?:[-~～〜–－]|—{1,2})"
_NOT_DIGIT_BEFORE = r"(?<![\d.])"
_NOT_DIGIT_AFTER = r"(?![\d])"


def _sub(pattern: str, replace, text: str, flags: int = 0) -> str:
    return re.compile(pattern, flags).sub(replace, text)


def _code(text: str) -> str:
    """Digits one by one, / as 斜杠, - as 杠, . as 点."""
    out = []
    for ch in text:
        if ch.isdigit():
            out.append(_DIGITS_O[int(ch)])
        elif ch == "/":
            out.append("斜杠")
        elif ch in "-－–":
            out.append("杠")
        elif ch == ".":
            out.append("点")
        elif not ch.isspace():
            out.append(ch)
    return "".join(out)


_THOUSANDS = re.compile(r"(?<![\d.,])[1-9]\d{0,2}(?:,\d{3})+(?![\d,])")
_POINT_BETWEEN_DIGITS = re.compile(r"(?<=\d)．(?=\d)")
_LEADING_LABEL = re.compile(
    r"^(\s*)(?:[（(]([一二三四五六七八九十百零〇两]+|\d{1,2})[）)]|([一二三四五六七八九十百零〇两]+)、|(\d{1,2})(?:[.．](?!\d)|、))\s*"
)
_CODE_GROUPS = re.compile(r"(?<![A-Za-z\d.])\d+(?:\s*[/\-－–]\s*\d+)+(?![A-Za-z\d.])")
_AFTER_LETTER = re.compile(r"(?<=[A-Za-z])(/T)?(\s?)(\d+(?:[-.]\d+)*)")
_PHONE_CONTEXT = re.compile(r"(拨打|致电|电话|热线|专线|号码)([：:\s]*)(\d{3,}(?:[-－]\d+)*)")
_PHONE_AFTER = re.compile(r"(?<![\d.])(\d{3,})(?=热线|平台|电话|专线|短信|举报|投诉|便民)")
_LONG_DIGITS = re.compile(r"(?<![\d.])(?:\d{9,}|0\d+)(?![\d.]|\.\d)")

# Web addresses and paths: never quantities.
_WEB_ADDRESS = re.compile(
    r"(?:https?://|ftp://)[A-Za-z0-9._~:/?#\[\]@!$&'()*+,;=%-]*[A-Za-z0-9/]"
    r"|(?<![A-Za-z0-9@.])(?:www\.)?(?:[A-Za-z0-9-]+\.)+(?:cn|com|net|org|gov|edu|info|int)(?:\.cn)?"
    r"(?:/[A-Za-z0-9._~/?#&=%+-]*)?(?![A-Za-z0-9])")
_PATH_DIGITS = re.compile(r"(?<![\d/])/(\d+)/(?!\d)")  # a folder of a path, not 2020/12/25
_WEB_SIGNS = {".": "点", "/": "斜杠", ":": "冒号", "-": "杠", "_": "下划线", "?": "问号", "=": "等于",
              "&": "和", "#": "井号", "@": "艾特", "%": "百分号", "~": "波浪线", "+": "加"}
# 第(一)项, 第（二）条: the brackets go.
_ORDINAL_IN_BRACKETS = re.compile(r"第\s*[（(]\s*([一二三四五六七八九十百零〇两]+|\d{1,3})\s*[）)]")
# 2019年01月17日: a month or a day written with a leading zero.
_LEADING_ZERO = re.compile(r"(?<![\d.])0([1-9])(?=\s*(?:月|日|号|时))")
# Digits that name rather than count: “12345” in quotes, room 501室.
_QUOTED_DIGITS = re.compile(r"(?<=[“\"「『‘'])\s*(\d{3,})\s*(?=[”\"」』’'])")
_ROOM = re.compile(r"(?<![\d.])(\d{3,})(?=\s*(?:室|房间|房|床|栋|单元))")
# A year without 年 that names (中国制造2025, 2019上海再出发): left after the counting rules.
_BARE_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d{2})(?![\d.])")
_NOT_A_NAMED_YEAR_BEFORE = set("第约近共达计超逾余为有是和与及占比增减少多每前后上下内外满")
_NOT_A_NAMED_YEAR_AFTER = ("万", "亿", "千", "百", "元", "年", "月", "日", "号", "时", "分", "秒", "点",
                           "余", "多", "%", "‰", "‱", "-", "/", ":", "：", "～", "~", "至", "到")
# Latin acronyms: APP, PDF letter by letter (eSpeak reads APP as the English word "app").
_ACRONYM = re.compile(r"(?<![A-Za-z0-9/])([A-Z]{2,4})(?![A-Za-z0-9/])")

_ISO_DATE = re.compile(r"(?<![\d.])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:日|号)?(?![\d.]|\.\d)")
_YEAR_MONTH = re.compile(r"(?<![\d.])((?:19|20)\d{2})[-/](\d{1,2})(?![\d/\-]|\.\d)")
_YEAR_RANGE = re.compile(
    r"(?<![\d.])(\d{4})(\s*年?)\s*(" + _DASH + r"|至|到)\s*(\d{4})(?=\s*年)")
_YEAR_RANGE_BARE = re.compile(
    r"(?<![\d.])((?:19|20)\d{2})\s*" + _DASH + r"\s*((?:19|20)\d{2})(?![\d.%‰])")
_YEAR = re.compile(r"(?<![\d.])(?<!近)(?<!约)(?<!逾)(?<!超过)(1\d{3}|20\d{2}|21\d{2})"
    r"(?=(?:\s*[、，,和与及]\s*(?:19|20)\d{2})*\s*年)")
_BRACKET_YEAR = re.compile(r"[〔［\[【]\s*(\d{4})\s*[〕］\]】]")
_PAREN_YEAR = re.compile(r"[（(]\s*(\d{4})\s*[）)](?=[\u4e00-\u9fff]{0,8}[\d\u4e00-\u9fff]*号)")
_TIME = re.compile(r"(?<![\d.:：])([01]?\d|2[0-4])[:：]([0-5]\d)(?:[:：]([0-5]\d))?(?![\d:：])")
_TIME_RANGE_SIGN = re.compile(r"(?<=\d[:：]\d\d)\s*" + _DASH + r"\s*(?=\d{1,2}[:：]\d\d)")
_RATIO = re.compile(r"(?<![\d.])(" + _NUM + r")\s*[:：∶]\s*(" + _NUM + r")(?![\d])")
_FRACTION = re.compile(r"(?<![\d/.])(\d{1,3})/(\d{1,3})(?![\d/]|\.\d)")
_PERCENT_RANGE = re.compile(
    r"(?<![\d.])(" + _NUM + r")\s*([%‰‱])?\s*(" + _DASH + r"|至|到)\s*(" + _NUM + r")\s*([%‰‱])")
_PERCENT = re.compile(r"(?<![\d.])([-−]?)(" + _NUM + r")\s*([%‰‱])")
_TEMPERATURE = re.compile(r"(?<![\d.A-Za-z])([-−－]?)(" + _NUM + r")\s*(?:℃|°C|° C)")
_RANGE_SIGN = re.compile(r"(?<=[\d日月年号时分秒%])\s*" + _DASH + r"\s*(?=\d)")
_NEGATIVE = re.compile(r"(?<![A-Za-z\d.])[-−－](?=\d)")
_UNITS = (
    ("km/h", "公里每小时"), ("kWh", "千瓦时"), ("kW", "千瓦"), ("km²", "平方公里"),
    ("km", "公里"), ("kg", "千克"), ("cm", "厘米"), ("mm", "毫米"), ("m²", "平方米"),
    ("m2", "平方米"), ("㎡", "平方米"), ("m³", "立方米"), ("m3", "立方米"), ("mL", "毫升"),
    ("ml", "毫升"), ("min", "分钟"), ("m", "米"), ("g", "克"), ("t", "吨"), ("L", "升"),
    ("h", "小时"), ("s", "秒"),
)
_UNIT = re.compile(
    r"(?<=\d)\s?(" + "|".join(re.escape(unit) for unit, _ in _UNITS) + r")(?![A-Za-z])")
_UNIT_NAMES = dict(_UNITS)
_PER = re.compile(
    r"(?<=元|米|克|吨|升|次|人|里|时)/(?=人|次|户|月|年|天|日|周|件|份|个|台|辆|吨|亩|"
    r"小时|公斤|千克|平方米|立方米|公里|升|秒|分钟)")
_ORDINAL = re.compile(r"第\s*(\d+)")
_VERSION = re.compile(r"(?<![\d.])\d+(?:\.\d+){2,}(?![\d])")
_DECIMAL = re.compile(r"(?<![\d.])\d+\.\d+(?![\d])")
_INTEGER = re.compile(r"\d+")
_PLUS = re.compile(r"(?<![A-Za-z+])\+(?!\+)")


def _integer(match: re.Match) -> str:
    text = match.group(0)
    rest = match.string[match.end():match.end() + 4]
    liang = text.lstrip("0") == "2" and rest.startswith(_MEASURE_WORDS)
    if len(text) > 1 and text.startswith("0"):
        return digits_to_chinese(text)
    return integer_to_chinese(text, liang=liang)


def _leading_label(match: re.Match) -> str:
    space, paren, big, small = match.groups()
    if paren is not None:
        label = f"（{paren}）"
    elif big is not None:
        label = f"{big}、"
    else:
        label = f"{small}."
    spoken = spoken_label(label)
    return space + spoken + " " if spoken != label else match.group(0)


def _web_address(match: re.Match) -> str:
    """www.gov.cn → www点gov点cn; digits one by one; never a number or a fraction."""
    spoken = []
    for char in match.group(0):
        if char.isdigit():
            spoken.append(digits_to_chinese(char))
        else:
            spoken.append(_WEB_SIGNS.get(char, char))
    return "".join(spoken)


def _bare_year(match: re.Match) -> str:
    before = match.string[max(0, match.start() - 2):match.start()].rstrip()
    after = match.string[match.end():match.end() + 3].lstrip()
    if before[-1:] in _NOT_A_NAMED_YEAR_BEFORE or after.startswith(_NOT_A_NAMED_YEAR_AFTER) \
            or after.startswith(_MEASURE_WORDS):
        return match.group(0)
    touches_words = _is_word_char(before[-1:]) or _is_word_char(after[:1])
    return digits_to_chinese(match.group(1)) if touches_words else match.group(0)


def _is_word_char(char: str) -> bool:
    return bool(char) and ("\u4e00" <= char <= "\u9fff" or char in "“”\"《》")


def _iso_date(match: re.Match) -> str:
    year, _, month, day = match.groups()
    if 1 <= int(month) <= 12 and 1 <= int(day) <= 31:
        return date_to_chinese(year, month, day)
    return match.group(0)


def _year_month(match: re.Match) -> str:
    year, month = match.groups()
    if 1 <= int(month) <= 12:
        return date_to_chinese(year, month)
    return match.group(0)


def _year_range(match: re.Match) -> str:
    first, first_year, sign, second = match.groups()
    word = sign if sign in ("至", "到") else "至"
    return year_to_chinese(first) + ("年" if first_year.strip() else "") + word + year_to_chinese(second)


def _year_range_bare(match: re.Match) -> str:
    first, second = match.groups()
    if int(first) < int(second) <= int(first) + 50:
        rest = match.string[match.end():match.end() + 4].lstrip()
        if not rest.startswith(_MEASURE_WORDS):
            return year_to_chinese(first) + "至" + year_to_chinese(second)
    return match.group(0)


def _time(match: re.Match) -> str:
    hour, minute, second = match.groups()
    return time_to_chinese(int(hour), int(minute), int(second) if second else None)


def _percent_range(match: re.Match) -> str:
    first, first_sign, sign, second, second_sign = match.groups()
    word = sign if sign in ("至", "到") else "至"
    if first_sign:
        return percent_to_chinese(first, first_sign) + word + percent_to_chinese(second, second_sign)
    return percent_to_chinese(first, second_sign) + word + number_to_chinese(second)


def _temperature(match: re.Match) -> str:
    sign, number = match.groups()
    return ("零下" if sign else "") + number_to_chinese(number) + "摄氏度"


def _unit(match: re.Match) -> str:
    return _UNIT_NAMES[match.group(1)]


def prepare_for_speech(text: str) -> str:
    """The sentence as it should be said: every Arabic numeral in Chinese words.

    See the module docstring for the rules, in order.
    """
    if not text:
        return text
    text = text.translate(_FULL_WIDTH)
    text = _POINT_BETWEEN_DIGITS.sub(".", text)
    if "第" in text:
        text = _ORDINAL_IN_BRACKETS.sub(r"第\1", text)
    text = _LEADING_LABEL.sub(_leading_label, text, count=1)
    if "." in text or "/" in text:
        text = _WEB_ADDRESS.sub(_web_address, text)
        text = _PATH_DIGITS.sub(lambda m: "/" + digits_to_chinese(m.group(1)) + "/", text)
    text = _ACRONYM.sub(lambda m: "-".join(m.group(1)), text)
    if not any(ch.isdigit() for ch in text):
        return _PLUS.sub("加", text) if "+" in text else text
    text = _LEADING_ZERO.sub(r"\1", text)
    text = _THOUSANDS.sub(_thousands, text)

    # Dates and years before codes: 2020-12-25 is a date, 2018-2020 a range.
    text = _ISO_DATE.sub(_iso_date, text)
    text = _YEAR_RANGE.sub(_year_range, text)
    text = _BRACKET_YEAR.sub(lambda m: year_to_chinese(m.group(1)) + "年", text)
    text = _PAREN_YEAR.sub(lambda m: year_to_chinese(m.group(1)) + "年", text)

    text = _TIME_RANGE_SIGN.sub("至", text)
    text = _TIME.sub(_time, text)

    # Codes, digit by digit.
    text = _CODE_GROUPS.sub(_code_groups, text)
    text = _AFTER_LETTER.sub(_after_letter, text)
    text = _PHONE_CONTEXT.sub(lambda m: m.group(1) + m.group(2) + _code(m.group(3)), text)
    text = _PHONE_AFTER.sub(lambda m: _code(m.group(1)), text)
    text = _QUOTED_DIGITS.sub(lambda m: _code(m.group(1)), text)
    text = _ROOM.sub(lambda m: _code(m.group(1)), text)
    text = _LONG_DIGITS.sub(lambda m: _code(m.group(0)), text)

    text = _YEAR_MONTH.sub(_year_month, text)
    text = _YEAR_RANGE_BARE.sub(_year_range_bare, text)
    text = _YEAR.sub(lambda m: year_to_chinese(m.group(1)), text)
    text = _BARE_YEAR.sub(_bare_year, text)

    text = _RATIO.sub(lambda m: number_to_chinese(m.group(1)) + "比" + number_to_chinese(m.group(2)), text)
    text = _FRACTION.sub(
        lambda m: integer_to_chinese(m.group(2)) + "分之" + integer_to_chinese(m.group(1)), text)
    text = _PERCENT_RANGE.sub(_percent_range, text)
    text = _PERCENT.sub(lambda m: percent_to_chinese(m.group(1) + m.group(2), m.group(3)), text)
    text = _TEMPERATURE.sub(_temperature, text)
    text = _RANGE_SIGN.sub("至", text)
    text = _NEGATIVE.sub("负", text)
    text = _UNIT.sub(_unit, text)
    text = _PER.sub("每", text)
    text = _ORDINAL.sub(lambda m: "第" + integer_to_chinese(m.group(1)), text)
    text = _VERSION.sub(lambda m: "点".join(integer_to_chinese(p) for p in m.group(0).split(".")), text)
    text = _DECIMAL.sub(lambda m: decimal_to_chinese(m.group(0)), text)
    text = _INTEGER.sub(_integer, text)
    if "+" in text:
        text = _PLUS.sub("加", text)
    return text


def _after_letter(match: re.Match) -> str:
    """粤A12345, GB/T 9704: a code; but "Windows 10" (a word, a space) is a number."""
    standard, space, digits = match.groups()
    if space and not standard and match.string[match.start() - 1].islower():
        return match.group(0)
    return (standard or "") + space + _code(digits)


def _thousands(match: re.Match) -> str:
    """1,234,567 said at once (it could be longer than a code); before % just unseparated."""
    digits = match.group(0).replace(",", "")
    rest = match.string[match.end():match.end() + 3].lstrip()
    if rest[:1] in ("%", "‰", "‱", ".") :
        return digits
    return integer_to_chinese(digits, liang=False)


def _code_groups(match: re.Match) -> str:
    groups = re.findall(r"\d+", match.group(0))
    if any(len(g) >= 9 or (len(g) > 1 and g.startswith("0")) for g in groups):
        return _code(match.group(0))
    return match.group(0)


def with_inline_pinyin(text: str) -> str:
    """A sentence already prepared for speech, for an engine that reads tone-numbered pinyin
    inline (eSpeak NG 1.52's cmn voice: ``花du1区`` is huā dū qū): each character whose reading
    the reader decides (the user's corrections, the lexicon, the context rules) and each other
    polyphone is replaced by its syllable (``de5`` for the neutral tone, ``v`` for ü), so what is
    heard is what the pinyin over the text shows. 一 and 不 are left to the engine, which knows
    their change of tone (yí gè, bú shì) when the reader did not decide them.

    Without pypinyin the text goes unchanged.
    """
    from . import pinyin

    if not any(pinyin.is_hanzi(char) for char in text) or not pinyin.available():
        return text
    from .readings import DECIDED

    reading = pinyin.decided(text)
    chosen = [syllable is not None and (source in DECIDED or _is_polyphone(char)) and _spellable(syllable)
              for char, syllable, source in zip(text, reading.syllables, reading.sources)]
    # The engine reads a character next to Latin letters as standing alone (息 in xin4息 in the
    # neutral tone, where 信息 is xi1): its neighbours go as pinyin too.
    spelled = [reading.syllables[i] is not None and text[i] not in _LEFT_TO_THE_ENGINE
               and _spellable(reading.syllables[i]) and (
        chosen[i] or i > 0 and chosen[i - 1] or i + 1 < len(text) and chosen[i + 1]) or chosen[i]
        for i in range(len(text))]
    spoken = []
    for i, char in enumerate(text):
        if not spelled[i]:
            if i and spelled[i - 1] and char.isascii() and char.isalnum():
                spoken.append(" ")  # APP的 → APP de5, never one word APPde5
            spoken.append(char)
            continue
        if i and not spelled[i - 1] and text[i - 1].isascii() and text[i - 1].isalnum():
            spoken.append(" ")
        spoken.append(_numbered(reading.syllables[i]))
    return "".join(spoken)


_polyphones: dict[str, bool] = {}
_LEFT_TO_THE_ENGINE = ("一", "不")


def _is_polyphone(char: str) -> bool:
    found = _polyphones.get(char)
    if found is None:
        from . import pinyin

        found = char not in _LEFT_TO_THE_ENGINE and len(set(pinyin.heteronyms(char))) > 1
        _polyphones[char] = found
    return found


def _spellable(syllable: str) -> bool:
    """A syllable eSpeak can read inline: a pinyin initial and final (not ê, m, n, ng alone)."""
    spelled = _numbered(syllable)
    return spelled.isascii() and spelled[:-1] not in ("m", "n", "ng", "hm", "hng")


_numbers: dict[str, str] = {}


def _numbered(syllable: str) -> str:
    """``huā`` → ``hua1``, ``de`` → ``de5``, ``lǜ`` → ``lv4``: as eSpeak NG reads pinyin inline."""
    found = _numbers.get(syllable)
    if found is None:
        from . import pinyin

        found = pinyin.load().contrib.tone_convert.to_tone3(syllable, v_to_u=False, neutral_tone_with_five=True)
        _numbers[syllable] = found
    return found
