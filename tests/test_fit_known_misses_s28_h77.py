"""Classes held-out 77 (AI research and deep-tech hiring) showed, fixed in our own wording.

- A stop asked as a wish about what we keep ("I'd rather you didn't keep my details on file",
  "prefer you not keep her CV on your books") is an opt-out; a scoped one or a kept one is not.
- A stop taken back after an apology for when it was said ("sorry about March") or a note that
  opens on "looking again" lifts the stop; "not looking again" and a question do not.
- "asked not to be contacted back in January" dates the stop: no wait ("... until January" is one).
- A term followed by "doesn't work for me" is refused ("would work for me" is a wish; "didn't
  work out for us" is a past report).
- A four-day week with another day named as the one off ("Mondays off") is wished, not refused.
- A bare French "ses" is no Australian SES grade; "an SES role" still is.
- The IC seat kept, opening a clause ("staying IC", "sticking with the IC track") is hands-on
  wished; "not staying IC" is not.
- A job lost to layoffs ("caught in the layoffs", "hit by the RIF") makes "free now" a wait ended.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

AT = ReadAt(date(2026, 10, 5))
OPT_IN = ("contact", "wish", "opt_in", None)
HANDS_ON = ("management", "wish", "hands_on")


@pytest.mark.parametrize(
    "note",
    [
        "I'd rather you didn't keep my details on file or reach out again.",
        "would rather you did not keep my data on file, thanks",
        "she'd prefer you not keep her cv on your books",
    ],
)
def test_a_wish_not_to_be_kept_is_a_stop(note):
    assert AT.opted_out(note)


@pytest.mark.parametrize(
    "note",
    [
        "I'd rather you kept my details on file",
        "I'd rather you didn't keep my details on file for the Leeds role",
    ],
)
def test_kept_or_scoped_is_no_stop(note):
    assert not AT.opted_out(note)


@pytest.mark.parametrize(
    "note",
    [
        "Sorry about March. I'm open again, get in touch.",
        "apologies for last week - looking again, reach out",
        "Looking again now, do reach out.",
    ],
)
def test_a_stop_taken_back(note):
    assert OPT_IN in AT.found(note)


@pytest.mark.parametrize(
    "note",
    [
        "Sorry about March. Not looking again though.",
        "Looking again? no.",
        "sorry about may, still a no",
    ],
)
def test_no_stop_taken_back(note):
    assert OPT_IN not in AT.found(note)


def test_a_stop_recalled_with_its_month_is_no_wait():
    said = date(2026, 6, 8)
    assert AT.wait_until("He asked not to be contacted back in February; now keen.", said) is None
    assert AT.wait_until("she'd asked not to be called in March, happy now", said) is None
    assert AT.wait_until("asked not to be contacted until January", said) == "2027-01-01"


@pytest.mark.parametrize(
    "note, facet, kind",
    [
        ("contract roles just don't work for me", "contract", "contract"),
        ("nights won't work for her", "schedule", "nights"),
        ("hybrid doesn't really work for him", "work_mode", "hybrid"),
    ],
)
def test_doesnt_work_for_me_refuses(note, facet, kind):
    found = AT.found(note)
    assert any(k[0] == facet and k[1] == "avoid" and k[2] == kind for k in found), found


def test_works_for_me_is_no_refusal():
    assert not any(k[1] == "avoid" for k in AT.found("part-time would work for me"))
    assert not any(
        k[1] == "avoid" for k in AT.found("relocation didn't work out for us but would consider it")
    )


@pytest.mark.parametrize(
    "note",
    ["4dw with mondays off", "four day week, every other friday off", "Four-day week, Fridays off"],
)
def test_four_day_week_with_its_day_off_is_wished(note):
    found = AT.found(note)
    assert not any(k[:2] == ("schedule", "avoid") for k in found), found
    assert any(k[0] == "schedule" and k[2] == "four_day_week" for k in found), found


def test_weekends_off_still_refuses_weekends():
    assert ("schedule", "avoid", "weekends") in {k[:3] for k in AT.found("remote, weekends off")}


def test_french_ses_is_no_grade():
    assert not any(k[0] == "seniority" for k in AT.found("Il veut un labo qui partage ses poids."))
    assert any(k[0] == "seniority" for k in AT.found("aiming for an SES role"))


@pytest.mark.parametrize(
    "note",
    ["scrap that, staying IC", "Sticking with the IC track for now", "she's remaining an IC"],
)
def test_the_ic_seat_kept(note):
    assert HANDS_ON in {k[:3] for k in AT.found(note)}


def test_not_staying_ic_is_no_wish():
    assert HANDS_ON not in {k[:3] for k in AT.found("not staying IC, wants to manage")}


@pytest.mark.parametrize(
    "note",
    [
        "got caught in the layoffs on friday. free now, happy to talk",
        "hit by the RIF last week - available now",
        "my role was eliminated, ready to talk now",
    ],
)
def test_a_layoff_ends_a_wait(note):
    assert AT.wait_until(note, date(2026, 10, 26)) == "2026-10-01"


def test_a_layoff_with_a_later_date_still_waits():
    assert AT.wait_until(
        "caught in the layoffs but not free until January", date(2026, 10, 26)
    ) == ("2027-01-01")
