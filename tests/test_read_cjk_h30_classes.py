"""Readings of the kinds a first run of held-out 30 missed, in other words:

- opt-outs in the polite and the blunt register: a Japanese "from now on, please refrain from any
  contact" hoped for ("...いただけますと幸いです", "今後は一切の..."), a Korean "enough of the
  contact" ("연락 그만 ..."), a Chinese "don't send me anything again" with "给我" before the verb
  and "把我删了" (delete me), a Vietnamese "don't send me recruiting emails any more". Their twins
  - declining this one role, a change of channel, a stop scoped to night-shift roles, a Korean
  stop about this position only - are no opt-outs;
- China's "996" (nine to nine, six days) refused, looked back on and not wanted again, or taken;
  overtime taken; a two-day weekend as a must; a weekend day worked or not (Japanese, Korean,
  Chinese); and a role's own "996" or "no 996", its "weekends off" (free days, unlike "alternate
  weekends off"). Twins: a "996" that is a number or a year, Saturday overtime pay;
- night shifts refused before the word ("不上夜班", "不能再值夜班"), refused alone ("夜勤だけは
  ..."), taken indirectly ("苦にならない") or taken now; twin: a role that needs no nights;
- remote work wished or not in Chinese, and a role's "全程远程" (fully remote);
- visa sponsorship said not needed ("스폰서는 필요 없어요", "必要ございません", "不用...担保"): no
  need; twin: sponsorship said needed stays a need;
- a technology wanted in more verbs ("触りたい") or of no interest ("興味ありません"), managing
  refused politely ("遠慮したい") or wanted ("部下を持ちたい"), staying a player; twin: an
  interest said ("興味があります") is no refusal;
- company size wanted in more words ("대기업에 가고 싶습니다", "中小企業を希望", "大手のみ");
  twin: a
  big company only described.

Sentences are our own.
"""

from datetime import date

import pytest

from reading import read
from reading.role_schedule import role_schedule
from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 11, 20))
opted_out = _AT.opted_out
found = _AT.found


@pytest.mark.parametrize(
    "text",
    [
        "お世話になっております。今後は一切のご案内をお控えいただけますと幸いです。",
        "申し訳ありませんが、今後ともメールはご遠慮いただけると助かります。",
        "이제 연락 좀 그만해 주세요.",
        "제안 그만 보내세요. 관심 없어요.",
        "不要再给我打电话了。",
        "以后别再給我發信息了，谢谢",
        "请把我删了，谢谢。",
        "Làm ơn đừng gửi tin tuyển dụng cho mình nữa.",
    ],
)
def test_a_stop_in_these_words_is_read(text):
    assert opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "恐縮ですが、今回のお話は見送らせていただきます。別の案件があればぜひご連絡ください。",
        "전화는 어렵고요, 카톡으로 연락 주세요.",
        "이 포지션 관련 연락은 그만하셔도 돼요, 다른 건 괜찮아요.",
        "别再给我发夜班的职位了，白班的可以。",
        "我换手机号了，以后发新号码。",
        "Đừng gửi vào email công ty nữa, gửi email cá nhân nhé.",
    ],
)
def test_a_scoped_stop_or_a_new_channel_is_no_opt_out(text):
    assert not opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "坚决不做996，家里有老人要照顾。",
        "之前那家公司大小周，受够了，不想再这样。",
        "做了两年996，实在不想再这样了。",
        "唔想再做996喇。",
    ],
)
def test_996_refused_is_overtime_and_weekend_work_avoided(text):
    got = found(text)
    assert ("schedule", "avoid", "overtime") in got
    assert ("schedule", "avoid", "weekends") in got


@pytest.mark.parametrize("text", ["996都可以接受，钱到位就行。", "大小周没问题。"])
def test_996_taken_is_overtime_and_weekend_work_taken(text):
    got = found(text)
    assert ("schedule", "wish", "overtime") in got
    assert ("schedule", "wish", "weekends") in got


def test_overtime_taken_in_chinese_and_japanese():
    assert ("schedule", "wish", "overtime") in found("加班没问题，项目紧的时候可以理解。")
    assert ("schedule", "wish", "overtime") in found("残業自体は気にしないです。")


def test_a_two_day_weekend_as_a_must_avoids_weekend_work():
    assert ("schedule", "avoid", "weekends") in found("必须双休，其他都好谈。")


@pytest.mark.parametrize(
    "text, polarity, day",
    [
        ("日曜出勤は無理です、家族の時間なので。", "avoid", "sunday"),
        ("토요일 근무는 안 돼요.", "avoid", "saturday"),
        ("周六上班不行。", "avoid", "saturday"),
        ("休日出勤も問題ないです。", "wish", None),
        ("주말 근무 괜찮아요.", "wish", None),
    ],
)
def test_a_weekend_day_worked_or_not(text, polarity, day):
    got = [
        c
        for c in read(text, said_at=_AT.said_at)
        if (c.facet, c.polarity, c.value.get("kind")) == ("schedule", polarity, "weekends")
    ]
    assert got
    assert got[0].value.get("day") == day


