"""Returns after a break, a year gone by, and a few more stop phrases, in the languages the
reader knows (joined to the tables in ``reading.foreign_tables``).

- after a break that has a known month: the French "rentrée" (schools and offices back in
  September), the Italian August "ferie", the Dutch "jaarwisseling" and Tagalog "Bagong Taon"
  (the new year), the Arabic "ba3d el seif" (after the summer), the Indian March "closing" (the
  financial year's end) - "après la rentrée" is September, "na de jaarwisseling" January;
- a year gone by ("del año pasado", "do ano passado", "w zeszłym roku", "l'année dernière",
  "l'anno scorso", "vorig jaar", "letztes Jahr"): the holiday or month before it dates what
  happened, so it is no wait ("después de Semana Santa del año pasado");
- stop phrases: the Portuguese "não quero receber mais nenhum contacto" (no further contact at
  all, unless narrowed: "... sobre vagas em Lisboa") and Egyptian "ma tetwasal m3aya tani" (don't
  contact me again; "... 3al mobile", on the mobile, with no "again", is one channel).
"""

from __future__ import annotations

WAITS: tuple[tuple[str, str], ...] = (
    # French: "après la rentrée", "à la rentrée (de septembre)"
    # (the rentrée is early September in France, whatever the hemisphere of the note)
    (
        r"(?:apr[eè]s|(?<![\w'])[àa]) la rentr[ée]e(?: scolaire| de septembre)?(?! derni[èe]re| pass[ée]e)",
        "after august",
    ),
    # Italian: "dopo le ferie di agosto", "dopo le ferie estive"; bare "dopo le ferie" is the
    # holidays next to come, as "after the holidays" is in English
    (
        r"dopo (?:le )?(?:ferie|vacanze) (?:di agosto|d'agosto|estive|dell'estate|agostane)",
        "after august",
    ),
    (r"dopo (?:le )?(?:ferie|vacanze)(?! (?:di|d'|de|del)\w*)", "after the holidays"),
    # Dutch: "na de jaarwisseling", "na oud en nieuw", "na nieuwjaar"
    (r"na (?:de )?(?:jaarwisseling|oud en nieuw|oud & nieuw|nieuwjaar)", "after new year"),
    # Tagalog: "pagkatapos (na lang po) ng Bagong Taon"
    (
        r"pagkatapos(?: na lang| muna| na)?(?: po)?(?: ng| nang| ang)? (?:bagong taon|new year)",
        "after new year",
    ),
    # Arabic typed in Latin letters: "ba3d el seif", "baad al sayf"
    (
        r"(?:ba3d|ba'd|baad|ba3ad|b3d) (?:el|al|il)[- ]?(?:seif|sayf|saif|sef|seef|sayfeyya|saifiyya)",
        "after the summer",
    ),
    # Hinglish: "March closing ke baad", "year-end closing ke baad": India's financial year, 31 March
    (
        r"(?:(?:march|mar) |year[- ]end |fy |financial year )?clos(?:ing|ure) (?:ke|k) (?:baad|bad|bād)",
        "after fy closing",
    ),
)

# A year gone by, said after a holiday or a month: what happened then, no wait. And another way
# offered after a stop: "prefiero que me escriban por correo", "mejor por LinkedIn", "sa email na
# lang po", "ib3atli email".
CUES: tuple[tuple[str, str], ...] = (
    (
        r"prefiero que me (?:escriban|escribas|contacten|contactes) por (?:correo|e-?mail|mail)",
        "email me instead",
    ),
    (
        r"prefiero que me (?:escriban|escribas|contacten|contactes) por whatsapp",
        "whatsapp me instead",
    ),
    (r"mejor por (?:correo|e-?mail|mail)", "email is better"),
    (r"mejor por linkedin", "linkedin is better"),
    (r"mejor por whatsapp", "whatsapp is better"),
    (r"sa (?:e-?mail|email) na lang(?: po)?", "email me instead"),
    (r"(?:ib3atli|ib3atly|eb3atli|eb3atly|ib3atlee) (?:e-?mail|emails)", "email me"),
    (r"(?:del|el|en el) a[ñn]o pasado", "last year"),
    (r"(?:do|no|o) ano passado", "last year"),
    (r"w (?:zeszłym|zeszlym|ubiegłym|ubieglym) roku|(?:zeszłego|zeszlego) roku", "last year"),
    (r"(?:de )?l'ann[ée]e derni[èe]re|l'an dernier", "last year"),
    (r"(?:dell')?anno scorso|l'anno scorso", "last year"),
    (r"vorig(?:e)? jaar", "last year"),
    # Dutch "vroeg ik": "asked I", the verb before its subject after a time ("vroeg in maart" is
    # early March)
    (r"vroeg (?:ik|hij|zij|ze|je|u)\b", "asked"),
    (r"letztes jahr|letzten jahres|im letzten jahr|vergangenes jahr", "last year"),
)

OPT_OUTS: tuple[tuple[str, str], ...] = (
    # one channel stopped, not all contact: "no me vuelvan a llamar al móvil", Tagalog "huwag niyo
    # na po akong i-text", Egyptian "ma tetasel 3alaya 3al mobile"
    (
        r"no me (?:vuelvan|vuelvas|volváis) a llamar (?:al|a mi) (?:m[óo]vil|celular|tel[ée]fono)",
        "do not call me again on my mobile",
    ),
    (r"huwag (?:niyo|nyo|mo|n'yo)(?: na)?(?: po)? (?:akong|ako) i-?text", "do not text me"),
    (
        r"(?:ma|la|mat) (?:tetasel|tetassel|tetwasal|tkallemni|tkalemni) (?:3alaya|3alayya|beya|biya) "
        r"(?:3al|3ala|ala) ?(?:el )?(?:mobile|mobail|mobayl|telefon|phone)",
        "do not call me on my mobile",
    ),
    (
        r"n[ãa]o (?:quero|queremos|desejo|pretendo) receber mais (?:nenhum|qualquer) (?:contacto|contato)"
        r"(?: (?:da vossa parte|de vossa parte|de voc[êe]s|vosso))?(?! (?:sobre|para|de vagas|em|no|na|por)\b)",
        "do not want any more contact",
    ),
    (
        r"(?:ma|la|mat) (?:tetwasal|tetasel|tetassel|titwasal|tetawasal) (?:m3aya|m3ay|m3ai|ma3y|ma3aya|3alaya|"
        r"3alayya)(?: (?:tani|thani|tany|marra tanya|abadan))",
        "do not contact me again",
    ),
)
