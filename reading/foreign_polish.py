"""Polish cue phrases beyond ``reading.foreign``'s own: waits counted from the day said ("za
pół roku", "za dwa miesiące", "dajcie mi kwartał", "odezwijcie się za miesiąc"), New Year and
Christmas Eve (Wigilia) as holidays ("po Nowym Roku"), and a return told as done ("wróciłam z
urlopu").

``reading.foreign`` puts these tables in front of its own. "Za" is "too" and "behind" as well:
it is a wait word only before a length of time.
"""

from __future__ import annotations

_NUMBER = (
    r"(?:(?:dwa|dwóch|dwoch|dwie)(?=\s)|(?:trzy|trzech)(?=\s)|(?:cztery|czterech)(?=\s)|"
    r"(?:pięć|piec|pięciu)(?=\s)|(?:sześć|szesc|sześciu)(?=\s)|kilka|parę|pare|\d{1,2})"
)
_NUMBER_EN = {
    "dwa": "two",
    "dwóch": "two",
    "dwoch": "two",
    "dwie": "two",
    "trzy": "three",
    "trzech": "three",
    "cztery": "four",
    "czterech": "four",
    "pięć": "five",
    "piec": "five",
    "pięciu": "five",
    "sześć": "six",
    "szesc": "six",
    "sześciu": "six",
    "kilka": "a few",
    "parę": "a couple of",
    "pare": "a couple of",
}
_MONTHS = r"(?:miesiące|miesiace|miesięcy|miesiecy)"
_WEEKS = r"(?:tygodnie|tygodni)"

WAITS: tuple[tuple[str, str], ...] = (
    # a notice period in ATS shorthand: "3 miesiące okresu wypow.", "okres wypowiedzenia 3 mies."
    (r"(?:okres|okresu|okresem) (?:wypowiedzenia|wypow\.?)", "notice period"),
    (rf"{_MONTHS}(?= (?:okres\w* )?(?:wypowiedzenia|wypow\b))", "months"),
    (r"za pół roku|za pol roku", "in half a year"),
    (r"za (?:rok|rok czasu)", "in a year"),
    (r"za kwartał|za kwartal", "in a quarter"),
    (r"za (?:miesiąc|miesiac)", "in a month"),
    (r"za (?:tydzień|tydzien)", "in a week"),
    *(
        (rf"za (?:{word}) {_MONTHS}", f"in {english} months")
        for word, english in _NUMBER_EN.items()
    ),
    *((rf"za (?:{word}) {_WEEKS}", f"in {english} weeks") for word, english in _NUMBER_EN.items()),
    (
        r"(?:dajcie|daj|dajmy)(?: (?:mi|jej|jemu|mu|sobie))?(?= (?:kwartał|kwartal|miesiąc|miesiac|pół roku|"
        r"pol roku|rok|tydzień|tydzien|kilka|parę|pare|dwa|trzy|\d))",
        "give me",
    ),
    (r"kwartał|kwartal", "a quarter"),
    (r"pół roku|pol roku", "half a year"),
    (
        r"(?:odezwijcie|odezwij|odezwą|odezwa) (?:się|sie)|proszę się odezwać|prosze sie odezwac",
        "get in touch",
    ),
    (
        r"(?:potem|wtedy|później|pozniej) (?:pogadamy|porozmawiamy)|pogadamy|porozmawiamy",
        "then we can talk",
    ),
    # an earlier message apologised for, and a turn back: "przepraszam za tamtą wiadomość, jednak
    # szukam pracy. proszę o kontakt" (``reading.contact`` lifts the earlier stop on it)
    (
        r"(?:przepraszam|przepraszamy|sorry) za (?:tamtą|tamta|tę|te|moją|moja|poprzednią|poprzednia|"
        r"ostatnią|ostatnia) (?:wiadomość|wiadomosc|odpowiedź|odpowiedz|maila|e-maila)",
        "sorry about that message",
    ),
    (
        r"(?:jednak|znowu|znów|znow|ponownie) szukam pracy|szukam (?:jednak |znowu |znów |znow )pracy",
        "i'm looking again",
    ),
    (r"(?:proszę|prosze) o kontakt", "please get in touch"),
    # a return already made: "wróciłam z urlopu", "wróciłem po świętach" - behind them
    (r"wróciłem|wrocilem|wróciłam|wrocilam|wrócił|wrocil|wróciła|wrocila", "came back"),
)

HOLIDAYS: tuple[tuple[str, str], ...] = (
    (r"now(?:ym|ego|y) rok(?:u|iem)?", "new year"),
    (r"wigili[aięi]|wigilii|wigilią", "christmas"),
)

