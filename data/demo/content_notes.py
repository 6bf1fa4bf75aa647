"""Recruiters' own words: why an application ended, and what each touchpoint was about.

Reason notes are ``(text, families)`` with ``families`` as in ``content_motivations`` (None =
any family). Slots: ``{skill}`` (something the role needed that the person lacks),
``{skill_have}`` (one of theirs), ``{city}``/``{country}`` and ``{days}`` (the past role's
office and attendance), ``{ask}``/``{cap}`` (money in the role's currency), ``{years}`` (their
experience at the time), ``{other_company}``, ``{home_city}``, ``{month}``, ``{quarter}``.

Two conventions the matcher relies on: a compensation note names the ask *first* ("Asked for
€120k; band capped at €105k"), and an experience note says "junior" when the person was too
junior and "senior" (without "junior") when they were too senior.
"""

REASON_NOTES: dict[str, list[tuple[str, object]]] = {
    "skills_gap": [
        ("Strong generalist but no production {skill} — that's the core of the role", "tech"),
        ("Went with candidates with more {skill} experience", None),
        ("Solid fundamentals, struggled with the {skill} part of the technical interview", "tech"),
        ("CV didn't show the {skill} depth the hiring manager wanted", None),
        ("Good on {skill_have}, light on {skill}; panel split 2–2 and the HM said no", None),
        ("Take-home was tidy but skipped the {skill} part of the brief", "tech"),
        ("Not enough hands-on {skill} for a team with nobody else to lean on", None),
        ("System design round was weak — didn't get to scaling or failure modes", "eng"),
        ("Case study lacked depth on {skill}", {"product", "data", "ops", "marketing"}),
        ("Portfolio strong visually, thin on research and process", "design"),
        ("Couldn't walk through a deal end to end in the role play", "sales"),
        ("Modelling test had errors in the cash-flow bridge", "finance"),
        ("Great energy, but we need someone who has already run {skill} at scale", None),
        ("Screened out on CV — mostly {skill_have}, and the role is heavy on {skill}", None),
        ("Pairing exercise went slowly; unfamiliar with {skill}", "eng"),
        ("Couldn't explain the trade-offs in their own portfolio piece", "design"),
        ("Weak on SQL in the practical — needed help with joins", {"analytics", "data_eng"}),
    ],
    "experience_junior": [
        ("Too junior for the senior scope — revisit in a year or two", None),
        ("About {years} in; too junior for a role that leads projects end to end", None),
        ("Good potential but too junior: hasn't owned anything in production yet", "tech"),
        ("HM wants someone who has done this before at our size; a bit junior still", None),
        (
            "Strong mid-level, but junior for this level — the gap showed in the design round",
            "tech",
        ),
        ("Lovely to talk to, too junior for this bar. Suggested reapplying next year", None),
        ("Would have been a great hire for the junior/mid role we didn't have open", None),
        ("Too junior for exec-level stakeholder management", {"product", "ops", "gtm"}),
        ("Junior for the scope: {years}, no experience running a team", None),
    ],
    # After a recruiter screen: no panel, exercise or design round to quote yet.
    "skills_gap_screen": [
        ("Good on {skill_have}, light on {skill}; not a fit for this team", None),
        ("Not enough hands-on {skill} for a team with nobody else to lean on", None),
        ("Great energy, but we need someone who has already run {skill} at scale", None),
        ("Strong generalist but no production {skill} — that's the core of the role", "tech"),
        ("Screen: hasn't used {skill} beyond tutorials", None),
        ("Went with candidates with more {skill} experience", None),
    ],
    "experience_junior_screen": [
        ("Too junior for the senior scope — revisit in a year or two", None),
        ("About {years} in; too junior for a role that leads projects end to end", None),
        ("Good potential but too junior: hasn't owned anything in production yet", "tech"),
        ("Lovely to talk to, too junior for this bar. Suggested reapplying next year", None),
        ("Junior for the scope: {years}, no experience running a team", None),
    ],
    # At CV review nobody has seen an interview yet, so these notes only cite the CV.
    "skills_gap_cv": [
        ("CV didn't show the {skill} depth the hiring manager wanted", None),
        ("Screened out on CV — mostly {skill_have}, and the role is heavy on {skill}", None),
        ("No {skill} on the CV; the role needs it from day one", None),
        ("Strong CV for a different role — little {skill}", None),
        ("Went with candidates with more {skill} experience", None),
        ("Application light on {skill}; not progressed", None),
    ],
    "experience_junior_cv": [
        ("Too junior for the senior scope — revisit in a year or two", None),
        ("CV shows about {years} of experience; too junior for this level", None),
        ("Promising but junior for this role; encouraged to apply for mid-level openings", None),
    ],
    # Too junior for a leadership or staff step, said of people who are senior already.
    "experience_junior_leader": [
        ("Strong senior IC, but junior as a people manager — no direct reports yet", None),
        ("Too junior for a head-of role: hasn't managed managers", None),
        (
            "Junior for the lead scope — great individual work, little experience setting "
            "direction",
            None,
        ),
        ("Leadership experience too junior for this level; revisit after a year as a lead", None),
    ],
    "experience_senior": [
        ("Overqualified — too senior for this role and would be bored in three months", None),
        ("Too senior for the level; expects staff-level scope we can't offer yet", "tech"),
        ("Senior leadership background for a manager role; concern about fit with the level", None),
        ("Wants more scope than this role has — keep in mind for future senior openings", None),
        ("Title and scope expectations well above this opening; senior hire for a mid role", None),
    ],
    "compensation_rejected": [
        ("Asked for {ask}, band capped at {cap}", None),
        ("Salary expectation {ask}+; top of band is {cap}", None),
        ("Expects {ask} base — we can't get there for this level", None),
        ("Wanted {ask}; HM wouldn't stretch beyond {cap}", None),
        ("Comp mismatch at screen: {ask} vs our {cap} ceiling", None),
        ("Looking for {ask} plus equity; well out of band", None),
    ],
    "compensation_declined": [
        ("Asked for {ask}; band capped at {cap}. Declined", None),
        ("Wanted closer to {ask}; we offered top of band ({cap}) and they declined", None),
        ("Took a higher offer elsewhere ({ask}); we couldn't move past {cap}", None),
        ("Declined — asked for {ask}, offer was {cap} and our equity didn't close the gap", None),
        ("Said no over total comp: needed {ask}, best we could do was {cap}", None),
    ],
    "location_rejected": [
        (
            "Based in {home_city}; role needs right to work in {country} and we couldn't sponsor",
            None,
        ),
        ("Lives in {home_city}, role is in {city} and they won't relocate", None),
        ("Outside the time zones we hire in for this team", None),
        ("Needs visa sponsorship; no sponsorship budget for this role", None),
        ("Applied from {home_city} for a {city} role — no relocation budget this time", None),
    ],
    "location_withdrew": [
        ("Didn't want to relocate to {city}", None),
        ("Withdrew — partner couldn't move to {city}", None),
        ("Family reasons: can't move to {city} this year", None),
        ("Decided against the move to {city} after visiting", None),
        ("Relocation package wasn't enough for {city} rents", None),
        ("Couldn't commit to relocating to {city} before the start date", None),
    ],
    "location_declined": [
        ("Declined — didn't want to relocate to {city}; family settled in {home_city}", None),
        ("Declined the offer: the move to {city} fell through on housing", None),
        ("Declined — partner's job is in {home_city}, so {city} didn't work out", None),
    ],
    "remote_policy": [
        ("Couldn't commit to {days} in the {city} office", None),
        ("Withdrew when they heard it's {days} on-site", None),
        ("Wanted fully remote; role is {days} in {city}", None),
        ("On-site mandate was a deal-breaker — has been remote for years", None),
        ("Wants one office day a week at most; we need {days}", None),
        ("Asked whether the office requirement was flexible; it isn't, so they stepped back", None),
    ],
    # Only for people who live in the office's country: the commute is the problem.
    "remote_policy_local": [
        ("Commute to the {city} office too long for {days}", None),
        ("Lives {distance} from the {city} office; {days} isn't workable", None),
        ("Couldn't commit to {days} in the {city} office", None),
    ],
    "timing_withdrew": [
        ("Not ready to move yet — wants to finish the current project", None),
        ("Withdrew — just been promoted internally", None),
        ("Starting parental leave soon; asked us to come back in six months", None),
        ("Can't leave before the bonus pays out in {month}", None),
        ("Said 'not now, maybe next year' after the first interview", None),
        ("Personal circumstances — pausing the search", None),
    ],
    "timing_rejected": [
        ("Role filled before we got to this application", None),
        ("Applied after the shortlist closed", None),
        ("HM needed someone within a month; three-month notice period", None),
        ("Three-month notice period and we needed someone sooner", None),
    ],
    "other_candidate": [
        ("Very close — went with a candidate with more {skill} experience", None),
        ("Strong final; lost out to a candidate who'd done the exact job before", None),
        ("Two great finalists, one headcount. Would hire for the next opening", None),
        ("Final round: great on {skill_have}, the other finalist edged it on {skill}", None),
        ("Panel unanimous yes; HM chose the other finalist on domain experience", None),
        ("Runner-up. Keep warm — first call for the next similar role", None),
        ("Narrowly missed out; the other candidate could start a month earlier", None),
        ("Silver medalist — excellent case study, slightly weaker stakeholder stories", None),
        ("Lost to an internal transfer at the last step", None),
        ("Offer went to the other finalist, who accepted. Both were a hire", None),
        ("Close call at final — other finalist had payments domain experience", None),
        ("HM loved them; the other finalist had already led a {skill} migration", None),
        ("Final debrief split 3–2; went with the finalist who'd worked in payments before", None),
        ("Excellent final presentation. A coin-flip between two strong people", None),
        ("References on both finalists were glowing; chose the one with more {skill}", None),
        ("Very strong on {skill_have}; came a close second", None),
        ("The other finalist accepted faster — we'd have been happy with either", None),
        ("Great craft and a strong culture add; the hire had more time at a scale-up", None),
        ("Runner-up by a whisker. Flagged as first call when we reopen the role", None),
    ],
    "other_candidate_onsite": [
        ("Good onsite, but two stronger candidates in the same loop", None),
        ("Solid onsite; another candidate had deeper {skill} experience", None),
        ("Onsite went well; we moved forward with someone further along in {skill}", None),
    ],
    "headcount": [
        ("Headcount frozen after {quarter} reforecast", None),
        ("Req cancelled in the reorg", None),
        ("Budget cut; role closed mid-process", None),
        ("Company-wide hiring freeze announced", None),
        ("Role put on hold indefinitely — candidate was progressing well", None),
        ("Req closed after the board asked us to slow hiring", None),
        ("Position closed: the team decided to backfill internally", None),
    ],
    "not_interested": [
        ("Withdrew after the first call — role is more maintenance than expected", "tech"),
        ("Not excited by the product after meeting the team", None),
        ("Withdrew: wants a bigger company", None),
        ("Withdrew after the onsite — wants people management, this was an IC track", None),
        ("Decided payments isn't the domain for them", None),
        ("Felt the role was too narrow", None),
    ],
    "other_withdrew": [
        ("Accepted an offer elsewhere before our onsite", None),
        ("Took a role at {other_company}", None),
        ("Went to {other_company} — their process was faster", None),
        ("Had three offers; chose {other_company}", None),
        ("Withdrew — accepted a job at {other_company} last week", None),
    ],
    "other_declined": [
        ("Declined — accepted {other_company} for a bigger scope", None),
        ("Chose {other_company}'s offer; closer to home", None),
    ],
    "counteroffer": [
        ("Accepted counteroffer from current employer", None),
        ("Declined: current company matched and added a promotion", None),
        ("Stayed — counteroffer plus a retention bonus", None),
        ("Used our offer to get a raise; stayed put", None),
        ("Counteroffer with a title bump; decided to stay another year", None),
    ],
    "culture_fit": [
        ("Panel concerned about how they handled disagreement in the pairing exercise", "tech"),
        ("Values interview: struggled to give examples of working across teams", None),
        ("Came across as dismissive of support colleagues' input", None),
        ("Prefers very top-down direction; our teams are highly autonomous", None),
        ("Great skills, but wants a much more structured environment than ours", None),
        ("Didn't engage with the written exercise — we're a writing-heavy culture", None),
    ],
    "conduct": [
        ("Rude to the interview coordinator; not to be progressed", None),
        ("Used an undisclosed AI assistant in the live exercise after being asked not to", None),
        ("Misrepresented current title and salary; came out in references", None),
    ],
    "no_show": [
        ("No-show for the technical interview; no reply to follow-ups", "tech"),
        ("Missed the screen twice without notice", None),
        ("Didn't join the video call and never rescheduled", None),
    ],
    "spam": [
        ("Mass application — applied to every open role the same day", None),
        ("Bot-like submission; CV unrelated to the role", None),
        ("Automated application with a placeholder cover letter", None),
    ],
    "duplicate": [
        ("Duplicate — applied twice via LinkedIn and the careers page", None),
        ("Duplicate profile from an agency submission; same person", None),
        ("Applied twice under different emails; merged", None),
    ],
    "other": [
        ("HM changed the brief mid-process", None),
        ("Role rescoped to a contract; candidate wants permanent", None),
        ("Candidate asked to pause and we moved on", None),
    ],
}

