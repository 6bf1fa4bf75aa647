"""The direction of a mention in its clause: must, avoid, wish - or background, or none.

A mention's own segment decides first (``reading.negation.cue_at``); a bare list item takes the
cue of the list before it, or the one that closes the list after it; words that report the past
or the present ("worked in fintech", "lives in Leeds") make it background.
"""

from __future__ import annotations

import re

from reading import contrast
from reading.clauses import Clause
from reading.gates import gated
from reading.negation import carried, cue_at, trailing
from reading.negation_after import form_answer
from reading.on_offer import on_offer
from reading.opposites import stands_against

# Words that make a mention background ("worked in fintech", "led a team") rather than a wish.
BACKGROUND = re.compile(
    r"(?:'m a|'s a|\bam a|\bare a)\b|\b(?:worked|works|working (?:at|in|on|with|for)|led|leads|ran|runs|built|builds|shipped|spent|"
    r"used|uses|using|has|had|have been|has been|'ve been an?|was|were|did|joined|currently|previously|"
    r"'s doing|is doing|i'm doing|am doing|i'm|i am|he's|she's|they're|i do|does|"
    r"former(?:ly)?|experience|years?|background|comes from|came from|coming from|knows|"
    r"familiar|expert|specialist|skilled|certified|managed|manages|mentored|grew|scaled|"
    r"delivered|owns|owned|migrated|designed|wrote|maintains|maintained|strong|solid|deep|rusty|weak|"
    r"weaker|shaky|failed|collapsed|folded|"
    r"proficient|fluent|at|is a|is an|as a|as an|role was|job was|interviewed|applied|went|switched|"
    r"became|stopped|moved)\b"
)
# A judgement of someone's experience, not a wish: "rejected - not enough people management".
JUDGED = re.compile(
    r"\b(?:not enough|lack(?:s|ed|ing)?(?: of)?|insufficient|too little|limited)\W+(?:\w+\W+){0,6}$|"
    # a question about it: "asked good questions about how on-call works"
    r"\b(?:asked|asking|questions?|queried) (?:\w+ ){0,3}?(?:about|re|on) (?:how |what |whether |the )?(?:\w+ )?$"
)
# What they did, not what they want: "after the years on the NHS wards", "after two years contracting",
# "after six years at a multinational".
HISTORY = gated(
    re.compile(
        r"\bafter (?:the |my |his |her |their )?(?:\w+ )?(?:years?|months?|decades?|stints?|spells?)"
        r"(?: (?:on|at|in|with|of))?(?: (?:the|an?))?\W*$|"
        # a run of them behind them: "after a string of contracts", "after three start-ups in a
        # row" (not "she's after two office days": after as in wanting)
        r"(?<!'s )(?<!is )(?<!are )(?<!'re )(?<!am )(?<!'m )(?<!only )(?<!really )(?<!mainly )"
        r"(?<!still )(?<!now )(?<!just )\bafter (?:(?:a|an) (?:string|run|series|succession|handful|"
        r"bunch|stream|spate|number) of|(?:a )?(?:couple|few) (?:of )?|two|three|four|five|six|several|"
        r"many|multiple|various|\d+|back[- ]to[- ]back) (?:[\w-]+ )?$|"
        # "ex big pharma", "ex-agency": where they were, not where they want to be
        r"(?<!my )(?<!his )(?<!her )(?<!their )\bex[- ]?$"
    )
)
# "prefers scale-ups to big corporates": what they prefer it to is not a wish.
COMPARED = re.compile(r"\bprefer\w*\W+(?:[\w-]+\W+){1,4}(?:to|over)\W+(?:\w+\W+){0,2}$")
_POLITE = re.compile(r"\b(?:please|pls)\b")
# What happened to a past employer: "two startups folded under him", "after two start-up
# collapses" is history, not a wish.
_WENT_UNDER = re.compile(
    r"\W*(?:\w+\W+){0,2}?(?:folded|went (?:bust|under|belly[- ]up)|collapsed|imploded|"
    r"shut down|closed down|ran out of (?:money|cash|runway)|"
    # said as a noun: "after two start-up collapses", "a startup failure"
    r"collapses?|failures?|implosions?|meltdowns?|wind-?downs?)\b"
)
# An item said yes to after a refusal ("no java, python ones yes", "not Leeds, Manchester fine").
_YES_AFTER = re.compile(
    r"\W*(?:(?:ones?|roles?|jobs?|positions?|one|is|are|would be|'s|'re|totally|very much|"
    r"absolutely|definitely|tho|though|all)\W+){0,3}(?:yes|yep|yeah|ya|fine|ok|okay|good|great|"
    r"welcome|works|happy|interested|keen|sure)\b"
)
# Indifference: "not fussed about title", "will tolerate PHP" - nothing either way.
INDIFFERENT = re.compile(
    r"\b(?:not (?:fussed|bothered|precious|too worried) (?:about|by|on)|(?:doesn't|don't|does not|do not) care "
    r"(?:about|much)|indifferent|(?:will|can|would) tolerate|agnostic)\b"
)
# "move from Java to Kotlin": what they leave is not named as a refusal.
FROM_TO = re.compile(r"\bfrom\W*$")
# A clause that reports the past or the present ("day rate last contract was £600", "perm since")
# gives no wish to a bare mention.
REPORTED = re.compile(
    r"\b(?:was|were|had|did|last|since|previous(?:ly)?|used to|current(?:ly)?|contracted|worked|"
    r"spent|ago|before|prior|at the moment|working|mentioned|lives|commutes|is based|"
    # "Offered a 13-week contract; ...", "her contract at Ochsner ended 10/9": what was, not a wish
    r"offered|ended|started)\b"
)
MAX_WORDS = re.compile(
    r"\b(?:max(?:imum)?|at most|no more than|not more than|up to|only|tops|limit)\b"
)


