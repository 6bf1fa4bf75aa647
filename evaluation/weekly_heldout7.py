"""Held-out weekly reconnect cases, seventh set: recruiters' own words, written by a seventh
stranger to the reader (its code, its labelled sets and the earlier case files' sentences were
not looked at), measured and reported on its own line ("held-out 7").

Everyone here is otherwise due in the week of the case: lost a final round in September 2025,
last contacted long before the week (over five months). A wait is typed as a dated motivation,
so no recent contact holds the person back instead. Voices are those of English-speaking ATS
users (email replies with our quoted outreach and footer, dictated call notes, Slack lines,
screening forms, texts, DMs) in the US, Canada, the UK, Ireland, India, Nigeria, New Zealand and
South Africa. What decides is what they told us:

1. opt-outs ("unsubscribe pls" above our quoted email, a dictated "stop calling me ... ever", a
   Slack DNC after a complaint to our CEO, "future roles: NO" on a screening form, a texted
   "STOP pls", a Nigerian "please desist", a Kiwi "on second thoughts, don't contact me again",
   "I'm not interested, and I won't be"): never listed; the near-miss beside each (a question
   above the same quoted footer, "stop calling the landline, use my cell", "gmail only", "future
   roles: yes (perm only)", "happy to stop by for a coffee", "bear with me, I will revert", a no
   changed to "stay in touch after all", "I'm not NOT interested") is due;
2. waits, counted from the day said and checked both ways (a twin, or the same wait in a later
   week): after the holidays, post-Xmas, a 3-month notice, probation, an RSU cliff "about 3
   months out", "about six weeks", a dictated "after the new year", half term, Holi against
   Republic Day, UK "not before 15/01" against US "after 10/15", a Canadian public body's fiscal
   year end against Boxing Day, "once the acquisition closes next quarter" against "closed last
   month", a Kiwi summer break against South African winter school holidays: not listed while
   they run, listed once they have run out;
3. notes full of months and plans that ask for no wait (a honeymoon, a team move, a promotion; a
   dictated ramble about Thanksgiving and a ski trip): due; beside one, "chat after my notice"
   said this month is not;
4. plain restraint: an email ten days ago, a catch-up call five days ago, a thank-you two weeks
   ago are not listed; the same months ago are.
"""

from datetime import date

from evaluation.scenarios import Person, app, touch
from evaluation.scenarios_heldout7 import QUOTED_OUTREACH
from evaluation.weekly_cases import Due, NotDue, W, WeeklyCase

SEPT_2025_FINAL = app(
    date(2025, 9, 15),
    "final",
    "rejected",
    "other_candidate",
    None,
    rating=4.2,
    role="Platform Engineer",
)
LONG_AGO = 170  # days before the week: past any cadence


def quiet_check_in() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(LONG_AGO, "outbound", "replied")


def wrote_back(days, note, channel="email") -> dict:
    return touch(days, "inbound", "replied", note=note, channel=channel)


def dictated(days, note) -> dict:
    """A call note dictated into the phone: no punctuation, misheard words."""
    return touch(days, "outbound", "replied", "note", note=note, channel="phone")


def form(days, *lines) -> dict:
    """Answers pasted from a screening form, one field a line."""
    return touch(days, "outbound", "replied", "note", note="\n".join(lines), channel="phone")


def slack(days, note) -> dict:
    return touch(days, "outbound", None, "note", note=note, channel="other")


def said(name, statement, when, *, due) -> Person:
    """Someone otherwise due whose wait (or words with no wait in them) was said on ``when``."""
    person = Due if due else NotDue
    return person(name, (statement, when), apps=[SEPT_2025_FINAL], touches=[quiet_check_in()])


