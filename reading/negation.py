"""Which way a mention points: the cue words around it in its own segment of a clause.

A clause ("no on-call but happy with weekends" is two) is cut into segments at commas, "and",
"or" and slashes; a cue governs the terms of its own segment, and a segment with no cue of its own
continues the list before it ("no nights, weekends or on-call" refuses all three). Negation never
crosses a clause boundary.

Order matters: "doesn't mind on-call" is a negation that means yes; "won't consider anything but
remote" is a negation that means *only*; both are checked before plain negation.
"""

from __future__ import annotations

import re

from reading.negation_after import IMPOSED, POST_MUST, POST_NEGATION, POST_WISH

_NOT_AGAINST = re.compile(
    r"\b(?:(?:do|does|did|would|wo)n't mind|(?:doesn't|don't|wouldn't|does not|do not|would not) "
    r"mind|no (?:problem|issue|issues|objection|objections) (?:with|doing|to)|"
    # the Australian and NZ "no worries with nights", "no dramas about FIFO": fine with it
    r"no (?:worries|dramas?|bother|sweat|stress) (?:with|doing|about|re|on)|"
    # "never had a problem with five days in the office", "hasn't ever had an issue with nights"
    r"(?:never|not ever|hasn't ever|haven't ever|has never|have never|had never) (?:had |has |have )?"
    r"(?:a |an |any )?(?:problem|issue|objection)s? (?:with|doing)|(?:not|isn't|aren't|wasn't|is not) "
    r"(?:against|opposed to|averse to|a problem|an issue|bothered by|unwilling)|(?:didn't|did not) rule out|"
    r"not unwilling|no longer (?:against|opposed)|isn't a problem|"
    # "never minded the travel", "didn't mind the nights", "nothing against travel"
    r"(?:never|not ever|didn't|did not|has never|had never) mind(?:ed)?|nothing against|"
    r"(?:is|are)n't an issue|not a (?:deal ?breaker|blocker)|(?:doesn't|don't) rule out|"
    r"wouldn't say no|wouldn't rule out|no reason not|"
    # indifference, not refusal: "cloud doesn't matter, been on Azure and GCP"
    r"(?:doesn't|don't|does not|do not) (?:really )?matter|"
    # a refusal denied: "can't say I'm not interested in leading", "never said no to on-call",
    # "not uninterested", "I'm not NOT interested"
    r"(?:can't|cannot|can not|couldn't|could not|wouldn't|would not|won't) (?:\w+ )?say (?:that )?"
    r"(?:i'm|i am|he's|he is|she's|she is|they're|they are|we're|i'd be|he'd be|she'd be|they'd be) "
    r"(?:not|un\w+|against|opposed to|averse to|closed to)|"
    r"(?:never|didn't|did not|hasn't|has not|haven't|have not) (?:\w+ )?(?:said|say) no to|"
    # "she's never turned down a fixed-term post": no refusal on record
    r"(?:never|didn't|did not|hasn't|has not|haven't|have not) (?:\w+ )?(?:turned|turn) down|"
    r"(?:never|hasn't|has not|haven't|have not) (?:\w+ )?(?:refused|declined)|"
    # "can't say she'd never do nights again", "wouldn't say I'll never do FIFO": never denied
    r"(?:can't|cannot|can not|couldn't|could not|wouldn't|would not|won't) (?:\w+ )?say (?:that )?"
    r"(?:(?:i|he|she|they|we)(?:'d|'ll| would| will) )?never|never say never|"
    r"not un(?:interested|willing|keen|happy|open)|not not|"
    # a refusal denied by its frame: "it's not that I wouldn't do weekends"
    r"(?:it's|it is|its|tis) not (?:that|like) (?:i|he|she|they|we)(?:'d| would| will)? ?"
    r"(?:wouldn't|would not|won't|will not|can't|cannot|don't|do not|doesn't|does not|refuse to))\b"
)
_ONLY_THIS = re.compile(
    r"\b(?:(?:won't|will not|wouldn't|would not|doesn't|does not|don't|do not|not|can't|cannot|"
    r"isn't|never) (?:\w+ ){0,3}(?:anything|something|anywhere|roles?|jobs?|positions?) (?:but|other than|"
    r"except|that isn't|that's not|not|outside|beyond|below|under|less than|lower than)|nothing (?:but|other than|except|less than|short of|under|below|lower than)|"
    r"only (?:if|with|when|for)|unless (?:it'?s )?|nothing (?:outside|beyond)|"
    r"(?:won't|will not|wouldn't|would not|not|never|no|can't|cannot) (?:\w+ ){0,3}"
    r"(?:step(?:ping)?|mov(?:e|ing)|go(?:ing)?) (?:down|back) from)\b"
)
_NEGATION = re.compile(
    r"\b(?:no|not|never|nothing|none|neither|nor|without|nope|avoid(?:s|ing|ed)?|refus(?:e|es|ed|ing)|"
    r"hat(?:e|es|ed|ing)|dislik(?:e|es|ed)|loath(?:e|es)|detest(?:s)?|done with|finished with|"
    r"through with|over (?:it|them)|tired of|sick (?:to death |and tired )?of|(?:had )?enough of|stuck (?:on|with|in|doing)|"
    r"bored (?:of|with|by)|cit(?:e|es|ed|ing)|too much|too many|stop|"
    # "only gripe ... was being in the office five days": what they complain of
    r"gripes?|grumbles?|complain(?:t|ts|ed|ing|s)?|moan(?:ed|ing|s)?|"
    # what they do mind, set against what they don't: "I don't mind travel, what I mind is night
    # shifts", "she doesn't mind weekends but she does mind on-call"
    r"what (?:i|he|she|they|we) (?:really |do |does )?(?:minds?|object to|draw the line at)|"
    r"(?<!n't )(?:i|he|she|they|we) (?:do|does|really do|really does) mind|"
    r"because (?:they|the (?:company|role|team|client|employer|job)|it|that) (?:wanted|required|needed|"
    r"insisted|expected|asked for|was|were|had|would)|(?:they|the company|the role|the job|the employer|"
    r"the client) (?:wanted|required|needed|insisted on|expected|demanded|mandated)|"
    r"remove (?:me|him|her|them) from|take (?:me|him|her|them) off|fed up(?: with)?|burn(?:t|ed) out (?:on|by|from)|"
    r"away from|(?:a\s+)?(?:clean|complete|total|proper) break from|(?:step|steps|stepping|pull|pulls|pulling) back from(?![^.;,]*? to )|get(?:ting)? out of|wants? out of|(?:mov(?:e|es|ing)|switch(?:es|ing)?|transition(?:s|ing)?) (?:completely |fully )?out of|(?:mov(?:e|es|ing)|switch(?:es|ing)?|transition(?:s|ing)?) from|want(?:s|ed)? to (?:get )?out of|(?<!maternity )(?<!paternity )(?<!parental )(?<!sick )(?<!annual )(?<!garden )(?<!study )(?<!family )(?<!have to )(?<!has to )(?<!had to )leav(?:e|es|ing)(?! (?:ends?|finishes))|escap(?:e|es|ing)|quit(?:ting)?|"
    # "averse to travel", "quite risk-averse about startups" ("not averse to" is _NOT_AGAINST's)
    r"steer(?:s|ing)? clear|allergic to|(?:very |quite |rather |pretty |deeply )?averse (?:to|about)|put off|ruled? out|rules out|excluding|except|"
    r"anything but|(?:anything|everything|whatever|any (?:role|job|sector|industry)) (?:other than|apart from|"
    r"bar|besides|save)|rather not|'d rather not|less|fewer|zero|"
    r"cannot|unable to|can no longer|no longer|no more|not again|never again|"
    r"turn(?:s|ed)? down|declin(?:e|es|ed|ing)|rejects?|opt(?:s|ed)? out of|"
    # "opposed to travel", "firmly opposed to managing" ("not opposed to" is _NOT_AGAINST's)
    r"(?<!as )opposed to|objects? to|"
    r"against|anti|(?:is|are) out|out of the question|deal ?-?breakers?|red lines?|no[- ]go|not for (?:me|him|her|them)|"
    r"(?:is|are|was) a no|off the table|not an option|non[- ]starters?|red flags?|a hard no|"
    r"can't stand|can't do|couldn't do|won't do|won't|wont|can't|don't|doesn't|didn't|isn't|"
    # "I'd go crazy stuck at a desk at home": what would drive them mad
    r"go(?:es)? (?:crazy|mad|insane|nuts|stir[- ]crazy)(?! (?:for|over|about)\b)|"
    r"aren't|wasn't|weren't|wouldn't|shouldn't|no thanks|due to|because of|concerns? (?:about|over|with|around)|"
    r"worried about|issues? with|problems? with|unhappy with|not happy with|didn't like|pushed back on|"
    r"objected to|objection to|balked at|walked away over|"
    # ... but not a way across: "fine driving over the bridge to Bristol"
    r"(?<!drive )(?<!driving )(?<!drives )(?<!drove )(?<!commute )(?<!commuting )(?<!commutes )(?<!cycle )(?<!cycling )(?<!walk )(?<!walking )(?<!go )(?<!going )(?<!goes )(?<!come )(?<!coming )(?<!head )(?<!heading )(?<!travel )(?<!travelling )(?<!traveling )(?<!nip )(?<!pop )(?<!hop )(?<!fly )(?<!flying )(?<!sail )(?<!sailing )(?<!ferry )"
    r"over (?:the|an?)|rather than|instead of|"
    r"as opposed to|done (?:with|managing|leading|being|doing)|(?:'m|'s|'re|\bam|\bis|\bare) "
    r"(?:so |totally |completely )?done\b|^\W*done\b|"
    # "no call. done getting called in at 2am": done, as a sentence opens
    r"(?<=[.!?;\n] )done\b|(?<=[.!?;\n])done\b|(?<=^ )done\b)\b"
)
_MUST = re.compile(
    r"\b(?:(?<!the )only(?! (?:real |big |main )?(?:gripe|complaint|issue|problem|downside|niggle|moan|"
    r"grumble|negative)s?\b)|the only (?:thing|things|way|option|condition|requirement|must)|must|musts|must[- ]have|has to|have to|had to|gotta|needs?(?! to (?:think|discuss|check|"
    r"talk|decide|confirm|speak))|needed|non[- ]?negotiable|essential|required|requires?|requirement|"
    r"insists?(?: on)?|mandatory(?! ?$)|hard (?:requirement|line|floor|limit)|minimum|min|at least|floor|"
    r"no less than|nothing less|strictly|exclusively|or nothing|or bust|absolutely|deal ?breaker if|"
    r"can only|will only|would only|max|maximum|at most|no more than|not more than|"
    r"(?<!move )(?<!moving )(?<!step )(?<!stepping )(?<!go )(?<!going )(?<!moved )up to|cap(?:ped)?|"
    r"if the title is|as long as|provided|on condition|nothing less|adamant|"
    r"limit|bottom line|critical|crucial|a must|key requirement|firm(?:ly)?)\b"
)
_WISH = re.compile(
    r"\b(?:wants?|wanted|wanting|would (?:love|like|prefer|enjoy|consider|welcome|be (?:keen|happy|"
    r"open|interested))|'d (?:love|like|prefer|enjoy|consider)|love(?:s)? to|loves?|likes?|enjoys?|"
    # "actually enjoying S/4 now", "loving the Xero work": liking it now, as it is
    r"(?<!not )(?<!n't )(?:enjoying|loving)|"
    # "swears by QuickBooks": the one they trust
    r"swear(?:s|ing)? by|"
    r"keen(?: on| to)?|prefer(?:s|red|ably|ence)?|ideal(?:ly)?|interested|interest in|open to|"
    r"looking (?:for|at|to)|hop(?:e|es|ing)|seek(?:s|ing)?|after (?:a|an|some|more)|excited|drawn to|"
    r"happy (?:to|with|doing|in)|fine with|ok with|okay with|comfortable with|consider(?:s|ing)?|"
    # "I'd be glad of a senior IC title again", "sweet spot for me is scale-up"
    r"glad of|sweet spot(?: for (?:me|her|him|them))? (?:is|are|would be)|"
    # "keep me in mind for Wrocław", "think of her for Leeds", "put me forward for perm roles"
    r"keep(?:ing)? (?:me|him|her|them) (?:in mind|on (?:your|the) radar|posted)(?= (?:for|on|about|re)\b)|"
    r"(?<!for )(?:think|thinking) of (?:me|him|her|them)(?= for\b)|put (?:me|him|her|them) forward(?= for\b)|"
    # "fine on nights herself", "ok doing weekends"
    r"(?:fine|ok|okay|comfortable|happy) (?:on|doing|working)|"
    # "happy as a sous": staying the number two is what they want
    r"(?:happy|content|settled) as(?= (?:a |an |the )?(?:sous|second|deputy|number two|assistant)|\W*$)|"
    r"aim(?:s|ing)? (?:for|at)|target(?:s|ing)?|ask(?:s|ed|ing)? for|wish(?:es)?|dreams? of|aspir\w+|"
    # "moving over to Dynamics 365", "switching to Jira": where they are going
    r"(?:moving|switching|migrating) (?:over )?to|"
    r"move into|moving into|get into|break into|pivot(?:ing)? (?:to|into)|transition(?:ing)? (?:to|into)|"
    r"attracted (?:to|by)|motivated by|"
    # "misses being on the road", "missing the travel": what they had and want back
    r"miss(?:es|ing)(?= (?:being|doing|working|having|leading|managing|running|coding|building|the|"
    r"client|travel|hands-on))|passionate about|cares? about|big on|please|pls|considered for|"
    r"would be (?:nice|great|good|ideal)|nice[- ]to[- ]have|bonus if|fancies|curious about|eager|"
    r"(?:'d|would) (?:much )?rather(?! not\b| than\b)|"
    r"searching for|appeals?|willing|up for|game for|more|better|best|prioriti[sz]\w+|"
    r"value(?:s)?|thrives? (?:in|on)|energi[sz]ed by|if (?:something|anything|a role|the role|a job|it|there)|"
    r"(?:i'd|he'd|she'd|they'd|would) (?:listen|take|step|move|jump|go for|do|go back to|return to)|step(?:ping)? into|"
    # willing to change (the kind of contract): "would go perm", "would convert to FTE"
    r"(?:i'd|he'd|she'd|they'd|would|could|might|to) (?:\w+ )?(?:go|switch|convert|change)(?: back)?(?: to| over to)?"
    r"(?=\s*(?:a |an )?$)|"
    r"ready (?:for|to)|next (?:move|step|role)|open for|possibility (?:to|of)|opportunity to|chance to|"
    r"search(?:es|ing)? (?:a|for)|search(?:es|ing)? (?:a |an )?(?:position|role|job|post)s?|"
    r"(?:'m|'s|'re|\bam|\bis|\bare) (?:\w+ )?after\b(?! (?:the|that|this|it|\d)))\b"
)

