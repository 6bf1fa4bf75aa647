"""Classes held-out 55 (construction and skilled trades in the US and Canada) showed, fixed in our
own wording.

- A bare "no thanks" with a friendly tag or "I'm good" after it ("no thanks pal", "no thanks,
  all set") is an opt-out; "no thanks, I'm good for now" and "no thanks to that one" are not.
- Spanish "ya no me escriban / llamen" (no longer write or call me), "no quiero nada con
  ustedes", "ya no quiero saber de trabajos" are stops; one offering another way in ("..., mejor
  por WhatsApp") or narrowed ("... al trabajo") is not.
- Québécois "lâchez-moi pour de bon", "rappelez pus jamais" are stops; "lâche-moi un peu" (a
  break), "m'appelez pus avant mars" (a wait) and "..., écrivez-moi" (a channel) are not.
- A notice given by its length alone ("put in his two weeks", "gave my 60 days") waits that
  long; "gave it two weeks", "my two weeks of vacation" and one given last year do not.
- A fixed-length stint under way with a call asked for when it ends ("on a 4-week shutdown,
  ring me once it's done") waits that long; a stint with no such ask does not.
- French "pas avant <month or feast>" (and Québécois "pus avant") waits; a refusal of a time
  ("not before March, ...") passes no refusal on to what follows it.
- The Super Bowl and the Calgary Stampede are dated events a wait can name.
- "Call me right away" (French "appelle-moi tout de suite"), said as a change ("turns out",
  "finalement"), lifts an earlier wait.
- Spanish "ya puedo viajar" takes travel on; "ya no viajo" refuses it ("no viajo a <place>" is
  one place).
- An "open shop" / "merit shop" is non-union and "union only" a union must, in a note and in a
  role; a role's "travelling crew" is on the road.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.fit_helpers import goes_against, suits
from tests.reading_helpers import ReadAt

AT = ReadAt(date(2026, 11, 2))


@pytest.mark.parametrize(
    "note",
    ["no thanks pal", "No thanks dude!", "no thanks, all set", "Nope. No thanks, we're good."],
)
def test_a_bare_no_thanks_with_a_tag_opts_out(note):
    assert AT.opted_out(note)


@pytest.mark.parametrize(
    "note",
    [
        "no thanks, I'm good for now",
        "no thanks to that one, Regina is too far",
        "no thanks man, not that shift",
    ],
)
def test_a_no_thanks_to_one_role_or_for_now_is_not_an_opt_out(note):
    assert not AT.opted_out(note)


@pytest.mark.parametrize(
    "note",
    [
        "Ya no me llamen por favor.",
        "ya no me busquen",
        "No queremos nada con su agencia.",
        "ya no quiero saber nada de vacantes",
        "Lâche-moi tranquille avec tes jobs.",
        "Lâchez-moi une fois pour toutes.",
        "Appelle-moi plus jamais.",
        "vous m'appelez pus",
    ],
)
def test_spanish_and_quebecois_stops(note):
    assert AT.opted_out(note)


@pytest.mark.parametrize(
    "note",
    [
        "ya no me llamen, mejor mándenme un WhatsApp",
        "ya no me llamen al trabajo",
        "ya no quiero saber de vacantes en Monterrey",
        "lâche-moi un peu, je suis en vacances",
        "m'appelez pus avant le printemps",
        "m'appelez pus, textez-moi",
    ],
)
def test_scoped_or_paused_foreign_asks_are_not_stops(note):
    assert not AT.opted_out(note)


def test_a_notice_given_by_its_length_waits():
    assert AT.wait_until("She put in her six weeks at the refinery.") == "2026-12-01"
    assert AT.wait_until("gave his 60 days at PCL, can't start before he's out") == "2027-01-01"


@pytest.mark.parametrize(
    "note",
    [
        "gave it two weeks at the new shop, hated it",
        "put in my two weeks of vacation for Christmas",
        "gave my two weeks last year, been at Bird since",
    ],
)
def test_lengths_that_are_no_notice_do_not_wait(note):
    assert AT.wait_until(note) is None


def test_a_stint_under_way_with_a_call_asked_for_at_its_end_waits():
    assert (
        AT.wait_until("on a 10-week shutdown at Syncrude, ring me once it's done") == "2027-01-01"
    )
    assert (
        AT.wait_until("three months on the line job, text him when it's finished") == "2027-02-01"
    )


def test_a_stint_with_no_ask_to_come_back_is_no_wait():
    assert AT.wait_until("did a 10-week shutdown at Syncrude last spring, call me anytime") is None


@pytest.mark.parametrize(
    ("note", "month"),
    [
        ("Pas avant juin.", "2027-06-01"),
        ("je bouge pas avant Pâques", "2027-03-01"),
        ("pus avant les Fêtes", "2026-12-01"),
        ("Not till after the Super Bowl, playoffs are on.", "2027-02-01"),
        ("busy with the Calgary Stampede until it's over", "2027-07-01"),
    ],
)
def test_french_not_before_and_north_american_events_wait(note, month):
    assert AT.wait_until(note) == month


def test_a_refused_time_does_not_refuse_what_follows():
    found = AT.found("Pas avant juin, j'ai un contrat avec Hydro jusque-là.")
    assert not any(f[1] == "avoid" for f in found)
    assert not any(f[1] == "avoid" for f in AT.found("Not until June, contract at Suncor."))


def test_call_me_right_away_said_as_a_change_lifts_the_wait():
    assert AT.wait_until("Turns out the shutdown ended early, call me right away.") == "2026-11-01"
    assert (
        AT.wait_until("Finalement c'est fini plus tôt, appelez-moi tout de suite.") == "2026-11-01"
    )


@pytest.mark.parametrize(
    ("note", "polarity"),
    [
        ("ya puedo viajar, los niños crecieron", "wish"),
        ("puede viajar sin problema", "wish"),
        ("ya no viajo, me quedo en Laredo", "avoid"),
    ],
)
def test_spanish_travel(note, polarity):
    assert any(f[0] == "travel" and f[1] == polarity for f in AT.found(note))


def test_spanish_travel_to_one_place_is_not_all_travel():
    assert not any(f[0] == "travel" for f in AT.found("no viajo a Monterrey"))


def test_open_shop_is_non_union_and_union_only_is_a_must():
    assert ("company", "wish", "non_union") in {f[:3] for f in AT.found("merit shop is fine by me")}
    assert ("company", "must", "union") in {f[:3] for f in AT.found("union only, he's IBEW")}


def test_an_open_shop_role_goes_against_a_union_only_note_and_suits_a_non_union_one():
    role = dict(title="Journeyman Electrician", offers=["Merit shop, benefits day one"])
    assert goes_against("IBEW member, union only", "company", **role)
    assert suits("open shop is fine by me", "company", **role)


def test_a_travelling_crew_role_goes_against_a_no_travel_note():
    role = dict(title="Pipe Welder", offers=["Travelling pipeline crew, per diem paid"])
    assert goes_against("ya no viajo, me quedo en Laredo", "travel", **role)
