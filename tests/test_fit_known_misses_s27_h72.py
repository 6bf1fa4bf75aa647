"""Classes of misreading that held-out 72 (a stranger's set of Dutch and Flemish hiring) showed,
fixed and tested in our own wording.

- Flemish and Dutch stops said as striking off or unsubscribing ("je mag me schrappen", "schrap
  mij maar uit jullie lijst", "wil zich helemaal uitschrijven", "gegevens laten verwijderen", "ik
  wil niets meer ontvangen") were unread; one list left ("uitschrijven voor de nieuwsbrief") is
  still no stop.
- A stop asked by a partner for themselves ("Husband ... asked us not to contact HIM", "zijn
  vrouw belde: ...; hij zelf staat open") was read as the person's own opt-out.
- Dutch waits: lengths in words ("drie maanden opzegtermijn", "proeftijd van zes maanden", "bel
  me over twee maanden"), notice given ("opgezegd"), "t/m eind april, daarna pas", the school
  holidays by name (kerstvakantie, krokusvakantie, herfstvakantie), "daarvoor geen ruimte", the
  thirteenth month, a stop lifted ("wil weer op de hoogte gehouden worden") and a wait called
  off ("per direct beschikbaar").
- Dutch terms of work: travel refused ("geen reizen meer"), a sponsor needed ("erkend referent
  nodig", "zoekt een sponsor"; the search year's end is no wait), ZZP only, no more "loondienst",
  "klaar met freelancen" (done with it, not a wish), a "jaarcontract", a four-day week ("vier
  dagen werken", "wil 32 uur"; not "werkt nu 32 uur"), no start before "half negen" (8:30), a
  commute cap ("max een half uur pendelen"), an hourly rate ("p/u").
- Dutch and Flemish towns (Zwolle, Breda, Tilburg, Den Bosch, Gent...) were no places, so "only
  jobs in Tilburg" was no location; a note opening "Tilburg, 25 min met de bus" is where the
  journey starts, not a place wanted.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.fit_helpers import goes_against
from tests.reading_helpers import ReadAt

said = ReadAt(date(2026, 10, 1))


@pytest.mark.parametrize(
    "note",
    [
        "je mag me schrappen hoor, succes verder",
        "Schrap mij maar uit jullie lijst.",
        "Belde net: hij wil zich helemaal uitschrijven en zijn gegevens laten verwijderen.",
        "mogen mij schrappen uit het bestand aub",
        "ik wil niets meer ontvangen, bedankt",
        "wil geschrapt worden uit jullie systeem",
    ],
)
def test_flemish_and_dutch_strike_off_is_an_opt_out(note):
    assert said.opted_out(note)


@pytest.mark.parametrize(
    "note",
    [
        "wil zich uitschrijven voor de nieuwsbrief, verder graag contact",
        "Liever niet meer via WhatsApp, mail is prima.",
        "geen vacature-alerts meer, persoonlijk contact blijft welkom",
    ],
)
def test_one_list_or_channel_left_is_no_opt_out(note):
    assert not said.opted_out(note)


@pytest.mark.parametrize(
    "note",
    [
        "Quick call. Wife rang and asked us to stop emailing HER, that's her call. He himself is "
        "keen on data roles.",
        "Zijn vrouw belde: ZIJ wil niet meer benaderd worden. Tom zelf staat open voor een "
        "gesprek.",
    ],
)
def test_a_partners_stop_is_not_the_persons(note):
    assert not said.opted_out(note)


@pytest.mark.parametrize(
    "note",
    [
        "Her husband rang: she wants no further contact. She herself said so.",
        "Haar man belde namens haar: wil niet meer benaderd worden.",
    ],
)
def test_the_persons_own_stop_passed_on_still_counts(note):
    assert said.opted_out(note)


@pytest.mark.parametrize(
    "note, until",
    [
        ("Heeft opgezegd, drie maanden opzegtermijn.", "2027-01-01"),
        ("Opgezegd bij de huidige werkgever; opzegtermijn van een maand.", "2026-11-01"),
        ("Nieuwe baan, proeftijd van twee maanden.", "2026-12-01"),
        ("bel me over twee maanden", "2026-12-01"),
        ("Zwangerschapsverlof t/m eind april, daarna pas.", "2027-04-01"),
        ("contacteer me na de kerstvakantie", "2027-01-01"),
        ("na de krokusvakantie mag je terug bellen", "2027-02-01"),
        ("Verhuizing 20 februari, daarvoor geen ruimte.", "2027-02-01"),
    ],
)
def test_dutch_waits(note, until):
    assert said.wait_until(note) == until


def test_autumn_break_is_late_october_not_the_season():
    assert said.wait_until("na de herfstvakantie graag weer bellen", date(2026, 9, 1)) == (
        "2026-11-01"
    )


def test_thirteenth_month_is_waited_for():
    assert said.wait_until("wil eerst zijn 13e maand in december binnen hebben") == "2026-12-01"


def test_wait_called_off_and_stop_lifted():
    assert said.wait_until("opdracht afgeblazen, ik ben per direct beschikbaar") == "2026-10-01"
    assert ("contact", "wish", "opt_in", None) in said.found(
        "Hij wil toch weer op de hoogte gehouden worden."
    )


def test_search_year_end_is_no_wait_and_a_sponsor_is_needed():
    found = said.found("Zoekjaar loopt tot juni, heeft een erkend referent nodig.")
    assert not any(f[0] == "wait" for f in found)
    assert ("visa", "must", "needs_sponsorship") in {f[:3] for f in found}
    assert ("visa", "must", "needs_sponsorship") in {
        f[:3] for f in said.found("zoekt een sponsor voor het kennismigrantenvisum")
    }


@pytest.mark.parametrize("note", ["Geen reizen meer, mantelzorg thuis.", "Wil niet reizen."])
def test_dutch_travel_refused(note):
    assert ("travel", "avoid") in {f[:2] for f in said.found(note)}


def test_dutch_travel_refusal_misses_a_travelling_role():
    assert goes_against("Geen reizen meer.", "travel", offers=["20% travel to customer sites"])


def test_dutch_contract_terms():
    kinds = {f[:3] for f in said.found("Enkel ZZP, geen loondienst meer.")}
    assert ("contract", "must", "freelance") in kinds
    assert ("contract", "avoid", "permanent") in kinds
    assert ("contract", "avoid", "freelance") in {
        f[:3] for f in said.found("Klaar met zzp'en, wil iets vasts.")
    }
    assert ("contract", "wish", "fixed_term") in {
        f[:3] for f in said.found("Een jaarcontract vindt ze prima.")
    }


def test_dutch_four_day_week_wanted_not_worked_now():
    assert ("schedule", "wish", "four_day_week") in {
        f[:3] for f in said.found("Wil vier dagen werken, vrijdag oppasdag.")
    }
    assert ("schedule", "wish", "four_day_week") in {
        f[:3] for f in said.found("zoekt iets voor 32 uur")
    }
    assert not any(f[0] == "schedule" for f in said.found("werkt nu 32 uur, fulltime mag ook"))


def test_dutch_no_start_before_half_past():
    found = {f[:3] for f in said.found("Kan niet voor half negen beginnen door de opvang.")}
    assert ("schedule", "avoid", "early_start") in found


def test_dutch_commute_cap_and_hourly_rate():
    assert ("commute", "must") in {
        f[:2] for f in said.found("wil hoogstens een half uur pendelen, Gent is te ver")
    }
    pay = said.first_pay("minimaal 90 p/u")
    assert pay and pay["period"] == "hour" and pay["amount"] == 90


def test_low_countries_towns_are_places():
    assert ("location", "must", "tilburg") in {
        f[:3] for f in said.found("Only jobs in Tilburg, no commuting.")
    }
    assert ("location", "must", "breda") in {f[:3] for f in said.found("wants Breda only")}
    assert not any(f[0] == "location" for f in said.found("Tilburg, 25 min met de bus."))
