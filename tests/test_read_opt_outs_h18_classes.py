"""Opt-outs and retractions of the kinds a first run of held-out 18 missed, in other words:
stops in Arabic script ("don't contact me again", "delete my number/details"), Polish asks not
to write or ring "to me" any more, for no more offers of any kind, or to delete one's number;
Afrikaans "leave me alone" and a "don't ring again" with no "me"; a whole reply that is one word
of removal ("REMOVE", "unsubscribe me"); consent refused from now on ("I do not consent to any
further messages"); and a stop taken back - after an apology for how they were back then, after
a recalled stop turned with a bare "get in touch" or "I'm after a ... job now", and in Polish.
Their near-miss twins (an Arabic "can't take calls at work", an old number deleted, a Polish
"ring after six", an Afrikaans "ring any time", "remove my old email", consent to one client, a
recalled stop kept with "don't get in touch") are not. Sentences are our own."""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 11, 20))
found, opted_out = _AT.found, _AT.opted_out
OPT_IN = ("contact", "wish", "opt_in", None)


@pytest.mark.parametrize(
    "text",
    [
        # Arabic script
        "من فضلك لا تتصلوا بي مجدداً، وجدت عملاً.",
        "يرجى عدم مراسلتي بعد اليوم.",
        "احذفوا رقمي من عندكم لو سمحت.",
        "أرجو مسح بياناتي من النظام.",
        # Polish
        "Proszę już do mnie nie dzwonić, mam stałą pracę.",
        "Więcej do mnie nie pisać, dziękuję.",
        "Nie chcemy więcej żadnych maili.",
        "Usuńcie mój numer, proszę.",
        # Afrikaans
        "Los ons asseblief uit, ons is gelukkig waar ons is.",
        "Moenie ooit weer e-pos nie, dankie.",
        # a whole reply of one word
        "Remove",
        "unsubscribe me!",
        # consent refused from now on
        "We do not consent to any further communications from your agency.",
        "He won't consent to more emails from recruiters.",
    ],
)
def test_an_opt_out_in_these_words_is_read(text):
    assert opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "لا أستطيع استلام المكالمات في الدوام، راسلني بعد الخامسة.",
        "احذف رقمي القديم واستخدم الجديد.",
        "Proszę dzwonić wieczorem, rano jestem w pracy.",
        "Proszę usunąć mój stary numer, nowy podam mailem.",
        "Bel my gerus enige tyd, ek is nog beskikbaar.",
        "remove my old gmail, this is the one now",
        "Remove the Glasgow job from my shortlist please, keep the others coming",
        "I do not consent to my CV going to Balfour without asking me first.",
    ],
)
def test_a_near_miss_is_no_opt_out(text):
    assert not opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "Apologies, I was in a state back then. Looking again - send me anything going.",
        "sorry about earlier, things were rough. keen again now",
        "I know I told you guys to leave me alone last spring but get in touch, I'm free.",
        "I told you lot to take me off in March, but I'm after a shutdown job now.",
        "Przepraszam za moją ostatnią wiadomość. Znowu szukam pracy, proszę o kontakt.",
    ],
)
def test_a_stop_taken_back_is_read(text):
    assert OPT_IN in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "I know I told you to leave me alone, and dont get in touch again.",
        "sorry, back then I meant it and I still do - stop messaging me.",
    ],
)
def test_a_stop_kept_is_no_retraction(text):
    assert OPT_IN not in found(text)