# Touchpoint notes by kind and outcome. Slots: {role} (a past role title), {open_role} (an
# opening), {stage}, {company} (their employer), {skill}, {skill_have}, {area}, {event},
# {title_next}, {home_city}.
REJECTION_AUTO = [
    "Automated rejection email from Greenhouse",
    "Standard rejection template sent after CV review",
    "Rejection sent via the ATS",
]
REJECTION_PERSONAL = {
    None: [
        "Rejection email after the {stage}, thanking them for their time",
        "Sent rejection with a short summary of the panel's view",
        "Let them know we went another way; promised to keep in touch",
        "Rejection email for {role}",
    ],
    "replied": [
        "Rejection after the {stage}; they replied thanking the team and asked to be kept in mind",
        "Called to explain the decision; took it well",
        "Rejection sent; replied asking for detailed feedback",
        "Phoned after the {stage} — disappointed but gracious",
    ],
    "no_reply": [
        "Rejection email after the {stage}; no reply",
        "Sent the decision by email; didn't hear back",
    ],
}
CLOSED_ROLE = [
    "Let them know {role} was closed (hiring freeze); promised to reach out when it reopens",
    "Explained the req was cancelled — not a judgement on them",
    "Called to say the role is on hold; they understood",
]
FEEDBACK = [
    "Feedback call: strong on {skill_have}, needs more depth in {skill}",
    "Walked through the panel notes — appreciated the honesty",
    "Feedback call with the HM; agreed to reconnect in six months",
    "Sent written feedback on the exercise; they replied with thanks",
    "30-minute feedback call. Positive, wants to hear about future roles",
    "Shared the interview feedback by phone; asked good questions about what to work on",
]
WITHDRAWAL = [
    "Emailed to withdraw from {role}",
    "Called to withdraw — see application notes",
    "Withdrew by email; friendly, open to future roles",
]
DECLINE = [
    "Called to decline the offer for {role}",
    "Declined the offer by email; warm, wants to stay in touch",
    "Offer call: declined, reasons in the application notes",
]
NO_SHOW = [
    "Missed the interview; sent a reschedule link",
    "No-show — emailed to check everything was OK",
]
CHECK_IN = {
    "no_reply": [
        "Checked in by email — no reply",
        "Sent a short 'how are things' note; no response",
        "LinkedIn nudge, unread",
        "Shared a team blog post they might like; no reply",
        "Holiday-season check-in email; nothing back",
    ],
    "replied": [
        "Replied: happy at {company} for now, check back later in the year",
        "Quick catch-up call — new job going well, open to a chat in six months",
        "Replied with an update: up for promotion to {title_next} this cycle",
        "Friendly reply; busy with a launch, will get back in touch",
        "Replied from holiday — still at {company}, says hi to the team",
        "Catch-up call; still at {company}, curious about what we're building",
    ],
    "interested": [
        "Replied: would love to hear about anything in {area}",
        "Coffee chat; keen to move in the next quarter",
        "Said they're starting to look again — asked us to send roles",
        "Catch-up call: restructuring at {company}, very open to a move",
    ],
    "not_interested": [
        "Replied: just started a new job, not looking",
        "Not interested for now — too settled",
        "Asked us to check back in a year",
    ],
}
RE_ENGAGEMENT = {
    "no_reply": [
        "Sent the {open_role} role; no reply yet",
        "Personal note about {open_role}; no response",
    ],
    "replied": [
        "Shared {open_role}; replied asking about the band",
        "Sent {open_role}; replied with questions about the team",
    ],
    "interested": [
        "Pitched {open_role} — interested, booked a call",
        "Sent {open_role}; wants to talk to the hiring manager",
    ],
    "not_interested": [
        "Sent {open_role} — not interested, happy where they are",
        "Mentioned {open_role}; not the right move for them right now",
    ],
}
INBOUND = {
    "interested": [
        "Messaged on LinkedIn asking if we're hiring for {area} again",
        "Emailed after seeing our funding news — open to roles",
        "Came over to say hi at {event}; asked about openings",
    ],
    "replied": [
        "Sent an update: moved to {home_city}",
        "Emailed to say they finished the certification we discussed",
        "Shared a friend's CV for the open roles",
    ],
}
DNC_REQUEST = "Asked not to be contacted again"
NOTE_INTERNAL = [
    "HM asked to keep them on the radar for the next opening",
    "Referred a friend for an open role",
    "Met at {event}; still at {company}",
]
