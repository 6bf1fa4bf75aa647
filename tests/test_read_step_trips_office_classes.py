"""Four readings that the merge of the 2026-11-27 third-session rounds had crossed, each as a
class with its twin:

- German home-office days in figures after an abbreviated floor ("mind. 2 Tage Homeoffice") are a
  hybrid week, not fully remote;
- French refusing to go back to the office ("refuse de retourner au bureau") is remote only,
  where wanting to go back ("veut retourner au bureau") is an office wished for;
- stepping back from one level *to* another ("step back from director to a hands-on PM role")
  wants the second, where "step back from management" alone still refuses managing;
- trips measured in nights ("field trips over two nights are a non-starter") are nights away
  refused, where "no trips" has no kind.
"""

from datetime import date

from reading import read
from tests.reading_helpers import ReadAt

SAID = date(2026, 11, 23)
at = ReadAt(SAID)


def _facet(note: str, facet: str) -> set[tuple]:
    return {k for k in at.found(note) if k[0] == facet}


def test_german_home_office_days_after_an_abbreviated_floor_are_a_hybrid_week():
    modes = _facet("Sie möchte mind. 3 Tage Homeoffice.", "work_mode")
    assert any("hybrid" in k for k in modes) and not any("remote" in k for k in modes)


def test_french_refusing_the_office_back_is_remote_only_and_wanting_it_back_is_the_office():
    assert ("work_mode", "must", "remote") in _facet("Il refuse de revenir au bureau.", "work_mode")
    assert ("work_mode", "wish", "onsite") in _facet("Elle veut retourner au bureau.", "work_mode")


def test_stepping_back_from_one_level_to_another_wants_the_second():
    found = _facet("Would step back from head of to a hands-on engineer role.", "management")
    assert ("management", "wish", "hands_on") in found
    assert ("management", "avoid", "manage") in _facet(
        "Wants to step back from management.", "management"
    )


def _travel(note: str) -> list[tuple[str, str | None]]:
    return [
        (c.polarity, c.value.get("scope")) for c in read(note, said_at=SAID) if c.facet == "travel"
    ]


def test_trips_measured_in_nights_are_nights_away():
    assert ("avoid", "overnight") in _travel(
        "Trips longer than three nights are a no-go these days."
    )
    assert all(scope != "overnight" for _, scope in _travel("No trips please."))
