"""Estonian, Latvian and Lithuanian waits, each rewritten into the English the wait rules already
read: "kuni 2027. aasta septembrini" (until September 2027), "katseaeg lõpeb mais, enne seda ei
vaheta" (probation ends in May, not before that), "iki sausio pabaigos" (until the end of
January), "līdz martam" (until March), "pēc Jāņiem" (after Midsummer).

A month's name is rewritten only after a word that waits for it ("kuni", "enne", "pärast",
"iki", "po", "līdz", "pēc") or in a dated "2027. aasta mais": Lithuanian months are common
words too ("liepa" is a linden, "kovas" a rook), and a month said alone ("tulin tagasi
septembris", came back in September) is a report, not a wait.
"""

from __future__ import annotations

# Estonian months in their cases: "mais", "maini", "septembrini", "oktoobrist"
_ET_MONTHS = {
    "january": r"jaanuar\w*",
    "february": r"veebruar\w*",
    "march": r"märts\w*|marts\w*",
    "april": r"aprill\w*",
    "may": r"mai(?:s|ni|st|ks)?",
    "june": r"juuni\w*",
    "july": r"juuli\w*",
    "august": r"augusti\w*",
    "september": r"septembri\w*",
    "october": r"oktoobri\w*",
    "november": r"novembri\w*",
    "december": r"detsembri\w*",
}
# Lithuanian months in the genitive, as after "iki" (until) and "po" (after)
_LT_MONTHS = {
    "january": "sausio",
    "february": "vasario",
    "march": "kovo",
    "april": "balandžio|balandzio",
    "may": "gegužės|geguzes",
    "june": "birželio|birzelio",
    "july": "liepos",
    "august": "rugpjūčio|rugpjucio",
    "september": "rugsėjo|rugsejo",
    "october": "spalio",
    "november": "lapkričio|lapkricio",
    "december": "gruodžio|gruodzio",
}
# Latvian months in their cases: "līdz janvārim", "pēc marta", "janvāra beigām"
_LV_MONTHS = {
    "january": r"janvār\w*",
    "february": r"februār\w*",
    "march": r"mart(?:a|am|ā)",
    "april": r"aprī\w*",
    "may": r"maij\w*",
    "june": r"jūnij\w*",
    "july": r"jūlij\w*",
    "august": r"august(?:a|am|ā)",
    "september": r"septembr\w*",
    "october": r"oktobr\w*",
    "november": r"novembr\w*",
    "december": r"decembr\w*",
}
# The years a dated "2027. aasta mais" is read for (one entry each: the table's English is fixed)
_YEARS = range(2025, 2031)


def _waits() -> tuple[tuple[str, str], ...]:
    out: list[tuple[str, str]] = []
    for english, et in _ET_MONTHS.items():
        for year in _YEARS:
            # "kuni 2027. aasta septembrini", "2027. aasta mais"
            out.append((rf"kuni {year}\.? (?:aasta )?(?:{et})", f"until {english} {year}"))
            out.append((rf"{year}\.? aasta (?:{et})", f"{english} {year}"))
        out.append((rf"kuni (?:{et})", f"until {english}"))
        out.append((rf"enne (?:{et})", f"before {english}"))
        out.append((rf"pärast (?:{et})", f"after {english}"))
        out.append((rf"alates (?:{et})", f"from {english}"))
        # "(katseaeg) lõpeb veebruaris": something that ends then, as "ends in February"
        out.append((rf"lõpeb (?:{et})", f"ends in {english}"))
    for english, lt in _LT_MONTHS.items():
        out.append((rf"iki (?:{lt}) (?:pabaigos|galo)", f"until the end of {english}"))
        out.append((rf"iki (?:{lt}) vidurio", f"until mid-{english}"))
        out.append((rf"iki (?:{lt})(?: mėnesio| men\.?)?", f"until {english}"))
        out.append((rf"po (?:{lt})(?: mėnesio)?", f"after {english}"))
        out.append((rf"nuo (?:{lt})(?: mėnesio)?", f"from {english}"))
    for english, lv in _LV_MONTHS.items():
        out.append((rf"līdz (?:{lv}) (?:beigām|beigam)", f"until the end of {english}"))
        out.append((rf"līdz (?:{lv})", f"until {english}"))
        out.append((rf"pēc (?:{lv})", f"after {english}"))
        out.append((rf"no (?:{lv})(?= \w)", f"from {english}"))
    return tuple(out)


WAITS: tuple[tuple[str, str], ...] = (
    *_waits(),
    # the probation period, and "not before that" ("enne seda ei vaheta", "iki tol laiko ne",
    # "pirms tam ne")
    (
        r"katsea(?:eg|ja)\w*|bandomasis laikotarpis|bandomojo laikotarpio|pārbaudes laiks",
        "probation",
    ),
    (r"enne seda (?:ei|mitte)|iki tol(?:ei)? (?:laiko )?ne|pirms tam ne", "not before that"),
)
