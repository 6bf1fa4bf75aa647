"""Estonian, Latvian and Lithuanian stops, each mapped to the English opt-out the rules already
know: "palun ärge võtke minuga enam ühendust", "kustutage minu andmed", "vairs nesazinieties ar
mani", "nevēlos saņemt nekādus piedāvājumus", "prašau daugiau su manimi nesusisiekti",
"nebesikreipkite", "manęs daugiau nekontaktuoti".

``reading.foreign_tables`` puts this table in front of ``reading.foreign``'s own. As in
``reading.foreign_nordic``, an entry holds only a stop that ends its clause (or is followed by
"again", "thanks", "never"): a channel, a time or a topic named after it ("ärge helistage, kirjutage
e-posti", "nesūtiet ziņas WhatsApp", "nesisiekite iki sausio") narrows the stop, and it has no
entry and stays unread. A refused call alone ("ärge helistage", "nezvaniet", "neskambinkite") is
the phone only, and is mapped to the English "do not call me", which the rules read as such.
"""

from __future__ import annotations

# The end of the clause: a stop, a dash, "thanks", "and", "never"; nothing that narrows the stop.
_END = r"(?= *(?:[.!,;:—–-]|$|aitäh|tänan|ja\b|paldies|un\b|nekad|ačiū|aciu|dėkui|ir\b|never|thanks?\b))"

# Estonian: "me", "him / her" and "any more" ("minuga", "temaga"; "enam", "rohkem")
_ET_WITH = r"(?:minuga|temaga|meiega)"
_ET_MORE = r"(?:(?:enam|rohkem|kunagi|edaspidi|üldse) )*"
# Latvian: "with me / him / her", "me" (dative), "any more"
_LV_WITH = r"(?:ar mani|ar viņu|ar viņiem|ar mums)"
_LV_ME = r"(?:man|viņam|viņai|mums)"
_LV_MORE = r"(?:(?:vairs|nekad|vairāk|turpmāk|nekādā gadījumā) )*"
# Lithuanian: "with me / him / her", "me" (genitive), "any more"
_LT_WITH = r"(?:su manimi|su juo|su ja|su mumis)"
_LT_ME = r"(?:manęs|manes|jo|jos|mūsų)"
_LT_MORE = r"(?:(?:daugiau|niekada|niekados|nebe|visai) )*"

