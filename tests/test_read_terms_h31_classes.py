"""Terms of the kinds a first run of held-out 31 missed, in other words: Danish and Norwegian pay
periods ("om måneden", "i måneden", "pr. måned", "om året") and the crown's "kr." before its
period; ways of working in Danish, Norwegian and Swedish notes and roles ("dage på kontoret",
"hjemmefra", "om ugen"); French "100 % TT" (télétravail in notes' shorthand), "télétravail"
alone in a role's title, "présentiel" wanted, and a French description's "sur site, 5 jours
par semaine"; travel and driving in Swedish, Danish and Norwegian ("har inget emot resor",
"rejserne orker jeg ikke lenger", "har inget körkort", "har egen bil").

Twins: "kr." that ends a sentence keeps the amount's year; "TT" with no share is not read; a
role in English is not rewritten. Sentences are our own."""

from datetime import date

import pytest

from reading import read
from reading.role_facts import role_facts
from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 11, 20))
found, first_pay = _AT.found, _AT.first_pay


@pytest.mark.parametrize(
    "text",
    [
        "Hun forventer 52 000 om måneden.",
        "ønsker 61.000 kr. i måneden",
        "vil ikke under 49.500 kr pr. måned",
        "Ask: 47.000 kr. a month before tax",
    ],
)
def test_a_monthly_amount_is_read_a_month(text):
    assert first_pay(text)["period"] == "month"


def test_a_yearly_amount_is_read_a_year():
    pay = first_pay("Han vil have 720.000 kr om året.")
    assert pay["period"] == "year" and "period_unsaid" not in pay


def test_a_crown_ending_a_sentence_is_no_month():
    assert first_pay("Fik 45 000 kr. Month two of the trial starts now.")["period"] == "year"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("højst 1 dag på kontoret om ugen", ("work_mode", "must", "hybrid", 1)),
        ("maks 2 dager på kontoret i uka, ellers nei", ("work_mode", "must", "hybrid", 2)),
        ("ok med 3 dagar på kontoret i veckan", ("work_mode", "wish", "hybrid", 3)),
        ("elle cherche du 100 % TT depuis Nantes", ("work_mode", "wish", "remote", None)),
        ("il veut du présentiel, le télétravail lui pèse", ("work_mode", "wish", "onsite", None)),
    ],
)
def test_a_way_of_working_is_read(text, key):
    facet, polarity, mode, days = key
    modes = [c for c in read(text, said_at=_AT.said_at) if c.facet == facet]
    assert any(
        (c.polarity, c.value["mode"], c.value.get("days")) == (polarity, mode, days) for c in modes
    )


def test_tt_without_a_share_is_not_read():
    assert not any(k[0] == "work_mode" for k in found("rdv TT avec le manager jeudi"))


@pytest.mark.parametrize(
    ("role", "mode", "days"),
    [
        (dict(title="Analyste BI (télétravail)"), "remote", None),
        (
            dict(title="Dev", description="Vous travaillerez sur site, 4 jours par semaine."),
            "hybrid",
            4,
        ),
        (dict(title="Dev", offers=["2 dage på kontoret og 3 hjemmefra om ugen"]), "hybrid", 2),
        (dict(title="Dev", offers=["4 dager på kontoret hver uke"]), "hybrid", 4),
    ],
)
def test_a_role_s_way_of_working_in_french_or_danish_is_read(role, mode, days):
    facts = role_facts(**role)
    assert (facts.work_mode, facts.office_days) == (mode, days)


def test_an_english_role_is_read_as_before():
    facts = role_facts(title="Dev", offers=["Three days a week in our Leeds office"])
    assert (facts.work_mode, facts.office_days) == ("hybrid", 3)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Hon har inget emot resor i tjänsten.", ("travel", "wish")),
        ("jeg har ikke noget imod rejser", ("travel", "wish")),
        ("Jobbet är bra, men resandet orkar jag inte längre.", ("travel", "avoid")),
        ("Hun har ikke kørekort.", ("driving", "avoid", "licence")),
        ("Jag har egen bil och kör gärna.", ("driving", "wish", "car")),
    ],
)
def test_travel_and_driving_in_nordic_words_are_read(text, key):
    assert key in found(text)


def test_a_car_in_the_garage_is_no_car_of_hers():
    assert not any(k[0] == "driving" for k in found("hun har bilen på værksted i dag"))
