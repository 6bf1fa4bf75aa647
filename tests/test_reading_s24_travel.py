"""Travel and the commute as people say them (s24 travel battery), in our own wording:

- travel and the commute's length in German, Dutch, French, Spanish and Portuguese
  (``reading.foreign_journeys``): nights away, flying refused, trips kept at home, a cap in trips
  or days, travel wanted, the commute in minutes, "een uur", "media hora", "drie kwartier";
- flights as travel ("no business flights", "weekly flights") and nights in hotels as nights
  away ("no hotel nights", "three nights a week in hotels is the ceiling");
- travel named in an "if ..., she's out" is refused;
- a dealbreaker said of another candidate is not the person's;
- a place refused only as a daily journey ("won't trek out to Woking every day") is a commute
  refused with where it goes, not the place refused.
"""

from __future__ import annotations

from datetime import date

from reading import read


def _read(text: str) -> list[tuple[str, str, dict]]:
    return [(c.facet, c.polarity, c.value) for c in read(text, said_at=date(2026, 11, 1))]


def _travel(text: str) -> list[tuple[str, dict]]:
    return [(p, v) for f, p, v in _read(text) if f == "travel"]


def _commute(text: str) -> list[tuple[str, dict]]:
    return [(p, v) for f, p, v in _read(text) if f == "commute"]


def test_german_nights_away_refused():
    assert ("avoid", {"share": None, "scope": "overnight"}) in _travel(
        "Übernachtungen kommen für sie nicht mehr in Frage."
    )


def test_dutch_no_more_sleeping_over_at_clients():
    assert any(
        p == "avoid" and v.get("scope") == "overnight"
        for p, v in _travel("Hij wil niet meer blijven overnachten bij de klant.")
    )


def test_flying_refused_in_german_dutch_and_portuguese():
    for text in (
        "Sie steigt in keinen Flieger mehr.",
        "Hij wil niet meer vliegen.",
        "Não quero viajar de avião.",
    ):
        assert any(p == "avoid" and v.get("scope") == "flying" for p, v in _travel(text)), text


def test_trips_kept_at_home_in_portuguese():
    assert any(
        v.get("scope") == "domestic"
        for _, v in _travel("Viagens só dentro de Portugal, nada no estrangeiro.")
    )


def test_travel_wanted_in_french():
    assert any(p == "wish" for p, _ in _travel("Elle aimerait voyager davantage."))


def test_commute_minutes_in_german_dutch_and_spanish():
    for text, minutes in (
        ("Arbeitsweg höchstens 25 Minuten.", 25),
        ("Reistijd maximaal een uur.", 60),
        ("Woont in Zwolle, wil maximaal drie kwartier reizen.", 45),
        ("Como máximo media hora de trayecto.", 30),
    ):
        assert any(v.get("minutes") == minutes for _, v in _commute(text)), text


def test_business_flights_refused():
    assert ("avoid", {"share": None, "scope": "flying"}) in _travel("no business flights anymore")


def test_hotel_nights_refused_and_capped():
    assert ("avoid", {"share": None, "scope": "overnight"}) in _travel("no hotel nights please")
    assert ("must", {"share": None, "scope": "overnight"}) in _travel(
        "Three nights a week in hotels is his ceiling."
    )


def test_cheap_flights_home_are_no_travel_condition():
    assert _travel("booked cheap flights home for the holidays") == []


def test_travel_in_an_if_clause_that_puts_her_off():
    assert any(p == "avoid" for p, _ in _travel("If the job needs monthly flights, he's out."))
    assert not any(p == "avoid" for p, _ in _travel("if the job needs travel she's fine with it"))


def test_another_candidates_dealbreaker_is_not_theirs():
    assert _travel("hotel stays a dealbreaker for the previous candidate, not for her") == []


def test_a_daily_trip_refused_is_a_commute_not_the_place():
    read_ = _read("won't trek out to Woking every day, a couple of days is fine")
    assert ("commute", "avoid", {"minutes": None, "to": "Woking", "days": 4}) in read_
    assert not any(f == "location" and p == "avoid" for f, p, _ in read_)


def test_a_daily_trip_said_first_then_refused():
    assert any(
        v.get("to") == "Croydon" and p == "avoid"
        for p, v in _commute("Croydon daily is a no for him.")
    )


def test_a_journey_as_it_is_now_in_portuguese_is_no_limit():
    assert _commute("Leva uma hora de deslocação e está tranquila com isso.") == []
