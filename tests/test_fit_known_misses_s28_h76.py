"""Classes held-out 76 (returners, career changers and veterans) showed, in our own wording.

- A service leaver's date out, and a first possible start, are waits: "ETS date is 3 March",
  "the soonest I can join is 2 June"; a time named back ("can't take up a post before then",
  "looking for something from then") waits for it.
- A place seen on a trip, or the place of a move called off, is no place wanted; a place settled
  on ("Hobart it is") is. Australian and Canadian towns are places.
- "Saw enough of it on the streets of X" refuses no place; "no requirements from me" is no commute.
- "A clean break from X" refuses X.
- A stop taken back: "I'd honestly welcome hearing from you", "feel free to get in touch", in
  French too.
- Causes by who they serve (veterans, the homeless), on both sides; "a defence prime" is defence.
- A tool named as background and wanted by a pronoun ("used Tableau for years, keen to stick with
  it").
"""

from __future__ import annotations

from datetime import date

import pytest

from reading import read
from reading.role_industry import role_industries
from reading.role_mission import role_missions

SAID = date(2026, 11, 5)


def _conds(text: str, said: date = SAID):
    return [(c.facet, c.polarity, c.value) for c in read(text, said_at=said)]


def _waits(text: str, said: date = SAID):
    return [v["until"] for f, _, v in _conds(text, said) if f == "wait"]


@pytest.mark.parametrize(
    ("text", "until"),
    [
        ("his ETS date is 3 March 2027, nothing before", "2027-03-01"),
        ("Separation date from the Navy: 2 June 2027.", "2027-06-01"),
        ("my last day in the RAF is 9 April", "2027-04-01"),
        ("Release date from the Army is 20 July - can't start anything before then.", "2027-07-01"),
        ("the soonest I can join would be 2 June", "2027-06-01"),
        ("the earliest she could start anywhere is 12 April", "2027-04-01"),
        ("exams finish in June so she can't commit to a job until then", "2027-06-01"),
        ("the baby's due in March, I'm available from then", "2027-03-01"),
        ("twins start nursery next September, so looking for something from then", "2027-09-01"),
    ],
)
def test_a_date_out_or_a_first_start_is_a_wait(text, until):
    assert _waits(text) == [until]


@pytest.mark.parametrize(
    "text",
    [
        "release date is 14 May",  # a product's, not a service leaver's
        "the start date was 3 March",  # a start gone by
        "she moved in March and loved it from then",
        "ETS date was 4 Sept - out now and free to start.",
    ],
)
def test_no_wait_where_nothing_is_waited_for(text):
    assert _waits(text) == []


def _places(text: str):
    return [(p, v.get("place")) for f, p, v in _conds(text) if f == "location"]


@pytest.mark.parametrize(
    "text",
    [
        "Away in Lucknow for Diwali, back in a fortnight.",
        "visiting her parents in Ohio over thanksgiving",
        "back home in Galway for the wedding, call after",
        "husband's transfer to Perth got cancelled",
        "the move to Leeds fell through",
        "has seen enough of that in Glasgow, wants charity work",
    ],
)
def test_a_trip_a_move_called_off_or_a_place_seen_is_no_place_wanted(text):
    assert _places(text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Transfer confirmed for March - Hobart it is!", "Hobart"),
        ("so Leeds it is", "Leeds"),
        ("we're relocating to Adelaide", "Adelaide"),
        ("moving up to cairns after xmas", "Cairns"),
        ("keen on Canberra roles", "Canberra"),
        ("the posting to Darwin fell through so we're staying in Geelong", "Geelong"),
    ],
)
def test_a_place_settled_on_or_moved_to_is_wanted(text, place):
    assert ("wish", place) in _places(text)
    assert all(p == place for _, p in _places(text))


def test_a_place_it_is_not_is_no_wish():
    assert _places("Leeds it is not") == []


def test_no_requirements_from_me_is_no_commute():
    assert not [f for f, *_ in _conds("no particular requirements from me, thanks")]
    assert ("commute", "wish") in [(f, p) for f, p, _ in _conds("20 min from me is fine")]


@pytest.mark.parametrize(
    ("text", "facet", "value"),
    [
        ("wants a clean break from retail", "industry", {"name": "retail"}),
        ("after 20 years I'd like a complete break from anything military", "industry", None),
        ("she wants a clean break from on-call", "schedule", {"kind": "on_call"}),
    ],
)
def test_a_clean_break_from_something_refuses_it(text, facet, value):
    got = _conds(text)
    assert any(f == facet and p == "avoid" and (value is None or v == value) for f, p, v in got)
    assert not any(f == "topic" for f, *_ in got)


