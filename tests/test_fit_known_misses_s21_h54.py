"""Classes held-out 54 (shared-service centres in Central and Eastern Europe and Portugal) showed,
fixed in our own wording.

- Opt-outs in Czech ("nekontaktujte mě", "už mi nevolejte", "smažte moje údaje"), Hungarian
  ("ne keressenek többet", "töröljék az adataimat") and Bulgarian ("не ме търсете", "не ми се
  обаждайте повече", "изтрийте данните ми"); a stop scoped to a time, a place of work or one
  mailing ("nevolejte mi do práce", "napközben ne hívjanak", "спрете бюлетина") is none.
- Romanian "nu îmi mai scrieți" (the dative of writing) is an opt-out; a call refused "on this
  number", in Romanian or English, with a new number given or the old one closing, is no opt-out.
- A bare "no thanks" with a softener ("no thanks, sorry", "No thanks, really.") is still bare;
  "no thanks to the Leiria one" still refuses one role only.
- Romanian waits ("până după Paște", "nu înainte de martie", "după Bobotează"), Hungarian months
  with their endings ("március végéig", "február után"), Bulgarian "след лятната ваканция" and
  "до края на <month>", Polish notice shorthand ("2 miesiące okresu wypow.").
- "<event> on <date>, nothing before." waits for the date.
- "Can start whenever" with a notice length beside it is no wait to contact; "can start whenever
  the notice is done" still waits.
- A Hungarian or Czech stop taken back ("meggondoltam magam, kereshetnek nyugodtan"), a
  Romanian wait called off ("s-a anulat, sunt disponibil acum").
- Polish managing refused or wanted ("nie chce zarządzać zespołem", "chce zostać kierownikiem"),
  Romanian weekends refused ("nu lucrez în weekend").
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

AT = ReadAt(date(2026, 11, 2))


@pytest.mark.parametrize(
    "note",
    [
        "Nekontaktujte mě prosím, nemám zájem o nic.",
        "už nás prosím nekontaktujte",
        "Už mi nevolejte.",
        "Prosím smažte moje osobní údaje.",
        "Kérem, ne keressenek többet.",
        "A jövőben ne keressen, köszönöm.",
        "Kérem töröljék az összes adataimat.",
        "Не ме търсете повече, моля.",
        "Повече не ми пишете.",
        "Изтрийте данните ми от системата.",
    ],
)
def test_czech_hungarian_bulgarian_opt_outs(note):
    assert AT.opted_out(note)


@pytest.mark.parametrize(
    "note",
    [
        "Nevolejte mi prosím dopoledne, odpoledne klidně.",
        "nekontaktujte mě v práci, jen na soukromý mail",
        "Odhlaste mě z newsletteru, nabídky posílejte dál.",
        "Délelőtt ne hívjanak, délután igen.",
        "Не ми звънете сутрин, следобед може.",
        "Спрете бюлетина, но конкретни позиции ми пращайте.",
    ],
)
def test_scoped_stops_in_those_languages_are_no_opt_out(note):
    assert not AT.opted_out(note)


def test_romanian_no_more_writing_is_an_opt_out():
    assert AT.opted_out("nu îmi mai scrieți, mulțumesc")
    assert not AT.opted_out("nu-mi mai scrieti despre joburi de junior")


@pytest.mark.parametrize(
    "note",
    [
        "nu mă mai sunați pe numărul ăsta, am unul nou: 0733 000 111",
        "Please don't ring me again on this number - new mobile is 07700 900123.",
        "don't call me anymore on that number, I'm cancelling the contract",
    ],
)
def test_a_stop_on_one_number_given_up_is_no_opt_out(note):
    assert not AT.opted_out(note)


def test_a_stop_on_this_number_alone_is_still_an_opt_out():
    assert AT.opted_out("Stop texting this number.")
    assert AT.opted_out("nu mă mai sunați, nu sunt interesat")


@pytest.mark.parametrize("note", ["no thanks, sorry", "No thanks, honestly.", "no thanks - I'm ok"])
def test_a_softened_bare_no_thanks_opts_out(note):
    assert AT.opted_out(note)


def test_no_thanks_to_one_role_is_no_opt_out():
    assert not AT.opted_out("No thanks to the Leiria one, sorry - keep me in mind for Lisbon.")


@pytest.mark.parametrize(
    ("note", "said", "until"),
    [
        ("nu schimb jobul până după Paști", date(2026, 10, 5), "2027-05-01"),  # Orthodox Easter
        ("nu înainte de aprilie, am proiect", date(2026, 10, 5), "2027-04-01"),
        ("după Bobotează, acum e închiderea de an", date(2026, 12, 1), "2027-01-01"),
        ("Március végéig maradok.", date(2026, 10, 5), "2027-03-01"),
        ("február után szívesen", date(2026, 10, 5), "2027-03-01"),
        ("до края на март не мога", date(2026, 10, 5), "2027-03-01"),
        (
            "Złożyła wypowiedzenie wczoraj, 2 miesiące okresu wypow.",
            date(2026, 10, 5),
            "2026-12-01",
        ),
        (
            "Team lead for the ERP cutover on 1 March, nothing before.",
            date(2026, 10, 5),
            "2027-03-01",
        ),
    ],
)
def test_foreign_and_anaphoric_waits(note, said, until):
    assert AT.wait_until(note, said) == until


def test_bulgarian_summer_holidays_wait_into_next_year():
    assert AT.wait_until("след лятната ваканция, децата са вкъщи") > "2026-12-01"
    assert AT.wait_until("след лятната ваканция", date(2026, 6, 1)) == "2026-09-01"


def test_wait_words_stay_put_without_a_time():
    assert AT.wait_until("te sun după amiază") is None
    assert AT.wait_until("pracuje tam od 3 miesiące") is None


def test_a_start_whenever_beside_a_notice_is_no_wait():
    assert AT.wait_until("Declined them last month. Can start whenever, 60 days notice.") is None
    assert AT.wait_until("can start whenever the notice is done, 3 months") == "2027-02-01"


def test_polish_managing_refused_and_wanted():
    assert ("management", "avoid", "manage") in {
        k[:3] for k in AT.found("nie chce zarządzać zespołem")
    }
    assert ("management", "wish", "manage") in {k[:3] for k in AT.found("chce zostać kierownikiem")}


def test_romanian_weekends_refused():
    assert ("schedule", "avoid", "weekends") in {k[:3] for k in AT.found("nu lucrez în weekend")}
    assert not any(k[0] == "schedule" for k in AT.found("lucrez și în weekend, fără probleme"))


def test_a_hungarian_or_czech_stop_taken_back_is_an_opt_in():
    assert ("contact", "wish", "opt_in", None) in AT.found(
        "Meggondoltam magam, kereshetnek nyugodtan."
    )
    assert ("contact", "wish", "opt_in", None) in AT.found(
        "Rozmyslel jsem si to, klidně mi pište s nabídkami."
    )


def test_a_romanian_wait_called_off_is_free_now():
    assert (
        AT.wait_until("s-a anulat mutarea, sunt disponibil acum", date(2026, 6, 1)) == "2026-06-01"
    )
