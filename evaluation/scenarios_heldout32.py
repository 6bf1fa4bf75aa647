"""Held-out rediscovery cases, thirty-second set: seasonal, leisure and maritime hospitality in
the words of crew agencies, resort recruiters and the crew themselves, written by a stranger to
the reader (its code, its labelled sets and the earlier case files' sentences were not looked at;
held-out 10 was opened for its format only).

It stands in for the records outsiders will check Encore against, so it is measured and reported
on its own line ("held-out 32") and never tuned to what Encore does. The recruiters are a yacht
crew agency in Antibes and Fort Lauderdale, a cruise line's crewing desk in Miami, a ski-resort
and mountain-hospitality recruiter working Whistler, Zermatt, Val d'Isère, Niseko and Queenstown,
a theme-park and resort team in Orlando and on the Gold Coast, a spa and fitness chain, and a
festival and touring-crew outfit. The voices: terse ATS and agency shorthand ("cand", "SOn/SOff",
"DNC", "2nd stew", "M/Y", "fwd", typos left in), captains' references, crew WhatsApps and
Instagram DMs in lower case, long chatty replies typed at the bar on a day off that mention dates
without asking for any wait, formal letters, and lines in Spanish, Italian, Greek, French,
Tagalog and Afrikaans. The talk is of rotations (2:2, 3:1), 6-9 month contracts with two months
off, the winter season (Dec-Apr) and the summer season (May-Oct), the shoulder season, dry dock
and yard periods, boat shows (Monaco, FLIBS, Palm Beach), Christmas and New Year charters,
school holidays, STCW and ENG1, B1/B2 and C1/D visas, Working Holiday visas and Swiss seasonal
permits, tips and service charge, day rates, spa retail commission, live-aboard cabins and staff
accommodation. The people are deckhands, bosuns, stewardesses, yacht and ship chefs, pursers,
lift operators, ski instructors, spa therapists, personal trainers, lifeguards, F&B managers,
stage and touring crew, and front-office managers.

Classes, each several times in different wordings, each beside a near-miss twin:

1. opt-outs (a WhatsApp to delete the number, an Instagram DM, an agency's DNC, Spanish, Greek,
   Tagalog and Afrikaans, a formal withdrawal of consent, "no thanks, don't write again", her
   own stop against a boyfriend's): never shown; beside each a new number, "not on Instagram,
   email me", one cruise line refused, "not during service", "not Mykonos", a weak signal at sea,
   "not the Caribbean", one resort withdrawn from, "no thanks to ships", a boyfriend's stop she
   took back;
2. waits counted from the day said, each against a twin whose wait has run out: a Caribbean
   charter season against a Med one, a cruise contract signed off in May against one signed off
   in August, a ski season to April against one to October, the February half-term against
   September, a knee operation, a dry-dock yard period, Christmas charters to Reyes against
   Semana Santa, a Cortina winter against a Positano summer, a tour ending in March against
   one ended in August, maternity leave, a boat show in March against the Monaco show;
3. schedule, travel, visa, contract and commute: split shifts, overnight load-outs, Christmas on
   the mountain, 7am lift checks, custody weekends, charter hours and MLC rest hours; touring,
   overnights away, an Atlantic crossing, a world cruise, a past employer's moves this role does
   not have; B1/B2, C1/D, the Working Holiday age cap, a Swiss L permit, a husband's visa, a used
   NZ Working Holiday; rotation, seasonal against year-round both ways, part-time, day-work
   against permanent, contract length; buses that stop before the park shuts, the M1, the Sea to
   Sky, staff accommodation;
4. pay against the band: a monthly salary, a day rate, an hourly rate, spa commission, tips,
   a current salary above the band with a lower ask, AUD, tronc and service charge;
5. work mode said only in the policy field, only in the description, only in the title, only in
   the offers (in Spanish), and an on-site role;
6. negation and scope ("not against split shifts", "the money wasn't the problem, the captain
   was", "never said no to kids' lessons", "no problem sharing a cabin", "no me importa los
   fines de semana", "not opposed to running a team");
7. location and relocation (a partner's job in Antibes, Med against Florida, Niseko, a mother
   in Leeds, a husband's posting she is not following, an island season in Greece), managing
   against hands-on, boat and ship size, a pre-opening, a family-run chalet company, missions
   (expedition cruising, game fishing, a casino resort, a sober wellness retreat) and technology
   (Opera Cloud, sail against motor, machine facials);
8. last time's reason resolved by this role or still standing (a shared cabin against a 3:1
   rotation, pay against live-aboard, a Japanese visa against kids' ski school, staff housing
   against six-day weeks, commission only against Sundays, touring against overnight load-ins),
   the history with us (a drunken night ashore, a no-show at a trial day, a recent gap, a failed
   ENG1, a captain who would not give a reference) and the latest process (a trial trip against a
   CV never sent, a placement made eight weeks ago, a counter-offer used again, a final lost);
9. several notes over time where the latest word counts: ships refused then wanted, a stop
   taken back against a "keep me posted" turned into a removal, a pay ask lowered and raised,
   Caribbean then Med, winters then summers, sea then shore.

Dates count back from the scenario day (Monday 23 November 2026, ``scenario_runner.NOW``).
"""

from datetime import date

from evaluation.scenarios import C, Case, P, app, touch

# --- who the people are: equally skilled within a case, so only their words decide ---------

DECKHAND = dict(
    current_title="Deckhand",
    skills=["STCW Basic Safety", "ENG1", "RYA Powerboat Level 2", "Tender driving", "Varnishing"],
    years_experience=4,
    resume_text=(
        "Deckhand, four seasons on 45-70m motor yachts in the Med and Caribbean: washdowns, "
        "teak and varnish, line handling, tender and toy operation, guest watersports and "
        "anchor watches. STCW, ENG1, PB2 and Yachtmaster Coastal theory."
    ),
)
STEW = dict(
    current_title="Second Stewardess",
    skills=["Silver service", "Wine service", "Laundry and housekeeping", "STCW", "ENG1"],
    years_experience=5,
    resume_text=(
        "Second stewardess, five years on charter motor yachts of 50-65m: silver service, "
        "wine and cocktails, table styling, guest laundry, cabin turn-downs, provisioning and "
        "training junior stews. STCW, ENG1, GUEST Interior Operations Level 2."
    ),
)
YACHT_CHEF = dict(
    current_title="Yacht Chef",
    skills=["Fine dining", "Provisioning", "Dietary menus", "Food Safety Level 3", "STCW"],
    years_experience=9,
    resume_text=(
        "Yacht chef, nine years in restaurant and galley kitchens, the last four as sole chef "
        "on private and charter yachts: guest and crew menus, provisioning in remote ports, "
        "allergies and plant-based cooking, MCA Ship's Cook Certificate."
    ),
)
PURSER = dict(
    current_title="Purser",
    skills=["Crew administration", "Port clearance", "Guest accounts", "Payroll", "Fidelio"],
    years_experience=7,
    resume_text=(
        "Purser on cruise ships and large yachts, seven years: crew documentation and visas, "
        "port clearance with agents, guest accounts and onboard revenue, payroll, cash office "
        "and Fidelio and Opera shipboard systems."
    ),
)
SKI_INSTRUCTOR = dict(
    current_title="Ski Instructor",
    skills=["BASI Level 3", "Private lessons", "Kids' ski school", "Off-piste guiding", "French"],
    years_experience=8,
    resume_text=(
        "Ski instructor, eight winters split between the Alps and the southern hemisphere: "
        "private and group lessons, kids' ski school, race coaching, off-piste with a guide. "
        "BASI Level 3 (ISTD pending), first aid, French and some Japanese."
    ),
)
LIFTIE = dict(
    current_title="Lift Operator",
    skills=["Chairlift operation", "Gondola loading", "Guest safety", "Snow clearing"],
    years_experience=3,
    resume_text=(
        "Lift operator, three winters on chairlifts and a gondola: morning lift checks, "
        "loading and unloading, evacuation drills, snow clearing of ramps and mazes, and "
        "guest safety briefings."
    ),
)
SPA_THERAPIST = dict(
    current_title="Spa Therapist",
    skills=["Massage", "Facials", "Body wraps", "Retail sales", "CIDESCO"],
    years_experience=6,
    resume_text=(
        "Spa therapist, six years in resort and cruise-ship spas: Swedish and deep-tissue "
        "massage, hot stone, facials with Elemis and Comfort Zone, body wraps, retail targets "
        "met every month. CIDESCO diploma."
    ),
)
TRAINER = dict(
    current_title="Personal Trainer",
    skills=["Personal training", "Group classes", "Strength and conditioning", "Nutrition"],
    years_experience=5,
    resume_text=(
        "Personal trainer, five years in health clubs and a resort gym: one-to-one programmes, "
        "HIIT and spin classes, strength and conditioning for golfers and skiers, and "
        "nutrition plans. Level 3 PT, first aid."
    ),
)
LIFEGUARD = dict(
    current_title="Lifeguard",
    skills=["Pool lifeguarding", "Open water rescue", "CPR and AED", "First aid"],
    years_experience=4,
    resume_text=(
        "Lifeguard, four summers at water parks and resort pools: wave pool and slide "
        "dispatch, open-water rescue, CPR, AED and oxygen, incident reports and rotation "
        "schedules. Ellis & Associates certified."
    ),
)
FB_MANAGER = dict(
    current_title="F&B Manager",
    skills=["Restaurant operations", "Beverage costing", "Rota planning", "Micros POS"],
    years_experience=10,
    resume_text=(
        "Food and beverage manager, ten seasons in beach clubs, island resorts and a ski hotel: "
        "three outlets, teams of up to 40, beverage costing, rotas, Micros POS, and opening "
        "and closing seasons."
    ),
)
STAGEHAND = dict(
    current_title="Stage Technician",
    skills=["Rigging", "Lighting", "Load-in and load-out", "IPAF", "Show calling"],
    years_experience=6,
    resume_text=(
        "Stage technician, six years on festival stages, arena tours and theme-park shows: "
        "rigging, lighting focus, load-ins and load-outs, automation, IPAF and working at "
        "height, and calling cues for resident shows."
    ),
)
FRONT_OFFICE = dict(
    current_title="Front Office Manager",
    skills=["Front office operations", "Opera PMS", "Revenue management", "Guest relations"],
    years_experience=8,
    resume_text=(
        "Front office manager, eight years in resort and ski hotels of 150-400 rooms: "
        "reception, concierge and reservations teams, Opera PMS, upselling, group check-ins "
        "and guest recovery."
    ),
)


def crew(persona: dict, where: str):
    """People of one kind on the books: the same profile and persona, living in ``where`` unless
    a case says otherwise."""

    def make(name, grade, *said, apps=(), touches=(), excluded=False, **kw):
        extra = {**persona, "location": where, **kw}
        return P(name, "cs", grade, *said, apps=apps, touches=touches, excluded=excluded, **extra)

    return make


# --- who wrote what -------------------------------------------------------------------------


def whatsapp(days, words) -> dict:
    """The candidate's WhatsApp, as typed."""
    return touch(days, "inbound", "replied", note=words, channel="other")


def dm(days, words) -> dict:
    """The candidate's Instagram DM."""
    return touch(days, "inbound", "replied", note=words, channel="other")


def mail(days, words) -> dict:
    """The candidate's email or letter."""
    return touch(days, "inbound", "replied", note=words, channel="email")


def linkedin(days, words) -> dict:
    """The candidate's LinkedIn message."""
    return touch(days, "inbound", "replied", note=words, channel="linkedin")


def rang(days, words) -> dict:
    """A recruiter's call note, in their shorthand."""
    return touch(days, "outbound", "replied", "note", note=words, channel="phone")


def ats(days, words) -> dict:
    """A note typed into the ATS or the agency's CV notes."""
    return touch(days, "outbound", None, "note", note=words, channel="other")


def lost_trial(days, note=None, *, role="Second Stewardess") -> dict:
    """Reached the trial trip or final interview and lost to one other person."""
    return app(days, "final", "rejected", "other_candidate", note, rating=4.4, role=role)


def turned_down(days, reason, note, *, past=None, role="Second Stewardess") -> dict:
    """Turned the offer down."""
    return app(days, "offer", "declined_offer", reason, note, past=past, role=role)


def pulled_out(days, reason, note, *, stage="interview", past=None, role="Second Stewardess"):
    """Withdrew from the process."""
    return app(days, stage, "withdrew", reason, note, past=past, role=role)


def job(what: dict, where: dict, **more) -> dict:
    """An opening: what the job is, where and how it is worked, and anything else said."""
    return {**what, **where, **more}


# --- what the roles are ---------------------------------------------------------------------

