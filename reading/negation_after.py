"""What the words right after a term say of it: turned down ("nights are a no", "relo - no",
"travel's a hard no"), required ("remote or nothing", "is a must"), wished ("would be ideal", "no
problem"), or the answer of a pasted screening form ("Relocation: N").

``reading.negation`` reads a term's direction from the cue words before it and asks these for the
words after it; ``refused_after`` and ``form_answer`` are asked by the facet readers directly.
"""

from __future__ import annotations

import re

POST_NEGATION = re.compile(
    # "wants weekends free", "evenings kept free": none of it worked
    r"^ (?:kept |left )?free\b(?! (?:of|from|to|for|and|or|with|at|in|on)\b)|"
    r"^\W*(?:\w+\W+){0,3}?(?:(?:is|are|was|were) (?:a )?(?:no(?! (?:problems?|issues?|bother|worries|big deal|biggie|dramas?|sweat)\b)|out|off the table|not an option|not option|not possible|"
    r"impossible|not doable|not feasible|not workable|"
    r"a deal ?-?breaker|a no[- ]go|a non[- ]starter|a red flag|not for (?:me|him|her|them)|not happening|"
    # "weekends are sacred": kept free of work
    r"sacred|off[- ]limits|untouchable|family time|protected time|"
    # "mandatory OT is an issue, i got a 2nd job": a problem for them
    r"(?:an? )(?:big |real |huge |major )?(?:issue|problem|dealbreaker|deal breaker))|"
    # "IC feels like a dead end": a verdict against it
    r"(?:feels?|felt|seems?|seemed) like a dead[- ]end|(?:is|was) a dead[- ]end|is going nowhere|"
    # "NetSuite feels small-time for my career", "Sage seems dated": a verdict against it
    r"(?:feels?|felt|seems?|seemed|looks?) (?:a bit |too |very |rather |quite |so )?(?:small[- ]time|"
    r"beneath (?:me|him|her|them)|like a step (?:down|back)|old[- ]fashioned|outdated|dated|clunky)\b|"
    # German, said after it: "S/4 interessiert ihn nicht" (doesn't interest him)
    r"interessier(?:t|en) (?:mich|ihn|sie|uns) (?:gar |überhaupt )?nicht\b|"
    # a verdict said bare, as a WhatsApp reply: "night shift not possible", "weekends - can't do"
    r"(?:not|never) (?:possible|doable|feasible|workable|manageable)|impossible|"
    r"(?:is|are|was|were)n't (?:possible|doable|feasible|workable|manageable)|"
    r"(?:can't|cannot|can not|won't|will not) (?:do|manage|handle)(?: (?:it|that|them|those|this))?"
    r"(?=\W*$|\s*[.,;!?]|\s[-–—]|\s(?:because|due to|as|since|with|for)\b)|"
    # "part-time arrangements don't work for me", "contract roles just won't work for her"
    r"(?:do|does|would|will|wo)(?:n't| not) (?:really |ever )?work (?:out )?for (?:me|him|her|them)\b|"
    r"not for (?:me|him|her|them)|(?:it )?(?:wasn't|isn't|was not|is not) for (?:me|him|her|them)|"
    # "travel's a no", "weekends's a hard no" (not "travel's no problem", "on-call's no bother":
    # acceptance, as "is no problem" is)
    r"'s (?:a )?(?:no(?! (?:problems?|issues?|bother|worries|big deal|biggie|dramas?|sweat|trouble)\b)|"
    r"hard no|no[- ]go)\b|"
    r"(?:was |is |are |were )?(?:way |far |much )?(?<!not )(?<!n't )too (?:much|far|long|many|big|slow|corporate|expensive|dear|pricey|costly)|"
    # "Dubai's off", "nights off for now", "to get off Java and Kotlin"; not "moves Vietnam off coal",
    # where "off" right after the term sends it off what follows
    # ("four-day week, Fridays off": another day named as the one kept free, not this term refused)
    r"(?<!days )(?<!day )"
    r"off\b(?! (?:the|to|for|at|on|in|my|his|her))(?:(?<=\w off)|(?<=\w, off)|(?! (?!(?:now|too|also|as|"
    r"completely|entirely|totally|though|but|and|or|pls|please|then|again|sadly|lol|unless|because|since|"
    r"due|after|until|till|with|by|while|so)\b)[a-z]))|no thanks|no way|out of the question|never again|not again|which (?:he|she|they|i) (?:won't|will not|"
    r"wouldn't|refuses? to|doesn't|does not|can't)|"
    r"deal ?-?breaker|no[- ]go|non[- ]starter|not interested|nope|not keen|hard no|"
    r"(?:is|are)n't (?:for|an option|happening)|burn(?:t|ed) (?:him|her|them|me) out|"
    r"put (?:him|her|them|me) off|was awful|were awful|not again|ruled out|"
    r"(?:was|were|is|are) (?:the |a )?(?:issue|problem|blocker|sticking point|dealbreaker)|killed it|"
    r"killed (?:me|him|her|them)|wore (?:me|him|her|them) (?:down|out)|drained (?:me|him|her|them)|"
    # what it does to them now: "remote work is killing him", "working from home makes her lonely"
    r"(?:is|'s|was) (?:slowly )?(?:killing|draining|crushing|breaking) (?:me|him|her|them)|"
    r"(?:makes|made|is making) (?:me|him|her|them) (?:so |really |very )?(?:lonely|miserable|depressed|"
    r"unhappy|isolated|crazy)|drives (?:me|him|her|them) (?:mad|crazy|nuts|up the wall)|"
    # "remote isolates me", "working from home got lonely", "hybrid doesn't suit her"
    r"isolat(?:es|ed) (?:me|him|her|them)|(?:is|was|got|gets|felt|feels) (?:so |too |very |really |a bit )?"
    r"(?:isolating|lonely)|"
    # tired of it: "WFH got old fast", "remote wore thin", "hybrid has lost its shine"
    r"(?:got|gets|grew|getting|has got|had got) (?:old|stale|boring|tedious|tiring|samey)"
    r"(?: (?:fast|quickly|quick|real fast|pretty fast|very fast))?|wore thin|(?:has )?lost its (?:shine|appeal|charm)|"
    r"(?:doesn't|does not|didn't|did not|never) suit(?:ed)? (?:me|him|her|them)|"
    r"(?:is|was|would be|felt like|feels like|would feel like|seemed like|seems like) (?:a |another )?(?:\w+ )?"
    r"(?:(?:step|move) (?:back(?:wards?)?|down(?:wards?)?|sideways)|demotion|downgrade)|"
    r"(?:is|was|would be|felt) too junior|"
    # what does not work for them: "PT doesn't pay the bills", "part-time isn't enough money"
    r"(?:doesn't|does not|won't|will not|wouldn't|would not|can't|cannot) (?:pay|cover) (?:the |my |our |"
    r"his |her |their )?(?:bills|mortgage|rent|enough)|(?:doesn't|does not|won't|will not|wouldn't|would "
    r"not|can't|cannot) cover (?:it|that|things|everything|(?:the |our |my )?(?:costs|outgoings|childcare))|"
    r"(?:isn't|is not|wouldn't be|won't be|would not be|"
    r"was not|wasn't) (?:\w+ )?(?:enough|sufficient|viable|affordable)|(?:doesn't|does not|won't|wouldn't|"
    r"would not|didn't) work (?:for (?:me|us|him|her|them) )?financially|"
    # a verdict on having done it: "tried EM, hated it"
    r"(?:hated|loathed|disliked|(?:didn't|did not|never) (?:like|enjoy)(?:ed)?) (?:it|that|them|every)|"
    r"(?:it )?(?:was|were) (?:miserable|horrible|hell|a nightmare|soul-destroying))\b|"
    # not among what they would weigh: "nights aren't something I'll consider", "relocation is not
    # something he would entertain" (not "is something I'd consider": open to it)
    r"^\W*(?:(?:is|are|was|were)(?:n't| not)|(?:'s|'re) not) (?:really )?(?:something|anything|an? \w+) "
    r"(?:that )?(?:i|he|she|they|we)(?:'ll|'d| will| would| can| could)?(?: ever| even| really)? "
    r"(?:consider|entertain|contemplate|look at|go for|accept|do|take on)\b|"
    # enough of it had: "twelve years of shifts is enough", "ten years of nights was plenty"
    r"^\W*(?:(?:is|are|was|'s) (?:quite |more than |about )?(?:enough|plenty)|(?:has|have) been enough)\b"
    r"(?! (?:for|to|of|money|pay|notice|time|experience)\b)|"
    # a refusal said a few words later: "agency work would be an absolute dealbreaker"
    r"^[^.;,]{0,40}?\b(?:is|are|was|were|would be|'s)\s+(?:a |an |the )?(?:absolute |total |real |hard |"
    r"complete |definite )?(?:deal ?-?breaker|no[- ]go|non[- ]starter|red line)\b"
)
# The role's demand named right after the term ("the on-site mandate") in a note on why it ended.
IMPOSED = re.compile(r"^\W*(?:mandate|requirement|policy|rule|expectations?)\b")
POST_MUST = re.compile(
    r"^\W*(?:\w+\W+){0,3}?(?:only|is a must|are a must|a must|must|non[- ]?negotiable|non[- ]?neg|"
    r"(?:is|are|(?<=')s|was)(?: pretty much| really| absolutely| basically| very much| totally)? (?:essential|"
    r"required|mandatory|key|critical|a requirement|a hard requirement|a must|non[- ]negotiable)|"
    r"nowhere else|nothing else|no others?|or nothing|or bust|or not interested|or no deal|or forget it|or (?:[\w']+ )?(?:staying|stay|stays|walk|walks) (?:put|where|away)|minimum|min|"
    r"at least|max|maximum|at most|floor|tops(?! (?:my|her|his|their) (?:list|wish ?list|shortlist))|is the floor|(?:is|are) the (?:bar|minimum|baseline)|"
    r"hard requirement|firm|essential|mandatory|required|or above|and above|or higher|or more|nothing less|"
    r"not less|no less|nothing (?:below|lower|under)|not (?:below|lower)|"
    r"minimum|a must)\b(?<!at least)|^\W*(?:\w+\W+){0,3}?at least\b(?! (?:for|the|a|an|until|till|\d+ "
    r"(?:months?|years?|weeks?)|half|some|part|a bit|\d+ ?%))"
)
POST_WISH = re.compile(
    r"^\W*(?:\w+\W+){0,3}?(?:please|pls|ideally|preferred|preferably|would be (?:nice|great|good|"
    r"ideal|a plus|a bonus|perfect|amazing|brilliant|lovely|grand|a great fit)|perfect|a plus|a bonus|nice[- ]to[- ]have|appeals|appeal|sounds? (?:good|great)|"
    r"(?:is|are) (?:appealing|attractive|interesting|the dream|the goal|the aim)|\+|ideal|"
    r"(?:is|are) (?:the |a |her |his |my |their )?(?:main |big |biggest |key |real |top )?(?:driver|"
    r"motivation|motivator|draw|priority|pull)|matters?(?: to (?:her|him|them|me|us))? (?:most|a lot|more)|"
    r"is what (?:she|he|they|i) wants?|wanted|welcome|preferred|keen|ok|okay|fine|good|works|"
    # Irish "grand" is fine: "Dublin's grand now" (not "Grand Canal Dock", "the Grand Prix")
    r"grand(?! (?:canal|central|union|rapids|prix|theft|slam|master|jury|piano|total|national|hotel|"
    r"opening|tour|final|designs?|parade|place|street|square|river|bahamas)\b)|"
    # put first among their choices: "fintech is top of my list now", "tops her list"
    r"(?:is |'s |are )?(?:at the )?top of (?:my|her|his|their|the) (?:list|wish ?list|shortlist)|"
    r"tops (?:my|her|his|their) (?:list|wish ?list|shortlist)|"
    r"(?:is|are) (?:my|her|his|their) (?:top|first|number one|no\.? ?1) (?:choice|pick|preference|priority)|"
    # a verdict on what they are doing now: "back on Azure now and loving it"
    r"(?:really )?(?:loving|loves|enjoying|enjoys|liking|likes) (?:it|that|them|every (?:minute|bit))|"
    r"(?:is|are|would be) (?:easier|better|best|preferable)|easier|a plus|interesting|of interest|"
    r"(?:is|would be) (?:the |my |his |her |their )?(?:\w+ )?next (?:step|move)|"
    r"(?:would|'d) suit(?: (?:me|him|her|them))?|suits (?:me|him|her|them)|"
    r"(?:is|would be) (?:a |the |my |his |her |their )?dream|"
    r"(?:is|are|would be) no (?:problem|issue|bother|worries|biggie|big deal|dramas?|sweat)|(?:is|are)n't (?:a problem|an issue)|"
    # shrugged off: "the travel doesn't bother me one bit", "nights don't faze her"
    r"(?:does|do)(?:n't|nt| not) (?:bother|faze|worry) (?:me|him|her|them)|"
    # said bare: "night shift no issue sir", "weekends not a problem"
    r"no (?:problem|issues?|bother|worries|big deal|biggie|dramas?|sweat)(?! (?:with|for|if|as long|provided))|not (?:a problem|an issue)|"
    r"(?:a |an )?(?:huge|big|massive|real|definite|nice|major|great) (?:plus|bonus|draw|win)|"
    # "scale-up stage is the sweet spot", "mining tech is her thing"
    r"(?:is|'s|are) (?:the |her |his |my |their |our )?(?:sweet spot|thing|jam|calling)|"
    # a carve-out after a refusal: "(never fashion retail) - but a pharmacy is different"
    r"(?:is|'s|are|would be) (?:a )?(?:different|another (?:matter|story)|different story))\b"
)


