"""Opt-outs of the kinds a first run of held-out 32 missed, in other words: Greek stops in Greek
script, with or without accents ("don't bother me again", "don't send me anything again", "take
me off your list", "delete my details", consent withdrawn); a Tagalog request to take the person
off our list ("pakitanggal na ako sa listahan nyo"); an Afrikaans stop that says "write"
("moenie weer vir my skryf nie"); and a request to come off the list a crew agency or a resort
keeps ("your crew list", "the seasonal list"). Their near-miss twins are not: a Greek "don't send
me X", one place refused, a phone call refused beside "email me"; a Tagalog list that is another
company's; a French stop on calls beside "an email will do" or kept to the season (the phone
only); and one named line's list ("the Carnival list", "the deck crew list"). Sentences are our
own."""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 9, 14))
found, opted_out = _AT.found, _AT.opted_out
PHONE_ONLY = ("contact", "avoid", "channel", "phone")


@pytest.mark.parametrize(
    "text",
    [
        # Greek, accented and not, in capitals too
        "Παρακαλώ μη με ξαναενοχλήσετε, βρήκα δουλειά.",
        "μη με ξαναενοχλειτε σας παρακαλω",
        "ΜΗ ΜΟΥ ΞΑΝΑΓΡΑΨΕΤΕ.",
        "Μην επικοινωνείτε πια μαζί μου.",
        "Δεν θέλω να με ξαναενοχλήσετε.",
        "Σταματήστε να μου στέλνετε μηνύματα.",
        "Βγάλτε με από τη λίστα σας, ευχαριστώ.",
        "Σβήστε τα στοιχεία μου από τη βάση σας.",
        "Ανακαλώ τη συγκατάθεσή μου.",
        # Tagalog: the person taken off our list
        "paki-alis na po ako sa listahan nyo, salamat",
        "Pakitanggal mo na ako sa database ninyo.",
        # Afrikaans: "write" is contact
        "Moenie weer vir my skryf nie, dankie.",
        "moet my asseblief nie weer skryf nie",
        # a crew agency's or a resort's own list
        "pls take me off your crew list, back on land for good",
        "Take her off the seasonal list - she's retired from the mountains.",
    ],
)
def test_an_opt_out_in_these_words_is_read(text):
    assert opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        # Greek: one place or kind refused, no "again"
        "Μη μου στέλνετε για Ρόδο, μόνο για Κέρκυρα.",
        "σταματήστε να μου στέλνετε για κρουαζιερόπλοια",
        "Διαγράψτε το παλιό βιογραφικό μου, σας στέλνω καινούριο.",
        # Tagalog: another company's list
        "pakitanggal po ako sa listahan ng MSC, sa yacht pwede pa",
        # a line's or a department's list
        "take me off the Carnival list, keep me on for private yachts",
        "take me off the deck crew list, I'm interior now",
    ],
)
def test_a_near_miss_is_no_opt_out(text):
    assert not opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        # a call refused beside the channel that will do, or kept to a time: the phone only
        "Μη με ξαναπάρετε τηλέφωνο, στείλτε μου email.",
        "Merci de ne plus m'appeler, un courriel suffit.",
        "Merci de ne plus m'appeler, par mail c'est parfait.",
        "Merci de ne plus m'appeler pendant la haute saison.",
    ],
)
def test_a_call_refused_with_email_fine_or_for_a_time_is_the_phone_only(text):
    got = found(text)
    assert not opted_out(text)
    assert PHONE_ONLY in got
