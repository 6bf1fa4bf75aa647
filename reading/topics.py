"""What someone refuses or wants that no facet table knows: the ``topic`` facet.

Every facet reads its own words (on-call, remote, fintech, Python). People also refuse and want
things that are theirs alone and that a role's own text may name: "no more helicopters since a
ditching", "sick of Moodle, wants Canvas", "it's confined spaces he won't do". This module is the
fallback, read after every specific facet: a refusal or a wish whose object no other condition
covers becomes a ``topic`` condition, its value ``{"words": [stems of the object's content
words], "phrase": the object as written}``; the fit (``matching.verdict``) sets those stems
against the role's own (``role_stems``), and a role that does not name the object hears nothing.

Cue classes: refusals ("won't do / work in / touch / go back to X", "no more X", "never again X",
"X never again", "never X again", "not doing X again", "refuses X", "hates X", "done with X", "sick of / fed up
with X", "can't stand X", "X is a hard no / dealbreaker / no-go", "doesn't want X", "not
interested in X", "wants off / away from X", "steer clear of X", "avoid X", a clause opening on
"no X"), wishes ("wants X", "keen on X", "loves X", "would love X", "would love to go back to X", "looking for X", "wants to get
into X", "prefers X", "X please", "dream is X"); a negated wish is a refusal ("not keen on X"), a
negated refusal nothing ("doesn't hate X"). Twins that read nothing: "no problem / issue with X",
"not opposed to X", "nothing against X", "don't mind X", "X is fine", "no longer an issue", "no
more X than before", and past reports ("hated X at uni", "used to hate X").

Cheap by design: one gated pattern over the note (``reading.gates``), so a note with no cue word
costs a substring test or two.
"""

from __future__ import annotations

import re

from reading.gates import gated

# --- Words --------------------------------------------------------------------------------
_TOKEN = re.compile(r"[a-z0-9][a-z0-9+#]*")
# Words that carry no topic: function words, and words every role or every note has in it
# (a refusal of "the team" or "the job" says nothing a role's text can answer).
_STOP = frozenset(
    """a an the my his her their our your its this that these those it them him me us i you we
    he she they one of in on at to for with by from into onto about as any some much many more less fewer
    most again ever anymore please really very just only too also all other another such is are
    be being been was were do doing does did done it's s there here than then so not no never
    nor or and but if when while get getting got go going gone back out up down off over away
    anything something everything nothing stuff thing things kind sort type bit lot lots way
    work working worked works job jobs role roles position positions gig gigs opportunity
    opportunities company companies business team teams people person place places environment
    culture someone anyone everyone time times day days week weeks month months year years hour
    hours now soon later next new old current same different good great better best bigger big
    small little right money salary pay package raise offer offers interview interviews process
    call calls chat talk hear contact email emails message messages update news check know see
    look make take give keep stay start find try move change learn grow step career challenge
    manager managers boss lead leader director head senior junior staff principal engineer
    developer recruiter recruiters client clients employer employers office home remote hybrid
    site commute travel relocate relocation location area side moment sure plenty level
    miss bad worse fine ok okay enough like want need let put use doing able same sector
    industry field world life family send share forward ring text reply respond note
    detail details info information spec jd description link cv resume feedback reference
    references wont won dont cant isnt doesnt hes shes im ive id its theyre itself himself herself
    themselves myself yes said says told sent particular principle development progression
    growth uplift jump bump increase hike promo promotion bonus cut each whole hunt hunting
    search searching couple max min least somewhere around proper real closer short stop final
    round stage product products service services project projects solution solutions system
    systems colleague colleagues above below mon tue wed thu fri sat sun monday tuesday
    wednesday thursday friday saturday sunday weekday weekdays weekend weekends have having
    thank thanks full moving every decent discussed daily entirely completely altogether totally
    till until before after yet
    tbh tho imo ngl fwiw honestly lol haha tooling properly""".split()
)