DECK_ROLE = dict(
    title="Deckhand, 55m M/Y",
    department="Deck",
    seniority="junior",
    requirements="STCW Basic Safety\nENG1\nRYA Powerboat Level 2\nTender driving",
    description="Deckhand on a 55m private and charter motor yacht, crew of 14.",
)
BOSUN_ROLE = dict(
    title="Bosun, 62m M/Y",
    department="Deck",
    seniority="lead",
    requirements="STCW\nENG1\nYachtmaster Offshore\nTender driving\nLeading a deck team",
    description="Run the deck team of four on a 62m charter motor yacht.",
)
STEW_ROLE = dict(
    title="Second Stewardess, 58m M/Y",
    department="Interior",
    seniority="mid",
    requirements="STCW\nENG1\nSilver service\nWine service\nCharter experience",
    description="Second stew on a busy charter motor yacht, interior team of five.",
)
CHIEF_STEW_ROLE = dict(
    title="Chief Stewardess, 60m M/Y",
    department="Interior",
    seniority="lead",
    requirements="STCW\nENG1\nSilver service\nRunning an interior team\nInventory and budgets",
    description="Run the interior of a 60m charter motor yacht and its team of four stews.",
)
YACHT_CHEF_ROLE = dict(
    title="Sole Chef, 48m M/Y",
    department="Galley",
    seniority="senior",
    requirements="MCA Ship's Cook Certificate\nFine dining\nProvisioning\nSTCW\nENG1",
    description="Cook for guests and a crew of ten on a 48m private motor yacht.",
)
SHIP_HEAD_CHEF_ROLE = dict(
    title="Head Chef, Expedition Ship",
    department="Galley",
    seniority="lead",
    requirements="Running a galley brigade\nFine dining\nFood safety Level 3\nSTCW",
    description="Lead the galley of a 200-guest ship and a brigade of twelve.",
)
PURSER_ROLE = dict(
    title="Purser",
    department="Hotel Operations",
    seniority="senior",
    requirements="Crew administration\nPort clearance\nGuest accounts\nPayroll",
    description="Run the purser's office on a 2,400-guest cruise ship sailing from Miami.",
)
SKI_ROLE = dict(
    title="Ski Instructor (BASI/CSIA Level 3)",
    department="Ski School",
    seniority="mid",
    requirements="BASI or CSIA Level 3\nPrivate lessons\nFirst aid\nA second language",
    description="Teach private and group lessons for the winter season, December to April.",
)
SKI_DIRECTOR_ROLE = dict(
    title="Ski School Director",
    department="Ski School",
    seniority="manager",
    requirements="Level 3 or 4 instructor\nRunning a ski school\nScheduling\nHiring and training",
    description="Run a ski school of sixty instructors: hiring, scheduling, quality and sales.",
)
LIFT_ROLE = dict(
    title="Lift Operator",
    department="Mountain Operations",
    seniority="junior",
    requirements="Chairlift operation\nGuest safety\nSnow clearing\nEvacuation drills",
    description="Run chairlifts and the gondola, 7am to 3pm, lift checks before opening.",
)
SPA_ROLE = dict(
    title="Spa Therapist",
    department="Spa",
    seniority="mid",
    requirements="Massage\nFacials\nBody treatments\nRetail sales\nCIDESCO or equivalent",
    description="Massage, facials and body treatments in a resort spa of twelve rooms.",
)
SPA_MANAGER_ROLE = dict(
    title="Spa Manager",
    department="Spa",
    seniority="manager",
    requirements="Spa operations\nLeading therapists\nRetail targets\nTreatment menus",
    description="Run a spa of fourteen therapists: rotas, retail, treatment menus and P&L.",
)
PT_ROLE = dict(
    title="Personal Trainer",
    department="Fitness",
    seniority="mid",
    requirements="Level 3 PT\nGroup classes\nStrength and conditioning\nFirst aid",
    description="One-to-one training and group classes in a health club, five days a week.",
)
LIFEGUARD_ROLE = dict(
    title="Lifeguard",
    department="Aquatics",
    seniority="junior",
    requirements="Lifeguard certification\nCPR and AED\nFirst aid\nOpen water a plus",
    description="Guard wave pools and slides at a water park, weekends and school holidays.",
)
FB_ROLE = dict(
    title="F&B Manager",
    department="Food and Beverage",
    seniority="manager",
    requirements="Restaurant operations\nBeverage costing\nRota planning\nMicros POS",
    description="Run the restaurants, pool bar and beach club of a seasonal resort.",
)
STAGE_ROLE = dict(
    title="Stage Technician",
    department="Technical",
    seniority="mid",
    requirements="Rigging\nLighting\nLoad-in and load-out\nIPAF",
    description="Rigging, lighting and load-ins for live shows.",
)
FRONT_OFFICE_ROLE = dict(
    title="Front Office Manager",
    department="Rooms",
    seniority="manager",
    requirements="Front office operations\nOpera PMS\nLeading a reception team\nUpselling",
    description="Run reception, concierge and reservations for a 280-room resort.",
)

# --- where and how they are worked ----------------------------------------------------------

FORT_LAUDERDALE = dict(remote_policy="onsite", location="Fort Lauderdale, FL, USA")
MIAMI = dict(remote_policy="onsite", location="Miami, FL, USA")
ANTIBES = dict(remote_policy="onsite", location="Antibes, France")
PALMA = dict(remote_policy="onsite", location="Palma de Mallorca, Spain")
MONACO = dict(remote_policy="onsite", location="Monaco")
WHISTLER = dict(remote_policy="onsite", location="Whistler, BC, Canada")
ZERMATT = dict(remote_policy="onsite", location="Zermatt, Switzerland")
VAL_DISERE = dict(remote_policy="onsite", location="Val d'Isère, France")
NISEKO = dict(remote_policy="onsite", location="Niseko, Hokkaido, Japan")
QUEENSTOWN = dict(remote_policy="onsite", location="Queenstown, New Zealand")
ORLANDO = dict(remote_policy="onsite", location="Orlando, FL, USA")
GOLD_COAST = dict(remote_policy="onsite", location="Gold Coast, QLD, Australia")
SANTORINI = dict(remote_policy="onsite", location="Santorini, Greece")
RHODES = dict(remote_policy="onsite", location="Rhodes, Greece")
MYKONOS = dict(remote_policy="onsite", location="Mykonos, Greece")
IBIZA = dict(remote_policy="onsite", location="Ibiza, Spain")
LONDON = dict(remote_policy="onsite", location="London, UK")

# --- 1. opt-outs, each beside a near-miss that is shown --------------------------------------

OPT_OUTS = [
    C(
        "a WhatsApp to delete her number for good vs a new number to save instead",
        "cs",
        [
            crew(STEW, "Antibes, France")(
                "Saskia Bezuidenhout",
                0,
                touches=[
                    whatsapp(
                        45,
                        "hi, pls delete my number. im out of yachting for good and dont want any "
                        "more crew msgs from u guys. thx",
                    )
                ],
                excluded=True,
            ),
            crew(STEW, "Antibes, France")(
                "Marijke Stofberg",
                2,
                touches=[
                    whatsapp(
                        45,
                        "hi! new french number, pls delete the old SA one and save this instead. "
                        "still hunting for a 2nd stew job on a charter boat x",
                    )
                ],
            ),
        ],
        **job(STEW_ROLE, ANTIBES),
    ),
    C(
        "an Instagram DM never to send jobs vs not on Instagram, email instead",
        "cs",
        [
            crew(SKI_INSTRUCTOR, "Whistler, BC, Canada")(
                "Brody Kettlewell",
                0,
                touches=[
                    dm(
                        30,
                        "bro stop sliding into my DMs with jobs. not interested, not now, not "
                        "ever. blocking after this",
                    )
                ],
                excluded=True,
            ),
            crew(SKI_INSTRUCTOR, "Whistler, BC, Canada")(
                "Tavish Rennison",
                2,
                touches=[
                    dm(
                        30,
                        "hey man not here pls, my snow school director follows this account lol. "
                        "flick me an email instead - still keen on a L3 gig for the winter",
                    )
                ],
            ),
        ],
        **job(SKI_ROLE, WHISTLER),
    ),
    C(
        "agency removed him from every list vs removed from one cruise line's shortlist",
        "cs",
        [
            crew(DECKHAND, "Fort Lauderdale, FL, USA")(
                "Colby Haverstock",
                0,
                touches=[
                    ats(
                        70,
                        "Cand called in, req'd removal fr all our lists + DNC. Done, do not re-add "
                        "to mailers.",
                    )
                ],
                excluded=True,
            ),
            crew(DECKHAND, "Fort Lauderdale, FL, USA")(
                "Ridley Okonjo",
                2,
                touches=[
                    ats(
                        70,
                        "Cand called in, req'd removal fr the Carnival shortlist only (hates big "
                        "ships). Still wants yacht deck work out of FLL.",
                    )
                ],
            ),
        ],
        **job(DECK_ROLE, FORT_LAUDERDALE),
    ),
    C(
        "Spanish: don't contact me again, delete my data vs don't call during service",
        "cs",
        [
            crew(YACHT_CHEF, "Palma de Mallorca, Spain")(
                "Iñaki Arrizabalaga",
                0,
                touches=[
                    mail(
                        55,
                        "Por favor, no me vuelvan a contactar y borren todos mis datos de su "
                        "agencia. Gracias.",
                    )
                ],
                excluded=True,
            ),
            crew(YACHT_CHEF, "Palma de Mallorca, Spain")(
                "Xisco Garcías Pons",
                2,
                touches=[
                    mail(
                        55,
                        "Por favor, no me llaméis durante el servicio, mejor un WhatsApp. Sigo "
                        "buscando barco como chef, sobre todo con base en Palma.",
                    )
                ],
            ),
        ],
        **job(YACHT_CHEF_ROLE, PALMA),
    ),
    C(
        "Greek: don't bother me again vs not Mykonos, but Santorini yes",
        "cs",
        [
            crew(FB_MANAGER, "Athens, Greece")(
                "Stavroula Kourtidou",
                0,
                touches=[
                    mail(
                        40,
                        "Σας παρακαλώ μη με ξαναενοχλήσετε. Διαγράψτε το βιογραφικό μου από τη "
                        "βάση σας.",
                    )
                ],
                excluded=True,
            ),
            crew(FB_MANAGER, "Athens, Greece")(
                "Anestis Papadimou",
                2,
                touches=[
                    mail(
                        40,
                        "Όχι για Μύκονο, ευχαριστώ. Για Σαντορίνη ή Κρήτη όμως στείλτε μου ό,τι "
                        "έχετε για τη σεζόν.",
                    )
                ],
            ),
        ],
        **job(FB_ROLE, SANTORINI),
    ),
    C(
        "Tagalog: take me off your list vs a weak signal at sea, still interested",
        "cs",
        [
            crew(PURSER, "Cebu City, Philippines")(
                "Rowena Dimaculangan",
                0,
                touches=[
                    whatsapp(
                        35,
                        "Pakitanggal na po ako sa listahan ninyo. Ayoko na pong ma-contact tungkol "
                        "sa trabaho sa barko. Salamat po.",
                    )
                ],
                excluded=True,
            ),
            crew(PURSER, "Cebu City, Philippines")(
                "Jericho Manalastas",
                2,
                touches=[
                    whatsapp(
                        35,
                        "Pasensya na po sa late reply, mahina ang signal dito sa gitna ng dagat. "
                        "Interesado pa rin po ako sa purser position.",
                    )
                ],
            ),
        ],
        **job(PURSER_ROLE, MIAMI),
    ),
    C(
        "Afrikaans: don't write to me again vs not the Caribbean, keep me for the Med",
        "cs",
        [
            crew(DECKHAND, "Cape Town, South Africa")(
                "Wikus Labuschagne-Roos",
                0,
                touches=[
                    whatsapp(
                        50,
                        "Moet asseblief nie weer vir my skryf nie. Ek is klaar met die jagbedryf.",
                    )
                ],
                excluded=True,
            ),
            crew(DECKHAND, "Cape Town, South Africa")(
                "Ruan Vermeulen-Botha",
                2,
                touches=[
                    whatsapp(
                        50,
                        "Nie vir die Karibiese seisoen nie, dankie, maar hou my asseblief op "
                        "julle lys vir bote in die Med.",
                    )
                ],
            ),
        ],
        **job(DECK_ROLE, ANTIBES),
    ),
    C(
        "a formal letter withdrawing consent vs a formal letter withdrawing from one resort",
        "cs",
        [
            crew(SKI_INSTRUCTOR, "Chamonix, France")(
                "Philippa Wetherall-Dunn",
                0,
                touches=[
                    mail(
                        90,
                        "Dear Sir or Madam, I write to withdraw my consent to your agency holding "
                        "my details and to request that you cease all further contact with me. "
                        "Yours faithfully, P. Wetherall-Dunn",
                    )
                ],
                excluded=True,
            ),
            crew(SKI_INSTRUCTOR, "Chamonix, France")(
                "Henrietta Lavallière",
                2,
                touches=[
                    mail(
                        90,
                        "Dear Sir or Madam, I write to withdraw my application for the Niseko "
                        "post, as Japan is too far from my family this year. Please retain my "
                        "details for European resorts. Yours faithfully, H. Lavallière",
                    )
                ],
            ),
        ],
        **job(SKI_ROLE, VAL_DISERE),
    ),
    C(
        "'no thanks, and please don't write again' vs no thanks to ships, yachts yes",
        "cs",
        [
            crew(STEW, "Fort Lauderdale, FL, USA")(
                "Kenzie Albrighton",
                0,
                touches=[
                    touch(20, outcome="no_reply", kind="re_engagement", note="Sent 2nd stew spec."),
                    mail(12, "No thanks, and please don't write to me again."),
                ],
                excluded=True,
            ),
            crew(STEW, "Fort Lauderdale, FL, USA")(
                "Delphine Arceneaux",
                2,
                touches=[
                    touch(
                        20,
                        outcome="no_reply",
                        kind="re_engagement",
                        note="Sent cruise ship stew spec.",
                    ),
                    mail(
                        12,
                        "No thanks to the ship job - 3,000 passengers is not my idea of fun. "
                        "A charter yacht out of Lauderdale though, I'm all ears.",
                    ),
                ],
            ),
        ],
        **job(STEW_ROLE, FORT_LAUDERDALE),
    ),
    C(
        "her own stop vs a boyfriend's stop she took back the same day",
        "cs",
        [
            crew(SPA_THERAPIST, "Gold Coast, QLD, Australia")(
                "Tahlia Wunderlich",
                0,
                touches=[
                    rang(
                        25,
                        "Rang Tahlia re Broadbeach spa. She asked us to stop calling and take her "
                        "off the system - has left spa work. Respect it.",
                    )
                ],
                excluded=True,
            ),
            crew(SPA_THERAPIST, "Gold Coast, QLD, Australia")(
                "Brianna Kostopoulos",
                2,
                touches=[
                    rang(
                        25,
                        "Boyfriend answered Brianna's phone, told us to stop calling her. She "
                        "texted an hour later: ignore him, she's keen, wants spa roles on the "
                        "Coast.",
                    )
                ],
            ),
        ],
        **job(SPA_ROLE, GOLD_COAST),
    ),
]

