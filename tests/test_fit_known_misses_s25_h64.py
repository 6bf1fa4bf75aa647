"""Known misses of held-out 64 (French-speaking, Benelux and Swiss hiring), by class, in our own
wording.

Classes:
1. French waits by a day of a month ("pas avant le 3 février"), by a year ("rien avant 2029"),
   said after their time ("un déménagement en mars, pas avant"), counted from the day said
   ("rappelez-moi d'ici trois semaines") or asked as a span ("donnez-moi un an").
2. A payment waited for before a move ("attend son treizième mois de décembre", "attend sa prime
   de juin").
3. Free now, lifting a wait said before ("mission annulée, dispo immédiatement", Dutch "ik ben nu
   beschikbaar"); an old message named by its month is no wait ("oubliez mon message d'avril, je
   suis à nouveau disponible"); a stop asked for before taken back ("j'avais demandé à ne plus
   être sollicitée, mais je recherche activement").
4. Opt-outs: Dutch / French "forget me" ("vergeet me aub", "oubliez-moi") - not "vergeet me
   niet" (don't forget me); a bare "no thanks" thanked in another language ("no thanks, danke").
   A call stop scoped to work ("ne m'appelle plus au travail") is no opt-out.
5. A move abroad refused in French ("refuse de s'expatrier"); an hourly rate in French and its
   floor ("140 CHF par heure, ne descendra pas").
6. "No paperwork needed in <place>" is a right to work there, not the place refused.
7. Dutch: a sector wanted or refused ("wil in de logistiek werken", "geen logistiek meer"), a
   four-day week wanted ("wil een vierdagenweek"); "geen idee meer" is no refusal.
"""

from __future__ import annotations

from datetime import date

from tests.reading_helpers import ReadAt

AT = ReadAt(date(2026, 9, 14))


# 1. French waits by day, year, after their time, from the day said, as a span
def test_not_before_a_day_of_a_month_is_a_wait():
    assert AT.wait_day("Rien avant le 3 février, on déménage.") == "2027-02-03"
    assert AT.wait_until("Pas avant le 1er décembre, je finis une mission.") == "2026-12-01"


def test_not_before_a_year_is_a_wait():
    assert AT.wait_until("Il vient d'arriver chez un client, pas avant 2029.") == "2029-01-01"


def test_not_before_said_after_the_month():
    assert AT.wait_until("Un déménagement en mars, pas avant.") == "2027-03-01"


def test_in_a_span_counts_from_the_day_said():
    assert AT.wait_until("Rappelez-moi d'ici trois semaines.") == "2026-10-01"
    assert AT.wait_until("Recontacte-moi dans 2 mois stp") == "2026-11-01"


def test_a_span_asked_for_is_a_wait():
    assert AT.wait_until("Donnez-moi un an, je viens de commencer.") == "2027-09-01"


def test_a_past_arrival_is_no_wait():
    assert AT.wait_until("Arrivée chez Ubiq il y a deux mois, ouverte aux opportunités.") is None


# 2. a payment waited for
def test_a_thirteenth_month_and_a_bonus_are_waited_for():
    assert AT.wait_until("Attend son treizième mois de décembre avant de partir.") == "2026-12-01"
    assert AT.wait_until("Elle attend sa prime de juin.") == "2027-06-01"


# 3. free now; an old message by its month; a stop taken back
def test_free_now_after_a_cancellation_lifts_the_wait():
    assert AT.wait_until("Mission annulée, elle est disponible immédiatement.") == "2026-09-01"
    assert AT.wait_until("Vergeet maart, ik ben nu beschikbaar.") == "2026-09-01"


def test_an_old_message_named_by_its_month_is_no_wait():
    found = AT.found("Oubliez mon message d'avril, je suis à nouveau disponible.")
    assert not any(f[0] == "wait" and f[2] != "2026-09-01" for f in found)


def test_a_stop_taken_back_is_an_opt_in():
    text = "J'avais demandé à ne plus être sollicitée, mais je recherche activement."
    assert not AT.opted_out(text)


# 4. opt-outs, and what is not one
def test_forget_me_is_an_opt_out():
    assert AT.opted_out("Vergeet me aub.")
    assert AT.opted_out("Oubliez-moi, merci.")


def test_do_not_forget_me_is_no_opt_out():
    assert not AT.opted_out("Vergeet me niet als er iets in Utrecht komt!")


def test_a_bare_no_thanks_thanked_in_another_language():
    assert AT.opted_out("no thanks, danke")
    assert AT.opted_out("No thanks. Merci beaucoup")
    assert not AT.opted_out("no thanks, merci, but send me senior roles")


def test_a_call_stop_scoped_to_work_is_no_opt_out():
    assert not AT.opted_out("Ne m'appelle plus au travail, le soir par mail c'est parfait.")


# 5. a move abroad refused; an hourly rate and its floor
def test_a_move_abroad_refused():
    found = AT.found("Refuse de s'expatrier, sa famille est à Lille.")
    assert any(f[0] == "relocation" for f in found)


def test_an_hourly_rate_with_its_floor():
    pay = AT.pays("Freelance à 140 CHF par heure, ne descendra pas.")
    assert pay and pay[0].value["period"] == "hour" and pay[0].polarity == "must"


# 6. the papers said as a whole: no paperwork needed is a right to work, not a place refused
def test_no_paperwork_needed_is_a_right_to_work_not_a_place_refused():
    found = AT.found("Has a Belgian passport, no paperwork needed in Brussels.")
    assert not any(f[0] == "location" and f[1] == "avoid" for f in found)
    assert any(f[0] == "visa" for f in found)


# 7. Dutch: a sector wanted or refused, a four-day week wanted
def test_dutch_sector_wanted_and_refused():
    assert ("industry", "wish", "logistics") in AT.found("Ze wil graag in de logistiek werken.")
    assert ("industry", "avoid", "logistics") in AT.found("Geen logistiek meer voor hem.")
    assert not any(f[0] == "topic" for f in AT.found("Geen idee meer wat hij wil."))


def test_dutch_four_day_week_wanted():
    found = AT.found("Hij wil een vierdaagse werkweek.")
    assert ("schedule", "wish", "four_day_week") in found


def test_an_apology_for_an_old_message_takes_it_back():
    text = "Pardon pour mon message de mai, je suis à nouveau ouvert aux offres."
    assert AT.wait_until(text) is None
    assert ("contact", "wish", "opt_in", None) in AT.found(text)