# A segment boundary: a comma, "and", "or", a slash, a dash or a colon. The words sit under one
# \b and the slash's look-behind after it: every branch then starts with a character the engine
# can look for, rather than trying each branch at every position of every note.
SEGMENT = re.compile(
    r"(?:[,;:&()]| - | – | — |\s/\s|/(?<=[a-z]{2}/)(?=[a-z]{2})(?!wk|week|mo\b|month|yr|year|hr|hour|day)|"
    # ("out and about" is one thought: being out at the sites)
    r"\b(?:and\b(?!(?<=\bout and) about\b)|or\b(?! (?:nothing|bust|above|more|less|later|after|so|similar|"
    r"equivalent|thereabouts|not interested|no deal|forget it|not (?:moving|leaving|budging)|"
    r"(?:i'm|i am|he's|she's|they're|i'll|he'll|she'll|i|he|she|they) "
    r"(?:staying|stay|stays|will stay|walk|walks|not moving|not leaving|not budging)\b))|nor\b|"
    r"(?<!a )(?<!huge )(?<!big )(?<!massive )(?<!real )(?<!nice )(?<!major )(?<!great )plus\b))"
)


# A cause denied: "didn't leave Grab because of the travel", "not because of the pay", "it
# wasn't over the on-call" - the cause named instead is the one that stands.
_DENIED_CAUSE = re.compile(
    r"\b(?:(?:(?:didn't|did not|wasn't|was not|isn't|is not|weren't)\s+(?:[\w']+\s+){0,3}?|not\s+)"
    r"(?:because of|over|due to)|(?:wasn't|was not|isn't|is not|weren't) (?:really |just )?about)\s+"
    r"(?:the\s+|my\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+)?$"
)
# "the money wasn't the issue", "travel was never the problem"
_NOT_THE_ISSUE = re.compile(
    # "the money wasn't the issue": a cause denied - but "mandatory OT isn't an issue" is fine with it
    r"\W*(?:(?:wasn't|was not|weren't|were not|was never|wasn't really)\s+(?:the|an?|my|his|her|their)?|"
    r"(?:isn't|is not|is never)\s+(?:the|my|his|her|their)|"
    r"(?:isn't|is not|is never)\s+(?:an?\s+)?(?=(?:real\s+|main\s+)?(?:reason|deal ?breaker|concern|blocker|"
    r"sticking point)))"
    r"\s*(?:real\s+|main\s+)?(?:issue|problem|reason|deal ?breaker|"
    r"concern|blocker|sticking point)s?\b"
)