# --- 2. waits counted from the day said, each beside a twin whose wait has run out -----------

WAITS = [
    C(
        "a Caribbean charter season till the end of April vs a Med season till end of September",
        "cs",
        [
            crew(DECKHAND, "Fort Lauderdale, FL, USA")(
                "Jaxon Pemberthy",
                1,
                touches=[
                    whatsapp(
                        date(2026, 10, 26),
                        "just joined a boat doing the caribbean charter season, locked in till "
                        "end of april. not jumping ship mid season, my name matters on the dock",
                    )
                ],
            ),
            crew(DECKHAND, "Fort Lauderdale, FL, USA")(
                "Callum Fairweather",
                2,
                touches=[
                    whatsapp(
                        date(2026, 5, 4),
                        "just joined a boat doing the med charter season, locked in till end of "
                        "september. not jumping ship mid season",
                    )
                ],
            ),
        ],
        **job(DECK_ROLE, FORT_LAUDERDALE),
    ),
    C(
        "a cruise contract signing off in May vs one that signed off in August",
        "cs",
        [
            crew(PURSER, "Manila, Philippines")(
                "Maricel Dela Paz",
                1,
                touches=[
                    ats(
                        date(2026, 9, 14),
                        "Cand SOn MSC Seaview 07/09, 8mo contract, SOff approx May. Cant break "
                        "contract. Re-contact for June joins.",
                    )
                ],
            ),
            crew(PURSER, "Manila, Philippines")(
                "Arnel Villacorta",
                2,
                touches=[
                    ats(
                        date(2026, 2, 2),
                        "Cand SOn Costa Firenze 26/01, 7mo contract, SOff end Aug. Cant break "
                        "contract. Re-contact after.",
                    )
                ],
            ),
        ],
        **job(PURSER_ROLE, MIAMI),
    ),
    C(
        "locked in till the Niseko lifts close in April vs till the Queenstown lifts closed",
        "cs",
        [
            crew(SKI_INSTRUCTOR, "Niseko, Hokkaido, Japan")(
                "Ashton Mackiewicz",
                1,
                touches=[
                    whatsapp(
                        date(2026, 11, 9),
                        "landed in niseko, season starts in 3 wks. im locked in til the lifts "
                        "close in april, after that im all yours mate",
                    )
                ],
            ),
            crew(SKI_INSTRUCTOR, "Queenstown, New Zealand")(
                "Fletcher Ruatapu",
                2,
                touches=[
                    whatsapp(
                        date(2026, 6, 15),
                        "landed in QT, season starts next wk. im locked in til the lifts close "
                        "in october, after that im all yours",
                    )
                ],
            ),
        ],
        **job(SKI_ROLE, ZERMATT),
    ),
    C(
        "no new job till the kids are back after February half-term vs after the summer holidays",
        "cs",
        [
            crew(TRAINER, "London, UK")(
                "Gemma Throssell",
                1,
                touches=[
                    mail(
                        date(2026, 10, 19),
                        "Thanks for thinking of me! I can't take anything on until the kids are "
                        "back at school after the February half-term - childcare is a nightmare "
                        "until then.",
                    )
                ],
            ),
            crew(TRAINER, "London, UK")(
                "Kirsty Blackadder",
                2,
                touches=[
                    mail(
                        date(2026, 6, 22),
                        "Thanks for thinking of me! I can't take anything on until the kids are "
                        "back at school in September - summer holidays are a nightmare.",
                    )
                ],
            ),
        ],
        **job(PT_ROLE, LONDON),
    ),
    C(
        "a knee operation this month, three months off skis vs one in May",
        "cs",
        [
            crew(SKI_INSTRUCTOR, "Innsbruck, Austria")(
                "Lukas Brandstätter",
                1,
                touches=[
                    rang(
                        date(2026, 11, 2),
                        "Spoke w/ Lukas - ACL op today, physio says no snow for at least 3 "
                        "months. Don't place him before then.",
                    )
                ],
            ),
            crew(SKI_INSTRUCTOR, "Innsbruck, Austria")(
                "Florian Wachtl",
                2,
                touches=[
                    rang(
                        date(2026, 5, 11),
                        "Spoke w/ Florian - ACL op today, physio says no snow for at least 3 "
                        "months. Don't place him before then.",
                    )
                ],
            ),
        ],
        **job(SKI_ROLE, ZERMATT),
    ),
    C(
        "seeing a Genoa yard period through to March vs one that finished in June",
        "cs",
        [
            crew(DECKHAND, "Genoa, Italy")(
                "Matteo Scarpellini",
                1,
                touches=[
                    mail(
                        date(2026, 11, 16),
                        "We went into dry dock in Genoa last week and we're there until March. I "
                        "promised the captain I'd see the yard period through, so nothing before "
                        "then please.",
                    )
                ],
            ),
            crew(DECKHAND, "Genoa, Italy")(
                "Edoardo Bellandi",
                2,
                touches=[
                    mail(
                        date(2026, 4, 13),
                        "We went into dry dock in Genoa last week and we're there until the end "
                        "of June. I promised the captain I'd see the yard period through.",
                    )
                ],
            ),
        ],
        **job(DECK_ROLE, ANTIBES),
    ),
    C(
        "Spanish: Christmas charters till Reyes vs a wait till Semana Santa",
        "cs",
        [
            crew(STEW, "Palma de Mallorca, Spain")(
                "Nerea Olabarrieta",
                1,
                touches=[
                    whatsapp(
                        date(2026, 10, 12),
                        "Hasta después de Reyes no puedo moverme: tenemos charters de Navidad y "
                        "Nochevieja en St Barths y le he dado mi palabra a la jefa de interior.",
                    )
                ],
            ),
            crew(STEW, "Palma de Mallorca, Spain")(
                "Itziar Arrieta Zabala",
                2,
                touches=[
                    whatsapp(
                        date(2026, 2, 9),
                        "Hasta después de Semana Santa no puedo moverme: el barco tiene charters "
                        "seguidos y le he dado mi palabra a la jefa de interior.",
                    )
                ],
            ),
        ],
        **job(STEW_ROLE, PALMA),
    ),
    C(
        "Italian: not before the end of a Cortina winter vs the end of a Positano summer",
        "cs",
        [
            crew(FB_MANAGER, "Milan, Italy")(
                "Ludovica Sanfilippo",
                1,
                touches=[
                    mail(
                        date(2026, 11, 16),
                        "Fino alla fine della stagione invernale a Cortina non posso muovermi, "
                        "ho firmato con l'hotel. Dopo Pasqua sentiamoci.",
                    )
                ],
            ),
            crew(FB_MANAGER, "Milan, Italy")(
                "Gianmarco Tortorici",
                2,
                touches=[
                    mail(
                        date(2026, 6, 1),
                        "Fino alla fine della stagione estiva a Positano non posso muovermi, ho "
                        "firmato con l'hotel. A ottobre sentiamoci.",
                    )
                ],
            ),
        ],
        **job(FB_ROLE, IBIZA),
    ),
    C(
        "a long bar-side ramble: every show till the tour ends in March vs one ended in August",
        "cs",
        [
            crew(STAGEHAND, "Melbourne, VIC, Australia")(
                "Declan Harrowgate",
                1,
                touches=[
                    whatsapp(
                        date(2026, 10, 5),
                        "sorry for the essay, day off in Perth and I'm two schooners deep. tour's "
                        "been mad, we did Adelaide on the 28th and the rig came down in 3 hours "
                        "which is a record. anyway we finish in Sydney on 14 March and I promised "
                        "the LD I'd do every show, so nothing before then. after that hit me up",
                    )
                ],
            ),
            crew(STAGEHAND, "Melbourne, VIC, Australia")(
                "Rhys Tomaszewski",
                2,
                touches=[
                    whatsapp(
                        date(2026, 5, 18),
                        "sorry for the essay, day off in Brisbane and I'm a few deep. tour's been "
                        "mad, Darwin on the 2nd was 40 degrees on the deck. anyway we finish in "
                        "Auckland on 14 August and I promised the LD I'd do every show, so nothing "
                        "before then. after that hit me up",
                    )
                ],
            ),
        ],
        **job(STAGE_ROLE, GOLD_COAST),
    ),
    C(
        "back from maternity leave in the new year vs back in September",
        "cs",
        [
            crew(SPA_THERAPIST, "Gold Coast, QLD, Australia")(
                "Shenae Dalgleish",
                1,
                touches=[
                    rang(
                        date(2026, 9, 21),
                        "Shenae on mat leave, back in the new year and not before - happy to "
                        "hear about spa roles from Jan.",
                    )
                ],
            ),
            crew(SPA_THERAPIST, "Gold Coast, QLD, Australia")(
                "Kiralee Brindabella",
                2,
                touches=[
                    rang(
                        date(2026, 3, 16),
                        "Kiralee on mat leave, back in September and not before - happy to hear "
                        "about spa roles from then.",
                    )
                ],
            ),
        ],
        **job(SPA_ROLE, GOLD_COAST),
    ),
    C(
        "after the Palm Beach show in March vs after the Monaco show in September",
        "cs",
        [
            crew(STEW, "Fort Lauderdale, FL, USA")(
                "Savannah Cortlandt",
                1,
                touches=[
                    linkedin(
                        date(2026, 11, 2),
                        "Hi! Our boat's for sale and the owner wants crew aboard through the "
                        "Palm Beach show in March. After the show I'm free to look - reach out "
                        "then?",
                    )
                ],
            ),
            crew(STEW, "Fort Lauderdale, FL, USA")(
                "Marguerite Oyelaran",
                2,
                touches=[
                    linkedin(
                        date(2026, 7, 6),
                        "Hi! Our boat's for sale and the owner wants crew aboard through the "
                        "Monaco Yacht Show in September. After the show I'm free to look.",
                    )
                ],
            ),
        ],
        **job(STEW_ROLE, FORT_LAUDERDALE),
    ),
]

# --- 3. schedule, travel, visa, contract and commute ----------------------------------------

SCHEDULE = [
    C(
        "won't do split shifts again vs split shifts fine, six-day weeks are the no",
        "cs",
        [
            crew(FB_MANAGER, "Rhodes, Greece")(
                "Evangelos Tsakiridis",
                0,
                "No more split shifts - ten years of breakfast then dinner service wrecked his "
                "family life",
            ),
            crew(FB_MANAGER, "Rhodes, Greece")(
                "Charalambos Eftychiou",
                2,
                "Split shifts are fine by him; what he won't do again is six days a week",
            ),
        ],
        **job(
            FB_ROLE,
            RHODES,
            offers=["Split shifts around breakfast and dinner service", "Five days a week"],
        ),
    ),
    C(
        "no more overnight load-outs vs overnights fine, 5am calls are the problem",
        "cs",
        [
            crew(STAGEHAND, "London, UK")(
                "Gareth Pennyfeather",
                0,
                touches=[
                    whatsapp(
                        80,
                        "honestly mate no more overnight load outs for me. 2am truck packs have "
                        "done my back in, days only from now",
                    )
                ],
            ),
            crew(STAGEHAND, "London, UK")(
                "Dominic Ashgrove",
                2,
                touches=[
                    whatsapp(
                        80,
                        "overnight load outs dont bother me at all, night owl. its the 5am "
                        "calls i cant do",
                    )
                ],
            ),
        ],
        **job(
            STAGE_ROLE,
            LONDON,
            title="Touring Stage Technician, Arena Tour",
            offers=["Load-outs run overnight after each show", "Calls from midday"],
        ),
    ),
    C(
        "home for Christmas in Manila every year vs loves Christmas on the mountain",
        "cs",
        [
            crew(FRONT_OFFICE, "Whistler, BC, Canada")(
                "Lorelei Macaraeg",
                0,
                "Has to be home in Manila for Christmas and New Year - non-negotiable, every year",
            ),
            crew(FRONT_OFFICE, "Whistler, BC, Canada")(
                "Anneliese Trautwein",
                2,
                "Spent her last six Christmases on ski resorts and loves the festive rush",
            ),
        ],
        **job(
            FRONT_OFFICE_ROLE,
            WHISTLER,
            offers=["Must work Christmas, New Year and February school holidays"],
        ),
    ),
    C(
        "can't do the 7am lift checks vs early starts welcome",
        "cs",
        [
            crew(LIFTIE, "Queenstown, New Zealand")(
                "Hemi Tawhiri",
                0,
                touches=[
                    rang(
                        60,
                        "Hemi - can't do 7am lift checks, drops daughter at school 8.30. Afternoon "
                        "shifts only.",
                    )
                ],
            ),
            crew(LIFTIE, "Queenstown, New Zealand")(
                "Nikau Pomare",
                2,
                touches=[
                    rang(
                        60,
                        "Nikau - 7am starts all good, would rather finish early and ski the "
                        "afternoons.",
                    )
                ],
            ),
        ],
        **job(LIFT_ROLE, QUEENSTOWN),
    ),
    C(
        "custody every other weekend vs weekends and school holidays fine",
        "cs",
        [
            crew(LIFEGUARD, "Orlando, FL, USA")(
                "Travis Boudreaux",
                0,
                "Has his kids every other weekend - can't work those, ever",
            ),
            crew(LIFEGUARD, "Orlando, FL, USA")(
                "Cody Vanderploeg",
                2,
                "No kids, no ties - happy to take the weekend and holiday shifts nobody wants",
            ),
        ],
        **job(LIFEGUARD_ROLE, ORLANDO),
    ),
    C(
        "wants set hours, no more 18-hour charter days vs long days fine, only MLC rest hours",
        "cs",
        [
            crew(STEW, "Antibes, France")(
                "Coralie Vandenbroucke",
                0,
                "Done with 18-hour charter days - wants a private boat with set hours",
            ),
            crew(STEW, "Antibes, France")(
                "Odette Marchetti-Leroux",
                2,
                "Long charter days are fine; what she won't do again is a boat that ignores MLC "
                "rest hours",
            ),
        ],
        **job(
            STEW_ROLE,
            ANTIBES,
            offers=["Heavy charter programme, 14 weeks in the Med", "MLC-compliant rest hours"],
        ),
    ),
]

