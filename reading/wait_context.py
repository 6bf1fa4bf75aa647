"""Whose time it is: a date in a note is a wait only when it is the person's.

"Try me again after the summer" and "Cand. said f/u Q3" are the person's waits. These are not:
- the recruiter's own plan: "Will f/u Q3", "Left VM, will try again in March" (unless the person
  asked for it: "Following up in Jan per her request");
- the employer's freeze: "Role put on hold - headcount freeze until Q2";
- a past event: "Left Monzo after the layoffs in March", "Managed a team until the restructure in June";
- a judgement of the person: "Not enough depth for a senior hire; maybe in a year or two";
- a length of something else: "a fixed-term contract, 9 months or so", "lead a team within a year";
- how long consent to keep their details runs: "consent renewed until 2028".
Each check reads the sentence the time expression is in (lower case, normalised), found by
``reading.clauses.sentence_start`` and ``sentence_end``.
"""

from __future__ import annotations

import re

from reading.gates import gated

_RECRUITER_PLAN = re.compile(
    r"(?:\b(?:will|we'll|i'll|we will|i will|plan to|planning to|going to|must|should|"
    r"(?<!no )need to|diary|reminder|bf)\s+(?:\w+\s+)?|\bnext step\W+)(?:try(?: again)?|follow(?:ing)? up|chase|"
    r"ping|reach out|recontact|contact|call|email|check in|circle back|revisit|reconnect|re-?engage|"
    r"touch base|catch up|speak|talk|chat|get (?:back )?in touch|get back)\b|"
    r"^\W*(?:following up|reminder|diary note|bring forward|note to self|nts|todo|to do)\b"
)
# The recruiter coming back with something to offer: "I'll be in touch after the holidays with new roles".
_OFFERING = re.compile(
    r"\b(?:i'll|we'll|i will|we will) (?:be|get) (?:back )?in touch\b.*\bwith (?:\w+ )?"
    r"(?:roles|jobs|opportunities|openings|options)\b"
)
# The person asked for it: their wait even in the recruiter's words.
_THEIRS = re.compile(
    r"\b(?:said|says|asked|asks|requested|request|wants|wanted|suggested|told (?:us|me)|prefers|please|"
    r"pls|her call|his call|cand(?:idate)?(?:'s)? (?:call|choice|preference)|me|my|you|back|returns?|"
    r"holidays?|leave|away|feel free|free to|welcome to|happy for (?:you|us))\b"
)
# "moving in January to Groningen, will talk once settled": a plan that waits on their move.
_AFTER_THEIR_MOVE = re.compile(
    r"\b(?:mov\w*|relocat\w*|emigrat\w*)\b.*\b(?:once|after|when) (?:[\w']+ ){0,2}"
    r"(?:sett?led|landed|unpacked|moved in|the move)\b"
)
# A visa's end date: "on a Graduate visa until Aug 2026" is a fact about the visa, not a wait.
_VISA_UNTIL = re.compile(
    r"\b(?:visa|route|permit|brp|leave to remain|status|residence card|residency|whv|"
    r"working holiday|417|462|482|tss|aewv|h-?1b|opt|stem opt|ead|iec|second year|third year|"
    # India's business and intra-company visas, and the passport they are stamped in: "B1/B2
    # stamped till 2029", "L1 valid to 2027", "passport valid till 2031"
    r"b-?1|b-?2|l-?1a?|l-?1b|h-?4|passport)\b"
    # (a trip or a stint on the visa is their time away, not the visa's: "on the B1 trip till March")
    r"(?:\W+(?!(?:looking|available|free|open|start\w*|mov\w+|ready|interested|back|join\w*|trips?|"
    r"travel\w*|onsite|stint|assignment|project|busy|away)\b)\w+){0,5}?\W+"
    r"(?:until|till|til|to|expires?|expiring|ends?|ending|valid (?:until|till|to))\W+(?:\w+\W+){0,2}$"
)
# A permit running out said as leaving: "has to leave Australia in May", "must be out of the
# country by June when her visa ends" - when the right to work ends, not a wait.
_LEAVES_BY = re.compile(
    r"\b(?:has|have|had|needs?|must|got) (?:to )?(?:leave|be out of|exit|depart(?: from)?|fly home from) "
    r"(?:the country|australia|new zealand|nz|the uk|britain|canada|the us|the states|ireland|"
    r"aus|oz|south africa|singapore|the uae|dubai|japan|germany|the netherlands)\W+(?:\w+\W+){0,2}$"
)
# How long consent to keep their details runs: "consent renewed until 2028", "happy for you to
# keep my CV for 12 months" - permission for us, not a time to wait.
_CONSENT_FOR = re.compile(
    r"\b(?:(?:re-?)?consent\w*|keep (?:\w+ ){0,2}(?:details|cv|data|profile|info|information|record)s?"
    r"(?: on file)?|on file)\b[^.;!?]*$"
)
# Our own follow-up about a role of ours: "ping again in 2 wks re the Bath role".
_OUR_FOLLOW_UP = re.compile(
    r"^\W*(?:ping|chase|follow up|f/u|try|call|email|check in)(?: (?:again|back|him|her|them))?\b[^.;]*"
    r"\b(?:re|about|regarding|for) (?:the|our) (?:\w+ ){0,3}(?:role|job|position|opening|req)\b"
)
# The hiring side's plan: "HM wants to revisit after the Q2 planning round".
_THEIR_SIDE = re.compile(
    r"\b(?:hm|hiring manager|the client|client|interviewer|panel|the team|their team)(?:'s)? "
    r"(?:wants|would like|asked|plans|is planning|intends|hopes) to\b"
)
_COMPANY_HOLD = gated(
    re.compile(
        r"\b(?:hiring|headcount|recruitment|recruiting|budget) freeze|\b(?:role|position|req|requisition|"
        r"headcount|vacancy|opening|hiring|budget|project|client)\b(?:\W+\w+){0,4}?\W+(?:on hold|frozen|paused|"
        r"freeze|cancelled|pulled)\b|\b(?:paused|froze|frozen|halted|stopped|suspended) (?:all |their |our )?"
        r"(?:hiring|recruitment|recruiting|the role|the req|headcount)\b|\b(?:process|interviews?)\W+(?:\w+\W+)"
        r"{0,2}?(?:paused|on hold|frozen)\b|\b(?:hiring manager|client|interviewer|panel)(?:'s| is)? (?:on leave|"
        r"away|out|off)\b"
    )
)
_PAST = re.compile(
    r"\b(?:left|managed|threatened|joined|was|were|had|worked|led|moved|got|lost|quit|finished|ended|"
    r"started|spent|did|went|came|made|took|gave|met|laid off|resigned|applied|interviewed|declined|"
    r"accepted|signed|shipped|launched|built|ran|delivered|completed|relocated|graduated|promoted|"
    r"hired|placed|rejected|withdrew|happened|received|sent|emailed|rang|replied|folded|closed|added|"
    r"tagged|sourced|"
    # a conversation had: "spoke after the summit in September", "caught up after Easter"
    r"spoke|talked|chatted|caught up|phoned)\b"
)
_FORWARD = re.compile(
    r"\b(?:will|'ll|would|'d|wants?|wanting|can|could|not before|not until|no sooner|open|available|"
    r"free|back|try|ping|contact|reach|looking|hoping|hopes?|plans?|planning|going to|gonna|maybe|"
    r"perhaps|probably|once|f/u|follow up|revisit|reconnect|circle back|recontact|start|starting|ready|"
    r"interested|keen|happy to|let's|talk|chat|speak|in touch|touch base|wait|waiting|hold off|isn't|"
    r"is not|not (?:\w+ )?(?:looking|moving|leaving)|staying|committed|locked|tied|earliest|then|"
    r"until (?:then|she|he|i|they)|after (?:that|which)|needs?|should|must|unless|if|i'm|i am|she's|he's|"
    r"they're|we're|is|are|am|give (?:it|him|her|them|me)|"
    # "signed an extension, runs to mid-April": what was signed runs on ahead
    r"(?:runs|running|lasts|goes) (?:on )?(?:to|till|until|through|into)|(?:finishes|ends|wraps up|runs out) "
    r"(?:in|on|at|by|early|mid|late|end|the|(?=\d{1,2}/\d)))\b"
)
# Feedback from a step of ours, the step dated: "still waiting on feedback from the final round
# in May", "chasing her feedback on the interview back in March", "waiting on feedback from May".
# The time is when the step was, and what they wait on is ours to give, not a wait of theirs.
_FEEDBACK_ON_STEP = re.compile(
    r"\b(?:feedback|debrief)\s+(?:(?:from|on|after|about|re|for|following)\s+(?:(?:the|my|our|her|his|their|"
    r"that|your)\s+)?(?:[\w-]+\s+){0,2}?(?:interview|round|final|finals|assessment|process|application|"
    r"call|panel|meeting|test|task|presentation|onsite|case study|pitch)s?\s+(?:in|on|back in|from|during|"
    r"last)\s+|from\s+(?:back\s+in\s+)?)$"
)
_JUDGED = re.compile(
    r"\b(?:not enough|lacks?|lacking|too junior|too green|not (?:yet )?(?:strong|senior|experienced) enough|"
    r"needs more experience|(?:client|hiring manager|hm|panel|they) (?:reckoned|felt|thought|worried)|"
    r"be bored)\b"
)
# What the duration measures when it is not a wait: a contract, a project, a goal's deadline.
_LENGTH_OF = re.compile(
    r"(?:\b(?:contract|ftc|fixed[- ]term|secondment|project|stint|maternity cover|gig|assignment|"
    r"placement|extension|deal)\W+(?:\w+\W+)?|\bwithin\W+)$"
)


