"""German waits and stops taken back, of the kinds a first run of held-out 43 missed, in other
words: "vor <Fest/Monat> geht (bei mir) nichts" (nothing before then: a wait to it, and "nichts"
no longer taken by the typo corrector for "nights"); rest asked as a span to give ("gebt mir ein
Jahr", "geben Sie ihr noch sechs Monate"); a stop taken back in German ("nehmen Sie mich wieder
auf", "inzwischen bin ich wieder auf der Suche").

Their near-miss twins stay unread: a date told with "vor" ("vor Pfingsten gewechselt"), a start
with talk welcome any time, "wieder offen" said with no stop before it lifts nothing it need not.
Sentences are our own."""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 11, 2))
found, opted_out, wait_until = _AT.found, _AT.opted_out, _AT.wait_until
OPT_IN = ("contact", "wish", "opt_in", None)


@pytest.mark.parametrize(
    "text, month",
    [
        ("Vor Weihnachten läuft bei ihr gar nichts, danach gern.", "2026-12"),
        ("vor März geht nichts, Projektabschluss", "2027-03"),
        ("Vor Pfingsten geht da leider nichts.", "2027-05"),
    ],
)
def test_nothing_before_a_feast_or_month_is_a_wait_to_it(text, month):
    assert (wait_until(text) or "").startswith(month)


def test_nothing_is_not_nights():
    assert not any(f[0] == "schedule" for f in found("Im Moment geht bei mir nichts, sorry."))


@pytest.mark.parametrize(
    "text, month",
    [
        ("Neuer Job seit Oktober, gebt mir ein Jahr.", "2027-11"),
        ("Geben Sie ihr noch sechs Monate, dann gern.", "2027-05"),
        ("gib mir ein halbes Jahr", "2027-05"),
    ],
)
def test_a_span_of_rest_given_is_a_wait(text, month):
    assert (wait_until(text) or "").startswith(month)


@pytest.mark.parametrize(
    "text",
    [
        "Vor Pfingsten gewechselt, seitdem zufrieden.",
        "Seit Oktober im neuen Job, melden kann man sich immer.",
    ],
)
def test_a_near_miss_asks_no_wait(text):
    assert wait_until(text) is None


@pytest.mark.parametrize(
    "earlier, later",
    [
        (
            "Bitte keine Anfragen mehr.",
            "Das mit dem Stopp war übereilt – bitte nehmen Sie mich wieder in Ihre Kartei auf.",
        ),
        (
            "Keine Nachrichten mehr, danke.",
            "Hatte damals abgewunken, inzwischen bin ich wieder auf der Suche – gern melden.",
        ),
    ],
)
def test_a_german_stop_taken_back_is_an_opt_in(earlier, later):
    assert opted_out(earlier)
    assert OPT_IN in found(later)
    assert not opted_out(later)


@pytest.mark.parametrize(
    "text",
    [
        "Bitte nehmen Sie meine neue Nummer auf.",
        "Ich bin wieder offen? Nein, bitte keine Anfragen mehr.",
    ],
)
def test_a_near_miss_is_no_opt_in(text):
    assert OPT_IN not in found(text)
