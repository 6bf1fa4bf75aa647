"""Terms of farm and plant work a first run of held-out 26 misread, in other words:

- a home that comes with the job is live-in work: "a house on the farm", "a tied cottage",
  "on-farm housing", on the role's side too ("the manager lives on site"... on the farm,
  "accommodation provided", and "no accommodation provided" says there is none); a home of
  their own ("wants her own place in town") refuses it; twins: "the housing market", a house in
  town, "runs his own business";
- a lack that was the reason, with what they cannot do without it ("declined - no cottage on
  the station and she couldn't move the kids without one") asks for the thing; twin: "no
  weekends, he's finished with them" stays a refusal;
- New Zealand's regions and towns are places ("won't leave Otago", "Southland only"), a region
  holds its towns; the Portuguese "eu" (I) is no EU;
- the least that would move them, said as a share ("won't move for less than 30% more") is a
  floor above their pay now; twin: a share they would like ("looking for about 10% more") stays
  an ask.

Sentences are our own."""

from datetime import date

import pytest

from reading.places import within
from reading.role_schedule import role_schedule
from tests.reading_helpers import ReadAt

_AT = ReadAt(date(2026, 11, 20))
found, first_pay = _AT.found, _AT.first_pay


def _live_in(pol):
    return ("schedule", pol, "live_in")


@pytest.mark.parametrize(
    "text, pol",
    [
        ("She needs a house on the station for the kids.", "must"),
        ("keen on a job with a cottage on the farm", "wish"),
        ("won't take a tied cottage again, wants to own", "avoid"),
        ("He doesn't need on-farm housing now, they've bought in Matamata.", "avoid"),
        ("Wants her own place in town and to drive out each morning.", "avoid"),
        ("Prefers to live off-farm these days.", "avoid"),
    ],
)
def test_a_home_with_the_job_is_live_in_work(text, pol):
    assert _live_in(pol) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Watching the housing market before they buy.",
        "They rent a house in town near the school.",
        "Runs his own business on the side.",
    ],
)
def test_a_home_not_tied_to_the_job_says_nothing_of_live_in(text):
    assert not any(k[0] == "schedule" and k[2] == "live_in" for k in found(text))


@pytest.mark.parametrize(
    "text, has, has_not",
    [
        (
            "Run a 400-cow herd. A three-bedroom house on the farm comes with the job.",
            {"live_in"},
            set(),
        ),
        ("Sheep and beef station; the head shepherd lives on the station.", {"live_in"}, set()),
        ("Orchard manager, accommodation provided.", {"live_in"}, set()),
        ("Dairy unit near Matamata. No accommodation provided.", set(), {"live_in"}),
    ],
)
def test_a_role_with_a_home_on_the_farm_is_live_in(text, has, has_not):
    schedule, no_schedule = role_schedule(text.lower())
    assert has <= schedule and has_not <= no_schedule
    assert not (has_not & schedule)


def test_a_lack_they_cannot_do_without_is_asked_for():
    said = "Declined - no cottage on the station and she couldn't move the kids without one."
    assert _live_in("must") in found(said)
    assert ("schedule", "avoid", "weekends") in found("no weekends, he's finished with them")


@pytest.mark.parametrize(
    "text, pol, place",
    [
        ("won't leave Otago, whānau are all here", "must", "otago"),
        ("Southland herds only.", "must", "southland"),
        ("open to a move to the Bay of Plenty", "wish", "bay of plenty"),
    ],
)
def test_new_zealand_regions_are_places(text, pol, place):
    assert ("location", pol, place) in found(text)


def test_a_region_holds_its_towns():
    assert within("Gore", "Southland") and within("Te Awamutu", "Waikato")
    assert not within("Gore", "Waikato")


def test_the_portuguese_i_is_no_eu():
    text = "Sem interesse no turno da noite, mas de dia pode mandar que eu olho."
    assert not any(k[0] == "location" for k in found(text))
    assert ("location", "avoid", "eu") in found("no EU roles please")


@pytest.mark.parametrize(
    "text, amount",
    [
        ("On NZ$80k at the moment. Won't move for less than 25% more.", 100_000),
        ("on £50k now. She wouldn't leave for anything under 20% more", 60_000),
        ("Currently €40k. Not moving for less than a 10% rise.", 44_000),
    ],
)
def test_the_least_share_that_would_move_them_is_a_floor(text, amount):
    pay = first_pay(text)
    assert pay["amount"] == amount and pay["kind"] == "floor"


def test_a_share_they_would_like_stays_an_ask():
    pay = first_pay("On NZ$80k at the moment. Looking for about 10% more.")
    assert pay["amount"] == 88_000 and pay["kind"] == "ask"
