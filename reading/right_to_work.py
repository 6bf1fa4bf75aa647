"""Visas and the right to work: sponsorship needed or not, a permit held, tied to an employer
or running out.

"needs sponsorship", "would need a new employer to transfer the H-1B" and "no visa issues" are
what a person says of their papers; "her husband's visa" is someone else's. ``reading.mobility``
asks ``visa`` of each segment and owns the rest of where and how far.
"""

from __future__ import annotations

import re

from reading.gates import gated

_SPONSOR = gated(
    re.compile(
        r"\b(?:visa (?:is )?sponsored|sponsored visa|visa (?:paperwork|support|application|help)|if (?:a )?visa|"
        r"(?:visa )?sponsorship|sponsor(?:ed|ing)? (?:me|him|her|them)|sponsor (?:a |my |his |her )?visa|"
        # an employer's refusal names the visa by its class: "wouldn't sponsor a 482"
        r"(?<=n't )sponsor(?: (?:a|an|the|my|his|her|their) (?:new )?[\w-]+)?|(?<=not )sponsor(?: (?:a|an|the|"
        r"my|his|her|their) (?:new )?[\w-]+)?|(?<=refused to )sponsor(?: (?:a|an|the|my|his|her|their) [\w-]+)?|"
        r"h-?1b transfer|(?:would|will) need a (?:new )?sponsor|"
        # a working holiday visa caps the months with one employer, so a lasting role needs a
        # sponsor: "on a working holiday visa", "she's on a WHV", "417 visa", "youth mobility visa"
        # (not the visa they first came on: "came out on a WHV originally, now PR")
        r"(?<!not )(?<!no longer )(?<!n't )(?<!came )(?<!came out )(?<!came over )(?<!came here )(?<!arrived )"
        r"(?<!was )(?<!were )(?<!used to be )\b(?:on|holding|hold|have|has|got) (?:a |an |my |her |his |their )?"
        r"(?:working holiday (?:visa|maker)|whv|(?:subclass )?(?:417|462)(?: visa)?|youth mobility (?:scheme )?visa|"
        r"ymv)\b(?! (?:originally|back in|years ago|at first|initially))|"
        # an employer-tied visa a move has to renew: "any move means a new O-1 petition",
        # "switching jobs would require a new E-3"
        r"(?:move|moving|switch(?:ing)?(?: jobs)?|job change|changing jobs|new job)\W+(?:\w+ )?(?:means|mean|would "
        r"mean|requires?|would require|needs|would need|will need)\W+(?:a |an )?(?:new |fresh )?(?:(?:o-?1|"
        r"h-?1b|l-?1|e-?3|tn|visa|work permit|status)\w? )?(?:petition|transfer|sponsor(?:ship)?|visa|filing|"
        r"(?:o-?1|h-?1b|e-?3|l-?1)\w?(?!\w))|"
        r"(?:new|fresh) (?:o-?1|h-?1b|e-?3|tn|l-?1)\w? (?:petition|filing|sponsorship)|(?:visa|sponsorship|work permit) (?:is )?"
        r"(?:needed|required)|"
        # a visa a new employer has to take over: "would need the new employer to transfer it",
        # "needs a new Skilled Worker sponsor", "visa tied to his employer"
        r"(?:new |next )?(?:employer|company|firm|job|role)(?: would| will)? (?:need|needs|have|has) to "
        r"(?:transfer|sponsor|file|take over)|(?:need|needs|needing|would need|will need) (?:the |a |an |his |"
        r"her |their |my )?(?:new |next )?(?:employer|company|firm) to (?:transfer|sponsor|file|take over)|"
        # "would need an employer to get her a Swiss work permit": the permit got for her
        r"(?:need|needs|needing|would need|will need) (?:the |a |an |his |her |their |my )?(?:new |next )?"
        r"(?:employer|company|firm) to (?:get|obtain|secure|arrange|apply for|request|support|back|help with)"
        r"(?: (?:her|him|them|me))?(?: (?:a|an|the|my|his|her|their))? (?:[\w-]+ )?(?:work permit|work visa|"
        r"permit|visa|blue card)|(?:transfer|take over) (?:the |my |his |her |their )?(?:visa|"
        r"h-?1b|l-?1|permit|sponsorship)|(?:needs?|needing|requires?|would need|will need) (?:a |an )?(?:new )?"
        r"(?:[\w-]+ ){0,2}sponsor|(?:visa|permit|h-?1b|status)(?: is)? (?:tied|linked|tethered) to (?:\w+ )?"
        r"(?:current |present )?(?:employer|company|job|firm)|employer[- ]tied (?:visa|permit)|"
        r"(?:need|needs|needing|needed|require|requires|required|will need|would need)\s(?:an? |to be |visa )?"
        r"(?:visa|work permit|sponsor(?:ed|ing)?|tier 2|"
        # Singapore's passes and permits to work ("would need an Employment Pass", "needs an S Pass")
        r"employment pass|s[- ]pass|work pass|"
        r"skilled worker visa|h-?1b|(?:eu )?blue card)|"
        # "would need a transfer" (of an H-1B), "needed a Critical Skills Employment Permit"
        r"(?:need|needs|needing|needed|will need|"
        r"would need)\s(?:an? )?(?:(?:visa|h-?1b) )?transfer|"
        # "would need us to file a transfer", "needs the client to do the H-1B transfer"
        r"(?:need|needs|needing|will need|would need) (?:us|you|them|the client|the new employer) to "
        r"(?:file|do|lodge|process|handle|sponsor|take on|issue|assign|give (?:her|him|them|me))"
        r"(?: (?:a|an|the|his|her|their))? (?:new |fresh )?"
        r"(?:(?:visa|h-?1b|l-?1) )?(?:transfer|petition|sponsorship|cos|certificate of sponsorship)|"
        # the UK's certificate of sponsorship ("cos" alone is also "because": an article first)
        r"(?:need|needs|needing|needed|will need|would need|require|requires)(?: (?:us|you|them|the (?:new )?\w+))?"
        r"(?: to (?:issue|assign|give|sponsor|get|provide)(?: (?:her|him|them|me))?)? (?:a |an |the )(?:new |fresh )?"
        r"(?:cos|certificate of sponsorship)|"
        # an employer's nomination (Australia's 482): "would need a 482 (TSS) nomination", "the
        # new employer has to nominate her"
        r"(?:need|needs|needing|will need|would need)\s(?:an? |the )?(?:new )?(?:482|494|186|tss|"
        r"employer|sponsor)(?: \(?(?:tss|482)\)?)? nomination|"
        # Australia's employer-sponsored visas by number: a needed 482 is an employer's to give
        r"(?:need|needs|needing|will need|would need)\s(?:an? |the )?(?:new )?(?:482|494|186|457)(?= |$)|(?:employer|company|firm) (?:would |will )?"
        r"(?:has|have|need|needs) to nominate|"
        r"(?:need|needs|needing|needed|will need|would need)\s(?:an? |the )?(?:[\w-]+ ){1,3}"
        r"(?:work |employment )?(?:permit|visa)|"
        # a national permit by its name: Ireland's Critical Skills or General Employment Permit
        # ("needs a CSEP"), the Dutch highly skilled migrant ("kennismigrant (HSM) permit")
        r"(?:need|needs|needing|needed|will need|would need|require|requires)\s(?:an? |the )?(?:new )?"
        r"(?:csep|gep|critical skills(?: employment)?(?: permit)?|general employment permit|"
        r"kennismigrant\w*|hsm|highly[- ]skilled migrant))\b"
    )
)
# An employer's refusal to sponsor ("they wouldn't sponsor her", "the firm refused to sponsor a
# 482"): the person needs what was refused (not "won't need sponsoring": a need denied).
_WOULD_NOT_SPONSOR = re.compile(
    r"\b(?:wouldn't|wouldnt|would not|won't|wont|will not|couldn't|could not|can't|cannot|didn't|did not|"
    r"refused to|unable to|not able to|not willing to|unwilling to) (?:(?!need|requir)\w+ )?sponsor(?!ship)"
)
_NO_SPONSOR_NEEDED = re.compile(
    r"\b(?:(?:doesn't|does not|don't|do not|won't|will not|wouldn't|no longer|never) (?:\w+ )?"
    r"(?:needs?|needed|requires?|required)|no (?:need (?:for|of)|visa needed|sponsorship (?:needed|required|necessary))|"
    r"without (?:needing|the need)|not (?:need(?:ed)?|required|necessary))\b|"
    r"\b(?:doesn't|does not|don't|do not|won't|will not|wouldn't|no longer|never|no)\W*$"
)
# "without sponsorship" right before the sponsor word, and what makes it a need after all: a
# "can't" or "not eligible" said before it ("can't work here without a visa sponsor")
_WITHOUT = re.compile(r"\bwithout (?:(?:any|a|an|the|visa|employer|h-?1b|company|further) )*\W*$")
_CANNOT = re.compile(
    r"\b(?:can't|cant|cannot|can not|couldn't|could not|unable|not able|won't be able|not possible|"
    r"impossible|no way|not allowed|isn't allowed|not eligible|ineligible)\b"
)
# the papers a move can need, as "no X or Y needed" lists them
_PAPER = r"(?:(?:work |employment )?(?:permit|visa)|sponsorship|lmia|(?:a )?cos|certificate of sponsorship)"
# the same list cut by the clause splitter at its "or": "no work permit or | LMIA needed"
_NONE_NEEDED_BEFORE = re.compile(
    rf"\bno {_PAPER}(?: (?:or|nor|and) (?:an? )?{_PAPER})+ (?:needed|required|necessary)\b"
    r"(?:\W+(?:any ?more|now|either|at all|for (?:her|him|them|me)))?\W*$"
)
_NO_VISA_ISSUE = gated(
    re.compile(
        r"\b(?:no (?:visa|sponsorship|immigration) (?:issues?|problems?|needs?|required|req'?d|needed|concerns?)|"
        r"(?:visa|sponsorship) (?:is )?(?:not an issue|no issue|not needed|not required|isn't needed|sorted)|"
        r"no (?:work |employment )?(?:permit|visa) (?:needed|required|necessary)|"
        # the papers said as a whole: "no paperwork needed in Paris", "no papers required"
        r"no (?:immigration )?(?:paperwork|papers) (?:needed|required|necessary)|"
        # a permit named by its class: "no 482 needed for Australia", "no H-1B required"
        r"no (?:482|tss|h-?1b|tn|l-?1|e-?3|blue card|employment pass|ep|s[- ]pass|cos|skilled worker)"
        r"(?: visa| permit| nomination)? (?:needed|required|necessary)|"
        # Canada's labour-market test not needed: "no LMIA needed", "no LMIA required for her"
        r"no lmia (?:needed|required|necessary)|"
        # several papers at once: "no visa or sponsorship needed", "no work permit nor LMIA required"
        rf"no {_PAPER}(?: (?:or|nor|and) (?:an? )?{_PAPER})+ (?:needed|required|necessary)|"
        r"no need for (?:a )?(?:visa|sponsorship)|(?:has|holds|got) (?:a )?work permit|"
        r"(?:has|holds|got|with|on) (?:a |an )?(?:eu |german )?blue card|"
        # the Gulf's transfer of sponsorship, and a residence held: "iqama transferable", "release
        # signed on Qiwa", "NOC in hand", "SPR since 2019, no pass needed"
        r"(?:iqama|qid|visa|residency|residence permit)(?: is)? (?:transferable|transferrable)|"
        r"transferable (?:iqama|qid|visa)|(?:signed|issued|given|granted) (?:him |her |them |me )?"
        r"(?:the |a |his |her |my )?(?:release|noc)|(?:release|noc) (?:is |was |already |has been )*"
        r"(?:signed|issued|granted|in hand|sorted|done)|"
        r"(?:s?pr|permanent resident|citizen) since (?:19|20)\d\d|no (?:pass|ep|employment pass|noc) "
        r"(?:needed|required))\b"
    )
)
_RIGHT_TO_WORK = gated(
    re.compile(
        r"\b(?:right to work|(?:full )?working rights|work rights|(?:british|uk|eu|us|irish|german|"
        r"french|dutch|swiss|american|canadian|australian) (?:citizen(?:ship)?|passport|national)|"
        r"eu passport|(?:pre-)?settled status|indefinite leave to remain|ilr|green card|"
        # Ireland's Stamp 4 (and Stamp 5): any work, no permit ("Stamp 1G" is a graduate's stay)
        r"stamp (?:4|iv|5)|"
        # a permit held now with its end years away: "a residence permit valid until 2028", "a
        # valid residence permit", "can work without restrictions"
        r"(?:valid|current) (?:residence|residency|work) permit|(?:residence|residency|work) permit "
        r"(?:is )?valid (?:until|till|to|through|thru) (?:\w+ )?20\d\d|(?:can|able to|allowed to) work "
        r"without (?:any )?restrictions?|"
        r"permanent residen(?:t|ce|cy)|dual (?:citizen|national)(?:ship)?|citizen|"
        # a permit that lets them work for anyone: "an open work permit (OWP)", "a Golden Visa",
        # "can work for any employer", "no restriction on what work she takes", "not tied to an
        # employer sponsor"
        r"open work permit|(?<![\w-])owp|golden visa|(?:can|could|able to|free to|allowed to) work for any "
        r"(?:[\w-]+ )?(?:employer|company)|no restrictions? on (?:what|which|the) (?:work|jobs?|employer)|"
        r"(?:isn't|is not|not|never) tied to (?:an? |any |one )?(?:employer|sponsor)|"
        # citizenship or PR that came through: "got citizenship in June", "PR granted in Sept"
        r"(?:got|received|has|have|now (?:has|have)) (?:(?:his|her|my|their|the) )?citizenship|"
        r"(?:citizenship|(?<![\w-])pr|permanent residency) (?:has |have |was |were |is |finally |just |now )*"
        r"(?:granted|approved|came through|come through|confirmed|sorted)|"
        # "naturalized last year": a citizen now
        r"(?<!not )(?<!never )(?<!being )naturali[sz]ed)\b"
    )
)


