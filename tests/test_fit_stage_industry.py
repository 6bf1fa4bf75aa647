"""Company stage and industry against a role: early-stage wanted suits a pre-seed startup and
"only established companies" goes against it (a startup that folded is history, not a wish);
scale-up wanted suits a VC-backed Series B and "no VC money" goes against it; fossil fuels refused
goes against a coal miner; an alcohol company refused goes against a brewery."""

from datetime import date

import pytest

from matching.fit import judge
from matching.judgements import ConditionFact
from reading import read
from reading.role_facts import role_facts

SAID = date(2026, 10, 1)


def _kinds(note: str, **role) -> dict[str, set[str]]:
    role.setdefault("title", "Engineer")
    role.setdefault("remote_policy", "remote")
    facts = [
        ConditionFact(i, c.facet, c.polarity, c.value, note[c.start : c.end], SAID, "motivation", 1)
        for i, c in enumerate(read(note, said_at=SAID))
    ]
    out: dict[str, set[str]] = {}
    for j in judge(facts, role_facts(**role), today=SAID):
        out.setdefault(j.kind, set()).add(j.facet)
    return out


def _unmet(note: str, facet: str, **role) -> bool:
    return facet in _kinds(note, **role).get("unmet", set())


def _met(note: str, facet: str, **role) -> bool:
    got = _kinds(note, **role)
    return facet in got.get("met", set()) and "unmet" not in got


PRE_SEED = dict(
    description="We're a 15-person pre-seed startup building ordering software for restaurants."
)
SERIES_B = dict(description="Series B fintech, 120 people, backed by Kaszek and a16z.")
COAL = dict(description="Own the pipelines for our coal and iron-ore operations' haulage data.")
BREWERY = dict(description="Sell our beers to bars and retailers across the Benelux for a brewery.")


@pytest.mark.parametrize(
    "note",
    [
        "Only established companies - two startups folded under him",
        "she wants an established company this time, no more chaos",
        "Only established businesses pls, my last startup went bust",
    ],
)
def test_established_companies_only_goes_against_a_pre_seed_startup(note):
    assert _unmet(note, "company", **PRE_SEED)


def test_a_startup_that_folded_is_history_not_a_wish():
    found = read("Only established companies - two startups folded under him", said_at=SAID)
    assert not any(c.facet == "company" and c.value["kind"] == "startup" for c in found)


@pytest.mark.parametrize(
    "note",
    ["Wants early-stage chaos - first-ten-engineers kind of thing", "keen on startups"],
)
def test_early_stage_wanted_suits_a_pre_seed_startup(note):
    assert _met(note, "company", **PRE_SEED)


@pytest.mark.parametrize(
    "note",
    [
        "Bootstrapped or profitable only - no VC money, watched one burn through it",
        "no VC-funded companies for me",
        "he won't join anything venture-backed again",
    ],
)
def test_no_vc_money_goes_against_a_vc_backed_series_b(note):
    assert _unmet(note, "company", **SERIES_B)


def test_no_vc_money_is_unanswered_by_a_role_that_does_not_say_how_it_is_funded():
    assert not _unmet("no VC money", "company", description="A 40-person software company.")


@pytest.mark.parametrize(
    "note", ["Scale-up stage is the sweet spot - 50 to 300 people", "scaleups are her sweet spot"]
)
def test_scale_up_wanted_suits_a_series_b(note):
    assert _met(note, "company", **SERIES_B)


@pytest.mark.parametrize(
    "note",
    [
        "Won't work for fossil fuels, especially coal",
        "no coal companies, ethical thing",
        "I refuse to work in coal mining.",
    ],
)
def test_fossil_fuels_refused_goes_against_a_coal_miner(note):
    assert _unmet(note, "industry", **COAL)


def test_mining_tech_wanted_suits_a_miner():
    assert _met("Grew up in the Pilbara - mining tech is her thing", "industry", **COAL)


def test_data_mining_is_not_the_mining_industry():
    assert not any(c.facet == "industry" for c in read("loves data mining", said_at=SAID))


@pytest.mark.parametrize(
    "note",
    [
        "Doesn't drink - won't work for an alcohol company",
        "no alcohol brands pls",
        "She won't work for a brewery, religious reasons.",
    ],
)
def test_alcohol_refused_goes_against_a_brewery(note):
    assert _unmet(note, "industry", **BREWERY)


def test_craft_beer_loved_suits_a_brewery():
    assert _met("Loves the craft beer scene, would be a dream to sell it", "industry", **BREWERY)


def test_a_brewery_is_not_a_retailer_for_selling_to_retailers():
    assert "retail" not in role_facts(title="Account Executive", **BREWERY).industries
