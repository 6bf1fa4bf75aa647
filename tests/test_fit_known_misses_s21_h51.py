"""Classes held-out 51 (Latin American and Brazilian recruiters' notes, in Spanish, Portuguese
and English) showed, fixed in our own wording.

- Data-protection requests said as a noun ("pido la eliminación de mis datos", "solicito a
  remoção dos meus dados pessoais"), a lawyer's "que cese todo contacto", Portuguese "não entrem
  mais em contato" and "sem mais contato": an opt-out.
- A refusal of contact made absolute ("no desea ser contactada en ningún caso"), a recruiter's
  note of it in the first person plural ("pidió que no la llamemos más"), a bare "BAJA" text, "no
  más mensajes", "me esquece", "apaga meu contato": an opt-out. A stop narrowed to a kind of role
  ("no quiere más ofertas de call center", "no quiere que la llamemos más para BPO") is none.
- A stop taken back in Spanish or Portuguese: "ya estoy buscando", "agora tô procurando",
  after a recalled "sé que les pedí que me borraran".
- Travel in Spanish and Portuguese: nights away refused ("sin pernoctar", "não dorme fora"),
  travel wanted ("quiere viajar más", "dispuesto a viajar"), none at all ("cero viajes", "nada de
  viajes, ni uno"), a few trips a year taken in stride ("dos viajes al año no le molestan");
  driving ("no maneja", "no tiene licencia", "tiene carro propio").
- A place refused "outside" of is where they keep to: "won't work outside Leeds" is Leeds, not
  Leeds refused; "no overnights away from Quito" keeps the nights at home.
- A role's "travel to A, B and C about 40% of the time" is a 40% share.
- Rosters left in Spanish and Portuguese ("quiere dejar las guardias", "quer sair do plantão") are
  refused, not wanted; "não aceita mais ..." is no more of it; "fins de semana livres" are weekends
  kept free.
- Spanish waits: "no antes de 2028" (a year, which the month cues did not take), and when we are
  to reach out again: "retomar en marzo", "llamarla en abril", "volver a contactarlo a
  principios de marzo" ("llamarlo en el celular" names a channel, no time).
"""

from __future__ import annotations

from datetime import date

import pytest

from reading.role_facts import role_facts
from tests.fit_helpers import goes_against, suits
from tests.reading_helpers import ReadAt

AT = ReadAt(date(2026, 10, 5))


def _opted_in(note: str) -> bool:
    return ("contact", "wish", "opt_in", None) in AT.found(note)


# --- Spanish and Portuguese stops ------------------------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "Conforme a la ley de protección de datos pido la eliminación de mis datos personales.",
        "Solicito a remoção dos meus dados pessoais de vocês.",
        "Por medio de la presente exigimos que cese todo contacto con nuestra clienta.",
        "Peço que não entrem mais em contato comigo.",
        "Obrigada, mas sem mais contato.",
        "La candidata no desea ser contactada en ningún caso.",
        "cand pidió que no la llamemos más x ningún medio",
        "BAJA",
        "Gracias. No más mensajes.",
        "me esquece por favor",
        "apaga meu contato, valeu",
    ],
)
def test_a_spanish_or_portuguese_stop_is_an_opt_out(note):
    assert AT.opted_out(note)


@pytest.mark.parametrize(
    "note",
    [
        "no quiere más ofertas de call center, solo producto",
        "no quiere que la llamemos más para vacantes de BPO",
        "troquei de número, apaga o antigo",
        "não me esquece quando abrir vaga!",
        "Está de baja hasta marzo.",
        "la eliminación de los datos de los clientes era su tarea",
    ],
)
def test_a_narrowed_stop_or_no_stop_at_all_is_no_opt_out(note):
    assert not AT.opted_out(note)


@pytest.mark.parametrize(
    "note",
    [
        "Sé que en marzo les pedí que me borraran, pero ya estoy buscando.",
        "perdón por lo de antes, ahora sí estoy buscando",
        "agora tô procurando, pode mandar",
    ],
)
def test_looking_again_takes_a_stop_back(note):
    assert _opted_in(note)


# --- travel and driving ----------------------------------------------------------------------

_OVERNIGHT_ROLE = {"description": "Client visits in Panama and Bogotá, usually two nights away."}
_QUARTERLY_ROLE = {"description": "One trip a quarter to the Houston office."}


