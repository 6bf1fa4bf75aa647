"""A role that says it has no travel, in a sentence of its own.

Ads say it about the job or to the hire, not as a bare "No travel": "you won't need to travel for
this job", "the job involves no travel", "the position does not involve business trips", "you yourself won't be travelling for
work", "visiting the other sites is not part of this post", "there are no trips to the
subsidiaries", "no travel is expected of you". Such a line outweighs what the company says of
others ("our field engineers are on the road 60% of the time", "our advisers visit 25 schools a
week"), so the role reads as having none.

Not none: travel limited or put off ("you won't need to travel often", "no travel in your first
month", "no travel except the annual offsite"), travel to the office (a commute), and travel
said of somebody else ("our clients don't need to travel").
"""

from __future__ import annotations

import re

# Who the sentence is about: the hire or the job.
_WHO = (
    r"(?:you(?:rself)?|you yourself|the (?:role|position|post|job)(?:holder)?|this (?:role|position|"
    r"post|job)|the successful candidate|the post ?holder)"
)
_NOT = r"(?:won'?t|will not|wo not|does not|doesn'?t|do not|don'?t|is not|isn'?t|are not|aren'?t|never|shall not)"
_TRAVEL = (
    r"(?:travel(?:l?ing)?|(?:any |business |work )*(?:trips?|travel)|visits?|be on the road|"
    r"stay away|be away from home)"
)
# The travel named as ruled out: its verb or its noun, after "not" and a few helping words.
_ROLE_NONE = re.compile(
    rf"\b{_WHO}\s+(?:\w+\s+)?{_NOT}\s+(?:(?:need|have|be|required|asked|expected|going|involve|"
    rf"include|require|entail|to|for)\s+){{0,3}}(?:any\s+)?{_TRAVEL}\b"
    # travel as a part of the job denied: "visiting other schools is not part of this post",
    # "travel is not required in this role", "no travel is expected of you"
    r"|\b(?:travel(?:l?ing)?|trips?|visiting (?:the |our )?(?:other )?\w+|visits to (?:the |our )?(?:other )?\w+)\s+"
    r"(?:is|are)\s+not\s+(?:part of|required|expected|needed|involved)\b"
    r"|\bno (?:business |work )?(?:travel|trips?) (?:is|are) (?:expected|required|needed|involved)\b"
    # the job said to hold none: "the job involves no travel", "this post has zero travel",
    # "the position requires no business trips"
    rf"|\b(?:{_WHO}|it)\s+(?:involves?|includes?|requires?|entails?|has|comes with|needs?)\s+"
    r"(?:no|zero)\s+(?:regular\s+|business\s+|work\s+)?(?:travel|trips?)\b"
    # (not the travel of something else: "has no travel budget", "involves no travel agents")
    r"(?!\s+(?:budgets?|agents?|allowances?|expenses?|costs?|insurance|cards?|polic(?:y|ies)|desk|"
    r"sector|industry|compan(?:y|ies)|firms?|bookings?))"
    # "there are no trips to the subsidiaries", "there is no travel in this role"
    r"|\bthere (?:is|are|will be) no (?:business |work )?(?:travel|trips?)\b"
    # a Spanish or French ad: "sin desplazamientos", "aucun déplacement", "keine Reisetätigkeit"
    r"|\b(?:sin|without|sans|aucuns?|pas de) d[ée]s?pla(?:cement|zamiento)s?\b|\bkeine (?:reiset[äa]tigkeit|dienstreisen)\b"
    r"|\bno requiere (?:desplazamientos|viajar|viajes|visitas)\b",
    re.I,
)
# Travel limited, put off or to the office: not none.
_LIMITED = re.compile(
    r"\W*(?:\w+\W+){0,2}?(?:much|often|frequently|regularly|more than|very|a lot|except|other than|"
    r"outside|beyond|until|during (?:the|your) first|for (?:the|your) first|in (?:the|your) first|"
    r"at first|initially|to (?:the|our|an?) (?:office|hq|head ?quarters|head office)|into (?:the|our)|"
    r"daily|every (?:day|week|month)|abroad|overseas|internationally|far|long)\b",
    re.I,
)


def says_no_travel(text: str) -> bool:
    """Whether ``text`` says the role itself has no travel (see the module docstring)."""
    if not _GATE.search(text):
        return False
    for found in _ROLE_NONE.finditer(text):
        if not _LIMITED.match(text, found.end()):
            return True
    return False


# A cheap check before the patterns: the text names travel or a trip at all.
_GATE = re.compile(r"travel|trip|visit|d[ée]s?pla(?:cement|zamiento)|reise|on the road|away", re.I)
