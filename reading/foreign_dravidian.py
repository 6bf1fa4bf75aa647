"""Tamil, Kannada, Telugu and Malayalam typed in Latin letters (as Indian candidates write on WhatsApp):
a stop said "from now on" or "again" ("inimel call pannaadheenga", "innu mundhe contact
madbedi", "malli call cheyyakandi") and no interest in any job ("yaava job ge interest illa").

``reading.foreign`` puts this table in front of its own, rewritten into the English opt-out the
rules know. As in the Hinglish table, a stop must say "from now on" or "again": a request about
a time or a channel ("next week pesalaam", "sanje call madi", "mail-la contact pannunga") has no
entry and stays unread, and a bare "call pannaadheenga" (don't call, said for now) has none either.
"""

from __future__ import annotations

_WAYS = r"(?:call|phone|contact|message|msg|text|whatsapp|mail|email|thodarbu)"
# Tamil: "inimel" / "ini mel" (from now on), "thirumba" (again), "eppovum" (ever)
_TA_AGAIN = r"(?:inimel|inimael|ini mel|ini mael|inime|thirumba|thirumbavum|eppovum)"
_TA_ME = r"(?:ennai |enna |ennaya |enakku |yenakku |ennaku )"
_TA_DONT = (
    r"(?:kolla?a?the?e?(?:rgal|ngal|nga|ga)|kolla?a?dhe?e?(?:rgal|ngal|nga|ga)|kolla vend?aa?m|"
    r"pann?a?a?(?:th|dh)e?e?(?:ngal|nga|ga|rgal)|panna vend?aa?m|seiya?a?(?:th|dh)e?e?(?:ngal|nga|rgal)|"
    r"seiya vend?aa?m)"
)
# Kannada: "innu mundhe" (from now on), "matte" (again); "madbedi" (don't do it)
_KN_AGAIN = r"(?:innu mundhe|innu munde|inmundhe|inmunde|innu mele|inmele|matte|mathe)"
_KN_ME = r"(?:nanage |nange |nanna |nannannu )"
_KN_DONT = r"(?:maa?da?bedi|maa?da?beda|maa?dbedi|maa?dbeda|maa?dabedi)"
# Telugu: "ika" / "inka" (any more), "malli" (again); "cheyyakandi", "cheyyoddu" (don't do it)
_TE_AGAIN = r"(?:ika|inka|malli|marala)"
_TE_ME = r"(?:naaku |naku |nannu |nanu )"
_TE_DONT = r"(?:chey?y?akandi|chey?y?akudadu|chey?y?o?ddu|chey?y?odhu|chey?y?akunda)"

# Malayalam: "ini" (from now on), "iniyum" (again), "orikkalum" (ever); "vilikkaruthu" (don't
# call), "ayakkaruthu" (don't send), "contact cheyyaruthu", "vilikkenda" (no need to call)
_ML_AGAIN = r"(?:ini orikkalum|iniyum|ini mel|inimel|ini muthal|ini|orikkalum)"
_ML_ME = r"(?:enne |ennae |enikku |enik |ennodu )"
_ML_DONT = (
    r"(?:vilikkaruthu|vilikkaruthe|vilikkaruth|vilikkenda|vilikkanda|vilikkendathilla|"
    r"ayakkaruthu|ayakkaruthe|ayakkenda|cheyyaruthu|cheyyaruthe|cheyyenda|bandhappedaruthu)"
)

OPT_OUTS: tuple[tuple[str, str], ...] = (
    # "ini enne vilikkaruthu", "ini orikkalum vilikkaruthu", "iniyum message ayakkaruthu"; a bare
    # "raavile vilikkaruthu" (not in the morning) says when, and has no entry
    (
        rf"{_ML_AGAIN} {_ML_ME}?(?:(?:oru |onnum )?(?:call|message|msg|mail|whatsapp|contact)(?: um|um)? )?"
        rf"{_ML_DONT}",
        "do not contact me again",
    ),
    # "ente details ellam delete cheyyanam", "ente peru list il ninnu maattanam": erase me (not
    # "ente pazhaya number delete cheyyu", my old number)
    (
        r"ente (?:details|vivarangal|data|profile|cv)(?: ellam| okke| muzhuvan)? "
        r"(?:delete cheyy\w*|neekkam cheyy\w*|kalay\w*)",
        "delete my details",
    ),
    (
        r"ente (?:peru|per|name) (?:ningalude )?(?:list|database)(?: il|il)? (?:ninnu|ninnum|ninn) "
        r"(?:maattanam|maattuka|maattu|maattoo|neekkanam|neekkam cheyy\w*|delete cheyy\w*|kalayanam)",
        "remove me from your list",
    ),
    # "enikku ningalude jolikal venda": no job of ours at all (not "ee joli venda", this one)
    (
        r"enikku (?:ningalude |ninghalude )?(?:jolikal|joli|jobs|job)(?: onnum| onnum thanne)? venda",
        "not interested in any roles",
    ),
    (rf"{_TA_ME}?{_TA_AGAIN} {_TA_ME}?{_WAYS} {_TA_DONT}", "do not contact me again"),
    (rf"{_KN_ME}?{_KN_AGAIN} {_KN_ME}?{_WAYS} {_KN_DONT}", "do not contact me again"),
    (rf"{_TE_ME}?{_TE_AGAIN} {_TE_ME}?{_WAYS} {_TE_DONT}", "do not contact me again"),
    # "yaava job ge interest illa" (Kannada), "endha job-um interest illa" (Tamil): no job at all
    (
        r"(?:yaava|yava|yavude|endha|entha|ethu) (?:job|kelsa|velai|udyoga)(?: ?ge| ?kke|-?um| ?lum)? "
        r"(?:mele |la |le )?interest illa",
        "not interested in any roles",
    ),
)