WORDS: tuple[tuple[str, str], ...] = (
    (
        r"wyjazdy służbowe|wyjazdy sluzbowe|wyjazdów służbowych|delegacje|delegacji|podróże służbowe",
        "business travel",
    ),
    (
        r"odpadaj[ąa]|odpada|nie wchodz[ąa] w grę|nie wchodzi w grę|wykluczone",
        "are out of the question",
    ),
    (r"(?:jej|mu|mi) nie przeszkadzaj[ąa]|(?:jej|mu|mi) nie przeszkadza", "are fine with her"),
    (
        r"(?<!nie )(?:chcę|chce|chciałabym|chciałbym|chciałaby) (?:wrócić|wrocic) do biura",
        "wants to go back to the office",
    ),
    (r"(?:chcę|chce|chciałabym|chciałbym|chciałaby) pracować", "wants to work"),
    # work mode: "szuka pracy w pełni zdalnej", "chce wyłącznie pracy zdalnej"
    (
        r"(?:pracy |praca |pracę |prace )?(?:w pełni|w pelni|całkowicie|calkowicie|w 100 ?%|100 ?%) "
        r"zdaln(?:ej|a|ą|ie)",
        "fully remote",
    ),
    (
        r"(?:pracy|praca|pracę|prace|pracą) zdaln(?:ej|a|ą)|zdaln(?:ej|a|ą) (?:pracy|praca|pracę)",
        "remote work",
    ),
    # managing people refused or wanted: "nie chce zarządzać ludźmi", "nie chcę mieć podwładnych",
    # "chce rozwijać się w kierunku team leadera"
    (
        r"(?:nie chce|nie chcę|nie chcialby|nie chciałby|nie chciałaby|nie chcialaby) (?:już |juz )?"
        r"(?:zarządzać|zarzadzac|kierować|kierowac) (?:ludźmi|ludzmi|zespołem|zespolem|ludźmi ani zespołem)|"
        r"(?:nie chce|nie chcę) (?:mieć|miec) (?:podwładnych|podwladnych|zespołu|zespolu)",
        "doesn't want to manage people",
    ),
    (
        r"(?<!nie )(?:chce|chcę|chciałby|chciałaby) (?:rozwijać|rozwijac) (?:się|sie) w kierunku "
        r"(?:team ?leadera|kierownika|managera|menedżera|menedzera|lidera zespołu|lidera zespolu)|"
        r"(?<!nie )(?:chce|chcę|chciałby|chciałaby) (?:zostać|zostac) (?:team ?leaderem|kierownikiem|"
        r"managerem|menedżerem|liderem zespołu)",
        "wants to grow into a team leader role",
    ),
    (r"szuka|szukam|szukają", "looking for"),
    (r"wyłącznie|wylacznie|jedynie", "only"),
    (r"biur(?:o|a|ze|em)", "office"),
    # what it does to them: "praca zdalna go dobija"
    (r"(?:go|ją|ja|mnie|mię) (?:dobija|wykańcza|wykancza|męczy|meczy)", "is killing him"),
    # a contract they will not go back to: "na UoP już nie wróci", "nie wrócę na etat"
    (
        r"na (?:uop|umow\w* o prac\w*|etat) (?:już |juz )?(?:nie|nigdy nie) (?:wróci|wroci|wrócę|wroce|wróciłby|"
        r"wróciłaby|pójdzie|pojdzie|pójdę|pojde)|(?:już |juz )?(?:nie|nigdy nie) (?:wróci|wroci|wrócę|wroce|"
        r"pójdzie|pojdzie|pójdę|pojde) na (?:uop|umow\w* o prac\w*|etat)",
        "won't go back to permanent",
    ),
    (r"(?:mnie|jej|go) nie interesuje|nie interesuje (?:mnie|jej|go)", "is a no-go"),
    (
        r"chętnie (?:się )?przeprowadzi(?: się)?|chętnie (?:się )?przeprowadzę|przeprowadzi się chętnie",
        "happy to relocate",
    ),
    (r"(?:się|sie) nie ruszy|nie ruszy (?:się|sie)", "won't move"),
    (r"(?:się|sie) nie przeprowadz\w*|nie przeprowadz\w* (?:się|sie)", "won't relocate"),
    (r"przeprowadzamy (?:się|sie)|przeprowadzam (?:się|sie)", "we are relocating"),
    (r"zostajemy w|zostaję w|zostaje w|zostajemy na miejscu", "won't relocate, staying in"),
    (r"(?:już |juz )?nieaktualn\w*", "is off"),
    # a reason note: "Odrzucił ofertę - tylko B2B, a on chce UoP" - the offer was B2B only
    (
        r"odrzuci(?:ł|ła|li|l|la)(?: naszą| nasza)? ofert[ęe]\W+(?:(?:była|byla|bo|bo była) )?"
        r"(?:tylko|wyłącznie|wylacznie|jedynie)(?: na)? b2b",
        "declined the offer, refused B2B;",
    ),
    (r"odrzuci(?:ł|ła|li|l|la)(?: naszą| nasza)? ofert[ęe]", "declined the offer"),
    # lending apps: "windykacja dla chwilówek", "aplikacje pożyczkowe"
    (
        r"chwilów\w*|chwilow\w*|aplikacj\w* pożyczkow\w*|pożyczk\w* online|firm\w* pożyczkow\w*",
        "lending apps",
    ),
)