def stem(word: str) -> str:
    """A light stem, the same on both sides: plural s / es / ies, -ing, -ed."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 6 and word.endswith("ings"):
        word = word[:-1]  # "store openings" and "a store opening": one stem on both sides
    if len(word) > 5 and word.endswith("ing"):
        word = word[:-3]
        return (
            word[:-1] if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "ls" else word
        )
    if len(word) > 4 and word.endswith("ed"):
        word = word[:-2]
        return (
            word[:-1] if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "ls" else word
        )
    if len(word) > 4 and word.endswith("es") and word[-3] in "sxz":
        return word[:-2]
    if len(word) > 4 and word.endswith(("ches", "shes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


_STOP_STEMS = frozenset(stem(w) for w in _STOP) | _STOP
# Words of that list that change what the rest of an object means ("cold calling", "final cut
# pro", "big hotels"): an object holding one is no topic at all, rather than a fragment of one
# ("cold", "pro", "hotels"). A common noun left out leaves its modifier standing for the thing
# well enough ("farm calls" are farm work), so only these hold an object back.
_WHOLE_WORD = re.compile(r"[a-z0-9][a-z0-9+#]*(?:-[a-z0-9+#]+)*")  # "single-use" is one word
_QUALIFIERS = frozenset(
    """big bigger small little new old good great better best bad worse final short full
    real proper decent current same different closer right cut calling min max least senior
    junior principal early late""".split()
)


def _qualified(words: list[str]) -> bool:
    return any(word in _QUALIFIERS for word in words)


def content_words(text: str) -> list[str]:
    """The content words of ``text`` as written (lower case), in order, once each."""
    out: list[str] = []
    for w in _TOKEN.findall(text.lower().replace("'s ", " ").replace("'", "")):
        if w not in _STOP and stem(w) not in _STOP_STEMS and not w[0].isdigit() and w not in out:
            out.append(w)
    return out


# One thing, said two ways on the two sides: a "duty station" is the aid world's posting; a
# cleared desk's "poly" is the role's "polygraph" ("full-scope poly", "FSP", "CI polygraph").
_SAME_THING = re.compile(r"\b(?:(?P<post>duty[- ]stations?)|(?P<poly>polygraphs?|polys|fsp))\b")
# A qualifier and its noun that are one thing: "cold calling" is a seller's work, whole ("cold"
# alone is not what they refuse, and "calling" is a word of no matter).
_ONE_THING = re.compile(r"\bcold[- ]call(?:ing|s|ers?)?\b")


def _same(text: str) -> str:
    text = _SAME_THING.sub(lambda m: "post" if m["post"] else "poly", text)
    return _ONE_THING.sub("coldcalling", text)


def stems(text: str) -> list[str]:
    text = _same(text.lower())
    return list(dict.fromkeys(stem(w) for w in content_words(text)))


# --- Cues ---------------------------------------------------------------------------------
_WONT = (
    r"(?:won't|wont|will not|will never|would never|wouldn't|would not|refuses? to|never going to|not going to|"
    # "not prepared to take a hardship posting", "unwilling to do helicopter transfers"
    r"(?:not|isn't|is not|aren't|are not|no longer) (?:prepared|willing) to|(?<!not )unwilling to)"
)
_DO = (
    r"(?: ever| again)? (?:do|touch|teach(?: in| at)?|work (?:in|on|with|for|at|as)|go(?: back)? (?:to|into|near)|"
    r"return to|take(?: on)?|consider|use|fly(?: in| on| with)?|deal with|support|sell|handle|join|"
    r"accept|entertain|step into|move into|be part of|be in|sign(?: up (?:to|for))?|"
    r"put (?:his|her|their|my) name to)"
)
_CUES = gated(
    re.compile(
        r"(?:(?P<avoid>"
        rf"{_WONT}{_DO}|refuses (?!to )|"
        r"(?:no|not|never) (?:more|again|doing|touching|taking|accepting|going back (?:to|into))(?: (?:in|with|on|at|doing|working (?:in|on|with)))?|"
        # "never cruise ships again": the object between "never" and "again" (not "never worked")
        # (a verb with its own object or pronoun is left: "never heard from him again")
        r"never (?:(?:for|with|in|at|on) )?(?=(?:(?!(?:to|from|into|it|him|her|them|me|us|you|any|with|on|at|"
        r"in|for|about|back|up|out|be|been|had|did|do|does|seen|done|use|work|go|take|touch|deal|join|"
        r"\w+(?:ed|ing))\b)[\w&'-]+ ){1,4}again\b)|"
        # a machine or a height refused: "not getting up on an order picker", "never climbing onto a roof"
        r"(?:not|never|won't be|no more) (?:getting|climbing|going) up (?:on|onto|in|into) (?:a |an |the )?|"
        r"(?:not|never|no more) climbing (?:up )?(?:on|onto) (?:a |an |the )?|"
        r"(?:hates?|loathes?|detests?|despises?|can't stand|cannot stand|can not stand|can't bear) (?!to )|"
        r"(?:done|finished) with|(?:sick|tired) (?:to death )?(?:of|with)|fed up (?:of|with)|had enough of|"
        r"(?:doesn't|does not|don't|do not|dont|doesnt) want(?: to (?:do|work (?:in|on|with|for)|be in|"
        # "doesn't want to go near the analytics side": nowhere near it
        r"go (?:back )?(?:to|into)|go (?:anywhere )?near|touch|use|teach|learn))?|prefers? not to (?:do|work (?:in|on|with))?|"
        r"(?:not|no longer) interested in|no interest in|not (?:keen|big) on|not a (?:big )?fan of|no appetite for|"
        r"wants? (?:off|away from|out of)|(?:get|getting|move|moving|step|stepping) (?:off|away from|out of)|"
        # "a hard no to sharing now", "a firm no on split shifts"
        r"(?:a |an )?(?:hard|firm|flat|absolute|definite|big) no (?:to|on)|"
        r"steer(?:s|ing)? clear of|stay(?:s|ing)? away from|avoid(?:s|ing)?|"
        r"(?:would|'d) (?:rather|prefer) not(?: to)?(?: do| work (?:in|on|with))?|rather not|no (?!more )"
        r")|(?P<wish>"
        r"(?:wants?|wanting)(?: to (?:do|work (?:in|on|with)|get (?:into|back into|back on)|go back (?:to|into)|"
        r"move into|be in|try|use|teach|learn|train (?:on|in)|focus on|specialise in|specialize in|"
        r"go deep(?:er)? (?:on|into|in)))?|"
        r"keen (?:on|for|to (?:get into|move into|do|work (?:in|on|with)|learn|train (?:on|in)|"
        r"go deep(?:er)? (?:on|into|in)))|"
        # a system they want to be trained on: "eager to learn Cerner", "hoping to learn EMIS"
        r"(?:eager|hoping|hopes|dying|itching) to (?:learn|train (?:on|in))|"
        # experience sought for the record: "keen to get Kafka on her CV", "wants to add SAP to my CV"
        r"(?:keen|wants?|wanting|hoping|hopes|would like|'d like|looking) to (?:get|add|put) "
        r"(?=[^.,;!?\n]{1,40}? (?:on|to) (?:my|his|her|their) (?:cv|resume)\b)|(?:loves?|loving|adores?|would love|'d love|would like|'d like)(?: to (?:do|work (?:in|on|with)|"
        r"get into|move into|use|teach|learn|(?:go|get) back (?:to|into)|return to))?|"
        r"looking (?:for|to (?:get into|move into|do|work (?:in|on|with)))|(?:hoping|hopes) (?:for|to get into)|"
        r"prefers?|preferring|would prefer|'d prefer|(?:really |very )?interested in|"
        r"onto|on to|in favou?r of|"
        r"dream (?:is|job is|role is|would be)(?: to (?:work (?:in|on|with)|do|be in))?|(?:set|heart set) on"
        r"))(?:(?<=\s)|(?!\w))"
    )
)
# Cues said after their object: "FSP never again", "confined spaces he won't do", "nuclear is a
# hard no", "Canvas please", "Arbor is where she wants to be", "tidal is the dream".
_AFTER = gated(
    re.compile(
        r"(?:(?P<avoid>,? (?:never again|not again|no more|ever again)|"
        r" (?:is|are|'s|'re|=)(?: an?| a total| an absolute| a hard)? (?:hard no|no-go|no go|dealbreaker|"
        r"deal breaker|deal-breaker|non-starter|nonstarter|red line|off the table|not happening)|"
        r" (?:he|she|they|i)(?: just)? (?:won't|wont|will not|refuses to|can't|cannot) do(?: again| any ?more)?)"
        r"|(?P<wish> please| pls| plz| (?:is|'s|are|'re) (?:where (?:i|he|she|they) (?:wants?|would like|'d like) "
        r"to (?:be|go|end up)|the (?:dream|goal|plan|aim)|what (?:i|he|she|they) (?:wants?|would like)(?: to do)?)))"
        r"(?: for (?:him|her|them|me|us))?(?=\W*(?:$|[.!?;,\n]|\s[-–—]\s))"
    )
)
# Where an object ends: punctuation, a clause turn, a reason, a dash.
_BOUNDARY = re.compile(
    r"[.,;:!?\n()\[\]/\"]|\s[-–—]\s|\b(?:but|because|cos|coz|since|as|so|and then|though|although|"
    r"unless|until|till|if|when|while|after|before|which|who|where|than|rather than|instead of|over|"
    r"vs|versus|onto|with|for|due to|given|any ?more|again|these days|at the moment|right now|"
    r"(?:on|to) (?:my|his|her|their) (?:cv|resume)|"
    r"ideally|only|anymore|either|especially|even|to|that|about|during|once|from|like|"
    r"(?:i|he|she|they|we)(?:'m|'s|'re|'d|'ll|'ve)?|won't|wont|will|would|can't|cannot|can|could|"
    r"doesn't|don't|isn't|is|are|was|were|has|have|had|should|must|may|might)\b"
)
_LIST = re.compile(r" (?:and|or|&|nor) ")
# Before a cue: the person's own word in the past, or someone else's ("used to hate", "was sick
# of", "the client wants", "his wife hates").
_PAST_BEFORE = re.compile(
    r"\b(?:used to|use to|was|were|had been|back then|at uni|previously|at first|originally)\W+(?:\w+\W+)?$"
)
_OTHERS_BEFORE = re.compile(
    r"\b(?:client|clients|hm|hiring manager|company|team|role|job|spec|jd|business|wife|husband|partner|"
    r"boss|manager|kids|son|daughter|parents|mum|dad|everyone|nobody|recruiter|we)(?:'s)? (?:\w+ ){0,2}$"
)
_NEGATED = re.compile(r"(?:\bnot|n't|\bnever|\bno longer|\bhardly|\bwithout)\s+(?:\w+\s+)?$")
# Right after "no ": what is no refusal ("no problem with", "no longer", "no rush", "no degree").
_NO_NOT = re.compile(
    r"(?:problem|problems|issue|issues|objection|objections|worries|worry|rush|hurry|longer|idea|"
    r"response|reply|answer|news|luck|show|shows|call|contact|interest|sign|change|update|word|"
    r"experience|degree|qualification|qualifications|licence|license|cert|certification|gap|gaps|"
    r"notice|pressure|drama|dramas|concerns?|doubt|need|reason|way|one|plans?|comment|feedback|"
    r"matter|difference|offer|offers|decision|preference|strong|real|major|big|particular|"
    r"current|recent|such|other|less|fewer|further|rate|pay|salary|more than|sooner|pets?|ties|"
    r"dependants|kids?(?!')|children|car|thanks?|hard|exceptions?|explanations?|hire|chance|"
    r"decisions?|specific|resp|exp|buyout|cap|actions?|set|fixed|firm|definite|clear|"
    r"obligation|commitment|strings|limit|end date|"
    # a perk the offer lacked: "no company car, a no-go with three sites", "kein Firmenwagen"
    r"(?:company|work|firm|pool) (?:car|van|vehicle|ute)s?|car allowance|fuel card|"
    r"firmenwagen|dienstwagen|firmenauto|firmenfahrzeug|parking(?: space| spot| bay)?)\b"
)
_VERB_OBJECT = re.compile(r"(?:(?:me|us|him|her|them|you|it) )?to\b|be\b|being\b")
# A break or a new start wanted: what it is from is the refusal, the break itself no topic.
_BREAK_FROM = re.compile(r"(?:an? )?(?:clean|complete|total|proper|fresh|new) (?:break|start)\b")
_KNOWS = re.compile(r"\b(?:exp|experience|background|knowledge|skills?|qualifications?|degree)\b")
# Words of a facet's own matter (days, hours, places of work, pay): an object holding one is that
# facet's, read or missed, and what is left of it without them would say something else.
_FACET_WORDS = re.compile(
    r"\b(?:mon|tue|wed|thu|fri|sat|sun)(?:day|s|urday|nesday|rsday|sday)?s?\b|\bweekends?\b|"
    r"\bweekdays?\b|\b(?:evenings?|nights?|mornings?|overnights?|earlies|lates|shifts?|hours|"
    r"office|remote|hybrid|commut\w*|travel\w*|salary|pay|rate|contract|perm|permanent|"
    r"on-?call|rota|rotas|visas?|passports?|work permits?|sponsorship)\b"
)
# A sentence that tells how things were or are ("there were no hoists", "the pay wasn't it"):
# a bare "no X" in it is a report, not a refusal.
_TOLD = re.compile(
    r"\b(?:was|wasn't|were|weren't|had|hadn't|there's|there is|there are|there were|has|have)\b"
)
_PLACED = re.compile(r"\b(?:on|in|at|from|for) (?:the|a|an|our|their|his|her|this|that)\b")
# Right after the object: "no cab drop for the 3 am logout", "no lockers at the site" - what the
# place or the shift lacked; "for the foreseeable", "for a while" say how long a refusal holds.
_PLACED_AFTER = re.compile(
    r"\s*(?:on|in|at|from|for) (?:the|a|an|our|their|this|that)\b"
    r"(?! (?:next|foreseeable|rest|time being|moment|future|while|bit|year|month|few|couple|"
    r"long|short|now)\b)"
)


_SENTENCE_END = re.compile(r"[.!?\n]")


def _sentence(t: str, a: int) -> str:
    start = max(t.rfind(x, 0, a) for x in ".!?\n") + 1
    found = _SENTENCE_END.search(t, a)
    return t[start : found.start() if found else len(t)]


_THAN = re.compile(r"\bthan\b")
_AGAIN_AFTER = re.compile(r"[^.;!?\n]{0,60}?\b(?:again|any ?more|ever)\b")
_MAX_WORDS = 5


def _clause_start(t: str, a: int) -> int:
    found = max((t.rfind(x, 0, a) for x in ".;!?\n,:("), default=-1)
    dash = max(t.rfind(" - ", 0, a), t.rfind(" – ", 0, a), t.rfind(" — ", 0, a))
    return max(found + 1, dash + 3 if dash >= 0 else 0)


def _opens_clause(t: str, a: int) -> bool:
    return not t[_clause_start(t, a) : a].strip()


def _object_after(t: str, b: int) -> tuple[int, int]:
    """The object's span after a cue ending at ``b``: up to a clause boundary (looked for past
    its first word, so "work as a nurse" keeps "as"), at most a few words."""
    while b < len(t) and t[b] == " ":
        b += 1
    stop = _BOUNDARY.search(t, b + 1)
    end = stop.start() if stop else len(t)
    words = list(re.finditer(r"\S+", t[b:end]))
    if len(words) > _MAX_WORDS + 1:
        end = b + words[_MAX_WORDS].end()
    return b, end


def _object_before(t: str, a: int) -> tuple[int, int]:
    start = _clause_start(t, a)
    if not t[start:a].strip() and start > 1:
        start = _clause_start(t, start - 1)  # "Helicopters. Never again." : the sentence before
    words = list(re.finditer(r"\S+", t[start:a]))
    if len(words) > _MAX_WORDS:
        start += words[-_MAX_WORDS].start()
    return start, a


def _items(t: str, a: int, b: int, covered) -> list[tuple[int, int]]:
    """The object's list items ("hates Moodle and Blackboard": two), leaving out any item another
    condition already reads ("wants Canvas and a four-day week": the week is the schedule's)."""
    out, at = [], a
    for m in _LIST.finditer(t, a, b):
        out.append((at, m.start()))
        at = m.end()
    out.append((at, b))
    return [(x, y) for x, y in out if y > x and not any(s < y and x < e for s, e in covered)][:3]


def topics(t: str, covered: list[tuple[int, int]]) -> list[tuple[str, dict, int, int]]:
    """(polarity, value, start, end) for each refusal or wish in the lower-cased note ``t``
    whose object is covered by no span in ``covered`` (the other conditions' and the waits')."""
    found: list[tuple[str, dict, int, int]] = []
    taken: list[tuple[int, int]] = []
    for m in _CUES.finditer(t):
        a, cue = m.start(), m.group()
        if a and cue[0] != "'" and (t[a - 1].isalnum() or t[a - 1] == "'"):
            continue  # inside a word ("swants", "piano ")
        pol = "avoid" if m["avoid"] is not None else "wish"
        before = t[max(0, a - 40) : a]
        if _PAST_BEFORE.search(before) or _OTHERS_BEFORE.search(before):
            continue
        if cue == "no ":
            rest = t[m.end() : m.end() + 25]
            if not _opens_clause(t, a) or _NO_NOT.match(rest) or _TOLD.search(_sentence(t, a)):
                continue
            x, y = _object_after(t, m.end())
            if _PLACED.search(t, x, y) or _PLACED_AFTER.match(t, y):
                continue  # "no ceiling hoists on the unit": what a place lacked, not a refusal
        if _NEGATED.search(before):
            if pol == "avoid":
                continue  # "doesn't hate it", "isn't sick of it"
            pol = "avoid"  # "not looking for agency", "doesn't love Jira"
        x, y = _object_after(t, m.end())
        if _BREAK_FROM.match(t, x):
            continue  # "wants a clean break from retail": what they leave is read as refused
        if _VERB_OBJECT.match(t, x):
            continue  # "wants to wait", "wants us to call back": a plan, not a thing wanted
        if cue.endswith(("doing", "touching", "taking", "accepting")) and not (
            _AGAIN_AFTER.match(t, y) or t.startswith("another ", x)
        ):
            continue  # "not doing much": only "not doing X again" ("another X") refuses X
        if cue.startswith("no more") and _THAN.search(t, m.end(), y + 12):
            continue  # "no more travel than before"
        found.extend(_read(t, pol, x, y, covered, taken))
    for m in _AFTER.finditer(t):
        pol = "avoid" if m["avoid"] is not None else "wish"
        x, y = _object_before(t, m.start())
        if (
            pol == "wish"
            and m.group().strip() in ("please", "pls", "plz")
            and len(t[x:y].split()) > 3
        ):
            continue  # "Canvas please", not "send me the roles in Leeds please"
        if _NEGATED.search(t[max(0, m.start() - 12) : m.start()]):
            continue
        found.extend(_read(t, pol, x, y, covered, taken))
    return found


def _read(t, pol, a, b, covered, taken) -> list[tuple[str, dict, int, int]]:
    out = []
    for x, y in _items(t, a, b, covered):
        if any(s < y and x < e for s, e in taken):
            continue
        words = stems(t[x:y])
        if (
            _qualified(_WHOLE_WORD.findall(t, x, y))
            and len(words) < 2
            and not _ONE_THING.search(t, x, y)
        ):
            # "refuses big hotels": "hotels" alone is not what they refuse; two content words
            # name the thing however it is qualified ("loves new store openings")
            continue
        if not words or _KNOWS.search(t, x, y):
            continue  # "no FS exp": what they have not done, not what they refuse
        if _FACET_WORDS.search(t, x, y):
            continue  # "Saturday teaching": a facet's matter its table missed, not "teaching"
        # the object from its first content word to its last: "it's confined spaces." is
        # "confined spaces"
        spans = [w.span() for w in _TOKEN.finditer(t, x, y) if stem(w.group()) in words]
        if spans:
            x, y = spans[0][0], spans[-1][1]
            while y < len(t) and (t[y].isalnum() or t[y] in "'-") and y < b:
                y += 1
        phrase = " ".join(t[x:y].split())
        out.append((pol, {"words": words, "phrase": phrase}, x, y))
        taken.append((x, y))
    return out


# --- The role's side ------------------------------------------------------------------------
# A role's word said only to be absent: "no helicopter travel", "without on-call", "on-call not
# required". Such a word is not among the role's stems.
_ROLE_PART = re.compile(r"[^.;:!?\n,()•|]+")
_ROLE_NEG = re.compile(r"\b(?:no|not|without|never|non|nor|none|zero|free of|n't)\b|n't\b")
_NOT_NEEDED = re.compile(
    r"\b(?:not|isn't|is not|aren't|are not|never) (?:required|needed|necessary|expected|essential|"
    r"involved|part of (?:the|this) role)\b|"
    # a tool the role is leaving: "Splunk being retired", "moving off Oracle", "legacy X phased out"
    r"\b(?:being|to be|will be|is being|are being) (?:retired|phased out|decommissioned|sunset|replaced)\b|"
    r"\b(?:moving|migrating) (?:off|away from)\b"
)


def role_stems(text: str) -> frozenset[str]:
    """The content stems a role's text names as something it has (negated words left out)."""
    out: set[str] = set()
    for part in _ROLE_PART.finditer(text.lower()):
        said = part.group()
        if _NOT_NEEDED.search(said):
            continue
        # "a non-family duty station": "non-" takes back the one word it joins, not the rest
        said = _same(re.sub(r"\bnon-[a-z]+", "non_", said))
        neg = _ROLE_NEG.search(said)
        kept = said[: neg.start()] if neg else said
        out.update(stem(w) for w in _TOKEN.findall(kept.replace("'", "")))
    out.difference_update(_STOP_STEMS)
    return frozenset(out)


def named(words: list[str], role: frozenset[str]) -> bool:
    """Whether a role's stems hold an object's words: all of one or two; else its head (the last)
    and at least half of the rest."""
    if not words:
        return False
    if len(words) <= 2:
        return all(w in role for w in words)
    *rest, head = words
    return head in role and 2 * sum(w in role for w in rest) >= len(rest)
