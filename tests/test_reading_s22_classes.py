"""Misreadings noticed in earlier sessions and fixed in the twenty-second, in our own wording:

- Orthodox Easter (Greek, Romanian, Serbian, Russian... Easter, or Pascha) is its own feast,
  weeks after the Western one in most years: "back after Greek Easter" said in October 2026 waits
  to May 2027, not March; a Romanian "după Paște" is the Orthodox one unless it says "catolic";
- "no X, Y please": where Y is the other side of what was refused ("done with Big Four, a small
  practice please", "no more agencies, in-house please", "no hybrid, fully remote please"), the
  please asks for Y; down a list of the same side ("no junior or grad roles pls") it is still
  manners that keeps the refusal going;
- a start-up's collapse said as a noun ("stability after two start-up collapses", "after the
  scale-up meltdown") is history, not a wish for a start-up;
- "keep me in mind for Wrocław", "think of her for Leeds", "keep me posted on Java roles" ask
  for what follows; "thank you for thinking of me for the Head of Data role" is manners;
- office days counted in words before "office days" ("two office days is fine", "three office
  days max") are days in the office, as "2 office days" always was ("two offices" is no count);
- a floor said with "now" after it ("won't move under £100k now", "wont go under €5k/mo now") is
  the least they take from now on, not the pay they are on;
- a journey refused or welcomed with its route before its end ("won't commute over the bridge to
  Cardiff", "happy to commute to Cardiff twice a week") names where it goes; refused, it goes
  against a role in that town whatever its office days, and welcomed, it answers "lives
  elsewhere";
- what the merge exposed: a role's travel "across Southeast Asia from Singapore", "APAC", "in
  Europe" from Berlin crosses borders, so "cannot travel outside Singapore" goes against it; a
  German, Dutch or French "after the summer holidays" is the north's, said in May or in October
  (next September, neither a southern February nor the Nordic July holiday).
"""

from __future__ import annotations

from datetime import date

import pytest

from reading import read
from tests.fit_helpers import goes_against, judged, suits

OCT = date(2026, 10, 20)


def _read(note: str) -> set[tuple[str, str, str]]:
    return {
        (c.facet, c.polarity, str(next(iter(c.value.values())))) for c in read(note, said_at=OCT)
    }


def _wait(note: str) -> str | None:
    return next((c.value["until"] for c in read(note, said_at=OCT) if c.facet == "wait"), None)


@pytest.mark.parametrize(
    "note, month",
    [
        ("back in touch after Greek Easter - family in Patras", "2027-05-01"),
        ("cand says not before orthodox easter, then she's free", "2027-04-01"),
        ("Ping him after Pascha", "2027-05-01"),
        ("nu mă mut până după Paște", "2027-05-01"),
        ("rămân aici până după Paștele catolic", "2027-03-01"),
        ("after Easter is fine", "2027-03-01"),
    ],
)
def test_orthodox_easter_waits_to_its_own_date_and_western_easter_keeps_its_own(note, month):
    assert _wait(note) == month


def test_orthodox_easter_falls_on_its_own_sunday():
    from reading.easter import easter, orthodox_easter

    assert [orthodox_easter(y).isoformat() for y in (2025, 2026, 2027, 2028)] == [
        "2025-04-20",
        "2026-04-12",
        "2027-05-02",
        "2028-04-16",
    ]
    assert orthodox_easter(2025) == easter(2025)  # the years both churches keep one day


@pytest.mark.parametrize(
    "note, refused, asked",
    [
        ("done with the Big Four, a small practice please", "consultancy", "small"),
        ("no more agencies, in-house please", "agency", "in_house"),
        ("no startups, enterprise pls", "startup", "enterprise"),
        ("no hybrid, fully remote please", "hybrid", "remote"),
        ("no contract work, perm please", "contract", "permanent"),
    ],
)
def test_please_after_a_refusal_asks_for_the_other_side(note, refused, asked):
    got = _read(note)
    assert any(pol == "avoid" and value == refused for _, pol, value in got)
    assert any(pol == "wish" and value == asked for _, pol, value in got)
    assert not any(pol == "avoid" and value == asked for _, pol, value in got)


@pytest.mark.parametrize(
    "note, refused",
    [
        ("no agencies or consultancies pls", "consultancy"),
        ("no startups, scale-ups pls", "scaleup"),
    ],
)
def test_please_down_a_list_of_the_same_side_keeps_the_refusal(note, refused):
    assert any(pol == "avoid" and value == refused for _, pol, value in _read(note))


def test_a_small_firm_asked_for_after_big_four_suits_a_small_practice_role():
    note = "Done with Big Four audit, small practice please."
    role = dict(title="Audit Senior", description="We are a small, 12-person practice in Leeds.")
    assert suits(note, "company", **role)
    big = dict(title="Audit Senior", description="One of the Big Four, 5,000 people in the UK.")
    assert goes_against(note, "company", **big)


@pytest.mark.parametrize(
    "note",
    [
        "Wants a FTSE 250 name, some stability after two start-up collapses",
        "wants calm after the scale-up meltdown last year",
        "after a start-up failure in 2024 she wants something steady",
    ],
)
def test_a_start_up_that_collapsed_is_history_not_a_wish(note):
    wished = {v for f, pol, v in _read(note) if f == "company" and pol == "wish"}
    assert not wished & {"startup", "scaleup"}


