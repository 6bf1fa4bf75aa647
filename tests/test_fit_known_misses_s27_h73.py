"""Known misses of held-out 73 (a Central European staffing desk), by class, in our own words.

1. Czech night shifts refused or taken ("noční už ne", "noční mu nevadí"), beside a night bus.
2. Czech leading people wanted or refused ("chce vést tým", "nechce nikoho vést"), and the
   English "doesn't want to lead anyone".
3. A sector refused in Polish, Czech, Ukrainian or Romanian: meat plants, slaughterhouses,
   tobacco ("żadnej ubojni", "nebude pracovat v masokombinátu", "nu lucrez la abator"), beside
   a Polish weekend refusal that stays one.
4. A role whose terse line opens on its works ("Tobacco plant, three shifts", "Cigarette
   factory") is in that industry; a plant named in passing is not.
5. Polish remote work only, the office refused or preferred, travel refused ("nigdzie nie
   jeździ", "delegacje"), and a shift by its part of the day ("tylko ranna zmiana"), beside
   "doesn't drive" and a morning shift worked now.
6. Afternoons or evenings asked for alone, or mornings refused, rule out a morning shift;
   someone else's mornings and "earlies or lates" do not.
7. Waits in Czech and Ukrainian ("za tři měsíce", "po Novém roce", "через місяць", "після
   Нового року") and the Polish "nie wcześniej niż", counted from the day said; a Czech wait
   taken back ("zapomeň na to, co jsem psal - jsem volný hned") is free now.
"""

from __future__ import annotations

from datetime import date

from reading.role_facts import role_facts
from tests.fit_helpers import goes_against, suits
from tests.reading_helpers import ReadAt

R = ReadAt(date(2026, 10, 1))


def test_czech_nights_refused_and_taken():
    assert ("schedule", "avoid", "nights") in R.found("Noční už ne, mám malé děti.")
    assert ("schedule", "avoid", "nights") in R.found("nocni smeny uz ne")
    assert ("schedule", "wish", "nights") in R.found("Noční směny mu nevadí.")
    assert not R.found("Jezdí nočním autobusem.")


def test_czech_and_english_leading_people():
    assert ("management", "avoid", "manage") in R.found("Nechci nikoho řídit.")
    assert ("management", "avoid", "manage") in R.found("He doesn't want to lead anybody.")
    assert ("management", "wish", "manage") in R.found("Chtěla by vést tým.")
    assert goes_against("Nechce vést lidi.", "management", title="Shift Leader", seniority="lead")


def test_sectors_refused_in_polish_czech_ukrainian_romanian():
    meat = {("topic", "avoid", "meat plants"), ("topic", "avoid", "slaughterhouses")}
    assert meat & R.found("Nie będę pracowała w zakładzie mięsnym.")
    assert meat & R.found("Żadnej ubojni, jest weganką.")
    assert meat & R.found("Nebude pracovat v masokombinátu.")
    assert meat & R.found("Не хоче працювати на м'ясокомбінаті.")
    assert meat & R.found("Nu lucrez la abator.")
    assert ("industry", "avoid", "tobacco") in R.found("Nie będzie pracował przy papierosach.")
    # a Polish refusal that names no sector is left to the schedule tables
    assert not any(
        f[0] in ("topic", "industry") for f in R.found("Nie będzie pracować w weekendy.")
    )


def test_a_role_that_opens_on_its_works_is_in_that_industry():
    assert (
        "tobacco" in role_facts(title="Operator", offers=["Tobacco plant, three shifts"]).industries
    )
    assert goes_against(
        "Nie będzie pracować przy tytoniu.",
        "industry",
        title="Operator",
        offers=["Cigarette factory"],
    )
    assert not suits("Nie będzie pracować przy tytoniu.", "industry", title="Operator")
    # a plant the work is done for, named in passing, is not the company's trade
    facts = role_facts(title="Electrician", description="Wire a new cigarette plant for a client.")
    assert "tobacco" not in facts.industries


def test_polish_remote_only_office_travel_and_morning_shift():
    assert ("work_mode", "must", "remote") in R.found("Pracy tylko zdalnej szuka.")
    assert ("work_mode", "avoid", "onsite") in R.found("Nie chodzi do biura, ma daleko.")
    assert ("work_mode", "wish", "onsite") in R.found("Wolałaby pracować w biurze.")
    assert ("travel", "avoid") in R.found("Nigdzie nie wyjeżdża, ma chorą mamę.")
    assert ("travel", "avoid") in R.found("Nie chce jeździć na delegacje.")
    assert ("schedule", "avoid", "nights") in R.found("Tylko poranna zmiana, opiekuje się synem.")
    # driving and a shift worked now are no refusal
    assert not R.found("Nie jeździ samochodem.")
    assert not R.found("Pracuje na rannej zmianie w Amazonie.")
    assert goes_against(
        "Praca tylko zdalna.", "work_mode", title="Developer", remote_policy="onsite"
    )


def test_afternoons_only_or_mornings_refused_rule_out_a_morning_shift():
    early = ("schedule", "avoid", "early_start", "12:00")
    found = R.found("Evenings or afternoons only - she has her little one until lunch.")
    assert any(f[:3] == early[:3] for f in found)
    assert any(f[:3] == early[:3] for f in R.found("He can't do mornings any more."))
    # someone else's mornings, either shift taken, a time for calls: nothing refused
    assert not R.found("Her partner works mornings.")
    assert not any(f[:3] == early[:3] for f in R.found("Earlies or lates only, no nights."))
    assert goes_against(
        "Only afternoons, school run in the mornings.",
        "schedule",
        title="Picker",
        offers=["Fixed morning shift 06:00-14:00"],
    )
    assert not goes_against(
        "Only afternoons, school run in the mornings.",
        "schedule",
        title="Picker",
        offers=["Fixed afternoon shift 14:00-22:00"],
    )


def test_czech_ukrainian_and_polish_waits_from_the_day_said():
    said = date(2026, 10, 5)
    assert R.wait_until("Napište mi za tři měsíce.", said) == "2027-01-01"
    assert R.wait_until("Zavolejte až po Novém roce, teď ne.", said) == "2027-01-01"
    assert R.wait_until("Напишіть через місяць, будь ласка.", said) == "2026-11-01"
    assert R.wait_until("Після Нового року - так.", said) == "2027-01-01"
    assert R.wait_until("Nie wcześniej niż w kwietniu.", said) == "2027-04-01"
    # "through an agency", "behind me": no length of time, no wait
    assert R.wait_until("Прийшов через агенцію.", said) is None


def test_a_czech_wait_taken_back_is_free_now():
    said = date(2026, 6, 1)
    assert R.wait_until("Zapomeň na to, co jsem napsal - jsem volný hned.", said) == "2026-06-01"
