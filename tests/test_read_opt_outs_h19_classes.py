"""Opt-outs of the kinds a first run of held-out 19 missed, in other words: a removal from one of
our lists made to last ("for good", "for ever") rather than narrowed; Afrikaans with the person
after "weer" ("moenie weer vir ons bel nie"); Welsh ("peidiwch â chysylltu â fi mwyach",
"tynnwch fy enw o'ch rhestr"); the GDPR objection named by its article ("an Art. 21 objection");
"STOP ALL CALLS" said bare, as "Stop calling me." is.
Their near-miss twins stay unread: a removal for one weekday or one kind of post, an Afrikaans or
Welsh wish for one channel or a time, an article that is not the GDPR's, all calls stopped with
another way offered or only at a time. And a stop scoped to one
place ("no more emails for the Hull school", in French "plus d'offres pour Gatineau") is no
opt-out, while the same stop said whole still is. Sentences are our own."""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 11, 20))
opted_out = _AT.opted_out


@pytest.mark.parametrize(
    "text",
    [
        "please take me off the cover list for good, I've retired",
        "Remove me from your register for ever, thanks.",
        "take her off the relief list for keeps - she's emigrating",
        "Moenie weer vir ons bel of e-pos stuur nie, asseblief.",
        "Moet asseblief nie weer vir my skakel nie.",
        "Peidiwch â chysylltu â fi mwyach.",
        "Tynnwch fy enw o'ch rhestr, diolch.",
        "Dilëwch fy manylion os gwelwch yn dda.",
        "Candidate lodged an Art. 21 objection; suppress the record.",
        "She objected to processing under Article 21 GDPR.",
        "He objects to processing.",
        "Je ne veux plus recevoir vos offres, merci.",
        "Je ne souhaite plus recevoir de messages de votre part.",
        "I do not want any more emails for good.",
        "STOP ALL CALLS",
        "Stop all text messages!",
    ],
)
def test_an_opt_out_in_these_words_is_read(text):
    assert opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "please take me off the cover list for Mondays, I've got a regular day now",
        "take me off the cover list for the secondary posts, primary only",
        "Bel my eerder na vyfuur, asseblief.",
        "Moenie vir my bel voor drie-uur nie.",
        "Peidiwch â ffonio fi yn ystod gwersi.",
        "Mae'n well gen i e-bost, diolch.",
        "She asked about Article 21 of her contract.",
        "He objected to the processing time on his visa.",
        "I don't want any more emails for the Hull school - Beverley is still fine.",
        "Je ne veux plus recevoir d'offres pour Gatineau, Ottawa oui.",
        "stop all calls - whatsapp me instead",
        "stop all texts while I'm teaching",
    ],
)
def test_a_near_miss_is_no_opt_out(text):
    assert not opted_out(text)
