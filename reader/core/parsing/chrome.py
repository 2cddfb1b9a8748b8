"""Portal noise: toolbar lines, breadcrumbs, print and font-size links, view counters."""
from __future__ import annotations

import re

_TOOLBAR_WORDS = ("无障碍", "长者助手", "长者模式", "关怀版", "我的收藏", "收藏", "繁體", "简体版",
                  "登录", "注册", "智能问答", "English")
_TOOLBAR = re.compile("|".join(_TOOLBAR_WORDS))
_SENTENCE_PUNCTUATION = re.compile("[。，；！？,;!?]")
# What a toolbar line may hold besides its words: separators, a site name.
MAX_TOOLBAR_REST = 12
_BUTTONS = re.compile(
    r"[【\[]\s*(?:打印本页|打印|关闭窗口|关闭|收藏|分享|返回顶部|字体[:：]?[^】\]]*|大|中|小)\s*[】\]]?"
    r"|打印本页|关闭窗口|返回顶部|分享到[:：]?|扫一扫在手机打开当前页|字号[:：]?\s*[大中小\s]*"
)
_COUNTERS = re.compile(r"(浏览|阅读|访问|点击)(次数|量|数)\s*[:：]")
_BREADCRUMB_PREFIX = re.compile(r"^(当前位置|您的位置|您现在的位置|所在位置)\s*[:：]")
_BREADCRUMB_SEPARATOR = re.compile(r"\s*[>»＞›→]\s*")


def is_chrome(line: str) -> bool:
    """True for a line that belongs to the portal's page furniture, not the document."""
    if not line:
        return False
    if _COUNTERS.search(line):
        return True
    if _is_toolbar(line):
        return True
    if _BREADCRUMB_PREFIX.match(line) or _is_breadcrumb_trail(line):
        return True
    return not _BUTTONS.sub("", line).strip(" :：|")


def without_buttons(line: str) -> str:
    """The line without its 【打印】 【字体：大 中 小】 buttons."""
    return _BUTTONS.sub("", line).strip(" \u3000")


def _is_toolbar(line: str) -> bool:
    """无障碍 长者助手 我的收藏: toolbar words, not a sentence that mentions them."""
    if len(_TOOLBAR.findall(line)) < 2 or _SENTENCE_PUNCTUATION.search(line):
        return False
    return len(re.sub(r"[\s|｜/]", "", _TOOLBAR.sub("", line))) <= MAX_TOOLBAR_REST


def _is_breadcrumb_trail(line: str) -> bool:
    """首页 > 政务公开 > 规章库: short segments, no sentence punctuation."""
    parts = _BREADCRUMB_SEPARATOR.split(line)
    return len(parts) >= 2 and all(0 < len(part) <= 15 for part in parts) and not re.search("[。，；,;]", line)
