"""Held-out weekly reconnect cases, thirty-second set: seasonal, leisure and maritime hospitality
in the words of crew agencies, resort recruiters and the crew themselves, written by a stranger to
the reader (its code, its labelled sets and the earlier case files' sentences were not looked at;
held-out 10 was opened for its format only), measured and reported on its own line
("held-out 32").

Everyone here is otherwise due in the week of the case: reached the final stage or the trial trip
in May 2025 and lost to one other person, and was last spoken to long before the week (170 days,
past a silver medalist's cadence), unless the case is about a recent contact. A wait is typed
into the ATS as a dated motivation, or sits in a reply sent long enough before the week that no
recent contact holds the person back instead. The voice is a yacht crew agency, a cruise line's
crewing desk, a ski and resort recruiter and a touring-crew outfit: agency shorthand (SOn/SOff,
DNC, 2nd stew, M/Y), crew WhatsApps and Instagram DMs in lower case, long replies from a bar on a
day off, formal letters, and French, Italian, Greek, Spanish, Tagalog and Afrikaans. What decides
is what they told us:

1. opt-outs (off the crew list for good, an Instagram DM, an agency DNC after three calls in a
   day, French, Italian, Greek, Tagalog and Afrikaans, a formal erasure request): never listed;
   beside each a near-miss that is due (off one cruise line's list only, WhatsApp rather than
   Instagram, calls after six only, no calls during the season, no cruise ships, not Mykonos,
   email rather than WhatsApp, a new number, a request for the references on file);
2. waits counted from the day said and checked both ways: a Caribbean charter season to the end
   of April against a Med season to September, a cruise contract signing off in June, a Niseko
   winter to April against a Queenstown one to October, a dry-dock yard period to March,
   maternity leave to the new year, Christmas charters to Reyes against Semana Santa, a tour to
   14 March, the February half-term, three months of physio, "dopo Pasqua" against "a ottobre":
   not listed while they run, listed once they have;
3. notes full of dates that ask for no wait are due; "give me a full season to settle in" on a
   new boat is not;
4. plain restraint: a spec sent eight days ago and a call twelve days ago are not listed; the
   same months ago are;
5. the latest word counts: a stop taken back is due and a "keep me posted" turned into a removal
   is not; a wait called off early is due and "whenever" turned into "not till after Easter" is
   not; an agency DNC later withdrawn by the candidate is due.
"""

from datetime import date

from evaluation.scenarios import Person, app, touch
from evaluation.weekly_cases import Due, NotDue, W, WeeklyCase

MAY_2025_TRIAL = app(
    date(2025, 5, 12),
    "final",
    "rejected",
    "other_candidate",
    None,
    rating=4.4,
    role="Second Stewardess",
)
LONG_AGO = 170  # days before the week: past a silver medalist's cadence


def last_spoke() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(LONG_AGO, "outbound", "replied", channel="phone")


def wrote(days, note, channel="other") -> dict:
    """Their own WhatsApp or DM (``channel="email"`` for an email or letter), as typed."""
    return touch(days, "inbound", "replied", note=note, channel=channel)


def logged(days, note) -> dict:
    """A recruiter's note in the ATS or the agency's CV notes."""
    return touch(days, "outbound", None, "note", note=note, channel="other")


def told(name, *statements, due) -> Person:
    """Someone otherwise due who told us ``statements`` (each with the day it was said)."""
    person = Due if due else NotDue
    return person(name, *statements, apps=[MAY_2025_TRIAL], touches=[last_spoke()])


def heard(name, *touches, due) -> Person:
    """Someone otherwise due whose words are in touchpoints."""
    person = Due if due else NotDue
    return person(name, apps=[MAY_2025_TRIAL], touches=list(touches))


# --- 1. opt-outs, each beside a near-miss that is due ----------------------------------------

