"""Catalan "em" (me) before a verb, which the lexicon would read as "EM" (engineering manager):
"no em moc" (I'm not moving), "em sembla perfecte", "no em truqueu". Rewritten as "me", so that a
Catalan note refuses no management it never mentioned.

``reading.foreign_tables`` puts this table in front of ``reading.foreign``'s own. Only before a
Catalan verb form listed here: "EM roles only", "wants an EM seat" keep their manager.
"""

from __future__ import annotations

# Verb forms that follow the clitic in notes: moving, liking, suiting, asking us to write or call
_VERBS = (
    "moc|mouré|moure|mouria|quedo|quedaré|quedaria|canvio|canviaré|canviaria|sembla|semblen|"
    "agrada|agraden|interessa|interessen|convé|compensa|preocupa|costa|cal|fa|fan|va|ve|vindria|"
    "aniria|torneu|tornis|truqueu|truquis|escriviu|escriguis|envieu|enviïs|contacteu|contactis|"
    "molesteu|molestis|podeu|pots|plantejo|planteja|miro|busqueu|deixeu|paguen|paga|pagueu|"
    "ofereixen|ofereixin|ofereixis|importa|importen|apunto|apuntaria"
)

CUES: tuple[tuple[str, str], ...] = ((rf"em(?= (?:{_VERBS})\b)", "me"),)