# A work permit that runs out, or a permit only an employer's support renews (Canada's LMIA).
_PERMIT_RUNS_OUT = re.compile(
    r"\b(?:(?:pgwp|work permit|work visa|open work permit|graduate visa|post-study (?:work )?(?:visa|permit)|"
    # the working holiday visa by its shorthand ("my WHV runs out in jan"), or without "visa"
    r"working holiday visa|working holiday|whv|stem opt|h-?1b|blue card|(?:his|her|my|their) visa|the visa|visa|"
    # a permit named by its kind or number: "his 485", "her OPT", "the H-4 EAD", "my EP", "IEC",
    # "Skilled Worker", "the iqama" (not an amount: "$485 a day")
    r"(?:stem )?opt(?![- ](?:out|in)\b)(?: ead)?|h-?4(?: ead)?|ead|iec|ep|employment pass|s[- ]pass|"
    r"dependant pass|skilled worker(?: visa)?|tss|iqama|residence permit|"
    r"(?:(?<=his )|(?<=her )|(?<=my )|(?<=their )|(?<=the )|(?<=a )|(?<=subclass ))"
    r"(?:482|485|500|417|462|457|408|491|494)|(?:482|485|500|417|462|457|408|491|494) visa)\b"
    r"(?:\W+\w+){0,4}?\W+"
    r"(?:runs? out|running out|expires?|expiring|ends|ending|lapses?|is up|exp\b\.?|"
    # "has 4 months left on it", "with six weeks to run": the time it has left
    r"(?:weeks?|months?|mo|mths?)\W+(?:left|remaining|to run|to go))\b|"
    r"(?:needs?|need an employer to|would need (?:an employer|someone) to) (?:support|sponsor|back) an? lmia|lmia)"
)
# A pass tied to the employer, which a new one has to apply for again: "on an EP tied to his
# current employer", "the new company would have to apply for a fresh EP", "needs a new S Pass".
_PASS = r"(?:ep|employment pass|s[- ]pass|work pass|work permit|work visa|h-?1b|visa|permit)"
_PERMIT_TIED = re.compile(
    rf"\b{_PASS}\W+(?:is |that's |which is )?tied to (?:his|her|my|their|the) (?:current )?"
    r"(?:employer|company|job)\b|"
    rf"\b(?:apply for|sponsor|file for|need(?:s|ing)?|get) (?:him |her |them |me )?(?:an? )?"
    rf"(?:fresh|new) {_PASS}\b|"
    # Canada's closed (employer-specific) permit: a new employer needs an LMIA to take them on
    r"\b(?:closed|employer[- ]specific|employer[- ]tied|tied) (?:work )?(?:permit|visa)\b|"
    # a sponsor who will not let them go: "sponsor won't release him", "school refuses to release
    # her", "iqama can't be transferred", "he'd have to exit and come back on a new visa"
    r"\b(?:won't|will not|wouldn't|refuses? to|refused to|not willing to) (?:release|give (?:him |her |"
    r"them |me )?(?:an? |the )?(?:release|noc))\b|"
    r"\b(?:iqama|qid|visa|residency)\W+(?:\w+\W+)?(?:can't|cannot|can not|won't) be transferred\b|"
    r"\b(?:re-?enter|come back|return) on a (?:new|fresh) (?:visa|iqama|permit)\b|"
    # a US work visa held now is the employer's petition: a new employer files again ("is on
    # H-1B himself", "currently on TN"); "was on H-1B" is _HELD_BEFORE's, "on H-4 EAD" is none
    r"\b(?:is|am|are|'s|'m|currently|still|now) on (?:an? |his |her |my |their )?(?:h-?1b|l-?1|e-?3|tn)"
    r"(?: visa| status)?\b(?!-| (?:ead|dependent|spouse))|"
    # a Gulf residence moved to a new sponsor: "needs an iqama transfer", "iqama transfer required"
    # (one under way, "iqama transfer still pending", is a wait: ``event_waits``)
    r"\b(?:needs?|needing|requires?|would need|will need|has to do) (?:an? |the |his |her )?"
    r"(?:iqama|kafala|sponsorship|residency) transfer\b|"
    r"\b(?:iqama|kafala|sponsorship|residency) transfer (?:needed|required|necessary)\b"
)
# ... unless the one who won't let them go is a line manager and no permit is named: "the GM won't
# release me in high season", "my head chef refuses to release her before Christmas".
_BOSS_HOLDS = re.compile(
    r"\b(?:gm|general manager|boss|manager|chef|head chef|owner|director|supervisor|hotel|restaurant|"
    r"store|property|team lead|line manager)'?s? (?:won't|will not|wouldn't|refuses? to|refused to|"
    r"not willing to) release\b(?!.*\b(?:visa|permit|iqama|noc|sponsor\w*|kafala|transfer\w*|"
    r"residency)\b)"
)
# ... unless it is kept: renewed, extended, or residence that does not run out.
_PERMIT_KEPT = re.compile(
    r"\b(?:renewed|extended|came through|approved|permanent resident|\bpr\b|citizen(?:ship)?|"
    r"no (?:sponsorship|visa) (?:needed|required))\b"
)


