"""Bangla (Bengali) opt-outs, rewritten into the English the rules know: "আমাকে আর যোগাযোগ করবেন
না" (don't contact me any more), "আমার তথ্য আপনাদের ডাটাবেস থেকে মুছে ফেলুন" (delete my data from
your database).

Bangla vowel signs are combining marks, so a word is no ``\\w`` run: each pattern is a whole
construction, padded with spaces and matched without word ends (it starts with
``reading.foreign_cjk.CJK``; ``reading.foreign`` looks for it only in a text in Bengali script).

Rules of the table, as in ``reading.foreign``: a refusal must say "any more" (আর) of contact as
such, or of every job ("কোনো চাকরির বিষয়ে", about any job), or ask to delete the person's data
or profile. One that names a channel ("ফোনে নয়, ইমেইলে যোগাযোগ করুন": not by phone, by email), one
kind of job, or an old number ("পুরোনো নম্বর মুছে ফেলুন") has no entry and stays unread.
"""

from __future__ import annotations

from reading.foreign_cjk import CJK

# Any character of the Bengali script.
SCRIPT = r"[\u0980-\u09ff]"

# "য়" is written both as one letter and as য with a nukta.
_YA = "(?:\u09df|\u09af\u09bc)"
_PLEASE = rf"(?:(?:দ{_YA}া করে|অনুগ্রহ করে|প্লিজ) )?"
_ME = r"(?:আমাকে|আমার সাথে|আমার সঙ্গে|ওকে|তাকে|ওনাকে|তাঁকে)"
# "about any job": every job, so no narrowing
_ANY_JOB = rf"(?:কোনো|কোন|কোনও) (?:চাকরির|চাকরি|জবের|কাজের|পদের) (?:বিষ{_YA}ে|ব্যাপারে|জন্য) "
# contact as such: a call or an email is one channel, and what follows it ("ইমেইলে লিখুন", write by
# email) is not translated, so it has no entry
_CONTACT = r"(?:যোগাযোগ)"
_DONT = r"(?:করবেন|করো|করবে|করিস|করবা|দেবেন|দিবেন) না"
_DATA = r"(?:তথ্য|ডাটা|ডেটা|সিভি|প্রোফাইল|সব তথ্য|ব্যক্তিগত তথ্য)"
_YOUR_LIST = r"(?:আপনাদের|আপনার|তোমাদের) (?:ডাটাবেস|ডেটাবেস|তালিকা|সিস্টেম|লিস্ট) থেকে "

OPT_OUTS: tuple[tuple[str, str], ...] = (
    # "আমাকে আর (কোনো চাকরির বিষয়ে) যোগাযোগ করবেন না": not again, of any job or at all
    (
        rf"{CJK}{_PLEASE}{_ME} আর (?:{_ANY_JOB})?{_CONTACT} {_DONT}",
        " please do not contact me again ",
    ),
    # "আমার তথ্য (আপনাদের ডাটাবেস থেকে) মুছে ফেলুন": the person's data, not an old number
    (
        rf"{CJK}{_PLEASE}(?:আমার|ওর|তার) {_DATA} (?:{_YOUR_LIST})?মুছে (?:ফেলুন|দিন|ফেলো|দাও|ফেলবেন|দেবেন)",
        " please delete my details ",
    ),
)