# --- 1. opt-outs, each beside a near-miss that is due ----------------------------------------
OPT_OUTS = [
    W(
        "'unsubscribe pls' above our quoted email is never listed; a question above the same "
        "quoted footer (unsubscribe, reply STOP) is due",
        [
            NotDue(
                "Marcus Delacroix",
                apps=[SEPT_2025_FINAL],
                touches=[wrote_back(LONG_AGO, "unsubscribe pls" + QUOTED_OUTREACH)],
            ),
            Due(
                "Terrence Holloway",
                apps=[SEPT_2025_FINAL],
                touches=[
                    wrote_back(
                        LONG_AGO,
                        "Is this one open to folks outside the US? Thx\n-- \nTerrence Holloway"
                        "\nStaff Engineer | This email may contain confidential information"
                        + QUOTED_OUTREACH,
                    )
                ],
            ),
        ],
    ),
    W(
        "dictated 'stop calling me not interested in hearing from you guys ever' is never "
        "listed; 'stop calling the landline use my cell' is due",
        [
            NotDue(
                "Vince Abernathy",
                apps=[SEPT_2025_FINAL],
                touches=[
                    dictated(
                        LONG_AGO,
                        "vince picked up and said stop calling me im not interested in hearing "
                        "from you guys ever again then hung up",
                    )
                ],
            ),
            Due(
                "Lonnie Mercer",
                apps=[SEPT_2025_FINAL],
                touches=[
                    dictated(
                        LONG_AGO,
                        "lonnie said stop calling the land line his mum answers it use my cell "
                        "instead he is open to hearing about platform roles",
                    )
                ],
            ),
        ],
    ),
    W(
        "a slack 'DNC, complained to our CEO, leave him be permanently' is never listed; 'don't "
        "use his work email, gmail only' is due",
        [
            NotDue(
                "Tobias Wainwright",
                apps=[SEPT_2025_FINAL],
                touches=[
                    slack(
                        LONG_AGO,
                        "DNC - Tobias W complained to our CEO about the volume of mail. leave him "
                        "be, permanently",
                    )
                ],
            ),
            Due(
                "Rupert Hollingsworth",
                apps=[SEPT_2025_FINAL],
                touches=[
                    slack(
                        LONG_AGO,
                        "heads up: don't use Rupert H's work email, he asked for gmail only",
                    )
                ],
            ),
        ],
    ),
    W(
        "a screening form 'Future roles: NO' is never listed; 'Future roles: yes, perm only' is "
        "due",
        [
            NotDue(
                "Kavita Raman",
                apps=[SEPT_2025_FINAL],
                touches=[
                    form(
                        LONG_AGO,
                        "Notice: 90 days",
                        "CCTC: 28 LPA",
                        "Happy to be contacted about future roles: NO",
                    )
                ],
            ),
            Due(
                "Sandeep Grewal",
                apps=[SEPT_2025_FINAL],
                touches=[
                    form(
                        LONG_AGO,
                        "Notice: 90 days",
                        "CCTC: 27 LPA",
                        "Happy to be contacted about future roles: yes (perm only)",
                    )
                ],
            ),
        ],
    ),
    W(
        "a texted 'STOP pls' is never listed; 'happy to stop by for a coffee' is due",
        [
            NotDue(
                "Dwayne Fortier",
                apps=[SEPT_2025_FINAL],
                touches=[wrote_back(LONG_AGO, "STOP pls", channel="other")],
            ),
            Due(
                "Gabriel Arseneault",
                apps=[SEPT_2025_FINAL],
                touches=[
                    wrote_back(
                        LONG_AGO,
                        "happy to stop by for a coffee next time I'm in Toronto!",
                        channel="other",
                    )
                ],
            ),
        ],
    ),
    W(
        "a nigerian 'please desist from contacting me' is never listed; 'please bear with me, "
        "I will revert' is due",
        [
            NotDue(
                "Obinna Okeke",
                apps=[SEPT_2025_FINAL],
                touches=[
                    wrote_back(
                        LONG_AGO,
                        "Please desist from contacting me with job offers. I am not interested "
                        "and will not be.",
                    )
                ],
            ),
            Due(
                "Uchenna Agu",
                apps=[SEPT_2025_FINAL],
                touches=[
                    wrote_back(
                        LONG_AGO,
                        "Please bear with me, I will revert. Still keen on platform roles.",
                    )
                ],
            ),
        ],
    ),
    W(
        "a kiwi 'on second thoughts, don't contact me again' after a yes is never listed; "
        "'changed my mind, stay in touch after all' after a no is due",
        [
            NotDue(
                "Ruby Tawhiri",
                apps=[SEPT_2025_FINAL],
                touches=[
                    wrote_back(LONG_AGO + 60, "sweet as, keep me in the loop"),
                    wrote_back(
                        LONG_AGO,
                        "on second thoughts pls don't contact me again, I'm out of tech for good",
                    ),
                ],
            ),
            Due(
                "Finn Harrower",
                apps=[SEPT_2025_FINAL],
                touches=[
                    wrote_back(LONG_AGO + 60, "not interested, leave it thanks"),
                    wrote_back(
                        LONG_AGO,
                        "changed my mind, happy for you to stay in touch after all",
                    ),
                ],
            ),
        ],
    ),
    W(
        "'I'm not interested, and won't be, please stop' is never listed; 'I'm not NOT "
        "interested, ping me later' is due",
        [
            NotDue(
                "Tamsin Whitlock",
                apps=[SEPT_2025_FINAL],
                touches=[
                    wrote_back(
                        LONG_AGO,
                        "I'm not interested, and I won't be. Please stop.",
                        channel="linkedin",
                    )
                ],
            ),
            Due(
                "Bethany Cartwright",
                apps=[SEPT_2025_FINAL],
                touches=[
                    wrote_back(
                        LONG_AGO,
                        "I'm not NOT interested, just swamped - ping me later",
                        channel="linkedin",
                    )
                ],
            ),
        ],
    ),
]

