"""Held-out rediscovery cases, sixtieth set: Southern European agency and in-house recruiters'
own words, written by a stranger to the reader (its code, its labelled sets and the earlier case
files' sentences were not looked at; held-out 10 was opened for its format only).

It is measured and reported on its own line ("held-out 60") and never tuned to what Encore does.
The recruiters are a Madrid and Barcelona tech agency, a Milan executive-search boutique working
for fashion and luxury houses, an in-house team at a Turin automotive group, a Valencia and
Málaga tourism-tech scale-up, a Rome bank's talent team, and an Athens and Thessaloniki energy
and shipping-software recruiter who also fills remote roles for Dutch, German, Nordic and US
companies. The people are backend, data, frontend, platform and ML engineers, engineering
managers, account executives and customer-success managers. The voices: terse ATS shorthand
with typos ("cand", "tlf", "llamada", "x", "ok x remoto", "sentito", "NR"), lower-case WhatsApps,
LinkedIn replies, candidates' emails, formal letters ("Gentile dott.ssa", "Estimada Sra."),
recruiters' third-person call notes, long rambling notes where one line decides, and lines in
Spanish, Italian, Catalan and Greek. The world they talk about: 14 pagas, the tredicesima and
quattordicesima, RAL and CCNL levels (Commercio, Metalmeccanico, Credito), autónomo against
contrato indefinido, partita IVA, TFR, preaviso and periodo di prova, the August shutdown,
Ferragosto, Semana Santa, Greek Easter, Sant Joan, Fallas, regional holidays,
the Beckham law and the digital-nomad visa, AVE and Frecciarossa commutes, the Rio-Antirrio
bridge, the Circumvesuviana, the Rodalies R2.

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs in many voices and channels (a GDPR/RGPD erasure request, "cancellatemi dal vostro
   database", "no em torneu a escriure", "μη με ξαναενοχλήσετε", a recruiter's "marcado no
   contactar", a LinkedIn "please stop", an angry WhatsApp, a "no thanks" to the draft's last
   line): never shown; beside each a scoped stop that is not one (no calls at work, not that
   client, no more banking roles, the newsletter only, a new phone number, feedback still owed);
2. waits counted from the day said (preaviso of 15 days against three months, periodo di prova,
   after Semana Santa, after Greek Easter, after Ferragosto, after the August shutdown, after the
   Fallas, Q1, the tredicesima in December, a maternity leave, a master's defence with a date),
   each against a twin whose wait has already run out; notes full of dates that ask for no wait;
3. schedule (turni, guardias, weekends, jornada intensiva), travel (plant visits, trade fairs,
   client sites), visa and right to work (Beckham law, digital-nomad visa, blue card, a UK
   passport after Brexit, an EU spouse), contract type (autónomo, partita IVA, indefinido, fixed
   term) and commute (AVE Madrid-Valencia, Frecciarossa Bologna-Milano, Rodalies, the bridge);
4. pay against the band: RAL against a monthly net, 14 pagas against 12, day rates on partita
   IVA, a floor against current pay, dollars and pounds against euros;
5. work mode in the title only, in the description only, hybrid days; negation and its scope;
6. location and relocation; managing against hands-on; company stage and size; industry and
   mission wanted or refused (defence, gambling, fast fashion, oil and gas, tobacco, luxury,
   renewables, tourism); technology wanted or refused;
7. last time's reason resolved by this role or still standing; the history with us; the latest
   process counts;
8. several notes over time where the latest word counts (a person changing their mind, sometimes
   twice, in notes of different kinds and dates).

Hard cases a careful human still gets right are mixed in: a partner's condition that is not the
candidate's, a client's brief pasted in a note, the recruiter's own guess against the candidate's
word, a stop about one channel only, and a past employer's travel this role does not have.

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""

from datetime import date

from evaluation.scenarios import C, Case, P, app, touch

# --- who the people are: equally skilled within a case, so only their words decide ---------


def cand(name, profile, grade, *said, where="Madrid, Spain", apps=(), touches=(), **kw):
    """A past candidate living in ``where``; ``said`` are motivations (or (text, day))."""
    return P(name, profile, grade, *said, apps=apps, touches=touches, location=where, **kw)


# --- who wrote what -------------------------------------------------------------------------


def ats(days, text) -> dict:
    """A recruiter's note in the ATS, in their shorthand."""
    return touch(days, "outbound", None, "note", note=text, channel="other")


def rang(days, text) -> dict:
    """A recruiter's call note, in the third person."""
    return touch(days, "outbound", "replied", "note", note=text, channel="phone")


def mail(days, text) -> dict:
    """The candidate's email or letter."""
    return touch(days, "inbound", "replied", note=text, channel="email")


def wa(days, text) -> dict:
    """The candidate's WhatsApp, as typed."""
    return touch(days, "inbound", "replied", note=text, channel="other")


def li(days, text) -> dict:
    """The candidate's LinkedIn reply."""
    return touch(days, "inbound", "replied", note=text, channel="linkedin")


def final_loss(days, note=None, *, role="Senior Backend Engineer") -> dict:
    """Reached the final round and lost to one other person."""
    return app(days, "final", "rejected", "other_candidate", note, rating=4.4, role=role)


def declined(days, reason, note, *, past=None, role="Senior Backend Engineer") -> dict:
    """Turned the offer down."""
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def withdrew(days, reason, note, *, past=None, role="Senior Backend Engineer") -> dict:
    """Pulled out of the process."""
    return app(days, "interview", "withdrew", reason, note, past=past, role=role)


def with_offers(where: dict, *extra: str) -> dict:
    """A place and work mode with more said in the offers."""
    return {**where, "offers": [*extra, *where.get("offers", [])]}


# --- where and how the roles are worked -----------------------------------------------------

MADRID_HYBRID = dict(
    remote_policy="hybrid",
    location="Madrid, Spain",
    offers=["Hybrid: two days a week at our office on the Castellana"],
)
MADRID_ONSITE = dict(remote_policy="onsite", location="Madrid, Spain")
BCN_HYBRID = dict(
    remote_policy="hybrid",
    location="Barcelona, Spain",
    offers=["Hybrid: three days a week in our 22@ office"],
)
BCN_ONSITE = dict(remote_policy="onsite", location="Barcelona, Spain")
VALENCIA_ONSITE = dict(remote_policy="onsite", location="Valencia, Spain")
VALENCIA_HYBRID = dict(
    remote_policy="hybrid",
    location="Valencia, Spain",
    offers=["Hybrid: two days a week at the Marina office"],
)
MALAGA_HYBRID = dict(
    remote_policy="hybrid",
    location="Málaga, Spain",
    offers=["Hybrid: two days a week at our Málaga TechPark office"],
)
MILAN_HYBRID = dict(
    remote_policy="hybrid",
    location="Milan, Italy",
    offers=["Ibrido: due giorni a settimana in sede a Porta Nuova"],
)
MILAN_ONSITE = dict(remote_policy="onsite", location="Milan, Italy")
TURIN_ONSITE = dict(remote_policy="onsite", location="Turin, Italy")
TURIN_HYBRID = dict(
    remote_policy="hybrid",
    location="Turin, Italy",
    offers=["Hybrid: two days a week at the Mirafiori campus"],
)
ROME_HYBRID = dict(
    remote_policy="hybrid",
    location="Rome, Italy",
    offers=["Hybrid: two days a week at our EUR office"],
)
ROME_ONSITE = dict(remote_policy="onsite", location="Rome, Italy")
BOLOGNA_ONSITE = dict(remote_policy="onsite", location="Bologna, Italy")
ATHENS_HYBRID = dict(
    remote_policy="hybrid",
    location="Athens, Greece",
    offers=["Hybrid: two days a week at our Marousi office"],
)
ATHENS_ONSITE = dict(remote_policy="onsite", location="Athens, Greece")
THESS_ONSITE = dict(remote_policy="onsite", location="Thessaloniki, Greece")
REMOTE_NL = dict(
    remote_policy="remote",
    location="Remote (EU)",
    offers=["Fully remote from anywhere in the EU for an Amsterdam company"],
)
REMOTE_US = dict(
    remote_policy="remote",
    location="Remote (Europe)",
    offers=["Fully remote for a US company, overlap until 17:00 CET"],
)

PAST_MADRID_ONSITE = dict(
    remote_policy="onsite", location="Madrid, Spain", salary_max=58_000, currency="EUR"
)
PAST_MILAN_ONSITE = dict(
    remote_policy="onsite", location="Milan, Italy", salary_max=55_000, currency="EUR"
)

# --- 1. opt-outs, each beside a scoped stop that is not one ---------------------------------

