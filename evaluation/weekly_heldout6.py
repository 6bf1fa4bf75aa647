"""Held-out weekly reconnect cases, sixth set: recruiters' own words, written by a sixth stranger
to the reader (its code, its labelled sets and the earlier case files' sentences were not looked
at), measured and reported on its own line ("held-out 6").

Everyone here is otherwise due in the week of the case: a silver medalist whose process ended in
mid-August 2025 and whose last contact was long before the week (over five months). A wait said
recently is typed as a dated motivation, so no recent contact holds the person back instead.
Settings: the Netherlands, India (Tamil Nadu, Hyderabad), Australia, Vietnam, the Philippines,
Sweden, Italy, Israel, Scotland, Korea, Mexico, Trinidad, Singapore and Argentina. What decides
is what they told us:

1. opt-outs (a Dutch call note "never again, take him out of the system", an Indian "stop
   sending me job mails, now or later", an exasperated Australian "unsubscribe. done.", a row of
   cross emoji, a Tagalog "remove me na po", a Swedish "radera mina uppgifter", an Italian
   "cancellate i miei dati", a withdrawal's reason note, a bare "no thanks" to our outreach):
   never listed; the near-miss beside each (email not phone, "not this role, keep me posted",
   "not this time", a thumbs-up, "busy ngayon pero ok lang", "not now, but later", mobile not
   the office number, "in a year or so" that has passed, "no thanks on that one, I'd read the
   next") is due;
2. waits, counted from the day said and checked both ways (a twin in a later week): after Tết,
   after Pongal, Swedish parental leave through April, after Trinidad Carnival, after a March
   bonus in Singapore, after Hogmanay, "unas diez semanas" - not listed while they run, listed
   once they have run out; "after Diwali" and "after Chuseok" said before them have run out
   by late November;
3. long rambling notes (Hyderabad, Australia, Buenos Aires) naming months, a wedding, a
   promotion, a trip, a bonus and school terms without asking for any wait: due; beside two of
   them a real wait (an April appraisal, the Boxing Day Test and the Sydney Test) is not;
4. plain restraint: a JD sent twelve days ago or a thank-you three weeks ago is not listed; the
   same over five months ago is.
"""

from datetime import date

from evaluation.scenarios import app, touch
from evaluation.weekly_cases import Due, NotDue, W, WeeklyCase

AUG_2025_FINAL = app(
    date(2025, 8, 11),
    "final",
    "rejected",
    "other_candidate",
    None,
    rating=4.3,
    role="Python Engineer",
)
LONG_AGO = 160  # days before the week: well past any cadence


def old_check_in() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(LONG_AGO, "outbound", "replied")


def answered(days, note, channel="email") -> dict:
    """What they wrote back, pasted into the ATS."""
    return touch(days, "inbound", "replied", note=note, channel=channel)


def call_note(days, note) -> dict:
    return touch(days, "outbound", "replied", "note", note=note, channel="phone")


def withdrew(note) -> dict:
    return app(date(2025, 8, 11), "final", "withdrew", "other", note, role="Python Engineer")