# --- 2. waits, counted from the day said, checked both ways ---------------------------------
WAITS = [
    W(
        "'after the holidays, Q4 is a zoo' said this month holds him back; 'after Canada Day' "
        "said in June has run out",
        [
            said(
                "Spencer Gallagher",
                "after the holidays, Q4 is a zoo at a retailer",
                date(2026, 11, 9),
                due=False,
            ),
            said(
                "Marc-André Pelletier",
                "reach out after Canada Day, moving house",
                date(2026, 6, 8),
                due=True,
            ),
        ],
    ),
    W(
        "'after the holidays' and 'post-Xmas' said in November are both over by mid-January",
        [
            said(
                "Preston Albers",
                "after the holidays pls, family in from out of state",
                date(2026, 11, 12),
                due=True,
            ),
            said(
                "Saoirse Tierney",
                "post-Xmas is grand, mad busy till then",
                date(2026, 11, 18),
                due=True,
            ),
        ],
        week=date(2027, 1, 11),
    ),
    W(
        "'3 months notice, reconnect once out' said this month holds her back; 'once I'm "
        "through probation (6 months)' said in April has run out",
        [
            said(
                "Harriet Boswell",
                "Notice: 3 months from today. Reconnect once she's out, not before.",
                date(2026, 11, 2),
                due=False,
            ),
            said(
                "Tabitha Langley",
                "new job, 6 month probation - try once she's through it",
                date(2026, 4, 20),
                due=True,
            ),
        ],
    ),
    W(
        "a three-month notice said in early November is over by March",
        [
            said(
                "Jocelyn Penhaligon",
                "3 months notice as of this week, get back in touch once she's out",
                date(2026, 11, 3),
                due=True,
            )
        ],
        week=date(2027, 3, 8),
    ),
    W(
        "'till the RSU cliff, about 3 months out' said this month holds him back; 'in about six "
        "weeks' said in September has run out",
        [
            said(
                "Garrison Pike",
                "staying till his RSU cliff, about 3 months out",
                date(2026, 11, 1),
                due=False,
            ),
            said(
                "Dexter Ellwood",
                "ask again in about six weeks",
                date(2026, 9, 1),
                due=True,
            ),
        ],
    ),
    W(
        "dictated 'after the new year' said last week holds him back; 'after half term' said in "
        "October has run out",
        [
            said(
                "Barnaby Crisp",
                "he said after the new year hes got a lot on with the house move call him then",
                date(2026, 11, 16),
                due=False,
            ),
            said(
                "Felicity Oakes",
                "she said after half term the kids are off and shes juggling",
                date(2026, 10, 12),
                due=True,
            ),
        ],
    ),
    W(
        "'after Holi' said in November still holds him back in early February; 'after Republic "
        "Day' said then has run out",
        [
            said(
                "Gaurav Chaturvedi",
                "will consider a switch after Holi, sister's wedding before that",
                date(2026, 11, 20),
                due=False,
            ),
            said(
                "Mansi Trivedi",
                "free to talk after Republic Day",
                date(2026, 11, 20),
                due=True,
            ),
        ],
        week=date(2027, 2, 1),
    ),
    W(
        "uk 'not before 15/01' said this month holds her back; us 'after 10/15' said in August "
        "has run out",
        [
            said(
                "Philippa Goodwin",
                "not before 15/01, on a project till then",
                date(2026, 11, 10),
                due=False,
            ),
            said(
                "Bradley Kessler",
                "hit me up after 10/15, crunch till then",
                date(2026, 8, 14),
                due=True,
            ),
        ],
    ),
    W(
        "'after fiscal year end' (a Canadian public body, 31 March) still holds her back in "
        "January; 'after Boxing Day' said in November has run out",
        [
            said(
                "Geneviève Lapointe",
                "after fiscal year end - she's on the budget team at the province",
                date(2026, 11, 19),
                due=False,
            ),
            said(
                "Declan Sweeney",
                "after Boxing Day, not before",
                date(2026, 11, 19),
                due=True,
            ),
        ],
        week=date(2027, 1, 4),
    ),
    W(
        "'once the acquisition closes, next quarter' holds him back; 'the acquisition closed "
        "last month, dust has settled' is no wait",
        [
            said(
                "Everett Sinclair",
                "once the acquisition closes - expected next quarter - he'll talk",
                date(2026, 11, 5),
                due=False,
            ),
            said(
                "Raymond Kuznetsov",
                "acquisition closed last month and the dust has settled, happy to talk now",
                date(2026, 11, 5),
                due=True,
            ),
        ],
    ),
    W(
        "a kiwi 'after the summer break' said in November holds her back; a south african "
        "'after the winter school hols' said in June has run out",
        [
            said(
                "Anahera Rangi",
                "after the summer break eh, back mid Jan",
                date(2026, 11, 2),
                due=False,
            ),
            said(
                "Lindiwe Zulu",
                "after the winter school hols please",
                date(2026, 6, 4),
                due=True,
            ),
        ],
    ),
]

