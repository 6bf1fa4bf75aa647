"""Mandarin typed in pinyin without tone marks ("qing bie zai lianxi wo le", "chunjie hou zai
lianxi wo", "zuidi yao shiwu wan"): the cue phrases rewritten into the English the rules know.

Chinese in its own script is ``reading.foreign_cjk``'s; these are the same cues as people text
them on a Latin keyboard, syllables joined or spaced as they come ("lianxi" / "lian xi"). An
opt-out is only a phrase that refuses contact as such (don't contact me again, send me nothing
more, delete my data, take me off your list); a channel or a time ("shangban shijian bie da
dianhua" - no calls in working hours; "fa youjian jiu xing" - email is fine) is rewritten as
that channel or time, and a new address ("wo huan le youxiang") has no entry at all.
"""

from __future__ import annotations

import re

_UNITS = ("yi", "er", "san", "si", "wu", "liu", "qi", "ba", "jiu")
_SEP = r"['’ ]?"


def _number(n: int) -> str:
    """The pinyin of 1-99 as a pattern: 15 "shi wu", 20 "er shi", 12 "shi'er", spaced or not."""
    tens, unit = divmod(n, 10)
    parts = ([] if tens == 0 else ([] if tens == 1 else [_UNITS[tens - 1]]) + ["shi"]) + (
        [_UNITS[unit - 1]] if unit else []
    )
    if n == 2:
        return "(?:er|liang)"
    return _SEP.join(parts)


_MONTHS = (
    "january february march april may june july august september october november december"
).split()
# a month: its number in pinyin or in digits before "yue" ("san yue", "3yue", "shi'er yuefen")
_MONTH = [(rf"(?:{_number(i)}|{i}){_SEP}yue(?:fen)?", month) for i, month in enumerate(_MONTHS, 1)]
_AFTER = r" ?(?:yi ?hou|zhi ?hou|hou|guo ?hou)"
_ME = r"(?:wo|wo men)"
_NOT = r"(?:bie|bu ?yao|bu ?yong|qing wu)"
_AGAIN = r"(?:zai |you )?"
_DATA = r"(?:suo ?you |quan ?bu |ge ?ren )?(?:zi ?liao|xin ?xi|jian ?li|shu ?ju|lian ?xi fang ?shi)"
_LIST = r"(?:ni ?men de )?(?:ming ?dan|lie ?biao|shu ?ju ?ku|ren ?cai ?ku|xi ?tong)(?: ?(?:shang|li|zhong))?"
_REMOVE = r"(?:shan ?chu|yi ?chu|na ?diao|qu ?diao|shan ?diao)"

OPT_OUTS: tuple[tuple[str, str], ...] = (
    # "qing bie zai lianxi wo le", "yihou buyao zai lianxi wo", "bie zai gen wo lianxi"
    (
        rf"{_NOT} (?:zai |you )(?:gen |he |yu )?(?:{_ME} )?lian ?xi(?: {_ME})?",
        "do not contact me again",
    ),
    (
        rf"{_NOT} (?:gen {_ME} |he {_ME} )?lian ?xi {_ME}(?! (?:shang ?ban|gong ?zuo) ?shi ?jian)",
        "do not contact me",
    ),
    # "buyao zai gei wo fa renhe zhaopin xinxi le": again, any message - not one channel
    (
        rf"{_NOT} zai (?:gei {_ME} )?fa (?:ren ?he |ge ?zhong )?(?:zhao ?pin |gong ?zuo |zhi ?wei )?"
        r"(?:xin ?xi|xiao ?xi|you ?jian|duan ?xin|zhi ?wei|dong ?xi)",
        "do not send me any more messages",
    ),
    (rf"{_NOT} {_AGAIN}(?:da ?rao|sao ?rao) {_ME}", "stop bothering me"),
    # "qing shanchu wo de suoyou ziliao", "ba wo de jianli shanchu", "ba wo cong mingdan shang shanchu"
    (rf"{_REMOVE} {_ME} de {_DATA}", "delete my details"),
    (rf"ba {_ME} de {_DATA} (?:cong {_LIST} )?{_REMOVE}", "delete my details"),
    (rf"(?:ba {_ME} )?cong {_LIST} ?{_REMOVE}(?: {_ME})?", "take me off your list"),
    (r"tui ?ding", "unsubscribe"),
)
# the sectors below, which an "I (don't) want to work in" must stand before to be read as one
_SECTOR = r"(?:jin ?rong|yin ?hang|kuang ?ye|shi ?you|you ?qi|guo ?fang|jun ?gong|du ?bo|bo ?cai)"

