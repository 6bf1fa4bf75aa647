"""Classes held-out 60 (Southern European agency and in-house recruiting: Spanish, Catalan,
Italian and Greek notes) showed, fixed in our own wording.

- A Catalan stop ("no em torneu a trucar", "no m'envieu res més", "deixeu d'escriure'm" in its
  hyphenated form, "esborreu totes les meves dades") is an opt-out; a stop about one client ("a
  Mango no m'hi torneu a enviar") is none. A Catalan stop taken back ("he canviat d'idea, ja busco
  feina") lets us write again.
- A Spanish recruiter's record of a stop, in ATS shorthand or the third person ("marcada NO
  CONTACTAR", "solicita no ser llamado nunca más", "que no la volvamos a contactar", "no quiere
  saber nada de nosotros", "que lo demos de baja") is an opt-out; one narrowed to a time or a
  place ("pide no llamar al trabajo", "pide no contactar hasta enero", "dimos de baja del
  boletín") is not.
- A Spanish stop taken back with "pero ahora sí busco" / "vuelvo a buscar" lets us write again;
  "ahora busco piso" (a flat) takes nothing back.
- An Italian formal letter's "revoco qualsiasi consenso" and "diffido dal ricontattarmi" are
  opt-outs.
- Greek waits: after Easter (the Orthodox one), after the Christmas holidays, not before a season
  or a month ("όχι πριν τον Απρίλιο"), with or without accents; a leave already taken in August
  is no wait; "available from now" after a cancelled project calls a Greek wait off.
- An Italian or Catalan wait after a season with its article elided ("fino a dopo l'estate",
  "després de la tardor") is a wait; a season gone by ("dopo l'estate scorsa") is none.
- Catalan "em" (me) before a verb ("no em moc", "em sembla bé") is no engineering manager;
  "EM roles only" still is.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

AT = ReadAt(date(2026, 11, 2))


@pytest.mark.parametrize(
    "note",
    [
        "No em torneu a trucar, gràcies.",
        "no m'envieu res més",
        "Deixeu d'escriure'm, si us plau.",
        "Deixeu de trucar-me.",
        "Esborreu totes les meves dades personals.",
        "cand molt molesta: no vol saber res més de vosaltres",
        "ATS: marcada NO CONTACTAR",
        "la cand solicita no ser llamada nunca más",
        "pidió que no la volvamos a contactar.",
        "al final no quiere saber nada de nosotros",
        "me pide que lo demos de baja.",
        "Revoco qualsiasi consenso al trattamento dei dati personali.",
        "Diffido dal ricontattarmi in futuro.",
    ],
)
def test_a_stop_in_catalan_a_recruiters_spanish_or_a_formal_italian_letter_is_an_opt_out(note):
    assert AT.opted_out(note)


@pytest.mark.parametrize(
    "note",
    [
        "A Mango no m'hi torneu a enviar, la resta sí.",
        "pide no llamar al trabajo, mejor al móvil",
        "cand pide no contactar hasta enero",
        "la dimos de baja del boletín mensual; vacantes sí",
        "marcado no llamar antes de las 10",
    ],
)
def test_a_stop_narrowed_to_a_client_a_time_or_a_list_is_no_opt_out(note):
    assert not AT.opted_out(note)


@pytest.mark.parametrize(
    "note",
    [
        "Ya sé que os dije que no me escribierais, pero vuelvo a buscar trabajo.",
        "Sé que pedí que no me llamarais; pero ahora sí busco, escribidme.",
        "M'ho he repensat, torno a buscar feina.",
    ],
)
def test_a_stop_taken_back_lets_us_write_again(note):
    assert ("contact", "wish", "opt_in", None) in AT.found(note)
    assert not AT.opted_out(note)


def test_looking_for_a_flat_takes_no_stop_back():
    assert ("contact", "wish", "opt_in", None) not in AT.found("Ahora busco piso cerca del metro.")


@pytest.mark.parametrize(
    ("note", "month"),
    [
        ("Μετά το Πάσχα μιλάμε, όχι νωρίτερα.", "2027-05"),
        ("μετα τη λαμπρη βλεπουμε", "2027-05"),
        ("Μετά τα Χριστούγεννα τα λέμε.", "2027-01"),
        ("όχι πριν τον Απρίλιο, έχω παράδοση έργου", "2027-04"),
        ("όχι πριν το καλοκαίρι του 2027", "2027-06"),
    ],
)
def test_a_greek_wait_runs_to_its_holiday_season_or_month(note, month):
    until = AT.wait_until(note)
    assert until is not None and until.startswith(month)


def test_a_greek_leave_already_taken_is_no_wait():
    note = "Στην εταιρεία από το 2021, άδεια πήρα 3-17 Αυγούστου. Διαθέσιμος για συνέντευξη."
    assert AT.wait_until(note) is None


def test_a_greek_wait_called_off_ends_the_earlier_wait():
    earlier = AT.wait_until("όχι πριν την άνοιξη του 2027", said_at=date(2026, 6, 1))
    assert earlier is not None and earlier.startswith("2027")
    later = AT.wait_until("ακυρώθηκε το έργο, είμαι διαθέσιμη αμέσως")
    assert later is not None and later <= AT.said_at.isoformat()


@pytest.mark.parametrize(
    "note",
    ["Fino a dopo l'estate non cambio, ho un progetto.", "Després de la tardor en parlem."],
)
def test_an_italian_or_catalan_wait_after_a_season_is_a_wait(note):
    assert AT.wait_until(note) is not None


@pytest.mark.parametrize(
    "note", ["Dopo l'estate scorsa ho cambiato team.", "Després de l'estiu passat vaig canviar."]
)
def test_a_season_gone_by_is_no_wait(note):
    assert AT.wait_until(note) is None


@pytest.mark.parametrize(
    "note", ["Fins després de la tardor no em moc.", "L'oficina dos dies em sembla bé."]
)
def test_catalan_em_before_a_verb_is_no_engineering_manager(note):
    assert not any(key[0] == "management" for key in AT.found(note))


def test_em_as_a_title_still_reads_as_managing():
    assert ("management", "must", "manage") in {k[:3] for k in AT.found("EM roles only please")}
