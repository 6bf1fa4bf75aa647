"""Notes from the Gulf and Asia-Pacific: Japanese, Korean, Chinese (Mandarin and Cantonese),
Arabic typed in Latin letters, Malay, Bahasa Indonesia and Vietnamese.

A request to stop contact altogether is an opt-out in each of them, and its twin scoped to a
time, a channel or this one role is not; a wait named by a holiday that moves every year
(Seollal, Chuseok, Chinese New Year, Hari Raya, Eid, Golden Week) or by a bonus month resolves
to the next one not yet over on the day said; a few facets' words (on-call, nights, business
trips, remote work, managing, company size, visas) are read like their English. The sentences
are our own.
"""

from datetime import date

import pytest

from reading.role_facts import role_facts
from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 11, 2))
found, opted_out, wait_until = _AT.found, _AT.opted_out, _AT.wait_until


@pytest.mark.parametrize(
    "note",
    [
        # Japanese
        "もう二度とご連絡しないでください。",
        "今後はご連絡不要です、よろしくお願いします",
        "お手数ですが履歴書を削除してください。",
        # Korean
        "앞으로 연락하지 마세요",
        "이제 그만 연락 주지 마세요. 감사합니다",
        "제 개인정보 삭제 해주세요",
        # Mandarin and Cantonese
        "以后别再联系我了",
        "麻烦你们把我的个人信息删除",
        "唔該唔好再打俾我",
        # Arabic in Latin letters
        "la tkallemni marra tanya",
        "la tersel li ay shi ba3d el yom",
        "emsa7 ma3lomati law sama7t",
        # Malay and Bahasa Indonesia
        "tolong jangan ganggu saya lagi",
        "saya tidak mau terima info lowongan apa pun dari kalian",
        "padamkan nombor telefon saya",
        # Vietnamese
        "Làm ơn đừng gọi cho tôi nữa",
        "xin ngừng liên hệ với em",
        "vui lòng xoá hồ sơ của tôi",
    ],
)
def test_a_stop_in_the_languages_of_the_gulf_and_asia_is_an_opt_out(note):
    assert opted_out(note)


@pytest.mark.parametrize(
    "note",
    [
        "夜は電話しないでください。メールなら大丈夫です。",  # not at night, email is fine
        "今回は辞退しますが、別の求人はまた紹介してください。",  # not this one, others welcome
        "근무 시간에는 전화 말고 카톡으로 부탁드려요",  # not calls in office hours, Kakao
        "이 포지션은 안 맞아요. 다른 건 보내주세요",  # not this role
        "这个岗位不合适，有别的再发我",  # not this role, send others
        "晚上唔好打俾我，WhatsApp就得",  # not at night, WhatsApp is fine
        "la tetasel feeni fel sob7, ana fel shoghol",  # not in the mornings
        "la tkallemni 3ala raqam el maktab",  # not on the office number
        "belum dulu ya, nanti kabari lagi kalau ada",  # not now, keep me posted
        "jangan call waktu kerja, WhatsApp je",  # no calls in working hours
        "Đừng gọi buổi sáng nha, nhắn Zalo được",  # not in the mornings, Zalo
        "vị trí này không hợp, gửi em cái khác nhé",  # this role does not fit
    ],
)
def test_a_stop_scoped_to_a_time_a_channel_or_a_role_is_no_opt_out(note):
    assert not opted_out(note)


def test_a_stop_taken_back_in_chinese_lifts_it():
    assert ("contact", "wish", "opt_in", None) in found("唔好意思之前咁講，而家可以再聯絡我")


