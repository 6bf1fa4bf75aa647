"""Held-out weekly reconnect cases, seventy-sixth set: returners, career changers and veterans,
written by a stranger to the reader (its code, its labelled sets and the earlier case files'
sentences were not looked at; held-out 10 was opened for its format only), measured and
reported on its own line ("held-out 76").

Everyone here is otherwise due in the week of the case: reached the final stage of a returnship
or transition hire in May 2025 and lost to one other person, and was last spoken to long before
the week (170 days, past a silver medalist's cadence), unless the case is about a recent
contact. A wait is typed onto the file as a dated motivation, or sits in a note or reply sent
long enough before the week that no recent contact holds the person back instead.

The recruiters are returnship and transition programme coordinators, in-house recruiters and a
veterans' agency desk in the UK, Ireland, the US, Canada and Australia; the people are parents
back from career breaks, carers, service leavers and reservists, military spouses and career
changers from teaching, nursing, hospitality and the police. The voices are coordinators' and
coaches' notes, recruiters' call notes and the candidates' own emails, texts and LinkedIn
messages, some in French and Spanish, with forces and school-run shorthand. What decides is what
they told us:

1. opt-outs (remove me from the talent pool, "lose my number", a coordinator's note that she
   wants no contact, French, "No thanks." to the outreach, a coach passing on a stop, Spanish, an
   angry former major): never listed; beside each a scoped stop that is due (the WhatsApp group
   only, not on drill nights, not the Cork office, the newsletter only, not the night role, email
   rather than through the coach, not on WhatsApp, no more security-guard jobs);
2. waits counted from the day said and checked both ways: terminal leave to ETS, the Australian
   summer school holidays, a teacher who missed the resignation deadline, nine months' adoption
   leave, Lunar New Year, a resettlement exit date, US Thanksgiving: not listed while they run,
   listed once they have; each beside a twin whose wait is already over (an ETS gone, the winter
   holidays, a May resignation, six months' leave from January, Diwali, an exit date in
   September, Canadian Thanksgiving);
3. notes full of dates that ask for no wait are due (a service record, a career-break timeline, a
   revalidation date still to come, GI Bill classes); a SkillBridge placement to March is not;
4. plain restraint: a call last week, a check-in twelve days ago, a text from them five days ago,
   an InMail six days ago are not listed; the same months ago are;
5. the latest word counts: a stop taken back is due, a wait called off is due, a "free now"
   hardened into a year's wait is not, a "keep me posted" turned into a removal is not, a
   coordinator's stop withdrawn by the candidate in French is due, and a wait called off and then
   put back is not.
"""

from datetime import date

from evaluation.scenarios import Person, app, touch
from evaluation.weekly_cases import Due, NotDue, W, WeeklyCase

MAY_2025_FINAL = app(
    date(2025, 5, 12),
    "final",
    "rejected",
    "other_candidate",
    None,
    rating=4.4,
    role="Returner Software Engineer",
)
LONG_AGO = 170  # days before the week: past a silver medalist's cadence


def last_call() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(LONG_AGO, "outbound", "replied", channel="phone")


def said(days, note, channel="email") -> dict:
    """Their own email (a text or WhatsApp with ``channel="other"``), as they typed it."""
    return touch(days, "inbound", "replied", note=note, channel=channel)


def noted(days, note) -> dict:
    """A coordinator's or recruiter's note on the file."""
    return touch(days, "outbound", None, "note", note=note, channel="other")


def rang(days, note) -> dict:
    """A recruiter's call note."""
    return touch(days, "outbound", "replied", note=note, channel="phone")


def handed_over(days, note) -> dict:
    """A transition coach's handover note, as pasted in."""
    return touch(days, "inbound", None, "note", note=note, channel="meeting")


def waiting(name, *statements, due, **kw) -> Person:
    """Someone otherwise due who told us ``statements`` (each with the day it was said)."""
    person = Due if due else NotDue
    return person(name, *statements, apps=[MAY_2025_FINAL], touches=[last_call()], **kw)


