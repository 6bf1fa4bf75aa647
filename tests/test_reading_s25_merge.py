"""Classes the fifteenth session's all-sets check found after merging its rounds (tests in our own
wording):

- free now said in Spanish, Portuguese or Italian after the thing waited on is called off ("se
  canceló la obra, ya puedo empezar", "o contrato foi cancelado, já posso falar", "progetto
  annullato, ora sono disponibile") is free from the day said, as "project cancelled, I can talk
  now" is: a wait said in an earlier note is over; a month named ("disponible en marzo") is still
  a wait;
- a role whose site is a detention centre, prison or jail is in the detention trade whatever the
  hire's own trade ("Electrical fit-out of a county jail"), so a person who won't work on prisons
  goes against it; a prison named only as experience asked for is not the role's site;
- a stop taken back earlier in a note does not undo the stop the same note says after it ("the
  DNC was lifted last year; today he asked us never to contact him again").
"""

from datetime import date

import pytest

from reading.role_industry import role_industries
from tests.fit_helpers import goes_against
from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 9, 14))


@pytest.mark.parametrize(
    "text",
    [
        "se canceló la obra, ya puedo empezar",
        "Lo cancelaron todo - ahora ya puedo hablar cuando quieras",
        "o contrato foi cancelado, já posso falar",
        "progetto annullato, ora sono disponibile",
    ],
)
def test_free_now_after_a_call_off_in_another_language_ends_the_wait_that_day(text):
    assert _AT.wait_until(text) == "2026-09-01"


def test_a_month_named_with_available_is_still_a_wait():
    assert _AT.wait_until("estoy disponible en marzo") == "2027-03-01"


@pytest.mark.parametrize(
    "description",
    [
        "Electrical fit-out of a county jail.",
        "Maintenance technician for an immigration detention facility.",
        "Nursing across two correctional facilities in the region.",
    ],
)
def test_a_role_at_a_detention_site_is_in_the_detention_trade(description):
    assert "detention" in role_industries(title="Technician", text=description)


def test_a_prison_asked_for_as_experience_is_not_the_role_s_site():
    assert "detention" not in role_industries(
        title="Staff Nurse", text="Experience of prison healthcare welcome. Surgical ward."
    )


def test_someone_who_will_not_work_on_prisons_goes_against_a_jail_fit_out():
    assert goes_against(
        "won't do prison or detention centre jobs",
        "industry",
        title="Electrician",
        description="Electrical fit-out of a county jail.",
    )


def test_a_stop_taken_back_earlier_does_not_undo_the_note_s_own_later_stop():
    assert _AT.opted_out(
        "The DNC was lifted last year; today he asked us never to contact him again."
    )