# What their job lacks is what they want: "no path to management where she is".
LACKING = re.compile(
    r"\b(?:no|not (?:a|any|much)|lack of|lacks|little|zero|limited|never any) (?:clear |real |obvious |)?"
    r"(?:path|route|chance|opportunit(?:y|ies)|room|scope|progression|prospects?|way|career path|"
    r"growth|runway|ladder) (?:to|into|for|of|towards?|up to|in)(?: \w+)?\W*$"
)


# Experience they lack, not a refusal: "never worked in fintech", "no background in retail".
NEVER_DONE = re.compile(
    r"\b(?:never|not|hasn't|haven't|has not|have not|hadn't|had not)(?: \w+)? (?:worked|been|done|"
    r"used|touched|tried)(?: \w+){0,2}? (?:in|at|with|on|for|inside)?\W*$|"
    r"\b(?:no|zero|little|without) (?:\w+ )?(?:experience|exposure|background) (?:in|with|of|at)\W*$"
)
# "she's done nights before": done as in has done, not done with.
DONE_BEFORE = re.compile(
    r"\b(?:'s|'ve|has|have|had) done\b(?! with)[^.;]*\b(?:before|previously|in the past|already|for years)\b"
)
# A verdict on what they did: "hated it", "never again", "burnt him out".
_VERDICT = re.compile(
    r"^\W*(?:(?:he|she|they|i) )?(?:hated|loathed|disliked|(?:didn't|did not|never) (?:like|enjoy)(?:ed)?|"
    r"swore off|(?:has |have )?sworn off|gave up on|is done with|was done with) "
    r"(?:it|that|them|every)\b|^\W*(?:never again|not again|ever again|burnt (?:him|her|them|me) out|"
    r"(?:(?:i'm|i am|she's|he's|they're|and) )?(?:not|never) (?:doing|going back to) (?:it|that|this)"
    r"(?: again| any ?more)|no more|not any ?more)\b"
)

# ... said as the next clause after a dash or a full stop: "did nights for years - hated it".
_VERDICT_AFTER_DASH = re.compile(
    r"\s*(?:[-–—]+|[.!;]+)\s*(?:(?:he|she|they|i) )?(?:(?:absolutely|really|totally|just) )?(?:hated|loathed|"
    r"disliked|(?:didn't|did not|never) (?:like|enjoy)(?:ed)?) (?:it|that|them|every (?:minute|second|day))\b|"
    # "did a four-day week at the last place; it didn't suit her"
    r"\s*(?:[-–—]+|[.!;]+)\s*(?:but )?(?:it|that|they) (?:really |just )?(?:didn't|did not|never) suit(?:ed)? "
    r"(?:me|him|her|them)\b"
)

# Someone else's stance, said of them as the subject: "her husband hated his night shifts and quit
# them", "his wife works weekends" - not the candidate's condition (unless the candidate speaks
# again before the term: "...and she can't do nights either").
SOMEONE_ELSE = re.compile(
    r"\b(?:her|his|my|their|our|the) (?:husband|hubby|wife|partner|spouse|fianc[eé]e?|boyfriend|"
    r"girlfriend|son|daughter|brother|sister|mum|mom|dad|mother|father|parents|flatmate|"
    r"housemate|friend|colleague|boss|manager)\b(?!'s)(?: \w+){0,2}? (?:hated|hates|quit|quits|works|"
    r"worked|does|did|is|was|has|had|loves|loved|left|leaves|got|gets|took|takes|wants|wanted|"
    r"needs|needed|can't|won't|couldn't|didn't|doesn't|refused|refuses|gave up|is on|was on)\b"
    # ... but "my wife wants me off on-call" is said of the person
    r"(?! (?:me|him|her|them|us)\b)"
    # a relative named bare before what they do: "partner also WFH", "husband too works nights"
    r"|(?<![\w-])(?:husband|hubby|wife|partner|spouse|flatmate|housemate|roommate) (?:also|too|already)\b"
)
_SPEAKS_AGAIN = re.compile(r"\b(?:she|he|they|i|we)\b(?!'s (?:husband|wife|partner))")


