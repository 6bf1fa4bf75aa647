"""German (DACH) opt-outs of the kinds a first run of held-out 43 missed, in other words: the
zu-infinitive of a formal request ("bitte Sie, mich nicht mehr zu kontaktieren", "Abstand zu
nehmen"), "hör(en Sie) auf, mir zu schreiben", being struck from a list, record or dossier with the
dative ("aus Ihrem Verteiler", "aus Ihrer Evidenz zu streichen", "mein Dossier zu löschen"),
"keinerlei weitere Kontaktaufnahme (durch uns)", "keine weitere Ansprache", "verbittet sich jede
weitere Kontaktaufnahme", an objection to "die Datenverarbeitung", "nicht mehr von Ihnen
kontaktiert werden", and a bare "Nein danke" to our message. Also: "nicht mehr anrufen" refuses the
phone only, so beside "WhatsApp ist ok" it is no opt-out.

Their near-miss twins stay unread as opt-outs: a list we should add them to, a dossier to update,
a "nein danke" to one role or one time, a refusal of calls at the office, a stop for one kind of
job, an objection-free consent. Sentences are our own."""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 11, 27))
found, opted_out = _AT.found, _AT.opted_out
PHONE_AVOID = ("contact", "avoid", "channel", "phone")


@pytest.mark.parametrize(
    "text",
    [
        "Ich bitte Sie höflich, mich in Zukunft nicht mehr zu kontaktieren.",
        "Wir ersuchen Sie, ihn ab sofort nicht mehr anzuschreiben. Danke.",
        "Bitte von jeder weiteren Kontaktaufnahme Abstand nehmen.",
        "Hör endlich auf, mich zu nerven!",
        "Hören Sie auf, mich anzuschreiben.",
        "Entfernen Sie mich bitte aus Ihrem System.",
        "Ich ersuche, mich aus dem Bewerberpool zu entfernen.",
        "Bitte mein Profil bei Ihnen komplett löschen.",
        "Kandidatin wünscht keinerlei Kontakt mehr.",
        "Gespräch am Telefon: keine weitere Ansprache erwünscht.",
        "Er verbat sich jegliche Kontaktaufnahme.",
        "Widerspruch gegen die Datenspeicherung eingelegt.",
        "Wir möchten alle nicht mehr durch Ihre Firma kontaktiert werden.",
        "Nein, danke.",
        "nein danke schön",
    ],
)
def test_a_german_opt_out_in_these_words_is_read(text):
    assert opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bitte nehmen Sie mich in Ihren Verteiler für Projektstellen auf.",
        "Könnten Sie mein Profil bei Ihnen aktualisieren? Neue Zertifizierung.",
        "Nein danke für das Angebot in Kassel, Hamburg wäre spannend.",
        "nein danke, im Moment nicht – im Frühjahr gerne wieder.",
        "Er verbittet sich Anrufe am Vormittag, nachmittags gern.",
        "Ich möchte nicht mehr für Leiharbeit kontaktiert werden, Festanstellung gerne.",
        "Einwilligung zur Datenspeicherung erteilt, freut sich auf Angebote.",
        "Mein altes Profil bitte löschen, das neue ist aktuell.",
    ],
)
def test_a_near_miss_is_no_opt_out(text):
    assert not opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bitte nicht mehr anrufen, SMS geht.",
        "Bitte nicht mehr anrufen – WhatsApp geht gut.",
    ],
)
def test_no_more_calls_with_another_channel_refuses_the_phone_only(text):
    assert not opted_out(text)
    assert PHONE_AVOID in found(text)


def test_a_channel_named_without_its_yes_is_no_channel_wish():
    email_wish = ("contact", "wish", "channel", "email")
    assert email_wish not in found("Mails sind nervig, lieber anrufen.")
