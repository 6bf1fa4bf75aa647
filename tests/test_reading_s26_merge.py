"""Classes the sixteenth session found while merging its rounds (tests in our own wording):

- a French call stop narrowed to one line ("merci de ne plus appeler Monsieur Gendron sur son
  portable", "ne plus m'appeler sur mon cellulaire") refuses the phone only, as "stop calling me
  on my mobile" does in English: the person is not opted out, and an assistant's note naming the
  person between the verb and the line is read the same way; an unnarrowed "Ne plus appeler." or
  "ne plus contacter Madame X." is still a full stop;
- a German stop of requests from our trade ("wünscht keinerlei Anfragen von Personalberatern",
  "möchte keine Anfragen von Headhuntern mehr erhalten") or of none whatsoever ("keinerlei
  Angebote") is an opt-out; requests of one kind ("keinerlei Anfragen zu Zeitarbeit") are not;
- a chief officer wanted by letters ("keen on the CISO search") is met by a role whose title spells
  it out ("Chief Information Security Officer"), and a reason writes the letters in capitals;
- the place office days or a journey start from ("couldn't do four days in Leeds from Hull", "the
  drive from Ipswich") is where the person is, not a place they refuse; "wants to get away from
  Norwich" refuses Norwich (it had read as Norwich or nothing, as "won't work away from Lima" does);
- a train service named (the Avanti, Thameslink, Metra, the LIRR, the GO train) is a journey like
  "the train": "three days a week on the Thameslink is too much" refuses the commute, and its days
  are the journey's, not a part-time wish;
- a way of working someone has tired of ("working from home got old fast", "hybrid wore thin")
  is refused, and "I'd take an office job again" is the office wanted;
- the middle of town judged on its own ("Downtown is fine now", "the CBD is too far for her now")
  is a journey there accepted or refused;
- a school trust counted by its schools ("a 32-school multi-academy trust") is a large employer, so
  someone who wants a big trust ranks above someone who wants standalone schools; schools counted
  as a product's users ("40 schools use our app") say nothing of the employer's size.
"""

from datetime import date

import pytest

from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 9, 14))


@pytest.mark.parametrize(
    "text",
    [
        "Merci de ne plus appeler Monsieur Gendron sur son portable, il préfère les courriels.",
        "SVP ne plus m'appeler sur mon cellulaire, écrivez plutôt",
        "Bonjour, merci de ne plus appeler Mme Lachance sur son mobile : passez par moi.",
    ],
)
def test_a_french_call_stop_narrowed_to_the_mobile_refuses_the_phone_only(text):
    assert not _AT.opted_out(text)
    assert ("contact", "avoid", "channel", "phone") in _AT.found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ne plus appeler.",
        "Ne plus contacter Madame Lachance.",
        "merci de ne plus m'appeler, pas intéressé",
    ],
)
def test_a_french_stop_not_narrowed_is_still_a_full_stop(text):
    assert _AT.opted_out(text)


@pytest.mark.parametrize(
    "text",
    [
        "Frau Brandl wünscht keinerlei Anfragen von Headhuntern. Gruß, das Büro",
        "Er möchte keine Angebote von Personalvermittlern mehr bekommen.",
        "Bitte keinerlei Angebote mehr.",
    ],
)
def test_a_german_stop_of_requests_from_recruiters_is_an_opt_out(text):
    assert _AT.opted_out(text)


def test_a_german_stop_of_one_kind_of_request_is_no_opt_out():
    assert not _AT.opted_out("Keinerlei Anfragen zu Zeitarbeit, Festanstellung gern.")


@pytest.mark.parametrize(
    ("wanted", "role_title"),
    [
        ("Keen on the CISO search", "Chief Information Security Officer"),
        ("wants a CFO seat next", "Chief Financial Officer, Group"),
        ("Only interested in CTO roles now", "Chief Technology Officer"),
    ],
)
def test_a_chief_officer_wanted_by_letters_is_met_by_the_title_spelled_out(wanted, role_title):
    from matching.role import RoleFacts
    from matching.verdict import verdict
    from reading import read

    (wish,) = [c for c in read(wanted, said_at=date(2026, 9, 14)) if c.facet == "title"]
    assert verdict(wish, RoleFacts(title=role_title)) is True


def test_a_reason_writes_a_title_said_by_its_letters_in_capitals():
    from matching.wording import condition_phrase
    from reading import read

    (wish,) = [
        c for c in read("wants a CISO role next", said_at=date(2026, 9, 14)) if c.facet == "title"
    ]
    assert "CISO" in condition_phrase(wish)
    assert "CISO" in condition_phrase(wish, person="third")


@pytest.mark.parametrize(
    "text",
    [
        "Turned the offer down - couldn't do four days in Leeds from Hull",
        "won't drive more than 30 mins from Basildon",
    ],
)
def test_where_office_days_or_a_journey_start_is_no_place_refused(text):
    assert not any(k[0] == "location" and k[1] == "avoid" for k in _AT.found(text))


def test_getting_away_from_a_place_refuses_it():
    assert ("location", "avoid", "norwich") in _AT.found("She wants to get away from Norwich")
    assert ("location", "must", "lima") in _AT.found("won't work away from Lima")


@pytest.mark.parametrize(
    "text",
    [
        "Four days a week on {} into Blackfriars is too much",
        "Lives in Croydon, 35 mins on {} - fine for three days",
        "fine w/ up to an hour on {}, does it 2x/wk now",
    ],
)
@pytest.mark.parametrize("service", ["the Thameslink", "the GO train", "Metra", "the Avanti"])
def test_a_named_train_service_reads_as_the_train_does(text, service):
    assert _AT.found(text.format(service)) == _AT.found(text.format("the train"))


def test_days_on_a_named_train_refused_are_the_journeys_not_part_time():
    found = _AT.found("Three days a week on the Avanti to Euston is too much")
    assert any(k[:2] == ("commute", "avoid") for k in found)
    assert not any(k[0] == "schedule" for k in found)


@pytest.mark.parametrize(
    ("text", "tired_of"),
    [
        ("Working from home got old pretty fast, tbh", "remote"),
        ("hybrid wore thin for him", "hybrid"),
    ],
)
def test_a_way_of_working_tired_of_is_refused(text, tired_of):
    assert ("work_mode", "avoid", tired_of) in _AT.found(text)


def test_taking_an_office_job_again_is_the_office_wanted():
    assert ("work_mode", "wish", "onsite") in _AT.found("would happily take an office job again")


def test_the_centre_judged_on_its_own_is_a_journey_there():
    assert ("commute", "wish") in {
        k[:2] for k in _AT.found("Moved closer. The city centre is fine now.")
    }
    assert ("commute", "avoid") in {
        k[:2] for k in _AT.found("downtown is too far for him these days")
    }


def test_a_trust_counted_by_its_schools_is_a_large_employer():
    from tests.fit_helpers import role_facts

    big = role_facts(
        title="Trust Finance Lead", description="Finance for a 28-school academy trust."
    )
    assert "large" in big.company
    users = role_facts(title="Account Manager", description="Over 40 schools use our app.")
    assert "large" not in users.company
