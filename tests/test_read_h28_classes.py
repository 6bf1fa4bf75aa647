"""Readings the held-out 28 stranger's notes showed wrong, in our own words:

- pay: a range whose top repeats its sign ("₱25,000–₱29,000", "R15,000–R19,000") keeps its top;
  a bare "N mil" with no currency is thousands ("con 22 mil me quedo"), "$1.2 mil" still a
  million; "no bajo de" / "não desço dos" before a figure is a floor; a month's pay "x 14" /
  "times fourteen" is fourteen months a year; twins: "x 2 roles" and a yearly ask are left alone;
- contract kinds abroad: Portugal's "sem termo" (permanent), "a termo" / "a prazo" (fixed term),
  Romania's "contract de muncă" / CIM (permanent) and PFA (a contractor) with its "nu"; the
  Philippines' "regular" seat and "contractual" / "project-based" terms; twins: "regular hours",
  "contractual notice", "pagamento a prazo" read no contract;
- fine with it said after the term ("the weekends she never minded") is no refusal, whatever cue
  came before; twin: "nights he minds" still refuses;
- a cap of a few hours a day ("can only manage three hours a day") is part time; twins: "works 9
  hours a day", "happy to do 10 hours a day";
- "won't sign (another) X" refuses X ("won't sign another retention bond"); twin: "would sign a
  bond if ..." is no refusal;
- a bare "no X" followed by where or what it was for ("no shuttle from the depot") is what was
  lacking, not a refusal; twin: "no helicopter transfers for a while" still refuses;
- hours kept during a holiday ("shorter shifts in Ramadan") are no wait for it; twin: "happy
  to talk after Ramadan" still waits.
"""

from datetime import date

import pytest

from reading.role_facts import role_facts
from tests.reading_helpers import ReadAt

at = ReadAt(date(2026, 10, 1))


def _kinds(note: str, facet: str) -> set[tuple]:
    return {k[:3] for k in at.found(note) if k[0] == facet}


# --- pay ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "offer, low, high, currency",
    [
        ("₱25,000–₱29,000 monthly basic", 25000, 29000, "PHP"),
        ("R15,000–R19,000 per month", 15000, 19000, "ZAR"),
        ("R$ 3.500–R$ 4.200 por mês", 3500, 4200, "BRL"),
    ],
)
def test_a_range_whose_top_repeats_its_sign_keeps_its_top(offer, low, high, currency):
    role = role_facts(title="Agent", offers=[offer])
    assert (role.pay_min, role.pay_max, role.currency, role.pay_period) == (
        low,
        high,
        currency,
        "month",
    )


def test_a_bare_mil_is_thousands():
    assert at.first_pay("con 22 mil me quedo tranquilo")["amount"] == 22000


def test_a_mil_with_a_dollar_sign_is_still_a_million():
    assert at.first_pay("$1.2 mil base is the ask")["amount"] == 1_200_000


@pytest.mark.parametrize(
    "note",
    ["no bajo de 30 mil al mes", "não desço dos 1.700 € por mês"],
)
def test_not_going_below_a_figure_is_a_floor(note):
    assert at.first_pay(note)["kind"] == "floor"


@pytest.mark.parametrize(
    "note, yearly",
    [
        ("€1,300 gross x14 works for me", 18200),
        ("1.600 € brutos x 14 serve", 22400),
        ("fine with €1,250 times fourteen", 17500),
    ],
)
def test_a_months_pay_times_fourteen_is_a_year(note, yearly):
    pay = at.first_pay(note)
    assert (pay["amount"], pay["period"]) == (yearly, "year")


@pytest.mark.parametrize("note", ["wants 45k x 2 offers compared", "€40k a year is the ask"])
def test_no_payment_count_leaves_the_amount_alone(note):
    assert at.first_pay(note)["amount"] in (45000, 40000)