CUES: tuple[tuple[str, str], ...] = (
    # the times and channels that narrow a request: "shangban shijian bie da dianhua"
    (r"(?:shang ?ban|gong ?zuo) ?shi ?jian(?: nei| li)?", "during work hours"),
    (rf"{_NOT} (?:gei {_ME} )?da dian ?hua(?: gei {_ME})?", "do not call me"),
    (rf"fa you ?jian(?: gei {_ME})? (?:jiu (?:xing|keyi|hao)|ke ?yi)", "email is fine"),
    (r"(?:wo )?yi ?jing bu zai zhao gong ?zuo(?: le)?", "no longer looking"),
    (r"xian ?zai (?:tai |hen |bi ?jiao )?mang(?: le)?", "too busy right now"),
    # "zai lianxi wo" after a wait: get in touch again (the stops above are looked for first)
    (rf"zai lian ?xi {_ME}(?: ba)?", "get in touch"),
    # pay: "zuidi yao shiwu wan" (at least 150k), "shi'er wan zuoyou jiu keyi" (about 120k is fine)
    (r"(?:zui ?di|zhi ?shao|qi ?ma)(?: yao)?|bu ?di ?yu", "at least"),
    (r"fou ?ze bu kao ?lv|fou ?ze bu kao ?lü|fou ?ze bu kao ?lu", "or nothing"),
    (r"zuo ?you (?:jiu (?:ke ?yi|xing)|ye ke ?yi|mei wen ?ti)", "or so is fine"),
    *((rf"{_number(n)}{_SEP}wan(?! ?shang)", f"{n * 10}k") for n in range(99, 0, -1)),
    # travel: "chuchai" (business trips)
    (rf"(?:{_ME} )?bu (?:xiang|yao|neng|yuan ?yi) chu ?chai", "no business travel"),
    (r"chu ?chai mei wen ?ti|ke ?yi chu ?chai", "happy to travel"),
    # an industry wanted or refused: "bu xiang zai jinrong hangye gongzuo le"
    (rf"bu (?:xiang|yao|yuan ?yi|hui) (?:zai|qu|jin)(?= {_SECTOR})", "won't work in"),
    (
        rf"(?:hen |zhen |fei ?chang )?(?:xiang|xi ?wang) (?:zai|qu|jin)(?= {_SECTOR})",
        "keen to work in",
    ),
    (r"jin ?rong ke ?ji", "fintech"),
    (r"jin ?rong", "finance"),
    (r"yin ?hang", "banking"),
    (r"kuang ?ye", "mining"),
    (r"shi ?you (?:he |tian ?ran ?qi)|you ?qi", "oil and gas"),
    (r"guo ?fang|jun ?gong", "defence"),
    (r"du ?bo|bo ?cai", "gambling"),
    (r"(?:hang ?ye|ling ?yu)(?: gong ?zuo)?(?: le)?", "industry"),
    (r"(?:gong ?si|qi ?ye)(?: gong ?zuo)?(?: le)?", "companies"),
)
WAITS: tuple[tuple[str, str], ...] = (
    # "chunjie hou", "guonian yihou", "guo wan nian", "nongli xinnian hou": after the Lunar New Year
    (
        rf"(?:chun ?jie|guo ?nian|nong ?li xin ?nian|chun ?jie jie ?shu){_AFTER}|guo ?wan ?nian",
        "after the lunar new year",
    ),
    (r"chun ?jie (?:qian|yi ?qian|zhi ?qian)", "before the lunar new year"),
    *((rf"{p}{_AFTER}", f"after {m}") for p, m in _MONTH),
    *((rf"dao {p}(?: wei ?zhi)?", f"until {m}") for p, m in _MONTH),
    *((rf"{_number(n)}{_SEP}ge{_SEP}yue{_AFTER}", f"in {n} months") for n in range(12, 0, -1)),
    (r"xia ge yue", "next month"),
)


def _joined(entries: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    """Each run of syllables that may be spaced ("lian ?xi") also written out joined
    ("lianxi"): ``reading.foreign`` only searches a note holding one of the patterns' whole
    words, and people type the word joined more often than not."""
    run = re.compile(r"(?<![\w\\])[a-z]+(?: \?[a-z]+)+")
    return tuple(
        (run.sub(lambda m: f"(?:{m.group().replace(' ?', '')}|{m.group()})", p), e)
        for p, e in entries
    )


OPT_OUTS = _joined(OPT_OUTS)
CUES = _joined(CUES)
WAITS = _joined(WAITS)