# Fine with it, said after it: "the OT he didn't mind", "weekends she never minded", "the travel
# I don't mind" - whatever cue comes before ("it was the pay that made him leave - the OT he
# didn't mind") is about something else.
_MINDED_AFTER = re.compile(
    r"^\W*(?:(?:he|she|they|i|we|you|cand|candidate)\s+)?(?:honestly\s+|really\s+|actually\s+)?"
    r"(?:didn't|did not|never|doesn't|does not|don't|do not|wouldn't|would not)\s+(?:really\s+)?"
    r"mind(?:ed|s)?\b"
)


def denied_cause(text: str, start: int, end: int) -> bool:
    """Whether the cause at ``text[start:end]`` is denied ("not because of the pay")."""
    lo = max(text.rfind(x, 0, start) for x in ".;,!?\n-") + 1
    if re.match(r"(?:because of|due to|over|about)\b", text[start:end]):
        # the span holds the cause word itself: "not because of the pay"
        return bool(re.search(r"(?:\b(?:not|never)|n't(?: [\w']+){0,3}?)\s+$", text[lo:start]))
    return bool(_DENIED_CAUSE.search(text[lo:start]) or _NOT_THE_ISSUE.match(text, end))


# "he'd have to leave Qatar and re-enter on a new visa": what a permit forces, no wish either way
_OBLIGED_TO_LEAVE = re.compile(r"\b(?:have|has|had) to (?:leave|exit)\s+(?:the\s+)?$")
# A move refused as a whole, right before it: "didn't want to move from X to Y", "won't switch".
_MOVE_REFUSED = re.compile(
    r"\b(?:didn't|did not|doesn't|does not|don't|do not|won't|will not|wouldn't|would not|never|not|"
    r"no intention to|refused to|refuses to)(?: (?:want|wanting|wish|going|planning|keen))?(?: to)? \W?$"
)
_OUT_INTO = re.compile(
    r"\b(?:out of|away from|leave|leaving|quit|quitting)\b[^,;:]{1,40}?\b(?:into|over to)\s+"
    r"(?:a |an |the )?(?:[\w-]+\s+){0,2}$|"
    # "move from a service company to a product one": the second is where they go
    r"\b(?:mov(?:e|es|ing)|switch(?:es|ing)?|transition(?:s|ing)?) from\b[^,;:]{1,40}?\b(?:into|to)\s+"
    r"(?:a |an |the )?(?:[\w-]+\s+){0,2}$"
)


