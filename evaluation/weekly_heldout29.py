"""Held-out weekly reconnect cases, twenty-ninth set: the aid, foundation and university world's
own words, written by a twenty-ninth stranger to the reader (its code, its labelled sets and the
earlier case files' sentences were not looked at), measured and reported on its own line
("held-out 29").

Everyone here is otherwise due in the week of the case: reached our final panel in May 2025 and
lost to one other person, and was last spoken to long before the week (170 days, past a silver
medalist's cadence), unless the case is about a recent contact. A wait is typed into the ATS as
a dated motivation, or sits in a reply sent long enough before the week that no recent contact
holds the person back instead. The voice is a talent team shared by NGOs, a humanitarian agency,
foundations and a university institute in Geneva, Nairobi, Amman, London, Ottawa, Dhaka and
Bogotá: recruiters' ATS shorthand, candidates' emails, WhatsApp texts and LinkedIn replies, some
in French, Spanish, Arabic, Bangla and Swahili. What decides is what they told us:

1. opt-outs (leaving the sector, "no me contacten más", "retirez-moi de votre vivier", Swahili,
   Arabic and Bangla, a DNC at his request, "pls stop", no more recruiter messages): never listed;
   beside each a near-miss that is due (retiring from a board, not by phone, a new address for
   the pool, Nairobi roles only, WhatsApp rather than calls, a new phone number, Sudan roles
   only ruled out, no more P2 roles, no new connections but InMail fine);
2. waits counted from the day said and checked both ways: a deployment to the end of February,
   Eid al-Fitr, the end of the academic year, a sabbatical in Kampala, an ERC deadline, Pohela
   Boishakh, Semana Santa, an FCDO contract to 31 December, six months to recover from a cholera
   response: not listed while they run, listed once they have; each beside a twin whose wait is
   already over or checked again in 2027;
3. notes full of dates that ask for no wait are due; "give me a year there" after a new post is
   not;
4. plain restraint: a WhatsApp six days ago, a coffee twelve days ago and a voicemail three days
   ago are not listed; the same months ago are;
5. the latest word counts: an opt-out taken back is due, a "keep me posted" hardened into an
   erasure is not, a wait called off early is due, "whenever" turned into "after Eid al-Adha" is
   not, and a recruiter's DNC later withdrawn by the candidate is due.
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
    role="Senior Backend Engineer",
)
LONG_AGO = 170  # days before the week: past a silver medalist's cadence


def last_call() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(LONG_AGO, "outbound", "replied", channel="phone")


def wrote(days, note, channel="email") -> dict:
    """Their own email (or WhatsApp with ``channel="other"``, LinkedIn with "linkedin")."""
    return touch(days, "inbound", "replied", note=note, channel=channel)


def noted(days, note) -> dict:
    """A recruiter's note in the ATS."""
    return touch(days, "outbound", None, "note", note=note, channel="other")


def said(name, *statements, due) -> Person:
    """Someone otherwise due who told us ``statements`` (each with the day it was said)."""
    person = Due if due else NotDue
    return person(name, *statements, apps=[MAY_2025_FINAL], touches=[last_call()])


def heard(name, *touches, due) -> Person:
    """Someone otherwise due whose words are in touchpoints."""
    person = Due if due else NotDue
    return person(name, apps=[MAY_2025_FINAL], touches=list(touches))


# --- 1. opt-outs, each beside a near-miss that is due ----------------------------------------

