"""Czech, Hungarian and Bulgarian stop phrases, each mapped to the English opt-out the rules
already know.

Part of the table ``reading.foreign_opt_outs`` joins. A stop is contact refused as such: the
general verb ("nekontaktujte mě", "ne keressenek", "не ме търсете"), a channel's verb only with
"no more" ("už nevolejte", "ne hívjanak többet", "не ми се обаждайте повече"), or an erasure
("smažte mé údaje", "töröljék az adataimat", "изтрийте данните ми"). A time, a place, a channel
or a kind of mail after it ("nevolejte mi do práce", "munkaidőben ne hívjanak", "спрете
бюлетина") narrows it and has no entry; each pattern ends where the clause does.
"""

from __future__ import annotations

# After a stop: the end of the clause, or "and", please, thanks, "I am not interested".
_CS_ENDS = r"(?=\s*(?:[.!;,]|$|a\b|prosím\b|prosim\b|děkuji|dekuji|díky|diky))"
_HU_ENDS = r"(?=\s*(?:[.!;,]|$|és\b|es\b|kérem|kerem|köszönöm|koszonom))"
_BG_ENDS = r"(?=\s*(?:[.!;,]|$|и\b|моля|благодаря))"

# Czech: "me" (and the third person of a consultant's note), "no more", "please"
_CS_ME = r"(?:mě|mne|me|mi|ji|jí|ho|jej|nás|nas)"
_CS_MORE = r"(?:už|uz|již|jiz|více|vice|víc|vic|nikdy|už nikdy|uz nikdy|nadále|nadale)"
_CS_PLEASE = r"(?:prosím|prosim)"
_CS_CONTACT = r"(?:nekontaktujte|nekontaktuj|neobtěžujte|neobtezujte|neozývejte se|neozyvejte se)"
_CS_CHANNEL = (
    r"(?:nevolejte|nevolej|nepište|nepiste|nepiš|nepis|neposílejte|neposilejte|nevypisujte)"
)
# what may stand between the parts: "už mě prosím nekontaktujte", "nekontaktujte mě už prosím"
_CS_FILL = rf"(?:(?:{_CS_ME}|{_CS_MORE}|{_CS_PLEASE}) )*"
_CS_TAIL = rf"(?: (?:{_CS_ME}|{_CS_MORE}|{_CS_PLEASE}))*"

# Hungarian: "no more", "in future", "please"
_HU_MORE = (
    r"(?:többet|tobbet|többé|tobbe|soha többé|soha tobbe|a jövőben|a jovoben|ezentúl|ezentul)"
)
_HU_PLEASE = r"(?:kérem|kerem|kérlek|kerlek)"
_HU_CONTACT = (
    r"(?:ne keressenek|ne keressen|ne keress|ne keressetek|ne zaklassanak|ne zaklasson|"
    r"ne vegyék fel velem a kapcsolatot|ne vegyek fel velem a kapcsolatot)"
)
_HU_CHANNEL = (
    r"(?:ne hívjanak|ne hivjanak|ne hívjon|ne hivjon|ne írjanak|ne irjanak|ne írjon|ne irjon)"
)
_HU_FILL = rf"(?:(?:{_HU_MORE}|{_HU_PLEASE}),? )*"

# Bulgarian: "no more" ("повече", "вече"), "please"
_BG_MORE = r"(?:повече|вече|никога повече|никога)"
_BG_CONTACT = (
    r"(?:не ме търсете|не ме търси|не ме безпокойте|не ме безпокой|не ме закачайте|"
    r"не се свързвайте с мен|не се свързвайте с нея|не се свързвайте с него|не я търсете|не го търсете)"
)
_BG_CHANNEL = r"(?:не ми се обаждайте|не ми звънете|не ми пишете|не ми изпращайте|не ми пращайте)"