# ... the same, its second half a phrase of its own: "wants out of Java and into Rust", "away from
# agencies, and over to in-house" (the segment opens on where they go).
_AND_INTO = re.compile(
    r"\W*(?:and |but |then |&\s*)?(?:into|over to|onto)\s+(?:a |an |the |some )?(?:[\w-]+\s+){0,2}$"
)


# "Off startups after two folded", "she's gone off agencies": off what they refuse.
# A world left for good, said so around the term: "left the NGO sector for good", "she's left
# banking behind" (not "left Google in March", a move told, nor "left London for Leeds").
_LEFT_BEFORE = re.compile(
    r"\b(?:left|walked away from|turned (?:her|his|their|my) back on)(?: the)?\s*$"
)
_FOR_GOOD_AFTER = re.compile(
    r"(?: (?:sector|world|industry|space|side|life|game|business|scene))?\W{0,2}"
    r"(?:for good|behind|for ever|forever|permanently|and (?:is |am |i'm |she's |he's )?never going back|"
    r"and (?:won't|will not|never will) go back)\b"
)
_OFF = re.compile(
    r"(?:^\W*|\b(?:is|are|am|gone|went|been|going|totally|completely|now|'s|'re|'m|wants?|wanted|"
    # "keen to move off Prophet", "wants to get off SAP": to leave it behind
    r"(?:to|wants?|keen|looking|trying|itching) (?:move|get|come|step)|"
    # "wants off Java", "want off splunk tbh": wanting to be off it; "anything that moves Vietnam
    # off coal", "helps the grid get off gas": what is to be left; "his doctor took him off nights"
    r"wanting|(?:moves?|moving|gets?|getting|weans?|weaning|takes?|taking|took|taken|helps?|helping) (?:\w+ )?\w+"
    r"(?: get| come)?) )off\W+"
    # ("off to Lanzarote next week", "she's off to Madrid": a trip, where they are going)
    r"(?!to\b)(?:\w+\W+){0,2}$"
)


