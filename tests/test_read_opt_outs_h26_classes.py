"""Opt-outs of the kinds a first run of held-out 26 missed or misread, in other words: a thing
that "doesn't bother him" (a road, the cold, the van) is indifference, not a stop, while a stop
told to someone ("told the agency don't bother him again") stays one; a Portuguese "no more
messages" to all of us; a Swahili or Sheng "don't <text / look for / ring> me again"
(usini-/msini- ... tena). Their near-miss twins (a Portuguese "no more messages about night
vacancies", a Swahili "don't ring me in the mornings") are not stops. Sentences are our own."""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 11, 20))
opted_out = _AT.opted_out


@pytest.mark.parametrize(
    "text",
    [
        "Says long drives and the ute don't bother him, he's used to it.",
        "The frost and the early mornings don't bother her.",
        "Told me the cold store doesn't bother him at all.",
        "the overnight stays and the motel food don't bother him",
    ],
)
def test_a_thing_that_does_not_bother_them_is_no_opt_out(text):
    assert not opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "Told the agency don't bother him again.",
        "please don't bother me again",
        "Não me enviem mais mensagens, obrigado.",
        "Por favor não me mande mais emails.",
        "Tafadhali msinitafute tena, nimepata kazi.",
        "sasa usinipigie tena boss, sina haja",
        "Usinimessage tena please.",
    ],
)
def test_a_stop_in_these_words_is_read(text):
    assert opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "não me mandem mais vagas de turno da noite, de dia pode mandar",
        "Não me envie mais propostas em Campinas, só Jundiaí.",
        "Usinipigie asubuhi, niko shambani. Jioni ni sawa.",
        "usinitumie kazi za usiku, za mchana ni poa",
    ],
)
def test_a_scoped_stop_is_no_opt_out(text):
    assert not opted_out(text)
