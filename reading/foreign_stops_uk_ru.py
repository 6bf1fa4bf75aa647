"""Ukrainian and Russian stop phrases, each mapped to the English opt-out the rules already know.

Part of the table ``reading.foreign_opt_outs`` joins. A stop must say "no more" ("більше",
"больше") or ask to be erased ("видаліть мої контакти", "удалите меня из базы"); a time, a channel
or a kind of role after it ("пишіть мені після 18:00", "більше не пишіть у вайбер",
"не пишите днём") narrows it and has no entry.
"""

from __future__ import annotations

# After a stop: the end of the clause, or "and", please, thanks.
_ENDS = r"(?=\s*(?:[.!;,]|$|і\b|й\b|та\b|и\b|будь ласка|дякую|пожалуйста|спасибо))"
# "don't write / call / bother / contact" (plural and polite forms)
_UK_VERB = r"(?:пишіть|пиши|телефонуйте|дзвоніть|турбуйте|контактуйте|звертайтеся|надсилайте)"
_RU_VERB = r"(?:пишите|пиши|звоните|беспокойте|тревожьте|связывайтесь|присылайте|отправляйте)"
_UK_ME = r"(?:мені|мене|нам|нас)"
_RU_ME = r"(?:мне|меня|нам|нас)"

UK_RU: tuple[tuple[str, str], ...] = (
    # "більше мені не пишіть", "не пишіть мені більше", "більше не турбуйте мене"
    (
        rf"(?:більше (?:{_UK_ME} )?не {_UK_VERB}(?: {_UK_ME})?|не {_UK_VERB}(?: {_UK_ME})? більше"
        rf"(?: ніколи)?|ніколи більше не {_UK_VERB}(?: {_UK_ME})?){_ENDS}",
        "do not contact me again",
    ),
    (
        rf"(?:больше (?:{_RU_ME} )?не {_RU_VERB}(?: {_RU_ME})?|не {_RU_VERB}(?: {_RU_ME})? больше"
        rf"(?: никогда)?|никогда больше не {_RU_VERB}(?: {_RU_ME})?){_ENDS}",
        "do not contact me again",
    ),
    # "видаліть мої контакти / дані", "удалите мои данные"; "видаліть мене з бази"
    (
        r"(?:видаліть|видали|зітріть|удалите|удали|сотрите) (?:(?:усі|всі|все|всё) )?(?:мої|мои) "
        r"(?:контакти|контакты|дані|данные|персональні дані|персональные данные|резюме)" + _ENDS,
        "delete my data",
    ),
    (
        r"(?:видаліть|видали|приберіть|удалите|удали|уберите|исключите) (?:мене|меня) (?:з|із|зі|из) "
        r"(?:вашої |своєї |вашей |своей )?(?:бази|базы|списку|списка|розсилки|рассылки)"
        r"(?: (?:даних|данных|кандидатів|кандидатов))?" + _ENDS,
        "remove me from your database",
    ),
)
