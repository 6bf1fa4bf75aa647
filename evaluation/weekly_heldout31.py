"""Held-out weekly reconnect cases, thirty-first set: French-speaking and Nordic recruiters' own
words, written by a thirty-first stranger to the reader (its code, its labelled sets and the
earlier case files' sentences were not looked at), measured and reported on its own line
("held-out 31").

Everyone here is otherwise due in the week of the case: reached our final round in May 2025 and
lost to one other person, and was last spoken to long before the week (170 days, past a silver
medalist's cadence), unless the case is about a recent contact. A wait is typed into the ATS as
a dated motivation, or sits in a reply sent long enough before the week that no recent contact
holds the person back instead. The voices are in-house recruiters and agency consultants in
Paris, Lyon, Brussels, Luxembourg, Montréal, Stockholm, Oslo, Copenhagen and Helsinki: French
formal letters, Québécois LinkedIn replies, Swedish, Norwegian, Danish and Finnish texts and
mails, ATS shorthand and colleagues' Teams messages. What decides is what they told us:

1. opt-outs (delete me from your vivier, "sluta skicka jobb", "jeg ønsker ikke å bli
   kontaktet", unsubscribe from every job mail, "ei kiitos, älkää lähettäkö", retirez-moi de vos
   listes, a DNC after an angry call, a career-fair deletion, "pls stop messaging me", a
   withdrawal note): never listed; beside each a near-miss that is due (update my profile, no
   Malmö jobs, no phone calls, only the newsletter, not this role, no Ontario roles, not in the
   daytime, moved to experienced hires, not on WhatsApp, a withdrawal that keeps in touch);
2. waits counted from the day said and checked both ways: préavis de 3 mois, six months'
   uppsägningstid, "etter påske", "efter jul og nytår", a période d'essai to 31 January,
   äitiysvapaa to June, "après les Fêtes", a 13e mois paid in December, tjänstledighet to May:
   not listed while they run, listed once they have; each beside a twin whose wait is over;
3. notes full of dates that ask for no wait are due (fellesferie, Midsommar, Toussaint and RTT,
   back from Lisbon); "laissez-moi un an" after a new job is not;
4. plain restraint: an InMail eight days ago and a coffee twelve days ago are not listed; the
   same months ago are;
5. the latest word counts: "slett meg" taken back is due and "hold meg oppdatert" hardened into
   an erasure is not; an MBA wait called off is due; "när som helst" turned into "not before
   next summer" is not; a DNC later lifted by the candidate is due.
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


def last_spoke() -> dict:
    """The last contact, long before the week, with nothing said in it."""
    return touch(LONG_AGO, "outbound", "replied", channel="phone")


def wrote(days, note, channel="email") -> dict:
    """Their own mail, text (``channel="other"``) or LinkedIn reply, as they typed it."""
    return touch(days, "inbound", "replied", note=note, channel=channel)


def noted(days, note) -> dict:
    """A recruiter's note in the ATS, or a colleague's message pasted in."""
    return touch(days, "outbound", None, "note", note=note, channel="other")


def told(name, *statements, due) -> Person:
    """Someone otherwise due who told us ``statements`` (each with the day it was said)."""
    person = Due if due else NotDue
    return person(name, *statements, apps=[MAY_2025_FINAL], touches=[last_spoke()])


def heard(name, *touches, due, apps=None) -> Person:
    """Someone otherwise due whose words are in touchpoints."""
    person = Due if due else NotDue
    return person(name, apps=apps or [MAY_2025_FINAL], touches=list(touches))


# --- 1. opt-outs, each beside a near-miss that is due ----------------------------------------

OPT_OUTS = [
    W(
        "delete my profile from your vivier vs update my profile in your vivier",
        [
            heard(
                "Honorine Delaunay-Vidal",
                wrote(
                    LONG_AGO,
                    "Madame, je vous prie de bien vouloir supprimer mon profil de votre vivier "
                    "et de cesser tout envoi. Cordialement.",
                ),
                due=False,
            ),
            heard(
                "Blandine Courtois-Réal",
                wrote(
                    LONG_AGO,
                    "Madame, je vous prie de bien vouloir mettre à jour mon profil dans votre "
                    "vivier : nouveau numéro, même intérêt pour vos postes. Cordialement.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Swedish text: stop sending me jobs vs stop sending Malmö jobs",
        [
            heard(
                "Rebecka Sjödin",
                wrote(LONG_AGO, "Sluta skicka jobb till mig. Tack.", "other"),
                due=False,
            ),
            heard(
                "Josefin Tällberg",
                wrote(LONG_AGO, "Sluta skicka jobb i Malmö, jag bor i Stockholm nu.", "other"),
                due=True,
            ),
        ],
    ),
    W(
        "Norwegian: don't contact me again vs don't phone me, email is best",
        [
            heard(
                "Idun Aarseth",
                wrote(LONG_AGO, "Jeg ønsker ikke å bli kontaktet av dere igjen."),
                due=False,
            ),
            heard(
                "Gunhild Tangen",
                wrote(LONG_AGO, "Jeg ønsker ikke å bli kontaktet på telefon - e-post er best."),
                due=True,
            ),
        ],
    ),
    W(
        "Danish: unsubscribe me from all job mails vs only from the newsletter",
        [
            heard(
                "Sofie Grønbech",
                wrote(LONG_AGO, "Afmeld mig jeres nyhedsbreve og jobmails - alle sammen, tak."),
                due=False,
            ),
            heard(
                "Maja Lykkegaard",
                wrote(
                    LONG_AGO,
                    "Afmeld mig jeres nyhedsbrev, men skriv gerne personligt, hvis der er et "
                    "relevant job.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "Finnish: no thanks, send nothing more vs no thanks to this role only",
        [
            heard(
                "Paula Hyttinen",
                wrote(LONG_AGO, "Ei kiitos, älkää lähettäkö minulle enää mitään."),
                due=False,
            ),
            heard(
                "Kaisa Mustonen",
                wrote(LONG_AGO, "Ei kiitos tähän rooliin, mutta pitäkää minut mielessä."),
                due=True,
            ),
        ],
    ),
    W(
        "Québécois LinkedIn: take me off your lists vs off the Ontario list",
        [
            heard(
                "Marc-Olivier Thibodeau",
                wrote(
                    LONG_AGO,
                    "Svp retirez-moi de vos listes, je ne veux plus être sollicité.",
                    "linkedin",
                ),
                due=False,
            ),
            heard(
                "Jean-Philippe Boisvert",
                wrote(
                    LONG_AGO,
                    "Svp retirez-moi de la liste des postes en Ontario, Montréal seulement.",
                    "linkedin",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "call note: never call him again, DNC vs not in the daytime, after six",
        [
            heard(
                "Lionel Marchand-Berthet",
                noted(
                    LONG_AGO,
                    "Cand très agacé, exige qu'on ne le rappelle plus jamais. Marqué DNC.",
                ),
                due=False,
            ),
            heard(
                "Gilles Fauconnier",
                noted(
                    LONG_AGO,
                    "Cand agacé par les appels en journée, OK pour rappeler après 18h.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "a colleague: deleted from the CRM at the career fair vs moved to experienced hires",
        [
            heard(
                "Annika Lindroth",
                noted(
                    LONG_AGO,
                    "Heads up: Annika asked at the KTH career fair to be deleted from our CRM "
                    "entirely.",
                ),
                due=False,
            ),
            heard(
                "Emelie Sandström",
                noted(
                    LONG_AGO,
                    "Heads up: Emelie asked at the KTH career fair to be moved from the graduate "
                    "list to experienced hires.",
                ),
                due=True,
            ),
        ],
    ),
    W(
        "'pls stop messaging me' vs stop on WhatsApp, LinkedIn is better",
        [
            heard(
                "Dominik Haraldsen",
                wrote(LONG_AGO, "pls stop messaging me, not interested ever", "other"),
                due=False,
            ),
            heard(
                "Tobias Vestby",
                wrote(LONG_AGO, "pls stop messaging me on whatsapp, linkedin is better", "other"),
                due=True,
            ),
        ],
    ),
    W(
        "a withdrawal note: keep her out of our files vs keep in touch",
        [
            heard(
                "Armelle Quéré",
                last_spoke(),
                apps=[
                    MAY_2025_FINAL,
                    app(
                        300,
                        "final",
                        "withdrew",
                        "not_interested",
                        "A retiré sa candidature et demande à ne plus figurer dans nos fichiers.",
                    ),
                ],
                due=False,
            ),
            heard(
                "Ségolène Marty",
                last_spoke(),
                apps=[
                    MAY_2025_FINAL,
                    app(
                        300,
                        "final",
                        "withdrew",
                        "other",
                        "A retiré sa candidature : poste accepté ailleurs, ravie qu'on garde le "
                        "contact.",
                    ),
                ],
                due=True,
            ),
        ],
    ),
]

# --- 2. waits counted from the day said, checked both ways -----------------------------------

PREAVIS = ("Démission posée le 9/11, préavis de 3 mois : rien avant mi-février.", date(2026, 11, 9))
USTID = (
    "Sa upp sig 1/10 - sex månaders uppsägningstid, hör av dig i april.",
    date(2026, 10, 1),
)
PASKE = ("Ta kontakt etter påske - vi har tvillinger på vei.", date(2026, 10, 12))
JUL = ("Ring efter jul og nytår, vi lukker regnskabsåret.", date(2026, 11, 2))
ESSAI = (
    "En période d'essai chez Thales jusqu'au 31 janvier, ne bouge pas avant.",
    date(2026, 10, 19),
)
VAPAA = ("Äitiysvapaalla kesäkuuhun asti, ei haastatteluja ennen sitä.", date(2026, 9, 28))
FETES = (
    "Rien avant la fin des Fêtes, grosse période de fermeture d'année chez nous.",
    date(2026, 11, 9),
)
TREIZE = ("Attend le 13e mois versé en décembre avant toute démarche.", date(2026, 10, 26))
TJL = ("Tjänstledig för att segla jorden runt, tillbaka i maj.", date(2026, 9, 7))

WAITS = [
    W(
        "préavis de 3 mois from 9/11 vs one month's notice given in June",
        [
            told("Hortense Lavergne", PREAVIS, due=False),
            told(
                "Colombe Sauvageot",
                ("Préavis d'un mois posé le 1er juin, libre depuis juillet.", date(2026, 6, 1)),
                due=True,
            ),
        ],
    ),
    W(
        "préavis de 3 mois from 9/11: due in late February",
        [told("Firmin Descamps", PREAVIS, due=True)],
        week=date(2027, 2, 22),
    ),
    W(
        "six months' uppsägningstid from October vs uppsägningstid over in August",
        [
            told("Greta Rydholm", USTID, due=False),
            told(
                "Svea Kjellberg",
                ("Uppsägningstiden gick ut i augusti, fri att börja direkt.", date(2026, 9, 7)),
                due=True,
            ),
        ],
    ),
    W(
        "six months' uppsägningstid from October: due in April",
        [told("Märta Ullberg", USTID, due=True)],
        week=date(2027, 4, 19),
    ),
    W(
        "'etter påske' vs the twins came in May, leave over",
        [
            told("Ragnhild Ødegård", PASKE, due=False),
            told(
                "Solveig Hammerstad",
                (
                    "Tvillingene kom i mai, permisjonen er over - ta gjerne kontakt.",
                    date(2026, 10, 12),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "'etter påske': due in April",
        [told("Tuva Kristiansen-Moe", PASKE, due=True)],
        week=date(2027, 4, 12),
    ),
    W(
        "'efter jul og nytår' vs busy till the summer holidays, calm now",
        [
            told("Ditte Vinding", JUL, due=False),
            told(
                "Stine Holmboe",
                ("Travlt op til sommerferien, men nu er der ro på - ring bare.", date(2026, 9, 14)),
                due=True,
            ),
        ],
    ),
    W(
        "'efter jul og nytår': due in mid-January",
        [told("Rikke Ladefoged", JUL, due=True)],
        week=date(2027, 1, 18),
    ),
    W(
        "période d'essai to 31 January vs one validated in September",
        [
            told("Anselme Roussel", ESSAI, due=False),
            told(
                "Barthélemy Joubert",
                (
                    "Période d'essai validée fin septembre chez Thales, ouvert aux échanges.",
                    date(2026, 10, 19),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "période d'essai to 31 January: due in February",
        [told("Eugène Lemarchand", ESSAI, due=True)],
        week=date(2027, 2, 8),
    ),
    W(
        "äitiysvapaa to June vs back from parental leave in September",
        [
            told("Minna Räsänen", VAPAA, due=False),
            told(
                "Tiina Kettunen",
                (
                    "Palasin vanhempainvapaalta syyskuussa, kuulen mielelläni rooleista.",
                    date(2026, 10, 5),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "äitiysvapaa to June: due in late June",
        [told("Sanna Puustinen", VAPAA, due=True)],
        week=date(2027, 6, 21),
    ),
    W(
        "'rien avant la fin des Fêtes' vs the fiscal year-end rush already over",
        [
            told("Geneviève Ouimet", FETES, due=False),
            told(
                "Marie-Ève Desjardins",
                (
                    "Le rush de fin d'année fiscale est passé (c'était en octobre), je suis "
                    "disponible.",
                    date(2026, 11, 9),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "'rien avant la fin des Fêtes': due in January",
        [told("Annie Larochelle", FETES, due=True)],
        week=date(2027, 1, 11),
    ),
    W(
        "waiting for a 13e mois paid in December vs a bonus paid in June",
        [
            told("Timothée Brochard", TREIZE, due=False),
            told(
                "Aymeric Vidal-Nogaret",
                ("Prime annuelle versée en juin, plus rien ne le retient.", date(2026, 9, 21)),
                due=True,
            ),
        ],
    ),
    W(
        "waiting for a 13e mois paid in December: due in January",
        [told("Gauthier Lamarque", TREIZE, due=True)],
        week=date(2027, 1, 4),
    ),
    W(
        "tjänstledig to sail round the world till May vs back from tjänstledighet",
        [
            told("Ellinor Hedberg", TJL, due=False),
            told(
                "Cornelia Wester",
                (
                    "Kom hem från tjänstledigheten i september, redo för något nytt.",
                    date(2026, 10, 5),
                ),
                due=True,
            ),
        ],
    ),
    W(
        "tjänstledig till May: due in mid-May",
        [told("Vendela Östlund", TJL, due=True)],
        week=date(2027, 5, 17),
    ),
]

# --- 3. notes full of dates that ask no wait, and one that does -------------------------------

NO_WAIT = [
    W(
        "back from Lisbon, new job since September, Thursdays free vs give me a year",
        [
            told(
                "Ambroise Tellier",
                (
                    "Rentré de Lisbonne le 3/11, nouveau poste depuis le 1er septembre, dispo "
                    "pour un café tous les jeudis après 17h.",
                    date(2026, 11, 9),
                ),
                due=True,
            ),
            told(
                "Sixtine Carpentier",
                (
                    "Nouveau poste depuis le 1er sept. - laissez-moi un an pour m'installer.",
                    date(2026, 11, 9),
                ),
                due=False,
            ),
        ],
    ),
    W(
        "a long fellesferie in July, back and ready now",
        [
            told(
                "Håvard Tønnessen",
                (
                    "Fellesferien i juli var lang, men nå er jeg tilbake og klar - hør gjerne "
                    "fra dere når som helst.",
                    date(2026, 10, 5),
                ),
                due=True,
            )
        ],
    ),
    W(
        "Midsommar in Dalarna, holidays in August, send roles now",
        [
            told(
                "Ebbe Granqvist",
                (
                    "Midsommar firades i Dalarna, semestern togs i augusti, och nu kör vi - "
                    "skicka gärna tjänster.",
                    date(2026, 9, 21),
                ),
                due=True,
            )
        ],
    ),
    W(
        "Toussaint over, RTT taken on 2/11, talk whenever",
        [
            told(
                "Apollinaire Vernet",
                (
                    "Toussaint passée, les enfants rentrés, RTT prise le 2/11 - on peut se "
                    "parler quand vous voulez.",
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
        "an InMail eight days ago vs the same InMail months ago",
        [
            NotDue(
                "Lorenzo Bellamy-Fargue",
                apps=[MAY_2025_FINAL],
                touches=[
                    last_spoke(),
                    touch(
                        8,
                        outcome="no_reply",
                        channel="linkedin",
                        note="InMail envoyé pour le poste data Lyon.",
                    ),
                ],
            ),
            Due(
                "Ferdinand Ollivier",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        LONG_AGO,
                        outcome="no_reply",
                        channel="linkedin",
                        note="InMail envoyé pour le poste data Paris.",
                    )
                ],
            ),
        ],
    ),
    W(
        "a coffee twelve days ago vs a coffee in the spring",
        [
            NotDue(
                "Pernille Skafte",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        12,
                        outcome="replied",
                        channel="meeting",
                        note="Kaffe på Kongens Nytorv, intet konkret endnu, alt godt.",
                    )
                ],
            ),
            Due(
                "Nanna Thorsager",
                apps=[MAY_2025_FINAL],
                touches=[
                    touch(
                        200,
                        outcome="replied",
                        channel="meeting",
                        note="Kaffe i Nyhavn, intet konkret lige nu, alt vel.",
                    )
                ],
            ),
        ],
    ),
]

# --- 5. the latest word counts ---------------------------------------------------------------

LATEST = [
    W(
        "'slett meg' taken back vs 'hold meg oppdatert' hardened into an erasure",
        [
            heard(
                "Bård Vindenes",
                wrote(date(2026, 2, 2), "Slett meg fra listene deres.", "other"),
                wrote(
                    date(2026, 6, 1),
                    "Glem det jeg sa i februar - jeg er åpen for nye roller igjen.",
                ),
                due=True,
            ),
            heard(
                "Oddny Lien-Skaar",
                wrote(date(2026, 2, 2), "Ikke akkurat nå, men hold meg oppdatert."),
                wrote(date(2026, 6, 1), "Slett alle opplysninger dere har om meg. Takk."),
                due=False,
            ),
        ],
    ),
    W(
        "an MBA wait called off early",
        [
            heard(
                "Clotilde Aubertin",
                wrote(
                    date(2026, 5, 4),
                    "Pas avant la fin de l'année prochaine, je commence un MBA à l'INSEAD.",
                ),
                wrote(
                    date(2026, 6, 8),
                    "J'ai finalement renoncé au MBA, je suis disponible dès maintenant.",
                ),
                due=True,
            )
        ],
    ),
    W(
        "'när som helst' turned into 'nothing before next summer'",
        [
            heard(
                "Alice Wennerholm",
                wrote(date(2026, 5, 11), "När som helst, hör av dig!"),
                wrote(
                    date(2026, 6, 1),
                    "Ändrade planer: inget före sommaren nästa år, vi bygger hus.",
                ),
                due=False,
            )
        ],
    ),
    W(
        "a DNC set at his request, later lifted by him",
        [
            heard(
                "Octave Rigaudière",
                noted(date(2026, 1, 12), "DNC posé à sa demande après un appel tendu."),
                wrote(
                    date(2026, 6, 1),
                    "Je sais que j'avais demandé à ne plus être contacté en janvier, mais je "
                    "cherche activement maintenant : n'hésitez pas.",
                ),
                due=True,
            )
        ],
    ),
]

HELDOUT31_WEEKLY_CASES: list[WeeklyCase] = [*OPT_OUTS, *WAITS, *NO_WAIT, *RESTRAINT, *LATEST]
