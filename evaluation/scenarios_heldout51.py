"""Held-out rediscovery cases, fifty-first set: Latin American recruiters' own words, written by
a fifty-first stranger to the reader (its code, its labelled sets and the earlier case files'
sentences were not looked at; held-out 10 was opened for its format only).

It stands in for the records outsiders will check Encore against, so it is measured and reported
on its own line ("held-out 51") and never tuned to what Encore does. The recruiters are local
agency consultants placing nearshore engineers with US companies, in-house talent teams at banks,
BPO and contact centres, agribusiness and mining groups, and a staffing desk that pays remote
contractors in USD. The people are backend, data, platform and frontend engineers, bilingual
customer-experience leads, account executives and engineering managers in Mexico City,
Guadalajara, Monterrey, Bogotá, Medellín, São Paulo, Buenos Aires, Santiago and Lima. Voices:
terse ATS shorthand with typos ("cand", "x", "q", "tmb", "pretensión", "sueldo bruto"), lower-case
WhatsApps, LinkedIn replies, candidates' emails, a formal letter from a lawyer, recruiters'
third-person call notes, long rambling notes where one line decides, and lines in Spanish and
Portuguese. Money is MXN, COP, BRL (CLT against PJ, the 13th salary), ARS (inflation, paid in
dollars), CLP, PEN and USD; commutes are Periférico, the Metrobús, the TransMilenio, the Metro de
Medellín, the Marginal Pinheiros and the CPTM trains; the calendar has Semana Santa, Carnaval,
aguinaldo, the December holidays and the southern summer.

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs (a WhatsApp "ya no me escriban", a LinkedIn "please remove me", a lawyer's habeas
   data letter in Colombia, an LGPD request in Brazil, a recruiter's "marked DNC", "não quero
   mais contato", an angry email): never shown; beside each a scoped stop (no calls at work, not
   that client, no more BPO roles, unsubscribe from the newsletter, a new number, feedback owed);
2. waits counted from the day said (notice periods, aguinaldo in December, after Carnaval, after
   Semana Santa, end of the southern summer, end of Q1, a bonus in March, a master's thesis, a
   maternity leave) against a twin whose wait has already run out, and notes full of dates that
   ask for no wait;
3. schedule (nights for US clients, weekend rosters, on-call, part-time, 6x1 schedules), travel
   (site visits to mines, overnights, % of time, driving between plants), visa and right to work
   (H-1B, TN, Spain's digital nomad visa, Portugal, a Mercosur residence), contract type (CLT
   against PJ, contractor in USD, honorarios, fixed-term), commute (Periférico, the Marginal, the
   Metro, the TransMilenio, minutes and towns);
4. pay against the band (MXN a month, COP a month, BRL CLT against PJ, ARS against USD, CLP
   líquido against bruto, PEN, USD an hour and a month, floors against current pay);
5. work mode said only in the title, only in the description, hybrid days; negation and its
   scope ("no tengo problema con la oficina", "not against nights");
6. location and relocation, managing against hands-on, company stage and size, industry and
   mission wanted or refused (mining, fintech, gambling, oil, agri, health), technology wanted
   or refused (Java, .NET, Go, SAP, Salesforce, PHP, mainframe);
7. last time's reason resolved by this role or still standing, the history with us, the latest
   process counts;
8. several notes over time where the latest word counts.

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""

from evaluation.scenarios import C, Case, P, app, touch

# --- who the people are: equally skilled within a case, so only their words decide ---------

CX_LEAD = dict(
    current_title="Bilingual CX Team Lead",
    skills=["Customer experience", "Team leadership", "Zendesk", "English C1", "QA coaching"],
    years_experience=6,
    resume_text=(
        "Bilingual customer-experience team lead, six years in contact centres serving US "
        "clients: a team of fifteen agents, QA coaching, Zendesk, CSAT and AHT targets."
    ),
)


def person(profile: str, where: str, persona: dict | None = None):
    """People of one kind in one city: same profile, same persona."""

    def make(name, grade, *said, apps=(), touches=(), excluded=False, **kw):
        extra = {**(persona or {}), "location": where, **kw}
        return P(
            name, profile, grade, *said, apps=apps, touches=touches, excluded=excluded, **extra
        )

    return make


cdmx_dev = person("backend", "Ciudad de México, México")
gdl_dev = person("backend", "Guadalajara, México")
mty_data = person("data_eng", "Monterrey, México")
bog_dev = person("backend", "Bogotá, Colombia")
med_front = person("frontend", "Medellín, Colombia")
sp_sre = person("sre", "São Paulo, Brasil")
sp_dev = person("backend", "São Paulo, Brasil")
ba_data = person("data_eng", "Buenos Aires, Argentina")
ba_dev = person("backend", "Buenos Aires, Argentina")
lima_dev = person("backend", "Lima, Perú")
scl_mgr = person("manager", "Santiago, Chile")
lima_sales = person("sales", "Lima, Perú")
bog_cx = person("cs", "Bogotá, Colombia", CX_LEAD)
mty_cx = person("cs", "Monterrey, México", CX_LEAD)


# --- who wrote what -------------------------------------------------------------------------


def wa(days, words) -> dict:
    """A WhatsApp from the candidate, as typed."""
    return touch(days, "inbound", "replied", note=words, channel="other")


def li(days, words) -> dict:
    """A LinkedIn reply."""
    return touch(days, "inbound", "replied", note=words, channel="linkedin")


def mail(days, words) -> dict:
    """The candidate's email."""
    return touch(days, "inbound", "replied", note=words, channel="email")


def callnote(days, words) -> dict:
    """A recruiter's call note, third person."""
    return touch(days, "outbound", "replied", "note", note=words, channel="phone")


def ats(days, words) -> dict:
    """A line typed into the ATS."""
    return touch(days, "outbound", None, "note", note=words, channel="other")


def final_loss(days, note=None, *, role="Senior Backend Engineer") -> dict:
    return app(days, "final", "rejected", "other_candidate", note, rating=4.4, role=role)


def declined(days, reason, note, *, past=None, role="Senior Backend Engineer") -> dict:
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def withdrew(days, reason, note, *, past=None, role="Senior Backend Engineer") -> dict:
    return app(days, "final", "withdrew", reason, note, past=past, role=role)


def role(where: dict, **more) -> dict:
    return {**where, **more}


# --- where and how the roles are worked -----------------------------------------------------

LATAM_REMOTE_USD = dict(
    remote_policy="remote",
    location="Remote (LatAm)",
    currency="USD",
    salary_min=4_500,
    salary_max=6_000,
    offers=["100% remote from anywhere in LatAm, paid monthly in USD as a contractor"],
)
CDMX_HYBRID = dict(
    remote_policy="hybrid",
    location="Ciudad de México, México",
    offers=["Hybrid: Tuesdays and Thursdays at our Reforma office"],
)
CDMX_ONSITE = dict(remote_policy="onsite", location="Ciudad de México, México")
GDL_HYBRID = dict(
    remote_policy="hybrid",
    location="Guadalajara, México",
    offers=["Hybrid: three days a week in our Zapopan office"],
)
MTY_ONSITE = dict(remote_policy="onsite", location="Monterrey, México")
BOG_HYBRID = dict(
    remote_policy="hybrid",
    location="Bogotá, Colombia",
    offers=["Hybrid: two days a week at our office on Calle 93"],
)
BOG_ONSITE = dict(remote_policy="onsite", location="Bogotá, Colombia")
MED_HYBRID = dict(
    remote_policy="hybrid",
    location="Medellín, Colombia",
    offers=["Hybrid: two days a week in El Poblado"],
)
SP_HYBRID = dict(
    remote_policy="hybrid",
    location="São Paulo, Brasil",
    offers=["Hybrid: three days a week at our office on Av. Faria Lima"],
)
SP_ONSITE = dict(remote_policy="onsite", location="São Paulo, Brasil")
BA_REMOTE = dict(remote_policy="remote", location="Remote (Argentina)")
BA_HYBRID = dict(
    remote_policy="hybrid",
    location="Buenos Aires, Argentina",
    offers=["Hybrid: two days a week in Palermo"],
)
SCL_HYBRID = dict(
    remote_policy="hybrid",
    location="Santiago, Chile",
    offers=["Hybrid: two days a week in Las Condes"],
)
LIMA_ONSITE = dict(remote_policy="onsite", location="Lima, Perú")
MX_REMOTE = dict(remote_policy="remote", location="Remote (México)")
CO_REMOTE = dict(remote_policy="remote", location="Remote (Colombia)")
BR_REMOTE = dict(remote_policy="remote", location="Remote (Brasil)")


# --- 1. opt-outs, each beside a scoped stop that is shown ------------------------------------

