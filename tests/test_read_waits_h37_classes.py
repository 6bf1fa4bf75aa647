"""Waits of the kinds a first run of held-out 37 missed, in other words:

- a day of May ("the exam is on 12 May - nothing till then"): "may" with a day is the month;
- a deed still to be done after a waiting word, said in the passive ("nothing until the
  accounts are filed in January"): the participle is the future, not a thing done;
- a payout just made or a return settled into, said without "was" ("bonus paid in March"
  a month later, "back from leave in May, settled back in" in August): behind them;
- "next summer" said while the summer is under way: the one after it;
- a habit's span ("on the road three nights most weeks for two years"): how long it ran;
- what leaving early would cost ("I'd forfeit the LTIP if I moved before April"): a wait;
- a wait taken back and then an ask to talk ("forget what I said about the autumn, let's talk");
- the summer and its holidays in Dutch, German, French, Spanish and Portuguese.

Each beside its twin: the verb "may", a deed reported done, a payout said months ahead, "next
summer" said in winter, a stay away still ahead, a past report with no cost, a taken-back
subject that is no wait. Sentences are our own."""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 11, 20))
wait_until = _AT.wait_until


@pytest.mark.parametrize(
    "text",
    [
        "ACCA paper on 12 May - nothing till then please.",
        "Board exam is May 12, so no interviews till then.",
        "Finals on the 4th of May - don't put me forward for anything till it's done.",
    ],
)
def test_a_day_of_may_is_the_month(text):
    assert wait_until(text) == "2027-05-01"


@pytest.mark.parametrize(
    "text",
    ["I may 3x my bonus this year.", "We may 10 people in the team soon."],
)
def test_the_verb_may_is_no_month(text):
    assert wait_until(text) is None


@pytest.mark.parametrize(
    "text, until",
    [
        ("Nothing until the accounts are signed off in January.", "2027-01-01"),
        ("Not moving till the deal is completed in February.", "2027-02-01"),
        ("Not moving till the sale is signed in April.", "2027-04-01"),
    ],
)
def test_a_deed_still_to_be_done_is_waited_for(text, until):
    assert wait_until(text) == until


def test_a_deed_reported_done_is_no_wait():
    assert wait_until("The group accounts were filed in January, all calm now.") is None


@pytest.mark.parametrize(
    "text, said",
    [
        ("Bonus paid in March, nothing holding me now.", date(2026, 4, 14)),
        ("Bonus hit my account in November, let's talk.", date(2026, 11, 20)),
        (
            "Back from shared parental leave in May, settled back in and open to offers.",
            date(2026, 8, 20),
        ),
    ],
)
def test_a_payout_just_made_or_a_return_settled_into_is_behind_them(text, said):
    assert wait_until(text, said) is None


@pytest.mark.parametrize(
    "text, said, until",
    [
        ("Bonus paid in March - ring me after that.", date(2026, 10, 5), "2027-03-01"),
        ("Bonus is paid in March, so not before.", date(2026, 2, 10), "2026-03-01"),
        ("On parental leave, back in May.", date(2026, 8, 20), "2027-05-01"),
    ],
)
def test_a_payout_or_a_return_still_ahead_is_a_wait(text, said, until):
    assert wait_until(text, said) == until


@pytest.mark.parametrize(
    "text, said, until",
    [
        ("Not before the end of next summer, we're mid-IPO.", date(2026, 7, 6), "2027-08-01"),
        ("After next winter please.", date(2027, 1, 11), "2028-03-01"),
    ],
)
def test_next_season_said_in_that_season_is_the_one_after(text, said, until):
    assert wait_until(text, said) == until


def test_next_season_said_before_it_is_the_coming_one():
    assert wait_until("Not till after next summer.", date(2026, 11, 20)) == "2027-09-01"


@pytest.mark.parametrize(
    "text",
    [
        "Two nights away most weeks for four years. Never again.",
        "Quit consulting: away 4 nights each week for three years.",
    ],
)
def test_a_habits_span_is_no_wait(text):
    assert wait_until(text) is None


def test_a_stay_away_still_ahead_is_a_wait():
    assert wait_until("Away on secondment for the next six months.") == "2027-05-01"


@pytest.mark.parametrize(
    "text, until",
    [
        ("I'd forfeit the LTIP if I moved before April. Talk then.", "2027-04-01"),
        ("She would lose her retention bonus if she left before the March payout.", "2027-03-01"),
        ("I'd have to repay the sign-on if I went before February.", "2027-02-01"),
    ],
)
def test_what_leaving_early_would_cost_is_a_wait(text, until):
    assert wait_until(text) == until


def test_a_past_leaving_with_no_cost_is_no_wait():
    assert wait_until("She left before March and joined a rival.") is None


@pytest.mark.parametrize(
    "text",
    [
        "Forget what I said about the autumn - let's talk.",
        "Scrap what I said about February, call me now.",
        "Ignore my last email about Easter, talk to me whenever.",
    ],
)
def test_a_wait_taken_back_then_an_ask_to_talk_opens_them_now(text):
    assert wait_until(text) == "2026-11-01"


def test_a_taken_back_subject_with_no_ask_to_talk_is_no_wait():
    assert wait_until("Forget what I said about Java, talk to me about Go roles.") is None


@pytest.mark.parametrize(
    "text",
    [
        "Na de zomer graag opnieuw contact.",
        "Na de zomervakantie hoor ik het graag.",
        "Bitte erst nach der Sommerpause melden.",
        "Recontactez-moi après l'été.",
        "Escríbeme después del verano.",
        "Falamos depois do verão.",
    ],
)
def test_the_summer_in_other_languages_is_waited_for(text):
    assert wait_until(text, date(2026, 5, 4)) == "2026-09-01"


@pytest.mark.parametrize(
    "text",
    ["De zomer was rustig, nu beschikbaar.", "Il a été promu en mars."],
)
def test_a_summer_gone_by_or_a_past_participle_is_no_wait(text):
    assert wait_until(text, date(2026, 9, 14)) is None
