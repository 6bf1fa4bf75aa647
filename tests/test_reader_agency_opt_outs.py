"""A staffing agency's opt-outs: a bare stop to the one way we write ("Stop ringing me!!") with no
other way offered, coming off the lists an agency keeps its people on (the supply list, the locum
bank, the temp register), and a consultant's do-not-contact flags ("flagged do-not-call", "DNC'd
her", "do not re-add to campaigns"). Beside each, the near miss that keeps the person: another way
to write offered, a time or a line named, one day or shift taken off a list, a flag on one line
with email offered. Sentences are our own.
"""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 11, 9))
found, opted_out = _AT.found, _AT.opted_out


# --- a bare stop to the way we write ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Stop ringing me!!",
        "please stop phoning me",
        "Stop calling me. Not interested.",
        "Can you stop texting me now, thanks",
        "Cand rang back annoyed and asked us to stop calling him.",
    ],
)
def test_a_bare_stop_to_calls_or_texts_with_no_other_way_offered_is_an_opt_out(text):
    assert opted_out(text)


@pytest.mark.parametrize(
    "text, channel",
    [
        ("Stop ringing me, drop me an email instead.", "phone"),
        ("Stop texting me please. WhatsApp is easier.", "sms"),
        ("Stop calling me. Use my personal email.", "phone"),
    ],
)
def test_a_stop_to_one_channel_with_another_offered_is_a_channel_refused(text, channel):
    assert not opted_out(text)
    assert ("contact", "avoid", "channel", channel) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Stop phoning me before 9, I'm on the school run.",
        "Stop calling me while I'm on shift.",
        "Stop ringing my landline, my mum answers it.",
        "Stop texting me at 6am!",
    ],
)
def test_a_stop_to_calls_at_a_time_or_on_one_line_is_no_opt_out(text):
    assert not opted_out(text)


# --- the lists an agency keeps its people on -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Please take me off your locum list, I've taken a substantive post.",
        "Remove me from the staff bank list please.",
        "Hung up my whiteboard pen - take me off your supply list.",
        "Please take me off your temp list and your newsletter.",
    ],
)
def test_coming_off_an_agency_list_of_ours_is_an_opt_out(text):
    assert opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "Take me off the supply list for Mondays, I teach at the academy that day.",
        "Please take me off the supply list on Fridays only.",
        "Remove me from the weekend cover list.",
        "Take me off the nights list, days only now.",
    ],
)
def test_a_day_or_a_shift_taken_off_a_list_is_no_opt_out(text):
    assert not opted_out(text)


# --- a consultant's do-not-contact flag ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Flagged do-not-call at cand's request.",
        "Rang to complain about the texts - DNC'd her.",
        "Spoke to cand, asked not to be contacted again. Do not re-add to any campaigns.",
        "Marked as do not approach.",
    ],
)
def test_a_consultants_do_not_contact_flag_is_an_opt_out(text):
    assert opted_out(text)


@pytest.mark.parametrize(
    "text, refused",
    [
        ("Flagged do not call - works nights, email her instead.", "phone"),
        ("Marked do not email, prefers a phone call.", "email"),
    ],
)
def test_a_flag_on_one_line_with_another_offered_is_a_channel_refused(text, refused):
    assert not opted_out(text)
    assert ("contact", "avoid", "channel", refused) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Flagged do not call until after 6pm, she's on the ward.",
        "Asked us to re-add her to the mailing list.",
        "Was flagged DNC in error - flag lifted, happy to hear about roles.",
    ],
)
def test_a_flag_for_a_time_or_lifted_is_no_opt_out(text):
    assert not opted_out(text)


# --- someone close to them asking for themselves ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Her husband (HGV driver, also on our books) asked us to stop ringing him.",
        "Cand's wife rang - wants us to stop texting her, she's fed up of the noise. He's fine.",
        "Her son asked us to stop emailing him, he's not the one looking.",
        "Her husband asked us to stop contacting him. Not her - she's keen.",
        "Her flatmate asked us to stop calling the flat. Not her, she's still looking.",
    ],
)
def test_a_stop_asked_by_someone_close_for_themselves_is_not_the_persons_opt_out(text):
    assert not opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "Her husband rang and asked us to stop calling her. She's had enough of agencies.",
        "Her partner asked us to stop contacting her altogether.",
    ],
)
def test_a_stop_passed_on_for_the_person_is_still_their_opt_out(text):
    assert opted_out(text)
