"""Known misses of held-out 62 (hospitality and retail), by class, in our own wording.

Classes:
1. Opt-outs in Tagalog and Arabic: "ayaw ko na (po) makatanggap ng messages/text sa inyo" (no
   more messages from you) and a removal with "lang" among its particles ("pakitanggal na lang
   po ako sa listahan"); Arabic "stop contacting me" ("توقفوا عن التواصل معي نهائياً") with
   "for good", "again" or "from today". A stop scoped to a time or one employer is no opt-out.
2. A season as the kind of contract: "seasonal only", "only / rather / wants seasonal", Spanish
   "solo temporada", "mejor temporada", "quiere temporada de verano" are a fixed term; "seasonal
   menus", "la temporada alta" and "hasta que acabe la temporada" are not.
3. Back home (or back from a stint) and available right away, in English and Tagalog ("uwi na
   po ako ngayon, available na po agad"), opens them from the day said; "happy now where I am"
   is content in a job, not free.
4. Spain's islands are places (Mallorca / Majorca, Ibiza, Tenerife, Gran Canaria...), with their
   towns ("Palma de Mallorca" is in Mallorca, Adeje in Tenerife); "off to Lanzarote next week"
   is a trip, not the island refused.
5. Spanish "no me muevo de la isla / de aquí" refuses a move; "no me muevo del puesto" (not
   leaving the job) does not.
6. The latest word on the kind of contract: "seasonal only", then months later "wants something
   permanent now" (or the reverse) - the later note decides against a permanent role; a wish for
   the same side said twice, or a refusal beside a wish, still stands.
7. A place or term "back on" at the clause's end ("Lisbon is back on!", "the Perth move's back
   on") takes an earlier refusal back and wants it again; "back on nights next week" does not.
8. Spanish "hasta que acabe / termine la temporada (el contrato) en <mes>" waits for that month;
   a past season ended ("trabajó hasta que acabó la temporada") is no wait.
9. A working holiday visa by its shorthand ("WHV") or without "visa" that runs out needs an
   employer's sponsorship to stay on; one held till a year ahead, or one done years ago, does not.
"""

from __future__ import annotations

from datetime import date

from matching.fit import judge
from matching.judgements import ConditionFact
from reading import read
from reading.places import within
from reading.role_facts import role_facts
from tests.reading_helpers import ReadAt

R = ReadAt(date(2026, 11, 1))


def _facets(text: str) -> set[tuple]:
    return {(f[0], f[1]) for f in R.found(text)}


def _kinds(text: str, facet: str) -> set[tuple]:
    return {(f[1], f[2]) for f in R.found(text) if f[0] == facet}


# 1. opt-outs in Tagalog and Arabic


def test_tagalog_no_more_messages_from_you_is_an_opt_out():
    for text in (
        "Ayaw ko na pong makatanggap ng text sa inyo, salamat.",
        "ayoko na po makatanggap ng emails nyo.",
        "Sorry po, ayaw na niya makatanggap ng messages.",
        "Paki-tanggal na lang po ako sa list nyo.",
    ):
        assert R.opted_out(text), text


def test_tagalog_scoped_stops_are_no_opt_out():
    for text in (
        "Ayaw ko na po makatanggap ng messages habang nasa barko.",
        "ayaw nya na po ng calls sa umaga",
        "Pakitanggal na lang po ako sa listahan ng Carnival.",
    ):
        assert not R.opted_out(text), text


def test_arabic_stop_contacting_me_for_good_is_an_opt_out():
    for text in ("توقف عن التواصل معي نهائياً", "كفوا عن مراسلتي بعد اليوم", "أرجو التوقف"):
        if text == "أرجو التوقف":
            assert not R.opted_out(text), text
        else:
            assert R.opted_out(text), text
    # a stop during work hours is a time of day, not a stop for good
    assert not R.opted_out("توقف عن الاتصال بي أثناء الدوام")


# 2. a season as the kind of contract


def test_seasonal_said_alone_is_a_fixed_term():
    for text in (
        "Seasonal only, travels all winter.",
        "He'd rather seasonal.",
        "wants seasonal, winters off",
        "Solo temporada, en invierno viaja.",
        "Prefiere temporada de invierno.",
    ):
        assert any(k == "fixed_term" for _, k in _kinds(text, "contract")), text


def test_season_words_that_are_no_contract():
    for text in (
        "Loves doing the seasonal menus.",
        "Trabajó la temporada alta en Ibiza.",
        "Not seasonal only, anything goes.",
    ):
        assert not _kinds(text, "contract"), text
    # "till the season ends" is no contract wished
    assert not _kinds("Contrato hasta que acabe la temporada.", "contract")


# 3. back home and available right away