OPT_OUTS = [
    C(
        "RGPD erasure request in Spanish vs a right-of-access request",
        "backend",
        [
            cand(
                "Íñigo Larrañeta",
                "backend",
                0,
                excluded=True,
                touches=[
                    mail(
                        40,
                        "Estimada Sra. Ocaña: en virtud del artículo 17 del RGPD le solicito la "
                        "supresión de todos mis datos personales de su base de datos y que no "
                        "vuelvan a contactarme. Atentamente, Í. Larrañeta",
                    )
                ],
            ),
            cand(
                "Begoña Urquiza",
                "backend",
                2,
                touches=[
                    mail(
                        40,
                        "Buenos días, me gustaría ejercer mi derecho de acceso: ¿qué datos míos "
                        "tenéis guardados? Por lo demás, encantada de que me sigáis enviando "
                        "ofertas.",
                    )
                ],
            ),
        ],
        **MADRID_HYBRID,
    ),
    C(
        "Italian 'cancellatemi' vs 'non chiamatemi in ufficio'",
        "data_eng",
        [
            cand(
                "Ottavio Brambati",
                "data_eng",
                0,
                excluded=True,
                touches=[
                    mail(
                        65,
                        "Buongiorno, vi chiedo di cancellarmi dal vostro database e di non "
                        "contattarmi più per nessuna posizione. Grazie.",
                    )
                ],
                where="Milan, Italy",
            ),
            cand(
                "Ludovica Pessina",
                "data_eng",
                2,
                touches=[
                    wa(
                        65,
                        "per favore non chiamatemi in ufficio, scrivetemi qui su whatsapp che "
                        "rispondo la sera",
                    )
                ],
                where="Milan, Italy",
            ),
        ],
        **MILAN_HYBRID,
    ),
    C(
        "Catalan 'no em torneu a escriure' vs 'not that client again'",
        "frontend",
        [
            cand(
                "Jordi Puigvert",
                "frontend",
                0,
                excluded=True,
                touches=[
                    mail(
                        30, "Si us plau, no em torneu a escriure mai més. Esborreu les meves dades."
                    )
                ],
                where="Barcelona, Spain",
            ),
            cand(
                "Montse Casademunt",
                "frontend",
                2,
                touches=[
                    rang(
                        30,
                        "Montse says she never wants to be put forward to Glovo again after how "
                        "they ghosted her, but she's very happy to hear about anything else we "
                        "have.",
                    )
                ],
                where="Barcelona, Spain",
            ),
        ],
        **BCN_HYBRID,
    ),
    C(
        "Greek 'do not bother me again' vs a new phone number",
        "sre",
        [
            cand(
                "Stavros Kalogeropoulos",
                "sre",
                0,
                excluded=True,
                touches=[
                    wa(
                        52,
                        "Σας παρακαλώ μη με ξαναενοχλήσετε. Διαγράψτε το τηλέφωνό μου και τα "
                        "στοιχεία μου.",
                    )
                ],
                where="Athens, Greece",
            ),
            cand(
                "Eleni Papathanasiou",
                "sre",
                2,
                touches=[
                    wa(
                        52,
                        "Αλλάζω αριθμό από Δευτέρα, κρατήστε το νέο: 694 555 0182. Συνεχίστε να "
                        "μου στέλνετε θέσεις!",
                    )
                ],
                where="Athens, Greece",
            ),
        ],
        **ATHENS_HYBRID,
    ),
    C(
        "recruiter marks do-not-contact in ATS shorthand vs no more banking roles",
        "data_eng",
        [
            cand(
                "Rodrigo Mancebo",
                "data_eng",
                0,
                excluded=True,
                touches=[
                    ats(
                        90,
                        "tlf cand muy molesto x las llamadas. Pide NO contactar nunca mas. "
                        "marcado no contactar, sacar de todas las campañas.",
                    )
                ],
            ),
            cand(
                "Nerea Olabeazkoa",
                "data_eng",
                2,
                touches=[
                    ats(
                        90,
                        "tlf cand. no quiere mas procesos de banca (harta de Santander y BBVA), "
                        "resto de sectores ok, que le escribamos.",
                    )
                ],
            ),
        ],
        **MADRID_HYBRID,
    ),
    C(
        "'no thanks' to the draft's last line vs unsubscribing from the newsletter only",
        "cs",
        [
            cand(
                "Matteo Lanzoni",
                "cs",
                0,
                excluded=True,
                touches=[mail(20, "no thanks - Matteo")],
                where="Bologna, Italy",
            ),
            cand(
                "Greta Zanardi",
                "cs",
                2,
                touches=[
                    mail(
                        20,
                        "Could you take me off the monthly newsletter? Too many emails. Personal "
                        "messages about real roles are still very welcome.",
                    )
                ],
                where="Bologna, Italy",
            ),
        ],
        **dict(
            remote_policy="hybrid",
            location="Bologna, Italy",
            offers=["Two days a week in the Bologna office"],
        ),
    ),
    C(
        "an angry WhatsApp vs 'not during working hours'",
        "backend",
        [
            cand(
                "Paco Villalobos",
                "backend",
                0,
                excluded=True,
                touches=[
                    wa(
                        35,
                        "tio ya basta. es la cuarta vez. borrame de vuestra lista y no me "
                        "escribais mas, ni whatsapp ni mail ni nada",
                    )
                ],
                where="Málaga, Spain",
            ),
            cand(
                "Rocío Bermúdez",
                "backend",
                2,
                touches=[
                    wa(
                        35,
                        "porfa no me llames en horario de trabajo, a partir de las 18h sin "
                        "problema 🙂",
                    )
                ],
                where="Málaga, Spain",
            ),
        ],
        **MALAGA_HYBRID,
    ),
    C(
        "LinkedIn 'please stop contacting me' vs 'stop with the InMails, email me instead'",
        "data_eng",
        [
            cand(
                "Dimitris Vlachakis",
                "data_eng",
                0,
                excluded=True,
                touches=[
                    li(
                        70,
                        "Please stop contacting me. I am not interested in any opportunities, now "
                        "or later.",
                    )
                ],
                where="Thessaloniki, Greece",
            ),
            cand(
                "Kalliopi Tzanetaki",
                "data_eng",
                2,
                touches=[
                    li(
                        70,
                        "I hardly ever open LinkedIn, so please stop the InMails and write to my "
                        "personal email instead - I do want to hear about ML roles.",
                    )
                ],
                where="Thessaloniki, Greece",
            ),
        ],
        **REMOTE_NL,
    ),
    C(
        "formal Italian letter withdrawing consent vs feedback still owed",
        "manager",
        [
            cand(
                "Alvise Contarini",
                "manager",
                0,
                excluded=True,
                touches=[
                    mail(
                        110,
                        "Gentile dott.ssa Ferrero, con la presente revoco il consenso al "
                        "trattamento dei miei dati personali e chiedo di non essere più "
                        "contattato dalla Vostra società. Distinti saluti.",
                    )
                ],
                where="Turin, Italy",
            ),
            cand(
                "Serena Chiabrera",
                "manager",
                2,
                apps=[final_loss(110, role="Engineering Manager")],
                touches=[
                    mail(
                        100,
                        "Non ho ancora ricevuto un feedback dopo il colloquio finale. Mi farebbe "
                        "piacere riceverlo, e restare in contatto per altre posizioni.",
                    )
                ],
                where="Turin, Italy",
            ),
        ],
        **TURIN_HYBRID,
    ),
    C(
        "third-person call note: asked to be forgotten vs asked not to be sent to a recruiter "
        "colleague",
        "sales",
        [
            cand(
                "Anastasios Mavridis",
                "sales",
                0,
                excluded=True,
                touches=[
                    rang(
                        45,
                        "Anastasios was polite but clear: he wants no further contact from us "
                        "about any role, ever, and asked that his details be deleted. Confirmed "
                        "by email.",
                    )
                ],
                where="Athens, Greece",
            ),
            cand(
                "Theodora Karali",
                "sales",
                2,
                touches=[
                    rang(
                        45,
                        "Theodora asked that Kostas from our Piraeus desk stop calling her - she "
                        "prefers to deal with me only. Keen to hear about senior AE roles.",
                    )
                ],
                where="Athens, Greece",
            ),
        ],
        **ATHENS_HYBRID,
    ),
    C(
        "Spanish 'no quiero saber nada' in a rambling note vs 'no más ofertas de consultoría'",
        "backend",
        [
            cand(
                "Gonzalo Iturbe",
                "backend",
                0,
                excluded=True,
                touches=[
                    rang(
                        58,
                        "Llamada larga con Gonzalo: me cuenta que ha vuelto a Valencia, que el "
                        "piso nuevo está en Ruzafa, que el AVE a Madrid le mataba, que ahora va "
                        "en bici. Al final: no quiere saber nada más de nosotros, que le demos de "
                        "baja y no le volvamos a llamar. Hecho.",
                    )
                ],
                where="Valencia, Spain",
            ),
            cand(
                "Amparo Ferrandis",
                "backend",
                2,
                touches=[
                    rang(
                        58,
                        "Llamada larga con Amparo: vive en Benimaclet, va en bici, ha dejado la "
                        "consultora. No quiere más ofertas de consultoría ni de body shopping; "
                        "producto sí, que la llamemos.",
                    )
                ],
                where="Valencia, Spain",
            ),
        ],
        **VALENCIA_HYBRID,
    ),
]

# --- 2. waits counted from the day said, each against a twin whose wait has run out ----------

