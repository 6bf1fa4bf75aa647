"""Reading a motivation's direction where its category alone is not enough.

"Wants fully remote" and "wants to be in the office every day" are both about where people
work, and their embeddings are close; what matters for a role is the direction.
"""

import re

_REMOTE = re.compile(
    r"remote|work(ing)? from home|\bwfh\b|stop commuting|no commut|without (a )?commut|"
    r"countryside|distributed|anywhere|async",
    re.I,
)
_OFFICE = re.compile(
    r"in (an|the) office|office every day|in[- ]person|on[- ]?site|face[- ]to[- ]face|"
    r"happy to commute|(don't|do not) mind (the )?commut|daily commute|desk|whiteboard|"
    r"around (the )?(team|colleagues)|office (culture|buzz|energy)|back (in|to) (an|the) office",
    re.I,
)
_FLEXIBLE = re.compile(
    r"hybrid|a day a (week|month)|\b(one|1|two|2) days? (a|per|in)|occasional|not more|at most|"
    r"flexib",
    re.I,
)
_NEGATED_REMOTE = re.compile(r"(not|n't|no longer|tired of|done with) (\w+ ){0,3}remote", re.I)


def remote_stance(statement: str) -> str | None:
    """'remote', 'flexible', 'office', or None when the statement says nothing about it."""
    if _NEGATED_REMOTE.search(statement):
        return "office"
    remote = bool(_REMOTE.search(statement))
    office = bool(_OFFICE.search(statement))
    if (remote or office) and _FLEXIBLE.search(statement):
        return "flexible"
    if remote:
        return "remote"
    if office:
        return "office"
    return "flexible" if re.search(r"\bhybrid\b", statement, re.I) else None


# How well a stance sits with a remote policy: 1 = exactly what they asked for, < 0 = against it.
STANCE_FIT: dict[tuple[str, str], float] = {
    ("remote", "remote"): 1.0,
    ("remote", "hybrid"): -0.4,
    ("remote", "onsite"): -0.9,
    ("flexible", "remote"): 0.9,
    ("flexible", "hybrid"): 0.7,
    ("flexible", "onsite"): -0.6,
    ("office", "onsite"): 0.9,
    ("office", "hybrid"): 0.6,
    ("office", "remote"): -0.7,
}

POLICY_WORDS = {"remote": "fully remote", "hybrid": "hybrid", "onsite": "on-site"}


_NO_LEADING = re.compile(
    r"\b(no|not|never|without|avoid|rather not|don't want|do not want|less)\b[^.;]{0,30}"
    r"\b(manag|lead|people|reports)|individual contributor|\bIC\b",
    re.I,
)


def wants_to_lead(statement: str) -> bool:
    """False for "wants to stay an IC, no people management": the category is leadership,
    the direction is away from it."""
    return not _NO_LEADING.search(statement)