# "not only the NHS", "not just nights", "doesn't have to be remote": the term is one of several
# they would take, a limit lifted - neither refused nor demanded.
_NOT_ONLY = re.compile(
    r"\b(?:not|n't|never) (?:only|just|exclusively|solely|necessarily)\W+(?:(?:the|a|an)\W+)?$|"
    r"\b(?:doesn't|does not|don't|do not|needn't|need not|won't|will not) (?:have|need|has) to be\W+"
    r"(?:(?:the|a|an|in|at)\W+)?$"
)
# "no to Acme only, not to agencies in general": the refusal denied its wider reach - one name
# refused, the kind it belongs to not
_NOT_BEFORE = re.compile(r"\b(?:not|n't)(?: (?:to|with|against|about))?(?: all)?\W+$")
_IN_GENERAL = re.compile(r"\W*(?:in general|as a whole|generally|across the board|as such)\b")


# A clause that opens "back to" a seat with no one under it, said with no verb: "back to IC for me".
# ... or the seat kept, opening the clause: "scratch that, staying IC", "sticking with the IC track"
_BACK_TO_OPENS = re.compile(
    r"^\W*(?:(?:i'm|i am|she's|she is|he's|he is|they're|they are) )?(?:back (?:in)?to|staying|remaining|"
    r"sticking with) (?:being )?(?:an? |the )?$"
)
_A_SEAT = re.compile(
    r"(?:(?:ic|individual contributor)(?: track| path)?|hands[- ]on(?: work| roles?)?|the tools)",
    re.I,
)


# Experience they lack, not a refusal: "no S/4HANA exposure yet", "limited SAP experience",
# "never used Xero" ("no SAP work please" is still one).
_LACK_BEFORE = re.compile(
    r"\b(?:no|not much|limited|little|zero|minimal|(?:has|have|had)(?:n't| not) (?:used|touched))\W+"
    r"(?:(?:real|hands-on|direct|proper|any)\W+)?$"
)
_LACK_AFTER = re.compile(
    r"\W*(?:[\w/-]+\W+){0,2}?(?:exposure|experience|knowledge|background|skills?|certification)\b"
)
_CANT_SPEAK_TO = re.compile(
    r"\b(?:couldn't|could not|can't|cannot|unable to) (?:really )?speak to\W+$"
)
# A product's maker as the employer interviewed at: "after the Xero final", "the Salesforce interview".
_INTERVIEWED_AT_BEFORE = re.compile(r"\b(?:the|their|her|his|my|our)\W+$")
_INTERVIEWED_AT_AFTER = re.compile(
    # (not "the hybrid offer", "the contract process": a kind of job is no employer)
    r"\W*(?:final|finals|interview|interviews|loop|assessment (?:centre|day)|"
    r"(?:first|second|final|1st|2nd|3rd) (?:round|stage))\b"
)