# A permit held before, not now: "had a closed work permit last year", "was on a tied visa".
_HELD_BEFORE = re.compile(
    r"\b(?:(?:had|used to have|previously had) (?:an?|the|his|her|their)|(?:was|were|used to be|"
    r"previously|came(?: here)?) on(?: an?| the| his| her| their)?)(?: [\w-]+){0,2}?\W*$"
)
_VISA_WORD = re.compile(
    r"\b(?:visas?|h-?1b|h1-b|l-?1|permits?|sponsor\w*|tier 2|skilled worker|opt)\b"
)
_VISITING = re.compile(r"\b(?:tourist|travel|visitor|visit|business|b1/b2|schengen|transit) visa\b")


# Someone else's pass: "her husband is on a dependant pass", "my wife needs a new EP".
_SOMEONE_ELSE = re.compile(
    r"\b(?:husband|wife|partner|spouse|son|daughter|kids?|children|brother|sister|mum|mom|dad|"
    r"mother|father|parents?|cousin|uncle|aunt|friend|colleague)(?:'s)?\b"
)


def visa(segment: str, around: str = "") -> tuple[str, int, int] | None:
    """("needs_sponsorship" | "has_right_to_work", start, end); a visa held is not a need, and
    one a relative needs is not theirs."""
    found = _visa(segment, around)
    if found and found[0] == "needs_sponsorship" and _SOMEONE_ELSE.search(segment, 0, found[1]):
        return None
    if found and _RELATIVE_IS.search(segment, 0, found[1]):
        return None  # "his wife is a US citizen": her status, not his
    return found