WAITS = [
    C(
        "three months' preaviso from early November vs fifteen days' preaviso given in September",
        "backend",
        [
            cand(
                "Álvaro Santamarina",
                "backend",
                1,
                touches=[
                    rang(
                        date(2026, 11, 4),
                        "Álvaro ha presentado la baja voluntaria hoy. Su convenio le obliga a un "
                        "preaviso de tres meses, así que no puede incorporarse antes de febrero.",
                    )
                ],
            ),
            cand(
                "Lucía Arteaga",
                "backend",
                2,
                touches=[
                    rang(
                        date(2026, 9, 7),
                        "Lucía ha presentado la baja hoy, preaviso de 15 días. Libre para "
                        "incorporarse a partir de finales de septiembre.",
                    )
                ],
            ),
        ],
        **MADRID_HYBRID,
    ),
    C(
        "periodo di prova that ends in February vs one passed in the summer",
        "data_eng",
        [
            cand(
                "Filippo Sormani",
                "data_eng",
                1,
                (
                    "Sono in periodo di prova fino a fine febbraio, prima non mi muovo.",
                    date(2026, 10, 26),
                ),
                where="Milan, Italy",
            ),
            cand(
                "Beatrice Colombo",
                "data_eng",
                2,
                (
                    "Periodo di prova superato a luglio, ora sono tranquilla e aperta a sentire "
                    "proposte.",
                    date(2026, 8, 3),
                ),
                where="Milan, Italy",
            ),
        ],
        **MILAN_HYBRID,
    ),
    C(
        "after Greek Easter next year vs 'after Easter' said last winter",
        "sre",
        [
            cand(
                "Panagiotis Dimou",
                "sre",
                1,
                touches=[
                    wa(
                        date(2026, 11, 2),
                        "καλύτερα μετά το Πάσχα, τώρα τρέχει το migration και δεν φεύγω",
                    )
                ],
                where="Athens, Greece",
            ),
            cand(
                "Vasiliki Roussou",
                "sre",
                2,
                touches=[
                    wa(
                        date(2026, 1, 19),
                        "ας τα πούμε μετά το Πάσχα, μέχρι τότε τρέχει το migration",
                    )
                ],
                where="Athens, Greece",
            ),
        ],
        **ATHENS_HYBRID,
    ),
    C(
        "not before the new year, said this month vs not before September, said in July",
        "frontend",
        [
            cand(
                "Carlota Benavent",
                "frontend",
                1,
                (
                    "Not before the new year - I promised my team lead I'd see the redesign "
                    "through to launch.",
                    date(2026, 11, 9),
                ),
                where="Barcelona, Spain",
            ),
            cand(
                "Pau Tarradellas",
                "frontend",
                2,
                (
                    "Not before September - we're launching the redesign over summer.",
                    date(2026, 7, 6),
                ),
                where="Barcelona, Spain",
            ),
        ],
        **BCN_HYBRID,
    ),
    C(
        "waiting for the tredicesima in December vs waited for last year's bonus",
        "sales",
        [
            cand(
                "Raffaele Esposito",
                "sales",
                1,
                touches=[
                    rang(
                        date(2026, 11, 16),
                        "Raffaele non si muove prima di aver incassato tredicesima e premio a "
                        "metà dicembre. Sentirlo a gennaio.",
                    )
                ],
                where="Rome, Italy",
            ),
            cand(
                "Chiara Amendola",
                "sales",
                2,
                touches=[
                    rang(
                        date(2026, 3, 2),
                        "Chiara ha incassato il premio a febbraio, ora è libera di valutare. "
                        "Nessun vincolo.",
                    )
                ],
                where="Rome, Italy",
            ),
        ],
        **ROME_HYBRID,
    ),
    C(
        "maternity leave to April vs maternity leave that ended in the spring",
        "cs",
        [
            cand(
                "Marta Goikoetxea",
                "cs",
                1,
                touches=[
                    mail(
                        date(2026, 10, 12),
                        "I'm on maternity leave until mid-April and won't look at anything before "
                        "I'm back. Write to me then!",
                    )
                ],
            ),
            cand(
                "Irene Casaseca",
                "cs",
                2,
                touches=[
                    mail(
                        date(2026, 5, 18),
                        "I came back from maternity leave this month and I'm ready to look "
                        "around. Happy to talk.",
                    )
                ],
            ),
        ],
        **MADRID_HYBRID,
    ),
    C(
        "a master's defence on 15 February vs a thesis defended in June",
        "data_eng",
        [
            cand(
                "Nikos Galanopoulos",
                "data_eng",
                1,
                (
                    "Defending my MSc thesis at AUTh on 15 February - can't start anywhere before "
                    "that.",
                    date(2026, 11, 10),
                ),
                where="Thessaloniki, Greece",
            ),
            cand(
                "Despina Theodoridou",
                "data_eng",
                2,
                ("Defended my MSc at AUTh on 20 June, so I'm free now.", date(2026, 6, 22)),
                where="Thessaloniki, Greece",
            ),
        ],
        **REMOTE_NL,
    ),
    C(
        "Q1 launch to see through vs the launch that shipped in the summer",
        "backend",
        [
            cand(
                "Edoardo Rinaldi",
                "backend",
                1,
                touches=[
                    ats(
                        date(2026, 11, 11),
                        "cand ok ma vuole chiudere il lancio della nuova app connected car, fine "
                        "Q1. riprendere ad aprile.",
                    )
                ],
                where="Turin, Italy",
            ),
            cand(
                "Federica Monti",
                "backend",
                2,
                touches=[
                    ats(
                        date(2026, 5, 4),
                        "cand vuole chiudere il lancio app connected car a fine giugno, poi ok a "
                        "muoversi.",
                    )
                ],
                where="Turin, Italy",
            ),
        ],
        **TURIN_HYBRID,
    ),
    C(
        "Spanish: 'hasta después de Semana Santa' said this autumn vs said last winter",
        "data_eng",
        [
            cand(
                "Ignacio Peralvárez",
                "data_eng",
                1,
                (
                    "Hasta después de Semana Santa no me planteo cambiar, cierro el proyecto de "
                    "Unicaja.",
                    date(2026, 10, 19),
                ),
                where="Málaga, Spain",
            ),
            cand(
                "Inmaculada Gámez",
                "data_eng",
                2,
                ("Hasta después de Semana Santa no me planteo cambiar.", date(2026, 2, 9)),
                where="Málaga, Spain",
            ),
        ],
        **MALAGA_HYBRID,
    ),
    C(
        "a house move into March vs a house move done",
        "sre",
        [
            cand(
                "Ugo Pellegrini",
                "sre",
                1,
                touches=[
                    wa(
                        date(2026, 11, 13),
                        "rogito a fine febbraio e trasloco a marzo, fino ad allora non riesco a "
                        "pensare a un cambio lavoro",
                    )
                ],
                where="Bologna, Italy",
            ),
            cand(
                "Silvia Bassani",
                "sre",
                2,
                touches=[
                    wa(date(2026, 4, 20), "rogito fatto, trasloco finito ad aprile, ora ci sono")
                ],
                where="Bologna, Italy",
            ),
        ],
        **REMOTE_NL,
    ),
    C(
        "Catalan: 'fins després de Sant Joan' said now vs said in the spring",
        "frontend",
        [
            cand(
                "Arnau Vilaseca",
                "frontend",
                1,
                (
                    "Fins després de Sant Joan no em moc, tinc el projecte de la botiga en línia.",
                    date(2026, 11, 5),
                ),
                where="Barcelona, Spain",
            ),
            cand(
                "Laia Bosch",
                "frontend",
                2,
                ("Fins després de Sant Joan no em moc.", date(2026, 4, 13)),
                where="Barcelona, Spain",
            ),
        ],
        **BCN_HYBRID,
    ),
    C(
        "'in two months' said a fortnight ago vs 'in two months' said in the spring",
        "backend",
        [
            cand(
                "Tiziano Ferrando",
                "backend",
                1,
                touches=[
                    li(14, "Thanks Giulia - not right now, try me again in a couple of months.")
                ],
                where="Milan, Italy",
            ),
            cand(
                "Noemi Caprioli",
                "backend",
                2,
                touches=[
                    li(200, "Thanks Giulia - not right now, try me again in a couple of months.")
                ],
                where="Milan, Italy",
            ),
        ],
        **MILAN_HYBRID,
    ),
    C(
        "a note full of dates that asks for no wait vs a wait to after the Fallas",
        "backend",
        [
            cand(
                "Vicent Llopis",
                "backend",
                1,
                (
                    "Con las Fallas no puedo ni pensar en cambiar: hasta después del 19 de marzo "
                    "nada.",
                    date(2026, 11, 2),
                ),
                where="Valencia, Spain",
            ),
            cand(
                "Empar Sanchis",
                "backend",
                2,
                touches=[
                    rang(
                        12,
                        "Empar: en la empresa desde el 3/3/2021, ascendida el 1/6/2024, "
                        "vacaciones del 10 al 24 de agosto ya hechas. Disponible ya, sin preaviso "
                        "largo (15 días). Quiere hablar cuanto antes.",
                    )
                ],
                where="Valencia, Spain",
            ),
        ],
        **VALENCIA_HYBRID,
    ),
    C(
        "after Ferragosto said in July (over) vs 'after the August shutdown' said this month "
        "about next year",
        "data_eng",
        [
            cand(
                "Gianluca Ferretti",
                "data_eng",
                2,
                (
                    "Ne riparliamo dopo Ferragosto, adesso ho la chiusura del bilancio semestrale.",
                    date(2026, 7, 13),
                ),
                where="Bologna, Italy",
            ),
            cand(
                "Ilaria Campori",
                "data_eng",
                1,
                (
                    "Ho firmato per guidare la migrazione SAP fino allo stop di agosto 2027: fino "
                    "ad allora resto dove sono.",
                    date(2026, 11, 16),
                ),
                where="Bologna, Italy",
            ),
        ],
        **dict(
            remote_policy="hybrid",
            location="Bologna, Italy",
            offers=["Due giorni a settimana in sede a Bologna"],
        ),
    ),
    C(
        "Greek dates that ask no wait vs 'after the holidays' in Greek",
        "sales",
        [
            cand(
                "Ioanna Petridou",
                "sales",
                2,
                touches=[
                    mail(
                        9,
                        "Καλησπέρα, στην εταιρεία είμαι από 1/9/2022, η σύμβαση είναι αορίστου, "
                        "άδεια πήρα 10-20 Αυγούστου. Είμαι διαθέσιμη για συνέντευξη οποιαδήποτε "
                        "μέρα.",
                    )
                ],
                where="Thessaloniki, Greece",
            ),
            cand(
                "Christos Zervas",
                "sales",
                1,
                touches=[
                    mail(
                        date(2026, 11, 17),
                        "Καλησπέρα, μετά τις γιορτές των Χριστουγέννων και του νέου έτους να τα "
                        "πούμε, όχι πριν.",
                    )
                ],
                where="Thessaloniki, Greece",
            ),
        ],
        **dict(
            remote_policy="hybrid",
            location="Thessaloniki, Greece",
            offers=["Two days a week in our Kalamaria office"],
        ),
    ),
]

# --- 3. schedule, travel, visa, contract, commute ----------------------------------------------

SCHEDULE = [
    C(
        "guardias refused vs guardias fine; the role has a weekly on-call rota",
        "sre",
        [
            cand(
                "Rubén Catalán",
                "sre",
                0,
                ("Guardias no, ya hice cinco años de guardias y no vuelvo.", 60),
            ),
            cand(
                "Sonia Valdivieso",
                "sre",
                2,
                ("Las guardias no me importan si se pagan aparte.", 60),
            ),
        ],
        description=(
            "Keep the booking platform up; one week in five on the on-call rota (guardias paid on "
            "top)."
        ),
        **MADRID_HYBRID,
    ),
    C(
        "jornada intensiva wanted; the role offers it vs a person with no wish",
        "frontend",
        [
            cand(
                "Aitana Montesinos",
                "frontend",
                2,
                ("Busco jornada intensiva todo el año, salgo a las 15h por mi hija.", 90),
                where="Valencia, Spain",
            ),
            cand("Joan Ribes", "frontend", 1, where="Valencia, Spain"),
        ],
        offers=[
            "Jornada intensiva all year: 8:00 to 15:00",
            "Two days a week at the Marina office",
        ],
        remote_policy="hybrid",
        location="Valencia, Spain",
    ),
    C(
        "turni anche nel weekend: refused vs not against weekends",
        "cs",
        [
            cand(
                "Loredana Spada",
                "cs",
                0,
                touches=[
                    rang(
                        80,
                        "Loredana: i weekend no, mai. Ha due bambini piccoli e il sabato è sacro.",
                    )
                ],
                where="Rome, Italy",
            ),
            cand(
                "Marcello Fiore",
                "cs",
                2,
                touches=[
                    rang(
                        80,
                        "Marcello: non ha nulla contro i turni nel weekend, anzi preferisce avere "
                        "il lunedì libero.",
                    )
                ],
                where="Rome, Italy",
            ),
        ],
        description=(
            "Premium support for a travel platform: rotating shifts including one weekend in three."
        ),
        **ROME_HYBRID,
    ),
]