# At ease with travel said right against it: "happy on the road", "fine travelling", "happy being
# on the road" (the cue "happy on" would otherwise swallow the "on" of "on the road").
_AT_EASE_RIGHT_BEFORE = re.compile(r"\b(?:fine|ok|okay|comfortable|happy)(?: being)?\s+$")
_ON_THE_MOVE = re.compile(r"on the road\b|travell?ing\b", re.I)
# A long stretch of it already done: "after years on the road", "following a decade of travel",
# "after 15 years of nights" (what they did, not what they ask for).
_YEARS_OF = re.compile(
    r"\b(?:after|following)\s+(?:(?:many|several|long|so many|too many)\s+)?(?:years|decades|months|"
    r"a decade|a career|a lifetime|(?:\d+|two|three|four|five|six|ten|twenty)\s+(?:years|yrs|decades))"
    r"\s+(?:of\s+)?$"
)


def cue_at(segment: str, start: int, end: int) -> str | None:
    """The polarity a cue in ``segment`` gives the term at ``segment[start:end]``, or None."""
    before, after = segment[:start], segment[end:]
    if _BACK_TO_OPENS.search(before) and _A_SEAT.fullmatch(segment[start:end]):
        return "wish"  # "hated it. back to IC for me": the clause opens on the seat gone back to
    if _IN_GENERAL.match(after) and _NOT_BEFORE.search(before):
        return "background"  # "not to service companies in general": the kind is not refused
    if _NOT_ONLY.search(before) and not re.match(r"\W*(?:\w+\W+){0,2}?either\b", after):
        return "background"  # "not only NHS - private's fine too": not a refusal of the NHS
    if (
        _DENIED_CAUSE.search(before)
        or _NOT_THE_ISSUE.match(after)
        or _OBLIGED_TO_LEAVE.search(before)
        or _MINDED_AFTER.match(after)
    ):
        return "background"  # "didn't leave over the travel", "the money wasn't the issue"
    if _LACK_BEFORE.search(before) and _LACK_AFTER.match(after) or _CANT_SPEAK_TO.search(before):
        return "background"  # "no S/4HANA exposure yet", "couldn't speak to Xero": not had, not refused
    if _INTERVIEWED_AT_BEFORE.search(before) and _INTERVIEWED_AT_AFTER.match(after):
        return "background"  # "feedback after the Xero final": the employer they interviewed at
    if _NO_SHOW.search(before):
        return "background"  # "no call no show to the onsite": an absence, no refusal of the office
    if _GRIPE_ABOUT.search(before):
        return "background"  # "only gripe about the bank was ...": the employer, not a sector
    if _EMOJI_NO.match(after) or _EMOJI_NO.search(before[-4:]):
        return "avoid"  # "on-call 🙅", "❌ agencies"
    if _EMOJI_NO_BEFORE.search(before):
        return "avoid"
    if (into := _OUT_INTO.search(before)) and _MOVE_REFUSED.search(before, 0, into.start()):
        return "avoid"  # "didn't want to move from Unity to Unreal": the move itself refused
    if _NOT_AGAINST.search(before) or into or _AND_INTO.match(before):
        return "wish"  # "to get out of banking into a fintech": the fintech is where they go
    if TAKEN_BACK_AFTER.match(after):
        return (
            "wish"  # "nights no longer an issue", "travel back on the table": a refusal taken back
        )
    if _WE_COULD_NOT.search(before):
        return "must"  # "declined because we couldn't give her the Head of Data title"
    if _ULTIMATUM.match(after):
        if _REFUSED_RIGHT_BEFORE.search(before):
            return "avoid"  # "zero on-call or no deal": the refusal is the ultimatum
        return "must"  # "4dw or not interested", "fully remote or I'm staying put"
    if _ONLY_THIS.search(before):
        return "must"
    if (
        _negated(before)
        or (_OUT_OF.search(before) and not _NOT_OUT_OF.match(segment, start))
        or POST_NEGATION.search(after)
        or IMPOSED.match(after)
        or _OFF.search(before)
        or (_LEFT_BEFORE.search(before) and _FOR_GOOD_AFTER.match(after))
    ):
        return "avoid"
    if POST_MUST.search(after) and not re.search(r"\bwould be (?:ideal|nice|great|good)\b", after):
        return "must"
    if _YEARS_OF.search(before):
        return "background"  # "wants a desk job after years on the road": the road is behind them
    if _AT_EASE_RIGHT_BEFORE.search(before) and _ON_THE_MOVE.match(segment, start, end):
        return "wish"  # "happy on the road", "fine travelling": the cue runs into the travel
    # "wants ... at least" / "needs ... ideally": the cue nearest the term decides.
    must = max((m.end() for m in _MUST.finditer(before)), default=-1)
    wish = max((m.end() for m in _WISH.finditer(before)), default=-1)
    if must >= 0 or wish >= 0:
        return "must" if must > wish else "wish"
    if POST_WISH.search(after) or _PRAISED.match(after):
        return "wish"
    return None