OPT_OUTS = [
    C(
        "a WhatsApp 'ya no me escriban' vs 'no me llames en horario de oficina'",
        "backend",
        [
            cdmx_dev(
                "Rigoberto Almazán",
                0,
                touches=[
                    wa(40, "ya no me escriban por favor, no me interesa ninguna vacante. gracias")
                ],
                excluded=True,
            ),
            cdmx_dev(
                "Itzel Monroy",
                2,
                touches=[
                    wa(45, "no me llames en horario de oficina q estoy en la chamba, mejor whats")
                ],
            ),
        ],
        **LATAM_REMOTE_USD,
    ),
    C(
        "a LinkedIn 'remove me from your lists' vs 'just not for that client again'",
        "data_eng",
        [
            mty_data(
                "Fernando Garza Treviño",
                0,
                touches=[
                    li(
                        60,
                        "Hi, please remove me from your lists and don't reach out again, on any "
                        "platform. Thanks.",
                    )
                ],
                excluded=True,
            ),
            mty_data(
                "Lorena Cavazos",
                2,
                touches=[
                    li(
                        55,
                        "Happy to hear about roles, just never for Grupo Ferrovial MX again - "
                        "their process was a mess.",
                    )
                ],
            ),
        ],
        **MX_REMOTE,
    ),
    C(
        "a lawyer's habeas data letter vs a request for interview feedback",
        "backend",
        [
            bog_dev(
                "Hernán Restrepo Villa",
                0,
                touches=[
                    mail(
                        90,
                        "Señores: en nombre de mi representado y conforme a la Ley 1581 de 2012 "
                        "(habeas data), solicitamos la supresión de todos sus datos personales "
                        "de sus bases y que cese todo contacto. Atentamente, Dra. P. Ossa, "
                        "abogada.",
                    )
                ],
                excluded=True,
            ),
            bog_dev(
                "Yuliana Cárdenas",
                2,
                touches=[
                    mail(
                        85,
                        "Hola, nunca recibí retroalimentación de la entrevista técnica de "
                        "agosto. ¿Me la pueden enviar? Sigo abierta a otras vacantes.",
                    )
                ],
            ),
        ],
        **BOG_HYBRID,
    ),
    C(
        "an LGPD deletion request vs a new phone number",
        "sre",
        [
            sp_sre(
                "Rodrigo Vasconcelos",
                0,
                touches=[
                    mail(
                        70,
                        "Com base na LGPD, peço a exclusão dos meus dados do banco de talentos "
                        "de vocês e que não entrem mais em contato.",
                    )
                ],
                excluded=True,
            ),
            sp_sre(
                "Tatiane Moreira",
                2,
                touches=[
                    wa(
                        72,
                        "oi! troquei de número, agora é esse aqui. pode me mandar as vagas por "
                        "aqui mesmo",
                    )
                ],
            ),
        ],
        **BR_REMOTE,
    ),
    C(
        "recruiter's 'marcado DNC' vs unsubscribed from the newsletter only",
        "frontend",
        [
            med_front(
                "Juan Esteban Quintero",
                0,
                touches=[
                    ats(
                        120,
                        "cand pidio q no lo contactemos mas x ningun medio. marcado DNC. no "
                        "insistir",
                    )
                ],
                excluded=True,
            ),
            med_front(
                "Manuela Ospina",
                2,
                touches=[
                    mail(
                        110,
                        "Please take me off the monthly jobs newsletter, it's too much email. "
                        "If you have a React role that fits, a personal message is welcome.",
                    )
                ],
            ),
        ],
        **MED_HYBRID,
    ),
    C(
        "'não quero mais contato' vs 'não quero mais vaga de call center'",
        "cs",
        [
            person("cs", "São Paulo, Brasil", CX_LEAD)(
                "Cleide Nascimento",
                0,
                touches=[wa(50, "não quero mais contato de vocês. por favor apaguem meu número")],
                excluded=True,
            ),
            person("cs", "São Paulo, Brasil", CX_LEAD)(
                "Jussara Pimentel",
                2,
                touches=[
                    wa(
                        52,
                        "não quero mais vaga de operação de call center, só liderança ou "
                        "customer success",
                    )
                ],
            ),
        ],
        title="Customer Success Lead, US accounts",
        **BR_REMOTE,
    ),
    C(
        "an angry email vs someone who only asked for email instead of calls",
        "sales",
        [
            lima_sales(
                "Augusto Chávez Paredes",
                0,
                touches=[
                    mail(
                        30,
                        "This is the fourth time your agency calls me. I am not interested, "
                        "never was, and I want you to delete my details. Do not contact me "
                        "again.",
                    )
                ],
                excluded=True,
            ),
            lima_sales(
                "Milagros Huamán",
                2,
                touches=[
                    mail(
                        35,
                        "Prefiero que me escriban por correo en lugar de llamarme, gracias. "
                        "Siempre abierta a escuchar.",
                    )
                ],
            ),
        ],
        **LIMA_ONSITE,
    ),
    C(
        "'no BPO ever again' is scoped to BPO; 'no me contacten' is not",
        "cs",
        [
            bog_cx(
                "Wilmer Caicedo",
                0,
                "No desea ser contactado por la agencia bajo ninguna circunstancia",
                excluded=True,
            ),
            bog_cx(
                "Daniela Rincón",
                2,
                "No more outsourcing/BPO accounts; open to in-house CX at a product company",
            ),
        ],
        title="Customer Experience Lead (in-house, fintech)",
        description="Lead our own in-house CX team for a Bogotá fintech; no outsourcing.",
        **BOG_HYBRID,
    ),
    C(
        "STOP in Spanish by text vs 'ahora no, escríbeme en enero' that already passed",
        "backend",
        [
            gdl_dev(
                "Osvaldo Ruvalcaba", 0, touches=[wa(80, "BAJA. no mas mensajes.")], excluded=True
            ),
            gdl_dev(
                "Ximena Plascencia",
                2,
                touches=[wa(330, "ahorita no, escríbeme en enero porfa")],
            ),
        ],
        **GDL_HYBRID,
    ),
    C(
        "in-house: 'please don't contact me again' vs 'not for sales roles'",
        "data_eng",
        [
            ba_data(
                "Facundo Iturralde",
                0,
                touches=[
                    li(
                        100,
                        "Gracias, pero te pido que no me vuelvas a contactar. Ni ahora ni más "
                        "adelante.",
                    )
                ],
                excluded=True,
            ),
            ba_data(
                "Agustina Pereyra",
                2,
                touches=[
                    li(
                        95,
                        "Si es de preventa o algo comercial, no. Si es data engineering puro, "
                        "escribime cuando quieras.",
                    )
                ],
            ),
        ],
        **BA_REMOTE,
    ),
    C(
        "a long call note with the opt-out buried vs one asking for feedback first",
        "manager",
        [
            scl_mgr(
                "Cristóbal Undurraga",
                0,
                touches=[
                    callnote(
                        65,
                        "Llamada larga con Cristóbal. Habló del equipo actual (8 devs), del "
                        "proyecto de pagos con Transbank, de que su señora está embarazada, de "
                        "que le gustó el proceso con nosotros el año pasado. Al final dijo que "
                        "por favor lo saquemos de la base y no lo llamemos más, que se va a "
                        "retirar de la industria.",
                    )
                ],
                excluded=True,
            ),
            scl_mgr(
                "Francisca Errázuriz",
                2,
                touches=[
                    callnote(
                        60,
                        "Francisca molesta porque nunca le dimos feedback del panel final de "
                        "marzo. Quiere el feedback antes de hablar de nada nuevo; sigue abierta "
                        "a roles de liderazgo.",
                    )
                ],
            ),
        ],
        **SCL_HYBRID,
    ),
    C(
        "spouse's stop is not hers; her own stop is",
        "backend",
        [
            sp_dev(
                "Leandro Portella",
                0,
                touches=[wa(25, "Pode me tirar da lista de vocês. Não me procurem mais.")],
                excluded=True,
            ),
            sp_dev(
                "Priscila Tavares",
                2,
                touches=[
                    callnote(
                        28,
                        "Marido atendeu o celular dela e disse que ele não quer ser contatado "
                        "pela gente. Ela retornou depois: está aberta a vagas remotas.",
                    )
                ],
            ),
        ],
        **BR_REMOTE,
    ),
]

# --- 2. waits counted from the day said, each against a twin whose wait has run out ---------