OPT_OUTS = [
    W(
        "dutch call note 'never again, out of the system' is never listed; 'email not phone' "
        "is due",
        [
            NotDue(
                "Sem Brouwer",
                apps=[AUG_2025_FINAL],
                touches=[
                    call_note(
                        LONG_AGO,
                        "Sem gebeld. Wil NOOIT meer door ons benaderd worden, ook niet voor andere "
                        "vacatures. Graag uit het systeem halen.",
                    )
                ],
            ),
            Due(
                "Noor Jacobs",
                apps=[AUG_2025_FINAL],
                touches=[
                    call_note(
                        LONG_AGO,
                        "Noor gebeld. Liever niet bellen, mailen is prima. Staat open voor een "
                        "backendrol.",
                    )
                ],
            ),
        ],
    ),
    W(
        "indian 'stop sending me job mails, now or later' is never listed; 'not this role, keep "
        "me posted' is due",
        [
            NotDue(
                "Abhishek Tiwari",
                apps=[AUG_2025_FINAL],
                touches=[
                    answered(
                        LONG_AGO,
                        "Please stop sending me job mails. I am not interested in any role with "
                        "your firm, now or later.",
                    )
                ],
            ),
            Due(
                "Lakshmi Venugopal",
                apps=[AUG_2025_FINAL],
                touches=[
                    answered(
                        LONG_AGO,
                        "Not interested in this particular role, but please do keep me posted on "
                        "senior backend openings.",
                    )
                ],
            ),
        ],
    ),
    W(
        "aussie 'stop emailing me. unsubscribe. done.' is never listed; 'not this time, keep in "
        "touch' is due",
        [
            NotDue(
                "Bailey Cooper",
                apps=[AUG_2025_FINAL],
                touches=[
                    answered(
                        LONG_AGO,
                        "how many times do i have to say it. stop emailing me. unsubscribe. done.",
                    )
                ],
            ),
            Due(
                "Jarrah Williams",
                apps=[AUG_2025_FINAL],
                touches=[
                    answered(
                        LONG_AGO, "cheers for thinking of me, not this time but def keep in touch"
                    )
                ],
            ),
        ],
    ),
    W(
        "a row of crosses 'no more job msgs' is never listed; a thumbs-up 'keep me posted' is due",
        [
            NotDue(
                "Hoàng Tường Vy",
                apps=[AUG_2025_FINAL],
                touches=[answered(LONG_AGO, "❌❌❌ no more job msgs pls 🙏", "linkedin")],
            ),
            Due(
                "Võ Quỳnh Anh",
                apps=[AUG_2025_FINAL],
                touches=[answered(LONG_AGO, "👍 thanks, saved it! keep me posted 🙂", "linkedin")],
            ),
        ],
    ),
    W(
        "tagalog 'pls remove me na po sa list' is never listed; 'busy ngayon pero ok lang "
        "mag-message ulit' is due",
        [
            NotDue(
                "Jennylyn Pascual",
                apps=[AUG_2025_FINAL],
                touches=[
                    answered(
                        LONG_AGO,
                        "Hi po, pls remove me na po sa list ninyo. Ayoko na po makatanggap ng "
                        "job offers. Salamat po.",
                        "other",
                    )
                ],
            ),
            Due(
                "Rommel Garcia",
                apps=[AUG_2025_FINAL],
                touches=[
                    answered(
                        LONG_AGO,
                        "Hi po! busy lang po ako ngayon sa project pero ok lang po mag-message "
                        "ulit kayo. Salamat!",
                        "other",
                    )
                ],
            ),
        ],
    ),
    W(
        "swedish 'vill inte bli kontaktad igen, radera mina uppgifter' is never listed; 'inte "
        "just nu, men hör gärna av dig' is due",
        [
            NotDue(
                "Axel Engström",
                apps=[AUG_2025_FINAL],
                touches=[
                    answered(
                        LONG_AGO,
                        "Jag vill inte bli kontaktad igen. Vänligen radera mina uppgifter.",
                    )
                ],
            ),
            Due(
                "Maja Ekström",
                apps=[AUG_2025_FINAL],
                touches=[
                    answered(
                        LONG_AGO,
                        "Jag vill inte byta jobb just nu, men hör gärna av dig längre fram!",
                    )
                ],
            ),
        ],
    ),
    W(
        "italian 'cancellate i miei dati, non contattatemi più' is never listed; 'not the office "
        "number, mobile or mail' is due",
        [
            NotDue(
                "Alessandro Rinaldi",
                apps=[AUG_2025_FINAL],
                touches=[
                    answered(
                        LONG_AGO,
                        "Vi prego di cancellare i miei dati e di non contattarmi più. Grazie.",
                    )
                ],
            ),
            Due(
                "Francesca Marini",
                apps=[AUG_2025_FINAL],
                touches=[
                    answered(
                        LONG_AGO,
                        "Per favore non contattatemi sul numero aziendale, solo sul cellulare o "
                        "per mail.",
                    )
                ],
            ),
        ],
    ),
    W(
        "a withdrawal note 'don't ever contact me again' is never listed; 'open to hearing from "
        "us in a year or so', said last summer, is due",
        [
            NotDue(
                "Yoav Levi",
                apps=[
                    withdrew(
                        "Withdrew at final. Told us flat out: don't ever contact me again about "
                        "roles here."
                    )
                ],
                touches=[old_check_in()],
            ),
            Due(
                "Shira Ben-David",
                apps=[
                    withdrew(
                        "Withdrew at final — joined her brother's startup. Open to hearing from us "
                        "in a year or so."
                    )
                ],
                touches=[old_check_in()],
            ),
        ],
    ),
    W(
        "a bare 'no thanks' to our outreach is never listed; 'no thanks on that one, I'd read the "
        "next' is due",
        [
            NotDue(
                "Euan MacLeod",
                apps=[AUG_2025_FINAL],
                touches=[
                    touch(LONG_AGO + 1, "outbound", None, "re_engagement"),
                    answered(LONG_AGO, "no thanks 👋"),
                ],
            ),
            Due(
                "Morag Sinclair",
                apps=[AUG_2025_FINAL],
                touches=[
                    touch(LONG_AGO + 1, "outbound", None, "re_engagement"),
                    answered(
                        LONG_AGO,
                        "no thanks on that one, the salary's a bit low for Edinburgh — but I'd "
                        "read the next one",
                    ),
                ],
            ),
        ],
    ),
]

