"""Tagalog and Taglish cue phrases: stops with their particles in any order ("wag nyo na po
akong i-text", "huwag na po ninyo akong kontakin ulit"), removal of a number or one's info from
our list or system ("paki-remove na rin number ko sa list nyo", "paki-delete po lahat ng info
ko", "pakitanggal na ako sa listahan nyo"), and a request not to be put in our pooling again ("wag nyo na akong isama sa pooling").

``reading.foreign`` puts these tables in front of its own. A stop for a while ("wag muna",
"for now") or at a time of day ("wag po akong i-text during shift") has no entry: a Taglish
stop must say "na" (no more), "ulit" (again) or "kahit kailan" (ever).
"""

from __future__ import annotations

# The small words between "wag" and the person, in any order: "nyo na po", "na po nyo".
_PARTICLE = r"(?:po|nyo|niyo|n'yo|ninyo|mo|ho)"
_ME = r"(?:akong|ako|kong|siyang|siya|syang|sya|kaming|kami)"
_CONTACT = (
    r"(?:i-?|ma-?|mag-?)?(?:contact|kontakin|kontak|message|mensahe|text|txt|tawagan|call|email|pm|chat|"
    r"guluhin|istorbohin|abalahin)"
)
_AGAIN = r"(?:ulit|uli|kahit kailan|kailanman|ever|forever|never again)"
_MINE = r"(?:ko|namin|nya|niya)"
_MY_DATA = (
    rf"(?:(?:lahat ng|ang|yung|mga) )?(?:number|no\.?|phone number|info|information|data|details|"
    rf"contact details|pangalan|name|cv|resume|profile|records?) {_MINE}"
)
_OUR_LIST = r"(?:list|listahan|database|system|records?|pool|pooling|files?)"

OPT_OUTS: tuple[tuple[str, str], ...] = (
    # "wag nyo na po ako i-message ulit": "na" (no more) somewhere among the particles
    (
        rf"(?:wag|huwag) (?:{_PARTICLE} ){{0,3}}na (?:{_PARTICLE} ){{0,3}}{_ME} {_CONTACT}",
        "do not contact me again",
    ),
    # "wag na kayong mag-text ulit", "huwag na po kayong tumawag": said to the ones who write, "you"
    # ("wag na kayong mag-alala", don't worry, names no contact)
    (
        rf"(?:wag|huwag) (?:{_PARTICLE} ){{0,3}}na (?:{_PARTICLE} ){{0,3}}(?:kayong|kayo) {_CONTACT}",
        "do not contact me again",
    ),
    # "tigilan nyo na ako", "tigilan mo na po kami": leave me alone (the end of the clause after
    # it: "tigilan nyo na ako sa tawag, text na lang" names one channel)
    (
        rf"tigilan (?:{_PARTICLE} ){{0,3}}na (?:{_PARTICLE} ){{0,2}}(?:ako|kami)(?: (?:na|po))*(?= *(?:[.!,;]|$))",
        "leave me alone",
    ),
    # "wag po akong i-text kahit kailan": no "na", but "ever" or "again" after it
    (
        rf"(?:wag|huwag) (?:{_PARTICLE} ){{0,3}}{_ME} {_CONTACT}(?: (?:na|po))* {_AGAIN}",
        "do not contact me again",
    ),
    # "wag nyo na akong isama sa pooling nyo": no longer to be put in our pool or list
    (
        rf"(?:wag|huwag) (?:{_PARTICLE} ){{0,3}}na (?:{_PARTICLE} ){{0,3}}{_ME} (?:isama|i-?include|"
        rf"ilagay|isali|i-?pool)(?: (?:na|po))* sa {_OUR_LIST}",
        "remove me from your list",
    ),
    # "pakitanggal na po ako sa listahan nyo", "paki-remove mo na ako sa database": the person
    # taken off our list (a list that is someone else's, "sa listahan ng Carnival", narrows it)
    (
        rf"(?:paki-?|pa-?)?(?:remove|delete|tanggalin|tanggal|alisin|alis|burahin)(?: (?:na|po|rin|din|nyo|niyo|"
        rf"ninyo|mo|lang|lamang|nalang))* {_ME}(?: (?:na|po|rin|din))* sa {_OUR_LIST}(?: (?:nyo|niyo|ninyo|n'yo|po|na))*"
        rf"(?= *(?:[.!,]|$))",
        "remove me from your list",
    ),
    # "ayaw ko na po makatanggap ng messages sa inyo", "ayoko na ng text nyo": no more messages
    # from us; the clause must end there ("... habang nasa barko", while at sea, or "... tungkol
    # sa Carnival", about one employer, narrows it and has no entry)
    (
        r"(?:(?:ayaw ko|ayoko|ayaw niya|ayaw nya|ayaw nila|ayaw namin) na|ayaw na(?: (?:po|ho))? "
        r"(?:ko|niya|nya|nila|namin))(?: (?:po|pong|talaga|ho|hong))* "
        r"(?:(?:makatanggap|tumanggap|makakuha) (?:ng|ng mga) )?(?:messages?|mensahe|texts?|txt|emails?|tawag|"
        r"calls?|chat|pm)(?: (?:mula |galing )?(?:sa inyo|sa inyong company|nyo|niyo|ninyo|from you)"
        r")?(?: (?:po|na|ho))*(?= *(?:[.!,]|$))",
        "do not contact me again",
    ),
    # "paki-remove na rin number ko sa list nyo", "paki-delete na po lahat ng info ko"
    (
        rf"(?:paki-?|pa-?)?(?:remove|delete|tanggalin|tanggal|burahin|alisin|erase)(?: (?:na|po|rin|din|nyo|niyo))* "
        rf"{_MY_DATA}(?:(?: (?:na|po|rin|din))* sa {_OUR_LIST}|(?= *(?:[.!]|$|,? ?(?:salamat|thank|thanks|"
        rf"po\b))))",
        "remove my details from your list",
    ),
)