# --- 3. notes full of dates that ask for no wait --------------------------------------------
NO_WAIT = [
    W(
        "a note full of months asking for no wait is due; 'after my notice' said this month is not",
        [
            said(
                "Georgina Faulkner",
                "Back from honeymoon in Sept, moved teams in Oct, promoted in March. All good - "
                "open to a chat any time.",
                date(2026, 11, 12),
                due=True,
            ),
            said(
                "Henrietta Moss",
                "handed in notice Monday (8 wks), chat after my notice, need a breather",
                date(2026, 11, 12),
                due=False,
            ),
        ],
    ),
    W(
        "a dictated ramble about Thanksgiving plans and a December trip asking for no wait is due",
        [
            said(
                "Clayton Burris",
                "clayton said hes doing thanksgiving at his moms then a ski trip in december but "
                "hes keen to hear about anything now actually the sooner the better",
                date(2026, 11, 13),
                due=True,
            )
        ],
    ),
]

# --- 4. restraint after a recent contact ---------------------------------------------------
RESTRAINT = [
    W(
        "an email ten days ago with no reply yet is not listed; the same five months ago is",
        [
            NotDue(
                "Wesley Danforth",
                apps=[SEPT_2025_FINAL],
                touches=[touch(10, "outbound", "no_reply", "re_engagement")],
            ),
            Due(
                "Maxwell Osterberg",
                apps=[SEPT_2025_FINAL],
                touches=[touch(LONG_AGO, "outbound", "no_reply", "re_engagement")],
            ),
        ],
    ),
    W(
        "a dictated catch-up five days ago is not listed; one over half a year ago is",
        [
            NotDue(
                "Ngozi Ezeh",
                apps=[SEPT_2025_FINAL],
                touches=[
                    dictated(5, "good catch up with ngozi nothing open for her yet she is well")
                ],
            ),
            Due(
                "Funmilayo Balogun",
                apps=[SEPT_2025_FINAL],
                touches=[
                    dictated(200, "good catch up with funmi nothing open for her yet all well")
                ],
            ),
        ],
    ),
    W(
        "a thank-you for a feedback call two weeks ago is not listed; the same half a year ago is",
        [
            NotDue(
                "Oscar Lindgren-Hale",
                apps=[SEPT_2025_FINAL],
                touches=[wrote_back(16, "thanks for the feedback call, really useful")],
            ),
            Due(
                "Ivy Templeton",
                apps=[SEPT_2025_FINAL],
                touches=[wrote_back(190, "thank you for the feedback call - really helpful")],
            ),
        ],
    ),
]

HELDOUT7_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT]