TRAVEL = [
    C(
        "wants a resident show, sleep in his own bed vs loves life on the road, tour role",
        "cs",
        [
            crew(STAGEHAND, "Manchester, UK")(
                "Owain Treharne",
                0,
                "Wants to stop touring - one venue, one city, his own bed every night",
            ),
            crew(STAGEHAND, "Manchester, UK")(
                "Kyle Ferncastle",
                2,
                "Loves life on the road - the more cities the better",
            ),
        ],
        **job(
            STAGE_ROLE,
            dict(remote_policy="onsite", location="Manchester, UK"),
            title="Stage Technician, European Arena Tour",
            offers=["40-week tour across 22 countries"],
        ),
    ),
    C(
        "can't be away overnight, sole carer vs overnights a couple of times a month fine",
        "cs",
        [
            crew(SPA_THERAPIST, "Brisbane, QLD, Australia")(
                "Jacinta Mulqueeney",
                0,
                touches=[
                    rang(
                        45,
                        "Jacinta - sole carer for her mum, can't do nights away from home at all.",
                    )
                ],
            ),
            crew(SPA_THERAPIST, "Brisbane, QLD, Australia")(
                "Roisin Caddell",
                2,
                touches=[
                    rang(
                        45,
                        "Roisin - nights away a couple of times a month are fine, likes the "
                        "variety.",
                    )
                ],
            ),
        ],
        **job(
            SPA_MANAGER_ROLE,
            GOLD_COAST,
            title="Area Spa Manager, Gold Coast and Brisbane",
            offers=["Six spas to look after, two nights a week away from home"],
        ),
    ),
    C(
        "never another Atlantic crossing vs four crossings done, keen on the delivery",
        "cs",
        [
            crew(DECKHAND, "Palma de Mallorca, Spain")(
                "Benedikt Ahlgrimm",
                0,
                "Won't do another Atlantic crossing - seasick for 16 days straight last time",
            ),
            crew(DECKHAND, "Palma de Mallorca, Spain")(
                "Jonte Skarsgård",
                2,
                "Has done four Atlantic crossings and would happily do the delivery again",
            ),
        ],
        **job(
            DECK_ROLE,
            PALMA,
            offers=["Crossing to Antigua in November for the Caribbean season"],
        ),
    ),
    C(
        "no more world cruises, four months from family vs would jump at one",
        "cs",
        [
            crew(PURSER, "Southampton, UK")(
                "Imelda Catacutan",
                0,
                touches=[
                    mail(
                        100,
                        "I'm not doing world cruises any more. Four months without seeing my "
                        "girls was too much. Short itineraries only.",
                    )
                ],
            ),
            crew(PURSER, "Southampton, UK")(
                "Corazon Bautista",
                2,
                touches=[
                    mail(
                        100,
                        "A world cruise would be a dream - my kids are grown, I'd jump at 120 "
                        "nights at sea.",
                    )
                ],
            ),
        ],
        **job(
            PURSER_ROLE,
            dict(remote_policy="onsite", location="Southampton, UK"),
            offers=["120-night world cruise from Southampton in January"],
        ),
    ),
    C(
        "left Club Med over moving village every three months, this role is one resort",
        "cs",
        [
            crew(TRAINER, "Gold Coast, QLD, Australia")(
                "Théo Castagnède",
                2,
                apps=[
                    pulled_out(
                        400,
                        "other",
                        "Left the process: the group moves trainers to a new village every 3 "
                        "months and he wants to stay put.",
                        role="Resort Fitness Coach",
                    )
                ],
            ),
            crew(TRAINER, "Gold Coast, QLD, Australia")(
                "Baptiste Roumagnac",
                1,
                apps=[app(400, "interview", "rejected", "other_candidate", None, role="PT")],
            ),
        ],
        **job(
            PT_ROLE,
            GOLD_COAST,
            offers=["One resort on Main Beach, no transfers between sites"],
        ),
    ),
]

VISA = [
    C(
        "a B1/B2 valid to 2031 vs a B1/B2 refused in March",
        "cs",
        [
            crew(DECKHAND, "Cape Town, South Africa")(
                "Dewald Lottering",
                2,
                touches=[ats(90, "Cand holds B1/B2 valid to 2031, STCW + ENG1 current.")],
            ),
            crew(DECKHAND, "Cape Town, South Africa")(
                "Pieter-Schalk Venter",
                0,
                touches=[
                    ats(
                        90,
                        "Cand's B1/B2 refused at the Cape Town consulate in March (214b). No US "
                        "boats for now.",
                    )
                ],
            ),
        ],
        **job(DECK_ROLE, FORT_LAUDERDALE, offers=["US-based boat, B1/B2 required"]),
    ),
    C(
        "C1/D approved vs C1/D expired, embassy backlog",
        "cs",
        [
            crew(PURSER, "Manila, Philippines")(
                "Jonalyn Sarmiento",
                2,
                touches=[ats(75, "C1/D approved Oct, seaman's book valid 2029. Ready to join.")],
            ),
            crew(PURSER, "Manila, Philippines")(
                "Rodelio Pangilinan",
                1,
                touches=[
                    ats(
                        75,
                        "C1/D expired Aug, renewal appt not till Feb (Manila backlog). Otherwise "
                        "ready.",
                    )
                ],
            ),
        ],
        **job(PURSER_ROLE, MIAMI, offers=["Ship sails from Miami; C1/D visa required"]),
    ),
    C(
        "turns 36 in January, past the Working Holiday cap vs first-year WHV granted",
        "cs",
        [
            crew(LIFEGUARD, "Gold Coast, QLD, Australia")(
                "Freya Hollingdrake",
                0,
                "In Australia on a tourist visa; turns 36 in January so the Working Holiday "
                "visa is off the table for her",
            ),
            crew(LIFEGUARD, "Gold Coast, QLD, Australia")(
                "Maisie Cranleigh",
                2,
                "First-year Working Holiday visa granted in October, full work rights",
            ),
        ],
        **job(
            LIFEGUARD_ROLE,
            GOLD_COAST,
            offers=["Australian work rights needed; no sponsorship"],
        ),
    ),
    C(
        "a Portuguese passport for the Swiss L permit vs a South African passport only",
        "cs",
        [
            crew(LIFTIE, "Lisbon, Portugal")(
                "Duarte Meireles",
                2,
                touches=[
                    linkedin(
                        110,
                        "I've got a Portuguese passport, so the Swiss L permit is just paperwork "
                        "for me. Happy to do a Zermatt winter.",
                    )
                ],
            ),
            crew(LIFTIE, "Lisbon, Portugal")(
                "Janco Pretorius",
                0,
                touches=[
                    linkedin(
                        110,
                        "Only a South African passport at the moment, so I'd need a Swiss work "
                        "permit sponsored. Happy to do a Zermatt winter.",
                    )
                ],
            ),
        ],
        **job(
            LIFT_ROLE,
            ZERMATT,
            offers=["EU/EFTA passport or Swiss permit required; we cannot sponsor"],
        ),
    ),
    C(
        "a Canadian whose husband needs the visa vs one who needs an LMIA work permit herself",
        "cs",
        [
            crew(SPA_THERAPIST, "Whistler, BC, Canada")(
                "Océane Thibodeau",
                2,
                "Canadian citizen; her husband is the one waiting on a spousal open work permit",
            ),
            crew(SPA_THERAPIST, "Whistler, BC, Canada")(
                "Aurélie Desrosiers",
                0,
                "French citizen, her PVT has run out - needs an LMIA-backed work permit to stay",
            ),
        ],
        **job(SPA_ROLE, WHISTLER, offers=["Canadian work rights required, no LMIA"]),
    ),
    C(
        "NZ Working Holiday used up last year vs NZ resident",
        "cs",
        [
            crew(SKI_INSTRUCTOR, "Queenstown, New Zealand")(
                "Emeric Delacourt",
                0,
                touches=[
                    ats(
                        130,
                        "Cand used his NZ WHV last year (2025 season). No other NZ visa route.",
                    )
                ],
            ),
            crew(SKI_INSTRUCTOR, "Queenstown, New Zealand")(
                "Gaspard Roussilhe",
                2,
                touches=[ats(130, "Cand is now an NZ resident (partner visa converted). Any job.")],
            ),
        ],
        **job(SKI_ROLE, QUEENSTOWN, offers=["NZ work rights required"]),
    ),
]

CONTRACT = [
    C(
        "2:2 rotation only vs happy permanent aboard, rotation role",
        "cs",
        [
            crew(DECKHAND, "Antibes, France")(
                "Seamus Ó Dálaigh",
                2,
                "Rotation only now - 2:2 or nothing, wants time home in Galway",
            ),
            crew(DECKHAND, "Antibes, France")(
                "Torben Lindqvist-Aho",
                1,
                "Happy on a permanent contract aboard, doesn't need rotation",
            ),
        ],
        **job(DECK_ROLE, ANTIBES, title="Deckhand, 70m M/Y", offers=["2:2 rotation, flights paid"]),
    ),
    C(
        "wants year-round, sick of April layoffs vs happy seasonal, travels off-season",
        "cs",
        [
            crew(SKI_INSTRUCTOR, "Val d'Isère, France")(
                "Aymeric Chassagne",
                0,
                touches=[
                    rang(
                        140,
                        "Aymeric wants a year-round job now - sick of being laid off every "
                        "April. Seasonal contracts are out.",
                    )
                ],
            ),
            crew(SKI_INSTRUCTOR, "Val d'Isère, France")(
                "Clément Baudrillart",
                2,
                touches=[
                    rang(
                        140,
                        "Clément happy on seasonal contracts - surfs in Hossegor every summer.",
                    )
                ],
            ),
        ],
        **job(SKI_ROLE, VAL_DISERE, offers=["Seasonal contract, December to April"]),
    ),
    C(
        "a year-round resort role: wants year-round vs seasonal only, travels every summer",
        "cs",
        [
            crew(FRONT_OFFICE, "Zermatt, Switzerland")(
                "Seraina Imboden",
                2,
                "Wants a year-round post - done with packing up her life every April",
            ),
            crew(FRONT_OFFICE, "Zermatt, Switzerland")(
                "Ladina Caflisch",
                0,
                "Winter seasons only - she spends every summer sailing in Croatia",
            ),
        ],
        **job(
            FRONT_OFFICE_ROLE,
            ZERMATT,
            offers=["Permanent, year-round contract, open all seasons"],
        ),
    ),
    C(
        "three days a week max vs full-time please, five days tops",
        "cs",
        [
            crew(TRAINER, "London, UK")(
                "Priya Ramaswamy-Hart",
                0,
                touches=[
                    linkedin(
                        60,
                        "Three days a week is my max now, I'm studying physio the other two.",
                    )
                ],
            ),
            crew(TRAINER, "London, UK")(
                "Nadine Osei-Bonsu",
                2,
                touches=[
                    linkedin(
                        60,
                        "Full-time please - but five days, not the six my current gym has me on.",
                    )
                ],
            ),
        ],
        **job(PT_ROLE, LONDON, offers=["Full-time, five days a week"]),
    ),
    C(
        "day-work only, no perm contract vs day-working while hunting a permanent post",
        "cs",
        [
            crew(STEW, "Antibes, France")(
                "Ottilie Wraxall",
                0,
                "Prefers freelance day-work at a day rate - won't sign a permanent contract",
            ),
            crew(STEW, "Antibes, France")(
                "Perdita Ravenhill",
                2,
                "Day-working on the Antibes docks while she hunts for a permanent position",
            ),
        ],
        **job(STEW_ROLE, ANTIBES, offers=["Permanent position, 30 days' leave"]),
    ),
    C(
        "nothing over six months again vs 6-9 months on, 2 off suits him",
        "cs",
        [
            crew(PURSER, "Mumbai, India")(
                "Aniruddh Fernandes",
                0,
                touches=[
                    mail(
                        150,
                        "I won't sign anything longer than six months again. My last eight-month "
                        "contract nearly ended my marriage.",
                    )
                ],
            ),
            crew(PURSER, "Mumbai, India")(
                "Rustom Daruwalla",
                2,
                touches=[
                    mail(
                        150,
                        "Six to nine months on and two off suits me fine, I've done it for a "
                        "decade.",
                    )
                ],
            ),
        ],
        **job(PURSER_ROLE, MIAMI, offers=["8-month contract, 2 months' vacation"]),
    ),
]

