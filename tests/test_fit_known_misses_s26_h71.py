"""Known misses of held-out 71 (Canadian recruiting, English and Québec French), by class, in our
own words:

- A Québec recruiter's do-not-contact note drops the "ne": "plus jamais la contacter", "jamais
  plus le relancer" is a stop of everything; narrowed ("pour des mandats contractuels") it is not.
- A refused travel share is met only by clearly less travel: someone who turned down 60% is not
  suited by 50%, but is by a fifth of the time.
- French "j'ai" / "n'ai" is "I have", never AI.
- A terse role line that opens on what the company is ("Defence contractor for the navy",
  "Munitions maker, 400 staff") names its industry; experience asked for, or clients served,
  does not.
"""

from __future__ import annotations

from datetime import date

import pytest

from reading.role_facts import role_facts
from tests.fit_helpers import goes_against, suits
from tests.reading_helpers import ReadAt

AT = ReadAt(date(2026, 10, 5))


# --- Québec do-not-contact notes without "ne" ----------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "Appel tendu. Plus jamais la contacter, elle a été claire.",
        "jamais plus le relancer svp",
        "plus jamais les solliciter - demande de retrait",
    ],
)
def test_a_quebec_dnc_note_without_ne_is_an_opt_out(note):
    assert AT.opted_out(note)


def test_a_narrowed_quebec_stop_is_no_opt_out():
    assert not AT.opted_out("plus jamais la contacter pour du temps partiel, le reste ça va")


# --- a refused share of travel -------------------------------------------------------------


@pytest.mark.parametrize(
    "note", ["Turned us down, 70% on the road was too much", "can't do 60% travel again"]
)
def test_a_refused_share_still_stands_a_little_below_it(note):
    assert goes_against(note, "travel", title="Field Engineer", offers=["Roughly 55% travel"])
    assert suits(note, "travel", title="Field Engineer", offers=["About 20% travel"])


# --- French "j'ai" -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "note", ["j'ai changé d'avis, 140 minimum", "Je n'ai rien contre le bureau", "j’ai hâte"]
)
def test_french_j_ai_is_no_ai(note):
    assert not any(f[0] == "technology" and "ai" in f for f in AT.found(note))


def test_ai_itself_is_still_read():
    assert ("technology", "wish", "ai") in AT.found("keen on AI work")


# --- a role's terse line on what the company is --------------------------------------------


@pytest.mark.parametrize(
    "line, industry",
    [
        ("Defence contractor for the navy's ship programs", "defence"),
        ("Tobacco manufacturer, 2,000 staff", "tobacco"),
    ],
)
def test_a_line_opening_on_the_company_names_its_industry(line, industry):
    assert industry in role_facts(title="Engineer", offers=[line]).industries


@pytest.mark.parametrize(
    "line",
    ["Defence contractor experience an asset", "Gambling company clients across Ontario"],
)
def test_experience_or_clients_name_no_industry(line):
    assert not role_facts(title="Engineer", offers=[line]).industries


def test_a_defence_refusal_goes_against_a_defence_contractor():
    note = "Won't touch weapons or defence work"
    assert goes_against(note, "industry", offers=["Defence contractor for the navy"])
