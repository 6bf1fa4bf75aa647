"""Text shapes the reader must see through: a reply pasted above our quoted email (only what the
person typed above the quote counts; their signature and a legal disclaimer are not conditions),
a mind changed within a note or across notes (the current stance wins), double and hedged
negation ("wouldn't rule out", "can't say I'm not interested"), and screening-form fields pasted
as "Key: value" lines. Sentences are our own.
"""

from datetime import date

import pytest

from reading import read
from tests.reading_helpers import ReadAt

SAID = date(2026, 10, 5)
_AT = ReadAt(SAID)
found, opted_out = _AT.found, _AT.opted_out

# Our outreach as it comes back under a reply, in the shapes mail programs quote it.
GMAIL_QUOTE = (
    "\n\nOn Thu, 3 Sep 2026 at 10:02, Priya Nair <priya@brightpath.example> wrote:\n"
    "> Hi Sam, a platform role has opened that fits what you told us. Fancy a chat?\n"
    "> Not interested? Reply 'no thanks' and we won't be in touch again.\n"
    "> Priya Nair | Talent Partner\n"
    "> To stop hearing from us, reply STOP or unsubscribe here: https://brightpath.example/u/1"
)
OUTLOOK_QUOTE = (
    "\n\n-----Original Message-----\nFrom: Priya Nair <priya@brightpath.example>\n"
    "Sent: 03 September 2026 10:02\nTo: Sam Ortiz\nSubject: A platform role\n\n"
    "Hi Sam, we have a remote platform role. Please stop me if this isn't for you - just reply "
    "'remove me' and I will delete your details.\nUnsubscribe | reply STOP to opt out"
)
OUTLOOK_NO_MARKER = (
    "\n\n________________________________\nFrom: Priya Nair\nSent: Thursday, September 3, 2026"
    " 10:02 AM\nTo: Sam Ortiz\nSubject: RE: roles\n\nIf you would rather not hear from us, "
    "reply no thanks. Unsubscribe: https://brightpath.example/u/1"
)
BARE_QUOTE = (
    "\n\n> Hi Sam, still open to hearing about roles?\n"
    "> Reply STOP to opt out of future messages | Unsubscribe"
)
SIGNATURE = (
    "\n-- \nSam Ortiz\nPrincipal Engineer | Acme Ltd\n"
    "This e-mail and any files transmitted with it are confidential. If you are not the "
    "intended recipient, please delete it and notify the sender immediately. Please do not "
    "contact the sender again by reply if this reached you in error."
)


# --- 1. a reply above our quoted email --------------------------------------------------------


@pytest.mark.parametrize(
    "reply",
    [
        "unsubscribe pls" + GMAIL_QUOTE,
        "Please take me off your list." + OUTLOOK_QUOTE,
        "no thanks" + OUTLOOK_NO_MARKER,
        "Not interested, please stop emailing me." + SIGNATURE + GMAIL_QUOTE,
        "pls remove me" + BARE_QUOTE,
        "No thank you.\n\nSent from my Galaxy" + GMAIL_QUOTE,
    ],
)
def test_a_stop_typed_above_a_quoted_email_is_an_opt_out(reply):
    assert opted_out(reply)


@pytest.mark.parametrize(
    "reply",
    [
        "Yes please, Tuesday at 3 works for me." + GMAIL_QUOTE,
        "thanks - whats the salary range?" + OUTLOOK_QUOTE,
        "Hi Priya, sounds interesting, send the spec over" + OUTLOOK_NO_MARKER,
        "Happy to chat next week." + BARE_QUOTE,
        "Keen! Call me Friday." + SIGNATURE + GMAIL_QUOTE,
        "Could be interested if it's remote.\n\nSent from my iPhone" + OUTLOOK_QUOTE,
    ],
)
def test_a_yes_above_a_quoted_footer_that_says_unsubscribe_is_no_opt_out(reply):
    assert not opted_out(reply)


