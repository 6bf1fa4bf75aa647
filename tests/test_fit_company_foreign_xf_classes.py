"""A company's size and stage said in Dutch, German, French and Spanish (round xf).

Class: a person's "zoekt een MKB-bedrijf", "liever geen beursgenoteerd bedrijf", "lieber
Mittelstand als Konzern", "plus de grand groupe", "busca una pyme", "prefiere una gran empresa",
"wil naar een scale-up" is read as the kind of company wished or refused; a role's "Wij zijn een
MKB-bedrijf", "une PME", "una pyme familiar", "ein KMU", "un grand groupe", "beursgenoteerd" says
its size; the fit sets one against the other.

Twins left alone: a requirement's "ervaring in een small company" or "experience in a small
company", a role serving "SME clients", and the cue words said of something else ("geen nachten",
"cherche un poste à Lyon") read no company. Sentences are our own.
"""

from datetime import date

import pytest

from reading.role_facts import role_facts
from tests.fit_helpers import goes_against, suits
from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 11, 20))
found = _AT.found


@pytest.mark.parametrize(
    ("text", "polarity", "kind"),
    [
        ("Zoekt nu een familiebedrijf in de regio, dichtbij huis.", "wish", "small"),
        ("wil graag terug naar het MKB na tien jaar bank", "wish", "small"),
        ("liever geen beursgenoteerd bedrijf meer, te veel kwartaaldruk", "avoid", "large"),
        ("Sucht einen Mittelständler im Raum Stuttgart.", "wish", "small"),
        ("lieber Mittelstand als Konzern, sagt sie", "avoid", "large"),
        ("Cherche une PME près de Nantes, plus de grand groupe.", "wish", "small"),
        ("Cherche une PME près de Nantes, plus de grand groupe.", "avoid", "large"),
        ("Busca una pyme cerca de casa.", "wish", "small"),
        ("prefiere una gran empresa por la estabilidad", "wish", "large"),
        ("wil naar een scale-up, klaar met de corporate wereld", "wish", "scaleup"),
    ],
)
def test_a_company_kind_said_in_another_language_is_read(text, polarity, kind):
    assert ("company", polarity, kind) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "geen nachten meer, wel weekenden",
        "cherche un poste à Lyon, en CDI",
        "busca algo en Madrid centro",
    ],
)
def test_the_cue_words_said_of_something_else_read_no_company(text):
    assert not any(f[0] == "company" for f in found(text))


@pytest.mark.parametrize(
    ("description", "kind"),
    [
        ("Wij zijn een MKB-bedrijf in Zwolle met 45 collega's.", "small"),
        ("Nous sommes une PME industrielle près d'Angers.", "small"),
        ("Somos una pyme familiar de Castellón.", "small"),
        ("Wir sind ein KMU aus dem Allgäu.", "small"),
        ("Rejoignez un grand groupe de l'agroalimentaire.", "large"),
        ("Een beursgenoteerde onderneming in de chemie.", "large"),
        ("Formamos parte de una gran empresa del sector energético.", "large"),
    ],
)
def test_a_role_says_its_size_in_its_own_language(description, kind):
    assert kind in role_facts(title="Controller", description=description).company


@pytest.mark.parametrize(
    "description",
    ["Experience in a small company is a plus.", "You will serve our SME clients in Leinster."],
)
def test_a_small_company_asked_for_or_served_is_no_size(description):
    assert "small" not in role_facts(title="Controller", description=description).company


def test_the_fit_sets_a_foreign_wish_against_the_role():
    pme = "Nous sommes une PME de la région, équipe soudée."
    group = "Rejoignez un grand groupe international coté en bourse."
    note = "Cherche une PME, plus de grand groupe."
    assert suits(note, "company", description=pme)
    assert goes_against(note, "company", description=group)