TRAVEL = [
    C(
        "no more travel after the last job vs happy to travel; role visits plants monthly",
        "data_eng",
        [
            cand(
                "Simone Gribaudo",
                "data_eng",
                0,
                (
                    "Basta trasferte: nel lavoro attuale sono fuori casa due settimane al mese e "
                    "non lo reggo più.",
                    70,
                ),
                where="Turin, Italy",
            ),
            cand(
                "Elisa Marengo",
                "data_eng",
                2,
                (
                    "Mi piace viaggiare per lavoro, le trasferte negli stabilimenti non mi pesano.",
                    70,
                ),
                where="Turin, Italy",
            ),
        ],
        description=(
            "Data pipelines for our plants; monthly two-day visits to the Melfi and Cassino plants."
        ),
        **TURIN_HYBRID,
    ),
    C(
        "travel refused because of the old job; this role has none",
        "sales",
        [
            cand(
                "Ramón Escudero",
                "sales",
                2,
                touches=[
                    rang(
                        120,
                        "Ramón dejó el proceso con Indra porque el puesto era 60% de viajes por "
                        "LatAm. Quiere algo sin viajes o casi.",
                    )
                ],
            ),
            cand("Paloma Vidal", "sales", 1),
        ],
        description="Inside sales for Spain and Portugal: all deals closed by video, no travel.",
        **MADRID_HYBRID,
    ),
    C(
        "trade fairs wanted vs 'viajar poco'; role goes to Milan Fashion Week and Pitti",
        "sales",
        [
            cand(
                "Bianca Crespi",
                "sales",
                2,
                (
                    "Adoro le fiere: Pitti, Micam, la Fashion Week. Voglio un ruolo con tanti "
                    "viaggi.",
                    100,
                ),
                where="Milan, Italy",
            ),
            cand(
                "Candela Sirvent",
                "sales",
                0,
                ("Quiero viajar poco, como mucho un par de noches al trimestre.", 100),
                where="Milan, Italy",
            ),
        ],
        description=(
            "Wholesale account executive for a luxury leather house: on the road about ten days a "
            "month, Pitti Uomo, Micam and both Fashion Weeks."
        ),
        **MILAN_HYBRID,
    ),
    C(
        "Greek: no overnight trips and the role has none vs remote-only for a hybrid role",
        "backend",
        [
            cand(
                "Giorgos Antoniou",
                "backend",
                2,
                touches=[
                    wa(50, "δεν θέλω διανυκτερεύσεις εκτός Αθήνας, έχω τον πατέρα μου να φροντίζω")
                ],
                where="Athens, Greece",
            ),
            cand(
                "Maria Lazaridou",
                "backend",
                0,
                touches=[wa(50, "ταξίδια κανένα πρόβλημα, αλλά γραφείο όχι: μόνο 100% remote")],
                where="Athens, Greece",
            ),
        ],
        description="Shipping-software backend; no travel at all, the whole team sits in Marousi.",
        **ATHENS_HYBRID,
    ),
    C(
        "travel cap of a few days a quarter vs 40% travel at client sites",
        "cs",
        [
            cand(
                "Olga Samaras",
                "cs",
                0,
                ("Travel at most a few days a quarter - my kids are small.", 40),
                where="Athens, Greece",
            ),
            cand(
                "Alexandros Kyriakou",
                "cs",
                2,
                ("Happy to travel a lot, even half the month.", 40),
                where="Athens, Greece",
            ),
        ],
        description=(
            "Customer success for energy utilities: about 40% of the time on site with clients in "
            "the Balkans and Cyprus."
        ),
        **ATHENS_HYBRID,
    ),
    C(
        "the partner hates travel, not him; role travels monthly",
        "manager",
        [
            cand(
                "Enzo Cattaneo",
                "manager",
                2,
                touches=[
                    rang(
                        75,
                        "Enzo: la moglie detesta quando lui è via, lo dice sempre ridendo, ma lui "
                        "ha detto chiaramente che le trasferte mensili a Parigi per lui vanno "
                        "benissimo.",
                    )
                ],
                where="Milan, Italy",
            ),
            cand(
                "Dario Lombardini",
                "manager",
                0,
                touches=[
                    rang(
                        75, "Dario: nessuna trasferta, punto. Ha rifiutato due offerte per questo."
                    )
                ],
                where="Milan, Italy",
            ),
        ],
        description=(
            "Lead the e-commerce engineering team of a fashion group; two or three days a month "
            "in Paris."
        ),
        **MILAN_HYBRID,
    ),
    C(
        "ATS shorthand: 'viajes NO' vs 'viajes ok'; role visits hotels across the coast",
        "cs",
        [
            cand(
                "Yolanda Carrasco",
                "cs",
                0,
                touches=[ats(66, "cand. viajes NO. solo teletrabajo o Málaga.")],
                where="Málaga, Spain",
            ),
            cand(
                "Nuria Espejo",
                "cs",
                2,
                touches=[ats(66, "cand. viajes ok, tiene coche, conoce la Costa del Sol.")],
                where="Málaga, Spain",
            ),
        ],
        description=(
            "Account management for our hotel clients: weekly visits to hotels from Marbella to "
            "Nerja."
        ),
        **MALAGA_HYBRID,
    ),
    C(
        "no flights (fear of flying) vs train travel fine; role travels by Frecciarossa only",
        "data_eng",
        [
            cand(
                "Lorenzo Bellini",
                "data_eng",
                2,
                ("Non prendo aerei, ma in treno vado ovunque.", 55),
                where="Bologna, Italy",
            ),
            cand("Mirella Gatti", "data_eng", 1, where="Bologna, Italy"),
        ],
        description=(
            "Monthly day trips by Frecciarossa to our Milan and Florence offices; no flights."
        ),
        **dict(
            remote_policy="hybrid",
            location="Bologna, Italy",
            offers=["Due giorni a settimana in sede a Bologna"],
        ),
    ),
    C(
        "travel refused, this role is fully remote with no travel",
        "backend",
        [
            cand(
                "Estela Morcillo",
                "backend",
                2,
                ("No travel please - I did four years of flying to clients every week.", 130),
                where="Valencia, Spain",
            ),
            cand("Héctor Bonet", "backend", 1, where="Valencia, Spain"),
        ],
        description="Remote backend role; the team never travels, not even for offsites.",
        **REMOTE_US,
    ),
    C(
        "long LinkedIn reply, one line on travel; role is 50% travel to car plants",
        "sre",
        [
            cand(
                "Cesare Bertolotti",
                "sre",
                0,
                touches=[
                    li(
                        44,
                        "Ciao Marta, grazie del messaggio. Sto bene in Stellantis, il team è "
                        "ottimo, lo stack è interessante (Kubernetes, Terraform), e mi piacerebbe "
                        "lavorare su Go. Unica cosa: non posso più viaggiare, mio padre sta male. "
                        "Per il resto sentiamoci pure.",
                    )
                ],
                where="Turin, Italy",
            ),
            cand(
                "Vittoria Audisio",
                "sre",
                2,
                touches=[
                    li(
                        44,
                        "Ciao Marta, grazie! Sto bene dove sono ma ascolto volentieri, viaggi "
                        "compresi.",
                    )
                ],
                where="Turin, Italy",
            ),
        ],
        description=(
            "Platform engineer for plant systems: half of the time on site in Melfi, Pomigliano "
            "and Kragujevac."
        ),
        **TURIN_ONSITE,
    ),
]

VISA = [
    C(
        "Argentine needing sponsorship vs EU passport; role cannot sponsor",
        "backend",
        [
            cand(
                "Facundo Aguirre",
                "backend",
                0,
                ("Necesito que la empresa me tramite el visado de trabajo para ir a España.", 45),
                where="Buenos Aires, Argentina",
            ),
            cand(
                "Valentina Orsini",
                "backend",
                2,
                ("Tengo pasaporte italiano, puedo trabajar en la UE sin visado.", 45),
                where="Buenos Aires, Argentina",
            ),
        ],
        description=(
            "We cannot sponsor work permits: candidates must already have the right to work in "
            "Spain."
        ),
        **MADRID_HYBRID,
    ),
    C(
        "Beckham law wanted, role relocates and supports it vs none said",
        "data_eng",
        [
            cand(
                "Oliver Hartmann",
                "data_eng",
                2,
                ("Would move to Spain if the employer sets up the Beckham-law regime for me.", 60),
                where="Munich, Germany",
            ),
            cand("Jonas Feld", "data_eng", 1, where="Munich, Germany"),
        ],
        offers=[
            "Relocation to Barcelona with Beckham-law (régimen de impatriados) filing done for you"
        ],
        remote_policy="hybrid",
        location="Barcelona, Spain",
    ),
    C(
        "UK passport after Brexit needs a permit vs Irish passport",
        "data_eng",
        [
            cand(
                "Callum Reidhaven",
                "data_eng",
                0,
                touches=[
                    ats(
                        95,
                        "UK passport only post-Brexit, would need a work permit for Italy. cand "
                        "asked if client sponsors.",
                    )
                ],
                where="Manchester, UK",
            ),
            cand(
                "Siobhan Farrell",
                "data_eng",
                2,
                touches=[ats(95, "Irish passport - EU citizen, no permit needed for Italy.")],
                where="Manchester, UK",
            ),
        ],
        description="On-site in Milan; the bank does not sponsor non-EU work permits.",
        **MILAN_ONSITE,
    ),
    C(
        "digital-nomad visa holder, remote for a US company fits vs needs a Spanish employer",
        "backend",
        [
            cand(
                "Tyler Brookshollow",
                "backend",
                2,
                (
                    "I'm in Málaga on the Spanish digital-nomad visa: I can only work remotely "
                    "for companies outside Spain.",
                    30,
                ),
                where="Málaga, Spain",
            ),
            cand("Kevin Marsh", "backend", 1, where="Málaga, Spain"),
        ],
        **REMOTE_US,
    ),
    C(
        "digital-nomad visa forbids a Spanish employer; role is a Spanish company on site",
        "backend",
        [
            cand(
                "Jessica Moreno-Hale",
                "backend",
                0,
                (
                    "On the digital-nomad visa - I can't be hired by a Spanish company on a local "
                    "contract.",
                    30,
                ),
                where="Valencia, Spain",
            ),
            cand("Andrés Cuevas", "backend", 2, where="Valencia, Spain"),
        ],
        description="Spanish company, contrato indefinido, office in Valencia.",
        **VALENCIA_ONSITE,
    ),
    C(
        "EU blue card renewal pending vs permanent residence; role cannot wait for paperwork",
        "sre",
        [
            cand(
                "Ravi Menonparambil",
                "sre",
                0,
                touches=[
                    mail(
                        25,
                        "My Carta Blu UE expires in January and the renewal is pending at the "
                        "Questura; I can't change employer until it comes through, which could "
                        "take months.",
                    )
                ],
                where="Milan, Italy",
            ),
            cand(
                "Arjun Pillaivettil",
                "sre",
                2,
                touches=[
                    mail(
                        25,
                        "I hold an EU long-term residence permit now, so no paperwork needed to "
                        "change job.",
                    )
                ],
                where="Milan, Italy",
            ),
        ],
        **MILAN_HYBRID,
    ),
    C(
        "the spouse's visa question, not hers: she is an EU citizen",
        "frontend",
        [
            cand(
                "Katarzyna Nowicka",
                "frontend",
                2,
                touches=[
                    rang(
                        35,
                        "Katarzyna (Polish, EU citizen) asked whether her husband, who is "
                        "Ukrainian, could get a residence permit if she moves to Thessaloniki - "
                        "as her family member he should be fine. She herself needs nothing.",
                    )
                ],
                where="Athens, Greece",
            ),
            cand(
                "Mehmet Yalınçayır",
                "frontend",
                0,
                touches=[
                    rang(
                        35,
                        "Mehmet needs a Greek work permit and sponsorship to move from Istanbul.",
                    )
                ],
                where="Athens, Greece",
            ),
        ],
        description="No visa sponsorship available.",
        **THESS_ONSITE,
    ),
    C(
        "Greek: needs work permit vs Greek citizen; role requires right to work in Greece",
        "sales",
        [
            cand(
                "Aleksandar Petrović",
                "sales",
                0,
                touches=[
                    mail(
                        50,
                        "Χρειάζομαι άδεια εργασίας για την Ελλάδα, μπορεί η εταιρεία να την "
                        "εκδώσει;",
                    )
                ],
                where="Belgrade, Serbia",
            ),
            cand(
                "Sofia Anagnostou",
                "sales",
                2,
                touches=[
                    mail(
                        50,
                        "Είμαι Ελληνίδα πολίτης, μένω στο Βελιγράδι αλλά επιστρέφω στην Αθήνα "
                        "χωρίς πρόβλημα.",
                    )
                ],
                where="Belgrade, Serbia",
            ),
        ],
        description=(
            "Athens-based role; candidates must hold the right to work in Greece (no sponsorship)."
        ),
        **ATHENS_ONSITE,
    ),
    C(
        "sponsorship needed and this role sponsors vs no wish said",
        "data_eng",
        [
            cand(
                "Lakshmi Raghunathan",
                "data_eng",
                2,
                ("Need visa sponsorship to move to Europe - Spain or Italy ideally.", 80),
                where="Bangalore, India",
            ),
            cand("Sunil Varma", "data_eng", 1, where="Bangalore, India"),
        ],
        **with_offers(
            MADRID_ONSITE,
            "We sponsor the highly qualified professional visa and pay relocation to Madrid",
        ),
    ),
    C(
        "Italian citizenship by descent just granted vs still waiting at the consulate",
        "backend",
        [
            cand(
                "Mateo Bianchi Ferreyra",
                "backend",
                2,
                touches=[
                    mail(
                        15,
                        "¡Ya tengo la ciudadanía italiana! Pasaporte en mano desde octubre, puedo "
                        "trabajar en Italia sin permiso.",
                    )
                ],
                where="Córdoba, Argentina",
            ),
            cand(
                "Lautaro Gentile",
                "backend",
                0,
                touches=[
                    mail(
                        15,
                        "Sigo esperando el turno del consulado para la ciudadanía italiana, sin "
                        "fecha. Hasta entonces no tengo permiso para trabajar en Italia.",
                    )
                ],
                where="Córdoba, Argentina",
            ),
        ],
        description="On-site in Rome; right to work in Italy required, we do not sponsor.",
        **ROME_ONSITE,
    ),
]