# A screening-form field pasted as "Key: value" ("Relocation: N", "On-call? no", "RTW: yes"): the
# answer after the key says which way the key points.
_FORM_ANSWER = re.compile(
    r"[^:?\n]{0,40}?[ \t]*[?:][ \t]*[?:]?[ \t]*(?P<v>yes|y|yep|yeah|no|n|nope|nah|never)\b"
    r"(?![ \t]*(?:more|longer|problem|issue|worries|bother|preference|pref)\b)"
)


def form_answer(t: str, a: int, b: int) -> str | None:
    """ "yes" or "no" when the term at ``t[a:b]`` is (in) the key of a "Key: answer" line."""
    if ":" not in t[b : b + 45] and "?" not in t[b : b + 45]:
        return None
    line_start = t.rfind("\n", 0, a) + 1
    key_before = t[line_start:a]
    if len(key_before) > 40 or ":" in key_before or "?" in key_before:
        return None
    m = _FORM_ANSWER.match(t, b)
    if not m:
        return None
    return "no" if m["v"] in ("no", "n", "nope", "nah", "never") else "yes"


# An answer given bare after the term, as in a quick list: "relo - no", "relocation = nope".
_BARE_NO_AFTER = re.compile(
    r"^\s*[-–—=:>]+\s*(?:no|nope|nah|never|n)\b"
    r"(?![ \t]*(?:more|longer|problems?|issues?|worries|bother|preference|pref)\b)"
)


def refused_after(after: str, *, bare_only: bool = False) -> bool:
    """Whether the words right after a term turn it down: "relocation's a no", "relo - no",
    "moving is out of the question" (not "relocation's no problem"). ``bare_only``: only a bare
    answer counts (past a segment's end, where another term's verdict may follow)."""
    if not bare_only and POST_NEGATION.match(after):
        return True
    return bool(_BARE_NO_AFTER.match(after))
