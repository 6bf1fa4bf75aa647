"""Dutch and Flemish stops the older table (``reading.foreign_stops_pl_nl_it``) does not hold,
and the people a stop may come from, rewritten into the English the rules know (joined to them
in ``reading.foreign_tables``):

- struck off the list, in the Flemish "ge moogt mij schrappen (uit uw bestand)", "je mag me
  schrappen", "schrap mij maar": remove me from your database;
- unsubscribing from everything: "wil zich volledig uitschrijven", "schrijf me overal uit"; not
  from one list ("uitschrijven voor de nieuwsbrief", "... van de job alerts"), which stays a
  scoped stop;
- "(ik wil) niks / niets meer ontvangen" with nothing after it narrowing what;
- the data erased by someone else's hand: "gegevens laten verwijderen";
- a stop lifted: "wil toch weer op de hoogte gehouden worden" (kept in the loop again);
- who asked, when it is not the person: "haar man", "haar vriend", "zijn vrouw" (her husband,
  his wife), so that "haar man belde: hij wil niet meer benaderd worden" is his stop, not hers,
  and "Janneke zelf staat open" (she herself is open) says it at once.
"""

from __future__ import annotations

# One list named after the stop makes it a scoped one: the newsletter, the job alerts, a vacancy.
_ONE_LIST = (
    r"(?! *(?:voor|van|uit|bij) (?:de|het|die|deze|jullie|uw) (?:\w+ )?(?:nieuwsbrief|mailing|"
    r"mailinglijst|vacature|vacatures|job ?alerts?|vacature-?alerts?|alerts?|functie|rol|lijst voor))"
)

OPT_OUTS: tuple[tuple[str, str], ...] = (
    # "ge moogt mij schrappen (uit uw bestand)", "je mag me schrappen", "schrap mij maar"
    (
        r"(?:(?:ge|gij|je|jij|u|jullie) )?(?:moogt|mag|mogen|moogt gij) (?:mij|me) (?:maar |gerust |gewoon )?"
        r"schrappen(?: uit (?:uw|jullie|je|het|de) (?:bestand|lijst|systeem|database|ats|bestanden))?"
        + _ONE_LIST,
        "remove me from your database",
    ),
    (
        r"schrap (?:mij|me) (?:maar |gerust |alsjeblieft |aub )?(?:uit (?:uw|jullie|je|het|de) "
        r"(?:bestand|lijst|systeem|database|ats))?" + _ONE_LIST,
        "remove me from your database",
    ),
    # "wil geschrapt / verwijderd worden (uit jullie bestand)": the passive of the same
    (
        r"(?:geschrapt|verwijderd|uitgeschreven) (?:te )?worden(?: uit (?:uw|jullie|je|het|de) "
        r"(?:bestand|lijst|systeem|database|ats|bestanden))?" + _ONE_LIST,
        "remove me from your database",
    ),
    # unsubscribing from everything, said of oneself or by the recruiter of them
    (
        r"(?:zich|mij|me|zichzelf) (?:volledig |helemaal |overal |compleet )?(?:laten )?uitschrijven"
        + _ONE_LIST,
        "unsubscribe me from everything",
    ),
    (
        r"schrijf (?:mij|me) (?:overal |volledig |helemaal |maar )?uit" + _ONE_LIST,
        "unsubscribe me from everything",
    ),
    # "ik wil niks meer ontvangen": all we send, nothing after it narrowing it
    (
        r"(?:wil|wilt|willen) (?:niks|niets) meer (?:van (?:jullie|u|jou|je) )?(?:ontvangen|krijgen)"
        r"(?= *(?:[.!;,]|$|merci|bedankt|dank je|dank u|aub|a\.u\.b\.|alsjeblieft))",
        "do not send me anything",
    ),
    # the data erased: "gegevens laten verwijderen", "zijn gegevens wil hij laten verwijderen"
    (
        r"(?<!oude )(?<!oud )(?:al |alle |mijn |zijn |haar |de )?(?:persoons)?gegevens (?:laten|wil laten|"
        r"willen laten) verwijderen(?! (?:van|uit) (?:de|het) (?:referentie|lijst voor))",
        "delete my data",
    ),
)

# Someone close to the person, named as the one who spoke: "haar man belde", "zijn vrouw vroeg".
CUES: tuple[tuple[str, str], ...] = (
    (r"haar (?:man|echtgenoot|vriend|vader|zoon|broer)", "her husband"),
    (r"zijn (?:vrouw|echtgenote|vriendin|moeder|dochter|zus)", "his wife"),
    (r"haar partner", "her partner"),
    (r"zijn partner", "his partner"),
    # a stop lifted: "ik wil toch weer op de hoogte gehouden worden" (not "niet meer op de hoogte")
    (
        r"(?:ik |hij |zij |ze )?(?:wil|wilt|willen) (?:toch )?(?:graag )?(?:weer|opnieuw) op de hoogte "
        r"gehouden (?:worden|blijven)",
        "I want to be kept in the loop again",
    ),
    # "Janneke zelf staat open", "zij zelf wil wel": the person, at once, not the one who asked
    (r"zelf (?:staat|is) (?:wel )?open", "herself is open"),
)
