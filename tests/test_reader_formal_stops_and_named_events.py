"""Stops said in a letter's register or listed ("ceases any further communication", "I object to
the processing of my data", "stop all calls and texts", "I want my phone number deleted", a German
"sehen Sie von jeder Kontaktaufnahme ab") are opt-outs, and so is a stop "about placements" or
"about shifts or anything else"; a stop scoped to one line at work or to one kind of text is not.
A stop is taken back by being reinstated, re-registering or giving consent again. Waits on an
event dated earlier in the note are counted to it ("up for partner in the April round; not moving
until the result"); "free from June" said in June is now; a start month wished for is no wait;
"ignore my previous message" calls an earlier wait off. Sentences are our own.
"""

from datetime import date

import pytest

from reading.contact import opt_ins
from reading.normalise import normalise
from tests.reading_helpers import ReadAt

at = ReadAt(date(2026, 11, 2))
opted_out, wait_until = at.opted_out, at.wait_until


@pytest.mark.parametrize(
    "text",
    [
        "He has asked that the firm cease any further communication with him.",
        "Kindly ensure your agency ceases contacting me forthwith.",
        "I object to the continued processing of my personal data.",
        "She objects to us holding her details and wants them gone.",
        "Pls stop all calls and texts.",
        "Stop any further emails and calls, thanks.",
        "I want my phone number deleted.",
        "We'd ask that you no longer contact him about placements.",
        "Please stop contacting me about locum shifts or anything else.",
        "Löschen Sie bitte alle Daten über mich.",
        "Bitte sehen Sie künftig von jeder Kontaktaufnahme ab.",
        "Ich widerspreche der Nutzung meiner Daten und bitte um Löschung.",
    ],
)
def test_a_stop_in_a_letters_words_or_listed_is_an_opt_out(text):
    assert opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "Could you cease ringing my desk line and email instead?",
        "Stop sending me night shift texts, day posts are still welcome.",
        "Never contact me about agency temp work or anything like that again.",
        "Merci de ne plus me contacter au travail, écrivez-moi sur mon adresse perso.",
        "Je vous prie de ne plus m'appeler au bureau.",
        "Ich bitte um Auskunft, welche Daten Sie gespeichert haben.",
        "I want my old number removed, the new one is in my signature.",
    ],
)
def test_a_stop_to_one_line_or_one_kind_of_message_is_no_opt_out(text):
    assert not opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "Please could you reinstate her on your books - she's looking again.",
        "He re-registered on the site last week and wants to hear about audit roles.",
        "Cand gave her consent again via the portal.",
    ],
)
def test_being_reinstated_or_giving_consent_again_takes_a_stop_back(text):
    assert opt_ins(normalise(text).text)


@pytest.mark.parametrize(
    "text",
    [
        "Please don't reinstate me.",
        "She gave her consent back in March but has since withdrawn it - do not contact.",
    ],
)
def test_consent_given_once_or_a_refused_reinstatement_takes_nothing_back(text):
    assert not opt_ins(normalise(text).text)


@pytest.mark.parametrize(
    "text, said, until",
    [
        (
            "Pitching for partner in the April round; not moving until the result.",
            date(2026, 11, 2),
            "2027-04-01",
        ),
        (
            "The merger should close in Q2. She's staying until it completes.",
            date(2026, 11, 2),
            "2027-04-01",
        ),
        (
            "Sitting the final exam in March, so hold off until my results are out.",
            date(2026, 11, 2),
            "2027-03-01",
        ),
        ("Free to talk from June.", date(2026, 6, 10), "2026-06-01"),
        ("Staying through to the end of the school year in July.", date(2026, 10, 5), "2027-07-01"),
        (
            "Please disregard my previous message about March - the project was cancelled and "
            "I'm free now.",
            date(2026, 6, 8),
            "2026-06-01",
        ),
        ("Pas avant la fin de mon contrat, fin juin.", date(2026, 11, 2), "2027-06-01"),
        ("Na de verhuizing eind mei hoor ik graag van jullie.", date(2026, 11, 2), "2027-05-01"),
    ],
)
def test_a_wait_on_a_dated_event_or_taken_back_is_counted_from_what_was_said(text, said, until):
    assert wait_until(text, said) == until


@pytest.mark.parametrize(
    "text, said",
    [
        ("A January start would be ideal.", date(2026, 10, 5)),
        ("Ma prime a été versée fin mars, je suis disponible.", date(2026, 5, 4)),
        ("The sale closed in Q2 and she's restless now.", date(2026, 11, 2)),
        (
            "Interviewed there in February and still waiting for the outcome of the interview.",
            date(2026, 11, 2),
        ),
    ],
)
def test_a_start_wished_for_or_an_event_done_is_no_wait(text, said):
    assert wait_until(text, said) is None


def test_a_start_at_the_earliest_is_still_a_wait():
    assert wait_until("January start at the earliest.", date(2026, 10, 5)) == "2027-01-01"
