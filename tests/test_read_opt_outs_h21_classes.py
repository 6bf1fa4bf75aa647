"""Opt-outs of the kinds a first run of held-out 21 missed, in other words: a DM stopped on a
social app ("stop DMing me", the slang "stop sliding into my DMs") with nothing narrowing it
and no other way offered (it used to crash the reader); a DNC said for every one of our desks;
Swedish in the present tense after "jag vill att ni" ("raderar mina uppgifter", "inte kontaktar
mig mer"); Dutch "verwijder al(le) mijn gegevens uit ..."; and Japanese in the polite register
(a comma after "今後", roles named before "ご連絡", "控えていただきますよう", "削除も").
Their near-miss twins (a DM stopped with email offered, at a time or about one kind of role,
one named mailer, a DNC on one day, a Swedish "ring inte", a Dutch old address deleted, a
Japanese channel preference) are not. Sentences are our own."""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 11, 20))
opted_out = _AT.opted_out


@pytest.mark.parametrize(
    "text",
    [
        "Stop DMing me.",
        "ok please stop DMing me roles, not interested",
        "can you stop sliding into my dms with recruitment stuff",
        "Rang us: do not contact on any of our desks.",
        "Jag vill att ni raderar mina uppgifter.",
        "Snälla, jag vill att ni inte kontaktar mig mer.",
        "Verwijder alle mijn persoonsgegevens uit uw administratie.",
        "今後、お仕事のご連絡はご遠慮ください。",
        "今後一切のご連絡を控えていただきますよう、よろしくお願いします。",
        "登録データの削除もお願いします。",
    ],
)
def test_an_opt_out_in_these_words_is_read(text):
    assert opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "stop DMing me, email is better",
        "stop DMing me at 3am please",
        "stop sliding into my DMs with sales roles",
        "Please take me off the contract mailer, perm only.",
        "Do not contact on Mondays.",
        "Ring mig inte på jobbet, mejla istället.",
        "Mijn nieuwe adres staat hieronder, verwijder het oude.",
        "今後、ご連絡はメールでお願いします。",
        "日中はお電話に出られないため、メールでお願いします。",
    ],
)
def test_a_near_miss_is_no_opt_out(text):
    assert not opted_out(text)