# Hours kept during a season or a holiday, not a wait for it: "employers that give reduced hours
# in Ramadan", "shorter shifts over Christmas", "needs adjusted timings during Lent".
_HOURS_DURING = re.compile(
    r"\b(?:hours|shifts?|timings?|schedules?|working days|half[- ]days|rotas?)\s+"
    r"(?:in|during|over|through(?:out)?)\s+(?:the\s+)?$"
)


def not_theirs(sentence: str, before: str, earlier: str = "") -> bool:
    """Whether the time expression after ``before`` in ``sentence`` is not the person's wait;
    ``earlier`` is the rest of the line before the sentence (a judgement carries over a ";")."""
    if (
        _COMPANY_HOLD.search(sentence)
        or _OFFERING.search(sentence)
        or _JUDGED.search(earlier + " " + sentence)
    ):
        return True
    if (
        _RECRUITER_PLAN.search(sentence)
        and not _THEIRS.search(sentence)
        and not _AFTER_THEIR_MOVE.search(sentence)
    ):
        return True
    if _CONSENT_FOR.search(before):
        return True
    if (
        _LEAVES_BY.search(before)
        or _HOURS_DURING.search(before)
        or _FEEDBACK_ON_STEP.search(before)
    ):
        return True
    if _VISA_UNTIL.search(before) or _OUR_FOLLOW_UP.match(sentence) or _THEIR_SIDE.search(before):
        return True
    return bool(_PAST.search(after_a_break(before)) and not _FORWARD.search(sentence))