CS_HU_BG: tuple[tuple[str, str], ...] = (
    # Czech: "už mě prosím nekontaktujte", "nekontaktujte mě", "neobtěžujte mě už"
    (rf"{_CS_FILL}{_CS_CONTACT}{_CS_TAIL}{_CS_ENDS}", "do not contact me again"),
    # "už mi nevolejte", "nevolejte mi už", "nepište mi už nikdy" - "nevolejte mi do práce" is no stop
    (
        rf"(?:{_CS_PLEASE} )?{_CS_MORE} (?:{_CS_ME} )?(?:{_CS_PLEASE} )?{_CS_CHANNEL}(?: {_CS_ME})?"
        rf"(?: {_CS_PLEASE})?{_CS_ENDS}|{_CS_CHANNEL} {_CS_ME}(?: {_CS_PLEASE})? {_CS_MORE}"
        rf"(?: {_CS_PLEASE})?{_CS_ENDS}",
        "do not contact me again",
    ),
    # "smažte (prosím) mé / moje (osobní) údaje", "vymažte mě z databáze"
    (
        rf"(?:smažte|smazte|vymažte|vymazte|odstraňte|odstrante)(?: {_CS_PLEASE})? (?:mé|me|moje|všechny "
        r"moje|vsechny moje|její|jeho) (?:osobní |osobni )?(?:údaje|udaje|data|kontakty|životopis|zivotopis)",
        "delete my data",
    ),
    (
        rf"(?:smažte|smazte|vymažte|vymazte|odstraňte|odstrante|vyřaďte|vyradte)(?: {_CS_PLEASE})? "
        r"(?:mě|mne|me|ji|ho) (?:z|ze) (?:vaší |vasi |své |sve )?(?:databáze|databaze|systému|systemu|"
        r"evidence|seznamu)" + _CS_ENDS,
        "remove me from your database",
    ),
    # Hungarian: "a jövőben ne keressenek", "ne keressenek többet", "kérem, ne keressen"
    (rf"{_HU_FILL}{_HU_CONTACT}(?: {_HU_MORE})?{_HU_ENDS}", "do not contact me again"),
    # "ne hívjanak többet", "többet ne írjanak" - "munkaidőben ne hívjanak" is no stop
    (
        rf"{_HU_MORE} (?:{_HU_PLEASE},? )?{_HU_CHANNEL}{_HU_ENDS}|{_HU_CHANNEL} {_HU_MORE}{_HU_ENDS}",
        "do not contact me again",
    ),
    # "töröljék (ki) az adataimat", "töröljenek az adatbázisukból", "töröljön a listáról"
    (
        r"(?:töröljék|toroljek|törölje|torolje)(?: ki)? (?:az )?(?:összes |osszes |személyes |szemelyes )*"
        r"(?:adataimat|adatait|elérhetőségeimet|elerhetosegeimet|önéletrajzomat|oneletrajzomat)",
        "delete my data",
    ),
    (
        r"(?:töröljenek|toroljenek|töröljön|toroljon|vegyenek ki|vegyen ki) (?:az |a )?(?:adatbázisukból|"
        r"adatbazisukbol|adatbázisból|adatbazisbol|rendszerükből|rendszerukbol|rendszerből|rendszerbol|"
        r"listáról|listarol|nyilvántartásukból|nyilvantartasukbol)",
        "remove me from your database",
    ),
    # Bulgarian: "не ме търсете (повече)", "повече не ме търсете"
    (rf"(?:{_BG_MORE} )?{_BG_CONTACT}(?: {_BG_MORE})?{_BG_ENDS}", "do not contact me again"),
    # "не ми се обаждайте повече", "повече не ми пишете" - "не ми звънете сутрин" is no stop
    (
        rf"{_BG_MORE} {_BG_CHANNEL}{_BG_ENDS}|{_BG_CHANNEL} {_BG_MORE}{_BG_ENDS}",
        "do not contact me again",
    ),
    # "не желая да получавам (повече) оферти / съобщения"
    (
        r"не (?:желая|искам|желае|иска) (?:повече )?да (?:получавам|получава) (?:повече )?(?:никакви )?"
        r"(?:оферти|съобщения|имейли|обаждания|предложения)" + _BG_ENDS,
        "does not want any more messages",
    ),
    # "изтрийте данните ми", "изтрийте моите (лични) данни", "изтрийте ме от базата"
    (
        r"(?:изтрийте|изтрий|премахнете) (?:(?:моите|личните ми|всички мои) )?(?:лични )?данни(?:те ми)?",
        "delete my data",
    ),
    (
        r"(?:изтрийте|изтрий|премахнете|махнете|извадете) (?:ме|я|го) от (?:вашата |вашия )?"
        r"(?:база(?:та)?(?: данни)?|списъка|системата)" + _BG_ENDS,
        "remove me from your database",
    ),
)

# A stop taken back in a later note: "meggondoltam magam, írjanak nyugodtan", "rozmyslel jsem si
# to, klidně mi pište" - a change of mind and then contact invited, which lifts only an earlier stop.
TAKEN_BACK: tuple[tuple[str, str], ...] = (
    (
        r"meggondoltam magam|meggondolta magát|meggondolta magat|rozmyslel(?:a)? jsem si to|"
        r"rozmyslel(?:a)? si to|размислих|промених решението си",
        "changed my mind",
    ),
    (
        r"(?:írjanak|irjanak|keressenek|írhatnak|irhatnak|kereshetnek) nyugodtan|nyugodtan "
        r"(?:írjanak|irjanak|keressenek|írhatnak|irhatnak|kereshetnek)|klidně (?:mi |mě |me )?"
        r"(?:pište|piste|volejte|kontaktujte|ozvěte se|ozvete se)|(?:пишете|обаждайте се) ми спокойно",
        "you can contact me",
    ),
)
