"""A do-not-contact label recorded in a named system ("flagged DNC in Bullhorn per his request")
is an opt-out like the bare label, while the label denied ("not DNC anymore") is none; and asking
to be rung, texted or dropped a line at a later time ("ring me in March") is a wait like "call me
in March", while a text that came in March is not; German "im" before a noun is not "I'm"."""

from datetime import date

import pytest

from reading import read
from reading.normalise import normalise

SAID = date(2026, 11, 2)


def _opted_out(note: str) -> bool:
    return any(
        c.facet == "contact" and c.value.get("kind") == "opt_out" for c in read(note, said_at=SAID)
    )


def _waits(note: str) -> list[str]:
    return [c.value["until"] for c in read(note, said_at=SAID) if c.facet == "wait"]


@pytest.mark.parametrize(
    "note",
    [
        "Marked DNC in Salesforce at his request",
        "set to do not contact on the ATS per cand",
        "dnc in our crm - she asked to be left alone",
        "Flagged as DNC within Greenhouse per candidate's request.",
    ],
)
def test_a_do_not_contact_label_kept_in_a_named_system_is_an_opt_out(note):
    assert _opted_out(note)


@pytest.mark.parametrize(
    "note",
    [
        "not DNC anymore - happy to hear about ward manager roles",
        "No longer DNC in Bullhorn, spoke to her today",
        "do not contact in Leeds - he would consider Manchester",
    ],
)
def test_a_label_denied_or_scoped_to_a_place_is_no_opt_out(note):
    assert not _opted_out(note)


@pytest.mark.parametrize(
    ("note", "until"),
    [
        ("mad busy - ring me in March", "2027-03-01"),
        ("Drop her a line in the spring, she'll know by then", "2027-03-01"),
        ("give him a bell after easter", "2027-03-01"),
        ("text me in the new year pls", "2027-01-01"),
        ("whatsapp me in feb", "2027-02-01"),
    ],
)
def test_being_rung_or_texted_later_is_a_wait_to_that_time(note, until):
    assert _waits(note) == [until]


@pytest.mark.parametrize(
    "note",
    [
        "she got a text in March from her old manager about a return",
        "rang in June to say she'd accepted elsewhere",
    ],
)
def test_a_text_or_a_call_that_came_at_a_time_is_no_wait(note):
    assert _waits(note) == []


@pytest.mark.parametrize(
    ("note", "kept"),
    [
        ("Im Moment keine Zeit, im Januar gerne wieder", "im moment"),
        ("Sie arbeitet im Büro in Ulm", "im büro"),
    ],
)
def test_german_im_before_a_noun_stays_german(note, kept):
    assert kept in normalise(note).text


@pytest.mark.parametrize("note", ["im looking again", "Im OK with nights now"])
def test_im_in_an_english_note_is_i_am(note):
    assert "i'm" in normalise(note).text
