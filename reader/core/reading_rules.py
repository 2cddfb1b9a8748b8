"""Context rules for characters whose reading the phrase dictionary cannot settle.

Each rule is one a linguist would state, looks only at the sentence around the character, and
has its own test (tests/core/test_pinyin_rules.py). A rule gives a reading or None (no opinion:
the dictionary's reading stands). Rules never override the lexicon or a user's correction.

Most rules look at a character standing alone (a word of its own after cutting); some also
look inside a "phrase" the cut may have made across a word boundary, since pypinyin's
dictionary knows only phrases that settle a heteronym (超|标的 de, 学校|对 xiào, 尊重|新闻 zhòng).
"""
from __future__ import annotations

import re

# Where a clause ends: a rule's context never crosses one.
_CLAUSE_END = re.compile(r"[，。；：！？,;:!?\n]")


def _clause(text: str, index: int) -> tuple[str, str]:
    """The part of ``index``'s clause before it and the part after it."""
    start = index
    while start > 0 and not _CLAUSE_END.match(text[start - 1]):
        start -= 1
    end = index + 1
    while end < len(text) and not _CLAUSE_END.match(text[end]):
        end += 1
    return text[start:index], text[index + 1:end]


def _before(text: str, index: int, size: int = 1) -> str:
    return text[max(0, index - size):index]


def _after(text: str, index: int, size: int = 1) -> str:
    return text[index + 1:index + 1 + size]


def _is_hanzi(char: str) -> bool:
    return bool(char) and "\u3400" <= char <= "\u9fff"


# 为: wéi (to be, to act as) or wèi (for, in order to) -----------------------------------------
# A purpose or a beneficiary: 为加强管理, 为群众提供服务, 为…保驾护航.
_PURPOSE_VERBS = (
    "加强", "推进", "进一步", "贯彻", "落实", "确保", "保障", "促进", "规范", "做好", "深入", "提高",
    "全面", "切实", "方便", "避免", "防止", "解决", "适应", "满足", "实现", "维护", "有效", "更好",
    "彻底", "积极", "保护", "推动", "完善", "强化", "加快", "健全", "提升", "打造", "营造", "优化",
    "减少", "降低", "配合", "支持", "鼓励", "引导", "应对", "预防", "防范", "帮助", "扩大", "严格",
    "了", "何", "此", "之",
)
_FOR_SOMEONE = ("提供", "服务", "创造", "营造", "奠定", "打下", "做出", "作出", "带来", "注入", "增添",
                "搭建", "开辟", "赢得", "争取", "铺平", "保驾护航", "办理", "办实事", "谋", "负责",
                "设计", "减负", "松绑", "助力", "撑腰", "做好", "解决", "排忧", "付出", "献", "纾困", "解难",
                "着想", "担保", "作证", "鼓劲", "点赞", "骄傲", "自豪", "免费", "开通", "安排", "争光",
                "配备", "减税", "降费", "发放", "颁发", "出具", "缴纳", "购买", "培训", "举办", "开展",
                "建立", "办好", "送去", "送上", "上门")
# After these 为 is still "for" (因为 and 为了 are words of their own).
_WEI4_AFTER = set("因专特正只是而并这此也又还要愿就甘乐不没")
# 均为, 更为, 视为, 率为 … : 为 after an adverb of degree or scope, or closing a measure, is "to be".
_WEI2_AFTER = set("均皆即乃亦系实确须必将分较更最极率额价量值准限址式称项视作成改转化变定列评选聘任认")


# 以 as "taking" (not 可以, 所以, 予以, 以便, 以及, 以上 …)
_TAKE_AS = re.compile(r"(?:^|[^可所难予加足得借用])以(?![便及免至致后前来外内上下])")


# 确定A为B, 评选A为B: a verb of naming or choosing before A
_DESIGNATE = re.compile("确定|认定|选定|指定|命名|任命|评选|评定|聘任|聘请|确立|设立|树立|划定|选取|选择|"
                        "推选|选举|列入|列")


def _wei(text: str, index: int) -> str | None:
    before, after = _clause(text, index)
    if not before:
        return None  # a clause opens with 为: a purpose (为加强…), wèi as the dictionary says
    if _TAKE_AS.search(before) or _DESIGNATE.search(before):  # 以A为B, 确定A为B: to take A as B
        return "wéi"
    previous = before[-1]
    if previous in _WEI4_AFTER:
        return None
    if after.startswith(_PURPOSE_VERBS) or any(verb in after for verb in _FOR_SOMEONE):
        return None
    if previous in _WEI2_AFTER or after[:1].isdigit() or not after or _is_hanzi(previous):
        return "wéi"  # the subject before it, what it is after it: 被告为派出所, 标准为700元
    return None


# 的, 地, 得: the structural particles are de -------------------------------------------------
_DI_WORDS = ("目的", "的确", "的士", "众矢之的", "有的放矢", "无的放矢", "标的物", "标的额")


def _de_particle(text: str, index: int) -> str | None:
    for word in _DI_WORDS:
        at = word.index("的")
        if index >= at and text[index - at:index - at + len(word)] == word:
            return None
    return "de"


