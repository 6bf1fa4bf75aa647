"""A contrast after a comma or a dash: "not the java roles, python ones yes" refuses java and
wants python; the refusal is not carried over an item said yes to. A plain list after a refusal
("no java, python, php") still shares it."""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

AT = ReadAt(date(2026, 5, 1))


@pytest.mark.parametrize(
    "text, refused, wanted",
    [
        ("not intrested in the java roles, python ones yes pls msg me", "java", "python"),
        ("Not interested in Java roles, Python ones are fine.", "java", "python"),
        ("he said no to scala, kotlin fine tho", "scala", "kotlin"),
        ("No PHP roles pls, Go ones yes", "php", "go"),
        ("I don't want react work, vue is ok though.", "react", "vue"),
    ],
)
def test_a_technology_said_yes_to_after_a_refusal_is_a_wish(text, refused, wanted):
    found = AT.found(text)
    assert ("technology", "avoid", refused) in found
    assert ("technology", "wish", wanted) in found
    assert ("technology", "avoid", wanted) not in found


@pytest.mark.parametrize(
    "text, refused, wanted",
    [
        ("no agencies, startups yes", "agency", "startup"),
        ("she's not keen on agencies - a startup would be fine", "agency", "startup"),
    ],
)
def test_a_company_kind_said_yes_to_after_a_refusal_is_a_wish(text, refused, wanted):
    found = AT.found(text)
    assert ("company", "avoid", refused) in found
    assert ("company", "wish", wanted) in found


@pytest.mark.parametrize(
    "text",
    ["not the Leeds one, Manchester yes please", "no to leeds, manchester is fine by him"],
)
def test_a_place_said_yes_to_after_a_refused_place_is_a_wish(text):
    found = AT.found(text)
    assert ("location", "avoid", "leeds") in found
    assert ("location", "wish", "manchester") in found


@pytest.mark.parametrize(
    "text, items",
    [
        ("no java, python, php", ("java", "python", "php")),
        ("no java, python pls", ("java", "python")),
        ("not java or scala", ("java", "scala")),
    ],
)
def test_a_plain_list_after_a_refusal_is_still_refused(text, items):
    found = AT.found(text)
    for name in items:
        assert ("technology", "avoid", name) in found
