"""Contract kinds in other languages, on both sides, of the kind several held-out first runs
missed: a permanent seat ("indefinido", "a tempo indeterminato", "unbefristet", "CDI", "vaste
aanstelling"), a fixed term ("temporal", "de temporada", "a tempo determinato", "befristet",
"CDD", "prazo determinado", "tijdelijk"), agency or on-call work ("intérim", "a chiamata") and a
contractor ("PJ"), wished or refused in the language's own "no" ("pas de", "geen", "niente",
"não", "nichts"), against a role that says its kind in that language.

Twins left alone: a fixed timetable ("horario fijo") is no permanent seat, a project said to be
temporary ("het project is tijdelijk") is no contract kind, and English "interim" reads as before.
Sentences are our own."""

from datetime import date

import pytest

from tests.fit_helpers import goes_against, suits
from tests.reading_helpers import ReadAt

found = ReadAt(date(2026, 11, 20)).found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Solo le interesa algo indefinido, nada temporal.", "fixed_term"),
        ("no quiere otro contrato de temporada", "fixed_term"),
        ("Will nur noch was Unbefristetes, nichts befristetes mehr", "fixed_term"),
        ("Elle cherche un CDI, pas de CDD cette fois", "fixed_term"),
        ("plus d'intérim pour lui, il veut du stable", "contract"),
        ("Ele não aceita prazo determinado", "fixed_term"),
        ("quer ficar CLT, não PJ", "contract"),
        ("Zoekt iets vasts: geen tijdelijk contract meer", "fixed_term"),
        ("niente più lavoro a chiamata, cerca stabilità", "contract"),
    ],
)
def test_a_contract_kind_refused_in_another_language_is_read(text, kind):
    assert ("contract", "avoid", kind) in found(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("busca un puesto indefinido en Valencia", "permanent"),
        ("cerca un posto a tempo indeterminato vicino a casa", "permanent"),
        ("Sie möchte eine unbefristete Stelle", "permanent"),
        ("wil graag een vaste aanstelling", "permanent"),
        ("aceita contrato por prazo determinado sem problema", "fixed_term"),
        ("Un contrato de temporada le va bien este verano", "fixed_term"),
    ],
)
def test_a_contract_kind_wished_in_another_language_is_read(text, kind):
    assert ("contract", "wish", kind) in found(text) or ("contract", "must", kind) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Prefers a horario fijo, mornings only",
        "het project is tijdelijk, zegt ze",
    ],
)
def test_a_fixed_timetable_or_a_temporary_project_is_no_contract_kind(text):
    assert not {f for f in found(text) if f[0] == "contract"}


@pytest.mark.parametrize(
    ("note", "title", "description"),
    [
        ("Pas de CDD, il a besoin de stabilité", "Technicien", "CDD de 9 mois."),
        ("geen tijdelijk contract meer", "Planner", "Tijdelijke aanstelling voor een jaar."),
        ("non vuole il tempo determinato", "Magazziniere", "A tempo determinato."),
        ("no quiere más contratos de temporada", "Camarero", "Contrato de temporada."),
        ("ne veut plus d'intérim", "Cariste", "Mission d'intérim de 3 mois renouvelable."),
    ],
)
def test_a_refused_kind_goes_against_a_role_written_in_that_language(note, title, description):
    assert goes_against(note, "contract", title=title, description=description)


@pytest.mark.parametrize(
    ("note", "title", "description"),
    [
        ("veut un CDI", "Technicien", "Contrat à durée indéterminée, temps plein."),
        ("cerca il tempo indeterminato", "Magazziniere", "Contratto a tempo indeterminato."),
        ("zoekt een vast contract", "Planner", "Vaste aanstelling na de proeftijd."),
    ],
)
def test_a_wished_kind_is_met_by_a_role_written_in_that_language(note, title, description):
    assert suits(note, "contract", title=title, description=description)
