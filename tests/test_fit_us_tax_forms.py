"""US contractors name the employment form, and so do roles: "C2C only via his LLC", "1099 or
C2C only, no W2" go against a role that is "W2 only - no C2C or 1099" (said in its title,
description or offers), and "W2 is fine" suits it; a role that names no form leaves a W-2 wish
unanswered and still meets a plain contract wish."""

import pytest

from reading.role_facts import role_facts
from tests.fit_helpers import SAID, goes_against, judged, suits
from tests.reading_helpers import ReadAt

at = ReadAt(SAID)

W2_ONLY = dict(
    title="Data Engineer (6-month contract)",
    remote_policy="remote",
    location="Remote (US)",
    description="Contract-to-hire through us. W2 only - no C2C or 1099, no third parties.",
)
W2_IN_TITLE = dict(title="Senior QA Engineer - W2 only", remote_policy="remote")
NO_FORM = dict(
    title="Data Engineer (6-month contract)",
    remote_policy="remote",
    offers=["Six-month contract, extension likely"],
)


@pytest.mark.parametrize(
    "note",
    [
        "Corp-to-corp only, through his own LLC.",
        "Runs an S-corp; 1099 or C2C, never W-2.",
        "only does C2C now - $90/hr",
        "won't go on W2, loses too much to payroll tax",
    ],
)
def test_a_form_the_role_refuses_goes_against_it(note):
    assert goes_against(note, "contract", **W2_ONLY)
    assert goes_against(note, "contract", **W2_IN_TITLE)


@pytest.mark.parametrize(
    "note",
    ["W-2 is fine, wants the benefits.", "happy on W2", "Prefers W2 over 1099 these days."],
)
def test_w2_accepted_suits_a_w2_role(note):
    assert suits(note, "contract", **W2_ONLY)


@pytest.mark.parametrize(
    "note", ["W-2 is fine, wants the benefits.", "Corp-to-corp only, through his own LLC."]
)
def test_a_form_against_a_role_that_names_none_is_not_a_conflict(note):
    assert "unmet" not in judged(note, **NO_FORM)


def test_contract_work_wanted_without_a_form_still_suits_a_w2_contract():
    assert suits("Contracting only, $85/hr.", "contract", **W2_ONLY)


@pytest.mark.parametrize(
    "text, takes, refuses",
    [
        ("W2 only; no C2C or 1099.", {"w2"}, {"c2c", "1099"}),
        ("C2C and 1099 welcome", {"c2c", "1099"}, set()),
        ("Contract role, no corp-to-corp", set(), {"c2c"}),
    ],
)
def test_a_roles_forms_are_read_from_its_text(text, takes, refuses):
    facts = role_facts(title="Engineer", description=text)
    assert (set(facts.forms), set(facts.no_forms)) == (takes, refuses)


def test_the_form_rides_on_the_contract_condition_without_changing_its_kind():
    note = "min $95/hr C2C"
    assert ("contract", "must", "contract") in at.found(note)