OPT_OUTS = [
    W(
        "off the crew list for good vs off one cruise line's list only",
        [
            heard(
                "Kestrel Ambleside",
                wrote(LONG_AGO, "take me off ur crew list pls, done with yachts for good"),
                due=False,
            ),
            heard(
                "Marlowe Treganza",
                wrote(
                    LONG_AGO,
                    "take me off the royal caribbean list pls, keep me on the yacht one tho",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "an Instagram DM never to message again vs WhatsApp rather than Instagram",
        [
            heard(
                "Rocco Pellegrini-Hume",
                wrote(LONG_AGO, "unfollowed. dont message me about jobs ever again"),
                due=False,
            ),
            heard(
                "Zander Kilbride",
                wrote(LONG_AGO, "not on insta pls, whatsapp me instead, i actually read those"),
                due=True,
            ),
        ],
    ),
    W(
        "an agency DNC after three calls in a day vs calls after six only",
        [
            heard(
                "Garrick Thornbury",
                logged(
                    LONG_AGO,
                    "Cand rang back furious - 3 calls from us in one day. DNC at his request, "
                    "do not re-add.",
                ),
                due=False,
            ),
            heard(
                "Ptolemy Dunsford",
                logged(
                    LONG_AGO,
                    "Cand rang back - calls after 6pm only on charter days, otherwise all good.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "French: stop contacting me, delete my file vs no calls during the season",
        [
            heard(
                "Gaëtane Rouquayrol",
                wrote(
                    LONG_AGO,
                    "Merci de ne plus me contacter et de supprimer mon dossier.",
                    "email",
                ),
                due=False,
            ),
            heard(
                "Bérénice Lafargue",
                wrote(
                    LONG_AGO,
                    "Merci de ne plus m'appeler pendant la saison, un mail suffit.",
                    "email",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Italian: don't contact me again vs not for cruise ships, yachts only",
        [
            heard(
                "Ottavio Santangelo",
                wrote(LONG_AGO, "Non contattatemi più, grazie. Cancellate i miei dati.", "email"),
                due=False,
            ),
            heard(
                "Raffaele Buonocore",
                wrote(
                    LONG_AGO,
                    "Non contattatemi per le navi da crociera, solo yacht per favore.",
                    "email",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Greek: don't send me messages again vs not Mykonos, Crete only",
        [
            heard(
                "Paraskevi Lazaridou",
                wrote(LONG_AGO, "Μη μου ξαναστείλετε μηνύματα, ευχαριστώ."),
                due=False,
            ),
            heard(
                "Aikaterini Doukaki",
                wrote(LONG_AGO, "Μη μου στέλνετε για Μύκονο, μόνο για Κρήτη."),
                due=True,
            ),
        ],
    ),
    W(
        "Tagalog: don't message me again vs email instead of WhatsApp",
        [
            heard(
                "Rosalinda Bumanglag",
                wrote(LONG_AGO, "Huwag na po ninyo akong i-message ulit. Salamat po."),
                due=False,
            ),
            heard(
                "Estrella Magbanua",
                wrote(
                    LONG_AGO,
                    "Sa email na lang po, hindi ko laging nakikita ang WhatsApp habang nasa barko.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Afrikaans: remove me from your database vs a new number",
        [
            heard(
                "Hendrik Bezuidenhout-Nel",
                wrote(LONG_AGO, "Verwyder my asseblief van julle databasis."),
                due=False,
            ),
            heard(
                "Gerrit Swanepoel",
                wrote(LONG_AGO, "Ek het 'n nuwe nommer, stuur asseblief voortaan hierheen."),
                due=True,
            ),
        ],
    ),
    W(
        "a formal erasure request vs a formal request for the references on file",
        [
            heard(
                "Araminta Fortescue",
                wrote(
                    LONG_AGO,
                    "Dear Sirs, I hereby request that you erase my personal data and cease all "
                    "contact with me forthwith. Regards, A. Fortescue",
                    "email",
                ),
                due=False,
            ),
            heard(
                "Hyacinth Blenkinsop",
                wrote(
                    LONG_AGO,
                    "Dear Sirs, I hereby request a copy of the captains' references you hold on "
                    "file. Please do continue to send suitable positions. Regards, H. Blenkinsop",
                    "email",
                ),
                due=True,
            ),
        ],
    ),
]

# --- 2. waits counted from the day said, checked both ways -----------------------------------

CARIBBEAN = ("Caribbean charter season on M/Y 50m, locked in to end of April.", date(2026, 10, 19))
SIGN_OFF = (
    "SOn Norwegian Encore 02/11, 7mo contract, SOff approx June. Can't break it.",
    date(2026, 11, 2),
)
NISEKO_WINTER = (
    "In Niseko for the winter - locked in til the lifts close in April.",
    date(2026, 11, 9),
)
YARD = (
    "Boat in the yard in La Ciotat until March - promised the captain he'd see it through.",
    date(2026, 11, 16),
)
MAT_LEAVE = ("On mat leave, back in the new year - nothing before.", date(2026, 9, 14))
REYES = (
    "Hasta después de Reyes nada: charters de Navidad y Año Nuevo en el Caribe.",
    date(2026, 10, 26),
)
TOUR_NOTE = (
    "long one sorry, day off in Adelaide with a beer. we did perth on the 3rd, rig went up in "
    "4 hrs, the LD is a legend. anyway tour runs to 14 march and i'm doing every show, so "
    "nothing til after that"
)
HALF_TERM = (
    "Can't start anything until the kids are back after the February half-term.",
    date(2026, 11, 2),
)
PHYSIO = ("Shoulder op 02/11 - three months of physio before any lifeguarding.", date(2026, 11, 2))
PASQUA = ("Stagione invernale a Cortina: dopo Pasqua ne parliamo.", date(2026, 11, 16))

WAITS = [
    W(
        "a Caribbean season to the end of April vs a Med season to September",
        [
            told("Hollis Vanstone", CARIBBEAN, due=False),
            told(
                "Dorian Penhallow",
                ("Med charter season on M/Y 50m, locked in to end of September.", date(2026, 5, 4)),
                due=True,
            ),
        ],
    ),
    W(
        "a Caribbean season to the end of April: due in May",
        [told("Ambrose Trevanion", CARIBBEAN, due=True)],
        week=date(2027, 5, 10),
    ),
    W(
        "a cruise contract signing off in June vs one that signed off in September",
        [
            told("Reynaldo Dimagiba", SIGN_OFF, due=False),
            told(
                "Efren Lacsamana",
                ("SOn 03/02, 7mo contract, SOff early Sept. Can't break it.", date(2026, 2, 9)),
                due=True,
            ),
        ],
    ),
    W(
        "a cruise contract signing off in June: not due in March",
        [told("Wilfredo Panganiban", SIGN_OFF, due=False)],
        week=date(2027, 3, 15),
    ),
    W(
        "a cruise contract signing off in June: due in late June",
        [told("Rogelio Macaspac", SIGN_OFF, due=True)],
        week=date(2027, 6, 28),
    ),
    W(
        "a Niseko winter to April vs a Queenstown winter to October",
        [
            told("Beckett Armitage-Rowe", NISEKO_WINTER, due=False),
            told(
                "Hamilton Tuhoe",
                (
                    "In Queenstown for the winter - locked in til the lifts close in October.",
                    date(2026, 6, 8),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a Niseko winter to April: not due in February",
        [told("Thackeray Monkhouse", NISEKO_WINTER, due=False)],
        week=date(2027, 2, 15),
    ),
    W(
        "a Niseko winter to April: due in May",
        [told("Lowell Ashburnham", NISEKO_WINTER, due=True)],
        week=date(2027, 5, 3),
    ),
    W(
        "a yard period to March vs one that finished in June",
        [
            told("Corentin Malaterre", YARD, due=False),
            told(
                "Anselme Rigaudière",
                (
                    "Boat in the yard in La Ciotat until June - promised the captain he'd see "
                    "it through.",
                    date(2026, 3, 9),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a yard period to March: due in April",
        [told("Sylvestre Caumartin", YARD, due=True)],
        week=date(2027, 4, 12),
    ),
    W(
        "mat leave to the new year vs mat leave that ended in September",
        [
            told("Kaitlyn Warrender", MAT_LEAVE, due=False),
            told(
                "Aleisha Purcell",
                ("On mat leave, back in September - nothing before.", date(2026, 3, 23)),
                due=True,
            ),
        ],
    ),
    W(
        "mat leave to the new year: due in January",
        [told("Bethany Rosewarne", MAT_LEAVE, due=True)],
        week=date(2027, 1, 18),
    ),
    W(
        "Christmas charters till Reyes vs a wait till Semana Santa",
        [
            told("Nerea Zubizarreta", REYES, due=False),
            told(
                "Ainhoa Etxeberria",
                (
                    "Hasta después de Semana Santa nada: charters seguidos en Baleares.",
                    date(2026, 2, 16),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Christmas charters till Reyes: due in late January",
        [told("Leire Urrutikoetxea", REYES, due=True)],
        week=date(2027, 1, 25),
    ),
    W(
        "a long ramble ending in a tour to 14 March vs a tour that ended in August",
        [
            heard("Brodie Cattanach", wrote(date(2026, 5, 25), TOUR_NOTE), due=False),
            heard(
                "Rhett Gallagher-Moss",
                wrote(
                    date(2026, 4, 6),
                    "long one sorry, day off in cairns. we did townsville on the 1st, hottest "
                    "load in ever. anyway tour runs to 14 august and i'm doing every show, so "
                    "nothing til after that",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a tour to 14 March: due at the end of March",
        [heard("Lachlan Dunleavy", wrote(date(2026, 5, 25), TOUR_NOTE), due=True)],
        week=date(2027, 3, 29),
    ),
    W(
        "the February half-term: not due in early February",
        [told("Philippa Oddingley", HALF_TERM, due=False)],
        week=date(2027, 2, 8),
    ),
    W(
        "the February half-term: due in March",
        [told("Rosalind Scarisbrick", HALF_TERM, due=True)],
        week=date(2027, 3, 8),
    ),
    W(
        "three months of physio from November vs from May",
        [
            told("Tyrone Alcindor", PHYSIO, due=False),
            told(
                "Malik Desravines",
                (
                    "Shoulder op 04/05 - three months of physio before any lifeguarding.",
                    date(2026, 5, 4),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "three months of physio from November: due in February",
        [told("Jamarcus Fontenot", PHYSIO, due=True)],
        week=date(2027, 2, 15),
    ),
    W(
        "Italian: 'dopo Pasqua' vs 'a ottobre', said in June",
        [
            told("Benedetta Squillace", PASQUA, due=False),
            told(
                "Costanza Ferraguti",
                ("Stagione estiva a Capri: a ottobre ne parliamo.", date(2026, 6, 8)),
                due=True,
            ),
        ],
    ),
    W(
        "Italian: 'dopo Pasqua': due in April",
        [told("Ludovico Castiglioni", PASQUA, due=True)],
        week=date(2027, 4, 19),
    ),
]

# --- 3. notes full of dates that ask no wait, and one that does -------------------------------

NO_WAIT = [
    W(
        "a chatty note full of dates vs give me a full season to settle in",
        [
            told(
                "Marguerite Pennington",
                (
                    "Back from Monaco show 28/09, did FLIBS 30/10, home in Durban till 05/12 - "
                    "chat any evening, keen to hear about charter boats.",
                    date(2026, 11, 9),
                ),
                due=True,
            ),
            told(
                "Ottoline Wakeham",
                (
                    "Joined a new boat 01/10 - give me a full season to settle in before you "
                    "send anything.",
                    date(2026, 11, 9),
                ),
                due=False,
            ),
        ],
    ),
    W(
        "certificates renewed on three dates, free now",
        [
            told(
                "Jethro Polglase",
                (
                    "STCW refresher done 12/08, ENG1 renewed 04/09, PB2 13/10 - free to join "
                    "any boat.",
                    date(2026, 10, 26),
                ),
                due=True,
            )
        ],
    ),
    W(
        "a season recap with dates, wants to hear about winter jobs",
        [
            told(
                "Tamsin Karalius",
                (
                    "Closed the Ibiza season 11/10, Paros before that till 30/06 - would love "
                    "to hear about winter jobs any time.",
                    date(2026, 10, 26),
                ),
                due=True,
            )
        ],
    ),
]

# --- 4. plain restraint ----------------------------------------------------------------------

RESTRAINT = [
    W(
        "a spec sent eight days ago vs the same spec months ago",
        [
            NotDue(
                "Sorcha Mulcahy",
                apps=[MAY_2025_TRIAL],
                touches=[
                    last_spoke(),
                    touch(8, outcome="no_reply", channel="other", note="Sent 2nd stew spec, 55m."),
                ],
            ),
            Due(
                "Aisling Brannock",
                apps=[MAY_2025_TRIAL],
                touches=[
                    touch(
                        LONG_AGO,
                        outcome="no_reply",
                        channel="other",
                        note="Sent 2nd stew spec, 58m, by WhatsApp.",
                    )
                ],
            ),
        ],
    ),
    W(
        "a catch-up call twelve days ago vs one six months ago",
        [
            NotDue(
                "Leofric Pendarves",
                apps=[MAY_2025_TRIAL],
                touches=[
                    touch(
                        12,
                        outcome="replied",
                        channel="phone",
                        note="Catch-up call, day-working in Antibes, nothing for him yet.",
                    )
                ],
            ),
            Due(
                "Osric Tremayne",
                apps=[MAY_2025_TRIAL],
                touches=[
                    touch(
                        185,
                        outcome="replied",
                        channel="phone",
                        note="Catch-up call, day-working in Palma, nothing suitable yet.",
                    )
                ],
            ),
        ],
    ),
]

# --- 5. the latest word counts ---------------------------------------------------------------

LATEST = [
    W(
        "a stop taken back vs a 'keep me posted' turned into a removal",
        [
            heard(
                "Delphina Carbery",
                wrote(date(2026, 2, 23), "stop texting me about boats"),
                wrote(
                    date(2026, 6, 1),
                    "sorry about february, charter from hell. happy to hear about boats again x",
                ),
                due=True,
            ),
            heard(
                "Isolde Penrose",
                wrote(date(2026, 2, 23), "not right now but keep me posted!"),
                wrote(
                    date(2026, 6, 1),
                    "Please delete me from your crew database, I've moved ashore for good.",
                    "email",
                ),
                due=False,
            ),
        ],
    ),
    W(
        "'not till the tour wraps in May' called off early: due in March",
        [
            heard(
                "Fergus Lamington",
                wrote(date(2026, 9, 14), "not til the tour wraps in may, sorry"),
                wrote(
                    date(2026, 9, 21),
                    "scratch that, tour got pulled after the promoter went bust. free now!",
                ),
                due=True,
            )
        ],
        week=date(2027, 3, 8),
    ),
    W(
        "'whenever' turned into 'not till after Easter'",
        [
            heard(
                "Sabine Vuillermoz",
                wrote(date(2026, 5, 4), "whenever suits, always up for a chat about ski schools"),
                wrote(
                    date(2026, 6, 1),
                    "Actually not till after Easter - I've signed as ski school deputy in "
                    "Méribel for the winter.",
                    "email",
                ),
                due=False,
            )
        ],
    ),
    W(
        "an agency DNC later withdrawn by the candidate",
        [
            heard(
                "Evander Quiller",
                logged(date(2026, 1, 26), "Cand asked to be DNC after a bad placement. Set."),
                wrote(
                    date(2026, 6, 1),
                    "I know I asked you to leave me alone in January, but I'm looking for a "
                    "deck job now - please get in touch with anything going.",
                    "email",
                ),
                due=True,
            )
        ],
    ),
]

HELDOUT32_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
