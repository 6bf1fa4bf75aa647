"""Classes held-out 58 (Nordic and Baltic recruiting) showed, fixed in our own wording.

- Estonian, Latvian and Lithuanian stops ("ärge võtke minuga ühendust", "nesazinieties ar
  mani", "nebesikreipkite", "kustutage minu andmed") are opt-outs, in the first or third person;
  a stop narrowed by a channel or a time after it ("... WhatsApp", "... enne jaanuari") is not.
- More Swedish, Norwegian and Finnish stops: "hör inte av er mer", "kontakta mig aldrig mer",
  "vil ikke ha flere henvendelser", "älkää ottako yhteyttä minuun"; a Swedish unsubscribe from a
  newsletter ("avregistrera mig från nyhetsbrevet") is one list, not an opt-out.
- Danish "mindst" is a floor like Swedish "minst"; a bare "kr", read as the Swedish krona, is the
  band's krone against a DKK or NOK band; "/md" after a figure ("58.000/md") is a month's pay.
- "X doesn't matter" is indifference: what follows it ("stack doesn't matter, done Go and Java")
  is not refused.
- Waits: a Danish notice ("to måneders opsigelse") runs from the day said; the Nordic summer
  holiday ("semestern", "fellesferien", "sommerferien") after a waiting word is July, not a
  southern summer; "inget före mars" / "ikke før påske" wait; "i fjol" / "i fjor" is gone by.
- Estonian, Latvian and Lithuanian months after a waiting word ("kuni 2027. aasta juunini",
  "iki kovo pabaigos", "līdz aprīlim") and Estonian probation ("katseaeg") are waits; a month
  only reported ("tulin tagasi juunis") is not.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.fit_helpers import goes_against, suits
from tests.reading_helpers import ReadAt

AT = ReadAt(date(2026, 10, 5))


@pytest.mark.parametrize(
    "note",
    [
        "Palun ärge võtke temaga enam ühendust.",
        "Ärge minuga kunagi ühendust võtke!",
        "Kustutage minu andmed, aitäh.",
        "Ta palus: ärge saatke talle enam pakkumisi.",
        "Lūdzu nesazinieties ar viņu vairs.",
        "Nerakstiet man vairs, paldies.",
        "Izdzēsiet manus datus.",
        "Nebesikreipkite į mane.",
        "Jos daugiau nekontaktuoti, ji prašė.",
        "Prašome su juo nebesisiekite.",
        "Hör aldrig av dig igen.",
        "Kontakta honom aldrig igen, tack.",
        "Hon vill inte ha fler förfrågningar från er.",
        "Jeg ønsker ikke noen flere henvendelser... nei, jeg vil ikke ha flere henvendelser.",
        "Älä ota yhteyttä minuun enää.",
    ],
)
def test_nordic_and_baltic_stops_are_opt_outs(note):
    assert AT.opted_out(note)


@pytest.mark.parametrize(
    "note",
    [
        "Ärge võtke ühendust enne jaanuari.",
        "Ärge kirjutage mulle Facebookis, kirjutage meilile.",
        "Nesūtiet man ziņas WhatsApp, labāk e-pastu.",
        "Nesisiekite iki vasario, prašau.",
        "Hör inte av er på telefon, mejla istället.",
        "Hör inte av er förrän efter jul.",
        "Avregistrera mig från nyhetsbrevet, men tipsa gärna om jobb.",
        "Vil ikke ha flere henvendelser om konsulentoppdrag.",
        "Älkää ottako yhteyttä minuun ennen maaliskuuta.",
    ],
)
def test_scoped_or_timed_stops_are_not_opt_outs(note):
    assert not AT.opted_out(note)


DKK_BAND = dict(salary_min=600_000, salary_max=700_000, currency="DKK")


def test_a_danish_monthly_floor_in_kroner_above_a_dkk_band_goes_against_it():
    assert goes_against("Hun vil have mindst 68.000 kr. om måneden.", "pay", **DKK_BAND)


def test_a_danish_monthly_ask_in_kroner_inside_a_dkk_band_suits_it():
    assert suits("Forventer omkring 52.000 kr om måneden.", "pay", **DKK_BAND)


def test_mindst_is_a_floor():
    (pay,) = AT.pays("Mindst 700.000 kr om året")
    assert pay.value["kind"] == "floor"


@pytest.mark.parametrize(
    ("note", "until"),
    [
        ("Har opsagt min stilling, to måneders opsigelse.", "2026-12-01"),
        ("Ring efter sommerferien.", "2027-08-01"),
        ("Inget nytt före semestern, tyvärr.", "2027-07-01"),
        ("Ta kontakt etter fellesferien.", "2027-08-01"),
        ("Inget före april.", "2027-04-01"),
        ("Ikke før påske, vi lanserer.", "2027-03-01"),
        ("Olen katseajal kuni 2027. aasta juunini.", "2027-06-01"),
        ("Katseaeg lõpeb veebruaris, enne seda ei vaheta.", "2027-02-01"),
        ("Iki kovo pabaigos esu užsiėmęs.", "2027-03-01"),
        ("Līdz aprīlim esmu projektā.", "2027-04-01"),
    ],
)
def test_nordic_and_baltic_waits(note, until):
    assert AT.wait_until(note) == until


@pytest.mark.parametrize(
    "note",
    [
        "Tulin tagasi juunis, nüüd vaba.",
        "Travlt op til sommerferien, men nu er der ro på.",
        "Han började efter påsk i fjol.",
        "Var på semester i september, nu redo.",
    ],
)
def test_reported_times_are_no_waits(note):
    assert AT.wait_until(note) is None


def test_slash_md_after_a_figure_is_a_month():
    (pay,) = AT.pays("Bad om 58.000/md. sidst.")
    assert (pay.value["amount"], pay.value["period"]) == (58000, "month")


def test_doesnt_matter_is_not_a_refusal_of_what_follows():
    got = AT.found("Which cloud doesn't really matter to her, she has done AWS and Azure.")
    assert not any(k[0] == "technology" and k[1] == "avoid" for k in got)
    assert goes_against(
        "No Azure, ever.", "technology", description="We build on Azure and Databricks."
    )
