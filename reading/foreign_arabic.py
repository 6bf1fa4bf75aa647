"""Gulf and Levantine Arabic as recruiters and candidates type it in Latin letters (with 3 for
ع, 7 for ح, 2 for ء): opt-outs ("la tetasel feeni marra thanya", "la tersel li ay wazayef ba3d
al-yom", "emsa7 raqami"; in Arabic script "أرجو عدم التواصل معي مرة أخرى", "حذف بياناتي") and waits before Eid and Ramadan ("ba3d el 3eed", "lein ramadan").

``reading.foreign`` puts these tables in front of its own. A refusal must say "again", "from
today", "ever" or ask to delete the number or details: "la tetasel feeni bil-leil" (not at
night), "la tettasel 3ala raqam el shoghol" (not on the work number) have no entry.
"""

from __future__ import annotations

_NOT = r"(?:la|laa|ma|mat|mo)"
_CONTACT = (
    r"(?:tet+as+el|tet+as+il|tat+as+al|tat+as+el|tit+as+il|tetwasal|titwasal|tkal+[ei]mni|tekal+[ei]mni|"
    r"tkal+mni|tersel|tersil|tirsel|tirsil|tursel|tursil|trsl|teb3at|tib3at|tab3at|tdig+|tedig+|tdiq|tidiq|tdeg+|"
    r"tez3ej|tiz3ij|tiz3ajni|tez3ajni|tet7aka|t7aki)"
)
_ME = r"(?: (?:feeni|feene|fiy+a|fini|fiya|bey+a|biya|ma3ai|ma3aya|maai|3alay+a?|alay+a|li|lee|liya|lya|lia|ni))?"
_ANY = r"(?: (?:ay+a?|kol|kul)(?: [a-z0-9'-]+)?)?"
_AGAIN = (
    r"(?:marr?a (?:thanya|thaniya|tanya|tanyah|thania|tania|thanyeh|tanyeh)|abadan|ba3d (?:al|el|il)[- ]?yo?u?m|"
    r"ba'?d (?:al|el)[- ]?yo?u?m|baad (?:al|el)[- ]?yo?u?m|m[ie]n (?:al|el)[- ]?yo?u?m|ba3dain|ba3den|ba3deen|"
    r"tani|thani|bat?tan|mara tanya)"
)
_DELETE = r"(?:emsa7|imsa7|emsah|imsah|ems7|msa7|im7i|em7i|sheel|shil|e7zef|i7zif|ihzef|ehzef|i7thif|e7thef)"
_MINE = r"(?:raqami|ra2mi|rakmi|raqmi|nomri|nimrati|ma3lomati|ma3loomati|bayanati|ma3lumati|el cv|al cv|cv)"

# ... and in Arabic script: "أرجو عدم التواصل معي مرة أخرى", "لا تتصلوا بي نهائياً", "احذفوا رقمي".
# The same rule: "again", "at all", "from today" or "ever" must be said, or the number or details
# deleted ("لا تتصل بي صباحاً" - not in the mornings - and "احذف رقمي القديم" - my old number - are not).
_AR_PLEASE = r"(?:(?:أرجو|ارجو|الرجاء|رجاء|رجاءً|من فضلك|لو سمحت|يرجى) )?"
_AR_NOT = r"(?:و?عدم|و?لا)"
_AR_CONTACT = (
    r"(?:التواصل|الاتصال|مراسلتي|تتواصلوا|تتواصل|تتصلوا|تتصل|تراسلوني|تراسلني|تكلموني|تكلمني|ترسلوا لي|"
    r"ترسل لي|إرسال|ارسال)"
)
_AR_ME = r"(?: (?:معي|بي|علي|عليّ|لي))?"
_AR_AGAIN = (
    r"(?:مرة أخرى|مرة اخرى|مره اخرى|مرة ثانية|مجدد[اً]+|نهائي[اًّ]+|أبد[اً]+|ابد[اً]+|بعد الآن|بعد الان|بعد اليوم|"
    r"من اليوم|من الآن|من الان)"
)
_AR_DELETE = r"(?:و?حذف|احذف|احذفوا|امسح|امسحوا|و?مسح|و?إزالة|و?ازالة|أزيلوا|ازيلوا)"
_AR_MINE = r"(?:رقمي|بياناتي|معلوماتي|سيرتي الذاتية|ملفي)"