def _opt(text: str, said: date = date(2026, 6, 15)):
    return [(p, v["kind"]) for f, p, v in _conds(text, said) if f == "contact"]


@pytest.mark.parametrize(
    "text",
    [
        "Apologies for the curt reply in March, I'd honestly welcome hearing about roles now.",
        "I had asked not to be contacted, but my situation has changed - feel free to get in touch",
        "She'd asked not to be contacted; things have changed, don't hesitate to email her.",
        "J'ai demandé de ne plus être contacté, mais ma situation a changé : n'hésitez pas à me "
        "contacter.",
    ],
)
def test_a_stop_taken_back(text):
    assert _opt(text) == [("wish", "opt_in")]


@pytest.mark.parametrize(
    "text",
    [
        "I asked not to be contacted and that stands.",
        "Il a demandé de ne plus être contacté.",
        "Please stop contacting me.",
    ],
)
def test_a_stop_not_taken_back(text):
    assert _opt(text) == [("avoid", "opt_out")]


def test_a_stop_recalled_in_french_names_no_wait():
    text = "J'avais demandé de ne plus être contactée en mars, mais ma situation a changé."
    assert _waits(text, date(2026, 6, 15)) == []


@pytest.mark.parametrize(
    ("text", "pol", "name"),
    [
        ("would love to give something back to the forces", "wish", "veterans"),
        ("keen on veterans' welfare work", "wish", "veterans"),
        ("wants to support fellow veterans", "wish", "veterans"),
        ("keen to work somewhere helping homeless people", "wish", "homelessness"),
        ("ideally a rough sleeping charity", "wish", "homelessness"),
        ("no more homelessness work, burned her out", "avoid", "homelessness"),
    ],
)
def test_causes_by_who_they_serve(text, pol, name):
    assert ("mission", pol, {"name": name}) in _conds(text)


@pytest.mark.parametrize(
    "text", ["a veteran of the Navy, now in logistics", "wants to go back to the forces"]
)
def test_a_veteran_or_the_forces_named_is_no_cause(text):
    assert not [f for f, *_ in _conds(text) if f == "mission"]


def test_a_role_serving_veterans_or_the_homeless_names_that_cause():
    assert "veterans" in role_missions(lines=["Fundraise for an armed forces charity."])
    assert "homelessness" in role_missions(lines=["Support rough sleepers across Leeds."])
    assert "veterans" not in role_missions(lines=["Veterans are welcome to apply."])


def test_a_defence_prime_is_in_defence():
    assert "defence" in role_industries(text="Run bid teams for a defence prime.")
    assert "defence" not in role_industries(text="Experience with defence primes a plus.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("used Tableau for years at the council, keen to stick with it", "tableau"),
        ("built everything on Kubernetes, would love to keep working with it", "kubernetes"),
    ],
)
def test_a_tool_wanted_by_a_pronoun(text, name):
    assert ("technology", "wish", {"name": name}) in _conds(text)


def test_a_tool_not_wanted_by_a_pronoun():
    assert not [f for f, *_ in _conds("used Jira at the bank, doesn't want to stay on it")]


@pytest.mark.parametrize(
    "text",
    [
        "day off in Hobart, gig tomorrow - tour runs to 9 May",
        "loves getting out to Cairns and Broome, the travel suits him",
        "would move to Leeds, rents are half the price of London",
        "staying on the Parramatta tower until handover",
        "asked for removal from the Westfield Penrith shortlist only - a conflict of interest",
    ],
)
def test_a_day_off_a_trip_a_comparison_or_a_project_names_no_place_wanted(text):
    assert ("wish", "London") not in _places(text)
    assert all(p != "must" for p, _ in _places(text))
    assert not [p for p, place in _places(text) if place not in ("Leeds",)]


def test_a_place_list_left_is_still_refused():
    assert ("avoid", "Hobart") in _places("take me off the Hobart list, we've moved to Perth")


def test_a_daily_road_refused_is_a_commute_not_the_place():
    got = _conds("Won't do the Hume Highway up to Canberra every day, it's too far.")
    assert not [v for f, p, v in got if f == "location"]


def test_them_wants_every_tool_named():
    got = _conds("Years on Terraform and Kubernetes, happy to stay on them")
    names = {v["name"] for f, p, v in got if f == "technology" and p == "wish"}
    assert {"terraform", "kubernetes"} <= names