def test_nothing_in_the_quote_or_the_signature_is_read_as_theirs():
    reply = "Sure, happy to talk." + SIGNATURE + OUTLOOK_QUOTE
    assert {k[0] for k in found(reply)} <= {"contact"} and not opted_out(reply)
    got = read("Remote only for me now." + GMAIL_QUOTE, said_at=SAID)
    assert [c.key() for c in got] == [("work_mode", "must", "remote")]
    text = "Remote only for me now." + GMAIL_QUOTE
    assert text[got[0].start : got[0].end].lower() == "remote"  # spans index the original


def test_a_pasted_message_with_nothing_typed_above_its_header_is_read_whole():
    # A recruiter pasting the person's own email under its header: it is their words.
    note = "On Tue, 6 Oct 2026 at 09:00, Sam Ortiz wrote:\nplease remove me from your database"
    assert opted_out(note)
    assert opted_out("Candidate replied:\n> please take me off your mailing list")


def test_a_legal_disclaimer_is_no_opt_out_or_condition():
    disclaimer = (
        "Thanks, will have a look.\n\nDISCLAIMER: This message is confidential and intended "
        "solely for the addressee. If you are not the intended recipient, please delete it, do "
        "not contact the sender again and destroy any copies."
    )
    assert not opted_out(disclaimer)


# --- 2. changed minds and tenses --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "now", "gone"),
    [
        (
            "she used to insist on fully remote but now she's ok with 3 days in",
            ("work_mode", "wish", "hybrid"),
            ("work_mode", "must", "remote"),
        ),
        (
            "Was WFH only last year; these days happy with hybrid.",
            ("work_mode", "wish", "hybrid"),
            ("work_mode", "must", "remote"),
        ),
        (
            "he was happy with hybrid until the move to Devon, remote only now",
            ("work_mode", "must", "remote"),
            ("work_mode", "wish", "hybrid"),
        ),
        (
            "used to want to manage people, not any more",
            ("management", "avoid", "manage"),
            ("management", "wish", "manage"),
        ),
        (
            "I used to refuse on-call but I'm fine with it now",
            ("schedule", "wish", "on_call"),
            ("schedule", "avoid", "on_call"),
        ),
        (
            "was keen on fintech previously, no longer",
            ("industry", "avoid", "fintech"),
            ("industry", "wish", "fintech"),
        ),
    ],
)
def test_the_current_stance_wins_over_the_one_given_up(text, now, gone):
    got = found(text)
    assert now in got and gone not in got


def test_relocation_given_up_is_a_refusal_to_move_there():
    got = found("Was open to relocating to Calgary last year - not anymore, kids settled")
    assert ("relocation", "must", False) in got and ("relocation", "wish", True) not in got


@pytest.mark.parametrize(
    "text",
    [
        "used to lead a team at Monzo, wants to stay hands-on",  # a past fact, no change of mind
        "remote only, was like that last year too",
    ],
)
def test_a_past_without_a_turn_is_left_as_it_was(text):
    before = {k[0] for k in found(text)}
    assert before  # something is still read


def test_a_past_stop_taken_back_in_the_same_note_is_no_opt_out():
    assert not opted_out(
        "I asked you to stop emailing me last year, but I'd be happy to hear about roles again."
    )
    assert opted_out("changed my mind - please don't contact me again.")
    got = found(
        "I know I told u to stop emailing me in March. "
        "Changed my mind, keen to hear about roles again"
    )
    assert ("contact", "wish", "opt_in", None) in got
    assert not any(k[:2] == ("contact", "avoid") for k in got)  # the stop reported is no refusal


def test_a_later_note_taking_back_an_opt_out_lifts_it(engine, session):
    from data.conditions import opted_out as store_opted_out
    from data.conditions import read_people
    from tests.factories import make_candidate, make_touchpoint

    def person(*notes):
        p = make_candidate(session)
        for days, note in notes:
            make_touchpoint(
                session,
                p,
                at=datetime_days_ago(days),
                direction="inbound",
                note=note,
            )
        return p

    lifted = person(
        (200, "stop emailing me please"), (40, "changed my mind, happy to hear from you again")
    )
    renewed = person((200, "happy to hear about roles again"), (40, "Please stop contacting me."))
    plain = person((200, "not interested, please remove me"), (40, "thanks"))
    session.commit()
    read_people(session=session)
    session.commit()
    got = store_opted_out(session=session, candidate_ids=[lifted.id, renewed.id, plain.id])
    assert got == {renewed.id, plain.id}