def after_a_break(before: str) -> str:
    """What follows the last colon or dash: "Rang Saskia: off on leave for nine months" and
    "got promoted - check back in a year" report first, then give the wait."""
    return re.split(r":\s|\s[-–—]+\s", before)[-1]


def length_of_something(before: str) -> bool:
    """ "a fixed-term contract, 9 months or so", "move into management within a year"."""
    return bool(_LENGTH_OF.search(before))


# How long something already done took: "grew the team from 3 to 20 in two years", "start-ups
# folded under her in three years", "has doubled revenue in 18 months" - the length of a past
# event, not a wait. A past verb governs the duration when it comes first in the clause with
# nothing of a wait ahead between them ("told us to call back in 3 months", "built the team, wants
# a move in a year" and "will be ready in two years" still wait).
_IRREGULAR_PAST = (
    r"grew|grown|built|ran|led|took|taken|spent|went|gone|made|became|become|rose|risen|won|sold|"
    r"brought|drove|driven|wrote|written|beat|beaten|paid|rebuilt|overtook|outgrew|outgrown|"
    r"oversaw|overseen|got|gotten|cut|shut|set|hit|broke|broken|fell|fallen|"
    r"shrank|shrunk|swung|flew|flown|saw|seen|taught|fought|bought|held|kept|lost|"
    r"quit|left|stood up|spun up|spun out"
)
# "-ed" words that report a word said or a plan, or describe a state ahead ("asked us to reach out
# in six months", "she'd be interested in a year", "contracted to finish in May").
_NOT_A_DEED = frozenset(
    "asked wanted needed suggested planned agreed promised expected scheduled booked decided "
    "requested mentioned indicated preferred hoped offered invited advised emailed texted messaged "
    "replied responded confirmed noted stated explained added insisted pencilled penciled proposed "
    "intended aimed reckoned claimed warned signalled signaled contacted called pinged reached tried "
    "interested based tied locked committed settled engaged married retired qualified contracted "
    "parked paused vested expected slated targeted tipped earmarked lined pencilled allowed "
    "supposed required obliged bound used prepared geared placed needed destined ".split()
)
_DEED = re.compile(
    rf"(?<![\w'])(?<!\bbe )(?<!\bbeen )(?<!\bbeing )(?<!\bis )(?<!\bare )(?<!\bam )(?<!\bget )"
    rf"(?<!\bgets )(?<!\bgetting )(?<!\bto )(?<!\bwill )(?<!\bwould )(?<!'ll )"
    rf"(?P<verb>{_IRREGULAR_PAST}|[a-z]{{3,}}ed)"
    r"\b(?P<between>[^.;:!?,()\n–—]{0,60}?)"
    r"\b(?:in|within|over|inside)(?: (?:just|only|under|less than|about|around|roughly|barely|nearly|"
    r"almost|a little over|little more than|no more than))?\W*$"
)
# Between the past verb and the duration: a word that makes the rest a wait or a plan.
_AHEAD = re.compile(
    r"\b(?:will|'ll|would|'d|can|could|might|may|should|must|shall|is|are|am|be|'re|'m|"
    r"wants?|needs?|hopes?|plans?|expects?|aims?|intends?|says?|said|told|asks?|asked|thinks?|"
    r"reckons?|ends?|finishes|starts?|runs|expires|goes|comes|back|again|ready|available|free|open|"
    r"looking|once|until|till|when|then|next|another|maybe|perhaps|probably|"
    r"to (?:call|try|reach|contact|ping|move|look|talk|chat|come|get|check|be|start|join|leave|go|"
    r"revisit|reconnect|circle|follow|speak|hear|consider|think|wait|ask|email|text|ring|touch))\b"
)
# The duration first, the deed after it: "within 18 months she had tripled revenue", "in two
# years he built the platform team".
_LEAD_ONLY = re.compile(
    r"(?:^|[,;:.!?(\n]|\b(?:and|but|so))\s*(?:in|within|over|inside)(?: (?:just|only|under|less "
    r"than|about|around|roughly|barely|nearly|almost))?\W*$"
)
_DEED_AFTER = re.compile(
    r"^(?:'s)?\W*(?:she|he|they|i|we|you|it|the (?:team|company|business|startup|start-up|firm|"
    r"org|unit))(?:'d| had| has| have|'ve)? (?:\w+ly )?"
    rf"(?P<verb>{_IRREGULAR_PAST}|[a-z]{{3,}}ed)\b"
)


def measures_the_past(before: str, after: str) -> bool:
    """Whether the duration between ``before`` and ``after`` (lower case) is how long a past
    event took: "grew the team from 3 to 20 in two years", "in two years he built it"."""
    did = _DEED.search(before)
    if did and did["verb"] not in _NOT_A_DEED and not _AHEAD.search(did["between"]):
        return True
    if _LEAD_ONLY.search(before):
        did = _DEED_AFTER.match(after)
        return bool(did) and did["verb"] not in _NOT_A_DEED
    return False


# The sentence around a place in a note: ``reading.waits`` and its helpers read each time there.


# Roles still wanted through a busy time: "keep them coming", "keep sending roles though".
STILL_SEND = re.compile(
    r"\b(?:keep (?:them|'em|the roles|roles|jobs|the jobs|those|things|opportunities) coming|"
    r"keep (?:on )?sending (?:me |him |her )?(?:them|roles|jobs|things|stuff|opportunities)|"
    r"(?:send|share) (?:them|roles|jobs|things) (?:anyway|regardless))\b"
)
