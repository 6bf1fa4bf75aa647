"""Where and how far, read in one clause: office days, relocation, commute, visa, travel, places.

The matchers are in ``reading.mobility``; this module decides which of their finds are the
person's conditions and in which direction. ``read_mobility`` is the entry: it reads each segment
in turn - the office days (a cap, a refusal, the employer's days, a split week) in
``where_office``, a move and the right to work here, a commute said in the segment in
``where_commute_said``, travel in ``where_travel`` - then the journey to work from home in
``where_commute``, and last the places the clause names in ``where_location``; the place named
after a move or a journey is found in ``where_places``.
"""

from __future__ import annotations

from reading import commute, contrast, daily_trip, mobility, right_to_work, travel
from reading.centre_said import centre_judged
from reading.clauses import Clause, sentence_end
from reading.direction import overlaps
from reading.negation_after import form_answer
from reading.normalise import Normalised
from reading.visa_country import visa_country
from reading.where_commute import OFFICE_CONTEXT, ROUTE_REFUSED, commute_days, journeys_from
from reading.where_commute_said import commute_in
from reading.where_location import locations_in
from reading.where_office import office_days_in, split_week
from reading.where_places import EXCEPT, place_span_after
from reading.where_travel import travel_in

__all__ = ["commute_days", "read_mobility"]  # commute_days: read from here by reader_collector


def read_mobility(
    t: str, clause: Clause, out, taken: list, norm: Normalised, lead: str | None = None
) -> None:
    """Office days, relocation, location, commute, visa and travel in one clause."""
    relocation_seen = relocation_willing = False
    refused_moves: list[tuple[int, int]] = []  # segments where a move is refused
    days_spans: list[
        tuple[int, int]
    ] = []  # a place inside office days ("1d/wk Ldn max") still counts
    refused_days: list[tuple[int, int]] = []  # ...but not where the days are what is refused
    split_week(t, clause, out, taken)
    for s, e in clause.segments:
        seg = t[s:e]
        if office_days_in(t, clause, s, seg, out, taken, days_spans, refused_days):
            continue  # a rare office visit: the segment is read whole
        willing = _relocation(t, clause, s, e, out, taken, norm)
        if willing is not None:
            relocation_seen, relocation_willing = True, willing
            if not willing:
                refused_moves.append((s, e))
        if commute_in(t, clause, s, e, out, taken, norm):
            continue  # as before the split: a commute read whole leaves no visa or travel there
        _visa(t, clause, s, e, out, taken, norm)
        travel_in(t, clause, s, e, out, taken)
    route = ROUTE_REFUSED.search(t, clause.start, clause.end)
    if route and not overlaps(route.start(), route.end(), taken):
        # "not doing Ikorodu to VI every day": that journey, so many days a week, refused
        days = commute_days(t, route.start(), route.end())
        value = {"minutes": None, "days": 4 if days is None else days}
        out.add("commute", "avoid", value, route.start(), route.end(), 0.75, "rule:commute")
        taken.append(route.span())
    daily = daily_trip.refused_daily(t, clause.start, sentence_end(t, clause.end), norm.source)
    if daily and not overlaps(daily[1], daily[2], taken):
        # "won't commute out to Mississauga every day": the daily trip there, not the place
        place, a, b = daily
        value = {"minutes": None, "to": place, "days": 4}
        out.add("commute", "avoid", value, a, b, 0.75, "rule:commute")
        taken.append((a, b))
    centre_judged(t, clause.start, clause.end, out, taken)  # "Downtown is fine now"
    if "from" in t[clause.start : clause.end] or " out " in t[clause.start : clause.end]:
        journeys_from(t, clause, out, taken, norm)
    capped = commute.bare_cap(t[clause.start : clause.end])
    if (
        capped
        and not commute.mentioned(t[clause.start : clause.end])
        and (commute.mentioned(t) or OFFICE_CONTEXT.search(t))
    ):
        # "Won't do a 90 minute commute again - 45 minutes tops.": the cap is the commute's
        out.add(
            "commute", "must", {"minutes": capped}, clause.start, clause.end, 0.7, "rule:commute"
        )
    share = travel.bare_cap(t[clause.start : clause.end])
    if share and not travel.mentioned(t[clause.start : clause.end]) and travel.mentioned(t):
        # "the role is 40% travel - said 10% is his limit": the cap is his travel's
        out.add("travel", "must", {"share": share}, clause.start, clause.end, 0.7, "rule:travel")
    taken.extend(days_spans)
    locations_in(
        t,
        clause,
        out,
        taken,
        norm,
        lead,
        days_spans,
        refused_days,
        refused_moves,
        relocation_seen,
        relocation_willing,
    )


def _relocation(
    t: str, clause: Clause, s: int, e: int, out, taken: list, norm: Normalised
) -> bool | None:
    """A move in the segment t[s:e]: whether they would move, or None when none is said."""
    seg = t[s:e]
    reloc = mobility.relocation(seg, t[e : e + 80])
    if reloc:
        willing, a, b = reloc
        if form_answer(t, a + s, b + s) == "no":
            willing = False  # "Relocation: N"
        helped = mobility.move_help(seg, a, b)
        if helped:
            # "declined - no relocation assistance": they would move, with help
            willing, b = True, helped
        where_to = place_span_after(t, s + b, e, norm)
        place = where_to[0] if where_to else None
        pol = "must" if helped or not willing else "wish"
        if not willing and (but := EXCEPT.match(t, s + b, clause.end)):
            found = place_span_after(t, but.end(), clause.end, norm, lead=r"\W*")
            if found:
                # "won't relocate unless it's Cape Town": a move there and nowhere else
                willing, pol, place = True, "must", found[0]
                taken.append((but.start(), found[2]))
        value = {"willing": willing, "place": place}
        if helped:
            value["help"] = True
            if where_to:
                taken.append((s + b, where_to[2]))  # "... to Nashville": where, not refused
        out.add("relocation", pol, value, a + s, b + s, 0.85, "rule:relocation")
        taken.append((a + s, b + s))
        return willing
    return None


def _visa(t: str, clause: Clause, s: int, e: int, out, taken: list, norm: Normalised) -> None:
    """The right to work in the segment t[s:e]: sponsorship needed, or a visa held."""
    seg = t[s:e]
    vis = right_to_work.visa(seg, t[max(0, s - 60) : e])
    if vis and vis[0] == "needs_sponsorship" and form_answer(t, vis[1] + s, vis[2] + s) == "no":
        vis = None  # "Sponsorship required: no"
    if vis and vis[0] == "needs_sponsorship" and contrast.denied_after(t, vis[2] + s, clause.end):
        vis = None  # "sponsorship was fine, it was the salary": not what held them back
    if vis:
        kind, a, b = vis
        pol = "must" if kind == "needs_sponsorship" else "wish"
        value = {"kind": kind}
        if country := visa_country(
            norm.source, norm.origin(s + a), norm.origin(s + b), kind == "needs_sponsorship"
        ):
            value["country"] = country  # "would need sponsorship for Ireland": there only
        out.add("visa", pol, value, a + s, b + s, 0.85, "rule:visa")
        taken.append((a + s, b + s))
