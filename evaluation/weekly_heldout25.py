"""Held-out weekly reconnect cases, twenty-fifth set: finance, legal, insurance and professional
services desks in their own words, written by a twenty-fifth stranger to the reader (its code,
its labelled sets and the earlier case files' sentences were not looked at), measured and
reported on its own line ("held-out 25").

Everyone here is otherwise due in the week of the case: reached our final round in May 2025 and
lost to one other person, and was last spoken to long before the week (170 days, past a silver
medalist's cadence), unless the case is about a recent contact. A wait is typed into the ATS as
a dated motivation, or sits in a note sent long enough before the week that no recent contact
holds the person back instead. The voices are recruiters and agency consultants placing
accountants, auditors, tax people, treasury, payroll, lawyers, compliance analysts, actuaries,
underwriters and consultants in Hong Kong, Singapore, London, Frankfurt, Toronto, Johannesburg,
Sydney and New York: ATS shorthand, WhatsApp, LinkedIn, formal emails, and lines in Cantonese,
German, Afrikaans, French and Singlish. What decides is what they told us:

1. opt-outs (unsubscribe from everything, "don't need to contact me anymore", Cantonese,
   German, Afrikaans, a GDPR erasure logged, French, retired, a formal removal request, "never
   call this number again"): never listed; beside each a near-miss that is due (the salary guide
   only, WhatsApp rather than calls, a new email, no insurers, call after five, an access
   request, email rather than phone, semi-retired, a request for feedback, a work line);
2. waits counted from the day said and checked both ways: garden leave to the end of March, a
   bonus paid after Chinese New Year, December ACCA papers, EOFY, busy season to the end of
   April, a twelve-month non-compete, parental leave to May, T1 season, a probation, "give me
   four months", a deferred tranche vesting in March: not listed while they run, listed once
   they have; each beside a twin whose wait is already over;
3. notes full of dates that ask for no wait are due; "just made partner, give me two years" is
   not;
4. plain restraint: a role sent eight days ago and a coffee three weeks ago are not listed; the
   same months ago are;
5. the latest word counts: a DNC taken back is due, a keen reply turned into an unsubscribe is
   not, a wait called off early is due.
"""

from datetime import date

from evaluation.scenarios import Person, app, touch
from evaluation.weekly_cases import Due, NotDue, W, WeeklyCase

MAY_2025_FINAL = app(
    date(2025, 5, 19),
    "final",
    "rejected",
    "other_candidate",
    None,
    rating=4.4,
    role="Financial Analyst",
)
LONG_AGO = 170  # days before the week: past a silver medalist's cadence


def last_call() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(LONG_AGO, "outbound", "replied", channel="phone")


def sent(days, note, channel="email") -> dict:
    """Their own message (email, or WhatsApp with ``channel="other"``), as typed."""
    return touch(days, "inbound", "replied", note=note, channel=channel)


def noted(days, note) -> dict:
    """A recruiter's note in the ATS."""
    return touch(days, "outbound", None, "note", note=note, channel="other")


def said(name, *statements, due) -> Person:
    """Someone otherwise due who told us ``statements`` (each with the day it was said)."""
    person = Due if due else NotDue
    return person(name, *statements, apps=[MAY_2025_FINAL], touches=[last_call()])


def wrote(name, *touches, due) -> Person:
    """Someone otherwise due whose words are in touchpoints."""
    person = Due if due else NotDue
    return person(name, apps=[MAY_2025_FINAL], touches=list(touches))


# --- 1. opt-outs, each beside a near-miss that is due ----------------------------------------

