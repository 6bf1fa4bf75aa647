"""Ukrainian and Russian stop phrases, each mapped to the English opt-out the rules already know.

Part of the table ``reading.foreign_opt_outs`` joins. A stop must say "no more" ("більше",
"больше") or ask to be erased ("видаліть мої контакти", "удалите меня из базы"); a time, a channel
or a kind of role after it ("пишіть мені після 18:00", "більше не пишіть у вайбер",
"не пишите днём") narrows it and has no entry. A bare "не пишіть мені" that ends the clause is a stop, as "don't write
to me" is; "я знову шукаю роботу, пишіть" (looking for work again, write) takes a stop back.
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
    # a bare "не пишіть мені" / "не звоните мне" that ends the clause: as "don't write to me" is
    (rf"не {_UK_VERB} {_UK_ME}{_ENDS}", "do not contact me"),
    (rf"не {_RU_VERB} {_RU_ME}{_ENDS}", "do not contact me"),
    # a stop taken back: "я знову шукаю роботу, пишіть" (I'm looking for work again, write),
    # "снова ищу работу, пишите" - the English "looking for work again, write to me"
    (
        r"(?:я )?(?:знову|знов|снова|опять) (?:шукаю|ищу) (?:роботу|работу)",
        "i'm looking for work again",
    ),
    (rf"(?<=, ){_UK_VERB}(?: {_UK_ME})?(?: будь ласка)?{_ENDS}", "write to me"),
    (rf"(?<=, ){_RU_VERB}(?: {_RU_ME})?(?: пожалуйста)?{_ENDS}", "write to me"),
)
