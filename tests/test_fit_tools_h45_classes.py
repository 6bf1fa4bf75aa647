"""Tools refused or wanted, of the kinds a first run of held-out 45 missed, in other words:

- "wants off X" refuses X, a known technology too ("wants off Java, onto Rust"), as "wants to
  get off X" does;
- a chat filler after the object ("tbh", "imo", "ngl") is no part of it: "want off Jira tbh" refuses
  Jira;
- "tooling" after a tool's name is generic, like "work" or "role": "hates Kubernetes tooling"
  refuses Kubernetes;
- a tool the role says it is leaving ("Splunk being retired", "migrating off Oracle") is not
  named by it, as a tool said to be not required is not;
- "go" as the verb before how they would work ("and go freelance", "and go properly remote") is no
  Go language ("wants to learn go and rust" still is).

Twins: a role that runs the refused tool still goes against the refusal. Sentences are our own."""

from datetime import date

import pytest

from tests.fit_helpers import goes_against, judged
from tests.reading_helpers import ReadAt

found = ReadAt(date(2026, 10, 1)).found


@pytest.mark.parametrize(
    ("note", "role"),
    [
        (
            "want off remedy tbh, the new portal is nicer",
            dict(title="Analyst", offers=["Remedy queue"]),
        ),
        ("Hates Maximo tooling, slows her right down.", dict(title="Planner (Maximo)")),
    ],
)
def test_a_tool_refused_with_a_filler_or_tooling_goes_against_a_role_that_uses_it(note, role):
    assert goes_against(note, "topic", **role)


@pytest.mark.parametrize(
    "offers",
    [
        ["Moving to Grafana; Nagios being retired next year"],
        ["We are migrating off Nagios onto Grafana"],
    ],
)
def test_a_tool_the_role_is_leaving_is_not_named_by_it(offers):
    assert "unmet" not in judged("no more nagios", title="Monitoring Engineer", offers=offers)


def test_a_role_that_runs_the_refused_tool_still_goes_against_it():
    assert goes_against("no more nagios", "topic", title="Ops Engineer", offers=["Nagios on call"])


@pytest.mark.parametrize(
    "text",
    [
        "Might leave the agency and go freelance next year.",
        "wants to ditch the ticket queue and go properly remote",
    ],
)
def test_go_the_verb_before_how_is_no_language(text):
    assert ("technology", "avoid", "go") not in found(text)
    assert ("technology", "wish", "go") not in found(text)


def test_go_in_a_list_of_languages_is_still_go():
    assert ("technology", "wish", "go") in found("wants to learn go and rust")


@pytest.mark.parametrize(
    ("text", "name"), [("wants off java, onto rust", "java"), ("want off jira tbh", "jira")]
)
def test_wants_off_a_technology_refuses_it(text, name):
    got = found(text)
    assert ("technology", "avoid", name) in got and ("technology", "wish", name) not in got


def test_time_off_wanted_is_no_refusal():
    assert not any(p == "avoid" for _, p, *_ in found("wants a day off each week"))
