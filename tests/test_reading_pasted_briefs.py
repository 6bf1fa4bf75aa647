"""A client's brief, a job spec or an advert quoted into a candidate's note holds the client's
terms, not the candidate's: "JD from client: 'applicants unable to do nights will not be
considered'" refuses nothing of hers; what she said of it after the quote is hers, and a quote
of her own words ("she said 'no more nights'") still counts."""

import pytest

from tests.fit_helpers import SAID
from tests.reading_helpers import ReadAt

at = ReadAt(SAID)


@pytest.mark.parametrize(
    "note, theirs, hers",
    [
        (
            "Spec from the client: 'Weekend work essential, no part-time.' Cand fine with it.",
            ("schedule", "avoid", "part_time"),
            None,
        ),
        (
            'Client brief reads "Fully on site, no remote working, 5 days". She wants hybrid '
            "ideally.",
            ("work_mode", "wish", "remote"),
            ("work_mode", "wish", "hybrid"),
        ),
        (
            "Advert copied in: 'night shifts are not available for this post'. Cand happy on "
            "nights.",
            ("schedule", "avoid", "nights"),
            ("schedule", "wish", "nights"),
        ),
    ],
)
def test_a_clients_quoted_terms_are_not_the_candidates(note, theirs, hers):
    found = at.found(note)
    assert theirs not in found
    if hers:
        assert hers in found


@pytest.mark.parametrize(
    "note, hers",
    [
        ("She said 'no more nights, ever' when we spoke.", ("schedule", "avoid", "nights")),
        ("Cand's words: 'remote or nothing'.", ("work_mode", "must", "remote")),
    ],
)
def test_the_candidates_own_words_in_quotes_still_count(note, hers):
    assert hers in at.found(note)