# 地 after an adverbial (更好地发挥, 积极地, 认真认真地): de; the ground, a place: dì.
_ADVERBIALS = (
    "更好", "很好", "较好", "好好", "有效", "积极", "主动", "认真", "切实", "全面", "深入", "充分", "及时",
    "严格", "依法", "不断", "稳步", "扎实", "科学", "合理", "大力", "广泛", "自觉", "彻底", "准确",
    "妥善", "高效", "持续", "牢牢", "深刻", "真正", "公正", "公平", "集中", "系统", "统筹", "有序",
    "灵活", "逐步", "逐渐", "迅速", "尽快", "坚决", "坚定", "明显", "显著", "大幅", "普遍", "全力",
    "努力", "更加", "精准", "客观", "清晰", "清楚", "具体", "细致", "耐心", "热情", "直接", "间接",
    "简单", "单独", "独立", "共同", "分别", "定期", "动态", "实时", "快速", "健康", "平稳", "安全",
    "有力", "有机", "如实", "据实", "无偿", "逐一", "尽可能", "限度", "程度", "实事求是", "悄悄",
    "慢慢", "渐渐", "深深", "紧紧", "默默", "不懈", "反复", "长期", "创造性", "针对性", "一步",
    "有计划", "有步骤", "有重点", "有组织", "有意识", "有目的", "有选择",
)
_PLACE_AFTER = set("区方址点处位带域面图铁球震产税块皮毯板基段势形质理貌标价主权籍名界层道盘坪下上里头")


# Verbs an adverbial 地 comes before in official writing (稳妥地推进, 妥善地处理).
_ACTION_VERBS = (
    "推进", "开展", "落实", "做好", "解决", "推动", "实施", "执行", "完成", "发挥", "贯彻", "提高", "加强",
    "保障", "维护", "处理", "处置", "参与", "组织", "应对", "回应", "服务", "学习", "进行", "促进", "保护",
    "引导", "适应", "化解", "防范", "打击", "查处", "完善", "建立", "健全", "改进", "改革", "提升", "实现",
    "解答", "答复", "公开", "宣传", "支持", "配合", "监督", "管理", "运用", "使用", "利用", "掌握", "理解",
    "反映", "表达", "融入", "融合", "结合", "转变", "转化", "增加", "减少", "降低", "扩大", "满足", "予以",
)
_PLACE_BEFORE = set("土各本当此该外内两异原产属驻实园耕草林山田湿高低腹重要基阵领圣福宝境盆谷高")


def _di(text: str, index: int) -> str | None:
    before = text[max(0, index - 4):index]
    follower = _after(text, index)
    if not _is_hanzi(follower) or follower in _PLACE_AFTER:
        return None
    if before.endswith(_ADVERBIALS) or before[-1:] in ("性", "然") or (
            len(before) >= 2 and before[-1] == before[-2] and _is_hanzi(before[-1])):
        return "de"
    if text[index + 1:index + 3].startswith(_ACTION_VERBS) and _is_hanzi(before[-1:]) \
            and before[-1] not in _PLACE_BEFORE:
        return "de"  # 稳妥地推进: an adverbial before a verb
    return None


# 得 after a verb or an adjective, before how or how far (开展得有声有色, 经得起, 做得好): de.
# 得 is dé where it means to get (得到, 得以, 得出, 得当, 心得, 不得, 取得, 获得 …).
_GET_BEFORE = set("不获取所心难赢求习应博可夺只自各")
_GET_AFTER = set("到以出益分票奖失当力知悉逞罪手利病数主胜救其意宠体道了")
_CAN_REACH = set("做办找看听想买拿说吃达猜见")


def _de_complement(text: str, index: int) -> str | None:
    previous, follower = _before(text, index), _after(text, index)
    if not _is_hanzi(previous) or not _is_hanzi(follower) or previous in _GET_BEFORE:
        return None
    if follower == "到" and previous in _CAN_REACH:
        return "de"  # 做得到
    if follower in _GET_AFTER or text[index + 1:index + 3] in ("不到", "不偿"):
        return None  # 权益得到保障, 得不偿失
    return "de"


# 长: cháng (long) or zhǎng (to grow; the head of) -------------------------------------------
_LONG_BEFORE = set("最较更很太过漫冗修狭细特超拉偏延")
_LONG_AFTER = set("期效远久短度篇途城江河廊跑寿条线达于假项处")


def _chang(text: str, index: int) -> str | None:
    if _before(text, index) in _LONG_BEFORE or _after(text, index) in _LONG_AFTER:
        return "cháng"
    return None


# 还: huán (to give back) or hái (still, also) ---------------------------------------------
def _huan(text: str, index: int) -> str | None:
    if _before(text, index) in set("偿归返退借贷销送交奉发收追") or _after(text, index) in set("款贷债本息清钱原给回"):
        return "huán"
    return None


# 处: chǔ (to deal with, to impose) or chù (a place, an office) -----------------------------
_NUMERALS = set("一二三四五六七八九十百千万两〇零")