CONTRACT = [
    C(
        "autónomo refused vs autónomo fine; role is a freelance contract",
        "backend",
        [
            cand(
                "Sergio Cabello",
                "backend",
                0,
                ("Solo contrato indefinido, nada de hacerme autónomo.", 70),
            ),
            cand(
                "Borja Lafuente",
                "backend",
                2,
                ("Me da igual autónomo que por cuenta ajena, factura sin problema.", 70),
            ),
        ],
        title="Backend Engineer (freelance, autónomo)",
        **with_offers(
            MADRID_HYBRID, "12-month freelance contract, invoiced as autónomo, €380 a day"
        ),
    ),
    C(
        "wants a permanent contract; role is tempo indeterminato vs partita IVA fan",
        "data_eng",
        [
            cand(
                "Arianna Loddo",
                "data_eng",
                2,
                ("Cerco un tempo indeterminato con TFR, basta partita IVA.", 50),
                where="Milan, Italy",
            ),
            cand(
                "Pietro Sala",
                "data_eng",
                0,
                ("Resto a partita IVA forfettaria, un dipendente non lo faccio più.", 50),
                where="Milan, Italy",
            ),
        ],
        **with_offers(
            MILAN_HYBRID, "Contratto a tempo indeterminato, CCNL Commercio, TFR, 14 mensilità"
        ),
    ),
    C(
        "fixed-term refused vs fixed-term fine; role is a 12-month maternity cover",
        "cs",
        [
            cand(
                "Evangelia Spanou",
                "cs",
                0,
                touches=[
                    rang(
                        40,
                        "Evangelia: only permanent (αορίστου). Won't take a fixed-term contract "
                        "again.",
                    )
                ],
                where="Athens, Greece",
            ),
            cand(
                "Niki Papadaki",
                "cs",
                2,
                touches=[
                    rang(
                        40,
                        "Niki: fine with a fixed-term contract, even a cover, she likes short "
                        "projects.",
                    )
                ],
                where="Athens, Greece",
            ),
        ],
        title="Customer Success Manager (12-month fixed term, maternity cover)",
        **ATHENS_HYBRID,
    ),
    C(
        "part-time wanted; role is full time vs no wish",
        "frontend",
        [
            cand(
                "Anna Soler",
                "frontend",
                0,
                ("Només a mitja jornada, 20 hores a la setmana com a màxim.", 60),
                where="Barcelona, Spain",
            ),
            cand("Marc Prats", "frontend", 2, where="Barcelona, Spain"),
        ],
        description="Full-time role, 40 hours a week.",
        **BCN_HYBRID,
    ),
]

COMMUTE = [
    C(
        "AVE Valencia-Madrid twice a week fine vs won't commute from Valencia",
        "backend",
        [
            cand(
                "Javier Soriano",
                "backend",
                2,
                ("Vivo en Valencia; ir a Madrid dos días a la semana en AVE me parece bien.", 60),
                where="Valencia, Spain",
            ),
            cand(
                "Xavier Climent",
                "backend",
                0,
                ("Desde Valencia no pienso ir a Madrid ni un día, ni en AVE.", 60),
                where="Valencia, Spain",
            ),
        ],
        **MADRID_HYBRID,
    ),
    C(
        "Frecciarossa Bologna-Milano daily is too much vs fine with it; role is on site five days",
        "data_eng",
        [
            cand(
                "Riccardo Manfredi",
                "data_eng",
                0,
                (
                    "Pendolare Bologna-Milano tutti i giorni col Frecciarossa? No, l'ho fatto due "
                    "anni e basta.",
                    45,
                ),
                where="Bologna, Italy",
            ),
            cand(
                "Giada Tinti",
                "data_eng",
                2,
                (
                    "Il Frecciarossa per Milano è un'ora, lo prendo volentieri anche ogni giorno.",
                    45,
                ),
                where="Bologna, Italy",
            ),
        ],
        **MILAN_ONSITE,
    ),
    C(
        "Rodalies R2 from Granollers is ok vs 'no more Rodalies'; office in 22@",
        "frontend",
        [
            cand(
                "Oriol Ferrer",
                "frontend",
                2,
                ("L'R2 fins a Barcelona em va bé, 40 minuts i treballo al tren.", 50),
                where="Granollers, Spain",
            ),
            cand(
                "Ester Vilanova",
                "frontend",
                0,
                (
                    "Prou Rodalies: amb les avaries de cada setmana, no vull anar a Barcelona "
                    "cada dia.",
                    50,
                ),
                where="Granollers, Spain",
            ),
        ],
        **BCN_ONSITE,
    ),
    C(
        "the Rio-Antirrio bridge from Patras daily vs lives in Athens",
        "sre",
        [
            cand(
                "Kostas Fragkos",
                "sre",
                0,
                ("I won't do the drive to Athens every day - over three hours each way.", 30),
                where="Patras, Greece",
            ),
            cand("Athina Sotiriou", "sre", 2, where="Athens, Greece"),
        ],
        **ATHENS_ONSITE,
    ),
    C(
        "30 minutes max commute vs an hour is fine; office is an hour from her town",
        "cs",
        [
            cand(
                "Concetta Russo",
                "cs",
                0,
                touches=[
                    wa(60, "max mezz'ora di tragitto, con la Circumvesuviana non ce la faccio più")
                ],
                where="Torre del Greco, Italy",
            ),
            cand(
                "Annalisa Cuomo",
                "cs",
                2,
                touches=[wa(60, "anche un'ora di viaggio va bene, in treno leggo")],
                where="Torre del Greco, Italy",
            ),
        ],
        description="Customer success for a travel platform; the office is in Rome, every day.",
        **ROME_ONSITE,
    ),
    C(
        "from Sabadell, 'no more than 45 minutes' and the office is 35 away vs says nothing",
        "backend",
        [
            cand(
                "Núria Sallent",
                "backend",
                2,
                ("Fins a 45 minuts de trajecte, no més.", 70),
                where="Sabadell, Spain",
            ),
            cand("Gerard Roca", "backend", 1, where="Sabadell, Spain"),
        ],
        description="Office by Sants station, 35 minutes from Sabadell on the R4.",
        **BCN_HYBRID,
    ),
    C(
        "no car and the office is out of town vs drives",
        "data_eng",
        [
            cand(
                "Bruno Chiesa",
                "data_eng",
                0,
                touches=[
                    ats(
                        85,
                        "cand senza patente, solo mezzi pubblici. Mirafiori ok, fuori Torino no.",
                    )
                ],
                where="Turin, Italy",
            ),
            cand(
                "Lisa Ferrero",
                "data_eng",
                2,
                touches=[ats(85, "cand automunita, nessun problema di spostamento.")],
                where="Turin, Italy",
            ),
        ],
        description="Plant data engineer at the Verrone site (Biella), reachable only by car.",
        remote_policy="onsite",
        location="Verrone, Italy",
    ),
    C(
        "Thessaloniki to Athens weekly by plane is fine vs refuses the commute",
        "manager",
        [
            cand(
                "Leonidas Tsolakis",
                "manager",
                2,
                ("Happy to fly Thessaloniki-Athens every Monday and back on Wednesday.", 40),
                where="Thessaloniki, Greece",
            ),
            cand(
                "Pavlos Chatzis",
                "manager",
                0,
                (
                    "Not commuting to Athens weekly - my family is in Thessaloniki and that's "
                    "that.",
                    40,
                ),
                where="Thessaloniki, Greece",
            ),
        ],
        description="Lead a team of seven in Athens, three days a week in the office.",
        remote_policy="hybrid",
        location="Athens, Greece",
    ),
    C(
        "Málaga-Sevilla every day refused vs lives in Sevilla",
        "sales",
        [
            cand(
                "Manuel Rando",
                "sales",
                0,
                touches=[
                    rang(
                        50, "Manuel: no va a hacer Málaga-Sevilla a diario, ni en coche ni en tren."
                    )
                ],
                where="Málaga, Spain",
            ),
            cand("Reyes Almonte", "sales", 2, where="Seville, Spain"),
        ],
        **dict(remote_policy="onsite", location="Seville, Spain"),
    ),
    C(
        "the commute objection was about the old office; new office is by her house",
        "frontend",
        [
            cand(
                "Mercedes Luque",
                "frontend",
                2,
                apps=[
                    withdrew(
                        180,
                        "location",
                        "No quería hacer Madrid-Tres Cantos cada día, hora y media en bus",
                        past=dict(remote_policy="onsite", location="Tres Cantos, Spain"),
                        role="Frontend Engineer",
                    )
                ],
                where="Madrid, Spain",
            ),
            cand("Sandra Quintero", "frontend", 1, where="Madrid, Spain"),
        ],
        description="Office in Chamberí, five minutes from Iglesia metro.",
        **MADRID_HYBRID,
    ),
]

# --- 4. pay against the band ------------------------------------------------------------------

PAY = [
    C(
        "RAL floor of 60k inside a 55-65k band vs a floor of 80k",
        "backend",
        [
            cand(
                "Davide Orlandi",
                "backend",
                2,
                ("Sotto i 60k di RAL non mi muovo.", 50),
                where="Milan, Italy",
            ),
            cand(
                "Stefano Mazza",
                "backend",
                0,
                ("Per cambiare voglio almeno 80k di RAL.", 50),
                where="Milan, Italy",
            ),
        ],
        salary_min=55_000,
        salary_max=65_000,
        currency="EUR",
        **MILAN_HYBRID,
    ),
    C(
        "a monthly net ask that fits 14 pagas vs one that does not",
        "data_eng",
        [
            cand(
                "Raquel Tornero",
                "data_eng",
                2,
                touches=[
                    rang(
                        40,
                        "Raquel pide unos 2.900 netos al mes en 14 pagas, que son unos 52k brutos.",
                    )
                ],
            ),
            cand(
                "Patricia Lozano",
                "data_eng",
                0,
                touches=[
                    rang(
                        40,
                        "Patricia pide 5.500 netos al mes en 12 pagas, unos 95k brutos. No baja.",
                    )
                ],
            ),
        ],
        salary_min=48_000,
        salary_max=56_000,
        currency="EUR",
        **with_offers(MADRID_HYBRID, "Salario en 14 pagas"),
    ),
    C(
        "current pay above the band but an ask inside it vs an ask well above",
        "sre",
        [
            cand(
                "Apostolos Ntinas",
                "sre",
                2,
                (
                    "I earn €62k now but I'd take €55k for a fully remote role with a Dutch "
                    "company.",
                    30,
                ),
                where="Athens, Greece",
            ),
            cand(
                "Markos Zafeiriou",
                "sre",
                0,
                ("Minimum €85k, not negotiable.", 30),
                where="Athens, Greece",
            ),
        ],
        salary_min=50_000,
        salary_max=60_000,
        currency="EUR",
        **REMOTE_NL,
    ),
    C(
        "a dollar ask within a US company's band vs a pound ask far above",
        "backend",
        [
            cand(
                "Adrián Peral",
                "backend",
                2,
                ("Looking for around $90k a year from a US company.", 20),
                where="Málaga, Spain",
            ),
            cand(
                "Hugh Pennington",
                "backend",
                0,
                ("Won't go under £130k.", 20),
                where="Málaga, Spain",
            ),
        ],
        salary_min=80_000,
        salary_max=100_000,
        currency="USD",
        **REMOTE_US,
    ),
    C(
        "a day rate on partita IVA inside the rate vs a day rate twice it",
        "data_eng",
        [
            cand(
                "Tommaso Guidi",
                "data_eng",
                2,
                touches=[ats(60, "cand p.iva, tariffa 350€/gg, trattabile.")],
                where="Bologna, Italy",
            ),
            cand(
                "Manuela Serra",
                "data_eng",
                0,
                touches=[ats(60, "cand p.iva, tariffa minima 700€/gg, non scende.")],
                where="Bologna, Italy",
            ),
        ],
        title="Data Engineer (partita IVA, 12 mesi)",
        offers=["Tariffa giornaliera fino a 380€", "Due giorni a settimana in sede a Bologna"],
        remote_policy="hybrid",
        location="Bologna, Italy",
    ),
]

# --- 5. work mode in the title, the description, hybrid days; negation and scope --------------

