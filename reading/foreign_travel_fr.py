"""Travel in French notes (France, Belgium, Switzerland, Québec), rewritten into the English the
travel rules know:

- travel refused: none at all ("aucun déplacement", "zéro déplacement", "pas de déplacements du
  tout"), or bare ("pas de déplacements", "sans déplacements", "je ne peux plus me déplacer",
  "ne veut pas voyager");
- nights away refused: "pas de découcher", "pas de nuits à l'extérieur", "sans nuitées";
- travel wanted or taken in stride: "les déplacements, ça me plaît", "j'aime les déplacements",
  "prête à me déplacer", "ouvert aux déplacements", "déplacements bienvenus / sans problème"
  (the liking denied, "les déplacements ne me plaisent plus", "je déteste les déplacements", is a
  refusal).

``reading.foreign_tables`` puts this table in front of the older ones.
"""

from __future__ import annotations

_TRIPS = r"(?:d[ée]placements?|voyages?|missions? (?:en|à l'|a l')ext[ée]rieur)"
_LIKES = (
    r"(?:[çc]a |cela )?(?:me |lui |leur )?(?:pla[îi]t|plaisent|va(?:[- ]bien)?|convient|conviennent|"
    r"int[ée]resse(?:nt)?|tente(?:nt)?)(?: beaucoup| bien| vraiment)?(?! pas| plus| gu[èe]re)"
)

WORDS: tuple[tuple[str, str], ...] = (
    # nights away refused
    (
        r"(?:pas de|aucune?|sans|z[ée]ro) (?:d[ée]coucher|d[ée]couchers|nuit[ée]es?|nuits? "
        r"(?:à l'|a l')?(?:ext[ée]rieur|hors de (?:la )?maison|loin de (?:la )?maison))",
        "no overnights",
    ),
    # none at all: "aucun déplacement", "zéro déplacement", "pas un seul déplacement" (as the
    # Spanish "cero viajes"); a bare "pas de déplacements" may still take the odd trip
    (
        rf"(?:aucune?|z[ée]ro|pas (?:un|une) seule?|jamais de) {_TRIPS}(?![\w-])|"
        rf"(?:pas de|plus de|sans) {_TRIPS}(?: du tout| point final)",
        "no travel at all",
    ),
    # travel refused
    (
        rf"(?:pas de|plus de|sans) {_TRIPS}(?![\w-])|"
        r"(?:ne|n') ?(?:peux|peut|veux|veut|souhaite|souhaitent|pourra|pourrai) (?:plus|pas) "
        r"(?:me |se )?(?:d[ée]placer|voyager)",
        "no travel",
    ),
    # the liking denied: "les déplacements ne me plaisent plus", "déteste les déplacements"
    (
        rf"(?:les )?{_TRIPS}(?: [^.,;!?]{{0,40}}?)? (?:ne|n') ?(?:me |lui |leur )?(?:pla[îi]t|plaisent|"
        r"convient|conviennent|int[ée]resse(?:nt)?|tente(?:nt)?) (?:pas|plus)|"
        rf"(?:d[ée]teste|ne supporte (?:pas|plus)) (?:les |des )?{_TRIPS}",
        "no travel",
    ),
    # travel wanted: "les déplacements dans le Nord, ça me plaît beaucoup"
    (
        rf"(?<!pas )(?<!plus )(?:les |des )?{_TRIPS}(?: [^.,;!?]{{0,40}}?)?,? {_LIKES}|"
        rf"(?:j'|il |elle )?(?:aime|adore)(?:rait)? (?:les |des )?{_TRIPS}|"
        r"(?:pr[êe]te?s?|dispos[ée]e?s?|disponibles?|ouverte?s?) (?:à|a|aux) "
        r"(?:(?:me |se )?d[ée]placer|voyager|d[ée]placements)|"
        rf"{_TRIPS} (?:bienvenus?|ok|sans (?:probl[èe]me|souci)|pas de (?:probl[èe]me|souci))",
        "happy to travel",
    ),
)
