"""Notes in other languages: the cue phrases of German, French, Portuguese, Spanish, Polish,
Dutch and Italian - and Swedish, Romanian, Finnish, Turkish, Indonesian, Tagalog (Taglish) and Hebrew
(``reading.foreign_hebrew``; moving home in ``reading.foreign_moves``; Spanish verb forms in
``reading.foreign_spanish``; Afrikaans, Welsh and Irish
stops in ``reading.foreign_afrikaans``, ``reading.foreign_welsh`` and ``reading.foreign_irish``;
the other European languages' stop phrases in ``reading.foreign_opt_outs``) - rewritten into
the plain English the rules of this package are written against.

Recruiters abroad type the local language or mix it into English ("sábado nem pensar", "bitte
keine Kontaktaufnahme mehr", "Tagessatz nicht unter 850 €", "après les Fêtes"). This is not a
translator: a small table per language maps the words and phrases that carry a condition's cue
(a stop, a refusal, a hardness word, a wait word, a month, a holiday, a pay period, a schedule or
sector word) onto the English cue the rules already know, and everything else is left as it is.
``reading.normalise`` applies it, so a span found in the rewritten copy still points at the words
the person wrote.

Rules of the table: an opt-out phrase maps to an English opt-out only when it refuses contact as
such ("ne plus me contacter", "não me contactem mais"); a scoped or softer wish ("write to me in
French", "not now, keep sending") has no entry and stays unread. A preposition that is also a
common word elsewhere ("po", "na", "do", "nach") is rewritten only before a month or a holiday.
All patterns are matched case-insensitively on the original text; none has a capturing group.

This module is the entry: ``phrases`` finds the cues of all the tables in a note, behind a gate of
the words they hold. The tables are in modules of their own: the months and holidays a wait
preposition must stand before in ``foreign_times``, the stops, refusals, hardness and waits in
``foreign_cues``, the schedule, mode, contract, sector, pay and commute words in ``foreign_words``,
and the languages whose tables are kept apart (in front of these) in ``foreign_tables``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reading import (
    foreign_bangla,
    foreign_cjk,
    foreign_cjk_dates,
    foreign_german,
    foreign_ja_ko_waits,
    foreign_thai,
)
from reading.foreign_cues import CUES, OPT_OUTS, WAITS
from reading.foreign_times import HOLIDAYS, MONTHS, SUFFIXED_MONTHS, postpositions
from reading.foreign_words import WORDS
from reading.gates import gated


def _entries() -> tuple[tuple[str, str], ...]:
    holidays = tuple(HOLIDAYS)
    months = tuple(
        ("|".join(w for w in words.split()), english) for english, words in MONTHS.items()
    )
    suffixed = postpositions() + tuple((p, en) for en, p in SUFFIXED_MONTHS.items())
    return OPT_OUTS + CUES + WAITS + suffixed + holidays + months + WORDS


_ENTRIES = _entries()


def _bounded(pattern: str) -> str:
    """``pattern`` as a whole word: no word character may touch either end (Japanese, Korean
    and Chinese, written without spaces, have no word ends to look for)."""
    if pattern.startswith(foreign_cjk.CJK):
        return pattern
    head = "" if pattern.startswith(("/", "(?<=")) else r"(?<!\w)"
    return rf"{head}(?:{pattern})(?![\w'’])"


_WORD = re.compile(r"[^\W\d_]+")
_CJK_SCRIPT = re.compile(f"{foreign_cjk.SCRIPT}|{foreign_thai.SCRIPT}|{foreign_bangla.SCRIPT}")
# Behind a gate: a search of the whole table costs tens of milliseconds, and a note that passes
# ``_maybe_foreign`` on a word such as "plus" or "via" holds the words of a few entries at most,
# so only those entries are searched (``reading.gates_alternatives.Alternatives``, case folded).
# Needles are kept whole up to eight characters: pieces of four (" me ", "ter ") are in most
# English notes and left a note that passed on "plus" a dozen entries to search, not five.
_ANY = gated(
    re.compile("|".join(f"({_bounded(p)})" for p, _ in _ENTRIES), re.IGNORECASE), min_len=8
)
# English words the patterns also hold: no sign of another language on their own.
_ENGLISH = frozenset(
    (
        "all art base contact database december end ends fall fine full list march may messages per "
        "problem son week weekends total den die van sin ten pro santa mon dan ann april august "
        "july june january february september october november mailing mails final media paris "
        "question the gut ton jam stag apr oppose favor interest contract industria industrie "
        "integral rust met non parental curr spok cong maternit paternit mart yol till och wfh sa "
        "maternity leave bonus alla att chat data era gdpr her mer message med person please pls remote "
        "remove tan mau pag din sig dig tack hans lle ssa ksi uli tet minimal dame uns dos was date emails "
        "bureau dank kant"
        # English words in the Taglish, Polish, German, Portuguese and Spanish tables' patterns
        " "
        "again business call companies company day delete details email erase ever files forever game "
        "home include info information job legal mid morning name never night now number office okay "
        "onsite phone pool pooling profile records regular resume shift site small system team text "
        "thank thanks top visa war will work solo com ego sou top"
        # ... and in the Arabic, Malay, Indonesian and Vietnamese tables: common in English notes
        " "
        "call email info job resume spam whatsapp aid aka kan lain lean mat bat "
        "tab tin tat ini ibu kol kul lee mara vnd tani nak dah apa cho anh tak lia laa pun haji sini "
        "hatta ems tez tib tit teb tdig tkal imsa msa marr"
        # ... and in the Hinglish, French, German and Spanish tables added after them: words of
        # nearly every English note ("and", "role", "offer"), which would send it to the table
        " and begin detail disturb half main moment msg offer old opportunity plz role telephone"
        # ... and more of everyday English and recruiting words the tables hold
        " app apps ats covid online quite recruiters mind"
        # ... and in ``reading.foreign_moves`` (French "refuse de déménager", "prêt à")
        " refuse pret"
        # ... and in the Taglish and Romanian contract words ("permanent lang", "nu accept")
        " accept individual perm permanent"
        # ... and in ``reading.foreign_nordic`` (Norwegian and Danish "send", "stop", "hold")
        " send stop hold ham alt lad after over min mine side fire poster sex pendant"
        " contacts diffusion aux mit tre vil for"
        # ... and in the Pidgin table (``reading.foreign_stops_west_africa``): "hear from una again"
        " about any anymore anything concerning file from hear lists make more nothing out reach"
        " regarding ring voice want with worry you your don"
        # ... and in ``reading.foreign_work_wants`` (French "manager une équipe")
        " manager"
        # ... and in ``reading.foreign_not_before`` (French "préavis de six mois")
        " six"
        # ... and in ``reading.foreign_hinglish_travel`` ("travel nahi ho payega", "koi issue nahi")
        " travel travelling traveling tour touring possible issue tension"
    ).split()
)
# Stems that begin common English words ("compa" of "compañía": company, compare).
_ENGLISH_STEMS = frozenset({"compa"})


def _triggers() -> tuple[frozenset[str], dict[str, tuple[str, ...]]]:
    """Words (and word stems) one of which every foreign cue holds, worked out from the
    patterns: a note with none of them is not read against the table at all."""
    words: set[str] = set()
    stems: dict[str, tuple[str, ...]] = {}
    for pattern, _ in _ENTRIES:
        if pattern.startswith(foreign_cjk.CJK):
            continue  # looked for by script (``_maybe_foreign``)
        # a character class or "\w" cuts a word: the letters before it are a stem
        plain = re.sub(r"\[[^\]]*\]|\\w", "\x00", pattern.lower())
        plain = re.sub(r"\\[a-zA-Z]|\(\?(?:[:=!]|<[=!]|-?[a-z]+:)", " ", plain)
        for m in re.finditer(r"([^\W\d_]{3,})(\x00)?", plain):
            word = m.group(1)
            if word in _ENGLISH:
                continue
            if m.group(2) and len(word) >= 5:
                if word in _ENGLISH_STEMS:
                    continue
                stems.setdefault(word[:3], ())
                stems[word[:3]] += (word,)
            elif not m.group(2):
                words.add(word)
    return frozenset(words), stems


def _maybe_foreign(text: str) -> bool:
    if _CJK_SCRIPT.search(text):
        return True
    for word in _WORD.findall(text.lower()):
        if word in _TRIGGERS or any(word.startswith(s) for s in _STEMS.get(word[:3], ())):
            return True
    return False


@lru_cache(maxsize=4096)
def phrases(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, English) for each foreign cue in ``text``, left to right, not overlapping."""
    if not _maybe_foreign(text):
        return ()
    out = []
    for m in _ANY.finditer(text):
        english = _ENTRIES[m.lastindex - 1][1]
        if english == "days a week":  # "4 jours/sem": keep the number
            english = f"{m.group()[0]} days a week"
        elif english == foreign_german.DATE:  # "31.01." -> "31 january"
            english = foreign_german.date_words(m.group())
        elif english == foreign_cjk.KO_PAY:  # "연봉 9천 이상" -> "at least KRW 90000000 a year"
            english = foreign_cjk.korean_pay(m.group())
        elif (
            english == foreign_cjk_dates.DATE
        ):  # "2027年4月に復職予定" -> "back at work in april 2027"
            english = foreign_cjk_dates.date_words(m.group())
        elif english == foreign_ja_ko_waits.DATE:  # "5月中旬までは動けない"
            english = foreign_ja_ko_waits.date_words(m.group())
        out.append((m.start(), m.end(), english))
    return tuple(out)


_TRIGGERS, _STEMS = _triggers()
# Words too short to be worked out from the patterns: Taglish's politeness particle ("remove me
# na po sa list" holds no other word of the table) and Portuguese "só" ("só Lisboa").
_TRIGGERS |= {"po", "só"}
# The Danish and Norwegian month after pay ("62.000/md", "55.000 kr md."), too short to be worked out
_TRIGGERS |= {"md"}
# Words a character class cuts in the middle ("t[ée]l[ée]travail"), so not worked out whole
_TRIGGERS |= {"télétravail", "teletravail", "présentiel", "presentiel"}
# Yoruba's short words, each letter of them a character class in the patterns (tone marks on
# or off): "ẹ má pè mí mọ́", "e ma pe mi mo"
_TRIGGERS |= {"má", "pè", "pe", "mọ", "kàn", "yọ"}
