"""Classes of misreading that held-out 75 (a stranger's set of Japanese and South Korean hiring)
showed in its stops and waits, fixed and tested in our own wording.

- Japanese stops in the polite question form ("ご遠慮いただけますか") and deletion "and then"
  ("削除のうえ") were unread; so were a Korean stop with no "any more" word opening its sentence
  ("연락하지 마세요", "연락 주지 말라고요"), a refusal to receive ("앞으로 연락은 받지 않겠습니다"),
  a team's log ("재연락 금지", "모든 연락 거부"), a privacy-law deletion, and both languages in
  Latin letters ("mou renraku shinaide", "yeollak hajimaseyo"). A stop scoped to a time, to
  LINE, to the phone or to the newsletter is still no stop.
- "stop sending LinkedIn InMails ... personal gmail only" is LinkedIn refused, not contact; a
  relative's stop on the line they answer ("never ring that number again") is theirs.
- Japanese and Korean waits: a length asked for ("2ヶ月ほど待って", "半年は落ち着きたい"), held to a
  month or a season ("6月上旬までは動けない", "来年の春までは今の会社で"), a Korean month after
  which to write ("4월 지나서 연락"), a service's end ("전역 예정"; not "완료"), a return from leave
  timed to a month.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

said = ReadAt(date(2026, 10, 1))


@pytest.mark.parametrize(
    "note",
    [
        "転職先が決まりましたので、今後のご連絡はお控えいただけますか。",
        "以後、求人のご案内はご遠慮いただけないでしょうか",
        "退職しました。履歴書を削除のうえ、ご放念ください。",
        "私の個人情報をすべて削除いただき、ありがとうございました。",
        "제발 연락 주지 마세요. 관심 없습니다",
        "몇 번째예요? 연락하지 마시라니까요",
        "이직 생각 없어요. 앞으로 이직 관련 연락은 받지 않겠습니다.",
        "본인 통화: 재연락 금지 요청.",
        "본인이 모든 연락 거부함",
        "보유 중인 제 이력서와 연락처 삭제 부탁드립니다",
        "nido to renraku shinaide kudasai, onegai shimasu",
        "Kongo wa go renraku fuyou desu.",
        "sumimasen. renraku shinaide kudasai",
        "dasineun yeollak hajimaseyo",
        "Yeonrak hajimasipsio, gwansim eopseoyo.",
        "ije yeollak geuman haseyo",
    ],
)
def test_japanese_and_korean_stops_in_other_forms(note):
    assert said.opted_out(note)


@pytest.mark.parametrize(
    "note",
    [
        "業務時間中は連絡しないでいただけますか",
        "LINEでのご連絡はもう控えてください、メールは大歓迎です",
        "ニュースレターの配信停止お願いします。個別のお話はぜひ。",
        "LINEはやめてください、メールでお願いします",
        "밤 10시 이후엔 연락하지 마세요",
        "카톡으로 연락 주세요, 전화는 회사에서 못 받아요",
        "재연락 가능, 내년에 다시",
        "yoru wa renraku shinaide kudasai, hiruma nara daijoubu",
        "shuumatsu wa denwa yamete kudasai",
        "jeonyeok ihue yeollak juseyo",
        "geunmu siganeneun yeollak hajimaseyo",
    ],
)
def test_scoped_or_asked_contact_is_no_stop(note):
    assert not said.opted_out(note)


def test_a_channel_refused_in_japanese_is_that_channel():
    assert ("contact", "avoid", "channel", "phone") in said.found(
        "お電話はもうやめてください、メールでお願いします"
    )


def test_inmails_stopped_with_an_address_offered_is_linkedin_refused():
    note = "Asked us to stop sending LinkedIn InMails; private email address is fine."
    assert not said.opted_out(note)
    assert ("contact", "avoid", "channel", "linkedin") in said.found(note)
    assert said.opted_out("Please stop sending LinkedIn InMails.")


@pytest.mark.parametrize(
    "note",
    [
        "His father picked up and said never to ring that number again. Number deleted.",
        "Her husband told us not to call the house phone again.",
    ],
)
def test_a_relatives_stop_on_their_line_is_theirs(note):
    assert not said.opted_out(note)


def test_the_persons_own_stop_on_a_number_still_counts():
    assert said.opted_out("Never call this number again. Not interested.")


@pytest.mark.parametrize(
    "note, until",
    [
        ("2ヶ月ほど待ってください", "2026-12-01"),
        ("半年は落ち着きたいので、しばらくは大丈夫です", "2027-04-01"),
        ("新しい職場なので1年は腰を据えたいとのこと", "2027-10-01"),
        ("6月上旬までは動けません", "2027-06-01"),
        ("来年の春までは今の会社で頑張りたい", "2027-03-01"),
        ("入社は4月以降を希望", "2027-04-01"),
        ("4월 지나서 연락 주세요", "2027-05-01"),
        ("내년 2월 중순 이후에 다시 연락 주세요", "2027-02-01"),
        ("내년 5월 전역 예정입니다. 그 전엔 이직 어렵습니다", "2027-05-01"),
        ("来年4月、下の子の入園に合わせて復職予定", "2027-04-01"),
    ],
)
def test_japanese_and_korean_waits(note, until):
    assert said.wait_until(note) == until


@pytest.mark.parametrize(
    "note",
    [
        "3ヶ月前に転職しました",
        "半年前から今のチームです",
        "9/20まで福岡出張でした、今は話せます",
        "2026년 8월 전역 완료, 지금 바로 가능",
        "1월 이후 계속 바빴어요",
        "4月に入社して半年たちました",
    ],
)
def test_a_date_or_length_that_asks_no_wait(note):
    assert said.wait_until(note) is None


@pytest.mark.parametrize(
    "note",
    [
        "事情が変わって、今すぐにでも動けます。夏の件は撤回で",
        "구정까지 기다릴 필요는 없어요, 지금 당장 합류 가능해요",
    ],
)
def test_a_wait_called_off_in_japanese_or_korean_is_free_now(note):
    assert said.wait_until(note) == "2026-10-01"


def test_held_still_said_as_become_unable():
    assert said.wait_until("異動が決まり、来年の秋までは動けなくなりました") == "2027-09-01"


def test_any_time_is_no_wait_lifted():
    assert said.wait_until("いつでもお話しできます") is None
