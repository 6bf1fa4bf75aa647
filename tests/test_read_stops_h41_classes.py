"""Opt-outs, stops taken back and waits of the kinds a first run of held-out 41 missed, in other
words: a Portuguese removal said with the infinitive after a please ("queria me tirar da base");
Ukrainian and Russian stops ("no more" or an erasure asked for); a Taglish stop said to "you"
("wag na kayong ...") or "tigilan nyo na ako"; a recruiter's note that the person asked, with a
word between commas, that nobody contacts them again; a Portuguese or Spanish apology for an
earlier message with a turn back lifting that stop; a Portuguese "free now" after the thing that
held them off was cancelled; a Taglish wait said "kapag tapos na ang ..."; and a return from a
feast dated months before the day said, which waits for no next one. Their near-miss twins (one
channel or one group left, a time to write at, "don't worry", a time-scoped request, an apology
with the no kept, "free" with no change, a thing already done, a return still ahead) are not.
Sentences are our own."""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 9, 21))
found, opted_out, wait_until = _AT.found, _AT.opted_out, _AT.wait_until
OPT_IN = ("contact", "wish", "opt_in", None)


@pytest.mark.parametrize(
    "text",
    [
        # Portuguese: the infinitive after a please or a wish
        "Queria me tirar da base de vocês, obrigado.",
        "Por gentileza, me excluir do cadastro.",
        "Podem retirar-me da lista, já não procuro.",
        # Ukrainian and Russian
        "Прошу більше не турбуйте мене.",
        "Не телефонуйте мені більше, дякую.",
        "Видаліть мене з вашої бази, будь ласка.",
        "Больше мне не звоните.",
        "Удалите мои данные, пожалуйста.",
        # Taglish, said to "you"
        "Huwag na po kayong mag-text, salamat.",
        "tigilan mo na po ako.",
        # a recruiter's note of the request, a word between commas
        "Spoke to him briefly; he asked, politely but clearly, that nobody here emails him again.",
    ],
)
def test_an_opt_out_in_these_words_is_read(text):
    assert opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "Queria me tirar do grupo do Telegram, mas e-mail pode mandar.",
        "Пишіть мені ввечері, вдень я на зміні.",
        "Більше не пишіть у телеграм, краще на пошту.",
        "Больше не звоните днём, лучше вечером.",
        "Wag na kayong mag-alala, ok lang ako.",
        "tigilan mo na ako sa tawag, text na lang po.",
        "He asked, politely, that nobody calls him before ten.",
    ],
)
def test_a_near_miss_is_no_opt_out(text):
    assert not opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "Desculpe pela minha resposta em março. Podem me enviar propostas de novo.",
        "Perdón por mi mensaje de enero; pueden volver a enviarme ofertas.",
    ],
)
def test_an_apology_for_an_earlier_stop_with_a_turn_back_is_an_opt_in(text):
    assert OPT_IN in found(text)
    assert not opted_out(text)


def test_an_apology_with_the_no_kept_is_no_opt_in():
    assert OPT_IN not in found("Desculpe pela minha resposta, mas continuo sem interesse.")


def test_free_now_after_the_cause_was_cancelled_ends_the_wait_now():
    assert wait_until("A viagem foi cancelada, estou livre agora.") == "2026-09-01"


def test_free_with_no_change_is_no_wait():
    assert wait_until("Estou livre agora.") is None


@pytest.mark.parametrize(
    ("text", "until"),
    [
        ("Saka na ako mag-aapply kapag tapos na ang school year ni bunso sa March.", "2027-03-01"),
        ("Kapag tapos na ang semester ko sa December, pwede na.", "2026-12-01"),
    ],
)
def test_a_taglish_wait_for_an_end_runs_to(text, until):
    assert wait_until(text) == until


def test_a_taglish_thing_already_done_is_no_wait():
    assert wait_until("Tapos na ang contract ko noong May, free na ako.") is None


@pytest.mark.parametrize(
    "text",
    [
        "Back from the Eid break on 2 July, keen to hear about anything.",
        "Back from the Easter holidays on 8 April - send anything.",
    ],
)
def test_a_return_from_a_feast_months_ago_is_no_wait(text):
    assert wait_until(text) is None


def test_a_return_from_a_feast_still_ahead_waits():
    assert wait_until("Back from the Christmas break on 6 January, then keen.") is not None
