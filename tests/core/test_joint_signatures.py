"""The close of a document: joint issuers, a signature and its date on one line, attachments without a date."""
TOP = "关于做好高校毕业生就业工作的通知\n各省人民政府：\n现将有关事项通知如下。\n"


def test_joint_issuers_on_lines_of_their_own_are_all_issuers(parse_text, texts_of):
    document = parse_text(TOP + "人力资源社会保障部\n教育部\n财政部\n2024年1月15日\n")
    assert document.signature.issuer == "人力资源社会保障部 教育部 财政部"
    assert texts_of(document, "signature") == ["人力资源社会保障部 教育部 财政部"]
    assert texts_of(document, "paragraph") == ["各省人民政府：", "现将有关事项通知如下。"]


def test_padding_between_joint_issuers_is_one_space(parse_text):
    document = parse_text(TOP + "人力资源社会保障部\u3000\u3000\u3000\u3000教育部\n二〇二四年一月十五日\n")
    assert document.signature.issuer == "人力资源社会保障部 教育部"


def test_a_signature_and_its_date_on_one_line(parse_text, texts_of):
    document = parse_text(TOP + "特此通知。\nXX市应急管理局\u3000\u30002024年3月5日\n")
    assert document.signature.issuer == "XX市应急管理局"
    assert document.signature.date == "2024-03-05"
    assert texts_of(document, "date") == ["2024年3月5日"]


def test_a_meeting_time_is_not_a_signature(parse_text):
    document = parse_text(TOP + "会议时间 2024年3月5日\n请准时参加。\n")
    assert "会议时间 2024年3月5日" in document.text
    assert document.signature.issuer is None


def test_attachments_without_a_date_in_the_text(parse_text, texts_of):
    document = parse_text(TOP + "附件：1.重点任务分工方案\n\n附件1\n\n重点任务分工方案\n一、推进政务服务标准化。\n"
                          "附件2\n有关政策清单\n")
    assert texts_of(document, "attachment") == ["附件1 重点任务分工方案", "附件2 有关政策清单"]
    assert [heading.title for heading in document.outline] == ["重点任务分工方案", "有关政策清单"]


def test_a_closing_formula_above_the_date_is_not_the_issuer(parse_text):
    document = parse_text(TOP + "特此通知\n2024年3月5日\n")
    assert document.signature.issuer is None
    assert document.signature.date == "2024-03-05"
    assert "特此通知" in document.text