_PENALTIES = re.compile(r"元|日|年|月|罚款|罚金|拘留|徒刑|拘役")


def _chu(text: str, index: int) -> str | None:
    follower = _after(text, index)
    if follower in set("罚理置分以突警事世于刑在") and _before(text, index) not in set("此各到何"):
        return "chǔ"  # 应急处突, 处以罚款
    if (follower.isdigit() or follower in _NUMERALS) and _PENALTIES.search(_clause(text, index)[1]):
        return "chǔ"  # 可以处5万元以下的罚款 (五万元 when read aloud); not 秘书一处二级调研员
    return None


# 差: chā (a difference) or chà (poor, short of); also in phrases (pypinyin has 温差 chà) ----
def _cha(text: str, index: int) -> str | None:
    if _before(text, index) in set("价温误偏落时逆顺反级视色利剪均方") or _after(text, index) in set("额异距值别"):
        return "chā"
    return None


# 中: zhòng (to hit, to be chosen) or zhōng (middle) --------------------------------------
def _zhong(text: str, index: int) -> str | None:
    follower = _after(text, index)
    if follower in set("标签奖毒暑弹") or _before(text, index) in set("击命射猜考看"):
        return "zhòng"
    if follower == "选" and _after(text, index, 2)[1:] in set("药企产结价的率者品名单项人"):
        return "zhòng"  # 中选药品, 中选结果; not 从中选拔, 工作中选派
    return None


# 调: tiáo (to adjust, to mediate) or diào (to transfer, to investigate) ------------------
def _tiao(text: str, index: int) -> str | None:
    if _after(text, index) in set("整节控解和剂停味试"):
        return "tiáo"
    return None


# 校: jiào (to check, to proofread) or xiào (a school) -------------------------------------
_SCHOOL_BEFORE = set("学院高母本分党军驾夜名全该各我在离返到住留团盟村")


def _jiao(text: str, index: int) -> str | None:
    if _before(text, index) in _SCHOOL_BEFORE:
        return "xiào"  # 学校对学生: not the phrase 校对
    if _before(text, index) == "审":
        return "jiào"
    if _after(text, index) in set("对订勘准核阅稿") and _before(text, index) not in _SCHOOL_BEFORE:
        return "jiào"  # 认真校对; not 学校对学生
    return None


# 应: yìng (to answer, to respond) or yīng (should) ----------------------------------------
def _ying(text: str, index: int) -> str | None:
    if _after(text, index) in set("诉邀聘战运急酬") or _before(text, index) in set("响反回呼适供相答感顺照接效"):
        return "yìng"
    return None


# 率: shuài (to lead; rash) or lǜ (a rate) ---------------------------------------------------
def _shuai(text: str, index: int) -> str | None:
    if _after(text, index) in set("先领众团直真"):
        return "shuài"
    return None


# 重: chóng (again) or zhòng (heavy, important) ----------------------------------------------
_HEAVY_BEFORE = set("尊注偏着看器倚庄隆贵慎保自加严沉稳厚比权体繁笨轻并")


def _chong(text: str, index: int) -> str | None:
    if _before(text, index) in _HEAVY_BEFORE:
        return "zhòng"  # 尊重新闻规律: not the phrase 重新
    if _after(text, index) in set("新复建组申返修审装叠"):
        return "chóng"  # 重审
    return None


# 当: dàng (proper, fitting: 适当, 妥当, 不当) or dāng (to serve as; should; at the time of) ------
def _dang(text: str, index: int) -> str | None:
    if _before(text, index) in set("适妥恰失停") or text[index - 1:index + 1] == "不当":
        return "dàng"
    return None


# 行: háng in a bank's 分行/支行/总行 once a bank is named (农发行安顺分行为成员: not 行为) -----
_BANK = re.compile(r"银行|发行|开行|口行|信用社")


def _hang(text: str, index: int) -> str | None:
    if _before(text, index) in set("分支总") and _BANK.search(text[max(0, index - 12):index - 1]):
        return "háng"
    return None


# character → (rule, also inside a dictionary phrase)
RULES = {
    "为": (_wei, False), "的": (_de_particle, True), "地": (_di, False), "得": (_de_complement, False),
    "长": (_chang, False), "还": (_huan, False), "处": (_chu, False), "差": (_cha, True),
    "中": (_zhong, False), "调": (_tiao, True), "校": (_jiao, True), "应": (_ying, False),
    "率": (_shuai, False), "重": (_chong, True), "当": (_dang, False), "行": (_hang, True),
}


def apply(text: str, reading) -> None:
    """Let the rules decide what they can in ``reading`` (a readings.Reading of ``text``)."""
    from .readings import FROM_LEXICON, FROM_RULE

    for start, word in reading.words:
        for offset, char in enumerate(word):
            rule = RULES.get(char)
            if rule is None or len(word) > 1 and not rule[1]:
                continue
            index = start + offset
            if reading.sources[index] == FROM_LEXICON:
                continue
            decided = rule[0](text, index)
            if decided is not None:
                reading.syllables[index], reading.sources[index] = decided, FROM_RULE