COMMUTE = [
    C(
        "no car and the buses stop at ten vs has a car now",
        "cs",
        [
            crew(LIFEGUARD, "Kissimmee, FL, USA")(
                "Deshawn Pettiford",
                0,
                "No car - relies on the Lynx bus, and the last one home leaves before 10pm",
            ),
            crew(LIFEGUARD, "Kissimmee, FL, USA")(
                "Tyrese Calloway",
                2,
                "Finally bought a car, happy to drive to any park in Orlando",
            ),
        ],
        **job(
            LIFEGUARD_ROLE,
            ORLANDO,
            offers=["Closing shifts end at 11pm", "No staff transport"],
        ),
    ),
    C(
        "won't do the M1 from Brisbane daily vs moved to Southport",
        "cs",
        [
            crew(FB_MANAGER, "Brisbane, QLD, Australia")(
                "Lachlan Ironbark-Keogh",
                0,
                touches=[
                    rang(
                        70,
                        "Lachie - lives Brisbane northside, won't do the M1 to the Coast every "
                        "day. 30 min max.",
                    )
                ],
            ),
            crew(FB_MANAGER, "Southport, QLD, Australia")(
                "Bryce Tannahill",
                2,
                touches=[
                    rang(
                        70,
                        "Bryce - moved down to Southport in Sept, 10 min from Surfers. Easy.",
                    )
                ],
            ),
        ],
        **job(FB_ROLE, GOLD_COAST),
    ),
    C(
        "won't drive the Sea to Sky in winter vs commutes from Squamish happily",
        "cs",
        [
            crew(LIFTIE, "Squamish, BC, Canada")(
                "Mackenzie Ouellette",
                0,
                "Won't drive the Sea to Sky to Whistler every day in winter - too many close calls",
            ),
            crew(LIFTIE, "Squamish, BC, Canada")(
                "Jaylen Auclair",
                2,
                "Commutes Squamish to Whistler every winter, snow tyres on, no problem",
            ),
        ],
        **job(LIFT_ROLE, WHISTLER),
    ),
    C(
        "only with staff housing, QT rents insane vs lives out in Cromwell; staff housing role",
        "cs",
        [
            crew(FRONT_OFFICE, "Cromwell, New Zealand")(
                "Ngaire Whitcombe",
                2,
                "Only if there's staff accommodation - Queenstown rents are insane",
            ),
            crew(FRONT_OFFICE, "Cromwell, New Zealand")(
                "Anahera Kingi",
                1,
                "Lives in Cromwell with her partner; will drive up to an hour each way",
            ),
        ],
        **job(FRONT_OFFICE_ROLE, QUEENSTOWN, offers=["Staff accommodation in town included"]),
    ),
]

# --- 4. pay against the band ----------------------------------------------------------------

PAY = [
    C(
        "a monthly ask under a yacht's band vs one well over it",
        "cs",
        [
            crew(STEW, "Antibes, France")(
                "Juliette Campbell-Ndiaye",
                2,
                touches=[ats(85, "2nd stew, min €3.8k/mo + tips. Flexible on boat size.")],
            ),
            crew(STEW, "Antibes, France")(
                "Amandine Prud'homme",
                0,
                touches=[ats(85, "2nd stew, not moving for less than €5.5k/mo, tips on top.")],
            ),
        ],
        **job(
            STEW_ROLE,
            ANTIBES,
            salary_min=48_000,
            salary_max=54_000,
            currency="EUR",
            offers=["€4,000-4,500 a month plus charter tips"],
        ),
    ),
    C(
        "a day rate of €300 vs €200 a day and lunch",
        "cs",
        [
            crew(STEW, "Antibes, France")(
                "Vivienne Abernethy",
                0,
                touches=[
                    whatsapp(
                        40,
                        "my day rate is €300 now, dont go below that pls. 10 yrs in, i'm worth it",
                    )
                ],
            ),
            crew(STEW, "Antibes, France")(
                "Lysandra Pickering",
                2,
                touches=[whatsapp(40, "€200 a day + lunch and i'm a happy girl, send me anything")],
            ),
        ],
        **job(
            STEW_ROLE,
            ANTIBES,
            title="Day-work Stewardess, Antibes",
            offers=["€220 a day, lunch on board, Monday to Friday"],
        ),
    ),
    C(
        "won't go under $24 an hour vs $18 fine with summer overtime",
        "cs",
        [
            crew(LIFEGUARD, "Orlando, FL, USA")(
                "Brantley Hutchens",
                0,
                "Won't go under $24 an hour - a lifeguard's life is worth more than burger wages",
            ),
            crew(LIFEGUARD, "Orlando, FL, USA")(
                "Keegan Sorrells",
                2,
                "$18 an hour is fine if there's overtime in the summer",
            ),
        ],
        **job(
            LIFEGUARD_ROLE,
            ORLANDO,
            salary_min=35_000,
            salary_max=39_000,
            currency="USD",
            offers=["$17-19 an hour, overtime in peak season"],
        ),
    ),
    C(
        "refuses commission, massages turned into sales pitches vs top retail seller",
        "cs",
        [
            crew(SPA_THERAPIST, "Gold Coast, QLD, Australia")(
                "Indigo Fairchild",
                0,
                "Won't work on retail commission again - it turned every massage into a sales "
                "pitch",
            ),
            crew(SPA_THERAPIST, "Gold Coast, QLD, Australia")(
                "Sienna Karagounis-Lee",
                2,
                "Loves a commission structure - top retail seller on her last three ship contracts",
            ),
        ],
        **job(
            SPA_ROLE,
            GOLD_COAST,
            salary_min=60_000,
            salary_max=65_000,
            currency="AUD",
            offers=["Base plus 10% commission on retail and upgrades"],
        ),
    ),
    C(
        "3k basic and 2k tips, wants the same total vs tips don't count, needs a 5k basic",
        "cs",
        [
            crew(DECKHAND, "Palma de Mallorca, Spain")(
                "Hamish Strathdee",
                2,
                touches=[
                    rang(
                        55,
                        "Hamish on €3k/mo + roughly €2k/mo in tips on his charter boat. Wants a "
                        "similar total, doesn't mind how it's split.",
                    )
                ],
            ),
            crew(DECKHAND, "Palma de Mallorca, Spain")(
                "Angus Mackinlay",
                0,
                touches=[
                    rang(
                        55,
                        "Angus says tips don't count - he needs a €5k basic, full stop.",
                    )
                ],
            ),
        ],
        **job(
            DECK_ROLE,
            PALMA,
            salary_min=42_000,
            salary_max=42_000,
            currency="EUR",
            offers=["€3,500 a month plus charter tips of about 10% of the charter fee"],
        ),
    ),
    C(
        "earning CHF 8,200 a month now but asks 6k vs earning 5,800 but asks 7,500",
        "cs",
        [
            crew(FRONT_OFFICE, "St. Moritz, Switzerland")(
                "Corina Zurbriggen",
                2,
                touches=[
                    mail(
                        65,
                        "I earn CHF 8,200 a month here in St. Moritz, but I'd take 6,000 to be "
                        "closer to my parents in Visp. Money isn't the point any more.",
                    )
                ],
            ),
            crew(FRONT_OFFICE, "St. Moritz, Switzerland")(
                "Martina Gredig",
                0,
                touches=[
                    mail(
                        65,
                        "I'm on CHF 5,800 a month and wouldn't move for less than 7,500. That's "
                        "my number.",
                    )
                ],
            ),
        ],
        **job(
            FRONT_OFFICE_ROLE,
            ZERMATT,
            salary_min=72_000,
            salary_max=78_000,
            currency="CHF",
            offers=["CHF 6,000-6,500 a month, 13th salary"],
        ),
    ),
    C(
        "AUD 110k plus super vs 90k base plus super fine",
        "cs",
        [
            crew(FB_MANAGER, "Gold Coast, QLD, Australia")(
                "Jarrah Whitlock",
                0,
                touches=[linkedin(95, "I'm after 110k plus super for an F&B role now, firm.")],
            ),
            crew(FB_MANAGER, "Gold Coast, QLD, Australia")(
                "Cooper Ashenden",
                2,
                touches=[linkedin(95, "90k base plus super would do me nicely.")],
            ),
        ],
        **job(FB_ROLE, GOLD_COAST, salary_min=85_000, salary_max=95_000, currency="AUD"),
    ),
    C(
        "a €60k basic not counting service charge vs €42k if the service charge is shared fairly",
        "cs",
        [
            crew(FB_MANAGER, "Athens, Greece")(
                "Nikolaos Vrettakos",
                0,
                "Wants a €60k basic for a summer season - service charge not counted",
            ),
            crew(FB_MANAGER, "Athens, Greece")(
                "Spyridon Alexandratos",
                2,
                "Fine with around €42k basic if the service charge is shared fairly with managers",
            ),
        ],
        **job(
            FB_ROLE,
            MYKONOS,
            salary_min=40_000,
            salary_max=45_000,
            currency="EUR",
            offers=["Basic plus a share of the service charge pool"],
        ),
    ),
]

# --- 5. last time's reason: resolved by this role or still standing -------------------------

PAST_ANTIBES_SHARED = dict(
    remote_policy="onsite", location="Antibes, France", salary_max=50_000, currency="EUR"
)
PAST_LAUDERDALE = dict(
    remote_policy="onsite", location="Fort Lauderdale, FL, USA", salary_max=38_400, currency="USD"
)
PAST_NISEKO = dict(remote_policy="onsite", location="Niseko, Hokkaido, Japan")
PAST_MYKONOS = dict(remote_policy="onsite", location="Mykonos, Greece")
PAST_SPA = dict(remote_policy="onsite", location="Surfers Paradise, QLD, Australia")
PAST_TOUR = dict(remote_policy="onsite", location="London, UK")