WAITS = [
    C(
        "aguinaldo in December: wait running vs last year's aguinaldo long paid",
        "backend",
        [
            cdmx_dev(
                "Gerardo Ontiveros",
                1,
                ("No se mueve hasta cobrar el aguinaldo en diciembre, buscar en enero", 20),
            ),
            cdmx_dev(
                "Rebeca Solís",
                2,
                ("No se mueve hasta cobrar el aguinaldo en diciembre, buscar en enero", 380),
            ),
        ],
        **CDMX_HYBRID,
    ),
    C(
        "three months' notice given last week vs one month given in August",
        "data_eng",
        [
            mty_data(
                "Abelardo Quiroga",
                1,
                touches=[
                    mail(
                        8,
                        "I resigned on Friday; my contract has a 3-month notice, so I'm free from "
                        "late February.",
                    )
                ],
            ),
            mty_data(
                "Jimena Elizondo",
                2,
                touches=[mail(100, "Renuncié hoy, tengo un mes de preaviso y quedo libre.")],
            ),
        ],
        **MX_REMOTE,
    ),
    C(
        "after Carnaval next year vs after last Carnaval",
        "sre",
        [
            sp_sre("Caio Albuquerque", 1, ("só depois do Carnaval, antes disso nem pensar", 15)),
            sp_sre(
                "Larissa Bittencourt", 2, ("só depois do Carnaval, antes disso nem pensar", 300)
            ),
        ],
        **SP_HYBRID,
    ),
    C(
        "after Semana Santa (said in October) vs said in February, now long past",
        "frontend",
        [
            med_front(
                "Sebastián Arango",
                1,
                touches=[wa(40, "hablemos después de Semana Santa, estoy terminando un proyecto")],
            ),
            med_front(
                "Valeria Gaviria",
                2,
                touches=[wa(280, "hablemos después de Semana Santa, estoy terminando un proyecto")],
            ),
        ],
        **MED_HYBRID,
    ),
    C(
        "end of the southern summer: running vs last summer's",
        "manager",
        [
            scl_mgr(
                "Matías Larraín",
                1,
                ("Se va con la familia a Pucón todo el verano; retomar en marzo", 10),
            ),
            scl_mgr(
                "Constanza Vial",
                2,
                ("Se va con la familia a Pucón todo el verano; retomar en marzo", 330),
            ),
        ],
        **SCL_HYBRID,
    ),
    C(
        "bonus paid in March: running vs a bonus already paid",
        "sales",
        [
            lima_sales(
                "Renzo Valdivia",
                1,
                ("Espera el bono anual de marzo; no antes", 30),
            ),
            lima_sales(
                "Rosario Cornejo",
                2,
                ("Ya cobró el bono anual en marzo; ahora sí quiere moverse", 200),
            ),
        ],
        **LIMA_ONSITE,
    ),
    C(
        "finishing a master's thesis in June next year vs thesis defended",
        "data_eng",
        [
            ba_data(
                "Tomás Bianchi",
                1,
                touches=[
                    li(
                        20,
                        "Defiendo la tesis de la maestría en junio del año que viene, hasta "
                        "entonces no cambio de laburo.",
                    )
                ],
            ),
            ba_data(
                "Lucía Echeverría",
                2,
                touches=[li(20, "Ya defendí la tesis en octubre, ¡libre para algo nuevo!")],
            ),
        ],
        **BA_REMOTE,
    ),
    C(
        "maternity leave until April vs back from leave since September",
        "backend",
        [
            bog_dev(
                "Catalina Londoño",
                1,
                ("En licencia de maternidad hasta abril; no quiere procesos antes", 35),
            ),
            bog_dev(
                "Natalia Zuluaga",
                2,
                ("Volvió de la licencia de maternidad en septiembre y ya busca cambio", 60),
            ),
        ],
        **BOG_HYBRID,
    ),
    C(
        "'in two months' said last week vs said in the spring",
        "backend",
        [
            gdl_dev(
                "Efraín Barajas",
                1,
                touches=[wa(7, "en un par de meses me buscas, ahorita no puedo")],
            ),
            gdl_dev(
                "Mariela Topete",
                2,
                touches=[wa(210, "en un par de meses me buscas, ahorita no puedo")],
            ),
        ],
        **GDL_HYBRID,
    ),
    C(
        "end of Q1 go-live vs a go-live that happened in June",
        "sre",
        [
            sp_sre(
                "Otávio Rezende",
                1,
                touches=[
                    callnote(
                        12,
                        "Lidera a migração do core bancário, go-live no fim do Q1. Não sai "
                        "antes disso.",
                    )
                ],
            ),
            sp_sre(
                "Bianca Sampaio",
                2,
                touches=[
                    callnote(
                        200,
                        "Lidera a migração do core bancário, go-live em junho. Depois disso "
                        "topa conversar.",
                    )
                ],
            ),
        ],
        **BR_REMOTE,
    ),
    C(
        "December holidays and January vacation vs last year's, long over",
        "cs",
        [
            mty_cx(
                "Anselmo Cantú",
                1,
                (
                    "dic y enero estoy de vacaciones con la familia en Oaxaca, háblame en febrero",
                    14,
                ),
            ),
            mty_cx(
                "Perla Villarreal",
                2,
                (
                    "dic y enero estoy de vacaciones con la familia en Oaxaca, háblame en febrero",
                    360,
                ),
            ),
        ],
        title="Bilingual CX Team Lead, US healthcare account",
        **MTY_ONSITE,
    ),
    C(
        "a note full of dates asking no wait vs a real wait",
        "backend",
        [
            cdmx_dev(
                "Leticia Anaya",
                2,
                touches=[
                    callnote(
                        15,
                        "Leticia: entró a su empresa actual en mar 2022, promovida en ene 2024, "
                        "el proyecto de pagos cerró el 30/09, vacaciones del 1 al 10 nov ya "
                        "tomadas. Disponible ya, quiere entrevistar cuanto antes.",
                    )
                ],
            ),
            cdmx_dev(
                "Humberto Cisneros",
                1,
                touches=[
                    callnote(
                        15,
                        "Humberto: no antes de marzo, tiene acciones que se le liberan el 1 de "
                        "marzo y no las va a dejar.",
                    )
                ],
            ),
        ],
        **CDMX_HYBRID,
    ),
    C(
        "notice of 30 days from Monday vs the 'aviso prévio' served in July",
        "backend",
        [
            sp_dev(
                "Renan Queiroz",
                1,
                (
                    "Pediu demissão hoje; cumpre aviso prévio de 30 dias e depois as férias "
                    "de dezembro, livre só em janeiro",
                    2,
                ),
            ),
            sp_dev("Sabrina Lacerda", 2, ("Pediu demissão; cumpre aviso prévio de 30 dias", 130)),
        ],
        **SP_HYBRID,
    ),
    C(
        "a house move 'after the school year ends in December' in Chile vs a move done",
        "data_eng",
        [
            person("data_eng", "Santiago, Chile")(
                "Ignacio Letelier",
                1,
                (
                    "Se cambia de casa a Viña cuando termine el año escolar en diciembre; "
                    "hablar después de Año Nuevo",
                    20,
                ),
            ),
            person("data_eng", "Santiago, Chile")(
                "Josefa Bascuñán",
                2,
                ("Ya se cambió de casa en agosto, instalada y buscando", 90),
            ),
        ],
        **SCL_HYBRID,
    ),
]

# A wait beside both a no-wait and a wait run out: three people, so kept apart from WAITS, whose
# cases the set checks pit one held back against one free (tests/test_eval_cases.py).
NO_WAIT = [
    C(
        "three-way: no wait, wait running, and a wait that ended in spring",
        "frontend",
        [
            med_front("Alejandro Betancur", 2, "Listo para cambiar ya, sin preaviso"),
            med_front(
                "Mariana Echavarría",
                1,
                touches=[wa(5, "no puedo moverme hasta que cierre el trimestre, en abril sí")],
            ),
            med_front(
                "Carolina Upegui",
                2,
                touches=[wa(300, "no puedo moverme hasta que cierre el trimestre, en abril sí")],
            ),
        ],
        **CO_REMOTE,
    ),
]


# --- 3a. schedule: shifts, rosters, nights, weekends, on-call, part-time ---------------------

NIGHTS_BPO = dict(
    title="Bilingual CX Team Lead, night shift (US West Coast account)",
    description="Lead a team of agents on the night shift, 22:00 to 06:00 Bogotá time, Monday "
    "to Friday, for a US West Coast retailer.",
)
WEEKEND_ROSTER = dict(
    description="Roster includes two Saturdays and one Sunday a month; days off in the week.",
    offers=["Rotating roster with weekend shifts"],
)
ONCALL = dict(
    description="Week-long on-call rotation every four weeks, including nights and weekends, "
    "paid separately.",
)
NO_ONCALL = dict(
    description="No on-call: a dedicated NOC team in Manila covers nights and weekends.",
    offers=["No on-call rotation"],
)

SCHEDULE = [
    C(
        "night shift: 'no más turnos de noche' vs 'la noche me acomoda'",
        "cs",
        [
            bog_cx(
                "Jhon Fredy Mosquera",
                0,
                "Ya no hace turnos de noche, cinco años en madrugada le afectaron la salud",
            ),
            bog_cx(
                "Sandra Milena Rojas",
                2,
                "La noche le acomoda: estudia de día y prefiere el turno de madrugada",
            ),
        ],
        **role(BOG_ONSITE, **NIGHTS_BPO),
    ),
    C(
        "night shift refused at the old BPO only because of the bus; this one has transport",
        "cs",
        [
            bog_cx(
                "Edwin Parra",
                2,
                apps=[
                    withdrew(
                        200,
                        "other",
                        "Turno de noche ok para él, el problema era volver a las 6am sin "
                        "transporte desde Fontibón",
                        role="CX Team Lead",
                    )
                ],
            ),
            bog_cx(
                "Luz Dary Benavides",
                0,
                apps=[
                    withdrew(
                        200,
                        "other",
                        "No puede trabajar de noche, cuida a su mamá",
                        role="CX Team Lead",
                    )
                ],
            ),
        ],
        **role(
            BOG_ONSITE,
            **NIGHTS_BPO,
            offers=["Company transport home after every night shift"],
        ),
    ),
    C(
        "weekends: 'sábados no, es de la iglesia' vs 'fines de semana sin drama'",
        "cs",
        [
            mty_cx("Abigail Saldívar", 0, "No puede trabajar sábados ni domingos, es adventista"),
            mty_cx("Rocío Leal", 2, "Fines de semana sin drama si le dan descanso entre semana"),
        ],
        title="Bilingual CX Team Lead, US airline account",
        **role(MTY_ONSITE, **WEEKEND_ROSTER),
    ),
    C(
        "on-call: burnt out by pager duty vs wants on-call pay",
        "sre",
        [
            sp_sre(
                "Gustavo Brandão",
                0,
                touches=[wa(60, "plantão nunca mais, fiquei 3 anos acordando de madrugada")],
            ),
            sp_sre(
                "Aline Carvalho",
                2,
                touches=[wa(60, "plantão de boa se for pago à parte, gosto do adicional")],
            ),
        ],
        **role(SP_HYBRID, **ONCALL),
    ),
    C(
        "on-call refused, and this role has no on-call",
        "sre",
        [
            sp_sre("Wellington Prado", 2, "Quer sair de sobreaviso; não aceita mais plantão"),
            sp_sre("Fabiana Coutinho", 1),
        ],
        **role(SP_HYBRID, **NO_ONCALL),
    ),
    C(
        "part-time: wants 4 hours a day vs the role is full time",
        "frontend",
        [
            med_front(
                "Paulina Correa",
                0,
                "Solo medio tiempo, 4 horas en la mañana, cuida a su bebé la tarde",
            ),
            med_front("Daniel Álvarez", 2, "Full time sin problema, busca estabilidad"),
        ],
        description="Full-time, 40 hours a week, Monday to Friday.",
        **CO_REMOTE,
    ),
    C(
        "part-time wanted, and this role is 20 hours a week",
        "data_eng",
        [
            ba_data(
                "Micaela Ferrari",
                2,
                touches=[li(40, "Busco algo part-time, unas 20 horas semanales, por el posgrado")],
            ),
            ba_data(
                "Gonzalo Rivas",
                0,
                touches=[li(40, "Solo full time, necesito el sueldo completo")],
            ),
        ],
        title="Data Engineer (part-time, 20 h/week)",
        description="Part-time contract, 20 hours a week, flexible hours, paid in USD.",
        **BA_REMOTE,
    ),
    C(
        "US Eastern overlap: 'hasta las 7pm sin problema' vs 'salgo a las 4 por mis hijos'",
        "backend",
        [
            cdmx_dev(
                "Araceli Zamudio",
                0,
                touches=[
                    callnote(
                        30,
                        "Araceli recoge a sus hijos a las 4pm diario, no puede conectarse "
                        "después de esa hora. Horario fijo 8-16 innegociable.",
                    )
                ],
            ),
            cdmx_dev(
                "Ulises Benítez",
                2,
                touches=[callnote(30, "Ulises ok con horario de Nueva York hasta las 7pm CDMX.")],
            ),
        ],
        description="Core hours overlap with US Eastern: 10:00 to 19:00 Mexico City time.",
        **LATAM_REMOTE_USD,
    ),
    C(
        "6x1 retail-style schedule: 'escala 6x1 nunca mais' vs no complaint",
        "cs",
        [
            person("cs", "São Paulo, Brasil", CX_LEAD)(
                "Rosângela Dias",
                0,
                "Não aceita mais escala 6x1; quer 5x2 com fins de semana livres",
            ),
            person("cs", "São Paulo, Brasil", CX_LEAD)("Vanessa Lopes", 2, "Aceita escala 6x1"),
        ],
        title="Supervisora de Atendimento (escala 6x1)",
        description="Escala 6x1 com folga rotativa; atendimento bilíngue a clientes dos EUA.",
        **SP_ONSITE,
    ),
    C(
        "rotating shifts at a mine: 7x7 welcome vs wants Monday to Friday",
        "data_eng",
        [
            person("data_eng", "Antofagasta, Chile")(
                "Rodrigo Pizarro",
                2,
                "Acostumbrado al sistema 7x7 en faena, le acomoda",
            ),
            person("data_eng", "Antofagasta, Chile")(
                "Marcela Godoy",
                0,
                "Quiere dejar los turnos rotativos 7x7 de faena, solo lunes a viernes",
            ),
        ],
        title="Data Engineer, mine operations (7x7 roster at site)",
        description="On-site at the mine camp on a 7x7 roster, 12-hour day shifts.",
        remote_policy="onsite",
        location="Antofagasta, Chile",
    ),
    C(
        "negated: 'no tengo drama con guardias' vs 'guardias no'",
        "sre",
        [
            person("sre", "Buenos Aires, Argentina")(
                "Emiliano Sosa",
                2,
                touches=[li(50, "no tengo drama con las guardias mientras se paguen")],
            ),
            person("sre", "Buenos Aires, Argentina")(
                "Romina Acosta",
                0,
                touches=[li(50, "guardias no. nunca más.")],
            ),
        ],
        **role(BA_REMOTE, **ONCALL),
    ),
]

