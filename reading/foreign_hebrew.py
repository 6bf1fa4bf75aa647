"""Hebrew cue phrases, in Hebrew script and in the Latin transliteration Israeli recruiters
type: opt-outs ("אל תפנו אליי יותר", "תמחקו את הפרטים שלי", "להסיר אותי מרשימת התפוצה",
"al tifnu elai yoter"), and the holidays and wait words before them ("אחרי פסח", "עד אחרי
החגים").

``reading.foreign`` puts these tables in front of its own. Hebrew joins "and", "the", "from"
and "to" to the word after them ("ואל", "מהמאגר"), so each pattern allows those letters where
they come. A softer line ("לא מחפש כרגע, אבל תעדכנו אותי" - not looking now, but keep me
posted; "אפשר לשלוח לי במייל במקום בוואטסאפ?" - email instead of WhatsApp; "אל תתקשרו אליי
בבוקר" - not in the mornings) has no entry: a refusal of contact must say "any more" (יותר,
שוב, עוד), end the sentence, or name our list or their details.
"""

from __future__ import annotations

# "don't" before a command, "not to" before an infinitive; joined to "and" ("ואל", "ולא")
_NOT = r"ו?(?:אל|לא)"
# approach / make contact / write to / bother: what "contact" means in English
_CONTACT = (
    r"(?:תפנו|תפנה|תפני|לפנות|תיצרו|תיצור|תצרו|ליצור|תכתבו|תכתוב|תכתבי|לכתוב|תטרידו|תטריד|להטריד|"
    r"תחזרו|לחזור)"
)
_CALL = r"(?:תתקשרו|תתקשר|תתקשרי|להתקשר|תצלצלו|לצלצל)"
_SEND = r"(?:תשלחו|תשלח|תשלחי|לשלוח)"
_TO_ME = r"(?: (?:אליי|אלי|איתי|עמי|לי))?(?: קשר)?(?: (?:איתי|אליי|אלי))?"
_AGAIN = r"(?:יותר|שוב|עוד|בכלל|לעולם|אף פעם|מעכשיו|מהיום)"
_ENDS = r"(?= *(?:[.!,]|$|תודה|בבקשה))"
_REMOVE = (
    r"(?:ל?הסיר|תסירו|הסירו|תסיר|תסירי|ל?הוריד|תורידו|הורידו|תוריד|ל?הוציא|תוציאו|הוציאו|תוציא|ל?מחוק|"
    r"תמחקו|מחקו|תמחק|תמחקי)"
)
# our list, database, system or mailing list, with "from (the)" joined: "מהרשימה", "מרשימת התפוצה"
_FROM_OUR_LIST = r"מ(?:ה)?(?:רשימ\w*|מאגר\w*|מערכ\w*|דיוור\w*|תפוצה)"
_MY_DETAILS = r"(?:את )?(?:כל )?(?:ה)?(?:פרטים|מידע|נתונים|קורות החיים|פרטים האישיים)(?: האישיים)? (?:שלי|שלה|שלו)"