RESOLVED = [
    C(
        "declined over a shared cabin, this boat gives every crew member one vs declined 3:1",
        "cs",
        [
            crew(STEW, "Antibes, France")(
                "Honor Trelawney",
                2,
                apps=[
                    turned_down(
                        300,
                        "other",
                        "Would not share a cabin again at 32 - the offer was a shared twin.",
                        past=PAST_ANTIBES_SHARED,
                    )
                ],
            ),
            crew(STEW, "Antibes, France")(
                "Briony Castellane",
                0,
                apps=[
                    turned_down(
                        300,
                        "other",
                        "3:1 rotation not enough time at home - she wants 2:2.",
                        past=PAST_ANTIBES_SHARED,
                    )
                ],
            ),
        ],
        **job(STEW_ROLE, ANTIBES, offers=["Own cabin for every crew member", "3:1 rotation"]),
    ),
    C(
        "declined $3,200 a month, this galley pays $4,200 vs declined living aboard",
        "cs",
        [
            crew(YACHT_CHEF, "Fort Lauderdale, FL, USA")(
                "Ambrose Kittredge",
                2,
                apps=[
                    turned_down(
                        260,
                        "compensation",
                        "Offered $3,200/mo, he wanted $4,000.",
                        past=PAST_LAUDERDALE,
                        role="Sole Chef",
                    )
                ],
            ),
            crew(YACHT_CHEF, "Fort Lauderdale, FL, USA")(
                "Ignatius Falconer",
                0,
                apps=[
                    turned_down(
                        260,
                        "other",
                        "Wants to live ashore with his wife - no more live-aboard.",
                        past=PAST_LAUDERDALE,
                        role="Sole Chef",
                    )
                ],
            ),
        ],
        **job(
            YACHT_CHEF_ROLE,
            FORT_LAUDERDALE,
            salary_min=50_400,
            salary_max=50_400,
            currency="USD",
            offers=["$4,200 a month", "Live-aboard, own cabin"],
        ),
    ),
    C(
        "withdrew from Niseko over the Japanese visa, this is Val d'Isère vs kids' ski school",
        "cs",
        [
            crew(SKI_INSTRUCTOR, "Annecy, France")(
                "Solène Marchadier",
                2,
                apps=[
                    pulled_out(
                        330,
                        "other",
                        "Couldn't get the Japanese working visa in time for the season.",
                        past=PAST_NISEKO,
                        role="Ski Instructor",
                    )
                ],
            ),
            crew(SKI_INSTRUCTOR, "Annecy, France")(
                "Maëlys Cathelineau",
                0,
                apps=[
                    pulled_out(
                        330,
                        "other",
                        "Didn't want to teach kids' ski school all season - privates only.",
                        past=PAST_NISEKO,
                        role="Ski Instructor",
                    )
                ],
            ),
        ],
        **job(SKI_ROLE, VAL_DISERE, offers=["Mostly kids' ski school groups"]),
    ),
    C(
        "declined Mykonos over no staff housing, this job houses you vs six-day weeks",
        "cs",
        [
            crew(FB_MANAGER, "Athens, Greece")(
                "Panagiota Sarantopoulou",
                2,
                apps=[
                    turned_down(
                        280,
                        "other",
                        "No staff accommodation and a room was €1,200/mo - couldn't make it work.",
                        past=PAST_MYKONOS,
                        role="F&B Manager",
                    )
                ],
            ),
            crew(FB_MANAGER, "Athens, Greece")(
                "Konstantina Mavromichali",
                0,
                apps=[
                    turned_down(
                        280,
                        "other",
                        "Six days a week for seven months, no day off in August - said no.",
                        past=PAST_MYKONOS,
                        role="F&B Manager",
                    )
                ],
            ),
        ],
        **job(FB_ROLE, SANTORINI, offers=["Staff housing included", "Six days a week"]),
    ),
    C(
        "declined a commission-only spa, this one pays a base vs can't do Sundays",
        "cs",
        [
            crew(SPA_THERAPIST, "Gold Coast, QLD, Australia")(
                "Kaylee Strickland",
                2,
                apps=[
                    turned_down(
                        240,
                        "compensation",
                        "Commission only, no base - not in this economy.",
                        past=PAST_SPA,
                        role="Spa Therapist",
                    )
                ],
            ),
            crew(SPA_THERAPIST, "Gold Coast, QLD, Australia")(
                "Teagan O'Loughlin",
                0,
                apps=[
                    turned_down(
                        240,
                        "other",
                        "Can't work Sundays - church and family day.",
                        past=PAST_SPA,
                        role="Spa Therapist",
                    )
                ],
            ),
        ],
        **job(
            SPA_ROLE,
            GOLD_COAST,
            offers=["Hourly base plus commission", "Roster includes Sundays"],
        ),
    ),
    C(
        "declined 44 weeks on tour, this is a resident show vs overnight load-ins every week",
        "cs",
        [
            crew(STAGEHAND, "Orlando, FL, USA")(
                "Wendell Ravenscroft",
                2,
                apps=[
                    turned_down(
                        350,
                        "other",
                        "Tour was 44 weeks away from home - wants a resident show.",
                        past=PAST_TOUR,
                        role="Touring Technician",
                    )
                ],
            ),
            crew(STAGEHAND, "Orlando, FL, USA")(
                "Jasper Ollivander",
                0,
                apps=[
                    turned_down(
                        350,
                        "other",
                        "Overnight load-ins every week - his back won't take it.",
                        past=PAST_TOUR,
                        role="Touring Technician",
                    )
                ],
            ),
        ],
        **job(
            STAGE_ROLE,
            ORLANDO,
            title="Stage Technician, Resident Theme-Park Show",
            offers=["One venue, no touring", "Overnight load-ins twice a week for show changes"],
        ),
    ),
]

# --- 6. negation and scope ------------------------------------------------------------------

NEGATIONS = [
    C(
        "'not against split shifts' vs against split shifts after burnout",
        "cs",
        [
            crew(FB_MANAGER, "Thessaloniki, Greece")(
                "Alexios Karamanlidis",
                2,
                touches=[
                    rang(75, "Alexios: not against split shifts at all, island life suits him."),
                ],
            ),
            crew(FB_MANAGER, "Thessaloniki, Greece")(
                "Theodoros Zervoudakis",
                0,
                touches=[
                    rang(75, "Theodoros: against split shifts since his burnout last summer."),
                ],
            ),
        ],
        **job(FB_ROLE, SANTORINI, offers=["Split shifts in high season"]),
    ),
    C(
        "the money wasn't the problem, the captain was vs the money was the problem",
        "cs",
        [
            crew(STEW, "Palma de Mallorca, Spain")(
                "Harriet Lockwood-Baines",
                2,
                apps=[
                    turned_down(
                        220,
                        "other",
                        "The money wasn't the problem - the captain was. Screamed at the crew on "
                        "the trial trip.",
                        past=dict(remote_policy="onsite", location="Palma de Mallorca, Spain"),
                    )
                ],
            ),
            crew(STEW, "Palma de Mallorca, Spain")(
                "Georgina Ashcombe",
                0,
                apps=[
                    turned_down(
                        220,
                        "compensation",
                        "The money was the problem: €4k/mo against the €5k she asked for.",
                        past=dict(remote_policy="onsite", location="Palma de Mallorca, Spain"),
                    )
                ],
            ),
        ],
        **job(
            STEW_ROLE,
            PALMA,
            salary_min=48_000,
            salary_max=48_000,
            currency="EUR",
            offers=["€4,000 a month", "A new captain and a different boat"],
        ),
    ),
    C(
        "never said no to kids' lessons vs said no to kids' lessons and means it",
        "cs",
        [
            crew(SKI_INSTRUCTOR, "Innsbruck, Austria")(
                "Johanna Pfeifhofer",
                2,
                "Never said no to kids' lessons - what she turned down was the private-lesson "
                "sales targets",
            ),
            crew(SKI_INSTRUCTOR, "Innsbruck, Austria")(
                "Magdalena Steinwender",
                0,
                "Said no to kids' lessons last winter and still means it - adults only",
            ),
        ],
        **job(SKI_ROLE, ZERMATT, offers=["Kids' ski school groups, ages 4-12"]),
    ),
    C(
        "no problem sharing a cabin vs shared for three seasons, a hard no now",
        "cs",
        [
            crew(DECKHAND, "Antibes, France")(
                "Alistair Pengelley",
                2,
                "No problem sharing a cabin - did it for three seasons and slept fine",
            ),
            crew(DECKHAND, "Antibes, France")(
                "Rupert Fenwick-Lyle",
                0,
                "Shared a cabin for three seasons; a hard no to sharing now",
            ),
        ],
        **job(DECK_ROLE, ANTIBES, offers=["Shared twin crew cabin"]),
    ),
    C(
        "Spanish: doesn't mind weekends vs can't work weekends",
        "cs",
        [
            crew(TRAINER, "Ibiza, Spain")(
                "Adriana Bonet Ribas",
                2,
                touches=[
                    whatsapp(
                        50,
                        "No me importa nada trabajar los fines de semana, de hecho lo prefiero.",
                    )
                ],
            ),
            crew(TRAINER, "Ibiza, Spain")(
                "Macarena Torrijos",
                0,
                touches=[
                    whatsapp(
                        50,
                        "No puedo trabajar los fines de semana, son los días que tengo a mi hijo.",
                    )
                ],
            ),
        ],
        **job(PT_ROLE, IBIZA, offers=["Weekend classes every Saturday and Sunday"]),
    ),
    C(
        "not opposed to running an interior vs ran one and won't again",
        "cs",
        [
            crew(STEW, "Fort Lauderdale, FL, USA")(
                "Willa Brockhurst",
                2,
                touches=[
                    ats(
                        120,
                        "Willa isn't opposed to running an interior, just hasn't been offered "
                        "one yet.",
                    )
                ],
            ),
            crew(STEW, "Fort Lauderdale, FL, USA")(
                "Tabitha Quenby-Ross",
                0,
                touches=[
                    ats(
                        120,
                        "Tabitha ran an interior on her last boat and doesn't want to again - "
                        "stew only.",
                    )
                ],
            ),
        ],
        **job(CHIEF_STEW_ROLE, FORT_LAUDERDALE),
    ),
]

# --- 7. work mode said in one place only ----------------------------------------------------

WORK_MODE = [
    C(
        "remote only in the policy field: done living aboard, wants home-based vs wants an office",
        "cs",
        [
            crew(STEW, "Palma de Mallorca, Spain")(
                "Eloise Harcourt-Bligh",
                2,
                "Done with living aboard - wants a shore job she can do from home in Palma",
            ),
            crew(STEW, "Palma de Mallorca, Spain")(
                "Saffron Delacey",
                0,
                "After years at sea she wants an office full of people - no working from home",
            ),
        ],
        title="Crew Placement Coordinator",
        department="Crewing",
        seniority="mid",
        requirements="Yacht crew experience\nSTCW knowledge\nCandidate screening",
        description="Screen and place yacht crew for our captains.",
        remote_policy="remote",
        location="Remote (Europe)",
    ),
    C(
        "home-based only in the description vs wants to be back on the front desk",
        "cs",
        [
            crew(FRONT_OFFICE, "Orlando, FL, USA")(
                "Lucinda Beauregard",
                2,
                touches=[
                    linkedin(
                        80,
                        "I'd love a role I can do from my kitchen table - ten years on a front "
                        "desk is enough.",
                    )
                ],
            ),
            crew(FRONT_OFFICE, "Orlando, FL, USA")(
                "Marisol Echavarría-Lund",
                0,
                touches=[
                    linkedin(
                        80,
                        "I miss the front desk and the guests - I don't want to be stuck at home "
                        "on a headset.",
                    )
                ],
            ),
        ],
        title="Guest Reservations Lead",
        department="Reservations",
        seniority="lead",
        requirements="Opera PMS\nReservations\nLeading a team\nUpselling",
        description="A fully home-based role: lead our reservations agents from wherever you live "
        "in Florida.",
        location="Florida, USA",
    ),
    C(
        "remote only in the title vs wants the buzz of a lobby",
        "cs",
        [
            crew(FRONT_OFFICE, "Queenstown, New Zealand")(
                "Pania Rawiri",
                2,
                "Wants to work from home now the baby's here - no more rotating shifts",
            ),
            crew(FRONT_OFFICE, "Queenstown, New Zealand")(
                "Kahurangi Tamihana",
                0,
                "Wants the buzz of a hotel lobby - no working from home for her",
            ),
        ],
        **job(
            FRONT_OFFICE_ROLE,
            dict(location="New Zealand"),
            title="Remote Reservations Manager",
            description="Lead the reservations team for our lodges across the South Island.",
        ),
    ),
    C(
        "Spanish, home-working only in the offers vs wants the Palma office",
        "cs",
        [
            crew(PURSER, "Valencia, Spain")(
                "Begoña Lizarraga",
                2,
                touches=[mail(60, "Quiero teletrabajar desde Valencia, se acabó lo de embarcar.")],
            ),
            crew(PURSER, "Valencia, Spain")(
                "Almudena Villaseñor Prat",
                0,
                touches=[
                    mail(
                        60,
                        "Busco un puesto presencial en la oficina de Palma, nada de teletrabajo.",
                    )
                ],
            ),
        ],
        title="Crew Administrator",
        department="Crewing",
        seniority="mid",
        requirements="Crew documentation\nPayroll\nFlights and visas",
        description="Crew contracts, payroll, flights and visas for a fleet of charter yachts.",
        location="Spain",
        offers=["Teletrabajo desde cualquier lugar de España"],
    ),
    C(
        "an on-site beach club: back on the floor vs only remote roles now",
        "cs",
        [
            crew(FB_MANAGER, "Athens, Greece")(
                "Eleni Chatzidaki",
                2,
                "Wants to get back on the floor - hates her desk job at head office",
            ),
            crew(FB_MANAGER, "Athens, Greece")(
                "Ioanna Varvitsioti",
                0,
                "Only remote roles now - beverage costing and menus from home",
            ),
        ],
        **job(FB_ROLE, MYKONOS, offers=["On site at the beach club every day of the season"]),
    ),
]

# --- 8. location and relocation --------------------------------------------------------------