# --- 3b. travel: overnights, % of time, driving between sites -------------------------------

TRAVEL = [
    C(
        "monthly trips to the mine in Cajamarca: 'no viajo' vs 'me gusta ir a campo'",
        "data_eng",
        [
            person("data_eng", "Lima, Perú")(
                "Gianfranco Salazar",
                0,
                "No quiere viajar a provincia, tiene hijos pequeños",
            ),
            person("data_eng", "Lima, Perú")(
                "Fiorella Quispe",
                2,
                "Le gusta ir a campo y conocer la operación, viaja sin problema",
            ),
        ],
        description="One week a month at the Cajamarca mine site, overnight in the camp.",
        **LIMA_ONSITE,
    ),
    C(
        "40% travel to US clients: wants it vs refuses overnights",
        "sales",
        [
            lima_sales(
                "Claudio Ponce",
                0,
                touches=[mail(45, "Sin pernoctar fuera de Lima, por temas familiares.")],
            ),
            lima_sales(
                "Daniela Vizcarra",
                2,
                touches=[
                    mail(45, "Quiero viajar más, en mi rol actual nunca salgo de la oficina.")
                ],
            ),
        ],
        description="About 40% travel to clients in Miami and Houston, usually 3-4 nights.",
        **LIMA_ONSITE,
    ),
    C(
        "driving between plants in the Bajío: no licence vs drives daily",
        "data_eng",
        [
            mty_data("Samuel Ibarra", 0, "No maneja y no tiene licencia"),
            mty_data("Tania Leyva", 2, "Maneja diario, tiene carro propio"),
        ],
        description="Visit our three plants in Querétaro, Celaya and León by car every week; "
        "company car provided, driving licence required.",
        **MTY_ONSITE,
    ),
    C(
        "travel refused at the last job because it was 70%; this one is two trips a year",
        "manager",
        [
            scl_mgr(
                "Andrés Irarrázaval",
                2,
                "Dejó su trabajo anterior por viajar 70% del tiempo; un par de viajes al año "
                "no le molestan",
            ),
            scl_mgr("Pía Sotomayor", 1),
        ],
        description="Two trips a year to our Miami HQ; otherwise no travel.",
        **SCL_HYBRID,
    ),
    C(
        "visits to agribusiness farms: 'cero viajes' vs 'viajo si es por el día'",
        "data_eng",
        [
            person("data_eng", "Ribeirão Preto, Brasil")(
                "Thiago Munhoz",
                0,
                touches=[wa(30, "zero viagem, nem bate-volta. minha esposa tá grávida")],
            ),
            person("data_eng", "Ribeirão Preto, Brasil")(
                "Letícia Garcia",
                2,
                touches=[wa(30, "viajo sim, inclusive dormir fora umas noites por mês, tranquilo")],
            ),
        ],
        description="Visit sugar-cane mills in the interior of São Paulo twice a month, "
        "with overnight stays.",
        remote_policy="hybrid",
        location="Ribeirão Preto, Brasil",
    ),
    C(
        "overnights refused; this role travels day trips only",
        "sales",
        [
            lima_sales("Ernesto Morales", 2, "Viajes de un día sí; no duerme fuera de casa"),
            lima_sales("Giuliana Benavides", 1),
        ],
        description="Day trips to clients in Callao and Ica; back home every night.",
        **LIMA_ONSITE,
    ),
    C(
        "travel % in a long note: one line decides",
        "manager",
        [
            scl_mgr(
                "Joaquín Valdés",
                0,
                touches=[
                    callnote(
                        70,
                        "Joaquín: 12 años en banca, lideró la migración a la nube de BancoEstado, "
                        "le gusta el mentoring, juega pádel, tiene inglés C1, sueldo actual en "
                        "línea con la banda. Un tema: no quiere viajar más del 10%, su hija "
                        "entra al colegio en marzo.",
                    )
                ],
            ),
            scl_mgr(
                "Trinidad Montt",
                2,
                touches=[
                    callnote(
                        70,
                        "Trinidad: 10 años en retail tech, lideró equipos de 12, inglés C1, "
                        "sueldo en línea. Dispuesta a viajar lo que pida el rol, incluso 50%.",
                    )
                ],
            ),
        ],
        description="Leads the Andean hub; travel to Lima, Bogotá and Quito about 50% of the time.",
        **SCL_HYBRID,
    ),
    C(
        "'no travel' said about a past employer, no objection now",
        "backend",
        [
            bog_dev(
                "Mauricio Henao",
                2,
                touches=[
                    li(
                        80,
                        "Salí de la consultora porque viajaba cada semana a Cali; ahora un "
                        "viaje por trimestre me parece perfecto.",
                    )
                ],
            ),
            bog_dev(
                "Liliana Cuartas",
                0,
                touches=[li(80, "Nada de viajes, ni uno por trimestre. Tengo a mi papá enfermo.")],
            ),
        ],
        description="One trip a quarter to our Austin office for planning.",
        **BOG_HYBRID,
    ),
    C(
        "field travel between oil fields in Neuquén: wants vs refuses",
        "sre",
        [
            person("sre", "Neuquén, Argentina")(
                "Ramiro Gallardo",
                2,
                "Le gusta recorrer yacimientos, ok manejar a Vaca Muerta",
            ),
            person("sre", "Neuquén, Argentina")(
                "Sofía Benedetti",
                0,
                "No quiere manejar por ruta a los yacimientos, solo oficina en Neuquén",
            ),
        ],
        description="Drive to well sites in Vaca Muerta two days a week to maintain edge systems.",
        remote_policy="onsite",
        location="Neuquén, Argentina",
    ),
    C(
        "travel to Houston needs a US visa trip; 'viajo con gusto' vs 'no más de 2 noches'",
        "sales",
        [
            lima_sales("Patricio Lozano", 2, "Viaja con gusto, tiene visa B1/B2 vigente"),
            lima_sales("Carla Salinas", 0, "No más de dos noches al mes fuera de casa"),
        ],
        description="Week-long trips to Houston every month (five nights).",
        **LIMA_ONSITE,
    ),
]


# --- 3c. visa and right to work, contract type, commute ---------------------------------------

VISA = [
    C(
        "relocation to Austin on a TN: a Mexican citizen vs one who can't leave Mexico",
        "backend",
        [
            cdmx_dev("Octavio Rangel", 2, "Mexicano, elegible para visa TN; quiere irse a EU"),
            cdmx_dev(
                "Marisol Treviño",
                0,
                "No se puede ir de México, custodia compartida de su hijo",
            ),
        ],
        title="Senior Backend Engineer (relocation to Austin, TN visa)",
        description="Relocate to Austin, Texas; we sponsor the TN visa for Mexican citizens.",
        remote_policy="onsite",
        location="Austin, TX, USA",
    ),
    C(
        "H-1B needed vs already a US green-card holder, no sponsorship offered",
        "data_eng",
        [
            mty_data(
                "Baltazar Fuentes",
                0,
                touches=[mail(40, "Needs H-1B sponsorship to work in the US.")],
            ),
            mty_data(
                "Ivonne Luján",
                2,
                touches=[mail(40, "Tengo green card, puedo trabajar en EU sin sponsor.")],
            ),
        ],
        description="On-site in San Antonio. We cannot sponsor visas.",
        remote_policy="onsite",
        location="San Antonio, TX, USA",
    ),
    C(
        "Spain digital nomad visa: wants to work for a US company from Madrid",
        "frontend",
        [
            med_front(
                "Juliana Marín",
                2,
                "Se muda a Madrid con visa de nómada digital; necesita cliente fuera de España",
                location="Madrid, España",
            ),
            med_front("Esteban Montoya", 1),
        ],
        description="Fully remote for a US company; contractors in Spain on the digital nomad "
        "visa welcome.",
        remote_policy="remote",
        location="Remote (LatAm or Spain)",
    ),
    C(
        "Portuguese citizenship via grandparents vs no EU passport, Lisbon role, no sponsor",
        "backend",
        [
            sp_dev("Murilo Antunes", 2, "Tem cidadania portuguesa, pode trabalhar na UE"),
            sp_dev("Daniele Freitas", 0, "Precisa de visto de trabalho para Portugal"),
        ],
        description="Based in our Lisbon office. We can't sponsor work visas: EU right to work "
        "required.",
        remote_policy="onsite",
        location="Lisbon, Portugal",
    ),
    C(
        "Mercosur residence lets a Venezuelan work in Buenos Aires vs waiting on papers",
        "data_eng",
        [
            ba_data(
                "Yorman Arrieta",
                2,
                touches=[
                    li(50, "Ya tengo la residencia Mercosur y DNI argentino, puedo facturar.")
                ],
            ),
            ba_data(
                "Génesis Pacheco",
                1,
                touches=[
                    li(10, "Estoy esperando la residencia precaria, en unos 4 meses la tengo.")
                ],
            ),
        ],
        **BA_HYBRID,
    ),
]

