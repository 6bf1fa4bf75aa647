"""Asking to be taken off our lists is an opt-out in its many phrasings - a talent community or
network, "my no" (number) off "ur list", a recruiter noting that someone rang or phoned to be
removed, a request that nobody here contact them again - and a removal scoped to something that
is not our list (a reference list, a group chat, a shortlist), or a number changed, is not.
Sentences are our own.
"""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

opted_out = ReadAt(date(2026, 9, 1)).opted_out


@pytest.mark.parametrize(
    "text",
    [
        "She phoned to be removed from our talent network.",
        "Called in to be taken out of the candidate pool, doesn't want anything from us.",
        "Please take me out of your talent community.",
        "Wants to be taken out of the talent community - done with agencies and recruiters alike.",
        "plz remove my mob no from ur list, thx",
        "Remove my phone number from your list please.",
        "He asked that no one from our team contact him again.",
        "Emailed asking for nobody here to approach her again.",
        "not interested in any recruiter messages ever",
    ],
)
def test_a_request_to_come_off_our_lists_is_an_opt_out(text):
    assert opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "Called to be removed from the shortlist for the Leeds role.",
        "rang to be taken off the Friday rota",
        "pls update my no, new one is 0803 555 1234",
        "Called to change her mobile number, use the new one on file.",
        "Phoned to ask us to remove her old number and use the new one.",
        "Remove my no from the reference list, my manager will give one",
        "Please remove my number from the group chat, I left the course",
        "remove my details from the Acme shortlist",
        "No one here is to contact the hiring manager again.",
        "not interested in any job messages from agencies in Lagos",
    ],
)
def test_a_removal_scoped_to_something_else_is_no_opt_out(text):
    assert not opted_out(text)
