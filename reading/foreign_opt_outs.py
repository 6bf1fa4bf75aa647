"""The stop phrases of the languages ``reading.foreign`` reads without a module of their own
(German, French, Portuguese, Swahili, Spanish, Polish, Dutch, Italian, Catalan, Swedish, Romanian, Finnish,
Turkish, Indonesian, Tagalog, Ukrainian, Russian, Czech, Hungarian, Bulgarian, Nigerian Pidgin, Yoruba and the data-protection laws by their local names), each mapped to
the English opt-out the rules already know, joined from one file per few languages
(``reading.foreign_stops_*``).

Kept apart from ``reading.foreign`` for size only: it puts this table after the tables of the
languages that have modules of their own. An entry maps a phrase to an opt-out only when it
refuses contact as such; a scoped or softer wish ("write to me in French", "not now, keep
sending") has no entry and stays unread.
"""

from __future__ import annotations

from reading.foreign_stops_ca_es_it import CA_ES_IT
from reading.foreign_stops_cs_hu_bg import CS_HU_BG
from reading.foreign_stops_de import DE
from reading.foreign_stops_de_flags import DE_FLAGS
from reading.foreign_stops_fr import FR
from reading.foreign_stops_pl_nl_it import PL_NL_IT
from reading.foreign_stops_pt_es import PT_SW_ES
from reading.foreign_stops_sv_ro_fi_tr import SV_RO_FI_TR_ID_TL
from reading.foreign_stops_uk_ru import UK_RU
from reading.foreign_stops_west_africa import WEST_AFRICA

# One table, in this order: where two phrases could match, the earlier wins, as before the split.
OPT_OUTS: tuple[tuple[str, str], ...] = (
    *DE,
    *DE_FLAGS,
    *FR,
    *PT_SW_ES,
    *PL_NL_IT,
    *CA_ES_IT,
    *SV_RO_FI_TR_ID_TL,
    *UK_RU,
    *CS_HU_BG,
    *WEST_AFRICA,
)
