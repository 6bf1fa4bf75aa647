"""Opt-outs of the kinds a first run of held-out 31 missed, in other words: Norwegian and Danish
stops ("ikke send meg flere ...", "slet min profil", "jeg ønsker ikke å bli kontaktet", "stop med
at kontakte mig", "afmeld mig alle ..."), Swedish "sluta skicka ... till mig" and Finnish "älkää
lähettäkö enää mitään"; a French stop in the subjunctive after "demande qu'on" and "ne plus
figurer dans vos fichiers"; a recruiter's note of a request made somewhere ("asked at the
open day to be deleted") and "wants out of the talent pool for good".

Their near-miss twins are not opt-outs: a stop narrowed by a place, a topic, a channel or one
list ("... i Trondheim", "... om vikariater", "... på telefon", "afmeld mig nyhedsbrevet"),
"arrêtez de m'écrire en anglais", "retirez-moi de la liste des offres à Lille", "asked at the
open day to be moved to another list", "wants out of the talent pool for now". A Norwegian
"glem det jeg sa i mars" with "åpen for nye roller igjen" takes an earlier stop back, its month
no wait. A French list of
one place's jobs is read as that place refused. Sentences are our own."""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 11, 20))
found, opted_out = _AT.found, _AT.opted_out


@pytest.mark.parametrize(
    "text",
    [
        # Norwegian
        "Ikke send meg flere jobbtilbud, takk.",
        "Slett profilen min, er ikke interessert.",
        "slett meg fra databasen deres",
        "Slett alle opplysninger dere har lagret om meg.",
        "Jeg ønsker ikke å bli kontaktet mer.",
        "Ikke kontakt meg igjen.",
        "slutt å kontakte meg",
        # Danish
        "Send mig ikke flere mails.",
        "Slet mine oplysninger hos jer.",
        "hold op med at skrive til mig",
        "Kontakt mig ikke igen, tak.",
        "Afmeld mig alt, tak.",
        "afmeld mig jeres jobagenter og mails",
        # Swedish and Finnish
        "sluta skicka annonser till mig, tack",
        "Skicka inte fler jobb till mig.",
        "Älkää lähettäkö enää työpaikkoja.",
        # French
        "Il demande qu'on ne le recontacte plus.",
        "Souhaite ne plus figurer dans vos fichiers.",
        # English
        "She asked at the open day last spring to be deleted from our records.",
        "He wants out of our talent pool for good.",
    ],
)
def test_an_opt_out_in_these_words_is_read(text):
    assert opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ikke send meg flere jobbtilbud i Trondheim, jeg har flyttet.",
        "Jeg ønsker ikke å bli kontaktet på telefon, send heller en e-post.",
        "stop med at skrive om vikariater, jeg vil have fast job",
        "Afmeld mig nyhedsbrevet, men ring gerne om relevante job.",
        "sluta skicka jobb i Uppsala, jag har flyttat",
        "Ei kiitos tähän tehtävään.",
        "arrêtez de m'écrire en anglais, le français me va très bien",
        "Retirez-moi de la liste des offres à Lille, je suis à Nantes maintenant.",
        "She asked at the open day to be moved to the senior list.",
        "He wants out of the talent pool for now, back in touch in spring.",
    ],
)
def test_a_near_miss_is_no_opt_out(text):
    assert not opted_out(text)


def test_one_place_s_list_is_that_place_refused():
    assert ("location", "avoid", "lyon") in found("svp retirez-moi de la liste des postes à Lyon")


def test_a_norwegian_stop_taken_back_is_an_opt_in_and_its_month_no_wait():
    said = found("Glem det jeg sa i mars, jeg er åpen for nye stillinger igjen.")
    assert ("contact", "wish", "opt_in", None) in said
    assert not any(k[0] == "wait" for k in said)