def test_back_home_and_available_now_opens_from_the_day_said():
    for text in (
        "Back home from the ship, available immediately.",
        "Nakauwi na po ako, available na po agad.",
        "Uwi na sya ngayon, available na agad.",
    ):
        assert R.wait_until(text) == "2026-11-01", text


def test_happy_now_where_they_are_is_no_opening():
    for text in ("Back from the cruise, happy now where I am.", "Update: happy now in her role."):
        assert R.wait_until(text) is None, text


# 4. Spain's islands as places


def test_spanish_islands_are_places_with_their_towns():
    assert ("relocation", "wish") in _facets("Would happily move to Majorca.")
    assert ("location", "must") in _facets("Only Gran Canaria, won't leave the island.")
    assert within("Palma de Mallorca", "Mallorca", "Palma de Mallorca, Spain")
    assert within("Adeje", "Tenerife", "Adeje, Tenerife, Spain")
    assert not within("Palma de Mallorca", "Tenerife")


def test_off_to_a_place_is_a_trip_not_a_refusal():
    for text in ("Off to Ibiza for a week, then free.", "She's off to Lisbon on Monday."):
        assert ("location", "avoid") not in _facets(text), text
    # going off a place still refuses it
    assert ("location", "avoid") in _facets("Gone off Ibiza, too rowdy.")


# 5. Spanish "won't move from home"


def test_spanish_not_moving_from_home_refuses_a_move():
    for text in ("No me muevo de aquí, tengo a mis padres.", "No se mueve de la isla."):
        assert ("relocation", "must") in _facets(text), text
    assert ("relocation", "must") not in _facets("No me muevo del puesto hasta el verano.")


# 6. the latest word on the kind of contract

EARLY, LATE, TODAY = date(2026, 3, 2), date(2026, 10, 5), date(2026, 11, 20)


def _contract_judged(notes, **role) -> dict[str, int]:
    role.setdefault("title", "Restaurant Manager")
    facts, i = [], 0
    for said, note in notes:
        for c in read(note, said_at=said):
            facts.append(
                ConditionFact(
                    i, c.facet, c.polarity, c.value, note[c.start : c.end], said, "motivation", 1
                )
            )
            i += 1
    out: dict[str, int] = {}
    for j in judge(facts, role_facts(**role), today=TODAY):
        if j.facet == "contract":
            out[j.kind] = out.get(j.kind, 0) + 1
    return out


PERMANENT_ROLE = dict(offers=["Permanent contract, all year round"])


def test_a_later_wish_for_a_permanent_seat_outweighs_an_earlier_seasonal_one():
    got = _contract_judged(
        [(EARLY, "Seasonal only, travels in winter."), (LATE, "Wants a permanent job now.")],
        **PERMANENT_ROLE,
    )
    assert got.get("met") and not got.get("unmet"), got


def test_a_later_seasonal_wish_outweighs_an_earlier_permanent_one():
    got = _contract_judged(
        [
            (EARLY, "Looking for a permanent role."),
            (LATE, "Rather seasonal now, wants winters off."),
        ],
        **PERMANENT_ROLE,
    )
    assert got.get("unmet") and not got.get("met"), got


def test_one_side_said_twice_still_stands():
    got = _contract_judged(
        [(EARLY, "Seasonal only."), (LATE, "Still seasonal only, travels in winter.")],
        **PERMANENT_ROLE,
    )
    assert got.get("unmet"), got


# 7. "X is back on"


def test_a_place_back_on_is_wanted_again():
    for text in ("talked it over - Lisbon is back on!", "The Perth move's back on."):
        assert ("location", "wish") in _facets(text), text
    assert ("travel", "wish") in _facets("Travel's back on again, the nursery is sorted.")


def test_back_on_a_rota_is_no_wish():
    assert not _facets("Nights are back on next week.")


# 8. Spanish: held until the season or the contract ends in a month


def test_spanish_until_the_season_ends_in_a_month_is_a_wait():
    assert R.wait_until(
        "Atada hasta que termine la temporada de verano en septiembre.", date(2026, 6, 1)
    ) == ("2026-09-01")
    assert R.wait_until("Sigo hasta que se acabe mi contrato en febrero.") == "2027-02-01"
    assert R.wait_until("Trabajó hasta que acabó la temporada en octubre.") is None


# 9. a working holiday visa running out


def test_a_working_holiday_visa_running_out_needs_sponsorship():
    for text in (
        "his whv expires in feb, can't get a third year",
        "Her working holiday ends in May.",
    ):
        assert ("visa", "must") in _facets(text), text
    for text in ("WHV good till 2028.", "Did a WHV in Canada in 2019, it ended in 2020."):
        assert ("visa", "must") not in _facets(text), text