CONTRACT = [
    C(
        "CLT only vs open to PJ; the role is PJ",
        "backend",
        [
            sp_dev("Eduardo Pacheco", 0, "Só CLT, não aceita PJ de jeito nenhum"),
            sp_dev("Renata Guimarães", 2, "PJ tranquilo se o valor compensar"),
        ],
        description="Contrato PJ, pagamento mensal; sem 13º nem férias remuneradas.",
        currency="BRL",
        salary_min=22_000,
        salary_max=28_000,
        **BR_REMOTE,
    ),
    C(
        "wants CLT with 13th salary; this role is CLT",
        "sre",
        [
            sp_sre("Alexandre Pinto", 2, "Quer CLT: 13º, férias, FGTS; cansou de ser PJ"),
            sp_sre("Camila Rocha", 1),
        ],
        description="Contratação CLT com 13º salário, PLR, vale-refeição e plano de saúde.",
        **SP_HYBRID,
    ),
    C(
        "contractor in USD wanted vs wants a local payroll job with benefits",
        "backend",
        [
            cdmx_dev(
                "Saúl Mendoza",
                2,
                touches=[
                    wa(20, "contractor en dólares es justo lo q busco, facturo como persona física")
                ],
            ),
            cdmx_dev(
                "Fabiola Guerrero",
                0,
                touches=[
                    wa(20, "solo nómina, con IMSS, prestaciones de ley y aguinaldo. freelance no")
                ],
            ),
        ],
        **LATAM_REMOTE_USD,
    ),
    C(
        "fixed-term six months: wants permanent vs fine with a project",
        "data_eng",
        [
            person("data_eng", "Lima, Perú")(
                "Álvaro Cáceres",
                0,
                "Solo plazo indeterminado; no acepta contratos por proyecto",
            ),
            person("data_eng", "Lima, Perú")(
                "Kiara Medina",
                2,
                "Le sirve un contrato por 6 meses, luego se va a estudiar",
            ),
        ],
        description="Six-month fixed-term contract for the mining data migration.",
        **LIMA_ONSITE,
    ),
    C(
        "boleta de honorarios in Chile: 'no quiero más honorarios' vs fine with it",
        "manager",
        [
            scl_mgr(
                "Benjamín Cox", 0, "No quiere trabajar más a honorarios, busca contrato indefinido"
            ),
            scl_mgr("Antonia Riquelme", 2, "A honorarios le acomoda, ya tiene su propia previsión"),
        ],
        description="Engagement under boleta de honorarios, monthly invoice in CLP.",
        **SCL_HYBRID,
    ),
]

COMMUTE = [
    C(
        "Periférico from Satélite to Santa Fe: 'ni loca' vs lives in Santa Fe",
        "backend",
        [
            cdmx_dev(
                "Nayeli Orozco",
                0,
                "Vive en Satélite; no cruza Periférico a Santa Fe, son 2 horas de ida",
            ),
            cdmx_dev("Adrián Velasco", 2, "Vive en Santa Fe, a 10 minutos caminando"),
        ],
        location="Santa Fe, Ciudad de México",
        remote_policy="onsite",
        offers=["Office in Santa Fe, five days a week"],
    ),
    C(
        "TransMilenio limit of 45 minutes vs lives near the office",
        "cs",
        [
            bog_cx("Yeison Ramírez", 0, "Vive en Soacha; máximo 45 min en TransMilenio"),
            bog_cx("Angélica Torres", 2, "Vive en Chapinero, llega caminando a la 93"),
        ],
        title="CX Team Lead, Calle 93 office",
        **BOG_ONSITE,
    ),
    C(
        "Marginal Pinheiros traffic: 'nunca mais' vs takes the CPTM line without fuss",
        "backend",
        [
            sp_dev(
                "Felipe Barros",
                0,
                touches=[
                    wa(30, "Marginal todo dia de Osasco até a Berrini? nunca mais, já fiz 4 anos")
                ],
                location="Osasco, Brasil",
            ),
            sp_dev(
                "Juliana Teles",
                2,
                touches=[wa(30, "pego a linha 9 da CPTM, chego na Berrini em 25 min")],
                location="Osasco, Brasil",
            ),
        ],
        remote_policy="onsite",
        location="São Paulo, Brasil (Berrini)",
        offers=["Office at Av. Berrini, five days a week"],
    ),
    C(
        "Metro de Medellín: lives in Bello on line A vs lives in Rionegro across the tunnel",
        "frontend",
        [
            med_front("Sara Villegas", 2, "Vive en Bello, toma la línea A del Metro, 30 min"),
            med_front(
                "Kevin Arboleda",
                0,
                "Vive en Rionegro; bajar a Medellín tres días es inviable para él",
                location="Rionegro, Colombia",
            ),
        ],
        remote_policy="onsite",
        location="Medellín, Colombia",
        offers=["Office in El Poblado, five days a week"],
    ),
    C(
        "San Pedro commute: 'más de una hora no' from Apodaca vs moved to San Pedro",
        "data_eng",
        [
            mty_data("Brenda Alanís", 0, "Vive en Apodaca; no más de una hora de traslado"),
            mty_data("Rolando Cavazos", 2, "Se cambió a San Pedro Garza García en agosto"),
        ],
        location="San Pedro Garza García, México",
        remote_policy="onsite",
        offers=["Office in Valle Oriente, San Pedro"],
    ),
]

# --- 4. pay against the band -------------------------------------------------------------------

PAY = [
    C(
        "MXN a month: asks $95k bruto vs asks $140k, band $85-105k",
        "backend",
        [
            cdmx_dev("Joel Esparza", 2, "Pretensión: $95,000 MXN brutos mensuales"),
            cdmx_dev("Karla Bustamante", 0, "No baja de $140,000 MXN brutos al mes"),
        ],
        currency="MXN",
        salary_min=1_020_000,
        salary_max=1_260_000,
        **CDMX_HYBRID,
    ),
    C(
        "USD contractor: $6k a month vs $40 an hour ask, band $4.5-6k/month",
        "backend",
        [
            gdl_dev("Arturo Lomelí", 2, "Busca 6,000 USD al mes como contractor"),
            gdl_dev("Priscila Hernández", 0, "Cobra 70 USD la hora, no menos"),
        ],
        **LATAM_REMOTE_USD,
    ),
    C(
        "COP: current pay above the band but the ask fits",
        "backend",
        [
            bog_dev(
                "Camilo Jaramillo",
                2,
                "Gana hoy 24 millones COP/mes pero aceptaría 19 millones por un rol remoto estable",
            ),
            bog_dev("Diana Ocampo", 0, "Pide mínimo 26 millones COP mensuales"),
        ],
        currency="COP",
        salary_min=216_000_000,
        salary_max=240_000_000,
        **CO_REMOTE,
    ),
    C(
        "BRL: PJ ask vs CLT band, converted honestly",
        "sre",
        [
            sp_sre("Marcos Teixeira", 2, "Pretensão CLT: R$ 20 mil brutos/mês"),
            sp_sre("Elaine Cunha", 0, "Pretensão CLT: R$ 32 mil brutos/mês, não negocia"),
        ],
        currency="BRL",
        salary_min=18_000 * 13,
        salary_max=23_000 * 13,
        description="CLT, R$ 18-23 mil por mês mais 13º salário.",
        **SP_HYBRID,
    ),
    C(
        "ARS: wants to be paid in dollars; the role pays in USD",
        "data_eng",
        [
            ba_data(
                "Nicolás Moretti",
                2,
                "Cansado de la inflación; quiere cobrar en dólares, no en pesos",
            ),
            ba_data("Florencia Sanz", 1),
        ],
        currency="USD",
        salary_min=48_000,
        salary_max=60_000,
        offers=["Paid in USD to your account abroad"],
        **BA_REMOTE,
    ),
    C(
        "ARS: wants dollars, but this role pays in pesos adjusted quarterly",
        "data_eng",
        [
            ba_data("Martina Aguirre", 0, "Solo acepta cobrar en dólares, nada en pesos"),
            ba_data("Bruno Ledesma", 2, "Le sirve en pesos si ajustan por inflación"),
        ],
        **role(
            BA_HYBRID,
            offers=[
                "Two days a week in Palermo",
                "Salary in ARS, adjusted for inflation every quarter",
            ],
        ),
    ),
    C(
        "CLP: líquido ask inside a bruto band vs bruto ask above",
        "manager",
        [
            scl_mgr("Vicente Domínguez", 2, "Pide $4.2 millones líquidos al mes"),
            scl_mgr("Catalina Fernández", 0, "Pide $8 millones brutos mensuales como piso"),
        ],
        currency="CLP",
        salary_min=60_000_000,
        salary_max=72_000_000,
        description="Sueldo bruto mensual de $5 a $6 millones.",
        **SCL_HYBRID,
    ),
    C(
        "PEN: declined before at S/ 9,000 for S/ 12,000; this band reaches S/ 13,000",
        "sales",
        [
            lima_sales(
                "Renato Gamarra",
                2,
                apps=[
                    declined(
                        260,
                        "compensation",
                        "Pidió S/ 12,000 mensuales; la oferta fue S/ 9,000",
                        role="Senior Account Executive",
                    )
                ],
            ),
            lima_sales("Maricielo Poma", 1),
        ],
        currency="PEN",
        salary_min=11_000 * 14,
        salary_max=13_000 * 14,
        description="S/ 11,000 a 13,000 mensuales, 14 sueldos al año.",
        **LIMA_ONSITE,
    ),
    C(
        "a floor of 'no menos de lo que gano' with a known current pay under the band",
        "frontend",
        [
            med_front("Andrea Cadavid", 2, "Gana 12 millones COP; no se mueve por menos de eso"),
            med_front("Felipe Tobón", 0, "No se mueve por menos de 25 millones COP al mes"),
        ],
        currency="COP",
        salary_min=168_000_000,
        salary_max=192_000_000,
        **MED_HYBRID,
    ),
]


# --- 5. work mode: title only, description only, hybrid days; negation and scope --------------