# A move said whole, from one thing to the next, with more said after it: "move from Selenium to
# Playwright - been learning TypeScript": the move's "from" reaches no further than where it goes,
# and passes nothing on to the segment after it.
_MOVE_FROM = re.compile(r"(?:mov(?:e|es|ing)|switch(?:es|ing)?|transition(?:s|ing)?) from$")
_MOVE_PASSED = re.compile(
    r"[^,;:.!?]{1,40}?\b(?:to|into)\s+[\w.+#-]+(?:\s+[\w.+#-]+)?\s*(?:[-–—,;:]|\band\b|\bbut\b|$)"
)


def _negated(before: str) -> bool:
    """Whether a negation cue reaches the end of ``before``: a "move from X to Y" ends at Y."""
    m = _NEGATION.search(before)
    if m is None or "from" not in before:
        return m is not None
    return any(
        not (_MOVE_FROM.search(n.group()) and _MOVE_PASSED.match(before, n.end()))
        for n in _NEGATION.finditer(before)
    )


# Praised right after it is named: "React is great", "Kotlin's amazing" ("React at my last job,
# Vue is great" praises Vue, not React).
_PRAISED = re.compile(
    r"\W{0,2}(?:is|are|'s) (?:really |just |so )?(?:great|awesome|amazing|brilliant|excellent|fantastic)\b"
    r"(?! (?:for|at|on)\b)"
)


# A lack that was the reason, said with what they cannot do without it: "declined - no house on
# the farm, and he couldn't bring the family out without one" asks for the house ("no nights,
# he's done with them" stays a refusal).
_BARE_NO = re.compile(
    r"(?:^|[-:,;(]|\b(?:was|were|there's|had|has|with|but|and))\W*no\W+(?:\w+\W+){0,2}$"
)
_CANNOT_WITHOUT = re.compile(
    r"[^.;!?]{0,80}?\b(?:can't|cannot|couldn't|could not|can not|won't|wouldn't|would not|not able to|"
    r"unable to|no way to)\b[^.;!?]{0,60}?\bwithout (?:one|it|them|that|those)\b"
)


def lack_needed(text: str, start: int, end: int) -> bool:
    """Whether the "no X" at ``text[start:end]`` is a lack they cannot do without: "declined - no
    house on the farm, and he couldn't bring the family out without one" asks for the house."""
    lo = max(text.rfind(x, 0, start) for x in ".;!?\n") + 1
    hi = min((i for i in (text.find(x, end) for x in ".;!?\n") if i >= 0), default=len(text))
    return bool(
        _BARE_NO.search(text, max(lo, start - 30), start) and _CANNOT_WITHOUT.match(text, end, hi)
    )


# "Out of retail completely", "wants to stay out of gambling": out of the sector altogether - but
# "out of contract in March", "out of the office most days" say where they are.
_OUT_OF = re.compile(
    r"(?:^|[,;:]|\b(?:is|'s|are|'re|be|stay|stays|staying|keep|completely|totally|fully|clean|right))"
    r"\W*out of\W*$"
)
_NOT_OUT_OF = re.compile(r"(?:contract|work|office|hours|a job|the office|scope|budget|range)\b")


# "no-show to the onsite", "no call no show at the interview": who did not turn up, not a "no".
_NO_SHOW = re.compile(
    r"\bno[- ]?show(?:s|ed)?\s+(?:(?:to|for|at|on)\s+)?(?:the\s+|his\s+|her\s+|their\s+|an?\s+)?$"
)


