"""Working hours and rosters in Spanish and Portuguese notes, rewritten into the English the
schedule rules know:

- a schedule they want to leave: "quer sair do sobreaviso", "quiere dejar los turnos rotativos"
  is "wants out of" it, a refusal (a "no" before it, "no quiere dejar la guardia", is no refusal;
  "quero sair de SP" leaves a city, and is left to the older tables);
- no more of it: "não aceita mais plantão", "não faço mais noturno";
- weekends kept free: "fins de semana livres", "fines de semana libres" are "weekends off";
- the working week kept to: "solo de lunes a viernes", "só de segunda a sexta" is "Mon-Fri only".

``reading.foreign_tables`` puts this table in front of ``reading.foreign_words``.
"""

from __future__ import annotations

_NOT = r"(?<!\bno )(?<!\bn[ãa]o )(?<!\bnunca )"
# What is left: a roster, the hours, office attendance ("quero sair de SP" leaves a city, read
# elsewhere; "quiero salir de la oficina" may be for the field as much as for home: left alone)
_ROSTER = (
    r"sobreaviso|plant[ãa]o|plant[õo]es|turnos?\b|guardias?\b|noturno|nocturno|escalas?\b|horarios?\b|"
    r"hor[áa]rio|fin(?:es)? de semana|fins de semana|madrugadas?\b|presencial|"
    r"rotativ|[0-9]x[0-9]"
)

WORDS: tuple[tuple[str, str], ...] = (
    (
        rf"{_NOT}(?:(?:quer|quero|queria|precisa|preciso) (?:sair|se livrar) d[eoa]s?|(?:quiere|quiero|quisiera|"
        r"necesita|necesito) (?:dejar|salir de|salirse de)(?: (?:el|la|los|las))?|(?:quer|quero) (?:largar|"
        rf"deixar)(?: (?:o|a|os|as))?)(?= (?:{_ROSTER}))",
        "wants out of",
    ),
    # "não aceita mais plantão", "não faço mais noturno": no more of it
    (r"n[ãa]o (?:aceita|aceito|faz|fa[çc]o|topa|topo|pega|pego) mais", "won't"),
    # "quiere dejar de viajar": wants to stop doing it
    (rf"{_NOT}(?:quiere|quiero|quisiera) dejar de", "wants to stop"),
    (
        r"(?:fins|finais|fim) de semana livres?|(?:fines|fin) de semana libres?|(?:fines|fin) de semana "
        r"(?:para|con) (?:la familia|mi familia|sus hijos|los ni[ñn]os)",
        "weekends off",
    ),
    (
        r"(?:s[óo]lo|solamente|s[óo]) (?:de )?(?:lunes a viernes|segunda a sexta)",
        "Mon-Fri only",
    ),
)