@pytest.mark.parametrize(
    "note", ["sin pernoctar fuera de Quito", "no duerme fuera de casa", "não dorme fora de casa"]
)
def test_nights_away_refused_in_spanish_or_portuguese(note):
    assert goes_against(note, "travel", **_OVERNIGHT_ROLE)


@pytest.mark.parametrize(
    "note", ["quiere viajar más", "dispuesto a viajar", "viaja sin problema", "topa viajar"]
)
def test_travel_wanted_in_spanish_or_portuguese(note):
    assert suits(note, "travel", description="About 30% travel to clients in Panama.")


@pytest.mark.parametrize(
    "note", ["cero viajes por ahora", "nada de viajes, ni uno al año", "zero viagem"]
)
def test_no_travel_at_all_goes_against_even_a_trip_a_quarter(note):
    assert goes_against(note, "travel", **_QUARTERLY_ROLE)


def test_a_few_trips_a_year_taken_in_stride():
    twice_a_year = {"description": "Two trips a year to the Panama head office."}
    assert suits("dos viajes al año no le molestan", "travel", **twice_a_year)
    # "no me molesta" about anything else is the older reading: fine with weekends
    assert ("schedule", "wish", "weekends") in {
        k[:3] for k in AT.found("No me molesta trabajar fines de semana.")
    }


def test_driving_in_spanish():
    role = {"description": "Visits to our plants by car every week; driving licence required."}
    assert goes_against("no maneja, no tiene licencia", "driving", **role)
    assert ("driving", "wish", "car") in {
        k[:3] for k in AT.found("maneja a diario, tiene carro propio")
    }
    assert ("driving", "avoid", "car") in {k[:3] for k in AT.found("no tengo carro propio")}


# --- a place refused "outside" of ------------------------------------------------------------


def test_a_place_refused_outside_of_is_the_place_kept_to():
    assert ("location", "must", "leeds") in {k[:3] for k in AT.found("won't work outside Leeds")}
    found = AT.found("no overnights away from Quito")
    assert not any(k[0] == "location" for k in found)
    assert any(k[:2] == ("travel", "avoid") for k in found)
    # leaving a place is still leaving it
    assert not any(
        k[:2] == ("location", "must") for k in AT.found("wants out of Denver, Boulder ideally")
    )


def test_a_roles_share_said_after_the_places():
    facts = role_facts(
        title="Regional lead",
        description="Travel to Lima, Quito and La Paz about 40% of the time.",
    )
    assert facts.travel_share == 0.4


# --- rosters left --------------------------------------------------------------------------

_ON_CALL_ROLE = {"description": "Weekly on-call rotation, paid separately."}


@pytest.mark.parametrize(
    "note", ["quiere dejar las guardias", "quer sair do plantão", "não aceita mais sobreaviso"]
)
def test_a_roster_left_is_refused(note):
    assert goes_against(note, "schedule", **_ON_CALL_ROLE)


def test_a_city_left_is_not_a_roster():
    found = AT.found("Quero sair de BH, penso em Curitiba.")
    assert not any(k[0] == "schedule" for k in found)


def test_weekends_kept_free_in_portuguese():
    assert ("schedule", "avoid", "weekends") in {
        k[:3] for k in AT.found("quer fins de semana livres")
    }


# --- Spanish waits: a year, and when to reach out again -----------------------------------


def test_not_before_a_year_in_spanish_or_portuguese():
    assert AT.wait_until("contrato firmado por tres años, no antes de 2029") == "2029-01-01"
    assert AT.wait_until("não antes de 2028, acabou de assumir") == "2028-01-01"


@pytest.mark.parametrize(
    "note, until",
    [
        ("Se fue de vacaciones largas; retomar en febrero.", "2027-02-01"),
        ("Cierra el año fiscal; llamarla en abril.", "2027-04-01"),
        ("Cambio de casa en curso, volver a contactarlo a principios de marzo.", "2027-03-01"),
    ],
)
def test_when_to_reach_out_again_in_spanish_is_a_wait(note, until):
    assert AT.wait_until(note) == until


def test_reaching_out_by_a_channel_is_no_wait():
    assert AT.wait_until("trabajó en marzo en Lima; llamarlo en el celular") is None