LOCATIONS = [
    C(
        "moving to Antibes for her boyfriend's mate job vs no move said",
        "cs",
        [
            crew(STEW, "Cape Town, South Africa")(
                "Lindiwe Mabaso-Smith",
                2,
                touches=[
                    whatsapp(
                        65,
                        "guess what, my boyfriend got a mate job on a boat based in Antibes so "
                        "i'm moving over in march! looking for interior work there",
                    )
                ],
            ),
            crew(STEW, "Cape Town, South Africa")(
                "Chané du Preez",
                1,
                touches=[whatsapp(65, "hey, still keen on a 2nd stew job, CV updated x")],
            ),
        ],
        **job(STEW_ROLE, ANTIBES),
    ),
    C(
        "Med boats only, no more hurricane seasons vs wants a Lauderdale base",
        "cs",
        [
            crew(DECKHAND, "Palma de Mallorca, Spain")(
                "Ferdinand Ashworth",
                0,
                "Med-based boats only, Palma ideally - can't face another hurricane season in "
                "Florida",
            ),
            crew(DECKHAND, "Palma de Mallorca, Spain")(
                "Oisín Brannigan",
                2,
                "Wants to base in Fort Lauderdale and get US boat experience",
            ),
        ],
        **job(DECK_ROLE, FORT_LAUDERDALE),
    ),
    C(
        "dreams of a Niseko season vs Europe only, won't go as far as Asia",
        "cs",
        [
            crew(SKI_INSTRUCTOR, "Verbier, Switzerland")(
                "Thaddeus Quarrington",
                2,
                touches=[
                    linkedin(
                        100,
                        "A season in Niseko has been the dream since I started - powder every "
                        "morning. Japan's top of my list.",
                    )
                ],
            ),
            crew(SKI_INSTRUCTOR, "Verbier, Switzerland")(
                "Bastien Ollagnier",
                0,
                touches=[
                    linkedin(
                        100,
                        "Europe only for me - I won't go as far as Asia or North America.",
                    )
                ],
            ),
        ],
        **job(SKI_ROLE, NISEKO),
    ),
    C(
        "won't leave the UK, mum's care vs desperate to get to Florida",
        "cs",
        [
            crew(STAGEHAND, "Leeds, UK")(
                "Callum Braithwaite",
                0,
                "Won't leave the UK - he's his mum's carer in Leeds",
            ),
            crew(STAGEHAND, "Leeds, UK")(
                "Ellis Sowerby",
                2,
                "Desperate to get to Florida and work on the theme-park shows",
            ),
        ],
        **job(STAGE_ROLE, ORLANDO, title="Stage Technician, Theme-Park Shows"),
    ),
    C(
        "husband posted to Dubai, she stays in Queenstown vs moving to Dubai with hers",
        "cs",
        [
            crew(SPA_THERAPIST, "Queenstown, New Zealand")(
                "Mereana Hohaia",
                2,
                touches=[
                    rang(
                        40,
                        "Mereana: husband's been posted to Dubai for two years, she's staying in "
                        "Queenstown with the kids. Wants spa work in town.",
                    )
                ],
            ),
            crew(SPA_THERAPIST, "Queenstown, New Zealand")(
                "Tui Ngatai",
                0,
                touches=[
                    rang(
                        40,
                        "Tui: husband's been posted to Dubai for two years, she's going with him "
                        "in January. Spa work in Dubai please.",
                    )
                ],
            ),
        ],
        **job(SPA_ROLE, QUEENSTOWN),
    ),
    C(
        "wants an island season in Crete or Rhodes vs Athens only after Paros",
        "cs",
        [
            crew(LIFEGUARD, "Athens, Greece")(
                "Dimitra Koutsogianni",
                2,
                touches=[
                    mail(
                        90,
                        "Θέλω να κάνω σεζόν σε νησί φέτος, Κρήτη ή Ρόδο ιδανικά.",
                    )
                ],
            ),
            crew(LIFEGUARD, "Athens, Greece")(
                "Vasiliki Lambropoulou",
                0,
                touches=[
                    mail(
                        90,
                        "Μόνο Αθήνα πια. Μετά την Πάρο πέρσι, δεν ξαναπάω για σεζόν σε νησί.",
                    )
                ],
            ),
        ],
        **job(LIFEGUARD_ROLE, RHODES, title="Lifeguard, Rhodes Beach Resort"),
    ),
]

# --- 9. the history with us ------------------------------------------------------------------

LAST_TIME = [
    C(
        "dismissed after a drunken night ashore vs left when the captain was let go",
        "cs",
        [
            crew(DECKHAND, "Antibes, France")(
                "Bradley Tregothnan",
                0,
                apps=[
                    app(
                        150,
                        "offer",
                        "rejected",
                        "conduct",
                        "Offer withdrawn: captain's ref says dismissed after a drunken incident "
                        "ashore in Saint-Tropez, police involved.",
                        role="Deckhand",
                    )
                ],
            ),
            crew(DECKHAND, "Antibes, France")(
                "Nathaniel Gorringe",
                2,
                apps=[
                    lost_trial(
                        150,
                        "Left his last boat when the captain was let go; glowing ref from the "
                        "mate. Pipped on the trial trip.",
                        role="Deckhand",
                    )
                ],
            ),
        ],
        **job(DECK_ROLE, ANTIBES),
    ),
    C(
        "a no-show at the trial day vs a cancelled flight, called ahead",
        "cs",
        [
            crew(YACHT_CHEF, "Palma de Mallorca, Spain")(
                "Jolyon Sketchley",
                0,
                apps=[
                    app(
                        60,
                        "interview",
                        "rejected",
                        "no_show",
                        "No-show at the galley trial day, no call, phone off.",
                        role="Sole Chef",
                    )
                ],
            ),
            crew(YACHT_CHEF, "Palma de Mallorca, Spain")(
                "Barnabas Whitlow",
                2,
                apps=[
                    app(
                        60,
                        "interview",
                        "withdrew",
                        "other",
                        "Missed the galley trial day - flight cancelled, rang the captain at 6am, "
                        "the boat left before he could rebook.",
                        role="Sole Chef",
                    )
                ],
            ),
        ],
        **job(YACHT_CHEF_ROLE, PALMA),
    ),
    C(
        "too green on tender driving two years ago vs last month",
        "cs",
        [
            crew(DECKHAND, "Fort Lauderdale, FL, USA")(
                "Kingsley Amankwah",
                2,
                apps=[
                    app(
                        720,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "Too green on tender driving, needs a season more.",
                        role="Deckhand",
                    )
                ],
            ),
            crew(DECKHAND, "Fort Lauderdale, FL, USA")(
                "Ezekiel Boateng",
                0,
                apps=[
                    app(
                        35,
                        "interview",
                        "rejected",
                        "skills_gap",
                        "Too green on tender driving, needs a season more.",
                        role="Deckhand",
                    )
                ],
            ),
        ],
        **job(DECK_ROLE, FORT_LAUDERDALE),
    ),
    C(
        "ENG1 failed in 2024 then passed after laser surgery vs failed last month",
        "cs",
        [
            crew(DECKHAND, "Southampton, UK")(
                "Hugo Trevelyan-Marsh",
                2,
                apps=[
                    app(
                        600,
                        "offer",
                        "rejected",
                        "other",
                        "Offer pulled - failed ENG1 on eyesight.",
                        role="Deckhand",
                    )
                ],
                touches=[ats(200, "Laser eye surgery done, new ENG1 passed, cert on file.")],
            ),
            crew(DECKHAND, "Southampton, UK")(
                "Tobias Wetherby",
                0,
                apps=[
                    app(
                        30,
                        "offer",
                        "rejected",
                        "other",
                        "Offer pulled - failed ENG1, colour vision. Can't be fixed.",
                        role="Deckhand",
                    )
                ],
            ),
        ],
        **job(DECK_ROLE, ANTIBES),
    ),
    C(
        "a captain's 'would rehire' vs a captain who declined to give a reference",
        "cs",
        [
            crew(YACHT_CHEF, "Antibes, France")(
                "Leopoldine Auchinleck",
                2,
                touches=[
                    ats(
                        110,
                        "Captain's ref (M/Y 52m): reliable, calm in a full charter week, would "
                        "rehire tomorrow.",
                    )
                ],
            ),
            crew(YACHT_CHEF, "Antibes, France")(
                "Marjolaine Tessier",
                1,
                touches=[
                    ats(
                        110,
                        "Captain (M/Y 52m) declined to give a reference. Wouldn't say why.",
                    )
                ],
            ),
        ],
        **job(YACHT_CHEF_ROLE, ANTIBES),
    ),
]

# --- 10. managing against hands-on, size and stage, mission and technology ------------------

LEVEL = [
    C(
        "ready to run an interior vs wants to stay second stew",
        "cs",
        [
            crew(STEW, "Antibes, France")(
                "Bronwyn Tregarthen",
                2,
                "Ready to run an interior - covered for the chief stew on two charters",
            ),
            crew(STEW, "Antibes, France")(
                "Imogen Ballantyne",
                0,
                "Happy as second stew; no appetite for managing an interior team",
            ),
        ],
        **job(CHIEF_STEW_ROLE, ANTIBES),
    ),
    C(
        "wants bosun, to lead the deck vs wants to stay a deckhand",
        "cs",
        [
            crew(DECKHAND, "Palma de Mallorca, Spain")(
                "Finnegan Huxtable",
                2,
                touches=[
                    whatsapp(
                        70,
                        "ready for bosun now, want to run my own deck team. did the YM offshore "
                        "in may",
                    )
                ],
            ),
            crew(DECKHAND, "Palma de Mallorca, Spain")(
                "Lorcan Delahunty",
                0,
                touches=[
                    whatsapp(
                        70,
                        "happy as a deckie tbh, dont want to be bossing people about",
                    )
                ],
            ),
        ],
        **job(BOSUN_ROLE, PALMA),
    ),
    C(
        "wants off the snow into running the school vs teaching is the point",
        "cs",
        [
            crew(SKI_INSTRUCTOR, "Whistler, BC, Canada")(
                "Everett Lindgren-Pace",
                2,
                "Wants to step off the snow and run a ski school - has done the scheduling for "
                "two seasons",
            ),
            crew(SKI_INSTRUCTOR, "Whistler, BC, Canada")(
                "Soren Halvorsen",
                0,
                "Never wants an office job - teaching on snow is the whole point",
            ),
        ],
        **job(SKI_DIRECTOR_ROLE, WHISTLER),
    ),
    C(
        "stepped down from spa manager on purpose vs spa manager roles only",
        "cs",
        [
            crew(SPA_THERAPIST, "Ibiza, Spain")(
                "Ariadna Puigdomènech",
                2,
                touches=[
                    mail(
                        85,
                        "I stepped down from spa manager on purpose - I just want to do "
                        "treatments and go home.",
                    )
                ],
            ),
            crew(SPA_THERAPIST, "Ibiza, Spain")(
                "Montserrat Gelabert Roig",
                0,
                touches=[
                    mail(
                        85,
                        "Only spa manager roles now please, I've done my time on the table.",
                    )
                ],
            ),
        ],
        **job(SPA_ROLE, IBIZA),
    ),
    C(
        "wants to run a galley vs happy as a sous, no head-chef stress",
        "cs",
        [
            crew(YACHT_CHEF, "Southampton, UK")(
                "Lazarus Okwuosa",
                2,
                "Wants to run his own galley brigade - has been a sous for four contracts",
            ),
            crew(YACHT_CHEF, "Southampton, UK")(
                "Crispin Fotheringham",
                0,
                "Happy as a sous chef - doesn't want the head chef stress or the paperwork",
            ),
        ],
        **job(SHIP_HEAD_CHEF_ROLE, dict(remote_policy="onsite", location="Southampton, UK")),
    ),
]

STAGE_SIZE = [
    C(
        "a small boat with a family feel vs 70m-plus only for the career path",
        "cs",
        [
            crew(DECKHAND, "Antibes, France")(
                "Ptolemy Scrivenor",
                2,
                "Wants a small boat with a family feel - done with 80m-plus and 30 crew",
            ),
            crew(DECKHAND, "Antibes, France")(
                "Alaric Northcott",
                0,
                "Only 70m-plus yachts now - the career path and rotation are on the big boats",
            ),
        ],
        **job(DECK_ROLE, ANTIBES, title="Deckhand, 38m M/Y", offers=["Private yacht, 6 crew"]),
    ),
    C(
        "loves big ships vs boutique river cruises only",
        "cs",
        [
            crew(PURSER, "Miami, FL, USA")(
                "Mariel Santiago-Reyes",
                2,
                touches=[
                    linkedin(
                        120,
                        "The bigger the ship the better - I love the energy of 5,000 guests.",
                    )
                ],
            ),
            crew(PURSER, "Miami, FL, USA")(
                "Rosalind Vandermeer",
                0,
                touches=[
                    linkedin(
                        120,
                        "Boutique river cruises only for me now, 150 guests max. Never again a "
                        "mega-ship.",
                    )
                ],
            ),
        ],
        **job(PURSER_ROLE, MIAMI, offers=["5,600-guest ship, 2,200 crew"]),
    ),
    C(
        "loves a pre-opening vs wants an established property with systems",
        "cs",
        [
            crew(FRONT_OFFICE, "Gold Coast, QLD, Australia")(
                "Peregrine Lidstone",
                2,
                "Loves pre-openings - has opened three hotels from a building site",
            ),
            crew(FRONT_OFFICE, "Gold Coast, QLD, Australia")(
                "Winifred Ogilvie",
                0,
                "Wants an established property with systems that already work - no more "
                "pre-openings",
            ),
        ],
        **job(
            FRONT_OFFICE_ROLE,
            GOLD_COAST,
            offers=["Pre-opening team: resort opens in June, join in March"],
        ),
    ),
    C(
        "away from corporate SOPs to a family-run chalet company vs wants a big group's ladder",
        "cs",
        [
            crew(YACHT_CHEF, "Val d'Isère, France")(
                "Hermione Cattermole",
                2,
                "Wants to get away from corporate groups and their SOPs - a small family-run "
                "outfit",
            ),
            crew(YACHT_CHEF, "Val d'Isère, France")(
                "Rosamund Pilkington",
                1,
                "Wants a big group with a career ladder, like Club Med",
            ),
        ],
        **job(
            YACHT_CHEF_ROLE,
            VAL_DISERE,
            title="Chalet Chef",
            department="Chalets",
            requirements="Fine dining\nMenu planning\nProvisioning\nFood Safety Level 3",
            description="Cook for guests in a catered chalet, December to April.",
            offers=["Family-run chalet company, four chalets"],
        ),
    ),
]

