"""Thai cue phrases, rewritten into the English the rules know: opt-outs ("อย่าติดต่อมาอีก",
"ไม่ต้องส่งงานมาอีกแล้ว", "ลบข้อมูลของผม") and waits tied to a holiday ("หลังสงกรานต์",
"หลังปีใหม่").

Thai puts no spaces between words, so each pattern is a whole construction rewritten at once,
padded with spaces, and matched without word boundaries (every pattern starts with
``reading.foreign_cjk.CJK``; ``reading.foreign`` looks for them only in a text in Thai script).

Rules of the table, as in ``reading.foreign``: a refusal of contact must say "again" or "any
more" (อีก) or ask to delete the person's data. One scoped to a channel or a time ("อย่าโทรมาอีก":
no more calls; "ไม่ต้องโทรตอนกลางวัน": not in the day), to one kind of job, or that runs only until
a day ("...อีกจนกว่าจะถึงมีนาคม") has no entry and stays unread; so does "ส่งงานมาทาง LINE"
(send the jobs by LINE).
"""

from __future__ import annotations

from reading.foreign_cjk import CJK

# Any character of the Thai script.
SCRIPT = r"[\u0e00-\u0e7f]"

_PLEASE = r"(?:กรุณา|ช่วย|ขอ(?:ให้)?|รบกวน)?"
_ME = r"(?:ผม|ฉัน|ดิฉัน|หนู|เรา|พี่|กระผม)"
# contact as such, or the jobs we send: not a call or a LINE message alone
_CONTACT = r"(?:ติดต่อ|ส่งงาน|ส่งตำแหน่งงาน|ส่งข้อเสนองาน|ส่งข่าวงาน)"
# "again", "any more", "from now on"; not when it runs only until a day ("จนกว่า", "จนถึง")
_AGAIN = (
    r"(?:มา)?(?:หา|ถึง)?"
    + _ME
    + r"?(?:มา)?(?:อีก(?:เลย|แล้ว|ต่อไป)?|ต่อไป)(?!\s*(?:จนกว่า|จนถึง|ถึงเดือน|ก่อน))"
)

OPT_OUTS: tuple[tuple[str, str], ...] = (
    # "กรุณาอย่าติดต่อผมมาอีก", "ไม่ต้องส่งงานมาอีกแล้ว", "เลิกติดต่อมาได้แล้ว"
    (
        rf"{CJK}{_PLEASE}(?:อย่า|ไม่ต้อง|ไม่ต้องการให้|ไม่อยากให้|ไม่ต้องมา)(?:มา)?{_CONTACT}{_AGAIN}",
        " please do not contact me again ",
    ),
    # "ลบข้อมูลของผมออกจากระบบ": the person's data, not an old number or a group
    (rf"{CJK}{_PLEASE}ลบ(?:ข้อมูล(?:ส่วนตัว)?|ประวัติ|เรซูเม่)(?:ของ)?{_ME}", " please delete my details "),
)

# What is refused or asked for, named in Latin letters as Thai notes name tools and firms:
# "ไม่เอา Java แล้ว" (no more Java), "เข็ดกับ Spring" (burnt by Spring), "ขอ Python หรือ Go"
# (asks for Python or Go). "Java ได้ครับ" (Java is fine) has no entry: nothing refused.
_LATIN = r"(?=\s*[A-Za-z])"
CUES: tuple[tuple[str, str], ...] = (
    (rf"{CJK}(?:ไม่เอา|ไม่อยาก(?:ทำ|ใช้|เขียน)|ไม่ขอ(?:ทำ|ใช้)|ไม่ทำ|ไม่ใช้)(?:งาน)?{_LATIN}", " no more "),
    (rf"{CJK}(?:เข็ด(?:กับ)?|เบื่อ(?:กับ)?){_LATIN}", " fed up with "),
    (rf"{CJK}(?:ขอ(?:เป็น)?|อยาก(?:ได้|ทำ|ใช้|เขียน)){_LATIN}", " wants "),
    (rf"{CJK}(?<=[A-Za-z0-9])\s*หรือ\s*(?=[A-Za-z])", " or "),
    # a polite particle (or "very") before a space closes what was said: the rules cut clauses
    # on stops, and a refusal before it must not reach what is asked for after it
    (rf"{CJK}(?:แล้ว)?(?:ครับ|ค่ะ|คับ|มาก)(?=\s+\S)", " . "),
)

WAITS: tuple[tuple[str, str], ...] = (
    # "หลังสงกรานต์", "หลังจากปีใหม่": after the holiday
    (rf"{CJK}หลัง(?:จาก)?(?:เทศกาล|วัน)?สงกรานต์", " after songkran "),
    (rf"{CJK}หลัง(?:จาก)?(?:เทศกาล|วัน)?ปีใหม่(?!ไทย|จีน)", " after new year "),
    (rf"{CJK}หลัง(?:จาก)?(?:เทศกาล|วัน)?(?:ตรุษจีน|ปีใหม่จีน)", " after the lunar new year "),
)
