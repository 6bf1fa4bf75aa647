"""A role's industry read from the contract its work is for, of the kind a first run of held-out 22
missed, in other words: "stores parts for a Ministry of Defence support contract", "crewing on a
defence programme" put the role in defence, so "no defence work" goes against it and "keen on
defence" is met. Twins: experience on such a contract asked of the person ("exposure to a defence
contract a plus"), and a contract for an ordinary client, name no industry.
Sentences are our own."""

import pytest

from reading.role_industry import role_industries
from tests.fit_helpers import judged


@pytest.mark.parametrize(
    "text",
    [
        "You will store and issue parts for a Ministry of Defence support contract.",
        "Crew scheduling on a defence programme out of Williamtown.",
    ],
)
def test_the_work_for_a_defence_contract_is_in_defence(text):
    assert "defence" in role_industries(title="Planner", text=text.lower())


@pytest.mark.parametrize(
    "text",
    [
        "Exposure to a defence contract a plus.",
        "Background on a defence programme would help.",
        "Store and issue parts for a supermarket contract.",
    ],
)
def test_experience_asked_or_an_ordinary_client_names_no_defence(text):
    assert "defence" not in role_industries(title="Planner", text=text.lower())


def test_a_refusal_of_defence_goes_against_such_a_role():
    role = dict(
        title="Stores Planner",
        description="You will store and issue parts for a Ministry of Defence support contract.",
    )
    assert "industry" in judged("Not doing defence work, ever - pacifist.", **role).get(
        "unmet", set()
    )
    assert "industry" in judged("Ex-navy, keen on defence work.", **role).get("met", set())
