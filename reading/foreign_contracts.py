"""Contract kinds in Spanish, Italian, German, French, Portuguese, Romanian and Dutch, for notes and roles.

A recruiter abroad writes the kind of contract in the local word: a permanent seat is
"indefinido", "fijo", "a tempo indeterminato", "unbefristet", "CDI", "prazo indeterminado",
"CLT", "sem termo", "contract de muncă" (CIM) or "vast contract"; a fixed term is "temporal", "de temporada", "a tempo determinato",
"befristet", "CDD", "prazo determinado", "a termo", "a prazo" or "tijdelijk"; agency or on-call work is "intérim",
"a chiamata" or "uitzendwerk"; a contractor is "PJ", "recibos verdes" or a Romanian "PFA". Each maps onto the English word the
contract facet knows, on both sides: ``NOTES`` joins the notes' phrase table
(``reading.foreign``), ``ROLES`` the role's (``reading.role_foreign``).

A note's refusal is said with the language's own "no" before the kind ("pas de CDD", "geen
tijdelijk contract", "niente contratti a chiamata", "não quer PJ"), which the English reader
does not know: the refusal and the kind are taken as one phrase and given as "no <kind>", so
the "no" of another clause ("não" as an answer, Italian "non" in "non-stop") is left alone.
"""

from __future__ import annotations

# the kinds, as a note writes them (matched case-insensitively, as whole words)
_PERMANENT = (
    r"unbefristet\w*(?: (?:stelle|vertrag|arbeitsvertrag|anstellung|job))?|festanstellung|"
    r"feste? (?:stelle|anstellung)|"
    r"(?:un |una |algo |contrato |puesto |trabajo |empleo )?indefinid[oa]|"
    r"(?:un |algo |contrato |puesto |trabajo |empleo )fijo(?! discontinuo)|"
    r"(?:un |il |contratto |contratti |contrat )?(?:a )?tempo indeterminato|"
    r"(?:un |le |en |contrat )?cdi|contrat (?:à|a) dur[ée]e ind[ée]termin[ée]e|"
    r"(?:contrato )?(?:por )?prazo indeterminado|(?:a |o |contrato )?clt|carteira assinada|"
    r"(?:een )?vaste? (?:contract|aanstelling|baan|dienstverband)|contratto fisso|"
    # Portugal's "contrato sem termo"; Romania's employment contract ("contract de muncă", CIM)
    r"(?:contratos? |um )?sem termo|contract(?:ul)? (?:individual )?de munc[ăa](?: \(cim\))?|"
    r"\(?cim\)?|(?:contract )?pe (?:o )?(?:perioadă|perioada) (?:nedeterminată|nedeterminata)"
)
_FIXED_TERM = (
    r"befristet\w*(?: (?:stelle|vertrag|arbeitsvertrag|anstellung|job))?|befristung|"
    r"(?:un |una |algo |contratos? |puestos? |trabajos? |empleos? )?(?:temporal(?:es)?|"
    r"de temporada|eventual(?:es)?)|"
    r"(?:un |il |contratto |contratti |contrat )?(?:a )?tempo determinato|"
    r"(?:un |le |en |contrat |les )?cdd|contrat (?:à|a) dur[ée]e d[ée]termin[ée]e|"
    r"(?:contrato )?(?:por )?prazo determinado|contrato tempor[áa]rio|"
    r"(?:een )?tijdelijke? (?:contract|aanstelling|baan|dienstverband|contracten)|"
    # Portugal's fixed term: "contrato a termo (certo)", "contratos a prazo"; Romania's
    r"contratos? a (?:termo(?: certo| incerto)?|prazo)|a termo (?:certo|incerto)|"
    r"(?:contract )?pe (?:o )?(?:perioadă|perioada) (?:determinată|determinata)"
)
_CONTRACT = (
    r"(?:l'|en |une mission d'|mission d'|d')?int[ée]rim(?:aire)?|"
    r"(?:un |il |contratto |contratti |lavoro |lavori )?a chiamata|uitzendwerk|via (?:een|het) uitzendbureau|"
    r"(?:a |o |como |via |contrato |contrata[çc][ãa]o )?pj|"
    # Portugal's self-employed "recibos verdes"; Romania's PFA (an authorised sole trader)
    r"(?:a |em |com )?recibos verdes|(?:pe |prin |ca |cu )?pfa"
)
_FIJO_DISCONTINUO = r"(?:un |contrato )?fijo discontinuo"
# The season itself as the kind of contract, without "de": "solo temporada", "mejor temporada",
# "quiere temporada de verano". Only after a word that wants or limits it: "la temporada alta"
# (peak season) and "hasta que acabe la temporada" (a wait) are no contract.
_SEASON_WANTED = (
    r"(?:(?<=\bsolo )|(?<=\bsólo )|(?<=\bmejor )|(?<=\bquiere )|(?<=\bquiero )|(?<=\bbusca )|"
    r"(?<=\bbusco )|(?<=\bprefiere )|(?<=\bprefiero ))(?:una |la )?temporada(?: de (?:verano|invierno))?"
    r"(?=\s*(?:$|[.,;!]))"
)