# --- contract kinds -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "note, expected",
    [
        ("Só quer contrato sem termo agora", ("contract", "must", "permanent")),
        ("Não quer mais contratos a prazo", ("contract", "avoid", "fixed_term")),
        ("Vreau contract de muncă, nu lucrez pe PFA", ("contract", "avoid", "contract")),
        ("nu vreau contract pe perioadă determinată", ("contract", "avoid", "fixed_term")),
        ("no more contractual jobs for him, regular only", ("contract", "avoid", "fixed_term")),
        ("no more contractual jobs for him, regular only", ("contract", "must", "permanent")),
        ("regular na lang po sana", ("contract", "must", "permanent")),
        ("wants regularization this time", ("contract", "wish", "permanent")),
        ("no project-based roles please", ("contract", "avoid", "fixed_term")),
    ],
)
def test_contract_kinds_abroad_are_read(note, expected):
    assert expected in _kinds(note, "contract")


@pytest.mark.parametrize(
    "note",
    [
        "regular hours only",
        "his contractual notice is four weeks",
        "o pagamento a prazo foi aprovado",
        "levou o projeto a termo",
    ],
)
def test_their_twins_read_no_contract(note):
    assert not _kinds(note, "contract")


@pytest.mark.parametrize(
    "offer, kind",
    [
        ("Contrato a termo certo de 12 meses", "fixed_term"),
        ("Contract de muncă pe perioadă nedeterminată", "permanent"),
        ("Contract via PFA, 40 de ore pe săptămână", "contract"),
    ],
)
def test_a_roles_contract_abroad_is_read(offer, kind):
    assert role_facts(title="Agent", offers=[offer]).contract == kind


# --- fine with it, said after ----------------------------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "Quit over the commute - the weekends she never minded",
        "It was the manager that made her leave - the on-call she didn't mind",
    ],
)
def test_fine_with_it_said_after_is_no_refusal(note):
    assert not {k for k in _kinds(note, "schedule") if k[1] == "avoid"}


def test_minding_it_said_after_still_refuses():
    assert ("schedule", "avoid", "nights") in _kinds("no weekends - nights he minds", "schedule")


# --- hours a day -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "can only manage three hours a day while studying",
        "max 5 hrs per day",
        "2-3 hours a day only",
    ],
)
def test_a_cap_of_a_few_hours_a_day_is_part_time(note):
    assert ("schedule", "must", "part_time") in _kinds(note, "schedule")


@pytest.mark.parametrize("note", ["works 9 hours a day now", "happy to do 10 hours a day"])
def test_a_full_day_is_not_part_time(note):
    assert not _kinds(note, "schedule")


# --- topics: signing, and what was lacking ------------------------------------------------


def _topics(note: str) -> set[tuple]:
    return {k[:2] for k in at.found(note) if k[0] == "topic"}


@pytest.mark.parametrize(
    "note", ["won't sign another retention bond", "she will not sign any non-compete"]
)
def test_refusing_to_sign_something_is_a_refusal(note):
    assert ("topic", "avoid") in _topics(note)


def test_signing_on_a_condition_is_no_refusal():
    assert not _topics("would sign a bond if the course is accredited")


@pytest.mark.parametrize(
    "note",
    ["Dropped out - no shuttle from the depot after the late shift", "no lockers at the site"],
)
def test_no_x_at_a_place_is_what_was_lacking(note):
    assert not _topics(note)


def test_no_x_for_a_while_still_refuses():
    assert ("topic", "avoid") in _topics("no helicopter transfers for a while")


# --- hours kept during a holiday are no wait -----------------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "Considering offers from places with shorter timings in Ramadan",
        "open to roles with reduced rotas in Ramadan",
        "will consider firms that cut the schedule in Ramadan",
    ],
)
def test_hours_kept_during_a_holiday_are_no_wait(note):
    assert at.wait_until(note) is None


@pytest.mark.parametrize("note", ["happy to talk after Ramadan", "free to chat in Ramadan"])
def test_a_holiday_on_its_own_is_still_a_wait(note):
    assert at.wait_until(note) is not None