WORK_MODE = [
    C(
        "remote only in the title; remote seeker vs office lover",
        "backend",
        [
            cand(
                "Alba Riquelme",
                "backend",
                2,
                ("100% remoto, desde Granada no me muevo.", 60),
                where="Granada, Spain",
            ),
            cand(
                "Telmo Arrieta",
                "backend",
                0,
                ("Quiero volver a una oficina todos los días, en remoto me siento solo.", 60),
                where="Granada, Spain",
            ),
        ],
        title="Senior Backend Engineer (100% remoto)",
        location="Spain",
    ),
    C(
        "remote only in the description; an Italian 'solo full remote' vs 'voglio un ufficio'",
        "frontend",
        [
            cand(
                "Camilla Fabbri",
                "frontend",
                2,
                ("Solo full remote, non mi trasferisco.", 45),
                where="Pescara, Italy",
            ),
            cand(
                "Alessio Rota",
                "frontend",
                0,
                ("Voglio un ufficio vero con i colleghi, il remoto non fa per me.", 45),
                where="Pescara, Italy",
            ),
        ],
        description="The team is fully remote across Italy; we meet twice a year in Bologna.",
        location="Italy",
    ),
    C(
        "three office days asked, at most two wanted vs fine with three",
        "data_eng",
        [
            cand(
                "Clara Montaner",
                "data_eng",
                0,
                ("Màxim dos dies a l'oficina, tres ja no.", 40),
                where="Barcelona, Spain",
            ),
            cand(
                "Roger Pujol",
                "data_eng",
                2,
                ("Tres dies a l'oficina em sembla perfecte.", 40),
                where="Barcelona, Spain",
            ),
        ],
        **BCN_HYBRID,
    ),
]

NEGATIONS = [
    C(
        "negation: 'not against the office' vs 'not the office, ever'; on-site role",
        "sales",
        [
            cand(
                "Gabriele Longo",
                "sales",
                2,
                touches=[
                    rang(
                        55,
                        "Gabriele non è contrario all'ufficio tutti i giorni, anzi gli manca il "
                        "contatto.",
                    )
                ],
                where="Rome, Italy",
            ),
            cand(
                "Fabrizio Pace",
                "sales",
                0,
                touches=[rang(55, "Fabrizio: l'ufficio no, mai più, solo da remoto.")],
                where="Rome, Italy",
            ),
        ],
        **ROME_ONSITE,
    ),
    C(
        "scope: 'not remote-only, hybrid is perfect' vs 'remote only'; hybrid role",
        "backend",
        [
            cand(
                "Elena Karamanli",
                "backend",
                2,
                ("I'm not remote-only - hybrid with two office days is perfect for me.", 30),
                where="Athens, Greece",
            ),
            cand(
                "Yannis Koutsos",
                "backend",
                0,
                ("Remote only. I moved to Naxos.", 30),
                where="Athens, Greece",
            ),
        ],
        **ATHENS_HYBRID,
    ),
    C(
        "scope: 'the money wasn't the problem, the office days were' against a remote role",
        "cs",
        [
            cand(
                "Julia Bravo",
                "cs",
                2,
                touches=[
                    rang(
                        100,
                        "Julia: no fue el dinero, fueron los cuatro días de oficina. Quiere "
                        "remoto.",
                    )
                ],
            ),
            cand(
                "Isabel Pinto",
                "cs",
                0,
                touches=[
                    rang(
                        100,
                        "Isabel: no fueron los días de oficina, fue el dinero - pide 70k mínimo.",
                    )
                ],
            ),
        ],
        salary_min=45_000,
        salary_max=52_000,
        currency="EUR",
        **dict(remote_policy="remote", location="Remote (Spain)"),
    ),
]

# --- 6. location and relocation, level, stage and size, industry and mission, technology ------

LOCATIONS = [
    C(
        "moving back home to Sevilla vs staying in London; role in Seville",
        "backend",
        [
            cand(
                "Lorena Mairena",
                "backend",
                2,
                ("Me vuelvo a Sevilla en primavera, busco algo allí.", 40),
                where="London, UK",
            ),
            cand(
                "Harriet Colethorne",
                "backend",
                0,
                ("Not relocating anywhere, London is home.", 40),
                where="London, UK",
            ),
        ],
        remote_policy="onsite",
        location="Seville, Spain",
    ),
    C(
        "would relocate to Milan vs only Rome; Milan role",
        "data_eng",
        [
            cand(
                "Nicola Saba",
                "data_eng",
                2,
                ("Disposto a trasferirmi a Milano senza problemi.", 60),
                where="Cagliari, Italy",
            ),
            cand(
                "Giorgia Melis",
                "data_eng",
                0,
                ("Mi trasferisco solo a Roma, altrove no.", 60),
                where="Cagliari, Italy",
            ),
        ],
        **MILAN_ONSITE,
    ),
    C(
        "the boyfriend's move to Madrid is not hers: she stays in Bilbao",
        "frontend",
        [
            cand(
                "Ane Zubizarreta",
                "frontend",
                0,
                touches=[
                    rang(
                        30,
                        "Ane: su novio se muda a Madrid por trabajo pero ella se queda en Bilbao, "
                        "no piensa trasladarse.",
                    )
                ],
                where="Bilbao, Spain",
            ),
            cand(
                "Leire Etxeberria",
                "frontend",
                2,
                touches=[rang(30, "Leire se muda a Madrid en enero, ya tiene piso en Lavapiés.")],
                where="Bilbao, Spain",
            ),
        ],
        **MADRID_ONSITE,
    ),
]

LEVEL = [
    C(
        "wants to manage vs wants to stay hands-on; manager role",
        "manager",
        [
            cand(
                "Ricardo Velasco", "manager", 2, ("Quiero dar el salto a gestionar un equipo.", 60)
            ),
            cand(
                "Mikel Aranguren",
                "manager",
                0,
                ("Nada de gestionar personas, quiero seguir programando.", 60),
            ),
        ],
        **MADRID_HYBRID,
    ),
    C(
        "burnt out on managing wants IC vs wants to lead; senior IC role",
        "backend",
        [
            cand(
                "Marina Giannakou",
                "backend",
                2,
                touches=[
                    mail(
                        50,
                        "After three years as team lead I want to go back to writing code. No "
                        "direct reports please.",
                    )
                ],
                where="Athens, Greece",
            ),
            cand(
                "Spyros Lekkas",
                "backend",
                1,
                touches=[mail(50, "I'm looking for a people-lead role now, not another IC job.")],
                where="Athens, Greece",
            ),
        ],
        description="Senior individual contributor, no direct reports.",
        **ATHENS_HYBRID,
    ),
    C(
        "Italian: 'non voglio più fare il capo' vs 'voglio crescere come responsabile'; manager "
        "role",
        "manager",
        [
            cand(
                "Paolo Negri",
                "manager",
                0,
                ("Non voglio più fare il capo, torno tecnico.", 70),
                where="Turin, Italy",
            ),
            cand(
                "Sara Bruno",
                "manager",
                2,
                ("Voglio crescere come responsabile di un team.", 70),
                where="Turin, Italy",
            ),
        ],
        **TURIN_HYBRID,
    ),
]

STAGE_SIZE = [
    C(
        "wants a big stable company vs wants a startup; 40,000-people bank",
        "data_eng",
        [
            cand(
                "Raúl Cordero",
                "data_eng",
                2,
                ("Después de dos startups que cerraron, quiero una empresa grande y estable.", 50),
            ),
            cand(
                "Bruno Gaspar",
                "data_eng",
                0,
                ("Solo startups early stage, en una corporación me muero.", 50),
            ),
        ],
        description="Data platform for a bank with 40,000 employees and 160 years of history.",
        **MADRID_HYBRID,
    ),
    C(
        "wants early stage vs wants a corporate; seed-stage startup",
        "backend",
        [
            cand(
                "Filippo Arduini",
                "backend",
                2,
                ("Voglio una startup appena finanziata, dove si costruisce da zero.", 40),
                where="Milan, Italy",
            ),
            cand(
                "Cristina Pagani",
                "backend",
                0,
                ("Solo grandi aziende strutturate, niente startup.", 40),
                where="Milan, Italy",
            ),
        ],
        **with_offers(MILAN_HYBRID, "Seed-stage startup, 9 people, just raised €3M"),
    ),
    C(
        "Greek: small company wanted vs 'μεγάλη εταιρεία'; 20-people scale-up",
        "frontend",
        [
            cand(
                "Thanos Georgiou",
                "frontend",
                2,
                touches=[wa(30, "θέλω μικρή ομάδα, μέχρι 30 άτομα")],
                where="Athens, Greece",
            ),
            cand(
                "Irini Makri",
                "frontend",
                0,
                touches=[wa(30, "μόνο μεγάλη εταιρεία, με σταθερότητα, όχι startup")],
                where="Athens, Greece",
            ),
        ],
        **with_offers(ATHENS_HYBRID, "A 20-person scale-up"),
    ),
]

MISSION = [
    C(
        "refuses defence vs no objection; the client is a defence contractor",
        "backend",
        [
            cand(
                "Pilar Oyarzun", "backend", 0, ("Nada de defensa ni armamento, por principios.", 80)
            ),
            cand("Diego Sainz", "backend", 2, ("No tengo problema con el sector defensa.", 80)),
        ],
        description="Software for a defence and aerospace contractor (radar and missile systems).",
        **MADRID_ONSITE,
    ),
    C(
        "refuses gambling vs wants sports data; an online betting operator",
        "data_eng",
        [
            cand(
                "Manolis Vrettos",
                "data_eng",
                0,
                touches=[
                    rang(
                        45,
                        "Manolis will not work for betting or casino companies - his brother had "
                        "a gambling problem.",
                    )
                ],
                where="Athens, Greece",
            ),
            cand(
                "Stella Pappa",
                "data_eng",
                2,
                touches=[
                    rang(45, "Stella loves sports data and doesn't mind betting companies at all.")
                ],
                where="Athens, Greece",
            ),
        ],
        description="Data platform for an online sports betting and casino operator.",
        **ATHENS_HYBRID,
    ),
    C(
        "refuses fast fashion but luxury is fine; a luxury house",
        "frontend",
        [
            cand(
                "Agnese Valli",
                "frontend",
                2,
                ("Fast fashion no, per etica. Il lusso artigianale invece mi piace molto.", 60),
                where="Milan, Italy",
            ),
            cand(
                "Martina Fumagalli",
                "frontend",
                0,
                ("Non lavoro nella moda, di nessun tipo, né lusso né fast fashion.", 60),
                where="Milan, Italy",
            ),
        ],
        description=(
            "E-commerce for an Italian luxury leather-goods house, made by hand in Tuscany."
        ),
        **MILAN_HYBRID,
    ),
    C(
        "refuses fast fashion; the client is a fast-fashion group",
        "backend",
        [
            cand(
                "Uxue Lertxundi",
                "backend",
                0,
                ("No trabajaría nunca para fast fashion.", 50),
                where="A Coruña, Spain",
            ),
            cand("Brais Castiñeira", "backend", 2, where="A Coruña, Spain"),
        ],
        description=(
            "Backend for the online store of a global fast-fashion group with 6,000 stores."
        ),
        remote_policy="hybrid",
        location="A Coruña, Spain",
    ),
    C(
        "wants renewables, the role is in a solar developer vs wants oil and gas",
        "data_eng",
        [
            cand(
                "Ilias Konstantinou",
                "data_eng",
                2,
                ("I want my work to speed up the energy transition - renewables ideally.", 70),
                where="Athens, Greece",
            ),
            cand(
                "Nektarios Bouras",
                "data_eng",
                1,
                ("Want to stay in oil and gas, the refining side.", 70),
                where="Athens, Greece",
            ),
        ],
        description=(
            "Forecasting and trading data for a solar and wind developer in Greece and Italy."
        ),
        **ATHENS_HYBRID,
    ),
    C(
        "refuses oil and gas; the role is at a refinery group vs no objection",
        "sre",
        [
            cand(
                "Dafni Stamatiou",
                "sre",
                0,
                touches=[li(60, "Thanks, but I won't work in oil and gas, whatever the role.")],
                where="Thessaloniki, Greece",
            ),
            cand(
                "Angelos Kefalas",
                "sre",
                2,
                touches=[li(60, "Sounds interesting, the energy sector is fine by me.")],
                where="Thessaloniki, Greece",
            ),
        ],
        description="Platform team of an oil refining and fuel retail group.",
        **THESS_ONSITE,
    ),
    C(
        "refuses tobacco vs no objection",
        "sales",
        [
            cand(
                "Chiara Lupi",
                "sales",
                0,
                ("Tabacco no, mai. Ho perso mio padre per un tumore ai polmoni.", 90),
                where="Bologna, Italy",
            ),
            cand("Vanessa Righi", "sales", 2, where="Bologna, Italy"),
        ],
        description="Key account role at a tobacco and heated-products manufacturer near Bologna.",
        **BOLOGNA_ONSITE,
    ),
    C(
        "wants tourism and travel vs wants out of tourism; a hotel-tech scale-up",
        "backend",
        [
            cand(
                "Marcos Trujillo",
                "backend",
                2,
                ("Me encanta el sector turismo, quiero seguir en travel tech.", 40),
                where="Málaga, Spain",
            ),
            cand(
                "Ángela Navas",
                "backend",
                0,
                ("Quiero salir del turismo, diez años de temporadas es suficiente.", 40),
                where="Málaga, Spain",
            ),
        ],
        description="Booking engine for 1,200 hotels across the Mediterranean.",
        **MALAGA_HYBRID,
    ),
    C(
        "wants automotive and EVs vs refuses cars; an EV maker",
        "data_eng",
        [
            cand(
                "Mattia Cravero",
                "data_eng",
                2,
                ("Sogno di lavorare sull'auto elettrica.", 60),
                where="Turin, Italy",
            ),
            cand(
                "Fabio Gallo",
                "data_eng",
                0,
                ("Il settore automotive non mi interessa più, basta auto.", 60),
                where="Turin, Italy",
            ),
        ],
        description="Battery-health models for an electric-vehicle maker.",
        **TURIN_HYBRID,
    ),
    C(
        "refuses banking as a sector vs wants fintech; a retail bank",
        "data_eng",
        [
            cand(
                "Ainhoa Berasategi",
                "data_eng",
                0,
                touches=[
                    mail(
                        30,
                        "Lo siento, pero los bancos no. Después de ver cómo trataban a mis padres "
                        "con la hipoteca, no trabajo para la banca.",
                    )
                ],
                where="Bilbao, Spain",
            ),
            cand(
                "Txema Olano",
                "data_eng",
                2,
                touches=[mail(30, "Banca o fintech, me interesan ambas.")],
                where="Bilbao, Spain",
            ),
        ],
        description="Analytics for a Spanish retail bank.",
        **MADRID_HYBRID,
    ),
]

