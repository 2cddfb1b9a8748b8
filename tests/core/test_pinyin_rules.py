"""Context rules (reader/core/reading_rules.py), each on sentences of our own, and the cut into
words that lets phrases decide (fewest words; a phrase with readings of its own needs evidence)."""
import pytest

from reader.core import pinyin, readings


pytestmark = pytest.mark.usefixtures("fresh_readings")


def reading_of(sentence: str, marked: str) -> str:
    """The reading of the character after ``[`` in ``sentence`` (brackets removed first)."""
    index = marked.index("[")
    text = marked.replace("[", "").replace("]", "")
    assert text == sentence
    return pinyin.syllables(text)[index]


def case(marked: str, expected: str):
    return pytest.param(marked.replace("[", "").replace("]", ""), marked, expected, id=marked)


@pytest.mark.parametrize("sentence, marked, expected", [
    # 为: wéi in 以…为 (to take A as B), after 均/更/视/率 …, before a number; wèi for a purpose
    # or a beneficiary.
    case("本局以服务企业[为]宗旨，开展工作。", "wéi"),
    case("坚持以预防为主、防治结合[为]原则。", "wéi"),
    case("两起案件均[为]调解结案。", "wéi"),
    case("本市空气优良率[为]92%。", "wéi"),
    case("申请期限[为]30日。", "wéi"),
    case("原告[为]某某公司。", "wéi"),
    case("[为]加强本市道路管理，制定本办法。", "wèi"),
    case("街道办事处[为]辖区老人提供上门服务。", "wèi"),
    case("各部门要[为]企业发展营造良好环境。", "wèi"),
    case("我们要执政[为]民。", "wèi"),
    case("政府[为]老人免费体检。", "wèi"),
    case("学校[为]学生配备校服。", "wèi"),
    case("可以[为]企业提供帮助。", "wèi"),
    case("以此[为]契机。", "wéi"),
    case("被评[为]先进集体。", "wéi"),
    case("确定两个街道[为]试点开展培训。", "wéi"),
    # 的 is de, but for 目的, 的确 …
    case("本办法的目[的]是保护环境。", "dì"),
    case("检测不合格[的]产品不得出厂。", "de"),
    case("取得资质[的]机构可以申请。", "de"),
    # 地 after an adverbial is de; a place is dì.
    case("更好[地]服务群众。", "de"),
    case("积极主动[地]公开信息。", "de"),
    case("针对性[地]开展培训。", "de"),
    case("有计划[地]推进改造。", "de"),
    case("积极稳妥[地]推进改革。", "de"),
    case("各[地]开展专项行动。", "dì"),
    case("本地区土[地]资源", "dì"),
    case("各[地]区要抓好落实。", "dì"),
    # 得 between a verb and its complement is de; 得到, 取得 are dé.
    case("经[得]起检验。", "de"),
    case("工作做[得]很好。", "de"),
    case("权益[得]到保障。", "dé"),
    case("由此可以[得]出结论。", "dé"),
    case("工作开展[得]有声有色。", "de"),
    case("处置[得]当。", "dé"),
    case("群众[得]不到实惠。", "dé"),
    # 长: cháng (long) in 长期, 长效, 最长, 较长; zhǎng for a head.
    case("建立[长]效机制。", "cháng"),
    case("期限最[长]不超过两年。", "cháng"),
    case("时间较[长]的案件", "cháng"),
    case("由局[长]负责。", "zhǎng"),
    # 还: huán to give back.
    case("借款人应当按时归[还]。", "huán"),
    case("贷款到期偿[还]。", "huán"),
    case("企业购贷销[还]。", "huán"),
    case("他[还]在工作。", "hái"),
    # 处: chǔ to deal with or to impose; chù a place, an office.
    case("可以[处]五千元以下罚款。", "chǔ"),
    case("可以[处]5000元以下罚款。", "chǔ"),
    case("提高应急[处]突能力。", "chǔ"),
    case("由管理[处]负责。", "chù"),
    case("仍[处]在起步阶段。", "chǔ"),
    case("秘书一[处]二级调研员", "chù"),
    # 差: chā a difference.
    case("弥补价[差]亏损。", "chā"),
    case("温[差]较大。", "chā"),
    case("服务质量[差]。", "chà"),
    # 中: zhòng to hit, to be chosen.
    case("企业[中]标后签订合同。", "zhòng"),
    case("命[中]目标。", "zhòng"),
    case("工作[中]发现问题。", "zhōng"),
    case("公布[中]选结果。", "zhòng"),
    case("从[中]选拔干部。", "zhōng"),
    # 调: tiáo to adjust, to mediate.
    case("适时[调]整价格。", "tiáo"),
    case("积极[调]解纠纷。", "tiáo"),
    case("及时[调]查取证。", "diào"),
    # 校: jiào to check.
    case("落实三审三[校]制度。", "jiào"),
    case("认真[校]对文稿。", "jiào"),
    case("在[校]学生", "xiào"),
    case("学[校]对学生负责。", "xiào"),
    # 应: yìng to answer.
    case("负责人出庭[应]诉。", "yìng"),
    case("企业[应]当依法经营。", "yīng"),
    # 率: shuài to lead.
    case("党员干部要[率]先垂范。", "shuài"),
    # 重: chóng again.
    case("依法[重]审案件。", "chóng"),
    case("尊[重]新闻规律。", "zhòng"),
    # 行: háng in a bank's branch, once the bank is named.
    case("由工商银行广州分[行]为成员。", "háng"),
    case("农发行安顺分[行]进行核定。", "háng"),
    case("部分[行]为不规范。", "xíng"),
    # 当: dàng fitting.
    case("处置明显不适[当]的。", "dàng"),
    case("行为失[当]。", "dàng"),
    case("我们应[当]做好服务。", "dāng"),
])
def test_context_rules(sentence, marked, expected):
    assert reading_of(sentence, marked) == expected


@pytest.mark.parametrize("text, words", [
    ("负责粮行政管理", "负 责 粮 行政 管 理"),  # not 粮行 háng
    ("账实相符", "账 实 相符"),  # not 实相 xiàng
    ("的当事人", "的 当事人"),
    ("实行市级储备", "实行 市 级 储备"),  # not 行市 háng
    ("严重影响", "严重 影 响"),  # not 重影 chóng
    ("审查要求和建议", "审查 要求 和 建 议"),  # not 求和
])
def test_the_cut_prefers_words_that_keep_common_readings(text, words):
    assert " ".join(word for _, word in pinyin.words(text)) == words


def test_any_text_keeps_one_reading_per_character():
    """Rules look around a character: at the ends of a text, and among digits, letters and
    characters beyond U+FFFF, they must neither fail nor shift the readings."""
    import random

    from reader.core.speech_text import prepare_for_speech, with_inline_pinyin

    pieces = "的地得为长还处应中调校重当差行率以均确定了好。，、1234ABC𪚥 \n"
    chooser = random.Random(14)
    for _ in range(2000):
        text = "".join(chooser.choice(pieces) for _ in range(chooser.randint(0, 30)))
        assert len(pinyin.readings(text)) == len(text)
        with_inline_pinyin(prepare_for_speech(text))
