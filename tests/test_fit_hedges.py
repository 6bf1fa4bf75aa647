"""What the hedged readings do against a role: a staff IC role that sets technical direction with
no reports suits "no people management - but happy to own technical direction" and goes against
"no tech-lead stuff either"; a mid-level role goes against a held level with no step down; a
Singapore office suits a move to SG and goes against "KL only"."""

from datetime import date

from matching.fit import judge
from matching.judgements import ConditionFact
from reading import read
from reading.role_facts import role_facts

SAID = date(2026, 10, 1)

STAFF_IC = dict(
    title="Staff Backend Engineer",
    seniority="staff",
    remote_policy="hybrid",
    description="Set the technical direction for the platform and lead design reviews. "
    "No direct reports.",
)


def _kinds(note: str, person_location: str | None = None, **role) -> dict[str, set[str]]:
    facts = [
        ConditionFact(i, c.facet, c.polarity, c.value, note[c.start : c.end], SAID, "motivation", 1)
        for i, c in enumerate(read(note, said_at=SAID))
    ]
    out: dict[str, set[str]] = {}
    for j in judge(facts, role_facts(**role), person_location=person_location, today=SAID):
        out.setdefault(j.kind, set()).add(j.facet)
    return out


def test_a_role_with_no_direct_reports_does_not_lead_people():
    assert not role_facts(**STAFF_IC).manages
    assert role_facts(**STAFF_IC).sets_direction


def test_no_people_management_but_owning_direction_suits_a_staff_ic_role():
    got = _kinds(
        "No people management please - but very happy to own technical direction", **STAFF_IC
    )
    assert "unmet" not in got
    assert "management" in got.get("met", set())


def test_no_tech_lead_stuff_either_goes_against_a_role_that_sets_direction():
    for note in (
        "No people management, and no tech-lead stuff either - just wants to code.",
        "done with being a tech lead, wants pure coding",
    ):
        assert "title" in _kinds(note, **STAFF_IC).get("unmet", set()), note


def test_no_tech_lead_is_no_objection_to_a_plain_ic_role():
    role = dict(title="Backend Engineer", seniority="senior", remote_policy="remote")
    assert "unmet" not in _kinds("no tech lead stuff, just coding", **role)


MID = dict(title="Backend Engineer", seniority="mid", remote_policy="remote")


def test_a_held_level_with_no_step_down_goes_against_a_mid_level_role():
    assert "seniority" in _kinds("Currently Lead Engineer, won't step down a title.", **MID).get(
        "unmet", set()
    )


def test_a_title_that_does_not_matter_is_no_objection_to_a_mid_level_role():
    assert "unmet" not in _kinds("Title doesn't bother her - it's the work that matters.", **MID)


SG_OFFICE = dict(title="Frontend Engineer", remote_policy="onsite", location="Singapore")


def test_a_move_to_sg_suits_a_singapore_office_and_kl_only_does_not():
    wants = _kinds("Would move to SG for this kind of role.", "Kuala Lumpur, Malaysia", **SG_OFFICE)
    assert "unmet" not in wants and "location" not in wants
    stays = _kinds("KL only for me, my parents are here.", "Kuala Lumpur, Malaysia", **SG_OFFICE)
    assert "location" in stays.get("unmet", set())