WORK_MODE = [
    C(
        "remote only in the title",
        "backend",
        [
            bog_dev("Jairo Muñoz", 2, "Solo remoto, vive en una finca en Boyacá"),
            bog_dev("Paola Castaño", 0, "Quiere volver a la oficina, se siente sola en casa"),
        ],
        title="Senior Backend Engineer - 100% Remoto",
        location="Colombia",
    ),
    C(
        "on-site only in the description",
        "data_eng",
        [
            mty_data("Héctor Salinas", 0, "Home office o nada"),
            mty_data("Mónica Pedraza", 2, "Prefiere ir a la oficina diario, separa casa y trabajo"),
        ],
        description="Presencial de lunes a viernes en nuestras oficinas de Monterrey, junto "
        "al equipo de planta.",
        location="Monterrey, México",
    ),
    C(
        "hybrid days: 'máximo 2 días' against three days vs 'hasta 3 está bien'",
        "backend",
        [
            gdl_dev("Ricardo Navarro", 0, "Máximo 2 días de oficina, ni uno más"),
            gdl_dev("Alondra Reyes", 2, "Hasta 3 días presencial está bien"),
        ],
        **GDL_HYBRID,
    ),
    C(
        "hybrid days: 'two days is fine' and the role asks two",
        "frontend",
        [
            med_front("Simón Restrepo", 2, "Híbrido de dos días le parece ideal"),
            med_front("Laura Sierra", 0, "Remoto total, no va a ninguna oficina"),
        ],
        **MED_HYBRID,
    ),
    C(
        "'não tenho problema com presencial' is not a refusal",
        "sre",
        [
            sp_sre("Diego Matos", 2, touches=[wa(30, "não tenho problema nenhum com presencial")]),
            sp_sre("Patrícia Moura", 0, touches=[wa(30, "presencial não rola, só remoto")]),
        ],
        **SP_ONSITE,
    ),
    C(
        "negation scope: 'no quiero remoto, quiero híbrido'",
        "backend",
        [
            cdmx_dev(
                "Emilio Pineda", 2, "No quiere remoto total; busca híbrido con equipo presencial"
            ),
            cdmx_dev("Rosalba Medina", 0, "No quiere ir a oficina; remoto total"),
        ],
        **CDMX_HYBRID,
    ),
    C(
        "remote only said in the offers, a remote seeker vs an office seeker",
        "data_eng",
        [
            ba_data("Julián Ferreyra", 2, "Busca full remote desde Córdoba"),
            ba_data("Carla Mansilla", 0, "Busca oficina, el home office la deprimió"),
        ],
        location="Argentina",
        offers=["Trabajo 100% remoto, sin oficina"],
    ),
    C(
        "negation scope: 'el sueldo no era el problema, era la oficina' and this is remote",
        "backend",
        [
            cdmx_dev(
                "Isaac Lozada",
                2,
                apps=[
                    declined(
                        240,
                        "remote_policy",
                        "El sueldo no era el problema, era ir 5 días a Polanco",
                        past=dict(remote_policy="onsite", location="Ciudad de México, México"),
                    )
                ],
            ),
            cdmx_dev(
                "Yolanda Fierro",
                0,
                apps=[
                    declined(
                        240,
                        "compensation",
                        "La oficina no era el problema, era el sueldo: pidió 150k MXN",
                    )
                ],
            ),
        ],
        currency="MXN",
        salary_min=960_000,
        salary_max=1_140_000,
        **MX_REMOTE,
    ),
]

# --- 6. location, managing, stage and size, industry and mission, technology --------------

LOCATION = [
    C(
        "moving to Guadalajara in January vs rooted in Tijuana",
        "backend",
        [
            cdmx_dev(
                "Elías Corona",
                2,
                "Se muda a Guadalajara con su pareja en enero",
                location="Tijuana, México",
            ),
            cdmx_dev(
                "Roxana Félix",
                0,
                "No se mueve de Tijuana, toda su familia está ahí",
                location="Tijuana, México",
            ),
        ],
        **GDL_HYBRID,
    ),
    C(
        "relocating Bogotá to Medellín wanted vs refused",
        "frontend",
        [
            med_front(
                "Johana Beltrán",
                2,
                "Quiere mudarse a Medellín por el clima",
                location="Bogotá, Colombia",
            ),
            med_front("Óscar Duque", 0, "No se muda de Bogotá", location="Bogotá, Colombia"),
        ],
        remote_policy="onsite",
        location="Medellín, Colombia",
    ),
    C(
        "Lima to Santiago: open to relocating with support vs staying in Lima",
        "data_eng",
        [
            person("data_eng", "Lima, Perú")(
                "César Palacios", 2, "Abierto a mudarse a Santiago si pagan la reubicación"
            ),
            person("data_eng", "Lima, Perú")("Rocío Vargas", 0, "No sale de Lima"),
        ],
        **role(
            SCL_HYBRID,
            offers=["Two days a week in Las Condes", "Relocation package to Santiago"],
        ),
    ),
    C(
        "São Paulo to Porto Alegre move done vs still in SP, POA on-site",
        "backend",
        [
            sp_dev(
                "Henrique Schmitt",
                2,
                "Mudou para Porto Alegre em outubro",
                location="Porto Alegre, Brasil",
            ),
            sp_dev("Lívia Costa", 0, "Não sai de São Paulo de jeito nenhum"),
        ],
        remote_policy="onsite",
        location="Porto Alegre, Brasil",
    ),
    C(
        "his wife's move to Monterrey is not his; he wants Monterrey himself",
        "data_eng",
        [
            person("data_eng", "Ciudad de México, México")(
                "Ángel Cervantes",
                2,
                "Él quiere mudarse a Monterrey, ya está buscando depa",
            ),
            person("data_eng", "Ciudad de México, México")(
                "Gilberto Nájera",
                0,
                touches=[
                    callnote(
                        40,
                        "Su esposa se muda a Monterrey por trabajo, pero él se queda en CDMX con "
                        "los niños; no se reubica.",
                    )
                ],
            ),
        ],
        **MTY_ONSITE,
    ),
]

LEVEL = [
    C(
        "wants to lead a team vs wants to stay hands-on, manager role",
        "manager",
        [
            scl_mgr("Felipe Guzmán", 2, "Quiere liderar personas, ya hizo de tech lead informal"),
            scl_mgr("Ignacia Pérez", 0, "No quiere gestionar gente; quiere volver a programar"),
        ],
        **SCL_HYBRID,
    ),
    C(
        "burned out from managing, wants to code; hands-on IC role",
        "backend",
        [
            sp_dev("Rafael Amaral", 2, "Cansou de gestão, quer voltar a codar como IC"),
            sp_dev("Carolina Brito", 0, "Só aceita cargo de gestão agora, coordenação de time"),
        ],
        description="Hands-on individual contributor role, no direct reports.",
        **BR_REMOTE,
    ),
    C(
        "managing a team of 12 in a BPO: 'ya quiero personal a cargo' vs 'sin gente a cargo'",
        "cs",
        [
            mty_cx(
                "Nancy Zamora", 2, "Quiere ya tener personal a cargo, lleva 3 años de agente senior"
            ),
            mty_cx("Arnulfo Reyna", 0, "Ya no quiere gente a cargo, quiere rol individual"),
        ],
        title="CX Team Lead (12 agents)",
        **MTY_ONSITE,
    ),
    C(
        "'not opposed to managing' is not a refusal",
        "manager",
        [
            scl_mgr(
                "Gaspar Montes",
                2,
                touches=[li(40, "no me opongo a liderar equipo, de hecho me interesa")],
            ),
            scl_mgr(
                "Macarena Silva", 0, touches=[li(40, "liderar equipo no, prefiero arquitectura")]
            ),
        ],
        **SCL_HYBRID,
    ),
]

STAGE_SIZE = [
    C(
        "wants a big stable bank vs wants a startup; a 100-year-old bank",
        "backend",
        [
            bog_dev(
                "Hugo Valencia", 2, "Quiere un banco grande y estable tras dos startups quebradas"
            ),
            bog_dev("Mariana Lara", 0, "Quiere startup early stage, nada de corporativo"),
        ],
        title="Senior Backend Engineer, Banco del Pacífico Andino",
        description="Join the digital channels team of a 100-year-old bank with 12,000 employees.",
        **BOG_HYBRID,
    ),
    C(
        "seed-stage startup: wants the chaos vs wants stability",
        "frontend",
        [
            med_front("Santiago Mejía", 2, "Quiere startup chiquita, seed, con equity"),
            med_front("Luisa Franco", 0, "Nada de startups, quiere empresa consolidada"),
        ],
        description="Employee number 8 at a seed-stage fintech; equity included.",
        **MED_HYBRID,
    ),
    C(
        "'nada de consultoras/outsourcing' and this is a nearshore agency",
        "backend",
        [
            gdl_dev("Pablo Chávez", 0, "Nada de consultoras ni outsourcing, solo producto propio"),
            gdl_dev("Diana Orozco", 2, "Le gusta la consultora, rotar entre clientes de EU"),
        ],
        description="Nearshore staff augmentation: you'll be placed with US clients, rotating "
        "projects every 6-12 months.",
        **LATAM_REMOTE_USD,
    ),
    C(
        "mid-size scale-up wanted, not too small, not a giant",
        "data_eng",
        [
            ba_data(
                "Leonel Godoy", 2, "Busca empresa mediana, 200-500 personas, ya probó unicornios"
            ),
            ba_data("Antonella Ruiz", 1),
        ],
        description="A 300-person scale-up, profitable, Series C.",
        **BA_REMOTE,
    ),
]