# Egyptian and Levantine colloquial in Arabic script: the negation wraps the verb ("متبعتليش",
# don't send me; "متكلمنيش", don't call me) and "again" is "تاني"; "... على إيميل الشغل" (not on
# the work email) says no "again" and has no entry.
_EG_NOT_CONTACT = (
    r"(?:م|ما )?(?:ت|تـ)?(?:بعتليش|بعتوليش|بعتلیش|كلمنيش|كلمونيش|تصلش بيا|راسلنيش|راسلونيش|رنليش|"
    r"زعجنيش|ازعجنيش|تواصلش معايا)"
)
_EG_ANY = r"(?: (?:أي|اي|أى|اى)(?: \S+)?)?"
_EG_AGAIN = r"(?:تاني|تانى|تانيه|تانية|خالص|أبد[اًا]*|ابد[اًا]*|بعد كده|من النهارده)"
# Formal Arabic, a wish not to receive any more: "لا أرغب في تلقي أي رسائل منكم بعد اليوم"
_AR_NO_WISH = r"(?:لا|لم أعد|لم اعد) (?:أرغب|ارغب|أريد|اريد|نرغب|يرغب|ترغب|أود|اود)"
_AR_RECEIVE = r"(?:(?:في |ب)?(?:تلقي|استلام|استقبال|تلقّي))"
_AR_MESSAGES = r"(?:رسائل|رسالة|الرسائل|اتصالات|مكالمات|عروض|إيميلات|ايميلات|رسائل بريد)"
# "Stop contacting me": "توقفوا عن التواصل معي نهائياً", "كفوا عن مراسلتي بعد اليوم". The same rule
# as the rest: "for good", "again" or "from today" must follow ("توقف عن الاتصال بي أثناء الدوام",
# not during work hours, has no entry).
_AR_STOP = r"(?:توقفوا|توقف|توقّفوا|توقّف|كفوا|كفّوا|كف|بطلوا|بطّلوا|بطل|اوقفوا|أوقفوا) عن"

OPT_OUTS: tuple[tuple[str, str], ...] = (
    (rf"{_AR_PLEASE}{_EG_NOT_CONTACT}{_EG_ANY} {_EG_AGAIN}", "do not contact me again"),
    (
        rf"{_AR_NO_WISH} {_AR_RECEIVE} (?:أي |اي |أية |اية )?{_AR_MESSAGES}(?: (?:منكم|منك|من شركتكم|من جهتكم))?"
        rf" {_AR_AGAIN}",
        "does not want any more messages",
    ),
    (rf"{_NOT} {_CONTACT}{_ME}{_ANY} {_AGAIN}", "do not contact me again"),
    (rf"{_AR_PLEASE}{_AR_NOT} {_AR_CONTACT}{_AR_ME} {_AR_AGAIN}", "do not contact me again"),
    (rf"{_AR_PLEASE}{_AR_STOP} {_AR_CONTACT}{_AR_ME} {_AR_AGAIN}", "do not contact me again"),
    (
        rf"{_AR_PLEASE}{_AR_DELETE} {_AR_MINE}(?! (?:القديم|القديمة|السابق|السابقة))",
        "delete my details",
    ),
    (
        rf"(?:w |w|wa |u )?{_DELETE} {_MINE}(?! (?:el|al)[- ]?(?:qadeem|qadim|2adeem|adeem|kadim))",
        "delete my details",
    ),
)

