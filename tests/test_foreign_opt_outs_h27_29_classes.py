"""Opt-outs and stops taken back in other languages, of the kinds a first run of held-out 27, 28
and 29 missed, in other words: German deletion from the files, "und auch sonst nichts" after one
channel, "von allem abmelden"; French removal from the candidate pool; Portuguese "não quero
voltar a ser contactado"; Swahili messages refused again, contact refused, removal from the list;
Egyptian Arabic "don't call me again" and formal Arabic "no more offers from you"; Bangla
"don't contact me any more" and "delete my profile". Their twins stay unread: a time or a channel
named ("vor 18 Uhr", "por telefone", "mchana", "kwa simu", "الصبح"), one kind of list or job, an
old number, a French work line ("sur mon portable professionnel", "sur ma ligne directe au
bureau"). Stops taken back: an apology for the earlier message then a turn back (German, Polish),
and a Romanian stop recalled then "now I'm looking"; an apology with no turn back is none.
Sentences are our own."""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 11, 20))
found, opted_out = _AT.found, _AT.opted_out
OPT_IN = ("contact", "wish", "opt_in", None)


@pytest.mark.parametrize(
    "text",
    [
        "Er will aus Ihrer Kartei gestrichen werden.",
        "Kandidatin möchte aus allen Listen entfernt werden.",
        "bitte keine SMS mehr, und auch sonst nichts.",
        "Bitte melden Sie ihn von allen Verteilern ab.",
        "Merci de me supprimer de votre fichier de candidats.",
        "Não quero voltar a ser contactado por vocês.",
        "Tafadhali msinitumie meseji tena.",
        "Sitaki kuwasiliana na kampuni yenu.",
        "Tafadhali uniondoe kwenye hifadhidata yenu.",
        "متكلمنيش تاني لو سمحت",
        "لا أريد استلام أي عروض منكم بعد الآن.",
        "আমাকে আর যোগাযোগ করবেন না, ধন্যবাদ।",
        "অনুগ্রহ করে আমার প্রোফাইল মুছে দিন।",
    ],
)
def test_an_opt_out_in_these_words_is_read(text):
    assert opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "Je ne veux plus être contactée sur mon portable professionnel, écrivez-moi chez moi.",
        "Merci de ne plus m'appeler sur ma ligne directe au bureau, le mail va très bien.",
    ],
)
def test_a_french_stop_to_a_work_line_is_no_opt_out(text):
    assert not opted_out(text)


# Guards of the new entries (unread before them too): what they must not reach.
@pytest.mark.parametrize(
    "text",
    [
        "bitte keine SMS mehr und auch sonst nichts vor 18 Uhr",
        "Er möchte, dass seine alte Nummer gelöscht wird.",
        "Merci de me supprimer de votre fichier de candidats pour le poste de Lyon.",
        "Não quero voltar a ser contactado por telefone, só por email.",
        "Não quero voltar a ser contactada antes de março.",
        "Usinitumie meseji mchana, niko kazini.",
        "Sitaki kuwasiliana nanyi kwa simu, tumieni barua pepe.",
        "Niondoe kwenye orodha ya kazi za Mombasa.",
        "متكلمنيش الصبح، ابعتلي واتساب",
        "لا أريد استلام عروض في دبي",
        "আমার পুরোনো নম্বর মুছে ফেলুন।",
        "আমাকে আর ডেটা এন্ট্রির চাকরির বিষয়ে যোগাযোগ করবেন না।",
        "আমাকে আর ফোন করবেন না, ইমেইলে লিখুন।",
    ],
)
def test_the_new_entries_leave_their_twins_unread(text):
    assert not opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "Entschuldigung für meine letzte Mail, war gestresst. Sehr gerne wieder Stellenangebote.",
        "sorry wegen der letzten Nachricht, Umzugsstress. Gerne wieder Angebote!",
        "Przepraszam za moją ostatnią odpowiedź, ciężki dzień. Chętnie usłyszę o propozycjach.",
        "Știu că v-am cerut să nu mă mai căutați, dar acum caut un job - scrieți-mi.",
    ],
)
def test_a_stop_taken_back_is_an_opt_in(text):
    assert OPT_IN in found(text)
    assert not opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "Entschuldigung für meine letzte Mail - trotzdem bitte keine Angebote mehr.",
        "Chętnie usłyszę o propozycjach.",
        "Știu că v-am rugat să nu mă mai contactați și rămâne așa.",
    ],
)
def test_no_turn_back_is_no_opt_in(text):  # a guard of the new entries
    assert OPT_IN not in found(text)