MISSION = [
    C(
        "mining refused on principle vs happy in mining",
        "data_eng",
        [
            person("data_eng", "Santiago, Chile")(
                "Tomás Aravena", 0, "No trabaja para mineras, por el impacto en el agua"
            ),
            person("data_eng", "Santiago, Chile")(
                "Valentina Rojas", 2, "Le encanta la minería, creció en Calama"
            ),
        ],
        title="Senior Data Engineer, copper mining",
        description="Build the data platform for a copper mining group's operations.",
        **SCL_HYBRID,
    ),
    C(
        "gambling refused vs no objection; an online casino",
        "backend",
        [
            lima_dev("Mateo Quiroz", 0, "Casinos y apuestas no, su papá fue ludópata"),
            lima_dev("Andrea Zegarra", 2, "Le da igual la industria mientras el stack sea bueno"),
        ],
        description="Build the betting engine of a fast-growing online casino and sportsbook.",
        remote_policy="remote",
        location="Remote (Perú)",
    ),
    C(
        "gambling refused, but this is a lottery-free fintech",
        "backend",
        [
            cdmx_dev("Norberto Solano", 2, "No apuestas ni casinos; fintech sí"),
            cdmx_dev("Elena Carrasco", 1),
        ],
        description="Payments for small shops in Mexico: a fintech for tienditas.",
        **MX_REMOTE,
    ),
    C(
        "oil and gas refused vs wants energy",
        "sre",
        [
            person("sre", "Neuquén, Argentina")(
                "Lautaro Benítez", 0, "No quiere petroleras, quiere energías renovables"
            ),
            person("sre", "Neuquén, Argentina")(
                "Mora Quintana", 2, "Quiere seguir en Oil & Gas, le encanta"
            ),
        ],
        description="Platform team for an oil and gas operator in Vaca Muerta.",
        remote_policy="hybrid",
        location="Neuquén, Argentina",
    ),
    C(
        "wants agribusiness with a climate angle",
        "data_eng",
        [
            person("data_eng", "São Paulo, Brasil")(
                "Gustavo Lima",
                2,
                "Quer trabalhar com agro e sustentabilidade, rastreabilidade de soja",
            ),
            person("data_eng", "São Paulo, Brasil")("Mirela Santos", 1),
        ],
        description="Traceability data for deforestation-free soy supply chains.",
        **BR_REMOTE,
    ),
    C(
        "wants health impact; a public-health startup vs wants ad-tech money",
        "frontend",
        [
            med_front("Verónica Uribe", 2, "Quiere que su trabajo ayude a la salud pública"),
            med_front("Jorge Palacio", 1, "Quiere trabajar en ad-tech, donde pagan más"),
        ],
        description="Telemedicine for rural Colombia: our app brings doctors to veredas.",
        **CO_REMOTE,
    ),
    C(
        "tobacco refused in a long note; the role is at a tobacco company",
        "sales",
        [
            lima_sales(
                "Gonzalo Lozada",
                0,
                touches=[
                    callnote(
                        50,
                        "Gonzalo: 8 años en consumo masivo, cerró cuentas grandes con Backus, "
                        "inglés fluido, ok con la banda, ok con la oficina en San Isidro. Dejó "
                        "claro que no trabaja para tabacaleras, murió su abuelo de cáncer.",
                    )
                ],
            ),
            lima_sales(
                "Ximena Torres",
                2,
                touches=[
                    callnote(
                        50,
                        "Ximena: 8 años en consumo masivo, cerró cuentas grandes con Gloria, "
                        "inglés fluido, ok con la banda, ok con San Isidro.",
                    )
                ],
            ),
        ],
        description="Key accounts for a tobacco and nicotine products company in Peru.",
        **LIMA_ONSITE,
    ),
    C(
        "banking refused ('nunca más banco') vs wants banking",
        "backend",
        [
            sp_dev("Rodrigo Farias", 0, "Nunca mais banco, burocracia demais"),
            sp_dev("Aline Medeiros", 2, "Quer continuar em banco, gosta de sistemas financeiros"),
        ],
        title="Senior Backend Engineer, Banco Itaguaçu",
        description="Core banking services at a traditional Brazilian bank.",
        **SP_HYBRID,
    ),
    C(
        "defence refused; the role is at an education nonprofit",
        "backend",
        [
            bog_dev(
                "Alexander Prieto", 2, "Quiere trabajar en educación; nada de defensa ni armas"
            ),
            bog_dev("Marcela Ruiz", 1),
        ],
        description="Platform for a nonprofit bringing free maths tutoring to public schools.",
        **CO_REMOTE,
    ),
    C(
        "crypto refused vs crypto wanted; a crypto exchange",
        "backend",
        [
            ba_dev("Ezequiel Martín", 0, "Cripto no, no cree en eso"),
            ba_dev("Celeste Ojeda", 2, "Quiere trabajar en cripto, ya opera stablecoins"),
        ],
        description="Matching engine for a crypto exchange serving Argentina and Brazil.",
        **BA_REMOTE,
    ),
]

TECH = [
    C(
        "Java refused vs Java wanted; a Java shop",
        "backend",
        [
            cdmx_dev("Gabriel Santana", 0, "No quiere volver a Java, solo Python"),
            cdmx_dev("Lucía Espinoza", 2, "Quiere Java y Spring Boot, es lo que más disfruta"),
        ],
        requirements="Java 17\nSpring Boot\nPostgreSQL\nAWS",
        description="Services in Java and Spring Boot for a US insurer.",
        **LATAM_REMOTE_USD,
    ),
    C(
        "wants Go; a Go platform role",
        "sre",
        [
            sp_sre("Vinícius Araújo", 2, "Quer trabalhar com Go em produção"),
            sp_sre("Bruna Kato", 1),
        ],
        description="Platform services written in Go on Kubernetes.",
        **BR_REMOTE,
    ),
    C(
        ".NET refused, the role is C#/.NET",
        "backend",
        [
            bog_dev("Cristian Vargas", 0, "Nada de .NET ni C#, lo odia desde la universidad"),
            bog_dev("Tatiana Rubio", 2, "Disfruta C# y .NET, quiere seguir ahí"),
        ],
        requirements="C#\n.NET 8\nSQL Server\nAzure",
        description="Modernise a bank's .NET services on Azure.",
        **BOG_HYBRID,
    ),
    C(
        "SAP: wants out of SAP vs SAP is what they want",
        "data_eng",
        [
            mty_data("Rogelio Tamez", 0, "Quiere salir del mundo SAP, nada de ABAP"),
            mty_data("Karina Montemayor", 2, "Quiere seguir en SAP BW/HANA"),
        ],
        description="Data engineering on SAP HANA and BW for a steel company.",
        **MTY_ONSITE,
    ),
    C(
        "PHP legacy refused; this role is Python greenfield",
        "backend",
        [
            gdl_dev("Iván Maldonado", 2, "Harto de PHP legacy; quiere Python y proyectos nuevos"),
            gdl_dev("Cecilia Ramos", 1),
        ],
        description="Greenfield Python and FastAPI services, no legacy.",
        **GDL_HYBRID,
    ),
    C(
        "mainframe COBOL refused vs fine; a COBOL migration role",
        "backend",
        [
            lima_dev("Raúl Castañeda", 0, "COBOL y mainframe nunca más"),
            lima_dev("Milagros Ríos", 2, "COBOL no le asusta, le gusta migrar legado"),
        ],
        description="Migrate a bank's COBOL mainframe batch jobs to Python on AWS.",
        **LIMA_ONSITE,
    ),
    C(
        "wants Salesforce after years on HubSpot vs refuses Salesforce",
        "sales",
        [
            lima_sales("Diego Barrantes", 2, "Quiere trabajar con Salesforce, no más HubSpot"),
            lima_sales("Vania Chirinos", 0, "Odia Salesforce, solo HubSpot"),
        ],
        requirements="SaaS sales\nSalesforce\nNegotiation",
        **LIMA_ONSITE,
    ),
    C(
        "wants data in dbt and Snowflake; refused Informatica",
        "data_eng",
        [
            ba_data(
                "Pablo Iglesias", 2, "Quiere stack moderno: dbt, Snowflake; nada de Informatica"
            ),
            ba_data("Lourdes Vera", 0, "Prefiere seguir con Informatica y Oracle"),
        ],
        description="Modern stack: dbt on Snowflake with Airflow, no legacy ETL tools.",
        **BA_REMOTE,
    ),
    C(
        "Angular refused; the role is React",
        "frontend",
        [
            med_front("Camilo Ospina", 2, "No quiere más Angular; quiere React"),
            med_front("Sofía Gómez", 0, "Solo Angular, no le gusta React"),
        ],
        **MED_HYBRID,
    ),
    C(
        "AWS wanted vs 'solo Azure'",
        "sre",
        [
            person("sre", "Bogotá, Colombia")(
                "Nelson Cortés", 0, "Solo Azure, no quiere aprender AWS"
            ),
            person("sre", "Bogotá, Colombia")(
                "Paola Méndez", 2, "Quiere AWS, tiene la certificación"
            ),
        ],
        requirements="AWS\nTerraform\nKubernetes",
        description="Platform on AWS with EKS and Terraform.",
        **CO_REMOTE,
    ),
]


# --- 7. last time's reason, the history with us, the latest process -------------------------

PAST_REFORMA = dict(
    remote_policy="onsite",
    location="Ciudad de México, México",
    salary_max=1_020_000,
    currency="MXN",
)
PAST_SP_PJ = dict(remote_policy="hybrid", location="São Paulo, Brasil")

