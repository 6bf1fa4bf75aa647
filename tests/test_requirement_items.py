"""Requirement items as a recruiter reads a role's requirements: skills, never section headings."""

from matching.requirements import requirement_items


def labels(text: str) -> list[str]:
    return [item.label for item in requirement_items(text, all_lines=True)]


def test_a_section_heading_is_not_a_requirement_but_what_it_introduces_is():
    text = "Python\nNice to have: mentoring\nMust-have: Kubernetes\nNice to have:\nBonus points:"
    assert labels(text) == ["Python", "mentoring", "Kubernetes"]


def test_a_skill_named_before_a_colon_stays_the_requirement():
    assert labels("- Networking: TCP/IP and LAN/WAN") == ["Networking"]
