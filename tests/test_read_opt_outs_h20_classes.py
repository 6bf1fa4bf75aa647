"""Opt-outs of the kinds a first run of held-out 20 missed, in other words: a Hinglish stop
said with "send" ("bhejna") over one or two of our channels ("koi msg ya call"), and a number
or details taken off our list ("aapke database se hata do"); a German request to delete one's
whole profile or record with us ("um sofortige Löschung meines Bewerberprofils"); the texting
keyword STOP set apart by a dash or colon before why ("Stop: no more roles"); and "not
interested in anything from you" said with nothing after it. Their near-miss twins (a stop for
now or during work hours, details sent over WhatsApp, an old number taken off, the deletion of
an old duplicate profile or of an appointment, a profile to be updated, "stop calling me at
work", "STOP - no more roles in retail", "nothing from you right now" or "unless it's remote")
are not. Sentences are our own."""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 11, 20))
opted_out = _AT.opted_out


@pytest.mark.parametrize(
    "text",
    [
        "dobara koi msg mat bhejna, thanks",
        "Aage se call ya message mat bhejo please.",
        "kabhi koi email aur whatsapp mat bhejiye",
        "meri details aapke database se delete kar do",
        "Mera naam apni list se hata do.",
        "Hiermit ersuche ich um sofortige Löschung meines Bewerberprofils.",
        "Ich bitte um endgültige Löschung meines Kontos bei Ihnen.",
        "Stop: no more roles",
        "STOP — not interested",
        "stop - don't text this number",
        "Not interested in anything from your agency.",
        "honestly not interested in anything you send",
    ],
)
def test_an_opt_out_in_these_words_is_read(text):
    assert opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "abhi message mat bhejo, audit chal raha hai",
        "Lunch time pe call mat karo, baad mein WhatsApp pe details bhej do.",
        "purana number aapki list se hata do, naya 99887 12345 hai",
        "Bitte um Löschung meines alten Profils, ich habe ein neues angelegt.",
        "Löschung meines Termins am Montag bitte, ich bin krank.",
        "Könnten Sie bitte mein Profil aktualisieren? Neue Adresse in Basel.",
        "Stop calling me at the site please, mornings are fine.",
        "STOP - no more roles in retail, lab roles only",
        "not interested in anything from you right now, maybe after the audit",
        "Not interested in anything from you unless it is fully remote.",
    ],
)
def test_a_near_miss_is_no_opt_out(text):
    assert not opted_out(text)
