"""Held-out weekly reconnect cases, forty-first set: the words of recruiters hiring for remote-first
companies across time zones, written by a forty-first stranger to the reader (its code, its
labelled sets and the earlier case files' sentences were not looked at), measured and reported on
its own line ("held-out 41").

Everyone here is otherwise due in the week of the case: reached our final round in July 2025 and
lost to one other person, and was last spoken to long before the week (170 days, past a silver
medalist's cadence), unless the case is about a recent contact. A wait is typed into the ATS as a
dated motivation, or sits in a reply sent long enough before the week that no recent contact holds
the person back instead. The voice is that of recruiters for US and EU start-ups hiring
contractors and EOR employees in Latin America, Eastern Europe, Africa and South-East Asia: ATS
shorthand, call notes, candidates' emails, WhatsApp messages and InMails, some in Spanish,
Portuguese, Tagalog, Ukrainian, Romanian and Arabic. What decides is what they told us:

1. opt-outs (a Spanish WhatsApp, a Portuguese "remove me from your list", Taglish, an ATS DNC
   after a hostile call, an InMail promising to block us, Ukrainian, Romanian, a shouted
   UNSUBSCRIBE, a flat "not interested, don't contact me again", Arabic): never listed; beside each
   a near-miss that is due (email rather than WhatsApp, leave the WhatsApp group but keep emailing,
   text rather than call, a personal address instead of a work one, direct-hire roles only, write
   after six Kyiv time, a new phone number, the weekly digest only, AE roles rather than SDR,
   email rather than WhatsApp in Arabic);
2. waits counted from the day said and checked both ways: after Tết, after Carnaval, after Eid
   al-Fitr, a Deel contract to 31 January, maternity leave to April, Black Friday and Cyber Monday
   for Shopify clients, a CKA exam, after Semana Santa, the end of a child's school year: not
   listed while they run, listed once they have; each beside a twin whose wait is already over;
3. notes full of dates (a wedding in Cartagena, Eid holidays and a move to Alexandria, last
   year's Tết) that ask for no wait are due; "give me a year to settle in" after a new client is
   not;
4. plain restraint: a spec sent on WhatsApp eight days ago, a catch-up call twelve days ago and a
   re-engagement email three weeks ago are not listed; the same months ago are;
5. the latest word counts: a stop taken back is due and a "keep me posted" hardened into an
   erasure is not; a wait called off early is due and "anytime" turned into "after Tết" is not; a
   recruiter's DNC later withdrawn by the candidate is due, and a friendly InMail followed by an
   angry Tagalog stop is not.
"""

from datetime import date

from evaluation.scenarios import Person, app, touch
from evaluation.weekly_cases import Due, NotDue, W, WeeklyCase

JULY_2025_FINAL = app(
    date(2025, 7, 14),
    "final",
    "rejected",
    "other_candidate",
    None,
    rating=4.2,
    role="Senior Software Engineer",
)
LONG_AGO = 170  # days before the week: past a silver medalist's cadence


def last_call() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(LONG_AGO, "outbound", "replied", channel="phone")


def wrote(days, note, channel="email") -> dict:
    """Their own message as typed: email, or ``channel="other"`` for WhatsApp, ``"linkedin"``."""
    return touch(days, "inbound", "replied", note=note, channel=channel)


def noted(days, note) -> dict:
    """A recruiter's note in the ATS."""
    return touch(days, "outbound", None, "note", note=note, channel="other")


def told(name, *statements, due) -> Person:
    """Someone otherwise due who told us ``statements`` (each with the day it was said)."""
    person = Due if due else NotDue
    return person(name, *statements, apps=[JULY_2025_FINAL], touches=[last_call()])


def heard(name, *touches, due) -> Person:
    """Someone otherwise due whose words are in touchpoints."""
    person = Due if due else NotDue
    return person(name, apps=[JULY_2025_FINAL], touches=list(touches))


# --- 1. opt-outs, each beside a near-miss that is due ----------------------------------------