LAST_TIME = [
    C(
        "declined five days in Reforma; this role is remote",
        "backend",
        [
            cdmx_dev(
                "Arely Contreras",
                2,
                apps=[
                    declined(
                        200, "remote_policy", "5 días presencial en Reforma, no", past=PAST_REFORMA
                    )
                ],
            ),
            cdmx_dev("Daniel Peralta", 1),
        ],
        **MX_REMOTE,
    ),
    C(
        "declined the office; this role is on-site again",
        "backend",
        [
            cdmx_dev(
                "Jaime Ocaranza",
                0,
                apps=[
                    declined(
                        150, "remote_policy", "No aceptó ir diario a la oficina", past=PAST_REFORMA
                    )
                ],
            ),
            cdmx_dev("Lorena Méndez", 2),
        ],
        **CDMX_ONSITE,
    ),
    C(
        "declined over pay (wanted 110k MXN); the band now reaches 115k",
        "backend",
        [
            cdmx_dev(
                "Francisco Ávila",
                2,
                apps=[
                    declined(
                        300, "compensation", "Pidió 110k MXN/mes; tope era 85k", past=PAST_REFORMA
                    )
                ],
            ),
            cdmx_dev("Guadalupe Robles", 1),
        ],
        currency="MXN",
        salary_min=1_200_000,
        salary_max=1_380_000,
        **CDMX_HYBRID,
    ),
    C(
        "declined over PJ; this role is CLT",
        "backend",
        [
            sp_dev(
                "Wagner Lopes",
                2,
                apps=[declined(180, "other", "Recusou por ser PJ, só aceita CLT", past=PAST_SP_PJ)],
            ),
            sp_dev("Simone Arruda", 1),
        ],
        description="Contratação CLT com 13º, férias e plano de saúde.",
        **SP_HYBRID,
    ),
    C(
        "declined over PJ; this role is PJ again",
        "backend",
        [
            sp_dev(
                "Jefferson Campos",
                0,
                apps=[declined(120, "other", "Recusou por ser PJ, só aceita CLT", past=PAST_SP_PJ)],
            ),
            sp_dev("Tainá Ribeiro", 2),
        ],
        description="Contrato PJ, sem 13º.",
        **SP_HYBRID,
    ),
    C(
        "silver medalist in the Bogotá final vs a CV never screened",
        "backend",
        [
            bog_dev(
                "Julio César Ardila",
                2,
                apps=[final_loss(240, "Perdió por poco contra otro finalista")],
            ),
            bog_dev(
                "Lina Marcela Peña",
                1,
                apps=[app(240, "applied", "rejected", "other", "No se revisó a tiempo")],
            ),
        ],
        **BOG_HYBRID,
    ),
    C(
        "no-show to the final vs a strong final",
        "data_eng",
        [
            mty_data(
                "Ramón Villarreal",
                0,
                apps=[
                    app(
                        90,
                        "final",
                        "rejected",
                        "no_show",
                        "No se presentó a la final ni avisó",
                        role="Senior Data Engineer",
                    )
                ],
            ),
            mty_data("Sonia Garza", 2, apps=[final_loss(200, role="Senior Data Engineer")]),
        ],
        **MX_REMOTE,
    ),
    C(
        "rejected last month for weak English for a US client vs a strong final last year",
        "backend",
        [
            gdl_dev(
                "Héctor Jiménez",
                0,
                apps=[
                    app(
                        30,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "Inglés B1, no alcanza para llamadas con el cliente de EU",
                    )
                ],
            ),
            gdl_dev("Patricia Mora", 2, apps=[final_loss(330)]),
        ],
        **LATAM_REMOTE_USD,
    ),
    C(
        "the latest process counts: hired by us three months ago vs an old final",
        "sre",
        [
            sp_sre(
                "Leonardo Martins",
                0,
                apps=[
                    app(
                        95,
                        "offer",
                        "hired",
                        None,
                        "Contratado pelo cliente via nós",
                        role="Senior SRE",
                    )
                ],
            ),
            sp_sre("Amanda Neves", 2, apps=[final_loss(400, role="Senior SRE")]),
        ],
        **BR_REMOTE,
    ),
]

# --- 8. several notes over time: the latest word counts ---------------------------------------

LATEST_WORD = [
    C(
        "nights refused in March, fine since September",
        "cs",
        [
            bog_cx(
                "Yesenia Lozano",
                2,
                ("No trabaja de noche", 250),
                (
                    "Ya puede trabajar de noche, su mamá se vino a vivir con ella y cuida al niño",
                    70,
                ),
            ),
            bog_cx("Marlon Ortiz", 0, ("No trabaja de noche, estudia", 60)),
        ],
        **role(BOG_ONSITE, **NIGHTS_BPO),
    ),
    C(
        "remote-only in 2025, now wants an office",
        "data_eng",
        [
            mty_data(
                "Eduardo Garza",
                2,
                ("Solo remoto", 400),
                ("Ya quiere oficina, extraña al equipo", 40),
            ),
            mty_data(
                "Fernanda Leal",
                0,
                ("Quiere oficina", 400),
                ("Ahora solo remoto, se fue a vivir a Saltillo", 40),
            ),
        ],
        **MTY_ONSITE,
    ),
    C(
        "a removal taken back by WhatsApp",
        "backend",
        [
            cdmx_dev(
                "Armando Reséndiz",
                2,
                touches=[
                    wa(300, "bórrenme de su lista"),
                    wa(
                        30,
                        "oigan, sé que les pedí que me borraran, pero ya estoy buscando. si "
                        "tienen algo remoto mándenmelo",
                    ),
                ],
            ),
            cdmx_dev(
                "Rosa Elvira Nava",
                0,
                touches=[
                    wa(300, "mantenme al tanto de vacantes"),
                    wa(30, "ya no me escribas, bórrame de tu base por favor"),
                ],
                excluded=True,
            ),
        ],
        **MX_REMOTE,
    ),
    C(
        "Java refused, then wanted after a Spring course",
        "backend",
        [
            gdl_dev(
                "Rubén Oropeza",
                2,
                ("No Java", 300),
                ("Tomó un curso de Spring Boot y ahora sí quiere Java", 45),
            ),
            gdl_dev("Sara Macías", 0, ("Quiere Java", 300), ("Ya no quiere Java, solo Python", 45)),
        ],
        requirements="Java 17\nSpring Boot\nPostgreSQL",
        description="Services in Java and Spring Boot.",
        **GDL_HYBRID,
    ),
    C(
        "travel refused while her kids were small, now welcomes it",
        "sales",
        [
            lima_sales(
                "Carmen Rosa Tello",
                2,
                touches=[
                    callnote(500, "No viaja, hijos pequeños"),
                    callnote(50, "Hijos ya en la universidad; ahora quiere viajar por trabajo"),
                ],
            ),
            lima_sales(
                "Lizbeth Arce",
                0,
                touches=[
                    callnote(500, "Viaja sin problema"),
                    callnote(50, "Acaba de tener mellizos, cero viajes por un buen tiempo"),
                ],
            ),
        ],
        description="Travel two weeks a month across Peru's southern mining region.",
        **LIMA_ONSITE,
    ),
    C(
        "pay ask lowered vs raised",
        "backend",
        [
            bog_dev(
                "Mauricio Pabón",
                2,
                ("Pide 28 millones COP/mes", 300),
                ("Bajó su pretensión a 19 millones; prioriza remoto", 30),
            ),
            bog_dev(
                "Astrid Niño",
                0,
                ("Pide 18 millones COP/mes", 300),
                ("Subió su pretensión a 30 millones tras una contraoferta", 30),
            ),
        ],
        currency="COP",
        salary_min=216_000_000,
        salary_max=240_000_000,
        **CO_REMOTE,
    ),
    C(
        "mining refused, then wanted after moving to Antofagasta",
        "data_eng",
        [
            person("data_eng", "Santiago, Chile")(
                "Diego Salgado",
                2,
                ("No quiere minería", 400),
                ("Ahora le interesa la minería, se fue a vivir a Antofagasta", 20),
            ),
            person("data_eng", "Santiago, Chile")(
                "Macarena Tapia",
                0,
                ("Le interesa la minería", 400),
                ("Ya no quiere saber nada de minería", 20),
            ),
        ],
        title="Senior Data Engineer, copper mining",
        description="Data platform for a copper mining group.",
        **SCL_HYBRID,
    ),
    C(
        "CLT only, then open to PJ",
        "sre",
        [
            sp_sre("Ricardo Nogueira", 2, ("Só CLT", 300), ("Agora topa PJ, abriu CNPJ", 40)),
            sp_sre(
                "Kátia Rezende",
                0,
                ("PJ tranquilo", 300),
                ("Agora só CLT, vai financiar apartamento", 40),
            ),
        ],
        description="Contrato PJ.",
        **BR_REMOTE,
    ),
    C(
        "managing wanted, then refused after a bad year",
        "manager",
        [
            scl_mgr(
                "Álvaro Jiménez",
                0,
                ("Quiere liderar equipo", 300),
                ("Ya no quiere gestionar gente, quiere volver a programar", 30),
            ),
            scl_mgr(
                "Isidora Cruz",
                2,
                ("Prefiere ser IC", 300),
                ("Ahora sí quiere liderar personas", 30),
            ),
        ],
        **SCL_HYBRID,
    ),
    C(
        "on-call: 'no' in January, 'ok if paid' in October",
        "sre",
        [
            person("sre", "Buenos Aires, Argentina")(
                "Franco Villalba",
                2,
                touches=[
                    li(310, "guardias no"),
                    li(40, "repensé lo de las guardias: si se pagan, ok"),
                ],
            ),
            person("sre", "Buenos Aires, Argentina")(
                "Daiana Moreno",
                0,
                touches=[li(310, "guardias ok"), li(40, "ya no hago guardias, me quemé")],
            ),
        ],
        **role(BA_REMOTE, **ONCALL),
    ),
    C(
        "gambling fine, then refused",
        "backend",
        [
            cdmx_dev(
                "Omar Villegas",
                0,
                ("Le da igual la industria", 300),
                ("Ya no quiere apuestas ni casinos", 20),
            ),
            cdmx_dev(
                "Lizeth Rosales",
                2,
                ("No apuestas", 300),
                ("Cambió de opinión: apuestas deportivas ok", 20),
            ),
        ],
        description="Sportsbook and online casino platform.",
        **MX_REMOTE,
    ),
    C(
        "wait: 'not before March' then 'ready now'",
        "frontend",
        [
            med_front(
                "Felipe Cardona",
                2,
                ("No antes de marzo", 40),
                ("Se cayó el proyecto, ya está disponible", 5),
            ),
            med_front(
                "Ana María Rendón",
                1,
                ("Disponible", 60),
                ("Mejor después de Semana Santa, acepté un proyecto", 5),
            ),
        ],
        **MED_HYBRID,
    ),
]

HELDOUT51_CASES: list[Case] = [
    *OPT_OUTS,
    *WAITS,
    *NO_WAIT,
    *SCHEDULE,
    *TRAVEL,
    *VISA,
    *CONTRACT,
    *COMMUTE,
    *PAY,
    *WORK_MODE,
    *LOCATION,
    *LEVEL,
    *STAGE_SIZE,
    *MISSION,
    *TECH,
    *LAST_TIME,
    *LATEST_WORD,
]

# The class names the set checks share (tests/test_eval_cases.py), over this file's own lists:
# here negation and its scope sit inside the work-mode cases (class 5), and last time's reason
# resolved or still standing inside the cases of last time (class 7).
LOCATIONS, NEGATIONS, RESOLVED = LOCATION, WORK_MODE, LAST_TIME
