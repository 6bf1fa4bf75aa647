"""Design, BIM and estimating software of the kind a first run of held-out 27 missed, in other
words: "keen to take off quantities in CostX", "wants to move from AutoCAD to Revit", "done with
Tekla, give her anything else", "Bluebeam please". Each is read as the technology it names, wished
or refused, so a role that asks for it meets or clashes with it. Their near-miss twins name the
software with no wish or refusal ("used ArchiCAD at uni"), and are no technology condition.
Sentences are our own."""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 11, 20))
found = _AT.found


@pytest.mark.parametrize(
    "text, key",
    [
        ("keen to take off quantities in CostX", ("technology", "wish", "costx")),
        ("Wants to model in Revit full time", ("technology", "wish", "revit")),
        ("done with Tekla, give her anything else", ("technology", "avoid", "tekla")),
        ("never Navisworks again", ("technology", "avoid", "navisworks")),
        ("keen on Procore, hates paper site diaries", ("technology", "wish", "procore")),
    ],
)
def test_design_and_estimating_software_is_read(text, key):
    assert key in found(text)


def test_software_merely_named_is_no_condition():
    assert not {k for k in found("used ArchiCAD at uni, years ago") if k[0] == "technology"}