OPT_OUTS: tuple[tuple[str, str], ...] = (
    # --- Estonian ---------------------------------------------------------------------------------
    # "ärge võtke minuga enam ühendust", "palun ärge minuga enam ühendust võtke", "ärge võtke ühendust"
    (
        rf"ärge (?:{_ET_WITH} )?{_ET_MORE}(?:{_ET_WITH} )?{_ET_MORE}ühendust võtke(?: {_ET_WITH})?"
        rf"(?: (?:enam|rohkem|kunagi))?{_END}|"
        rf"ärge {_ET_MORE}võtke (?:{_ET_WITH} )?{_ET_MORE}ühendust(?: {_ET_WITH})?(?: (?:enam|rohkem))?{_END}|"
        # "ma ei soovi, et minuga (enam) ühendust võetaks", "ta ei soovi enam kontakti"
        r"(?:ei soovi|ei taha),? et (?:minuga|temaga) (?:enam )?ühendust võetaks|"
        rf"(?:ei soovi|ei taha) (?:enam )?(?:mingit )?(?:kontakti|pakkumisi|kirju){_END}",
        "do not contact me again",
    ),
    # "ärge mulle enam kirjutage", "ärge saatke mulle enam pakkumisi"
    (
        rf"ärge (?:mulle |talle )?{_ET_MORE}(?:kirjutage|saatke)(?: (?:mulle|talle))?(?: (?:enam|rohkem))*"
        r"(?: (?:midagi|pakkumisi|kirju|sõnumeid|e-kirju))?(?: (?:enam|rohkem))?" + _END,
        "do not send me anything again",
    ),
    # "kustutage minu andmed", "eemaldage mind oma andmebaasist"
    (
        r"(?:kustutage|kustuta) (?:minu|mu|tema|kõik minu) (?:andmed|profiil|cv)|"
        r"(?:eemaldage|eemalda|kustutage) (?:mind|teda) (?:oma |teie )?(?:andmebaasist|nimekirjast|listist|"
        r"registrist|süsteemist)",
        "delete my data",
    ),
    # --- Latvian ----------------------------------------------------------------------------------
    # "vairs nesazinieties ar mani", "lūdzu nesazināties ar mani vairs"
    (
        rf"{_LV_MORE}(?:nesazinieties|nesazināties|nesazinies|nekontaktējiet|nekontaktēt) {_LV_WITH}"
        rf"(?: (?:vairs|nekad|vairāk))*{_END}|"
        rf"(?:nevēlos|negribu|nevēlas|negrib),? lai {_LV_WITH} {_LV_MORE}sazinās{_END}",
        "do not contact me again",
    ),
    # "vairs nesūtiet man ziņas", "nerakstiet man vairs", "nevēlos saņemt nekādus piedāvājumus"
    (
        rf"{_LV_MORE}(?:nesūtiet|nerakstiet) {_LV_ME}(?: (?:vairs|nekad|vairāk))*(?: (?:ziņas|neko|"
        r"piedāvājumus|e-pastus|vēstules|vakances))?(?: vairs)?" + _END + "|"
        r"(?:nevēlos|negribu|nevēlas|negrib) (?:vairs )?saņemt (?:nekādus |vairs )?(?:piedāvājumus|ziņas|"
        r"e-pastus|vēstules|vakances)" + _END,
        "do not send me anything again",
    ),
    (
        r"(?:izdzēsiet|dzēsiet|izdzēst|dzēst) (?:manus|viņa|viņas) (?:datus|profilu)|"
        r"(?:izņemiet|izslēdziet|dzēsiet) (?:mani|viņu) (?:no )?(?:jūsu )?(?:datubāzes|saraksta|sistēmas)",
        "delete my data",
    ),
    # --- Lithuanian -------------------------------------------------------------------------------
    # "prašau daugiau su manimi nesusisiekti", "su manimi nebesisiekite", "nebesikreipkite į mane"
    (
        rf"(?:{_LT_MORE}{_LT_WITH} {_LT_MORE}(?:nesusisiekti|nesusisiekite|nebesusisiekite|nebesisiekite|"
        rf"nesisiekite|nebesusisiekti)|(?:nesusisiekite|nebesusisiekite|nebesisiekite|nesisiekite) "
        rf"{_LT_WITH}){_END}|"
        rf"nebesikreipkite(?: (?:į mane|į jį|į ją))?{_END}|"
        rf"(?:{_LT_ME} )?{_LT_MORE}(?:nekontaktuoti|nekontaktuokite|nebekontaktuokite|nebekontaktuoti)"
        rf"(?: {_LT_ME})?{_END}",
        "do not contact me again",
    ),
    # "nerašykite man daugiau", "daugiau nesiųskite man pasiūlymų"
    (
        rf"{_LT_MORE}(?:nerašykite|nebesiųskite|nesiųskite|nebrašykite) (?:man|jam|jai)(?: daugiau)?"
        r"(?: (?:nieko|pasiūlymų|laiškų|žinučių))?" + _END,
        "do not send me anything again",
    ),
    (
        r"(?:ištrinkite|ištrinti|pašalinkite) (?:mano|jo|jos) (?:duomenis|profilį)|"
        r"(?:pašalinkite|išbraukite|ištrinkite) (?:mane|jį|ją) iš (?:savo |jūsų )?(?:duomenų bazės|sąrašo|"
        r"sistemos)",
        "delete my data",
    ),
)