# A limit said to be someone else's by whom it is for: "no travel for him" in a note about her
# husband, "no nights for her husband", "means no weekends for his wife".
_FOR_WHOM = re.compile(
    r"\W*(?:[\w']+\W+){0,2}?for (?:(?:her|his|their) (?:husband|hubby|wife|partner|spouse|son|"
    r"daughter|brother|sister|mum|mom|dad|mother|father|parents|cousin)|(?P<him>him)|(?P<her>her)|"
    # another candidate's: "a dealbreaker for the client's last hire"
    r"(?:the|our|their) (?:client's |previous |last |other )+(?:hire|candidate|placement|incumbent))\b(?!self)"
)
_HER_HIM = re.compile(
    r"\bher (?:husband|hubby|boyfriend|fianc[eé]|son|brother|dad|father|cousin|partner)\b", re.I
)
_HIS_HER = re.compile(
    r"\bhis (?:wife|girlfriend|fianc[eé]e|daughter|sister|mum|mom|mother|cousin|partner)\b", re.I
)


def for_someone_else(t: str, b: int, e: int) -> bool:
    """Whether the limit on the term ending at ``b`` is said to be another's ("no travel for
    him", when "him" is her husband)."""
    m = _FOR_WHOM.match(t, b, e)
    if not m:
        return False
    if m["him"]:
        return bool(_HER_HIM.search(t))
    if m["her"]:
        return bool(_HIS_HER.search(t))
    return True


def someone_elses(before: str) -> bool:
    """Whether the term after ``before`` (its clause so far) is a relative's, not the person's."""
    last = max((m.end() for m in SOMEONE_ELSE.finditer(before)), default=None)
    return last is not None and not _SPEAKS_AGAIN.search(before, last)


def overlaps(a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < e and s < b for s, e in spans)