OPT_OUTS = [
    W(
        "leaving the sector, take me off vs leaving a trustee board, still looking",
        [
            heard(
                "Winslow Achterberg-Nduta",
                wrote(
                    LONG_AGO,
                    "I'm leaving the aid sector altogether in the new year. Please take me off "
                    "your lists - no more roles, thank you for everything.",
                ),
                due=False,
            ),
            heard(
                "Perpetua Langridge",
                wrote(
                    LONG_AGO,
                    "I'm stepping down from the trustee board at Hope Link in the new year, so "
                    "update my profile - but I'm very much still looking for grants roles.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Spanish: don't contact me any more vs not by phone, only email",
        [
            heard(
                "Ximena Valderrama Urrego",
                wrote(LONG_AGO, "No me contacten más, por favor. Gracias.", "other"),
                due=False,
            ),
            heard(
                "Lorena Saldarriaga Peña",
                wrote(
                    LONG_AGO, "No me contacten por teléfono, solo por correo. ¡Gracias!", "other"
                ),
                due=True,
            ),
        ],
    ),
    W(
        "French: take me out of your talent pool vs update my address in it",
        [
            heard(
                "Hortense Girardin",
                wrote(LONG_AGO, "Veuillez me retirer de votre vivier de candidats. Merci."),
                due=False,
            ),
            heard(
                "Solène Pasquier-Mbaye",
                wrote(
                    LONG_AGO,
                    "Veuillez mettre à jour mon adresse dans votre vivier, j'ai déménagé à "
                    "Carouge. Toujours intéressée !",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Swahili: remove me from your list vs send me Nairobi jobs only",
        [
            heard(
                "Zawadi Nekesa Barasa",
                wrote(LONG_AGO, "Naomba mniondoe kwenye orodha yenu. Asanteni.", "other"),
                due=False,
            ),
            heard(
                "Neema Auma Oduor",
                wrote(LONG_AGO, "Naomba mnitumie nafasi za kazi za Nairobi tu.", "other"),
                due=True,
            ),
        ],
    ),
    W(
        "Arabic: no more messages from you vs WhatsApp rather than calls",
        [
            heard(
                "Ruba Al-Hmoud",
                wrote(LONG_AGO, "لا أرغب في تلقي أي رسائل منكم بعد اليوم.", "other"),
                due=False,
            ),
            heard(
                "Tala Shishani",
                wrote(LONG_AGO, "أفضّل الرسائل على واتساب بدل المكالمات، شكراً.", "other"),
                due=True,
            ),
        ],
    ),
    W(
        "Bangla: delete my data from your database vs save my new number",
        [
            heard(
                "Mehjabin Haque Prova",
                wrote(LONG_AGO, "দয়া করে আমার তথ্য আপনাদের ডাটাবেস থেকে মুছে ফেলুন।"),
                due=False,
            ),
            heard(
                "Tasnim Ara Lipi",
                wrote(LONG_AGO, "আমার নতুন ফোন নম্বর সংরক্ষণ করুন: ০১৭১১-০০০০০০।"),
                due=True,
            ),
        ],
    ),
    W(
        "a recruiter's do-not-approach at his request vs do-not-approach for Sudan only",
        [
            heard(
                "Idris Mahgoub Ali",
                noted(
                    LONG_AGO,
                    "Marked do-not-approach at his request after the mix-up over the Port Sudan "
                    "role. Do not add to any campaign.",
                ),
                due=False,
            ),
            heard(
                "Yousif Abdelrahman Nur",
                noted(
                    LONG_AGO,
                    "Do-not-approach for Sudan roles only (family still in Omdurman, too close). "
                    "Everything else very welcome.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "'pls stop' vs pls stop the P2 ones",
        [
            heard("Kimberley Otieno-Shaw", wrote(LONG_AGO, "pls stop", "other"), due=False),
            heard(
                "Tabitha Nafula Wekesa",
                wrote(LONG_AGO, "pls stop sending the P2 ones, P3 and up only", "other"),
                due=True,
            ),
        ],
    ),
    W(
        "LinkedIn: no more recruiter messages vs no new connections, InMail fine",
        [
            heard(
                "Cedric Montandon",
                wrote(
                    LONG_AGO,
                    "I'm no longer accepting recruiter messages - please respect that.",
                    "linkedin",
                ),
                due=False,
            ),
            heard(
                "Gustave Rapin-Ekwueme",
                wrote(
                    LONG_AGO,
                    "I'm not accepting new connections, but InMail about roles is fine.",
                    "linkedin",
                ),
                due=True,
            ),
        ],
    ),
]

# --- 2. waits counted from the day said, checked both ways ------------------------------------

DEPLOYED = (
    "On deployment with the Sudan response till the end of February - no job talk till then.",
    date(2026, 11, 2),
)
EID = (
    "بعد عيد الفطر إن شاء الله - Ramadan is our busiest month for distributions, please wait "
    "till after Eid al-Fitr.",
    date(2026, 11, 9),
)
ACADEMIC_YEAR = (
    "Not until the marking's done and the academic year is over in July - exam boards, then "
    "I'm free.",
    date(2026, 10, 19),
)
SABBATICAL = (
    "On sabbatical at Makerere until the end of January; don't want to think about jobs till "
    "I'm back.",
    date(2026, 9, 7),
)
ERC = ("ERC Consolidator deadline is 4 February - nothing before then, please.", date(2026, 11, 16))
BOISHAKH = (
    "পহেলা বৈশাখের পরে যোগাযোগ করবেন - after Pohela Boishakh please, next year's plans eat "
    "everything till then.",
    date(2026, 11, 2),
)
SEMANA_SANTA = (
    "Escríbeme después de Semana Santa, antes imposible: estamos en cierre de proyecto.",
    date(2026, 10, 26),
)
FCDO_END = (
    "My FCDO-funded contract ends 31 December and I'll see it through; January onwards I'm "
    "all yours.",
    date(2026, 9, 14),
)
SIX_MONTHS = "give me six months to get over the cholera response pls. then call me"

WAITS = [
    W(
        "deployed till the end of February vs a deployment that ended in June",
        [
            said("Odhiambo Okello Ngesa", DEPLOYED, due=False),
            said(
                "Kipchirchir Kosgei Maiyo",
                ("Deployed with the flood response until the end of June.", date(2026, 3, 9)),
                due=True,
            ),
        ],
    ),
    W(
        "deployed till the end of February: due in March",
        [said("Wekesa Simiyu Barasa", DEPLOYED, due=True)],
        week=date(2027, 3, 15),
    ),
    W(
        "after Eid al-Fitr: not due in the middle of Ramadan",
        [said("Mu'tasem Al-Rawashdeh", EID, due=False)],
        week=date(2027, 2, 22),
    ),
    W(
        "after Eid al-Fitr: due at the end of March",
        [said("Hamza Al-Tal Bdour", EID, due=True)],
        week=date(2027, 3, 29),
    ),
    W(
        "the academic year over in July, said in October vs said in February",
        [
            said("Cordula Fitzgerald-Obeng", ACADEMIC_YEAR, due=False),
            said(
                "Hester Lamb-Agyeman",
                (
                    "Not until the academic year's over in July - marking season is brutal.",
                    date(2026, 2, 2),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "the academic year over in July: due in August",
        [said("Ophelia Brandreth", ACADEMIC_YEAR, due=True)],
        week=date(2027, 8, 2),
    ),
    W(
        "on sabbatical till the end of January: not due in mid-January",
        [said("Bartholomew Kisitu-Reeve", SABBATICAL, due=False)],
        week=date(2027, 1, 18),
    ),
    W(
        "on sabbatical till the end of January: due in February",
        [said("Cuthbert Mugisha-Lowry", SABBATICAL, due=True)],
        week=date(2027, 2, 15),
    ),
    W(
        "an ERC deadline on 4 February vs one at the end of August",
        [
            said("Liv Haugstad-Njoroge", ERC, due=False),
            said(
                "Ragnhild Sæther-Onyango",
                (
                    "Nothing until the ERC Advanced deadline at the end of August.",
                    date(2026, 5, 11),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "an ERC deadline on 4 February: due later in February",
        [said("Astrid Kvalheim-Mboya", ERC, due=True)],
        week=date(2027, 2, 22),
    ),
    W(
        "after Pohela Boishakh: not due at the end of March",
        [said("Mostafizur Rahman Dhali", BOISHAKH, due=False)],
        week=date(2027, 3, 29),
    ),
    W(
        "after Pohela Boishakh: due in late April",
        [said("Habibur Rahman Fakir", BOISHAKH, due=True)],
        week=date(2027, 4, 26),
    ),
    W(
        "after Semana Santa: not due the week before it",
        [said("Mateo Jaramillo Uribe", SEMANA_SANTA, due=False)],
        week=date(2027, 3, 15),
    ),
    W(
        "after Semana Santa: due in April",
        [said("Santiago Arboleda Castaño", SEMANA_SANTA, due=True)],
        week=date(2027, 4, 12),
    ),
    W(
        "an FCDO contract to 31 December vs one that ran to 30 June",
        [
            said("Georgina Pickersgill-Bah", FCDO_END, due=False),
            said(
                "Rowena Clutterbuck",
                (
                    "My contract ends 30 June and I'll see it through, then I'm free.",
                    date(2026, 2, 16),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "an FCDO contract to 31 December: due in January",
        [said("Imogen Tregothnan", FCDO_END, due=True)],
        week=date(2027, 1, 11),
    ),
    W(
        "six months to recover from a cholera response, said in August vs two months in June",
        [
            heard(
                "Shamima Nasrin Dewan",
                wrote(date(2026, 8, 3), SIX_MONTHS, "other"),
                due=False,
            ),
            heard(
                "Rehana Parveen Molla",
                wrote(
                    date(2026, 6, 1),
                    "give me two months to get over the cholera response pls, then call me",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "six months to recover, said in August: due in mid-February",
        [heard("Nasima Khatun Biswas", wrote(date(2026, 8, 3), SIX_MONTHS, "other"), due=True)],
        week=date(2027, 2, 15),
    ),
]

# --- 3. notes full of dates that ask no wait, and one that does -------------------------------

NO_WAIT = [
    W(
        "back from Cox's Bazar, R&R done, a new P3 since September vs give me a year there",
        [
            said(
                "Ferdous Wahid Chowdhury",
                (
                    "Back from CXB 3 Nov, R&R in Bangkok till the 10th, started the P3 at IOM "
                    "1 Sept - always happy to hear about P4s.",
                    date(2026, 11, 16),
                ),
                due=True,
            ),
            said(
                "Zakir Hossain Bepari",
                (
                    "Started at IOM 1 Sept - give me a year there before you call.",
                    date(2026, 11, 16),
                ),
                due=False,
            ),
        ],
    ),
    W(
        "settled back in Amman since June, kids in school since September",
        [
            said(
                "Dana Haddadin-Sabbagh",
                (
                    "Eid al-Adha in Irbid was lovely, back in Amman since 20 June, kids started "
                    "school 1 Sept, we're settled - send me anything in programme management.",
                    date(2026, 11, 2),
                ),
                due=True,
            )
        ],
    ),
    W(
        "fieldwork in October, a conference in November, teaching to December, call any time",
        [
            said(
                "Millicent Achola Ogot",
                (
                    "Fieldwork in Turkana 12-26 Oct, conference in Addis 9-13 Nov, teaching till "
                    "11 Dec - but any time for a call, honestly.",
                    date(2026, 11, 16),
                ),
                due=True,
            )
        ],
    ),
    W(
        "Spanish: back from leave in January, contract renewed in March, wants to hear offers",
        [
            said(
                "Mónica Posada Gaviria",
                (
                    "Volví de vacaciones el 15 de enero y en marzo me renovaron el contrato, "
                    "pero sí me interesa escuchar ofertas desde ya.",
                    date(2026, 11, 9),
                ),
                due=True,
            )
        ],
    ),
]

# --- 4. plain restraint ----------------------------------------------------------------------

RESTRAINT = [
    W(
        "a WhatsApp about the Nairobi role six days ago vs the same six months ago",
        [
            NotDue(
                "Grace Wanjiru Kimani-Holt",
                apps=[MAY_2025_FINAL],
                touches=[
                    last_call(),
                    touch(
                        6, outcome="no_reply", channel="other", note="Sent the Nairobi grants JD."
                    ),
                ],
            ),
            Due(
                "Mary Njambi Gicheru",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        180,
                        outcome="no_reply",
                        channel="other",
                        note="Sent the Nairobi grants JD on WhatsApp.",
                    )
                ],
            ),
        ],
    ),
    W(
        "coffee near the Palais twelve days ago vs coffee there in the spring",
        [
            NotDue(
                "Amélie Chevalley-Osei",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        12,
                        outcome="replied",
                        channel="meeting",
                        note="Coffee near the Palais, caught up, nothing live for her yet.",
                    )
                ],
            ),
            Due(
                "Bérénice Dufaux",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        190,
                        outcome="replied",
                        channel="meeting",
                        note="Coffee near the Palais, caught up, nothing live for her at the "
                        "moment.",
                    )
                ],
            ),
        ],
    ),
    W(
        "a voicemail three days ago",
        [
            NotDue(
                "Ignatius Mwale-Forsyth",
                apps=[MAY_2025_FINAL],
                touches=[
                    last_call(),
                    touch(3, outcome="no_reply", channel="phone", note="VM left re lab mgr role"),
                ],
            )
        ],
    ),
]

# --- 5. the latest word counts ---------------------------------------------------------------

LATEST = [
    W(
        "an opt-out taken back",
        [
            heard(
                "Theophilus Adjei-Brennan",
                wrote(date(2026, 1, 12), "Take me off your mailing, I'm not moving."),
                wrote(
                    date(2026, 6, 1),
                    "Ignore my January email - the grant's ending and I'd like to hear about "
                    "roles again.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "'keep me posted' hardened into an erasure",
        [
            heard(
                "Clarissa Ebdon-Mutiso",
                wrote(date(2026, 1, 12), "Not now, keep me posted though!"),
                wrote(
                    date(2026, 6, 1),
                    "I'd now like my data erased and no further contact from your team.",
                ),
                due=False,
            )
        ],
    ),
    W(
        "not till after next Easter, then called off: the project was cut",
        [
            heard(
                "Fergus Lightbody",
                wrote(
                    date(2026, 4, 6),
                    "Can't move till after next Easter - the resilience project runs to then.",
                ),
                wrote(
                    date(2026, 6, 8),
                    "Scrap that, the project was cut in the funding round. I'm free now.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "'whenever' turned into 'after Eid al-Adha'",
        [
            heard(
                "Sameer Al-Nimri",
                wrote(date(2026, 3, 2), "Whenever suits, I'm always open to a chat."),
                wrote(
                    date(2026, 6, 15),
                    "Actually hold off till after Eid al-Adha next year - I've just taken on "
                    "the regional role and need a full cycle in it.",
                ),
                due=False,
            )
        ],
    ),
    W(
        "a recruiter's DNC later withdrawn by the candidate",
        [
            heard(
                "Anselm Okoye-Tanner",
                noted(date(2026, 2, 9), "Cand annoyed by the bulk mail - DNC set at his request."),
                wrote(
                    date(2026, 5, 25),
                    "I asked you to stop back in February, but I'd actually like to hear about "
                    "country director roles now. Please get in touch.",
                ),
                due=True,
            )
        ],
    ),
]

HELDOUT29_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