# Whom a gripe is about: the place they worked ("gripe about the bank", "complaint with Acme").
# An issue or problem "with" a bare term is with the term ("no issue with on-call", "a real issue
# with nights"): only one with an employer's article is a gripe about the place.
_GRIPE_ABOUT = re.compile(
    r"\b(?:(?:gripes?|grumbles?|complaints?|moans?)\s+(?:about|with|at|re)\s+"
    r"(?:the |my |his |her |their |that |this )?|(?:issues?|problems?)\s+(?:about|with|at|re)\s+"
    r"(?:the |my |his |her |their |that |this ))(?:old |last |previous |former )?$"
)
_WE_COULD_NOT = re.compile(
    r"\b(?:we|they|the client|the company|the employer|client|the hiring manager) (?:couldn't|could not|"
    r"can't|cannot|wouldn't|would not|won't|didn't|did not) (?:\w+ )?(?:give|offer|match|meet|provide|"
    r"agree to|budge on|move on|stretch to)\b"
)
_REFUSED_RIGHT_BEFORE = re.compile(r"\b(?:zero|no|never|nil|absolutely no)\W+$")
_ULTIMATUM = re.compile(
    r"^\W*(?:\w+\W+){0,2}?or (?:not interested|not (?:moving|leaving|budging)|nothing|bust|no deal|forget it|"
    r"(?:[\w']+ )?(?:staying|stay|"
    r"stays|walk|walks) (?:put|where|away))\b"
)
_EMOJI_NO_BEFORE = re.compile(
    "[\U0001f645\u274c\U0001f6ab\u26d4\U0001f44e\U0001f92e\U0001f644\U0001f480][\\s.,:;!-]*$"
)
# A refusal said with a picture: 🙅 ❌ 🚫 ⛔ 👎 🤮 🙄 💀.
_EMOJI_NO = re.compile(
    "^[\\s.,:;!-]*[\U0001f645\u274c\U0001f6ab\u26d4\U0001f44e\U0001f92e\U0001f644\U0001f480]"
)


# A refusal taken back, said after the term: "nights are no longer a problem", "travel's back on
# the table", "non-family posts are fine now" (not "no longer an option": still a refusal).
TAKEN_BACK_AFTER = re.compile(
    r"\W*(?:\w+\W+){0,2}?(?:(?:is|are|'s|'re|was|were)\s+)?(?:(?:no longer|not any ?more)\s+(?:a |an |the )?"
    r"(?:big |real |major )?(?:problem|issue|concern|worry|obstacle|blocker|deal ?-?breaker|no[- ]go|"
    r"non[- ]starter|hurdle|barrier|sticking point|off the table|ruled out)|back on the (?:table|cards)|"
    # "Dubai is back on!!", "the Leeds move's back on": said at the clause's end ("back on nights
    # next week" is a rota, not a refusal taken back)
    r"back on(?: again| now)?(?=\s*(?:[.!,;)]|$))|"
    r"back in play|(?:fine|ok|okay|doable|possible) (?:now|again|these days))\b"
)


def trailing(segment: str) -> str | None:
    """A cue that ends a list and governs what came before: "charity/NFP keen", "it wasn't for me"."""
    if POST_NEGATION.match(segment) or re.match(
        r"^\W*(?:\w+\W+){0,3}?(?:is|are|was|were) (?:a )?no\b(?! (?:problems?|issues?|bother|worries|big "
        r"deal|dramas?|sweat)\b)",
        segment,
    ):
        return "avoid"
    if POST_MUST.match(segment):
        return "must"
    if POST_WISH.match(segment):
        return "wish"
    return None


def carried(segment: str) -> str | None:
    """The polarity a segment passes on to a bare list item after it (its last pre-term cue)."""
    if _NOT_AGAINST.search(segment) or _NO_BOTHER.search(segment):
        return "wish"  # "night shift no issue, doing nights for years": no refusal to carry on
    if _NOT_TILL.match(segment):
        return "background"  # "not till March, contract runs to then": the reason, no wish
    if _ONLY_THIS.search(segment):
        return None
    if _negated(segment) or POST_NEGATION.match(segment):
        return "avoid"
    if _ONLY_BEFORE.search(segment):
        return "must"  # "only open to COO or CFO roles": the list shares the "only"
    if _MUST.search(segment):
        # "remote only, python" does not make python a must; "needs remote and sponsorship" does.
        return None if POST_MUST.search(segment) else "must"
    if _WISH.search(segment):
        return "wish"
    return None


# A refusal of a time, not of a thing: "not before March, contract with Hydro till then", "not
# now, on a contract" - nothing for the list after it to share.
_NOT_TILL = re.compile(
    r"^\W*(?:not|nothing|no(?: moves?)?)\W+(?:(?:till|until|til) after|before|until|till|til|now|yet|"
    r"right now|for now|at the moment|this (?:year|month|quarter|week))\b"
)


# Acceptance said bare after the term: "no issue", "not a problem".
_NO_BOTHER = re.compile(
    r"\b(?:no (?:problem|issues?|bother|worries|big deal|biggie|dramas?|sweat)|not (?:a problem|an issue))\b"
    r"(?! (?:with|for|if|as long|provided))"
)
_ONLY_BEFORE = re.compile(
    r"^\W*only\b|\bonly (?:\w+ )?(?:open to|considering|interested in|looking (?:at|for)|want\w*|taking)\b"
)


def not_against(text: str) -> bool:
    """A negated refusal, which accepts: "not against", "no objection to", "wouldn't say no"."""
    return bool(_NOT_AGAINST.search(text))


def negated(text: str) -> bool:
    return bool(_NEGATION.search(text)) and not _NOT_AGAINST.search(text)