OPT_OUTS: tuple[tuple[str, str], ...] = (
    (rf"{_NOT} {_CALL}{_TO_ME} {_AGAIN}", "do not call me again"),
    (
        rf"{_NOT} {_SEND} (?:לי )?(?:{_AGAIN} )?(?:הודעות|משרות|הצעות|מיילים|פניות) {_AGAIN}",
        "do not send me any more messages",
    ),
    (
        rf"{_NOT} {_SEND} (?:לי )?{_AGAIN} (?:הודעות|משרות|הצעות|מיילים|פניות)",
        "do not send me any more messages",
    ),
    (rf"{_NOT} {_CONTACT}{_TO_ME} {_AGAIN}", "do not contact me again"),
    (rf"{_NOT} {_CONTACT}{_TO_ME}{_ENDS}", "do not contact me"),
    (
        r"ו?(?:תפסיקו|הפסיקו|תפסיק|להפסיק) (?:לפנות|ליצור קשר|לכתוב|להטריד)(?: (?:אליי|אלי|איתי|לי))?",
        "stop contacting me",
    ),
    (r"ו?(?:תפסיקו|הפסיקו|תפסיק|להפסיק) לשלוח(?: לי)?", "stop sending me"),
    (r"ו?(?:תפסיקו|הפסיקו|תפסיק|להפסיק) להתקשר(?: (?:אליי|אלי))?", "stop calling me"),
    (
        rf"ו?{_REMOVE} (?:אותי|את המספר שלי|את הפרטים שלי) {_FROM_OUR_LIST}",
        "remove me from your list",
    ),
    (rf"ו?{_REMOVE} {_MY_DETAILS}", "delete my details"),
    (rf"ו?{_REMOVE} (?:את )?(?:ה)?(?:מספר|טלפון) (?:שלי|שלה|שלו)", "delete my number"),
    (
        r"(?:אני )?(?:לא|כבר לא) (?:מעוניין|מעוניינת|מעוניינים|רוצה)(?: יותר)? (?:ש?תפנו|שיפנו|לקבל(?: יותר| עוד)? "
        r"(?:הודעות|פניות|הצעות|מיילים)|בפניות|בהודעות)",
        "do not want any more messages",
    ),
    # transliterated
    (
        r"(?:al|lo) (?:tifnu|tifne|lifnot|tichtevu|lichtov|titzru kesher|litzor kesher|tatridu|lehatrid)"
        r"(?: (?:elai|elay|iti|li))? (?:yoter|shuv|od|af paam|bichlal)",
        "do not contact me again",
    ),
    (
        r"(?:al|lo) (?:titkashru|lehitkasher)(?: (?:elai|elay))? (?:yoter|shuv|od|af paam)",
        "do not call me again",
    ),
    (
        r"(?:tasiru|hasiru|lehasir|torido|horidu|lehorid|timchaku|michaku|limchok) oti "
        r"me(?:ha)?(?:reshima|maagar|maarechet|diyur)\w*",
        "remove me from your list",
    ),
    (r"(?:timchaku|michaku|limchok) et (?:ha)?pratim sheli", "delete my details"),
    (
        r"(?:tafsiku|hafsiku|lehafsik) (?:lifnot|lishloach|litzor kesher)(?: (?:elai|li|iti))?",
        "stop contacting me",
    ),
)

# Another channel offered: "תפסיקו להתקשר אליי, תכתבו במייל" (stop calling, write by email)
# refuses calls only.
WORDS: tuple[tuple[str, str], ...] = (
    (
        r"(?:תכתבו|כתבו|תשלחו|שלחו|תכתוב|תשלח)(?: לי)? (?:במייל|למייל|באימייל|בדוא\"ל)",
        "email me instead",
    ),
    (r"במייל|למייל|באימייל|בדוא\"ל", "by email"),
    (r"ב?וו?אטסאפ|בווטסאפ|ווטסאפ", "whatsapp"),
    (r"במקום", "instead of"),
)

# The holidays, with the article "ה" joined where it is said with one.
HOLIDAYS: tuple[tuple[str, str], ...] = (
    (r"ה?פסח", "passover"),
    (r"ה?חנוכה", "hanukkah"),
    (r"ה?חגים|חגי תשרי|חגי החגים", "the chagim"),
    (r"ראש השנה", "rosh hashanah"),
    (r"יום (?:ה)?כיפור(?:ים)?", "yom kippur"),
    (r"(?:חג )?ה?סוכות", "sukkot"),
    (r"ה?פורים", "purim"),
    (r"(?:חג )?ה?שבועות", "shavuot"),
)
_HOLIDAY_WORDS = "|".join(p for p, _ in HOLIDAYS)
_AHEAD = rf"(?= (?:{_HOLIDAY_WORDS})(?!\w))"
# "after", "until", "until after", "before" - only before a holiday ("עד" is "until" and "to").
WAITS: tuple[tuple[str, str], ...] = (
    (rf"עד אחרי{_AHEAD}", "until after"),
    (rf"ו?(?:אחרי|לאחר){_AHEAD}", "after"),
    (rf"ו?עד{_AHEAD}", "until"),
    (rf"ו?לא לפני{_AHEAD}", "not before"),
    (rf"ו?לפני{_AHEAD}", "before"),
)
