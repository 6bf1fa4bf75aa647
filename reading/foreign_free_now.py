"""Free now, said in Spanish, Portuguese and Italian (joined to the shared tables in
``reading.foreign_tables``): the thing waited on called off and a word that they can talk or
start today, which lifts a wait said before, as "project cancelled, I can talk now" does in English.

"se canceló el proyecto, ya puedo hablar", "ya estoy disponible", "o projeto foi cancelado, já
posso falar", "progetto annullato, ora sono disponibile". A bare "disponible" is no change ("estoy
disponible en marzo" names its month, which the wait tables read).
"""

from __future__ import annotations

WAITS: tuple[tuple[str, str], ...] = (
    # "ya puedo hablar", "ahora ya puedo empezar", "já posso falar", "ora posso parlare"
    (
        r"(?:ya|ahora ya|ahora|j[áa]|agora|ora|adesso) (?:puedo|posso) (?:hablar|charlar|conversar|"
        r"empezar|comenzar|falar|come[çc]ar|parlare|iniziare)",
        "i can talk now",
    ),
    # "ya estoy disponible", "estoy disponible ya", "já estou disponível", "ora sono disponibile",
    # "disponible de inmediato", "disponibile da subito"
    (
        r"(?:(?:ya|j[áa]|ora|adesso) (?:estoy|estou|sono) (?:disponible|dispon[íi]vel|disponibile|libre|"
        r"livre|libera|libero)|(?:estoy|estou|sono) (?:disponible|dispon[íi]vel|disponibile|libre|livre|"
        r"libera|libero) (?:ya|j[áa]|da subito|de inmediato|desde ya|imediatamente|subito))",
        "i'm available right now",
    ),
)

WORDS: tuple[tuple[str, str], ...] = (
    # the thing waited on called off: "se canceló", "lo cancelaron", "foi cancelado", "annullato"
    (
        r"se cancel[óo]|(?:fue |foi )?cancelad[oa]s?|cancelaron|cancelaram|(?:è |e' )?"
        r"(?:annullat|cancellat)[oaie]",
        "cancelled",
    ),
)
