"""The languages whose phrase tables are kept in modules of their own (``reading.foreign_contact``,
``reading.foreign_moves``, ``reading.foreign_german``...), in the order they are put in front of
the tables of ``reading.foreign_cues``, ``reading.foreign_words`` and ``reading.foreign_times``,
and ``tables``, which gathers their entries of one kind ("OPT_OUTS", "CUES", "WAITS", ...).
"""

from __future__ import annotations

from reading import (
    foreign_afrikaans,
    foreign_baltic,
    foreign_baltic_times,
    foreign_breaks_stops,
    foreign_catalan_clitics,
    foreign_company,
    foreign_contact,
    foreign_contact_es_pt,
    foreign_czech,
    foreign_dnc_notes,
    foreign_dravidian,
    foreign_dutch,
    foreign_dutch_stops,
    foreign_dutch_waits,
    foreign_dutch_wants,
    foreign_dutch_work,
    foreign_free_now,
    foreign_french_waits,
    foreign_fronted_waits,
    foreign_german,
    foreign_greek,
    foreign_greek_waits,
    foreign_hinglish,
    foreign_hinglish_needs,
    foreign_hinglish_travel,
    foreign_irish,
    foreign_ja_ko_stops,
    foreign_ja_ko_waits,
    foreign_journeys,
    foreign_maori,
    foreign_moves,
    foreign_nordic,
    foreign_not_before,
    foreign_not_before_es_hi,
    foreign_papers,
    foreign_pinyin,
    foreign_polish,
    foreign_polish_work,
    foreign_portuguese,
    foreign_romanian,
    foreign_seasons_it_ca,
    foreign_sectors_fr,
    foreign_sectors_pl_cs_uk_ro,
    foreign_shifts_es_pt,
    foreign_spanish,
    foreign_tagalog,
    foreign_travel_es_pt,
    foreign_travel_fr,
    foreign_turkish,
    foreign_waits_cs_uk_pl,
    foreign_welsh,
    foreign_work_wants,
)

# Languages with tables of their own, put in front of the tables of ``reading.foreign``'s modules.
_MORE = (
    foreign_french_waits,  # French waits by day, year and span; comebacks; "vergeet mij"
    foreign_breaks_stops,  # returns after a break, a year gone by, more stops
    foreign_dnc_notes,  # a team's do-not-contact note, the verb in the infinitive
    foreign_not_before,  # German and Dutch "not before", seasons, French notice lengths
    foreign_fronted_waits,  # the time first, the "no" after it: "Vor Mai kommt ... nicht in Frage"
    foreign_waits_cs_uk_pl,  # Czech and Ukrainian waits, the Polish "not before"
    foreign_not_before_es_hi,  # Spanish "no antes de marzo", Hindi "February se free hoon"
    # before the others: its phrases hold theirs ("ne plus être contacté ... sur mon numéro")
    foreign_contact,
    foreign_contact_es_pt,
    foreign_sectors_fr,  # before the French words: its sector refusals hold them
    foreign_journeys,  # before the travel tables: its phrases hold their words
    foreign_travel_es_pt,
    foreign_travel_fr,
    foreign_shifts_es_pt,
    foreign_papers,  # before foreign_moves: "no está dispuesto a reubicarse"
    foreign_moves,
    foreign_nordic,
    foreign_baltic,
    foreign_baltic_times,
    foreign_catalan_clitics,
    foreign_work_wants,
    foreign_company,
    foreign_afrikaans,
    foreign_greek,
    foreign_greek_waits,
    foreign_seasons_it_ca,
    foreign_welsh,
    foreign_irish,
    foreign_hinglish_needs,  # "zaroorat nahi", "sirf remote", "office chalega"
    foreign_hinglish_travel,  # "travel nahi ho payega", "travel pasand hai"
    foreign_maori,  # Te Reo
    foreign_pinyin,  # Mandarin in pinyin
    foreign_ja_ko_stops,  # Japanese and Korean stops, in their scripts and romanised
    foreign_ja_ko_waits,  # Japanese and Korean lengths, months held to, a service's end
    foreign_free_now,  # free now in Spanish, Portuguese, Italian
    foreign_hinglish,
    foreign_dravidian,
    foreign_tagalog,
    foreign_turkish,
    foreign_sectors_pl_cs_uk_ro,  # before Polish: its sector refusals hold its words
    foreign_czech,  # night shifts and leading people
    foreign_polish_work,  # before Polish: remote only, the office and travel refused, shifts
    foreign_polish,
    foreign_dutch_stops,  # Flemish "ge moogt mij schrappen", "uitschrijven"; who asked
    foreign_dutch_waits,  # lengths in words, notice given, the school holidays by name
    foreign_dutch_work,  # travel, sponsor, ZZP, four-day week, no early start
    foreign_dutch_wants,  # a sector or a four-day week wanted or refused
    foreign_dutch,
    foreign_german,
    foreign_portuguese,
    foreign_romanian,
    foreign_spanish,
)


def tables(table: str) -> tuple[tuple[str, str], ...]:
    return tuple(entry for module in _MORE for entry in getattr(module, table, ()))
