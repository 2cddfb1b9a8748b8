"""Portal noise: toolbar lines, breadcrumbs, print and font-size links, view counters."""
from __future__ import annotations

import re

from .lazy_pattern import lazy_pattern

_TOOLBAR_WORDS = ("无障碍", "长者助手", "长者模式", "关怀版", "我的收藏", "收藏", "繁體", "简体版",
                  "登录", "注册", "智能问答", "English")
_TOOLBAR = re.compile("|".join(_TOOLBAR_WORDS))
_SENTENCE_PUNCTUATION = re.compile("[。，；！？,;!?]")
# What a toolbar line may hold besides its words: separators, a site name.
MAX_TOOLBAR_REST = 12
_BUTTONS = re.compile(
    r"[【\[]\s*(?:打印本页|打印|关闭窗口|关闭|收藏|分享|返回顶部|我要纠错|纠错|字[体号][:：]?[^】\]]*|大|中|小)\s*[】\]]?"
    r"|打印本页|关闭窗口|返回顶部|我要纠错|分享到[:：]?|扫一扫在手机打开当前页|视力保护色[:：]?|护眼模式"
    r"|字[体号][:：]?\s*[【\[]?[大中小\s\u3000]*[】\]]?"
)
_COUNTERS = re.compile(r"(浏览|阅读|访问|点击)(次数|量|数)\s*[:：]")
MAX_LABEL_LINE = 80
_BREADCRUMB_PREFIX = re.compile(r"^(当前位置|您的位置|您现在的位置|您所在的位置|您当前的位置|所在位置)\s*[:：]")
# A trail starts at the home page: 首页 > 政务公开 > 通知公告 (also >>, ＞, », ›, →), or at
# its first separator when the home page is an icon: > 政务公开 > 政策文件.
_BREADCRUMB_HOME = re.compile(r"^(?:(?:网站首页|首页|主页|Home)\s*[>»＞›→]+|[>»＞›]+)", re.IGNORECASE)
_BREADCRUMB_SEPARATOR = lazy_pattern(r"\s*[>»＞›→]+\s*")
# Lines that are furniture whatever follows: 上一篇：…, 责任编辑：…, 分享到：微博 微信, 今天是：….
_FURNITURE_LINE = re.compile(
    r"^[（(]?(?:上一篇|下一篇|上一条|下一条|责任编辑|编辑|责编|校对|审校|分享到|今天是)\s*[:：]"
    r"|^欢迎(?:访问|光临|来到).{0,30}(?:网站|门户|平台)[!！。]?$"
)
MAX_FURNITURE_LINE = 60
# A page footer: one of these is enough, or two of the weaker ones (主办单位：… 承办单位：…).
_FOOTER = re.compile(r"版权所有|ICP备|ICP证|网站标识码|公网安备|技术支持\s*[:：]|Copyright|©", re.IGNORECASE)
_WEAK_FOOTER = re.compile(r"(?:主办|承办|协办|运行维护|维护)(?:单位)?\s*[:：]")
MAX_FOOTER_LINE = 120
_NOT_BUTTONS = lazy_pattern(r"[\s:：|]+")  # what may stand between buttons


def is_chrome(line: str) -> bool:
    """True for a line that belongs to the portal's page furniture, not the document."""
    if not line:
        return False
    if is_counter_line(line):
        return True
    if _is_toolbar(line):
        return True
    if _BREADCRUMB_PREFIX.match(line) or _is_breadcrumb_trail(line):
        return True
    if (len(line) <= MAX_FURNITURE_LINE and _FURNITURE_LINE.match(line)) or _is_footer(line):
        return True
    rest = _BUTTONS.sub("", line)
    # Nothing but buttons and what stands between them (spaces, colons, bars).
    return not rest.strip(" \u3000:：|") or (len(rest) < len(line) and not _NOT_BUTTONS.sub("", rest))


def is_counter_line(line: str) -> bool:
    """发布日期：2024-03-05　浏览次数：128: page furniture only at the page's edges (structure.py
    asks where it stands); in the body such a line is the document's."""
    return _COUNTERS.search(line) is not None and _is_label_line(line)


def _is_label_line(line: str) -> bool:
    """发布日期：2024-03-05　浏览次数：128: short, labels and values, no sentence in it.

    本站全年访问量：120万人次，同比增长15%。 is the document's text.
    """
    return len(line) <= MAX_LABEL_LINE and not _SENTENCE_PUNCTUATION.search(line)


def _is_footer(line: str) -> bool:
    if len(line) > MAX_FOOTER_LINE or "。" in line:
        return False
    return _FOOTER.search(line) is not None or len(_WEAK_FOOTER.findall(line)) >= 2


def without_buttons(line: str) -> str:
    """The line without its 【打印】 【字体：大 中 小】 buttons."""
    return _BUTTONS.sub("", line).strip(" \u3000")


def _is_toolbar(line: str) -> bool:
    """无障碍 长者助手 我的收藏: toolbar words, not a sentence that mentions them."""
    if len(_TOOLBAR.findall(line)) < 2 or _SENTENCE_PUNCTUATION.search(line):
        return False
    return len(re.sub(r"[\s|｜/]", "", _TOOLBAR.sub("", line))) <= MAX_TOOLBAR_REST


def _is_breadcrumb_trail(line: str) -> bool:
    """首页 > 政务公开 > 规章库: from the home page, short segments, no sentence punctuation.

    A flow in the text (申请→受理→发证, 政务服务网 > 不动产登记 > 预约办理) is not one.
    """
    if not _BREADCRUMB_HOME.match(line):
        return False
    parts = _BREADCRUMB_SEPARATOR.split(line.lstrip(">»＞› \u3000"))
    return len(parts) >= 2 and all(0 < len(part) <= 15 for part in parts) and not re.search("[。，；,;]", line)