# a refusal in the language of the kind: "pas de", "jamais en", "keine", "niente", "geen", "não quer"
_NO = (
    r"(?:pas d'|plus d'|ne veut pas d'|(?:pas de|pas en|plus de|jamais en|ne veut pas(?: de| en| un| une)?|"
    r"keine?n?|nicht|nichts|niente(?: pi[uù])?|nessun[oa]?|no|non vuole(?: pi[uù])?|non accetta|nada(?: de)?|sin|"
    r"no quiere(?: m[áa]s)?|no acepta|ni|n[ãa]o (?:quer|aceita|topa)(?: mais)?|n[ãa]o|sem|geen|niet|"
    r"wil geen|wil niet|"
    # Romanian: "nu lucrez pe PFA", "nu vreau", "nu mai accept"
    r"nu(?: mai)?(?: lucrez| vreau| accept| semnez)?|chega de) )"
)

NOTES: tuple[tuple[str, str], ...] = (
    (rf"{_NO}(?:{_FIXED_TERM}|tijdelijk)", "no fixed term"),
    (rf"{_NO}(?:{_CONTRACT})", "no contract"),
    (rf"{_NO}(?:{_PERMANENT})", "no permanent"),
    # French "que du CDI": only that kind (after a refusal of the other)
    (r"que (?:du|des|en)|seulement (?:du|des|en)|uniquement (?:du|des|en)", "only"),
    (_FIXED_TERM, "fixed term"),
    (_SEASON_WANTED, "fixed term"),
    (_CONTRACT, "contract"),
    (_FIJO_DISCONTINUO, "permanent"),
    (_PERMANENT, "permanent"),
)

ROLES: tuple[tuple[str, str], ...] = (
    (
        r"contrat (?:à|a) dur[ée]e d[ée]termin[ée]e|(?:contrat |poste en )?cdd|"
        r"(?:contratto )?a tempo determinato|tijdelijke? (?:contract|aanstelling|dienstverband)|"
        r"(?:contratos? |trabajos? |puestos? )?de temporada|contratos? eventual(?:es)?|"
        r"contratos? a (?:termo(?: certo| incerto)?|prazo)",
        "fixed-term",
    ),
    (
        r"contrat (?:à|a) dur[ée]e ind[ée]termin[ée]e|(?:contrat |poste en )?cdi|"
        r"(?:contratto )?a tempo indeterminato|vaste? (?:contract|aanstelling|dienstverband)|"
        r"contrato fijo(?: discontinuo)?|fijo discontinuo|prazo indeterminado|contrato sem termo|"
        r"contract (?:individual )?de munc[ăa]",
        "permanent",
    ),
    (
        r"(?:une )?mission d'int[ée]rim|int[ée]rim(?:aire)?|(?:contratto |lavoro )?a chiamata|"
        r"uitzendwerk|via (?:een|het) uitzendbureau|(?:via |prin |pe )?pfa|(?:a |em )?recibos verdes",
        "contract role",
    ),
)