@pytest.mark.parametrize(
    "note, said, until",
    [
        # Seollal (7 February 2027) said before it, and Chuseok (24-26 September 2026)
        ("설날 지나면 연락드릴게요", date(2026, 11, 2), "2027-02-01"),
        ("추석 연휴 끝나고 이야기해요", date(2026, 7, 1), "2026-09-01"),
        ("추석 지나고 얘기해요", date(2026, 12, 5), "2027-09-01"),  # this year's is over
        # Chinese New Year in Mandarin and Cantonese, said before it and after it
        ("过完年再考虑换工作", date(2026, 11, 2), "2027-02-01"),
        ("農曆新年之後先傾", date(2026, 4, 20), "2027-02-01"),
        # Golden Week said in November is next spring's
        ("GW明けに動きます", date(2026, 11, 2), "2027-05-01"),
        # the Japanese summer and winter bonuses
        ("夏のボーナスをもらってから考えます", date(2026, 11, 2), "2027-06-01"),
        ("冬の賞与が出たら転職活動します", date(2026, 9, 1), "2026-12-01"),
        # Hari Raya and Eid, said before and after this year's (Eid al-Fitr 20 March 2026)
        ("selepas raya puasa baru boleh fikir", date(2026, 2, 1), "2026-03-01"),
        ("selepas raya puasa baru boleh fikir", date(2026, 5, 1), "2027-03-01"),
        ("baad el eid inshallah", date(2026, 11, 2), "2027-03-01"),
    ],
)
def test_a_moving_holiday_or_bonus_is_the_next_one_not_yet_over(note, said, until):
    assert wait_until(note, said) == until


@pytest.mark.parametrize(
    "note",
    [
        "추석 때는 고향에 다녀왔어요. 지금은 괜찮아요",  # went home at Chuseok: no wait
        "春节期间很忙，但现在可以聊",  # busy at New Year, free now
        "ボーナスの額は悪くなかったです",  # the bonus was decent
    ],
)
def test_a_holiday_or_bonus_named_with_no_word_of_waiting_is_no_wait(note):
    assert wait_until(note) is None


def test_a_wait_called_off_by_a_lay_off_is_open_now():
    assert wait_until("之前说过完年，但现在被裁了，随时可以面试") == "2026-11-01"
    assert wait_until("I'd said after CNY but I was laid off - I can interview any time.") == (
        "2026-11-01"
    )


def test_a_recalled_stop_waved_away_is_taken_back():
    note = "I asked you to stop emailing me last spring - bygones. I'm open now, send roles."
    assert ("contact", "wish", "opt_in", None) in found(note)


@pytest.mark.parametrize(
    "note, wanted",
    [
        ("당직이나 온콜은 못 해요", ("schedule", "avoid", "on_call")),
        ("オンコールは大丈夫です", ("schedule", "wish", "on_call")),
        ("夜勤はもう無理です", ("schedule", "avoid", "nights")),
        ("夜勤がいやなわけじゃないです", ("schedule", "wish", "nights")),
        ("出張は無理です", ("travel", "avoid")),
        ("完全在宅希望", ("work_mode", "must", "remote")),
        ("관리직은 원하지 않아요", ("management", "avoid", "manage")),
        ("スタートアップ志向", ("company", "wish", "startup")),
        ("永住者なので就労制限はありません", ("visa", "wish", "has_right_to_work")),
        ("취업 비자 스폰서가 필요합니다", ("visa", "must", "needs_sponsorship")),
    ],
)
def test_facet_words_in_japanese_and_korean_are_read_like_english(note, wanted):
    assert wanted in found(note)


def test_a_role_described_in_japanese_has_its_terms_read():
    facts = role_facts(
        title="Engineer", description="生産技術。海外出張あり。三交代勤務。", location="Nagoya"
    )
    assert facts.travel_abroad and "nights" in facts.schedule
    assert role_facts(title="Engineer", description="ビザサポートなし").sponsorship is False


@pytest.mark.parametrize(
    "note, amount, currency",
    [
        ("minta 55 juta sebulan", 55_000_000, "IDR"),
        ("gaji sekarang 30jt/bulan", 30_000_000, "IDR"),
        ("mong muốn 95 triệu mỗi tháng", 95_000_000, "VND"),
    ],
)
def test_pay_in_juta_and_trieu_is_a_monthly_amount_in_rupiah_or_dong(note, amount, currency):
    pay = _AT.first_pay(note)
    assert (pay["amount"], pay["currency"], pay["period"]) == (amount, currency, "month")
