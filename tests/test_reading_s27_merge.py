"""Classes the seventeenth session found while merging its rounds (tests in our own wording):

- Central and Eastern Europe's cities are places ("wants to move to Brno", "would relocate to
  Kutno", "a desk job from Cluj"), written with their accents or without ("Plzeň", "Łódź",
  "Timișoara") or by another name ("Pilsen", "Kiev", "Hannover");
- a journey said in Polish or Czech ("pociągiem z Katowic do Gliwic, 30 min") names its two ends,
  neither a place wanted; and a household's ties after a refusal to leave ("won't leave Poland -
  the kids are in school in Lublin") are why they stay, not a place refused; "no way I'm going
  back to London" refuses London;
- a role whose job is said to involve no travel ("the job involves no travel", "this role
  requires no business trips") has none, so someone who refuses travel suits it; "no travel
  budget" and "no travel in your first month" say nothing of the kind;
- a date with its day in Polish, Czech, Ukrainian, Romanian or Dutch ("do 31 stycznia", "po 7
  stycznia", "після 7 січня", "până pe 31 ianuarie", "na 1 februari") is a wait to that day, and
  Czech, Ukrainian and Russian months are read ("v březnu", "до березня");
- in Polish, what ends named before its month ("do końca sezonu w marcu", "do końca umowy w
  lutym") is a wait to that month;
- a bare Ukrainian or Russian "don't write to me" ("не пишіть мені") that ends the clause is a stop,
  as the English is, and "looking for work again" ("I'm looking for work again", "я знову шукаю
  роботу, пишіть") takes a stop back;
- a cap on how far they drive, by a place ("won't drive long distances, max within Cluj"), is no
  place wanted; "2 days max in London" still wants London.
"""

from datetime import date

import pytest

from reading.role_facts import role_facts
from tests.fit_helpers import judged
from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 11, 10))


def _places(text: str) -> set[tuple]:
    return {k for k in _AT.found(text) if k[0] == "location"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Wants to move to Brno, her partner got a job there.", "brno"),
        ("would relocate to Kutno for the right shift pattern", "kutno"),
        ("Keen on a desk job from Cluj, done with driving.", "cluj-napoca"),
        ("Moving to Plzeň next spring to be near her parents.", "plzen"),
        ("He'd move to Pilsen for a permanent contract.", "plzen"),
        ("Wants to move back to Łódź, that's where his mum is.", "lodz"),
        ("Would go to Timișoara, family there.", "timisoara"),
    ],
)
def test_a_central_or_eastern_european_city_is_a_place(text, place):
    assert ("location", "wish", place) in _places(text)


def test_a_city_by_its_other_name_is_the_same_place():
    assert ("location", "wish", "kyiv") in _places("Would move back to Kiev once it is safe.")
    assert ("location", "wish", "hanover") in _places("Happy to relocate to Hannover.")


@pytest.mark.parametrize(
    "text",
    [
        "Pociągiem z Katowic do Gliwic 25 min - pasuje.",
        "Autobusem z Opola do Wrocławia godzina, da się.",
    ],
)
def test_a_polish_journey_names_its_ends_not_places_wanted(text):
    assert not _places(text)


def test_a_household_tie_after_a_refusal_to_leave_is_no_place_refused():
    found = _places("Won't leave Poland - the kids are in school in Lublin.")
    assert ("location", "must", "poland") in found
    assert ("location", "avoid", "lublin") not in found


def test_no_way_going_back_refuses_the_place():
    found = _places("No way I'm going back to Manchester, my family is in Leeds.")
    assert ("location", "avoid", "manchester") in found
    assert ("location", "wish", "manchester") not in found
    assert ("location", "avoid", "leeds") not in found


@pytest.mark.parametrize(
    "description",
    [
        "Maintain the billing services in Utrecht. The job involves no travel.",
        "Support our Leeds warehouse systems; this role requires no business trips.",
        "Analyst in Porto. The position has zero travel.",
    ],
)
def test_a_role_whose_job_involves_no_travel_has_none(description):
    facts = role_facts(title="Engineer", description=description)
    assert facts.travel_share == 0.0
    assert "met" in judged(
        "Won't do business travel any more.", title="Engineer", description=description
    )


@pytest.mark.parametrize(
    "description",
    [
        "Sales engineer in Utrecht. The team has no travel budget this year.",
        "Field engineer; the job involves no travel in your first month, then site visits.",
        "Consultant. The role involves no travel except the annual client summit.",
    ],
)
def test_a_travel_budget_or_a_first_month_is_not_a_role_with_no_travel(description):
    assert role_facts(title="Engineer", description=description).travel_share != 0.0


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Jestem na budowie w Lipsku do 28 lutego.", "2027-02-28"),
        ("po 6 stycznia możemy rozmawiać", "2027-01-07"),
        ("Після 9 січня можна дзвонити.", "2027-01-10"),
        ("Până pe 15 martie lucrez în Italia.", "2027-03-15"),
        ("Bel me na 3 maart, nu druk.", "2027-03-04"),
    ],
)
def test_a_foreign_date_with_its_day_is_a_wait_to_that_day(text, day):
    assert _AT.wait_day(text) == day


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("Ozvěte se mi v dubnu, teď ne.", "2027-04-01"),
        ("Не раніше квітня, зараз ремонт.", "2027-04-01"),
        ("До березня я в Польщі.", "2027-03-01"),
    ],
)
def test_czech_and_ukrainian_months_are_read(text, month):
    assert _AT.wait_until(text) == month


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("W zimie jestem instruktorem do końca sezonu w marcu.", "2027-03-01"),
        ("Do końca umowy w lutym jestem w Niemczech.", "2027-02-01"),
    ],
)
def test_a_polish_end_of_season_or_contract_in_a_month_is_a_wait(text, month):
    assert _AT.wait_until(text) == month


def test_polish_words_with_no_date_ask_for_no_wait():
    assert _AT.wait_until("Do końca sezonu nie wiem, zobaczymy.") is None
    assert _AT.wait_until("Pracuję po 8 godzin, do 3 zmian w tygodniu.") is None


@pytest.mark.parametrize("text", ["не пишіть мені", "Не звоните мне.", "не турбуйте мене, дякую"])
def test_a_bare_ukrainian_or_russian_do_not_write_is_a_stop(text):
    assert _AT.opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "не пишіть мені після 18:00, я на зміні",
        "не пишіть мені у вайбер, краще телеграм",
    ],
)
def test_a_ukrainian_stop_narrowed_to_a_time_or_a_channel_is_not_an_opt_out(text):
    assert not _AT.opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm looking for work again, write to me",
        "she's looking for a new role now",
        "вибачте, я знову шукаю роботу, пишіть",
        "извините, снова ищу работу, пишите",
    ],
)
def test_looking_for_work_again_takes_a_stop_back(text):
    assert ("contact", "wish", "opt_in", None) in _AT.found(text)


@pytest.mark.parametrize(
    "text", ["I'm not looking for work again", "not looking for work again till May"]
)
def test_not_looking_for_work_again_takes_nothing_back(text):
    assert ("contact", "wish", "opt_in", None) not in _AT.found(text)


@pytest.mark.parametrize(
    "text",
    [
        "doesn't want to drive long distances, max within Leeds",
        "nu vreau sa conduc pe distante lungi, max in Cluj",
    ],
)
def test_a_cap_on_how_far_they_drive_is_no_place_wanted(text):
    assert not {k for k in _places(text) if k[1] == "wish"}


def test_a_cap_on_office_days_by_a_place_still_wants_the_place():
    assert ("location", "wish", "london") in _places("2 days max in London")