def wrote(name, *touches, due, **kw) -> Person:
    """Someone otherwise due whose words are in touchpoints."""
    person = Due if due else NotDue
    return person(name, apps=[MAY_2025_FINAL], touches=list(touches), **kw)


# --- 1. opt-outs, each beside a scoped stop that is due -------------------------------------

OPT_OUTS = [
    W(
        "opt-out: remove me from the talent pool vs remove me from the WhatsApp group only",
        [
            wrote(
                "Philippa Garnett",
                said(
                    160,
                    "Please remove me from your talent pool and don't contact me again. I've "
                    "made my decision and won't be coming back through the programme.",
                ),
                due=False,
            ),
            wrote(
                "Rowena Blackledge",
                said(
                    160,
                    "could you take me out of the returners' whatsapp group? it pings all day. "
                    "email's fine for roles, still looking!",
                    channel="other",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "opt-out: a reservist's 'lose my number' vs not on Tuesday drill nights",
        [
            wrote(
                "Craig Mather",
                said(
                    180,
                    "lose my number. not interested in anything you've got, now or ever",
                    "other",
                ),
                due=False,
            ),
            wrote(
                "Lee Foulkes",
                said(
                    180,
                    "don't ring tuesday nights, that's drill night with the reserves. any other "
                    "evening is fine",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "opt-out: coordinator notes she wants no contact at all vs not from the Cork office",
        [
            wrote(
                "Siobhan Twohig",
                noted(
                    150,
                    "Siobhan asked that we stop all contact - she's not returning to work and "
                    "doesn't want programme emails or calls. Please respect this.",
                ),
                due=False,
            ),
            wrote(
                "Una Cremin",
                noted(
                    150,
                    "Una asked that the Cork office stop contacting her as she's moved to Dublin. "
                    "Dublin team to pick her up - still keen.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "opt-out: unsubscribe me from everything, in French vs from the newsletter only",
        [
            wrote(
                "Nathalie Gagnon",
                said(170, "Désabonnez-moi de tout, s.v.p. Je ne veux plus recevoir de messages."),
                due=False,
            ),
            wrote(
                "Isabelle Pelletier",
                said(
                    170,
                    "Désabonnez-moi de l'infolettre mensuelle, s.v.p. - mais les offres en "
                    "gestion de projet m'intéressent toujours.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "opt-out: 'No thanks.' to the outreach vs no thanks to the night role only",
        [
            wrote(
                "Darius Pennock",
                touch(
                    150, "inbound", "not_interested", "re_engagement", note="No thanks, take care."
                ),
                due=False,
            ),
            wrote(
                "Mason Crenshaw",
                touch(
                    150,
                    "inbound",
                    "not_interested",
                    "re_engagement",
                    note="No thanks to this one, it's nights. Anything on days, let me know.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "opt-out: a coach passes on a stop to all recruiters vs would rather hear direct",
        [
            wrote(
                "Dale Hargreaves",
                handed_over(
                    160,
                    "Coach handover: Dale has asked me to pass on to all recruiters that he "
                    "wants no further contact. Please remove him from your lists.",
                ),
                due=False,
            ),
            wrote(
                "Wayne Kilbride",
                handed_over(
                    160,
                    "Coach handover: Wayne would rather hear from recruiters by email than "
                    "through me from now on - he's keen, he just wants it direct.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "opt-out: don't contact me again, in Spanish vs not on WhatsApp, email only",
        [
            wrote(
                "Arturo Benavides",
                said(
                    165,
                    "No quiero que me vuelvan a contactar. Por favor eliminen mis datos.",
                    "other",
                ),
                due=False,
            ),
            wrote(
                "Joaquín Treviño",
                said(
                    165,
                    "no me manden mensajes por whatsapp porfa, solo correo. sigo buscando trabajo",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "opt-out: an angry former major vs no more security-guard jobs",
        [
            wrote(
                "Giles Hepworth",
                said(
                    155,
                    "I was a Major. Stop thanking me for my service and stop emailing me. "
                    "Remove me from whatever list this is.",
                ),
                due=False,
            ),
            wrote(
                "Simon Ackerley",
                said(
                    155,
                    "Please stop sending me security guard jobs - I ran a 120-strong squadron. "
                    "Project and ops roles, yes please.",
                ),
                due=True,
            ),
        ],
    ),
]

# --- 2. waits counted from the day said, checked both ways ----------------------------------

ETS = (
    "Terminal leave from 20 Jan, ETS 28 Feb 27 - won't start civilian work before then.",
    date(2026, 11, 2),
)
AU_SUMMER = (
    "Not till after the summer school holidays - kids home 18 Dec to 28 Jan, no care lined up.",
    date(2026, 11, 9),
)
MISSED_DEADLINE = (
    "Spoke to cand - just missed the 31 May deadline so she can't leave school till Christmas. "
    "Resigning by 31 Oct, free from January."
)
ADOPTION = (
    "We've been matched! The children move in next month and I'm on adoption leave - not "
    "looking for the next nine months."
)
LUNAR = (
    "Not until after Lunar New Year - the family restaurant needs her right through the holiday.",
    date(2026, 10, 19),
)
EXIT_DATE = (
    "Exit date from the Army is 14 May 2027 - can't take up a civilian post before then.",
    date(2026, 10, 19),
)
THANKSGIVING = (
    "After Thanksgiving please - we drive to my mom's in Ohio for the week.",
    date(2026, 9, 14),
)

WAITS = [
    W(
        "wait: ETS at the end of February vs an ETS in August, already out",
        [
            waiting("Brandon Achterberg", ETS, due=False, location="San Antonio, TX, USA"),
            waiting(
                "Tyler Okafor",
                (
                    "ETS 31 Aug, terminal leave done, DD-214 in hand - free to start.",
                    date(2026, 7, 6),
                ),
                due=True,
                location="San Antonio, TX, USA",
            ),
        ],
    ),
    W(
        "wait: ETS at the end of February: due in mid-March",
        [waiting("Cody Villanueva", ETS, due=True, location="San Antonio, TX, USA")],
        week=date(2027, 3, 15),
    ),
    W(
        "wait: after the Australian summer school holidays vs after the winter ones",
        [
            waiting("Brooke Tavener", AU_SUMMER, due=False, location="Melbourne, VIC, Australia"),
            waiting(
                "Chelsea Mavros",
                ("After the winter school holidays - kids home till 13 July.", date(2026, 6, 15)),
                due=True,
                location="Melbourne, VIC, Australia",
            ),
        ],
    ),
    W(
        "wait: after the Australian summer school holidays: due in February",
        [waiting("Jessica Pantazis", AU_SUMMER, due=True, location="Melbourne, VIC, Australia")],
        week=date(2027, 2, 8),
    ),
    W(
        "wait: a teacher who missed the May deadline vs one who resigned in time",
        [
            wrote("Helen Cawthorne", rang(date(2026, 6, 8), MISSED_DEADLINE), due=False),
            wrote(
                "Amanda Greaves",
                rang(
                    date(2026, 5, 4),
                    "Spoke to cand - resigning before the 31 May deadline, so she leaves school "
                    "at the end of August and is free from September.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "wait: a teacher who missed the May deadline: due in January",
        [wrote("Lorna Pickles", rang(date(2026, 6, 8), MISSED_DEADLINE), due=True)],
        week=date(2027, 1, 11),
    ),
    W(
        "wait: nine months' adoption leave from June vs six months from January",
        [
            wrote("Martin Esterhuizen", said(date(2026, 6, 22), ADOPTION), due=False),
            wrote(
                "Owen Ashdown",
                said(
                    date(2026, 1, 12),
                    "We've been matched! The children move in next week and I'm on adoption "
                    "leave - not looking for the next six months.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "wait: nine months' adoption leave from June: due in late April",
        [wrote("Graham Fairbairn", said(date(2026, 6, 22), ADOPTION), due=True)],
        week=date(2027, 4, 26),
    ),
    W(
        "wait: after Lunar New Year vs back from Diwali in Pune",
        [
            waiting("Linh Tran", LUNAR, due=False, location="Sydney, NSW, Australia"),
            waiting(
                "Priya Deshpande",
                (
                    "Away in Pune for Diwali, back mid-November - call after that.",
                    date(2026, 9, 28),
                ),
                due=True,
                location="Sydney, NSW, Australia",
            ),
        ],
    ),
    W(
        "wait: after Lunar New Year: due in March",
        [waiting("Kevin Luong", LUNAR, due=True, location="Sydney, NSW, Australia")],
        week=date(2027, 3, 8),
    ),
    W(
        "wait: an Army exit date in May vs one in September, gone",
        [
            waiting("Rupert Fenwick-Hale", EXIT_DATE, due=False, location="Tidworth, UK"),
            waiting(
                "Alastair Dunmore",
                ("Exit date was 4 Sept - out now and free to start.", date(2026, 9, 14)),
                due=True,
                location="Tidworth, UK",
            ),
        ],
    ),
    W(
        "wait: an Army exit date in May: due at the end of May",
        [waiting("Hamish Gilchrist", EXIT_DATE, due=True, location="Tidworth, UK")],
        week=date(2027, 5, 24),
    ),
    W(
        "wait: after Thanksgiving in Pittsburgh vs after Thanksgiving in Toronto",
        [
            waiting("Kelsey Dunleavy", THANKSGIVING, due=False, location="Pittsburgh, PA, USA"),
            waiting(
                "Chantal Lapierre",
                (
                    "After Thanksgiving please - big family weekend up at the cottage.",
                    date(2026, 9, 14),
                ),
                due=True,
                location="Toronto, ON, Canada",
            ),
        ],
    ),
    W(
        "wait: after Thanksgiving in Pittsburgh: due in December",
        [waiting("Megan Kowalczyk", THANKSGIVING, due=True, location="Pittsburgh, PA, USA")],
        week=date(2026, 12, 7),
    ),
]

# --- 3. notes full of dates that ask for no wait --------------------------------------------

NO_WAIT = [
    W(
        "wait: a service record full of dates asks for no wait",
        [
            wrote(
                "Stuart Broadhurst",
                rang(
                    150,
                    "Joined 2003, Telic 2005, Herrick 2009 and 2011, left 30 June 2025 as a WO2. "
                    "PRINCE2 Practitioner 14 Feb 2026. Free to start any time.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "wait: a career-break timeline, available now",
        [
            wrote(
                "Anna Kettlewell",
                said(
                    140,
                    "For your records: career break Sep 2018 - Jan 2026 (three kids). Returners' "
                    "course Feb - Apr 2026. Kids at school 8.45 - 3.15. Available now.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "wait: a revalidation date still to come is no wait",
        [
            waiting(
                "Maureen Etchells",
                (
                    "NMC revalidation due 30 April 2027; PIN valid till then. Available now.",
                    date(2026, 11, 2),
                ),
                due=True,
            )
        ],
    ),
    W(
        "wait: GI Bill evening classes to December vs SkillBridge to March",
        [
            wrote(
                "Derrick Coleman",
                said(
                    150,
                    "DD-214 dated 14 March 2026. GI Bill started 1 May, classes Tue/Thu "
                    "evenings until 12 December. Available for full-time days right now.",
                ),
                due=True,
            ),
            waiting(
                "Austin Pelletier",
                (
                    "SkillBridge with a logistics firm from 1 Oct to 31 March, then ETS - not "
                    "available for anything else before April.",
                    date(2026, 9, 28),
                ),
                due=False,
            ),
        ],
    ),
]

# --- 4. plain restraint ---------------------------------------------------------------------

RESTRAINT = [
    W(
        "restraint: a call about the spring cohort last week vs the same call in June",
        [
            wrote(
                "Rachel Ormondroyd",
                last_call(),
                rang(7, "Talked through the spring cohort dates; she'll think about it."),
                due=False,
            ),
            wrote(
                "Joanne Firbank",
                rang(150, "Talked through the spring cohort dates; she'll think about it."),
                due=True,
            ),
        ],
    ),
    W(
        "restraint: a coordinator's check-in twelve days ago vs 140 days ago",
        [
            wrote(
                "Claire Dearden",
                last_call(),
                touch(
                    12,
                    "outbound",
                    "no_reply",
                    note="Sent the new returner roles round; no reply yet.",
                ),
                due=False,
            ),
            wrote(
                "Sophie Ainsworth",
                touch(
                    140,
                    "outbound",
                    "no_reply",
                    note="Sent the new returner roles round; no reply yet.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "restraint: she texted us five days ago vs months ago",
        [
            wrote(
                "Kerry Hollinrake",
                last_call(),
                said(5, "thanks for the info, will have a look at the weekend", "other"),
                due=False,
            ),
            wrote(
                "Stacey Bamforth",
                said(160, "thanks for the info, will have a look at the weekend", "other"),
                due=True,
            ),
        ],
    ),
    W(
        "restraint: an InMail six days ago vs two hundred days ago",
        [
            wrote(
                "Tyrell Haskins",
                last_call(),
                touch(
                    6,
                    "outbound",
                    "no_reply",
                    "re_engagement",
                    note="InMail re the Ops Manager role in Killeen.",
                    channel="linkedin",
                ),
                due=False,
            ),
            wrote(
                "Dominic Reyes",
                touch(
                    200,
                    "outbound",
                    "no_reply",
                    "re_engagement",
                    note="InMail re the Ops Manager role in Killeen.",
                    channel="linkedin",
                ),
                due=True,
            ),
        ],
    ),
]

# --- 5. the latest word counts --------------------------------------------------------------

LATEST = [
    W(
        "latest word: a stop taken back",
        [
            wrote(
                "Lydia Haworth",
                said(date(2026, 1, 12), "Kindly stop contacting me."),
                said(
                    date(2026, 6, 1),
                    "Sorry for the abrupt email in January - it was a rough time with my dad. "
                    "I'd actually welcome hearing about roles now.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "latest word: a wait till next September called off",
        [
            wrote(
                "Gemma Rushton",
                said(
                    date(2026, 3, 2), "Not before next September - my youngest starts school then."
                ),
                said(
                    date(2026, 6, 15),
                    "Change of plan - we got a nursery place, so I'm free now. Please do get in "
                    "touch.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "latest word: free now hardened into a year's wait",
        [
            wrote(
                "Bethan Pugh",
                said(date(2026, 4, 6), "Free now, send me anything you have."),
                said(
                    date(2026, 6, 22),
                    "Scratch that - my husband's been diagnosed and I'm his carer for the next "
                    "year at least. Please hold off till next autumn.",
                ),
                due=False,
            )
        ],
    ),
    W(
        "latest word: keep me posted, then remove me",
        [
            wrote(
                "Valerie Ashurst",
                said(date(2026, 3, 9), "Keep me posted, thanks!"),
                said(
                    date(2026, 6, 8),
                    "Please remove me from your lists - I've decided to retire. Thank you for "
                    "everything.",
                ),
                due=False,
            )
        ],
    ),
    W(
        "latest word: a coordinator's stop withdrawn by the candidate in French",
        [
            wrote(
                "Sylvie Lévesque",
                noted(date(2026, 2, 2), "Mme Lévesque a demandé de ne plus être contactée."),
                said(
                    date(2026, 6, 15),
                    "Bonjour, j'avais demandé de ne plus être contactée en février, mais ma "
                    "situation a changé - n'hésitez pas à m'écrire pour des postes en gestion "
                    "de projet.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "latest word: a wait called off, then put back till after Easter",
        [
            wrote(
                "Rosemary Fairbrother",
                said(date(2026, 2, 9), "Not till after Christmas, sorry."),
                said(date(2026, 4, 13), "Actually I'm free now - let's talk!"),
                said(
                    date(2026, 6, 29),
                    "Sorry to mess you around - Mum's had a fall and I'm back to 'not till after "
                    "Easter'.",
                ),
                due=False,
            )
        ],
    ),
]

HELDOUT76_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