TECH = [
    C(
        "wants Go vs refuses Go; Go platform role",
        "sre",
        [
            cand(
                "Héctor Llorente",
                "sre",
                2,
                ("Quiero trabajar con Go en producción.", 40),
                where="Valencia, Spain",
            ),
            cand(
                "Adela Roig",
                "sre",
                0,
                ("Go no me gusta nada, solo Python.", 40),
                where="Valencia, Spain",
            ),
        ],
        **VALENCIA_HYBRID,
    ),
    C(
        "refuses SAP vs wants modern cloud; an SAP migration",
        "data_eng",
        [
            cand("Giacomo Sartori", "data_eng", 0, ("Mai più SAP.", 50), where="Milan, Italy"),
            cand(
                "Elisabetta Conti",
                "data_eng",
                2,
                ("SAP o cloud, mi va bene tutto.", 50),
                where="Milan, Italy",
            ),
        ],
        description=(
            "Move the finance data of a fashion group from SAP BW to Snowflake; SAP knowledge "
            "used daily."
        ),
        **MILAN_HYBRID,
    ),
    C(
        "Greek: wants Kubernetes vs tired of Kubernetes",
        "sre",
        [
            cand(
                "Michalis Papas",
                "sre",
                2,
                touches=[wa(30, "θέλω να δουλέψω με Kubernetes και Terraform")],
                where="Athens, Greece",
            ),
            cand(
                "Zoi Andreou",
                "sre",
                0,
                touches=[wa(30, "αρκετά με το Kubernetes, θέλω κάτι χωρίς containers")],
                where="Athens, Greece",
            ),
        ],
        **ATHENS_HYBRID,
    ),
]

# --- 7. last time's reason resolved or still standing; history; the latest process ------------

LAST_TIME = [
    C(
        "declined over RAL; the new band is higher vs the new band is no higher (both asked 62k)",
        "backend",
        [
            cand(
                "Lapo Guicciardini",
                "backend",
                2,
                apps=[
                    declined(
                        250,
                        "compensation",
                        "Chiedeva 62k di RAL, budget massimo 55k",
                        past=PAST_MILAN_ONSITE,
                    )
                ],
                where="Milan, Italy",
            ),
            cand("Nadia Ferri", "backend", 1, where="Milan, Italy"),
        ],
        salary_min=60_000,
        salary_max=68_000,
        currency="EUR",
        **MILAN_HYBRID,
    ),
    C(
        "declined over pay and the band is still the same",
        "backend",
        [
            cand(
                "Ettore Valsecchi",
                "backend",
                0,
                apps=[
                    declined(
                        150,
                        "compensation",
                        "Voleva 70k, budget 55k. Distanza incolmabile.",
                        past=PAST_MILAN_ONSITE,
                    )
                ],
                where="Milan, Italy",
            ),
            cand("Rebecca Motta", "backend", 2, where="Milan, Italy"),
        ],
        salary_min=50_000,
        salary_max=55_000,
        currency="EUR",
        **MILAN_ONSITE,
    ),
    C(
        "withdrew over five office days; this role is remote",
        "data_eng",
        [
            cand(
                "Mario Calvo",
                "data_eng",
                2,
                apps=[
                    withdrew(
                        200,
                        "remote_policy",
                        "Cinco días en la oficina de Madrid era inviable desde Zaragoza",
                        past=PAST_MADRID_ONSITE,
                        role="Data Engineer",
                    )
                ],
                where="Zaragoza, Spain",
            ),
            cand("Teresa Lahoz", "data_eng", 1, where="Zaragoza, Spain"),
        ],
        **dict(remote_policy="remote", location="Remote (Spain)"),
    ),
    C(
        "withdrew over five office days; this role is on site again",
        "data_eng",
        [
            cand(
                "Eduardo Sanz",
                "data_eng",
                0,
                apps=[
                    withdrew(
                        120,
                        "remote_policy",
                        "No puede ir 5 días a la oficina de Madrid",
                        past=PAST_MADRID_ONSITE,
                        role="Data Engineer",
                    )
                ],
                where="Zaragoza, Spain",
            ),
            cand("Laura Gimeno", "data_eng", 2, where="Madrid, Spain"),
        ],
        **MADRID_ONSITE,
    ),
    C(
        "turned down over travel to plants; this role has no travel",
        "sre",
        [
            cand(
                "Walter Bosco",
                "sre",
                2,
                apps=[
                    declined(
                        220,
                        "other",
                        "Troppe trasferte negli stabilimenti, 3 settimane al mese",
                        role="Platform Engineer",
                    )
                ],
                where="Turin, Italy",
            ),
            cand("Giulio Ferraris", "sre", 1, where="Turin, Italy"),
        ],
        description="Platform work from the Turin office only; no travel.",
        **TURIN_HYBRID,
    ),
    C(
        "turned down over travel; this role is 50% travel again",
        "sre",
        [
            cand(
                "Renato Alciati",
                "sre",
                0,
                apps=[
                    declined(
                        160,
                        "other",
                        "Rifiutata per le trasferte: non vuole stare fuori casa più di qualche "
                        "giorno al mese",
                        role="Platform Engineer",
                    )
                ],
                where="Turin, Italy",
            ),
            cand("Luisa Bertone", "sre", 2, where="Turin, Italy"),
        ],
        description="Half of the time on site in the Melfi and Kragujevac plants.",
        **TURIN_ONSITE,
    ),
    C(
        "lost out because the client could not sponsor; she now has an EU blue card",
        "data_eng",
        [
            cand(
                "Ananya Krishnavarma",
                "data_eng",
                2,
                apps=[
                    app(
                        300,
                        "final",
                        "rejected",
                        "other",
                        "Cliente non sponsorizza il permesso di lavoro",
                        role="ML Engineer",
                    )
                ],
                touches=[
                    mail(
                        60,
                        "Good news: I got my EU Blue Card through my current employer, and I'm "
                        "now free to change job in Italy.",
                    )
                ],
                where="Milan, Italy",
            ),
            cand(
                "Deepak Rao",
                "data_eng",
                0,
                apps=[
                    app(
                        100,
                        "final",
                        "rejected",
                        "other",
                        "Cliente non sponsorizza il permesso di lavoro",
                        role="ML Engineer",
                    )
                ],
                where="Milan, Italy",
            ),
        ],
        description="No sponsorship available.",
        **MILAN_HYBRID,
    ),
    C(
        "declined because autónomo; this role is indefinido vs declined it as indefinido (wants "
        "autónomo)",
        "backend",
        [
            cand(
                "Jaime Portillo",
                "backend",
                2,
                apps=[
                    declined(
                        180,
                        "other",
                        "Rechaza la oferta: era como autónomo y quiere contrato indefinido",
                    )
                ],
                where="Valencia, Spain",
            ),
            cand(
                "Samuel Ortuño",
                "backend",
                0,
                apps=[
                    declined(
                        180,
                        "other",
                        "Rechaza la oferta: contrato indefinido y él solo quiere facturar como "
                        "autónomo",
                    )
                ],
                where="Valencia, Spain",
            ),
        ],
        **with_offers(VALENCIA_HYBRID, "Contrato indefinido desde el primer día"),
    ),
    C(
        "Greek: left over the Athens move; role is now in Thessaloniki where he lives",
        "backend",
        [
            cand(
                "Sotiris Alexiou",
                "backend",
                2,
                apps=[
                    withdrew(
                        210,
                        "location",
                        "Δεν ήθελε μετακόμιση στην Αθήνα",
                        past=dict(remote_policy="onsite", location="Athens, Greece"),
                    )
                ],
                where="Thessaloniki, Greece",
            ),
            cand("Fotini Karagianni", "backend", 1, where="Thessaloniki, Greece"),
        ],
        **THESS_ONSITE,
    ),
]

HISTORY = [
    C(
        "rejected for weak English two years ago, now C1 vs rejected for it last month",
        "cs",
        [
            cand(
                "Inés Zamorano",
                "cs",
                2,
                apps=[
                    app(
                        700,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "Inglés insuficiente para clientes UK",
                    )
                ],
                touches=[
                    mail(
                        90,
                        "Os cuento que he sacado el C1 de Cambridge y llevo un año con clientes "
                        "británicos.",
                    )
                ],
            ),
            cand(
                "Fernando Bellido",
                "cs",
                0,
                apps=[
                    app(
                        30,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "Inglés insuficiente para clientes UK",
                    )
                ],
            ),
        ],
        description="Customer success for UK and Irish hotel groups; English daily.",
        **MADRID_HYBRID,
    ),
    C(
        "no-show at the interview vs a clean final round",
        "frontend",
        [
            cand(
                "Tommaso Bigi",
                "frontend",
                0,
                apps=[
                    app(
                        90,
                        "interview",
                        "rejected",
                        "no_show",
                        "Non si è presentato al colloquio, nessun avviso",
                        role="Frontend Engineer",
                    )
                ],
                where="Bologna, Italy",
            ),
            cand(
                "Veronica Sgarbi",
                "frontend",
                2,
                apps=[final_loss(90, role="Frontend Engineer")],
                where="Bologna, Italy",
            ),
        ],
        **dict(
            remote_policy="hybrid",
            location="Bologna, Italy",
            offers=["Due giorni a settimana in sede"],
        ),
    ),
]

