"""Pay of the kind a quirks round found misread, in other words: a bare "$" (or "dollars") in a
note that names one other dollar ("C$", "CAD", "A$", "AUD", "NZ$") or is placed in one country
of dollars (Calgary, Brisbane, Auckland) is that dollar, not the US one. The twins keep USD: a
note with only "$", one that names "US$" beside another dollar, and one that brings the United
States in. Sentences are our own."""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

pays = ReadAt(date(2026, 11, 20)).pays


def _currencies(text: str) -> list[tuple[int, str]]:
    return [(p.value["amount"], p.value["currency"]) for p in pays(text)]


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("The award rate is C$41/hr; he's after $45/hr.", 45, "CAD"),
        ("Base was 92k CAD; wants $105k to move.", 105000, "CAD"),
        ("Super on top of A$150k - her ask is $165k.", 165000, "AUD"),
        ("AUD 130k base, would take 70 dollars an hour for contract work.", 70, "AUD"),
        ("NZ$ 98k now; asking $110k.", 110000, "NZD"),
        ("Calgary based, wants $88k.", 88000, "CAD"),
        ("Lives in Brisbane, after $140k plus super.", 140000, "AUD"),
    ],
)
def test_a_bare_dollar_takes_the_dollar_of_its_note(text, amount, currency):
    assert (amount, currency) in _currencies(text)


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("Wants $45/hr.", 45, "USD"),
        ("US$ 110k is his floor, or C$140k; $120k would be ok too.", 120000, "USD"),
        ("US$ 110k is his floor, or C$140k; $120k would be ok too.", 140000, "CAD"),
        ("In Toronto for now but only wants US roles at $150k.", 150000, "USD"),
        ("Moving from Vancouver to Sydney, wants $120k.", 120000, "USD"),
    ],
)
def test_a_dollar_with_nothing_else_named_stays_as_it_is(text, amount, currency):
    assert (amount, currency) in _currencies(text)
