"""Moving home for work in Spanish, Portuguese, Italian and French, in forms a held-out first run
missed: the conditional ("se mudaría a", "mudaria para", "déménagerait à"), the reflexive with a
readiness word ("dispuesto a trasladarse", "disposta a se mudar", "prêt à déménager") and their
negations ("no se quiere mudar", "não se muda", "non intende trasferirsi", "ne compte pas
déménager"). Twins left alone: Portuguese "mudar de emprego" (changing jobs) and Italian
"trasferta" (a work trip). Sentences are our own."""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 11, 20))


def _moves(text):
    return {(f[1], f[2]) for f in _AT.found(text) if f[0] == "relocation"}


@pytest.mark.parametrize(
    "text",
    [
        "Él se mudaría a Valencia sin pensarlo.",
        "Estamos dispuestos a trasladarnos si hace falta.",
        "Ele se mudaria para Belo Horizonte no ano que vem.",
        "Está disposta a se mudar no ano que vem.",
        "Si trasferirebbe a Bologna per il ruolo giusto.",
        "Elle déménagerait à Toulouse pour ce poste.",
        "Il est prêt à déménager.",
    ],
)
def test_a_move_said_in_these_words_is_read(text):
    assert ("wish", True) in _moves(text)


@pytest.mark.parametrize(
    "text",
    [
        "No se quiere mudar, tiene a sus padres aquí.",
        "No nos mudamos, los niños están en el cole.",
        "Não se muda de jeito nenhum.",
        "Não pretende mudar de cidade.",
        "Non intende trasferirsi, ha appena comprato casa.",
        "Elle ne compte pas déménager.",
    ],
)
def test_a_refused_move_in_these_words_is_read(text):
    assert ("must", False) in _moves(text)


@pytest.mark.parametrize(
    "text",
    [
        "Quer mudar de emprego no próximo ano.",
        "Fa spesso trasferte a Roma.",
    ],
)
def test_changing_jobs_or_a_work_trip_is_no_move(text):
    assert not _moves(text)