@pytest.mark.parametrize(
    "text",
    [
        "I asked to be removed a while ago, but I've changed my mind - please keep me on it.",
        "Please disregard my earlier request to be taken off your database.",
        "Candidate rang to cancel her opt-out request; fine to contact again.",
        "He withdrew his unsubscribe request in today's call.",
        "Changed her mind, happy to be contacted about finance roles.",
        "I no longer want to be removed from your mailing list.",
    ],
)
def test_a_stop_withdrawn_in_other_words_is_an_opt_in(text):
    got = found(text)
    assert ("contact", "wish", "opt_in", None) in got
    assert not opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "I haven't changed my mind, please keep me off your list.",
        "Changed my mind, please remove me from your list.",
        "changed my mind about relocating, Leeds only",
        "Withdrew her application for the Leeds role.",
        "Please cancel my interview on Friday.",
    ],
)
def test_a_change_of_mind_that_takes_no_stop_back_is_no_opt_in(text):
    assert ("contact", "wish", "opt_in", None) not in found(text)


def test_an_opt_out_a_recruiter_logged_is_lifted_by_the_candidates_later_withdrawal(
    engine, session
):
    from data.conditions import opted_out as store_opted_out
    from data.conditions import read_people
    from tests.factories import make_candidate, make_touchpoint

    def person(*notes):
        p = make_candidate(session)
        for days, direction, note in notes:
            make_touchpoint(session, p, at=datetime_days_ago(days), direction=direction, note=note)
        return p

    withdrawn = person(
        (240, "outbound", "Phoned to be taken off all our mailing lists."),
        (90, "inbound", "Please ignore my earlier removal request, I'd like to stay on your list."),
    )
    logged_later = person(
        (240, "inbound", "Keep me posted!"),
        (90, "outbound", "Rang asking to be removed from the talent pool. Done."),
    )
    session.commit()
    read_people(session=session)
    session.commit()
    got = store_opted_out(session=session, candidate_ids=[withdrawn.id, logged_later.id])
    assert got == {logged_later.id}


@pytest.mark.parametrize(
    "text",
    [
        "I realise I asked you to take me off your books last spring, but I'm open to offers now.",
        "She had asked to be removed in March; things have changed - please keep her on file.",
        "I told you guys to stop emailing me. Sorry - I'm looking again, do get in touch.",
        "I know I asked for no more contact, but please send me anything in renewables.",
    ],
)
def test_a_stop_recalled_and_then_turned_is_an_opt_in(text):
    assert ("contact", "wish", "opt_in", None) in found(text)
    assert not opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "I asked you to stop contacting me and you rang again today. Delete my details.",
        "I told you to stop emailing me. Stop.",
        "I asked to be removed in March but I'm still getting your emails - please remove me.",
    ],
)
def test_a_stop_recalled_and_asked_again_is_no_opt_in(text):
    assert ("contact", "wish", "opt_in", None) not in found(text)
    assert opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "Apologies for going quiet on you back in March - happy to hear about roles again.",
        "We spoke back in January about the Leeds role; still keen.",
        "She emailed back in the summer with a new CV.",
    ],
)
def test_back_in_a_month_after_a_report_in_the_past_is_no_wait(text):
    assert not any(k[0] == "wait" for k in found(text))


@pytest.mark.parametrize(
    "text", ["On sick leave, back in February.", "Said to ring her back in January."]
)
def test_a_return_or_a_call_back_in_a_month_is_still_a_wait(text):
    assert any(k[0] == "wait" for k in found(text))