def polarity(t: str, clause: Clause, a: int, b: int) -> str | None:
    """The cue-given direction of the mention at t[a:b], carried along a list if it has none."""
    i = clause.segment_of(a)
    s, e = clause.segments[i]
    if LACKING.search(t[s:a]):
        return "wish"  # "no path to management at the current company": that is why they move
    if (
        JUDGED.search(t[s:a])
        or HISTORY.search(t[s:a])
        or COMPARED.search(t[s:a])
        or NEVER_DONE.search(t[s:a])
        or _WENT_UNDER.match(t, b, e)
        or FROM_TO.search(t[s:a])
        and re.match(r"\W*to\b", t[b:e])
    ):
        return "background"  # "not enough people management", "move from Java to Kotlin"
    if on_offer(t, s, a, b, e):
        return "background"  # "only 3rd shift open at the DC": what was open, not asked for
    if INDIFFERENT.search(t[clause.start : clause.end]):
        return "background"  # "not fussed about title": no condition either way
    if someone_elses(t[clause.start : a]) or for_someone_else(t, b, e):
        return "background"  # "her husband hated his night shifts": his, not hers
    own = contrast.adjust(t, clause, a, b, cue_at(t[s:e], a - s, b - s))
    if own == "background":
        return own  # "it wasn't the commute, it was the manager": no objection to the commute
    answer = form_answer(t, a, b)
    if answer == "no":
        return "avoid"  # "On-call: no": the form's answer refuses the field
    if answer == "yes" and own is None:
        return "wish"  # "Hybrid: yes"
    if own == "avoid" and DONE_BEFORE.search(t[s:e]):
        return "background"  # "she's done rotating shifts before": experience, not a refusal
    if own == "wish" and _POLITE.search(t[s:e]):
        plain = _POLITE.sub(lambda m: " " * len(m.group()), t[s:e])
        if (
            cue_at(plain, a - s, b - s) is None
            and not _YES_AFTER.match(t, b, e)
            and _carried_before(t, clause, i) == "avoid"
            and not stands_against(t[clause.start : s], t[a:b])
        ):
            own = "avoid"  # "no junior or grad roles pls": the please is manners, not a wish
    if own == "wish" and re.search(r"\bonly\b", t[s:a]):
        own = "must"  # "only interested in climate": the hardness word wins over the wish
    if (
        own == "must"
        and _an_alternative(t, clause, i)
        and not re.search(r"\b(?:only|max|at most)\b", t[s:e])
    ):
        own = (
            "wish"  # "it would need to be remote or very close to Ely": each alternative is a wish
        )
    if own == "wish" and i + 1 < len(clause.segments):
        ns, ne = clause.segments[i + 1]
        if trailing(t[ns:ne]) == "must":
            own = "must"  # "wants the title Principal Engineer, nothing less"
    if own is not None:
        return own
    if i + 1 == len(clause.segments) and _VERDICT_AFTER_DASH.match(t, clause.end):
        return "avoid"  # "tried managing as interim - hated it": the verdict after a dash
    if BACKGROUND.search(t[s:a]) and not re.search(r"\bif\b", t[clause.start : a]):
        if i + 1 < len(clause.segments) and _VERDICT.match(t[slice(*clause.segments[i + 1])]):
            return "avoid"  # "did on-call for years and hated it": the verdict is the refusal
        return "background"
    if own_subject := _OWN_SUBJECT.search(t, s, a):
        # "no relocation, parents are in Pune": where the family is, a reason and no wish
        # of theirs ("she's based in Leeds" says where they are, and the rules below decide)
        return "background" if own_subject["kin"] else None
    if _OWN_VERB.match(t, s, a):
        return None  # "never going back to no reports, enjoyed leading the squad": a new verb
    for j in range(i - 1, -1, -1):
        ps, pe = clause.segments[j]
        got = carried(t[ps:pe])
        if got is not None:
            if got == "avoid" and _YES_AFTER.match(t, b, e):
                return "wish"  # "not the java roles, python ones yes": a contrast, not the list
            if got == "avoid" and _NEW_PREDICATE.match(t, s, a):
                # "move off Prophet and model in Python", "off SAP and into Workday": where they
                # go, not another thing left
                return "wish" if j < i and _LEFT_FOR.search(t, ps, pe) else None
            return got
    for j in range(i + 1, len(clause.segments)):
        ns, ne = clause.segments[j]
        if _VERB_WITH_OBJECT.match(t, ns, ne):
            break  # "five days on site, wanted two from home": the wish is for what follows it
        got = trailing(t[ns:ne])
        if got is not None:
            return got
    return None


# A segment with a subject and verb of its own: "parents are in Pune", "wife works in Leeds".
_OWN_SUBJECT = re.compile(
    r"\b(?:(?P<kin>parents?|family|kids|children|wife|husband|partner|mum|mom|dad|in-?laws|folks)|"
    r"(?:he|she|they|we|i))(?:'s|'re| (?:is|are|live|lives|living|stays?|based|settled|works?|"
    r"moved|just moved))\b"
)
_OWN_VERB = re.compile(
    r"\W*(?:and |but )?(?:really |always |genuinely )?(?:enjoyed|enjoys|loved|loves|liked|likes|"
    r"misses|missed)\b"
)
# A segment that opens a new predicate of its own ("and build in Python", "and into Workday"),
# so no list item sharing the refusal before it.
_NEW_PREDICATE = re.compile(
    r"\W*(?:(?:straight |then )?(?:into|onto|over to|across to)|(?!(?:any|anything|nothing|no|none|"
    r"more|roles?|jobs?|work|the|a|an|some|all|only|or|and|plus)\b)[a-z]+ (?:in|with|using))\W+"
    r"(?:(?:the|a|an)\W+)?$"
)
# Leaving something for what follows: "move off X", "out of X", "away from X".
_LEFT_FOR = re.compile(r"\b(?:(?:move|get|come|step|moving|getting) off|out of|away from)\b")


# A wish verb opening its own phrase ("wanted two from home"), not a verdict on what came before.
_VERB_WITH_OBJECT = re.compile(r"\W*(?:wanted|wants|wanting)\s+(?!it\b|that\b|this\b)\w")


def _carried_before(t: str, clause: Clause, i: int) -> str | None:
    for j in range(i - 1, -1, -1):
        ps, pe = clause.segments[j]
        got = carried(t[ps:pe])
        if got is not None:
            return got
    return None


def _an_alternative(t: str, clause: Clause, i: int) -> bool:
    """Whether segment ``i`` is one side of an "or"."""
    segs = clause.segments
    before = t[segs[i - 1][1] : segs[i][0]] if i > 0 else ""
    after = t[segs[i][1] : segs[i + 1][0]] if i + 1 < len(segs) else ""
    return "or" in before.split() or "or" in after.split()


def segment_at(t: str, clause: Clause, a: int) -> tuple[int, int]:
    return clause.segments[clause.segment_of(a)]