@pytest.mark.parametrize(
    "note, facet, value",
    [
        ("No thanks to Katowice, but keep me in mind for Wrocław.", "location", "Wroclaw"),
        ("not for now - think of her for Leeds in the spring", "location", "Leeds"),
        ("keep him posted on Kotlin roles", "technology", "kotlin"),
        ("Please keep me in mind for contract roles", "contract", "contract"),
    ],
)
def test_keep_me_in_mind_for_asks_for_what_follows(note, facet, value):
    assert (facet, "wish", value) in _read(note)


def test_thanks_for_thinking_of_me_for_a_role_asks_for_nothing():
    note = "Thank you for thinking of me for the Head of Data role; I must decline, I'm settled."
    assert not any(f == "title" and pol == "wish" for f, pol, _ in _read(note))


@pytest.mark.parametrize(
    "note, polarity, days",
    [
        ("Relocated nearer the office - two office days are fine now", "wish", 2),
        ("three office days a week max, she was firm", "must", 3),
        ("one office day a week is ok", "wish", 1),
    ],
)
def test_office_days_counted_in_words_are_days_in_the_office(note, polarity, days):
    modes = [c for c in read(note, said_at=OCT) if c.facet == "work_mode"]
    assert [(c.polarity, c.value.get("days")) for c in modes] == [(polarity, days)]


def test_two_offices_counts_no_days():
    assert not [c for c in read("the firm has two offices", said_at=OCT) if c.facet == "work_mode"]


def test_two_office_days_later_suits_a_two_day_hybrid_role():
    note = "Moved closer in - two office days is fine by her now."
    assert suits(note, "work_mode", remote_policy="hybrid", description="Two days a week in Leeds.")


@pytest.mark.parametrize(
    "note, amount",
    [
        ("Got promoted - won't move under £95k now.", 95000),
        ("retention bonus landed, wont go under 120k now", 120000),
    ],
)
def test_a_floor_said_with_now_is_a_floor_from_now_on(note, amount):
    pays = [c for c in read(note, said_at=OCT) if c.facet == "pay"]
    assert [(c.polarity, c.value["amount"], c.value["kind"]) for c in pays] == [
        ("must", amount, "floor")
    ]


def test_the_pay_they_are_on_now_is_still_no_ask():
    assert not [c for c in read("on 100k now, happy enough", said_at=OCT) if c.facet == "pay"]


CARDIFF = dict(
    title="Data Scientist",
    location="Cardiff, UK",
    remote_policy="hybrid",
    description="Two days a week in our Cardiff office.",
)


@pytest.mark.parametrize(
    "note, place",
    [
        ("won't commute over the Severn bridge to Cardiff again", "Cardiff"),
        ("not doing the drive through the tunnel into Liverpool any more", "Liverpool"),
    ],
)
def test_a_journey_refused_with_its_route_names_where_it_goes(note, place):
    commutes = [c.value for c in read(note, said_at=OCT) if c.facet == "commute"]
    assert [v.get("to") for v in commutes] == [place]


def test_a_journey_refused_to_the_roles_town_goes_against_a_hybrid_role_there():
    note = "Lives in Bristol and won't commute over the bridge to Cardiff - did it for a year."
    assert goes_against(note, "commute", "Bristol, UK", **CARDIFF)


def test_a_journey_welcomed_to_the_roles_town_answers_lives_elsewhere():
    welcomed = judged("happy to commute to Cardiff twice a week", "Bristol, UK", **CARDIFF)
    silent = judged("keen on public-sector data work", "Bristol, UK", **CARDIFF)
    assert "location" not in welcomed and "unmet" not in welcomed
    assert "location" in silent  # said nothing of the journey: lives elsewhere, still a concern


@pytest.mark.parametrize(
    "description, location",
    [
        (
            "Service scanners across Southeast Asia from our Singapore hub, 40% regional travel.",
            "Singapore",
        ),
        ("Up to 30% APAC travel.", "Singapore"),
        ("Customer visits in Europe, about 20% travel.", "Berlin, Germany"),
    ],
)
def test_travel_across_a_region_of_many_countries_goes_against_staying_at_home(
    description, location
):
    note = "Can't travel outside the country any more - looking after my dad. Local work only."
    role = dict(title="Field Engineer", location=location, remote_policy="onsite")
    assert goes_against(note, "travel", location, description=description, **role)


def test_travel_around_its_own_country_meets_staying_at_home():
    note = "Can't travel outside the country any more - looking after my dad. Local work only."
    role = dict(title="Field Engineer", location="Leeds, UK", remote_policy="onsite")
    assert suits(note, "travel", "Leeds, UK", description="Travel around the UK, 20%.", **role)


@pytest.mark.parametrize(
    "note, said, month",
    [
        ("Bitte erst nach den Sommerferien wieder melden.", date(2026, 5, 12), "2026-09-01"),
        ("Bitte erst nach den Sommerferien wieder melden.", date(2026, 10, 12), "2027-09-01"),
        ("Graag pas na de zomervakantie bellen.", date(2026, 11, 2), "2027-09-01"),
        ("Recontactez-moi après les grandes vacances.", date(2026, 12, 1), "2027-09-01"),
    ],
)
def test_a_european_summer_holiday_is_the_norths(note, said, month):
    waits = [c.value["until"] for c in read(note, said_at=said) if c.facet == "wait"]
    assert waits == [month]