MISSION = [
    C(
        "wants work that means something for the ocean vs wants Caribbean sun, not ice",
        "cs",
        [
            crew(YACHT_CHEF, "Hobart, TAS, Australia")(
                "Marigold Penhaligon",
                2,
                "Wants her work to mean something - marine conservation, science on board",
            ),
            crew(YACHT_CHEF, "Hobart, TAS, Australia")(
                "Calypso Hennessy",
                0,
                "Wants Caribbean sun and beach days - not ice and penguins",
            ),
        ],
        **job(
            SHIP_HEAD_CHEF_ROLE,
            dict(remote_policy="onsite", location="Ushuaia, Argentina"),
            offers=["Antarctic expedition ship with a science and conservation programme"],
        ),
    ),
    C(
        "won't crew a game-fishing boat, vegan vs grew up fishing marlin",
        "cs",
        [
            crew(DECKHAND, "Fort Lauderdale, FL, USA")(
                "Zephyr Abernathy",
                0,
                "Won't work on a boat that does game fishing - vegan, can't watch it",
            ),
            crew(DECKHAND, "Fort Lauderdale, FL, USA")(
                "Jannie Kruger",
                2,
                "Grew up fishing marlin off Mossel Bay - loves a sportfish boat",
            ),
        ],
        **job(
            DECK_ROLE,
            FORT_LAUDERDALE,
            title="Deckhand, 40m Sportfish Yacht",
            offers=["Marlin tournaments in the Bahamas"],
        ),
    ),
    C(
        "nowhere with a casino, his father's gambling vs three years in Macau",
        "cs",
        [
            crew(FB_MANAGER, "Gold Coast, QLD, Australia")(
                "Eamon Fitzsimmons",
                0,
                "Won't work anywhere with a casino - watched gambling wreck his father",
            ),
            crew(FB_MANAGER, "Gold Coast, QLD, Australia")(
                "Wei Jie Lau",
                2,
                "No issue with casino resorts - three years running F&B in Macau",
            ),
        ],
        **job(FB_ROLE, GOLD_COAST, offers=["Casino resort on Broadbeach: six outlets"]),
    ),
    C(
        "wellness over party spas, sick of hangover treatments vs likes the party-island buzz",
        "cs",
        [
            crew(SPA_THERAPIST, "Ibiza, Spain")(
                "Rosalía Ferrer Marí",
                2,
                "Wants a proper wellness place - sick of hangover IV drips and party spas",
            ),
            crew(SPA_THERAPIST, "Ibiza, Spain")(
                "Noelia Castellví",
                1,
                "Likes the buzz of the party island and the beach-club clients",
            ),
        ],
        **job(
            SPA_ROLE,
            IBIZA,
            title="Spa Therapist, Alcohol-Free Wellness Retreat",
            offers=["Sober wellness retreat in the north of the island"],
        ),
    ),
]

TECH = [
    C(
        "wants to stay on Opera vs Mews only, hated Opera",
        "cs",
        [
            crew(FRONT_OFFICE, "Orlando, FL, USA")(
                "Genevieve Thackeray",
                2,
                "Wants to stay on Opera - knows Opera Cloud inside out",
            ),
            crew(FRONT_OFFICE, "Orlando, FL, USA")(
                "Rosamond Quist-Harlow",
                0,
                "Refuses to go back to Opera after the Hilton - Mews or a cloud PMS only",
            ),
        ],
        **job(FRONT_OFFICE_ROLE, ORLANDO, offers=["Opera Cloud PMS and OPERA Sales & Catering"]),
    ),
    C(
        "wants to move from motor to sail vs motor yachts only, doesn't do rigging",
        "cs",
        [
            crew(DECKHAND, "Palma de Mallorca, Spain")(
                "Leander Castellanos",
                2,
                "Wants to move from motor to sail - has done two regattas as crew",
            ),
            crew(DECKHAND, "Palma de Mallorca, Spain")(
                "Orrin Blackwood",
                0,
                "Motor yachts only - doesn't do rigging or sail handling",
            ),
        ],
        **job(
            DECK_ROLE,
            PALMA,
            title="Deckhand, 45m Sailing Yacht",
            requirements="STCW\nENG1\nSail handling and rigging\nTender driving",
        ),
    ),
    C(
        "wants to train on Hydrafacial vs hands-only, no machine facials",
        "cs",
        [
            crew(SPA_THERAPIST, "London, UK")(
                "Seren Llewellyn-Price",
                2,
                touches=[linkedin(50, "Dying to train on Hydrafacial and microcurrent!")],
            ),
            crew(SPA_THERAPIST, "London, UK")(
                "Cerys Pugh-Wynne",
                0,
                touches=[linkedin(50, "Hands-only facials for me, no machines - I'm old school.")],
            ),
        ],
        **job(SPA_ROLE, LONDON, offers=["Hydrafacial and microcurrent facial menu"]),
    ),
]

# --- 11. the latest process and stage reached -----------------------------------------------

PROCESS = [
    C(
        "lost on the trial trip vs a CV the captain never saw",
        "cs",
        [
            crew(STEW, "Antibes, France")(
                "Annabelle Whitsunday",
                2,
                apps=[
                    lost_trial(130, "Trial trip went well, captain chose the other stew by a hair")
                ],
            ),
            crew(STEW, "Antibes, France")(
                "Cressida Yelverton",
                1,
                apps=[
                    app(
                        130,
                        "applied",
                        "rejected",
                        "other",
                        "CV not sent - captain filled the post through another agency",
                    )
                ],
            ),
        ],
        **job(STEW_ROLE, ANTIBES),
    ),
    C(
        "placed by us eight weeks ago vs our placement ended, looking now",
        "cs",
        [
            crew(DECKHAND, "Palma de Mallorca, Spain")(
                "Barnaby Quennell",
                0,
                touches=[
                    ats(
                        56,
                        "PLACED by us on M/Y 60m, joined 28/09, 3-month guarantee period. Hands "
                        "off - do not approach.",
                    )
                ],
            ),
            crew(DECKHAND, "Palma de Mallorca, Spain")(
                "Lucien Abbeville",
                2,
                touches=[
                    ats(
                        56,
                        "Placed by us in 2024 on M/Y 60m; contract ended 30/09 when the boat was "
                        "sold. Looking now.",
                    )
                ],
            ),
        ],
        **job(DECK_ROLE, PALMA),
    ),
    C(
        "an offer used for a counter-offer again vs lost a final",
        "cs",
        [
            crew(FB_MANAGER, "Ibiza, Spain")(
                "Sebastián Echeverría",
                0,
                apps=[
                    turned_down(
                        210,
                        "counteroffer",
                        "Took the counter from his beach club (+€6k). Second time he's used one "
                        "of our offers for a raise.",
                        role="F&B Manager",
                    )
                ],
            ),
            crew(FB_MANAGER, "Ibiza, Spain")(
                "Joaquín Albarracín",
                2,
                apps=[lost_trial(210, role="F&B Manager")],
            ),
        ],
        **job(FB_ROLE, IBIZA),
    ),
    C(
        "reached the captain's final interview vs withdrew at the screen",
        "cs",
        [
            crew(YACHT_CHEF, "Monaco")(
                "Aurelio Benvenuti",
                2,
                apps=[
                    lost_trial(
                        180,
                        "Final with the captain and the owner's rep, lost to one other chef",
                        role="Sole Chef",
                    )
                ],
            ),
            crew(YACHT_CHEF, "Monaco")(
                "Tancredi Faraone",
                1,
                apps=[app(180, "screen", "withdrew", "not_interested", None, role="Sole Chef")],
            ),
        ],
        **job(YACHT_CHEF_ROLE, MONACO),
    ),
]

# --- 12. several notes over time: the latest word counts ------------------------------------

LATEST_WORD = [
    C(
        "no more ships then back for a single cabin vs happy on ships then done with them",
        "cs",
        [
            crew(PURSER, "Manila, Philippines")(
                "Analyn Macapagal",
                2,
                touches=[
                    whatsapp(date(2026, 3, 9), "no more cruise ships po, yachts only from now"),
                    whatsapp(
                        date(2026, 10, 12),
                        "ok i changed my mind, i'd go back to ships for a single cabin and the "
                        "purser title",
                    ),
                ],
            ),
            crew(PURSER, "Manila, Philippines")(
                "Mylene Tolentino",
                0,
                touches=[
                    whatsapp(date(2026, 3, 9), "happy on ships, send me any purser contract"),
                    whatsapp(
                        date(2026, 10, 12),
                        "done with ships now, 11 contracts is enough. shore jobs only",
                    ),
                ],
            ),
        ],
        **job(PURSER_ROLE, MIAMI, offers=["Single cabin with porthole"]),
    ),
    C(
        "a stop taken back after a charter vs a 'keep me posted' turned into a removal",
        "cs",
        [
            crew(STEW, "Fort Lauderdale, FL, USA")(
                "Lorna Blackstock",
                2,
                touches=[
                    whatsapp(date(2026, 2, 16), "stop messaging me, seriously"),
                    whatsapp(
                        date(2026, 7, 13),
                        "sorry for snapping in Feb, I was mid-charter and losing it. please do "
                        "send me stew jobs again",
                    ),
                ],
            ),
            crew(STEW, "Fort Lauderdale, FL, USA")(
                "Mirabel Sotheby",
                0,
                touches=[
                    whatsapp(date(2026, 2, 16), "not for me rn but keep me posted!"),
                    mail(
                        date(2026, 7, 13),
                        "Please take me off your crew list entirely. I've left yachting.",
                    ),
                ],
                excluded=True,
            ),
        ],
        **job(STEW_ROLE, FORT_LAUDERDALE),
    ),
    C(
        "a pay ask lowered to get back aboard vs raised after a promotion",
        "cs",
        [
            crew(STEW, "Antibes, France")(
                "Florentine Duchamp",
                2,
                touches=[
                    ats(date(2026, 3, 2), "Min €5k/mo, won't budge."),
                    ats(date(2026, 10, 5), "Now ok at €4k/mo - just wants back on a boat."),
                ],
            ),
            crew(STEW, "Antibes, France")(
                "Séverine Labadie",
                0,
                touches=[
                    ats(date(2026, 3, 2), "€4k/mo is fine for her."),
                    ats(
                        date(2026, 10, 5),
                        "Promoted to chief stew in the summer, won't go under €5.5k/mo now.",
                    ),
                ],
            ),
        ],
        **job(
            STEW_ROLE,
            ANTIBES,
            salary_min=48_000,
            salary_max=48_000,
            currency="EUR",
            offers=["€4,000 a month plus tips"],
        ),
    ),
    C(
        "Caribbean only then moved to Palma vs Palma then moved to Lauderdale",
        "cs",
        [
            crew(DECKHAND, "Palma de Mallorca, Spain")(
                "Cormac Ruddock",
                2,
                touches=[
                    rang(date(2026, 3, 16), "Cormac: Caribbean boats only, hates the Med crowds."),
                    rang(
                        date(2026, 9, 28),
                        "Cormac: moved to Palma with his girlfriend, Med boats now please.",
                    ),
                ],
            ),
            crew(DECKHAND, "Palma de Mallorca, Spain")(
                "Piers Underhill",
                0,
                touches=[
                    rang(date(2026, 3, 16), "Piers: Med only, based in Palma."),
                    rang(
                        date(2026, 9, 28),
                        "Piers: moved to Lauderdale in Sept, US boats only from now.",
                    ),
                ],
            ),
        ],
        **job(DECK_ROLE, PALMA),
    ),
    C(
        "winters only then summers too vs summers then winters only",
        "cs",
        [
            crew(TRAINER, "Palma de Mallorca, Spain")(
                "Sunniva Eikeland",
                2,
                touches=[
                    mail(date(2026, 3, 23), "Winter seasons only for me, summers are for surfing."),
                    mail(
                        date(2026, 10, 19),
                        "Update: I'd happily do a summer season now, want a full year of work.",
                    ),
                ],
            ),
            crew(TRAINER, "Palma de Mallorca, Spain")(
                "Ingvild Rønneberg",
                0,
                touches=[
                    mail(date(2026, 3, 23), "Summer seasons suit me best, send me Mallorca ones."),
                    mail(
                        date(2026, 10, 19),
                        "Update: winter seasons only from now, I've taken a ski job for good.",
                    ),
                ],
            ),
        ],
        **job(
            PT_ROLE,
            PALMA,
            title="Resort Personal Trainer, Summer Season",
            offers=["Summer season contract, May to October"],
        ),
    ),
    C(
        "sea then a shore job in Miami vs shore then back to sea",
        "cs",
        [
            crew(PURSER, "Miami, FL, USA")(
                "Yesenia Cardoza",
                2,
                touches=[
                    linkedin(date(2026, 4, 6), "I want to stay at sea a few more years."),
                    linkedin(
                        date(2026, 10, 26),
                        "Got engaged! Looking for a shore job in the Miami office now.",
                    ),
                ],
            ),
            crew(PURSER, "Miami, FL, USA")(
                "Xiomara Villalobos",
                0,
                touches=[
                    linkedin(date(2026, 4, 6), "Looking for a shore job in Miami."),
                    linkedin(
                        date(2026, 10, 26),
                        "Tried the office for six months - I can't sit at a desk. Back to sea "
                        "for me.",
                    ),
                ],
            ),
        ],
        **job(
            PURSER_ROLE,
            MIAMI,
            title="Crew Payroll Supervisor, Miami Head Office",
            description="Shore-based in the Miami head office: crew payroll for the fleet.",
            offers=["Office-based in Doral, Monday to Friday"],
        ),
    ),
]

HELDOUT32_CASES: list[Case] = [
    *OPT_OUTS,
    *WAITS,
    *SCHEDULE,
    *TRAVEL,
    *VISA,
    *CONTRACT,
    *COMMUTE,
    *PAY,
    *RESOLVED,
    *NEGATIONS,
    *WORK_MODE,
    *LOCATIONS,
    *LAST_TIME,
    *LEVEL,
    *STAGE_SIZE,
    *MISSION,
    *TECH,
    *LATEST_WORD,
    *PROCESS,
]
