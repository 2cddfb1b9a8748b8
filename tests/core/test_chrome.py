"""The portal's page furniture never reaches the document text."""
import pytest

from reader.core.parsing.chrome import is_chrome
from reader.core.parsing.lines import clean_line

CHROME_WORDS = ("无障碍", "长者助手", "我的收藏", "首页", "当前位置", "打印", "字体", "关闭", "浏览次数")


@pytest.mark.parametrize(
    "line",
    [
        "\ue7e3无障碍 \ue806长者助手 \ue705我的收藏 收藏",
        " 无障碍    长者助手 我的收藏   收藏",
        "首页 > 政务公开 > 通知公告",
        "首页 » 政务公开 » 规章库",
        "当前位置：首页 > 政务公开 > 规范性文件",
        "您的位置: 首页",
        "【打印】 【字体:    ",
        "【打印】 【字体：大 中 小】 【关闭】",
        "【关闭】",
        "[打印本页] [关闭窗口]",
        "浏览次数：128",
        "发布日期:2020-12-25  浏览次数:-",
        "【打印】\u3000【关闭】",
        "【打印本页】\u3000\u3000【关闭窗口】",
        "字体：大 中 小",
        "字体：【大\u3000中\u3000小】",
        "字体：大 中 小\u3000\u3000打印本页\u3000\u3000关闭窗口",
        "【我要纠错】【打印】【关闭】 字体：大 中 小",
        "分享到：微博 微信",
        "责任编辑：王洋",
        "（责任编辑：王洋）",
        "版权所有：XX县人民政府\u3000技术支持：XX网络公司 | ICP备案号：豫ICP备12345678号",
        "网站标识码：4401000001\u3000粤ICP备12345678号",
        "主办单位：国务院办公厅\u3000运行维护单位：中国政府网运行中心",
        "主办：XX市人民政府办公室\u3000承办：XX市大数据中心",
        "首页 >> 政务公开 >> 政策解读",
        "首页 ＞ 政务公开 ＞ 政策解读",
        "上一篇：关于做好元旦期间安全工作的通知",
        "下一篇：关于开展消防安全检查的通告",
        "今天是：2024年3月5日\u3000星期二",
        "欢迎访问XX市人民政府门户网站！",
    ],
)
def test_chrome_lines_are_recognised(line):
    assert is_chrome(clean_line(line))


@pytest.mark.parametrize(
    "line",
    [
        "广州市公安局花都区分局2020年法治政府建设年度报告",
        "二、存在的不足和原因",
        "各派出所、各大队，分局各部门：",
        "加强无障碍环境建设，为长者提供便利。",
        "建设国家长者助手服务平台，打造收藏级文化精品。",  # words of the toolbar in a sentence
        "1>0 表示有效，见附表。",
        # Flows and paths in the text are not breadcrumbs.
        "申请→受理→审核→登簿→发证",
        "网上办理路径：XX政务服务网 > 不动产登记 > 预约办理",
        "严重污染 | >300 | 健康人群运动耐受力降低",
        "主办单位：市文化广电旅游局",  # a notice's own line, not a footer
        "编辑部收到来稿后，三个工作日内答复。",
    ],
)
def test_document_lines_are_kept(line):
    assert not is_chrome(clean_line(line))


def test_clean_line_drops_icon_glyphs_and_treats_nbsp_as_space():
    assert clean_line("\ue7e3无障碍\u00a0\u00a0长者助手\u200b") == "无障碍 长者助手"


@pytest.mark.parametrize("name", ["notice-with-attachment.txt", "saved-page.html"])
def test_no_chrome_left_in_parsed_documents(parse_fixture, name):
    document = parse_fixture(name)
    for word in CHROME_WORDS:
        assert word not in document.text, word
    assert not any("\ue000" <= ch <= "\uf8ff" for ch in document.text)


def test_nbsp_indent_is_removed_from_html_paragraphs(parse_fixture):
    document = parse_fixture("saved-page.html")
    paragraph = next(b for b in document.blocks if b.text.endswith("请认真组织实施。"))
    assert paragraph.text.startswith("现将")


# Chrome removal removes only what is certainly chrome: a short line of labels and a counter,
# at the page's edges. Body text that speaks of visits and readings is the document's.
REPORT_WITH_COUNTERS = """关于2024年政府网站运行情况的报告
发布时间：2025-01-10　浏览次数：356
各科室：
一、网站运行情况
全年网站总访问量：1280万人次，较上年增长12%。
专栏文章阅读量：平均每篇3200次，政策解读类最高。
二、下一步工作
页面浏览次数：将按月统计并通报。
浏览次数：每月5日前报送
三、其他
请各科室认真落实。
分享到：微博 微信
"""


def test_body_text_with_a_counter_label_is_kept(parse_text):
    document = parse_text(REPORT_WITH_COUNTERS)
    for sentence in ("全年网站总访问量：1280万人次，较上年增长12%。", "专栏文章阅读量：平均每篇3200次，政策解读类最高。",
                     "页面浏览次数：将按月统计并通报。", "浏览次数：每月5日前报送"):
        assert sentence in document.text
    assert "356" not in document.text and "分享到" not in document.text  # the page's counter and share bar
    assert document.metadata.published_date == "2025-01-10"


@pytest.mark.parametrize("line", ["网站总访问量：1280万人次，较上年增长12%。", "阅读量：平均每篇3200次，政策解读类最高"])
def test_a_sentence_with_a_counter_label_is_not_chrome(line):
    assert not is_chrome(line)


@pytest.mark.parametrize("line", ["> 政务公开 > 政策文件 > 市政府文件", "您所在的位置：首页 > 政务公开", "视力保护色：",
                                  "» 信息公开 » 通知公告"])
def test_more_chrome_shapes(line):
    assert is_chrome(clean_line(line))


@pytest.mark.parametrize("line", ["> 5 的部分按比例计算", ">90%的事项实现网上办理。"])
def test_a_line_that_starts_with_a_comparison_is_not_a_breadcrumb(line):
    assert not is_chrome(line)
