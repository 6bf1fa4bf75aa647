"""Opt-outs and retractions of the kinds a first run of held-out 25 missed, in other words:
"you don't need to contact me any more" (no need, said with "don't"); a bare "please remove me"
followed by a dash and why; removal from all future correspondence or mailings; erasure
requested under a named data-protection law; a German "keine weiteren Nachrichten" without
"mehr"; a German refusal of calls, which is one channel (with e-mail offered, or during work
hours, it refuses the phone only); an earlier ask for no contact recalled and turned back; and
an apology for a curt, blunt or terse earlier note followed by a turn back. Their near-miss twins
(no need to call, WhatsApp instead; a data access request; removal from the shortlist; "keine
weiteren Nachrichten" scoped to one kind of role; an apology for a late note) are not.
Sentences are our own."""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 11, 20))
found, opted_out = _AT.found, _AT.opted_out
OPT_IN = ("contact", "wish", "opt_in", None)
PHONE_REFUSED = ("contact", "avoid", "channel", "phone")


@pytest.mark.parametrize(
    "text",
    [
        "you really don't need to contact me anymore, all the best",
        "they don't have to message me any more, I've retired",
        "Please remove me - I've moved into teaching for good.",
        "pls remove me — left the profession",
        "I'd like to be removed from all further mailings from your agency.",
        "Have me removed from all future correspondence, thanks.",
        "she requested deletion under the GDPR last week",
        "Candidate requested erasure under POPIA, actioned by compliance.",
        "Danke, aber bitte keine weiteren Anfragen.",
        "Keine weiteren E-Mails - danke.",
        "Bitte ruf mich nicht mehr an.",
    ],
)
def test_an_opt_out_in_these_words_is_read(text):
    assert opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "no need to ring me, just text is fine",
        "you don't need to call me, WhatsApp works better",
        "Candidate asked for a copy of the data we hold (subject access request).",
        "please remove me from the shortlist for the Leeds role",
        "Keine weiteren Anfragen zu Zeitarbeit bitte, Festanstellung gerne.",
    ],
)
def test_a_near_miss_is_no_opt_out(text):
    assert not opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ruft mich bitte nicht mehr während der Bürozeiten an, per Mail gerne.",
        "Bitte rufen Sie mich nicht mehr an - lieber per E-Mail.",
    ],
)
def test_a_german_refusal_of_calls_with_mail_offered_refuses_the_phone_only(text):
    got = found(text)
    assert PHONE_REFUSED in got
    assert ("contact", "avoid", "opt_out", None) not in got


@pytest.mark.parametrize(
    "text",
    [
        "I asked for no contact back in the spring, but things have changed - do get in touch.",
        "She asked for no contact after the merger; circumstances changed, do get in touch.",
        "Sorry for being so blunt in March - please do get in touch about controller roles.",
        "apologies for being so curt in June - please send me treasury roles",
    ],
)
def test_an_earlier_stop_recalled_or_apologised_for_then_turned_back_is_an_opt_in(text):
    assert OPT_IN in found(text)
    assert not opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sorry for the late note - happy to chat in the new year.",
        "I asked for no contact in March and that still stands.",
    ],
)
def test_no_turn_back_is_no_opt_in(text):
    assert OPT_IN not in found(text)
