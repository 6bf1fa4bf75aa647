"""A work pass tied to the current employer needs a new one from the next ("on an EP tied to his
employer", "needs a fresh EP"), which a role that does not sponsor goes against; a relative's
pass is not the candidate's. A Brazilian "só PJ" (invoicing as a company) is contract work, which a
CLT (employee) role goes against, while someone who wants CLT is suited by it."""

from datetime import date

import pytest

from matching.fit import judge
from matching.judgements import ConditionFact
from reading import read
from reading.role_facts import role_facts

SAID = date(2026, 10, 1)


def _kinds(note: str, **role) -> dict[str, set[str]]:
    facts = [
        ConditionFact(i, c.facet, c.polarity, c.value, note[c.start : c.end], SAID, "motivation", 1)
        for i, c in enumerate(read(note, said_at=SAID))
    ]
    out: dict[str, set[str]] = {}
    for j in judge(facts, role_facts(**role), today=SAID):
        out.setdefault(j.kind, set()).add(j.facet)
    return out


NO_SPONSOR = dict(
    title="Data Engineer",
    remote_policy="onsite",
    location="Singapore",
    description="Own the pipelines. Open to Singaporeans and PRs only; we do not sponsor "
    "work passes.",
)


@pytest.mark.parametrize(
    "note",
    [
        "On an EP tied to his current employer - any move needs the new company to apply for a "
        "fresh EP.",
        "she'd need a new EP if she moves",
        "EP holder. Work pass is tied to my current employer.",
        "on s-pass, new employer must sponsor a new S Pass",
    ],
)
def test_a_pass_tied_to_the_employer_goes_against_a_role_that_does_not_sponsor(note):
    assert "visa" in _kinds(note, **NO_SPONSOR).get("unmet", set())


@pytest.mark.parametrize(
    "note",
    [
        "Singapore citizen. Her husband is on a dependant pass and is looking for work too.",
        "PR here - my wife needs a new EP though, if you know anyone",
        "his partner would need sponsorship, he doesn't",
    ],
)
def test_a_relatives_pass_is_no_objection(note):
    assert "visa" not in _kinds(note, **NO_SPONSOR).get("unmet", set())


CLT = dict(
    title="Data Engineer",
    remote_policy="hybrid",
    location="São Paulo, Brazil",
    offers=["CLT with VR/VA, health plan and 13º salário", "Hybrid, two days in Vila Olímpia"],
)


def test_a_clt_offer_is_a_permanent_role():
    assert role_facts(**CLT).contract == "permanent"


@pytest.mark.parametrize(
    "note",
    ["Só PJ - wants to invoice, net is much higher for him.", "PJ only", "only works via CNPJ"],
)
def test_pj_only_goes_against_a_clt_role(note):
    assert "contract" in _kinds(note, **CLT).get("unmet", set())


@pytest.mark.parametrize(
    "note", ["After two layoffs wants CLT - 13º, FGTS, the works.", "só CLT, quer estabilidade"]
)
def test_clt_wanted_suits_a_clt_role(note):
    got = _kinds(note, **CLT)
    assert "contract" in got.get("met", set())
    assert "contract" not in got.get("unmet", set())