OPT_OUTS = [
    W(
        "unsubscribe from everything vs unsubscribe from the salary guide only",
        [
            wrote(
                "Bartholomew Ingleby",
                sent(LONG_AGO, "Please unsubscribe me from everything you send - roles included."),
                due=False,
            ),
            wrote(
                "Clementine Awoniyi",
                sent(
                    LONG_AGO,
                    "Please unsubscribe me from the annual salary guide mailer. Roles are still "
                    "welcome, especially FP&A.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Singlish: don't need to contact me anymore vs don't call, WhatsApp can",
        [
            wrote(
                "Desmond Chng Wee Liang",
                sent(LONG_AGO, "dont need to contact me anymore ok. thanks and bye", "other"),
                due=False,
            ),
            wrote(
                "Evelyn Sng Hui Ling",
                sent(LONG_AGO, "dont need to call me, just whatsapp can already", "other"),
                due=True,
            ),
        ],
    ),
    W(
        "Cantonese: delete me from your list vs update my email on your list",
        [
            wrote(
                "Ho Siu-fung",
                sent(LONG_AGO, "請將我從你哋嘅名單刪除，以後唔好再聯絡我。"),
                due=False,
            ),
            wrote(
                "Poon Ka-wing",
                sent(LONG_AGO, "請更新我嘅電郵地址，舊嗰個下個月停用。有 audit 職位歡迎通知我。"),
                due=True,
            ),
        ],
    ),
    W(
        "German: no more messages vs no insurers, banks welcome",
        [
            wrote(
                "Gottfried Reinhardt-Lenz",
                sent(LONG_AGO, "Kein Interesse mehr. Bitte keine weiteren Nachrichten."),
                due=False,
            ),
            wrote(
                "Hannelore Stiebitz",
                sent(LONG_AGO, "Kein Interesse an Versicherungen - Banken gerne, gern per Mail."),
                due=True,
            ),
        ],
    ),
    W(
        "Afrikaans: leave me alone vs call after five",
        [
            wrote(
                "Francois Lötter",
                sent(
                    LONG_AGO, "Los my asseblief uit. Ek wil nie meer van julle hoor nie.", "other"
                ),
                due=False,
            ),
            wrote(
                "Elmarie Bezuidenhout",
                sent(LONG_AGO, "Bel my eerder na vyf, bedags is ek by kliënte.", "other"),
                due=True,
            ),
        ],
    ),
    W(
        "a GDPR erasure actioned vs an access request sent",
        [
            wrote(
                "Ignatius Harcourt-Mensah",
                noted(
                    LONG_AGO,
                    "cand requested erasure under UK GDPR - actioned, DNC on the record until "
                    "purge completes.",
                ),
                due=False,
            ),
            wrote(
                "Juniper Ravenscroft",
                noted(LONG_AGO, "cand requested copy of her data (SAR) - sent 14 days later."),
                due=True,
            ),
        ],
    ),
    W(
        "French: don't contact me anymore vs contact me by email instead",
        [
            wrote(
                "Laurent Gagnon-Ferland",
                sent(LONG_AGO, "Veuillez ne plus me contacter, merci."),
                due=False,
            ),
            wrote(
                "Mathilde Charbonneau",
                sent(LONG_AGO, "Veuillez plutôt me contacter par courriel, pas au bureau."),
                due=True,
            ),
        ],
    ),
    W(
        "retired, please remove me vs semi-retired, part-time consulting only",
        [
            wrote(
                "Norbert Applewhite",
                touch(
                    LONG_AGO,
                    "inbound",
                    "replied",
                    note="Retired from audit in September. Please remove me - I won't be "
                    "working again.",
                    channel="linkedin",
                ),
                due=False,
            ),
            wrote(
                "Odette Fairchild-Nwosu",
                touch(
                    LONG_AGO,
                    "inbound",
                    "replied",
                    note="Semi-retired now - only part-time consulting work, two days a week.",
                    channel="linkedin",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a formal request to be removed vs a formal request for feedback",
        [
            wrote(
                "Percival Tremayne",
                sent(
                    LONG_AGO,
                    "Consider this my formal request to be removed from all future "
                    "correspondence from your firm.",
                ),
                due=False,
            ),
            wrote(
                "Quintessa Obiora-Hart",
                sent(
                    LONG_AGO,
                    "Consider this my formal request for written feedback on my final round "
                    "in May.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "never call this number again vs never this number, it's my work line",
        [
            wrote(
                "Reginald Scarborough",
                noted(
                    LONG_AGO,
                    "Cand answered and said 'never call this number again' then hung up. "
                    "Marked do not contact.",
                ),
                due=False,
            ),
            wrote(
                "Sunniva Eggleston",
                noted(
                    LONG_AGO,
                    "Cand: 'never call this number again, it's my work line' - use her mobile "
                    "0412 555 019 instead.",
                ),
                due=True,
            ),
        ],
    ),
]

# --- 2. waits counted from the day said, checked both ways -----------------------------------

GARDEN = (
    "Resigned from the bank, on garden leave to 31 March - can't join anyone before April.",
    date(2026, 10, 12),
)
CNY_BONUS = (
    "bonus paid after CNY, in march. not moving till it's in my account",
    date(2026, 11, 2),
)
ACCA_DEC = ("Sitting ACCA SBR and ATX on 7-8 Dec - leave me till after.", date(2026, 10, 12))
EOFY = ("Not moving till after EOFY on 30 June - year-end on her plate.", date(2026, 11, 9))
BUSY = ("Peak busy season Jan to end of April - call her in May.", date(2026, 10, 26))
NON_COMPETE = (
    "12-month non-compete from leaving the insurer on 1 June - nothing with a competitor before "
    "next June.",
    date(2026, 6, 8),
)
PARENTAL = ("On parental leave until May - not looking until she's back.", date(2026, 9, 14))
T1 = ("T1 season - nothing until after April 30.", date(2026, 11, 16))
DEFERRED = ("Deferred tranche vests in March, not walking away from it.", date(2026, 10, 19))

WAITS = [
    W(
        "garden leave to 31 March vs garden leave that ended in July",
        [
            said("Thaddeus Pemberton-Oyo", GARDEN, due=False),
            said(
                "Ursula Kincaid",
                ("Garden leave ended 31 July - free to start now.", date(2026, 8, 3)),
                due=True,
            ),
        ],
    ),
    W(
        "garden leave to 31 March: due in April",
        [said("Valentina Okorafor", GARDEN, due=True)],
        week=date(2027, 4, 12),
    ),
    W(
        "a bonus paid after Chinese New Year vs this year's bonus already paid",
        [
            said("Wong Tsz-kin", CNY_BONUS, due=False),
            said(
                "Yeung Hoi-man",
                ("bonus came in march, now free to look", date(2026, 4, 13)),
                due=True,
            ),
        ],
    ),
    W(
        "a bonus paid after Chinese New Year: due in April",
        [said("Chow Ka-ming", CNY_BONUS, due=True)],
        week=date(2027, 4, 12),
    ),
    W(
        "December ACCA papers vs a CPA exam passed in September",
        [
            said("Zinhle Mthembu", ACCA_DEC, due=False),
            said(
                "Abigail Ferreira-Ncube",
                ("Passed her last CPA exam in September - free to interview.", date(2026, 10, 5)),
                due=True,
            ),
        ],
    ),
    W(
        "December ACCA papers: due in January",
        [said("Bheki Shabalala", ACCA_DEC, due=True)],
        week=date(2027, 1, 11),
    ),
    W(
        "after EOFY, said in November: not due this week",
        [said("Coralie Whitbread", EOFY, due=False)],
    ),
    W(
        "after EOFY: still not due in March",
        [said("Dustin Pallister", EOFY, due=False)],
        week=date(2027, 3, 15),
    ),
    W(
        "after EOFY: due in July",
        [said("Ellery Mountford", EOFY, due=True)],
        week=date(2027, 7, 19),
    ),
    W(
        "busy season to the end of April: not due in February",
        [said("Faustina Goh Pei Yi", BUSY, due=False)],
        week=date(2027, 2, 15),
    ),
    W(
        "busy season to the end of April: due in May",
        [said("Gilbert Heng Kok Wah", BUSY, due=True)],
        week=date(2027, 5, 10),
    ),
    W(
        "a twelve-month non-compete from June vs a six-month one that ended in May",
        [
            said("Hyacinth Maplethorpe", NON_COMPETE, due=False),
            said(
                "Isidore Blakemore",
                ("Six-month non-compete finished end of May - clear now.", date(2026, 6, 8)),
                due=True,
            ),
        ],
    ),
    W(
        "a twelve-month non-compete from June: due in June",
        [said("Josephine Lathbury", NON_COMPETE, due=True)],
        week=date(2027, 6, 14),
    ),
    W(
        "parental leave to May: not due in January",
        [said("Kassandra Villeneuve", PARENTAL, due=False)],
        week=date(2027, 1, 18),
    ),
    W(
        "parental leave to May: due in June",
        [said("Leontyne Marchand", PARENTAL, due=True)],
        week=date(2027, 6, 7),
    ),
    W(
        "T1 season to April 30 vs last season over",
        [
            said("Maxence Gauthier-Roy", T1, due=False),
            said(
                "Noémie Lafrenière",
                ("T1 season done on April 30 - open to talk.", date(2026, 5, 11)),
                due=True,
            ),
        ],
    ),
    W(
        "T1 season to April 30: due in May",
        [said("Olivier Brisebois-Nkemba", T1, due=True)],
        week=date(2027, 5, 10),
    ),
    W(
        "in probation until the end of January vs probation passed",
        [
            said(
                "Marnus Venter-Dlamini",
                ("Started at PwC 1 Aug, probation to end of Jan - not moving.", date(2026, 9, 7)),
                due=False,
            ),
            said(
                "Quinton Mabuza",
                ("Started at PwC in Feb, probation signed off in Aug.", date(2026, 9, 7)),
                due=True,
            ),
        ],
    ),
    W(
        "'give me four months' said in October vs said in May",
        [
            wrote(
                "Rosalind Quarmby-Osei",
                sent(
                    date(2026, 10, 5),
                    "New team, new boss - give me four months and then let's talk.",
                ),
                due=False,
            ),
            wrote(
                "Sylvester Okwuosa",
                sent(
                    date(2026, 5, 4),
                    "New team, new boss - give me four months, then we can talk.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a deferred tranche vesting in March: not due in February",
        [said("Tabitha Wolstenholme", DEFERRED, due=False)],
        week=date(2027, 2, 22),
    ),
    W(
        "a deferred tranche vesting in March: due in April",
        [said("Ulysses Brocklehurst", DEFERRED, due=True)],
        week=date(2027, 4, 5),
    ),
]

# --- 3. notes full of dates that ask no wait, and one that does -------------------------------

NO_WAIT = [
    W(
        "CFA passed in August, back from Bali 2 Nov, free evenings vs just made partner, two years",
        [
            said(
                "Verity Haslingden",
                (
                    "Passed CFA Level II in August, back from Bali 2 Nov, free any evening after "
                    "6 for a call.",
                    date(2026, 11, 9),
                ),
                due=True,
            ),
            said(
                "Wendell Fortescue",
                ("Just made partner on 1 Oct - give me two years.", date(2026, 11, 9)),
                due=False,
            ),
        ],
    ),
    W(
        "a December year-end and January busy season, happy to interview before Christmas",
        [
            said(
                "Xanthe Oyediran",
                (
                    "31 Dec year-end, busy season Jan to Mar as usual - happy to interview any "
                    "time before Christmas though.",
                    date(2026, 11, 2),
                ),
                due=True,
            )
        ],
    ),
    W(
        "quarter-close dates and a Thanksgiving trip, open to roles now",
        [
            said(
                "Yardley Whitcombe-Asante",
                (
                    "Q3 close done 15 Oct, flying home for Thanksgiving on the 25th, Q4 close "
                    "mid-Jan. Open to treasury roles now.",
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
        "a role sent eight days ago vs the same role sent months ago",
        [
            NotDue(
                "Zebedee Harrowgate",
                apps=[MAY_2025_FINAL],
                touches=[
                    last_call(),
                    touch(8, outcome="no_reply", note="Sent the HK tax manager JD."),
                ],
            ),
            Due(
                "Anneliese Brightwater",
                apps=[MAY_2025_FINAL],
                touches=[touch(190, outcome="no_reply", note="Sent the SG tax manager JD.")],
            ),
        ],
    ),
    W(
        "a coffee three weeks ago vs one seven months ago",
        [
            NotDue(
                "Benedetta Sowerby",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        21,
                        outcome="replied",
                        channel="meeting",
                        note="Coffee at Pacific Place, catch-up, nothing live for her.",
                    )
                ],
            ),
            Due(
                "Caractacus Ellingham",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        210,
                        outcome="replied",
                        channel="meeting",
                        note="Coffee at IFC, catch-up, nothing live for him.",
                    )
                ],
            ),
        ],
    ),
]

# --- 5. the latest word counts ---------------------------------------------------------------

LATEST = [
    W(
        "a DNC taken back by the candidate",
        [
            wrote(
                "Dorothea Penhallow",
                noted(date(2025, 12, 8), "cand asked not to be contacted - DNC set."),
                sent(
                    date(2026, 5, 18),
                    "I asked for no contact last December, but things have changed here - "
                    "please do send me suitable compliance roles.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "a keen reply turned into an unsubscribe vs keen then keener",
        [
            wrote(
                "Ebenezer Coldwell",
                sent(date(2026, 2, 9), "keen! send me anything in payroll"),
                sent(date(2026, 5, 25), "unsubscribe. found a job, don't write again."),
                due=False,
            ),
            wrote(
                "Florentina Ashgrove",
                sent(date(2026, 2, 9), "keen, send me payroll roles"),
                sent(date(2026, 5, 25), "still keen - restructure coming at my place."),
                due=True,
            ),
        ],
    ),
    W(
        "a wait till after the bonus called off early",
        [
            said(
                "Gwendolyn Ashurst-Obi",
                ("Not before the bonus after CNY.", date(2026, 10, 5)),
                (
                    "Scratch the bonus wait - restructure announced, wants to talk now.",
                    date(2026, 11, 9),
                ),
                due=True,
            )
        ],
    ),
]

HELDOUT25_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