def test_a_later_turn_lifts_a_consultants_flag_and_a_keep_me_posted_shields_nothing(
    engine, session
):
    from data.conditions import opted_out as store_opted_out
    from data.conditions import read_people
    from tests.factories import make_candidate, make_touchpoint

    def person(*notes):
        p = make_candidate(session)
        for days, direction, note in notes:
            make_touchpoint(session, p, at=datetime_days_ago(days), direction=direction, note=note)
        return p

    dnc_lifted = person(
        (300, "outbound", "Cand rang in annoyed - DNC set at her request."),
        (
            60,
            "inbound",
            "I know I asked you to stop contacting me, but I'm looking now - please get in touch.",
        ),
    )
    flag_lifted = person(
        (300, "outbound", "Cand rang, not happy - flagged do-not-call at her request."),
        (
            60,
            "inbound",
            "I know I asked you to stop calling me, but I'm looking now - please do get in touch.",
        ),
    )
    stop_lifted = person(
        (300, "inbound", "Stop messaging me."),
        (60, "inbound", "Sorry I was short with you back in May. Happy to hear about roles again."),
    )
    hardened = person(
        (300, "inbound", "Not right now, but do keep me posted."),
        (60, "inbound", "Wipe my details from your CRM please."),
    )
    session.commit()
    read_people(session=session)
    session.commit()
    ids = [dnc_lifted.id, flag_lifted.id, stop_lifted.id, hardened.id]
    assert store_opted_out(session=session, candidate_ids=ids) == {hardened.id}


def datetime_days_ago(days):
    from datetime import timedelta

    from data.timeutil import utcnow

    return utcnow() - timedelta(days=days)


# --- 3. double and hedged negation ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want", "not_want"),
    [
        (
            "wouldnt rule out a move to Leeds",
            ("relocation", "wish", True),
            ("relocation", "must", False),
        ),
        (
            "She would rule out relocating to Leeds.",
            ("relocation", "must", False),
            ("relocation", "wish", True),
        ),
        (
            "he'd rule out relocation entirely",
            ("relocation", "must", False),
            ("relocation", "wish", True),
        ),
        (
            "can't say she's not interested in people management",
            ("management", "wish", "manage"),
            ("management", "avoid", "manage"),
        ),
        (
            "I can't say I'm keen on fintech",
            ("industry", "avoid", "fintech"),
            ("industry", "wish", "fintech"),
        ),
        (
            "I couldn't say I'm against on-call",
            ("schedule", "wish", "on_call"),
            ("schedule", "avoid", "on_call"),
        ),
        (
            "never said no to on-call",
            ("schedule", "wish", "on_call"),
            ("schedule", "avoid", "on_call"),
        ),
        ("not unwilling to relocate", ("relocation", "wish", True), ("relocation", "must", False)),
        ("wouldn't say no to a 4 day week", ("schedule", "wish", "four_day_week"), None),
    ],
)
def test_a_negated_refusal_is_a_yes_and_a_hedged_yes_is_a_no(text, want, not_want):
    got = found(text)
    assert want in got
    if not_want:
        assert not_want not in got


# --- 4. screening-form fields -----------------------------------------------------------------


@pytest.mark.parametrize(
    "form",
    [
        "Notice: 1 month\nFuture roles: NO",
        "Happy to be contacted: N",
        "Open to contact? no",
        "RTW: yes\nContact re future opportunities: No.",
        "keep in touch?: nope\nComp: 95k base",
        "Consent to contact: no",
    ],
)
def test_a_form_field_refusing_contact_is_an_opt_out(form):
    assert opted_out(form)


@pytest.mark.parametrize(
    "form",
    [
        "Future roles: yes, perm only",
        "Happy to be contacted: Y",
        "Contact by phone: no\nEmail: fine",
        "Emergency contact: no",
        "Open to contact? yes - email preferred",
        "Relocation: no\nNotice: 3 months",
    ],
)
def test_a_form_field_that_does_not_refuse_contact_is_no_opt_out(form):
    assert not opted_out(form)


@pytest.mark.parametrize(
    ("form", "want"),
    [
        ("Relocation: N", ("relocation", "must", False)),
        ("Relocate?: yes", ("relocation", "wish", True)),
        ("On-call: no", ("schedule", "avoid", "on_call")),
        ("Remote: must", ("work_mode", "must", "remote")),
        ("Future roles: yes, perm only", ("contract", "must", "permanent")),
        ("Sponsorship required: yes", ("visa", "must", "needs_sponsorship")),
    ],
)
def test_a_form_field_is_read_in_its_own_meaning(form, want):
    assert want in found(form)