OPT_OUTS = [
    W(
        "Spanish WhatsApp: take me off your lists vs email me, WhatsApp is for family",
        [
            heard(
                "Ana Sofía Lozada Parra",
                wrote(
                    LONG_AGO,
                    "Ya no quiero recibir mensajes de ustedes, gracias. Sáquenme de sus listas.",
                    "other",
                ),
                due=False,
            ),
            heard(
                "Daniela Echeverri Mora",
                wrote(
                    LONG_AGO,
                    "Mejor escríbanme al correo; el WhatsApp lo uso solo para la familia. Las "
                    "vacantes sí me interesan.",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Portuguese: remove me from your list vs remove me from the WhatsApp group, keep emailing",
        [
            heard(
                "Letícia Vasconcellos Dias",
                wrote(LONG_AGO, "Favor me remover da lista de vocês, não tenho interesse."),
                due=False,
            ),
            heard(
                "Bianca Macedo Prates",
                wrote(
                    LONG_AGO,
                    "Favor me remover do grupo de WhatsApp das vagas - é muita mensagem - mas "
                    "podem continuar mandando e-mail.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Taglish: please stop, don't contact me vs text only, no phones on the floor",
        [
            heard(
                "Mylene Estrada",
                wrote(
                    LONG_AGO,
                    "Please stop na po. Ayoko na po ma-contact ng kahit sino sa inyo.",
                    "other",
                ),
                due=False,
            ),
            heard(
                "Rosalie Mercado",
                wrote(
                    LONG_AGO,
                    "Pls text lang po, bawal ang phone sa production floor namin.",
                    "other",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "ATS: DNC after a hostile call vs use his personal address from now on",
        [
            heard(
                "Cezary Olszewski",
                noted(
                    LONG_AGO,
                    "DNC - cand hostile on call, threatened to report us to the data protection "
                    "authority. never again",
                ),
                due=False,
            ),
            heard(
                "Hubert Maciejewski",
                noted(
                    LONG_AGO,
                    "cand asked us to use personal gmail not work email going fwd. updated in ATS",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "InMail: never hear from recruiters, blocking vs direct-hire roles welcome, no agencies",
        [
            heard(
                "Chukwuemeka Nnadi",
                wrote(
                    LONG_AGO,
                    "I'm not interested in hearing from recruiters, ever. I'll block this account "
                    "after this message.",
                    "linkedin",
                ),
                due=False,
            ),
            heard(
                "Ebuka Okeke",
                wrote(
                    LONG_AGO,
                    "I'm not interested in agency roles, but direct-hire roles with the company "
                    "itself I'm always glad to hear about.",
                    "linkedin",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Ukrainian: don't write again, delete my contacts vs write after six Kyiv time",
        [
            heard(
                "Andrii Kovalchuk",
                wrote(LONG_AGO, "Будь ласка, більше мені не пишіть і видаліть мої контакти."),
                due=False,
            ),
            heard(
                "Dmytro Polishchuk",
                wrote(
                    LONG_AGO, "Будь ласка, пишіть мені після 18:00 за Києвом, вдень я на роботі."
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Romanian: erase me from the database vs update my number in the database",
        [
            heard(
                "Cristina Neagu",
                wrote(
                    LONG_AGO,
                    "Vă rog să mă ștergeți din baza de date și să nu mă mai contactați.",
                ),
                due=False,
            ),
            heard(
                "Roxana Ilie",
                wrote(
                    LONG_AGO,
                    "Vă rog să-mi actualizați numărul de telefon în baza de date, am schimbat "
                    "rețeaua.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a shouted UNSUBSCRIBE vs unsubscribe from the weekly digest only",
        [
            heard("Kiprono Langat", wrote(LONG_AGO, "UNSUBSCRIBE ME. NOW."), due=False),
            heard(
                "Cheruiyot Bett",
                wrote(
                    LONG_AGO,
                    "unsubscribe me from the weekly digest please, the one-to-one messages are "
                    "fine",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "'not interested, don't contact me again' vs not SDR any more, send AE roles",
        [
            heard(
                "Sibusiso Nkosi",
                wrote(LONG_AGO, "Not interested. Don't contact me again."),
                due=False,
            ),
            heard(
                "Mandlenkosi Shezi",
                wrote(
                    LONG_AGO,
                    "Not interested in SDR roles anymore, I moved up to AE - send me AE roles "
                    "though.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Arabic: don't contact me again, delete my data vs email rather than WhatsApp",
        [
            heard(
                "Amr Hosny",
                wrote(LONG_AGO, "من فضلك لا تتواصلوا معي مرة أخرى، واحذفوا بياناتي.", "other"),
                due=False,
            ),
            heard(
                "Sherif Mahrous",
                wrote(
                    LONG_AGO, "من فضلك راسلني على الإيميل بدل الواتساب، وأنا مهتم بالفرص.", "other"
                ),
                due=True,
            ),
        ],
    ),
]

# --- 2. waits counted from the day said, checked both ways -----------------------------------

TET = (
    "After Tết please - year-end release, then home to Nha Trang for the holiday.",
    date(2026, 10, 5),
)
CARNAVAL = ("Depois do Carnaval a gente conversa, até lá tô afogado no projeto.", date(2026, 9, 21))
EID = (
    "Peak season through the new year, then Ramadan - reach out after Eid al-Fitr, please.",
    date(2026, 10, 12),
)
DEEL_JAN = (
    "Her Deel contract with the Miami client runs to 31 January; nothing before that.",
    date(2026, 8, 17),
)
MAT_APRIL = ("cand on mat leave til Apr '27, no pitches b4", date(2026, 7, 6))
BFCM = (
    "Black Friday and Cyber Monday are my Shopify clients' whole year. Talk in January.",
    date(2026, 10, 19),
)

WAITS = [
    W(
        "after Tết, said in October: not due in November",
        [
            told("Lương Thị Hồng Nhung", TET, due=False),
            told(
                "Phan Quang Huy",
                (
                    "After Tết, please - release season now, then I'm home for the holiday.",
                    date(2025, 12, 15),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "after Tết, said in October: due in March",
        [told("Trịnh Văn Sơn", TET, due=True)],
        week=date(2027, 3, 1),
    ),
    W(
        "after Carnaval, said in September: not due in November",
        [
            told("Otávio Brandão Leite", CARNAVAL, due=False),
            told(
                "Murilo Castanheira",
                (
                    "Depois do Carnaval a gente conversa, tô no meio de uma entrega.",
                    date(2026, 1, 19),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "after Carnaval, said in September: due in March",
        [told("Heitor Sarmento", CARNAVAL, due=True)],
        week=date(2027, 3, 8),
    ),
    W(
        "after Eid al-Fitr, said in October: not due in November",
        [
            told("Mariam Abdelhamid", EID, due=False),
            told(
                "Rana Elshafei",
                ("Ramadan starts this week - after Eid let's talk properly.", date(2026, 2, 16)),
                due=True,
            ),
        ],
    ),
    W(
        "after Eid al-Fitr, said in October: due in April",
        [told("Dina Farag", EID, due=True)],
        week=date(2027, 4, 5),
    ),
    W(
        "a Deel contract to 31 January: not due in November",
        [
            told("Valeria Montoya Cruz", DEEL_JAN, due=False),
            told(
                "Sara Lucía Benítez",
                (
                    "Her Deel contract with the Miami client ran to 30 September; nothing "
                    "before that.",
                    date(2026, 6, 1),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a Deel contract to 31 January: due in February",
        [told("Paola Andrea Cuartas", DEEL_JAN, due=True)],
        week=date(2027, 2, 15),
    ),
    W(
        "ATS: mat leave til April '27 vs mat leave til September '26",
        [
            told("Esther Wanjiku", MAT_APRIL, due=False),
            told(
                "Faith Chebet",
                ("cand on mat leave til Sep '26, no pitches til then", date(2026, 3, 9)),
                due=True,
            ),
        ],
    ),
    W(
        "Black Friday and Cyber Monday for Shopify clients: not due the week before",
        [told("Lindiwe Mahlaba", BFCM, due=False)],
    ),
    W(
        "Black Friday and Cyber Monday for Shopify clients: due in January",
        [told("Palesa Ramokgopa", BFCM, due=True)],
        week=date(2027, 1, 11),
    ),
    W(
        "heads-down till the CKA on 11 December vs the CKA was in September",
        [
            told(
                "Vasyl Hrytsenko",
                ("Sitting the CKA on 11 December - heads-down till then.", date(2026, 10, 26)),
                due=False,
            ),
            told(
                "Roman Ostapenko",
                ("Sitting the CKA on 14 September - heads-down till then.", date(2026, 7, 20)),
                due=True,
            ),
        ],
    ),
    W(
        "rambling call note: hold off till after Semana Santa, said in November vs January",
        [
            told(
                "Ximena Villaseñor",
                (
                    "Long chat with Ximena: her dad's surgery went fine on the 20th, she's "
                    "covering for a colleague through December, her lease ends 31 January - and "
                    "she asked us to hold off until after Semana Santa, when things calm down.",
                    date(2026, 11, 2),
                ),
                due=False,
            ),
            told(
                "Mónica Ledesma Rivas",
                (
                    "Asked us to hold off until after Semana Santa; lease ends 31 January.",
                    date(2026, 1, 26),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Taglish reply in June: after my son's school year ends in April",
        [
            heard(
                "Marites Lagman",
                wrote(
                    date(2026, 6, 8),
                    "Saka na po ako lilipat kapag tapos na ang school year ng anak ko sa April, "
                    "bagong school pa lang po siya.",
                    "other",
                ),
                due=False,
            )
        ],
    ),
]

# --- 3. dates that ask for no wait -----------------------------------------------------------

NO_WAIT = [
    W(
        "a wedding in Cartagena, a Flutter course, Black Friday at work: happy to talk any time",
        [
            told(
                "Simón Arbeláez",
                (
                    "Was in Cartagena 3-10 October for my brother's wedding, started a Flutter "
                    "course on 1 November, Black Friday at my day job on the 27th - but happy to "
                    "talk about anything, any time.",
                    date(2026, 11, 9),
                ),
                due=True,
            )
        ],
    ),
    W(
        "'give me a year to settle in' at a new client",
        [
            told(
                "Nadia Boateng-Kariuki",
                (
                    "Started with a new US client on 1 October - give me a year to settle in "
                    "before you send anything.",
                    date(2026, 10, 26),
                ),
                due=False,
            ),
            told(
                "Grace Nyambura",
                (
                    "Started with a new US client on 1 October, but always open to hearing "
                    "about better ones.",
                    date(2026, 10, 26),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "back from Eid holidays, moved to Alexandria, new fibre: send roles",
        [
            told(
                "Hoda Ezzat",
                (
                    "Back from the Eid holidays on 22 June, moved to Alexandria on 1 August, new "
                    "fibre since September - all set, send roles.",
                    date(2026, 10, 5),
                ),
                due=True,
            )
        ],
    ),
    W(
        "last year's Tết was wild, free now",
        [
            told(
                "Võ Thành Đạt",
                ("Tết last February was wild at work. I'm free now - anytime.", date(2026, 9, 7)),
                due=True,
            )
        ],
    ),
]

# --- 4. plain restraint ----------------------------------------------------------------------

RESTRAINT = [
    W(
        "a spec on WhatsApp eight days ago vs the same spec months ago",
        [
            NotDue(
                "Juan Pablo Echeverría",
                apps=[JULY_2025_FINAL],
                touches=[
                    last_call(),
                    touch(
                        8, outcome="no_reply", channel="other", note="Sent React LatAm spec on WA."
                    ),
                ],
            ),
            Due(
                "Juan Esteban Marulanda",
                apps=[JULY_2025_FINAL],
                touches=[
                    touch(
                        LONG_AGO,
                        outcome="no_reply",
                        channel="other",
                        note="Sent the React LatAm spec over WhatsApp.",
                    )
                ],
            ),
        ],
    ),
    W(
        "a catch-up call twelve days ago vs one six months ago",
        [
            NotDue(
                "Wojciech Gawroński",
                apps=[JULY_2025_FINAL],
                touches=[
                    touch(
                        12,
                        outcome="replied",
                        channel="phone",
                        note="Quick catch-up: happy on his B2B gig, nothing to send yet.",
                    )
                ],
            ),
            Due(
                "Radosław Kubiak",
                apps=[JULY_2025_FINAL],
                touches=[
                    touch(
                        185,
                        outcome="replied",
                        channel="phone",
                        note="Quick catch-up: happy on his B2B gig for now, nothing to send.",
                    )
                ],
            ),
        ],
    ),
    W(
        "a re-engagement email three weeks ago, no reply yet",
        [
            NotDue(
                "Florin Bălănescu",
                apps=[JULY_2025_FINAL],
                touches=[
                    last_call(),
                    touch(
                        21,
                        outcome="no_reply",
                        kind="re_engagement",
                        note="Re-engagement email: the QA role on EU hours. No reply yet.",
                    ),
                ],
            )
        ],
    ),
]

# --- 5. the latest word counts ---------------------------------------------------------------

LATEST = [
    W(
        "a stop taken back vs a 'keep me posted' hardened into an erasure",
        [
            heard(
                "Renan Albuquerque Brito",
                wrote(date(2026, 2, 2), "Parem de me mandar mensagem.", "other"),
                wrote(
                    date(2026, 6, 15),
                    "Desculpa a grosseria em fevereiro, semana ruim. Pode me mandar vagas de novo.",
                    "other",
                ),
                due=True,
            ),
            heard(
                "Tainá Cordeiro",
                wrote(date(2026, 2, 2), "Agora não, mas me mantenham informada."),
                wrote(date(2026, 6, 15), "Por favor, apaguem todos os meus dados. Obrigada."),
                due=False,
            ),
        ],
    ),
    W(
        "'not until after Carnaval' called off early: due in November",
        [
            heard(
                "Enzo Bittencourt",
                wrote(date(2026, 5, 11), "Só depois do Carnaval do ano que vem, projeto longo."),
                wrote(
                    date(2026, 6, 1),
                    "Esquece o Carnaval: o cliente cancelou o projeto, estou livre agora.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "'anytime' turned into 'after Tết'",
        [
            heard(
                "Đinh Thị Ngọc Ánh",
                wrote(date(2026, 5, 4), "Anytime is fine, always happy to chat.", "linkedin"),
                wrote(
                    date(2026, 6, 1),
                    "Sorry, change of plan - not until after Tết, I was made team lead for the "
                    "year-end launch.",
                    "linkedin",
                ),
                due=False,
            )
        ],
    ),
    W(
        "a recruiter's DNC later withdrawn by the candidate",
        [
            heard(
                "Olamide Ayodele",
                noted(date(2026, 1, 19), "cand annoyed on call - DNC set at his request"),
                wrote(
                    date(2026, 6, 8),
                    "I know I asked you to stop in January, but I'm open now - please do send "
                    "remote backend roles.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "a friendly InMail then an angry Tagalog stop",
        [
            heard(
                "Rodel Dimaano",
                wrote(date(2026, 3, 2), "Hi! Happy to chat about VA roles anytime.", "linkedin"),
                wrote(
                    date(2026, 6, 1),
                    "Tigilan nyo na ako, wag na kayong mag-message ulit kahit kailan.",
                    "other",
                ),
                due=False,
            )
        ],
    ),
]

HELDOUT41_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