PROCESS = [
    C(
        "final round with a 4.6 vs CV never sent to the client",
        "data_eng",
        [
            cand(
                "Victoria Ledesma",
                "data_eng",
                2,
                apps=[
                    final_loss(
                        200,
                        "Perdió en la final contra una persona con más banca",
                        role="Data Engineer",
                    )
                ],
            ),
            cand(
                "Gema Plaza",
                "data_eng",
                1,
                apps=[
                    app(
                        200,
                        "applied",
                        "rejected",
                        "other",
                        "CV no presentado, el cliente cerró antes",
                        role="Data Engineer",
                    )
                ],
            ),
        ],
        **MADRID_HYBRID,
    ),
    C(
        "the latest process counts: an old no-show, then a strong final round this year",
        "backend",
        [
            cand(
                "Kyriakos Nikolaidis",
                "backend",
                2,
                apps=[
                    app(700, "interview", "rejected", "no_show", "Did not show up"),
                    final_loss(120, "Very strong, lost to an internal candidate"),
                ],
                where="Athens, Greece",
            ),
            cand(
                "Evgenia Louka",
                "backend",
                1,
                apps=[
                    app(120, "interview", "rejected", "other_candidate", "OK but not outstanding")
                ],
                where="Athens, Greece",
            ),
        ],
        **ATHENS_HYBRID,
    ),
]

# --- 8. several notes over time where the latest word counts ---------------------------------

LATEST_WORD = [
    C(
        "remote-only, then fine with hybrid (latest) vs hybrid, then remote-only (latest)",
        "backend",
        [
            cand(
                "Álex Montoya",
                "backend",
                2,
                touches=[
                    wa(300, "solo remoto, no piso oficina"),
                    rang(
                        40,
                        "Álex ha cambiado de idea: con el bebé en la guardería de Chamberí, ir "
                        "dos días a la oficina le viene bien.",
                    ),
                ],
            ),
            cand(
                "Celia Rivas",
                "backend",
                0,
                touches=[
                    rang(300, "Celia ok con híbrido dos días."),
                    wa(40, "al final me he ido a vivir a Asturias, ahora solo remoto"),
                ],
            ),
        ],
        **MADRID_HYBRID,
    ),
    C(
        "travel refused, then fine, then refused again vs refused then fine",
        "sales",
        [
            cand(
                "Ludovico Arnaldi",
                "sales",
                0,
                touches=[
                    rang(400, "Niente trasferte."),
                    mail(200, "Ora che i bimbi sono più grandi posso viaggiare."),
                    wa(
                        20,
                        "scusa, ritiro quanto detto: mia madre si è ammalata, niente viaggi per "
                        "ora",
                    ),
                ],
                where="Milan, Italy",
            ),
            cand(
                "Ornella Bassi",
                "sales",
                2,
                touches=[
                    rang(300, "Niente trasferte per ora."),
                    mail(25, "Situazione cambiata, ora posso viaggiare anche spesso."),
                ],
                where="Milan, Italy",
            ),
        ],
        description="Wholesale AE for a luxury brand: about ten days a month at stores and fairs.",
        **MILAN_HYBRID,
    ),
    C(
        "Greek: no relocation, then relocating to Athens vs relocating, then staying put",
        "data_eng",
        [
            cand(
                "Aris Moustakas",
                "data_eng",
                2,
                touches=[
                    wa(250, "δεν μετακομίζω από το Ηράκλειο"),
                    wa(30, "τελικά κατεβαίνουμε Αθήνα τον Ιανουάριο, η σύζυγος πήρε μετάθεση"),
                ],
                where="Heraklion, Greece",
            ),
            cand(
                "Rena Vasileiou",
                "data_eng",
                0,
                touches=[
                    wa(250, "σκέφτομαι να μετακομίσω Αθήνα"),
                    wa(30, "τελικά μένουμε Κρήτη, δεν μετακομίζω"),
                ],
                where="Heraklion, Greece",
            ),
        ],
        **ATHENS_ONSITE,
    ),
    C(
        "an opt-out taken back vs a 'keep me posted' hardened into an opt-out",
        "frontend",
        [
            cand(
                "Gloria Fuster",
                "frontend",
                2,
                touches=[
                    mail(300, "Please remove me from your lists. Gloria"),
                    mail(
                        35,
                        "Hola, I asked you to remove me last year but I'm looking again now - "
                        "please do write to me about frontend roles.",
                    ),
                ],
                where="Barcelona, Spain",
            ),
            cand(
                "Pol Rovira",
                "frontend",
                0,
                excluded=True,
                touches=[
                    li(300, "Keep me posted! Pol"),
                    mail(20, "Please delete my data and don't contact me again. Pol"),
                ],
                where="Barcelona, Spain",
            ),
        ],
        **BCN_HYBRID,
    ),
    C(
        "pay ask raised above the band vs lowered into it",
        "data_eng",
        [
            cand(
                "Luigi Parodi",
                "data_eng",
                0,
                touches=[
                    rang(300, "Luigi chiede 55k."),
                    rang(30, "Luigi ha avuto un aumento: ora sotto i 75k non si muove."),
                ],
                where="Genoa, Italy",
            ),
            cand(
                "Franca Oneto",
                "data_eng",
                2,
                touches=[
                    rang(300, "Franca chiede 75k."),
                    rang(30, "Franca: per un ruolo remoto scende a 55k."),
                ],
                where="Genoa, Italy",
            ),
        ],
        salary_min=50_000,
        salary_max=58_000,
        currency="EUR",
        **dict(remote_policy="remote", location="Remote (Italy)"),
    ),
    C(
        "managing wanted, then no, then yes again vs yes then no",
        "manager",
        [
            cand(
                "Alfonso Trigo",
                "manager",
                2,
                touches=[
                    rang(500, "Quiere gestionar."),
                    rang(250, "Prefiere seguir técnico."),
                    mail(30, "Lo he pensado mejor: quiero liderar un equipo, es el momento."),
                ],
            ),
            cand(
                "Joaquín Rosales",
                "manager",
                0,
                touches=[
                    rang(300, "Quiere gestionar un equipo."),
                    mail(
                        30,
                        "Después de seis meses como manager interino, lo tengo claro: no quiero "
                        "gestionar personas.",
                    ),
                ],
            ),
        ],
        **MADRID_HYBRID,
    ),
    C(
        "Italian: partita IVA wanted then a permanent job wanted vs the reverse; permanent role",
        "backend",
        [
            cand(
                "Massimo Ricciardi",
                "backend",
                2,
                touches=[
                    ats(400, "cand vuole restare p.iva"),
                    mail(25, "Ho chiuso la partita IVA, adesso cerco un tempo indeterminato."),
                ],
                where="Rome, Italy",
            ),
            cand(
                "Daniele Marchi",
                "backend",
                0,
                touches=[
                    ats(400, "cand cerca indeterminato"),
                    mail(25, "Ho aperto la partita IVA e mi trovo benissimo, solo collaborazioni."),
                ],
                where="Rome, Italy",
            ),
        ],
        **with_offers(ROME_HYBRID, "Contratto a tempo indeterminato, CCNL Credito"),
    ),
    C(
        "industry: refused betting then fine vs fine then refused; a betting operator",
        "backend",
        [
            cand(
                "Alkis Dimopoulos",
                "backend",
                2,
                touches=[
                    rang(350, "Alkis: no betting companies."),
                    li(
                        40,
                        "I've come round on betting - I've met the team at Stoiximan, I'm fine "
                        "with the sector now.",
                    ),
                ],
                where="Athens, Greece",
            ),
            cand(
                "Myrto Spiliotopoulou",
                "backend",
                0,
                touches=[
                    rang(350, "Myrto fine with betting."),
                    li(40, "I've decided I don't want to work in gambling any more."),
                ],
                where="Athens, Greece",
            ),
        ],
        description="Backend for an online sports betting operator.",
        **ATHENS_HYBRID,
    ),
    C(
        "visa: needed sponsorship, then got citizenship vs had a permit that lapsed",
        "data_eng",
        [
            cand(
                "Camila Restrevillar",
                "data_eng",
                2,
                touches=[
                    ats(400, "cand colombiana, necesita visado"),
                    mail(30, "¡Ya tengo la nacionalidad española! Puedo trabajar sin permiso."),
                ],
            ),
            cand(
                "Valeria Quispe",
                "data_eng",
                0,
                touches=[
                    ats(400, "cand con permiso de trabajo vigente"),
                    mail(
                        30,
                        "Mi permiso de trabajo caducó y no me lo renuevan; necesitaría que la "
                        "empresa me patrocine.",
                    ),
                ],
            ),
        ],
        description="No visa sponsorship.",
        **MADRID_ONSITE,
    ),
    C(
        "commute: AVE refused then fine vs fine then refused",
        "backend",
        [
            cand(
                "Rafael Mollá",
                "backend",
                2,
                touches=[
                    ats(300, "no AVE a Madrid"),
                    wa(20, "oye que he pensado lo del AVE y dos días a Madrid me valen"),
                ],
                where="Valencia, Spain",
            ),
            cand(
                "Ximo Peiró",
                "backend",
                0,
                touches=[
                    ats(300, "ok AVE a Madrid 2 días"),
                    wa(20, "lo del AVE olvídalo, con el nuevo horario de la guarde no puedo"),
                ],
                where="Valencia, Spain",
            ),
        ],
        **MADRID_HYBRID,
    ),
    C(
        "a wait said, then called off early vs no wait, then a new wait",
        "sre",
        [
            cand(
                "Ettore Zanetti",
                "sre",
                2,
                touches=[
                    mail(date(2026, 10, 5), "Fino a marzo non mi muovo, ho il progetto cloud."),
                    mail(
                        date(2026, 11, 9),
                        "Progetto cancellato ieri: sono libero da subito, sentiamoci.",
                    ),
                ],
                where="Bologna, Italy",
            ),
            cand(
                "Marisa Cavalli",
                "sre",
                1,
                touches=[
                    mail(date(2026, 6, 1), "Sono disponibile, chiamatemi quando volete."),
                    mail(
                        date(2026, 11, 9),
                        "Ho accettato di guidare la migrazione fino a fine aprile: prima di "
                        "maggio non posso.",
                    ),
                ],
                where="Bologna, Italy",
            ),
        ],
        **REMOTE_NL,
    ),
]

HELDOUT60_CASES: list[Case] = [
    *OPT_OUTS,
    *WAITS,
    *SCHEDULE,
    *TRAVEL,
    *VISA,
    *CONTRACT,
    *COMMUTE,
    *PAY,
    *WORK_MODE,
    *NEGATIONS,
    *LOCATIONS,
    *LEVEL,
    *STAGE_SIZE,
    *MISSION,
    *TECH,
    *LAST_TIME,
    *HISTORY,
    *PROCESS,
    *LATEST_WORD,
]

# The class names the set checks share (tests/test_eval_cases.py), over this file's own lists:
# last time's reason, resolved or still standing, is the file's LAST_TIME list, and the history
# with us its HISTORY.
RESOLVED, LAST_TIME = LAST_TIME, HISTORY