_EID = (
    r"(?:el|al|il)?[- ]?(?:3eed|3id|eid|eed|aid)(?: (?:el|al)[- ]?(?:fitr|fetr|adha|ad7a|kbeer|kabeer|kbir|"
    r"sgheer|sagheer|saghir|zghir))?"
)
_RAMADAN = r"(?:(?:shahr )?(?:ramadan|ramadhan|ramazan|rmdan|ramdan|ramadaan))"
_AFTER = r"(?:ba3d|ba'd|baad|ba3ad|b3d|ba3d ma yekhlas|ba3d ma y5las)"
# Which Eid, kept: the Eid of the sacrifice (al-Adha, "the big Eid") falls about ten weeks after
# al-Fitr ("the small Eid"), so "after Eid al-Adha" said in October waits till late spring.
_ADHA = r"(?:el|al|il)?[- ]?(?:3eed|3id|eid|eed|aid) (?:el|al)[- ]?(?:adha|ad7a|kbeer|kabeer|kbir)"
_FITR = r"(?:el|al|il)?[- ]?(?:3eed|3id|eid|eed|aid) (?:el|al)[- ]?(?:fitr|fetr|sgheer|sagheer|saghir|zghir)"
# ... and in Arabic script: "بعد عيد الأضحى", "بعد العيد الكبير", "بعد عيد الفطر", "بعد رمضان"
_AR_AFTER = r"(?:بعد|بعد ما يخلص|بعد انتهاء)"
_AR_ADHA = r"(?:عيد الأضحى|عيد الاضحى|عيد الأضحي|العيد الكبير)"
_AR_FITR = r"(?:عيد الفطر|العيد الصغير)"
_AR_RAMADAN = r"(?:شهر )?رمضان"
WAITS: tuple[tuple[str, str], ...] = (
    (rf"{_AFTER} {_ADHA}", "after eid al-adha"),
    (rf"{_AFTER} {_FITR}", "after eid al-fitr"),
    (rf"{_AR_AFTER} {_AR_ADHA}", "after eid al-adha"),
    (rf"{_AR_AFTER} {_AR_FITR}", "after eid al-fitr"),
    (rf"{_AR_AFTER} (?:ال)?عيد", "after eid"),
    (rf"{_AR_AFTER} {_AR_RAMADAN}", "after ramadan"),
    (r"(?:ليس|مش|مو) قبل", "not before"),
    (rf"(?:ba3d|ba'd|baad|ba3ad|b3d|ba3d ma yekhlas|ba3d ma y5las) {_EID}", "after eid"),
    (rf"(?:ba3d|ba'd|baad|ba3ad|b3d) {_RAMADAN}", "after ramadan"),
    (rf"(?:lein|lain|leen|lean|7atta|hatta|lghayet|la7ad|lahad) {_EID}", "until eid"),
    (rf"(?:lein|lain|leen|lean|7atta|hatta|lghayet|la7ad|lahad) {_RAMADAN}", "until ramadan"),
)

# Shifts in Arabic script, as Gulf notes type them: "ما عندي أي مشكلة مع الدوام المسائي" (no
# problem with the evening shift), "الدوام المسائي مشكلة بالنسبة لي" (the evening shift is a
# problem for me), "أبغى دوام صباحي فقط" (I want a morning shift only). The shift is a word
# (``WORDS``); whether it is fine or a problem is a cue (``CUES``).
CUES: tuple[tuple[str, str], ...] = (
    (
        r"(?:ما عندي|ماعندي|ما عنده|ما عندها|ما فيه|مافي|ما في|لا توجد|ليس عندي|ليس لدي) (?:أي |اي )?"
        r"(?:مشكلة|مشكله|مانع) (?:مع|في|من)",
        "no problem with",
    ),
    (
        r"(?:مشكلة|مشكله) (?:بالنسبة|بالنسبه) (?:لي|له|لها)|(?:مشكلة|مشكله) (?:لي|عندي)",
        "are a problem for me",
    ),
    (r"(?:أبغى|ابغى|أبغي|ابغي|أريد|اريد|تبغى|يبغى)", "i want"),
)
WORDS: tuple[tuple[str, str], ...] = (
    (r"(?:ال)?(?:دوام|شفت|وردية) (?:ال)?(?:مسائي|مسائية|ليلي|ليلية)", "evening shifts"),
    (r"(?:ال)?(?:دوام|شفت|وردية) (?:ال)?(?:صباحي|صباحية)(?: فقط)?", "morning shifts only"),
)