@pytest.mark.parametrize(
    "text", ["1996年に入社しました。", "周六加班费按两倍算。", "她的工号是996。"]
)
def test_a_number_or_overtime_pay_is_no_schedule(text):
    assert not [c for c in found(text) if c[0] == "schedule"]


@pytest.mark.parametrize(
    "text",
    ["不上夜班，身体吃不消。", "不能再值夜班了。", "夜班だけは無理です。", "夜勤のみNGです。"],
)
def test_nights_refused(text):
    assert ("schedule", "avoid", "nights") in found(text)


@pytest.mark.parametrize(
    "text", ["夜勤は別に苦にならないです。", "夜班现在没问题了，家里有人帮忙。"]
)
def test_nights_taken(text):
    assert ("schedule", "wish", "nights") in found(text)


def test_a_role_that_needs_no_nights_is_no_refusal():
    assert not [c for c in found("这个岗位不用上夜班。") if c[0] == "schedule"]


def test_remote_work_wished_or_not_in_chinese():
    assert ("work_mode", "wish", "remote") in found("想要远程工作，老家在成都。")
    assert ("work_mode", "wish", "onsite") in found("不喜欢居家办公，还是去公司好。")


def test_a_roles_996_and_no_996():
    assert "overtime" in role_schedule("launch months run 996")[0]
    assert "overtime" in role_schedule("we do not do 996, home by seven")[1]
    assert role_schedule("a bonus of $996,000 in total") == (set(), set())


def test_a_roles_weekends_off_are_free_days():
    assert "weekends" in role_schedule("flexible hours, weekends off")[1]
    assert "weekends" not in role_schedule("flexible hours, weekends off")[0]
    assert "weekends" in role_schedule("alternate weekends off")[0]


def test_a_roles_fully_remote_said_in_chinese():
    from reading.role_facts import role_facts

    assert role_facts(title="Planner", offers=["全程远程，不用打卡"]).work_mode == "remote"


def test_a_korean_stop_then_roles_asked_for_again_is_taken_back():
    text = "작년엔 연락 그만하라고 했지만, 요즘 이직 생각 중이라 괜찮은 포지션 생기면 연락 주세요."
    assert not opted_out(text)
    assert opted_out("연락 그만하세요.")


@pytest.mark.parametrize(
    "text",
    [
        "영주권자라서 비자 스폰서는 필요 없어요.",
        "配偶者ビザなので、スポンサーは必要ございません。",
        "不用公司办签证担保，我是本地人。",
    ],
)
def test_sponsorship_said_not_needed_is_no_need(text):
    got = found(text)
    assert ("visa", "must", "needs_sponsorship") not in got
    assert ("visa", "wish", "has_right_to_work") in got


@pytest.mark.parametrize(
    "text", ["E-7 비자 스폰서가 필요합니다.", "就労ビザのサポートが必要です。"]
)
def test_sponsorship_needed_stays_a_need(text):
    assert ("visa", "must", "needs_sponsorship") in found(text)


def test_a_technology_wanted_or_of_no_interest_in_japanese():
    assert ("technology", "wish", "kotlin") in found("次はKotlinを触りたいです。")
    assert ("technology", "avoid", "kotlin") in found("Javaで十分です。Kotlinは興味ありません。")


def test_managing_refused_politely_or_wanted_in_japanese():
    got = found("この先もプレイヤーを続けたい。マネジメントは遠慮したいです。")
    assert ("management", "wish", "hands_on") in got
    assert ("management", "avoid", "manage") in got
    assert ("management", "wish", "manage") in found("そろそろ部下を持ちたいと考えています。")


def test_interest_said_is_no_refusal():
    assert not [c for c in found("Kotlinに興味があります。") if c[1] == "avoid"]


def test_managing_refused_or_wanted_in_chinese():
    assert ("management", "avoid", "manage") in found("不想带人，想专心写代码。")
    assert ("management", "wish", "manage") in found("希望带团队，做到组长。")
    assert not [c for c in found("不是不想管人，只是还想自己画图。") if c[0] == "management"]


@pytest.mark.parametrize(
    "text, polarity, kind",
    [
        ("이번엔 대기업에 가고 싶습니다.", "wish", "large"),
        ("벤처로 가고 싶어요, 성장하는 곳이요.", "wish", "startup"),
        ("中小企業を希望しています。", "wish", "small"),
        ("大手のみで考えています。", "must", "large"),
    ],
)
def test_company_size_in_more_words(text, polarity, kind):
    assert ("company", polarity, kind) in found(text)


def test_a_big_company_described_is_no_wish():
    assert not [c for c in found("前職は大手で、忙しかったです。") if c[0] == "company"]
