"""Known misses of held-out 68 (Australian and New Zealand recruiters), by class, in our own
wording.

Classes:
1. Opt-outs in Mandarin typed in pinyin ("bie zai lianxi wo", "buyao zai gei wo fa xiaoxi",
   "shanchu wo de ziliao", "ba wo cong mingdan shang yichu"); a channel or a time ("gongzuo
   shijian bie da dianhua") or a new address is no opt-out.
2. Opt-outs in Te Reo Maori, macrons on or off ("kaua (rawa) e whakapa mai ano", "tangohia ahau
   i to koutou rarangi", "mukua aku taipitopito"); "kaua e waea mai" (don't ring), "ma te imera"
   (by email) and "kaua e whakapa mai i tenei wa" (not right now) are not.
3. Waits in pinyin and Te Reo: "guonian hou" / "chunjie yihou" (after the Lunar New Year), a
   month in pinyin; "tae noa ki te mutunga o Pepuere" (till the end of February).
4. Days Australians and New Zealanders wait on: Matariki, the Melbourne Cup (Cup Day), the
   Australian Open; "Melbourne" in "the Melbourne Cup" is no place refused.
5. Pay, sectors and travel in pinyin: "zhishao ... wan" (at least, in tens of thousands),
   "jinrong keji" (fintech) wanted, a sector refused ("bu xiang zai kuangye hangye gongzuo").
6. A wait called off because what held them ended early ("the secondment was curtailed",
   "contract cut short") with "free now".
7. A do-not-contact flag lifted in a later note ("removed the DNC flag at her request") takes the
   stop back; "DNC not lifted" and a question do not.
"""

from __future__ import annotations

from datetime import date

from tests.fit_helpers import goes_against, suits
from tests.reading_helpers import ReadAt

R = ReadAt(date(2026, 11, 1))


def _kinds(text: str, facet: str, said_at: date | None = None) -> set[tuple]:
    return {(*f[1:3], None)[:2] for f in R.found(text, said_at) if f[0] == facet}


# 1. pinyin opt-outs


def test_pinyin_stops_are_opt_outs():
    for text in (
        "Bie zai lianxi wo le, xiexie.",
        "qing yihou bu yao zai lian xi wo",
        "Ta shuo: buyao zai gei wo fa gongzuo xiaoxi le.",
        "Qing shanchu wo de geren xinxi.",
        "Qing ba wo cong nimen de mingdan shang yichu.",
    ):
        assert R.opted_out(text), text


def test_pinyin_channel_time_or_new_address_is_no_opt_out():
    for text in (
        "Gongzuo shijian bie da dianhua, fa youjian ke yi.",
        "Wo huan le dianhua haoma, qing yong xin haoma lianxi wo.",
        "Xiexie, you hao jihui zai lianxi wo.",
    ):
        assert not R.opted_out(text), text


# 2. Te Reo opt-outs


def test_te_reo_stops_are_opt_outs():
    for text in (
        "Kaua e whakapā mai anō, kua mutu.",
        "kaua rawa e whakapa mai",
        "Tangohia ahau i to koutou rarangi, tena koe.",
        "Mukua aku taipitopito.",
    ):
        assert R.opted_out(text), text


def test_te_reo_channel_or_not_now_is_no_opt_out():
    for text in (
        "Kaua e waea mai, ma te imera anake.",
        "Kaua e whakapa mai i tenei wa.",
        "Kia ora, whakapā mai mēnā he tūranga pai.",
    ):
        assert not R.opted_out(text), text


# 3. waits in pinyin and Te Reo


def test_pinyin_after_the_lunar_new_year_waits_for_it():
    assert R.wait_until("Guonian yihou zai lianxi wo ba.") == "2027-02-01"
    # said in the spring, the new year has been: it waits for the next one
    assert R.wait_until("chunjie hou zai shuo", said_at=date(2026, 3, 20)) == "2027-02-01"
    assert R.wait_until("San yue hou zai lianxi wo.") == "2027-04-01"  # after March


def test_te_reo_till_the_end_of_a_month_waits_for_it():
    assert R.wait_day("Kei te pukumahi ahau tae noa ki te mutunga o Pepuere.") == "2027-02-28"


# 4. Matariki, the Melbourne Cup, the Australian Open


def test_anz_fixtures_are_waited_for():
    assert R.wait_until("flat out till Matariki", said_at=date(2026, 4, 1)) == "2026-07-01"
    assert R.wait_until("flat out till Matariki", said_at=date(2026, 8, 1)) == "2027-06-01"
    assert R.wait_day("not before Cup Day", said_at=date(2027, 9, 1)) == "2027-11-02"
    assert R.wait_until("after the Australian Open please") == "2027-02-01"


def test_melbourne_in_the_cup_is_no_place():
    found = R.found("Nothing till the Melbourne Cup's run, then let's talk.", date(2026, 9, 1))
    assert not any(f[0] == "location" for f in found)
    assert ("location", "wish", "melbourne") in R.found("wants Melbourne, not Sydney")


# 5. pay, sectors and travel in pinyin


def test_pinyin_floor_against_the_band():
    assert goes_against(
        "Zhishao yao ershi wan, fouze bu kaolu.", "pay", salary_min=150_000, salary_max=170_000
    )
    assert not goes_against("Zhishao yao shiwu wan.", "pay", salary_min=150_000, salary_max=170_000)


def test_pinyin_sector_wanted_or_refused():
    assert ("wish", "fintech") in _kinds("Ta hen xiwang qu jinrong keji gongsi.", "industry")
    assert ("avoid", "mining") in _kinds("Wo bu xiang zai kuangye hangye gongzuo le.", "industry")
    assert suits(
        "Wo xiang jin jinrong keji gongsi.", "industry", description="A Sydney fintech startup."
    )


def test_pinyin_travel():
    assert _kinds("Ta bu yuanyi chuchai.", "travel") == {("avoid", None)}
    assert _kinds("keyi chuchai", "travel") == {("wish", None)}


# 6. a wait called off because what held them ended early


def test_held_off_then_cut_short_and_free_now():
    said = date(2026, 9, 14)
    assert R.wait_until("The secondment was curtailed, she's available now.", said) == "2026-09-01"
    assert R.wait_until("His contract got cut short - free now, call whenever.", said) == (
        "2026-09-01"
    )


# 7. a DNC flag lifted later


def test_dnc_lifted_later_is_an_opt_in():
    assert ("wish", "opt_in") in _kinds(
        "Removed the DNC flag at her request, keen again.", "contact"
    )
    assert ("wish", "opt_in") in _kinds("do-not-contact status lifted after she called", "contact")
    for text in ("DNC not lifted - still no.", "Can the DNC be lifted?"):
        assert ("wish", "opt_in") not in _kinds(text, "contact"), text
