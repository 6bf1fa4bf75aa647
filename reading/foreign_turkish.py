"""Turkish phrases for travel the older tables (``reading.foreign_cues``) do not hold, each mapped
to the English the travel rules already know: "seyahat benim için sorun değil" (travel is no
problem for me), "artık seyahat etmek istemiyorum" (I don't want to travel any more).

``reading.foreign`` puts this table in front of its own. Only travel itself is named: a trip
somewhere said to be fine ("İstanbul'a gidip gelebilirim") is left to what the English reads.
"""

from __future__ import annotations

# "benim için", "onun için", "bizim için": for me, for him or her, for us
_FOR_WHOM = r"(?:(?:benim|onun|bizim|bana|ona) (?:için )?)?"

CUES: tuple[tuple[str, str], ...] = (
    # "seyahat benim için sorun değil", "seyahat etmek sorun olmaz", "seyahate açığım"
    (
        rf"seyahat(?: etmek)? {_FOR_WHOM}(?:sorun|problem) (?:değil|olmaz|yok)|"
        r"seyahate (?:açığım|açık|varım|hazırım)|seyahat edebilirim",
        "travel is fine",
    ),
    # "artık seyahat etmek istemiyorum", "seyahat istemiyor", "artık seyahat yok": none from now on
    # (a single "istemiyorum" after something else, "gece vardiyası istemiyorum", is not travel)
    (
        r"(?:artık )?seyahat(?: etmek)? istemiyor(?:um|uz)?|artık seyahat (?:yok|etmiyorum|etmem)",
        "no more travel",
    ),
)