# Shifts, ways of working and company size in Taglish: "day shift lang siya pwede", "hindi na
# ako pwede sa graveyard", "ok na ako sa graveyard", "kahit graveyard, basta fixed", "pwede na po
# ako onsite", "gusto nya sa maliit na company", "sa malalaking BPO lang sya".
WORDS: tuple[tuple[str, str], ...] = (
    (
        r"(?:mid or day|day or mid|day|mid|morning|am) shift (?:lang|nalang|na lang)(?: (?:siya|sya|ako|po))*"
        r"(?: (?:pwede|kaya))?(?: (?:na|po|sana))*",
        "day shift only, no night shifts",
    ),
    (
        r"hindi (?:na )?(?:po )?(?:ako |siya |sya )?(?:na )?(?:pwede|kaya|kakayanin)(?: na)?(?: po)?(?: (?:sa|ang|ng))?"
        r"(?= (?:graveyard|night|gabi))",
        "can't do",
    ),
    (
        r"(?:ok|okay|g|game|sanay) na (?:po )?(?:ako|siya|sya) sa(?= (?:graveyard|night|gabi))|"
        r"kahit(?= (?:graveyard|night))",
        "fine with",
    ),
    (r"graveyard(?: shift)?s?", "night shifts"),
    (
        r"pwede na (?:po )?(?:ako|siya|sya)(?= (?:sa )?(?:onsite|on-site|office|opisina))",
        "now fine with",
    ),
    (r"(?:sa )?maliit na (?:company|kumpanya|bpo|site)", "a small company"),
    (r"sa malalaking (?:bpo|company|companies|kumpanya)s? lang", "only large companies"),
    # "kapag tapos na ang school year sa April", "pagkatapos ng Holy Week": a wait for an end
    # ("tapos na ang project", it's done, names no wait)
    (
        r"(?:kapag|pag|kung|'pag) tapos na (?:po )?(?:ang|yung|'yung|ung)|pagkatapos (?:ng|nang|ng mga)",
        "after",
    ),
    # moving home: "hindi po ako lilipat ng Manila" (won't move to Manila), "ready na po ako lumipat
    # ng Metro Manila" (ready to move there); "lumipat ng company" (change employers) is no move
    (
        r"hindi (?:na )?(?:po )?(?:ako |siya |sya |kami )?(?:po )?(?:na )?(?:lilipat|lumipat|magli-?lipat|"
        r"magre-?relocate|mag-?relocate)(?!(?: (?:sa|ng))? (?:company|kumpanya|trabaho|work|bpo|account)\b)"
        r"(?: (?:sa|ng|papuntang))?",
        "won't relocate to",
    ),
    (
        r"(?:ready|handa|willing|game|open|pwede|g)(?: na)?(?: po)?(?: (?:ako|siya|sya|kami))?(?: na)?(?: po)? "
        r"(?:lumipat|lilipat|mag-?relocate|magre-?relocate)(?!(?: (?:sa|ng))? (?:company|kumpanya|trabaho|work|bpo|"
        r"account)\b)(?: (?:sa|ng|papuntang))?",
        "ready to relocate to",
    ),
    # the daily journey refused: "ayoko na po mag-commute ng 3 oras papuntang Makati araw-araw"
    # (won't commute three hours to Makati every day); "okay lang mag-commute" has no entry
    (
        r"(?:ayoko|ayaw ko|ayaw niya|ayaw nya|ayaw na niya|hindi ko na kaya)(?: na)?(?: po)? "
        r"(?:mag-?commute|bumiyahe|magbiyahe|bumyahe)(?: ng)?",
        "won't commute",
    ),
    (r"(?<=\d )oras", "hours"),
    (r"(?<=hours )papuntang|(?<=hours )papunta (?:sa|ng)", "to"),
    (r"araw-araw|araw araw|everyday", "every day"),
    # back and free, said as a change: "uwi na po ako ngayon" (I'm home now), "nakauwi na sya"
    # (she's home), "available na po agad" (available right away); "uuwi" (will go home) is a plan
    (
        r"(?:nakauwi|umuwi|uwi) na(?: (?:po|ho))? (?:ako|siya|sya|kami)(?: (?:po|ho))?(?: ngayon)?|"
        r"(?:nakauwi|nakabalik|bumalik) na(?: (?:po|ho))? (?:ako|siya|sya|kami)(?= *(?:[.,!]|$))",
        "i'm back home now",
    ),
    (
        r"available na(?: (?:po|ho))?(?: (?:ako|siya|sya|kami))?(?: (?:po|ho))? agad",
        "available right away",
    ),
    (
        r"available na(?: (?:po|ho))?(?: (?:ako|siya|sya|kami))?(?: (?:po|ho))? ngayon",
        "available now",
    ),
    # "regular lang po", "regular na lang": a permanent seat only (the Philippines' "regular")
    (
        r"(?:regular|permanent|perm)(?: na)? (?:lang|lamang|nalang)(?: (?:po|siya|sya|ako|talaga))*",
        "permanent only",
    ),
)

# Phrases that begin with a one-word cue of ``reading.foreign`` ("ayaw ng"): read before it.
CUES: tuple[tuple[str, str], ...] = (
    (
        r"gusto (?:na |ng |nya |niya |ko )?regular(?: na (?:contract|trabaho|work|job))?",
        "wants a permanent contract",
    ),
    (r"ayaw (?:na )?ng regular(?: na (?:contract|trabaho|work|job))?", "no permanent contract"),
    (r"gusto (?:nya|niya|ko|nila)(?: sa)?(?= maliit)", "wants"),
    # "may sariling small business sya": their own business, no wish about our company's size
    (r"may sariling (?:small |maliit na )?(?:business|negosyo)", "runs a side business"),
)