WAITS = [
    W(
        "vietnamese 'sau Tết' said this month holds him back; 'after Diwali' said in October "
        "has run out",
        [
            NotDue(
                "Đặng Minh Hiếu",
                ("Anh Hiếu hẹn sau Tết mới nói chuyện, đang chờ thưởng Tết", date(2026, 11, 10)),
                apps=[AUG_2025_FINAL],
                touches=[old_check_in()],
            ),
            Due(
                "Rohit Saxena",
                ("Will connect after Diwali, festive season at home", date(2026, 10, 5)),
                apps=[AUG_2025_FINAL],
                touches=[old_check_in()],
            ),
        ],
    ),
    W(
        "'sau Tết' and 'after Carnival' said in November are both over by late February",
        [
            Due(
                "Phan Thùy Linh",
                (
                    "Chị Linh: để sau Tết hãy liên lạc lại nhé, chờ thưởng cuối năm",
                    date(2026, 11, 12),
                ),
                apps=[AUG_2025_FINAL],
                touches=[old_check_in()],
            ),
            Due(
                "Aaliyah Ramdass",
                ("after Carnival nah, she playing mas with her cousins", date(2026, 11, 16)),
                apps=[AUG_2025_FINAL],
                touches=[old_check_in()],
            ),
        ],
        week=date(2027, 2, 22),
    ),
    W(
        "'ping him after Pongal' said this month holds him back; 'after Chuseok' said in August "
        "has run out",
        [
            NotDue(
                "Senthil Murugan",
                (
                    "said to ping him after Pongal, family function in Madurai till then",
                    date(2026, 11, 4),
                ),
                apps=[AUG_2025_FINAL],
                touches=[old_check_in()],
            ),
            Due(
                "Yoon Da-eun",
                ("추석 지나고 연락 주세요 (after Chuseok pls)", date(2026, 8, 20)),
                apps=[AUG_2025_FINAL],
                touches=[old_check_in()],
            ),
        ],
    ),
    W(
        "'after Pongal please' said in November is over by late January",
        [
            Due(
                "Divya Ramachandran",
                ("after Pongal please, going home to Coimbatore for it", date(2026, 11, 18)),
                apps=[AUG_2025_FINAL],
                touches=[old_check_in()],
            )
        ],
        week=date(2027, 1, 25),
    ),
    W(
        "swedish parental leave through April and 'not till after Carnival' hold them back in "
        "November",
        [
            NotDue(
                "Alva Nordin",
                ("föräldraledig till och med april, hör av dig efter det", date(2026, 10, 20)),
                apps=[AUG_2025_FINAL],
                touches=[old_check_in()],
            ),
            NotDue(
                "Keron Baptiste",
                (
                    "Not till after Carnival — he's in a mas band and it's fete after fete till "
                    "then",
                    date(2026, 11, 2),
                ),
                apps=[AUG_2025_FINAL],
                touches=[old_check_in()],
            ),
        ],
    ),
    W(
        "a parental leave 'tom april' said in October is over by May",
        [
            Due(
                "Vera Åberg",
                ("på föräldraledighet tom april — gärna kontakt sen", date(2026, 10, 27)),
                apps=[AUG_2025_FINAL],
                touches=[old_check_in()],
            )
        ],
        week=date(2027, 5, 3),
    ),
    W(
        "'dame unas diez semanas' said three weeks ago holds him back; said thirteen weeks ago "
        "it has run out",
        [
            NotDue(
                "Rafael Quintero",
                ("dame unas diez semanas y me escribes, güey", 21),
                apps=[AUG_2025_FINAL],
                touches=[old_check_in()],
            ),
            Due(
                "Ximena Paredes",
                ("dame unas diez semanas y platicamos", 91),
                apps=[AUG_2025_FINAL],
                touches=[old_check_in()],
            ),
        ],
    ),
    W(
        "'wait till bonus pays out in March' holds him back in November",
        [
            NotDue(
                "Darren Teo",
                ("wait till bonus pays out in March, then can talk", date(2026, 11, 6)),
                apps=[AUG_2025_FINAL],
                touches=[old_check_in()],
            )
        ],
    ),
    W(
        "'after my bonus comes in end-March' is over by April",
        [
            Due(
                "Cheryl Sim",
                ("after my bonus comes in end-March ok? 🙏", date(2026, 11, 9)),
                apps=[AUG_2025_FINAL],
                touches=[old_check_in()],
            )
        ],
        week=date(2027, 4, 5),
    ),
    W(
        "'leave it till after Hogmanay' holds him back at the end of November",
        [
            NotDue(
                "Fraser Mackintosh",
                ("Leave it till after Hogmanay, heid's fried wi year-end", date(2026, 11, 20)),
                apps=[AUG_2025_FINAL],
                touches=[old_check_in()],
            )
        ],
        week=date(2026, 11, 30),
    ),
    W(
        "'after the bells' said in November is over by mid-January",
        [
            Due(
                "Eilidh Munro",
                ("after the bells, aye. new year's better for a chat", date(2026, 11, 19)),
                apps=[AUG_2025_FINAL],
                touches=[old_check_in()],
            )
        ],
        week=date(2027, 1, 11),
    ),
]