# A relative as the one whose status is said: "his wife is a US citizen", "her husband's a PR".
_RELATIVE_IS = re.compile(
    r"\b(?:husband|wife|partner|spouse|son|daughter|mum|mom|dad|mother|father|parents?)"
    r"(?:'s| is| was| who's| who is)(?: (?:also|already|now))?(?: an?| the)?(?: [\w-]+)?\W*$"
)


def _visa(segment: str, around: str = "") -> tuple[str, int, int] | None:
    fine = _NO_VISA_ISSUE.search(segment)
    if fine:
        return "has_right_to_work", fine.start(), fine.end()
    if around.endswith(segment) and _NONE_NEEDED_BEFORE.search(around):
        # "so no work permit or | LMIA needed": the list began before this segment
        return "has_right_to_work", 0, len(segment.rstrip())
    running_out = _PERMIT_RUNS_OUT.search(segment) or _PERMIT_TIED.search(segment)
    if running_out and _HELD_BEFORE.search(segment, 0, running_out.start()):
        running_out = None  # "had a closed work permit last year": the permit they held
    boss = running_out and _BOSS_HOLDS.search(segment)
    if boss and boss.start() <= running_out.start() < boss.end():
        running_out = None  # "GM won't release me till the season ends": a busy boss, no permit
    if running_out and not _PERMIT_KEPT.search(segment):
        # "on a PGWP that runs out next May", "an LMIA": a permit ending needs an employer's help
        return "needs_sponsorship", running_out.start(), running_out.end()
    m = _SPONSOR.search(segment)
    if m and (
        m.group().endswith("transfer")
        and not _VISA_WORD.search(around or segment)
        or _VISITING.search(m.group())
    ):
        m = None  # "would need a transfer to the London office", "needed a tourist visa"
    if m and _HELD_BEFORE.search(segment, 0, m.start()):
        m = None  # "had a visa tied to his employer": held before, not now
    if m and not re.search(r"\b(?:expires?|expiring|renewal)\b", segment):
        if _WOULD_NOT_SPONSOR.search(segment, 0, m.end()):
            # "the firm wouldn't sponsor a 482": an employer refused, so they need one
            return "needs_sponsorship", m.start(), m.end()
        without = _WITHOUT.search(segment, 0, m.start())
        if without and not _CANNOT.search(segment, 0, without.start()):
            # "three years of work authorization without sponsorship", "can start without a
            # sponsor": none needed ("can't stay on without sponsorship" needs one)
            return "has_right_to_work", m.start(), m.end()
        if _NO_SPONSOR_NEEDED.search(segment[: m.start()]) or re.search(
            r"^\W*(?:not (?:needed|required)|isn't needed|is not needed|not an issue|sorted)\b",
            segment[m.end() :],
        ):
            return "has_right_to_work", m.start(), m.end()
        return "needs_sponsorship", m.start(), m.end()
    lacking = _LACKS_PERMIT.search(segment)
    if lacking:
        # "has no right to work in Colombia", "doesn't hold a Swiss work permit": one is needed
        return "needs_sponsorship", lacking.start(), lacking.end()
    r = _RIGHT_TO_WORK.search(segment)
    if r and not re.search(r"\b(?:no|not|without|lacks?|doesn't have)\b", segment[: r.start()]):
        return "has_right_to_work", r.start(), r.end()
    return None


# The right to work or a permit said to be lacking now (not a past one: "had no visa back then";
# not one needed no more: "no work permit needed" is read above as the right held).
_LACKS_PERMIT = gated(
    re.compile(
        r"\b(?:(?:has|have|holds?|with) no|(?:doesn't|does not|don't|do not) (?:yet )?(?:have|hold)|"
        r"(?:has|have)n't got|without|lacks?|lacking) (?:the |an? |any )?(?:[\w-]+ )?"
        r"(?:right to work|work(?:ing)? rights|work permit|work visa|work authori[sz]ation)\b"
        r"(?!\W*(?:needed|required|necessary|issues?|problems?))"
    )
)
