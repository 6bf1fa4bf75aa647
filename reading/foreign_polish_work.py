"""Polish ways of asking for remote work only, refusing the office or travel, and naming a shift
by its part of the day, rewritten into the English the rules know (joined to them in
``reading.foreign_tables``): "praca wyłącznie zdalna" (remote work only), "do biura nie
jeżdżę" (doesn't go to the office), "nigdzie nie jeździ" (doesn't travel anywhere), "nie jeździ
w delegacje" (won't do business travel), "tylko ranna zmiana" (only the morning shift).

"Jeździć" is also to drive and to commute, so it is a travel refusal only with "nigdzie"
(anywhere) or business trips ("delegacje"), and an office refusal only with "do biura": "nie
jeździ samochodem" (doesn't drive) stays as it is.
"""

from __future__ import annotations

_GOES = (
    r"(?:jeżdżę|jezdze|jeździ|jezdzi|jeździć|jezdzic|chodzę|chodze|chodzi|chodzić|chodzic|"
    r"przyjdzie|przyjdę|przyjde|przychodzi|wróci|wroci|wrócę|wroce)"
)
_TRAVELS = r"(?:jeżdżę|jezdze|jeździ|jezdzi|jeździć|jezdzic|wyjeżdża|wyjezdza|wyjeżdżam|wyjezdzam)"

WORDS: tuple[tuple[str, str], ...] = (
    # remote work and nothing else: "praca wyłącznie zdalna", "pracy tylko zdalnej"
    (
        r"(?:praca|pracy|pracę|prace|pracą) (?:wyłącznie|wylacznie|tylko|jedynie) "
        r"(?:zdaln(?:a|ej|ą|ie)|z domu)",
        "remote work only",
    ),
    # the office refused: "do biura nie jeżdżę", "nie przyjdzie do biura"
    (
        rf"do (?:biura|biur) (?:nie|już nie|juz nie) {_GOES}|"
        rf"(?:nie|już nie|juz nie) {_GOES} do (?:biura|biur)",
        "doesn't go to the office",
    ),
    # the office preferred: "woli pracę w biurze", "wolę pracować stacjonarnie"
    (
        r"(?:woli|wolę|wole|wolałby|wolałaby|wolalby|wolalaby) (?:pracę |prace |pracować |pracowac )?"
        r"(?:w biurze|stacjonarn\w*|z biura)",
        "prefers working in the office",
    ),
    # travel refused: "nie jeżdżę nigdzie", "nigdzie nie wyjeżdża", "nie jeździ w delegacje"
    (
        rf"(?:nie {_TRAVELS} nigdzie|nigdzie nie {_TRAVELS})",
        "doesn't travel anywhere",
    ),
    (
        rf"(?:nie (?:chce |chcę |chce już |będzie |będę |bedzie |bede )?{_TRAVELS}) (?:w|na) "
        r"(?:delegacje|delegacji|delegację|delegacje|wyjazdy służbowe|wyjazdy sluzbowe)",
        "won't do business travel",
    ),
    # a shift by its part of the day: "tylko ranna zmiana", "na rannej zmianie", "zmiana poranna"
    (
        r"(?:ranna|rannej|ranną|ranne|poranna|porannej|poranną|pierwsza|pierwszej|pierwszą) "
        r"(?:zmiana|zmiany|zmianie|zmianę|zmiane|zmiana)|"
        r"(?:zmiana|zmianie|zmianę|zmiane) (?:ranna|rannej|ranną|poranna|porannej|poranną)",
        "morning shift",
    ),
)