RAMBLING = [
    W(
        "a long hyderabad call note full of months but 'open anytime' is due; waiting for an "
        "April appraisal is not",
        [
            Due(
                "Prateek Vemula",
                apps=[AUG_2025_FINAL],
                touches=[
                    call_note(
                        LONG_AGO,
                        "Long call w Prateek. Sister's wedding was in Feb in Jaipur, he got "
                        "promoted to SDE-3 in April, planning a Ladakh bike trip in July, "
                        "appraisal letters come out in Sept. Open to conversations anytime — "
                        "prefers product cos, no service cos. Sent updated CV.",
                    )
                ],
            ),
            NotDue(
                "Neha Bhattacharya",
                (
                    "wants to wait for her April appraisal before any move — hike + promotion due",
                    date(2026, 11, 2),
                ),
                apps=[AUG_2025_FINAL],
                touches=[old_check_in()],
            ),
        ],
    ),
    W(
        "an aussie yarn about Bali, school terms, FIFO and a reno is due; 'no job talk till after "
        "the Sydney Test' is not",
        [
            Due(
                "Rebecca Nolan",
                apps=[AUG_2025_FINAL],
                touches=[
                    call_note(
                        LONG_AGO,
                        "Yarn w Bec. Back from Bali in May, kids start school in Feb next year, "
                        "partner's doing FIFO in the Pilbara 2 on 2 off, and they're thinking "
                        "about a reno over Christmas. None of that stops her — keen to hear "
                        "about remote roles whenever.",
                    )
                ],
            ),
            NotDue(
                "Tom Gallagher",
                (
                    "hold off till after the cricket — Boxing Day Test then the Sydney Test, no "
                    "job talk till that's done",
                    date(2026, 11, 12),
                ),
                apps=[AUG_2025_FINAL],
                touches=[old_check_in()],
            ),
        ],
    ),
    W(
        "a rambling porteño note (a move in March, a niece in May, Bariloche in August, the "
        "aguinaldo in December) that says he is looking now is due",
        [
            Due(
                "Nicolás Benítez",
                apps=[AUG_2025_FINAL],
                touches=[
                    call_note(
                        LONG_AGO,
                        "Charla larga con Nico. En marzo se mudó a Palermo, en mayo nació su "
                        "sobrina, en agosto se va a Bariloche con amigos y en diciembre cobra el "
                        "aguinaldo como todos. Nada de eso lo frena: está buscando ya, quiere "
                        "algo remoto en USD.",
                    )
                ],
            )
        ],
    ),
]

RESTRAINT = [
    W(
        "a JD sent twelve days ago is not listed; a JD sent over five months ago is",
        [
            NotDue(
                "Gustav Holm",
                apps=[AUG_2025_FINAL],
                touches=[
                    touch(
                        12,
                        "outbound",
                        None,
                        "re_engagement",
                        note="sent him the JD for the Python role, waiting to hear back",
                    )
                ],
            ),
            Due(
                "Ida Wikström",
                apps=[AUG_2025_FINAL],
                touches=[
                    touch(
                        LONG_AGO,
                        "outbound",
                        None,
                        "re_engagement",
                        note="sent her the JD for the data role, no answer yet",
                    )
                ],
            ),
        ],
    ),
    W(
        "a thank-you for a call three weeks ago is not listed; the same over five months ago is",
        [
            NotDue(
                "Marco Pellegrino",
                apps=[AUG_2025_FINAL],
                touches=[answered(19, "grazie della chiamata di ieri, bello risentirci!")],
            ),
            Due(
                "Sara Conti",
                apps=[AUG_2025_FINAL],
                touches=[answered(LONG_AGO, "grazie per la chiamata, è stato bello sentirci!")],
            ),
        ],
    ),
]

HELDOUT6_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *RAMBLING, *RESTRAINT]
