"""Japanese and Korean stops that ``reading.foreign_cjk`` does not hold, rewritten into the English the
rules know: the polite question form ("今後のご連絡はご遠慮いただけますでしょうか"), deletion
"and then" ("登録情報を削除のうえ"), a Korean stop with nothing before it ("연락하지 말라고요",
"연락하지 마세요" opening its sentence), a refusal to receive ("앞으로 채용 관련 연락은 받지
않겠습니다"), a team's log of it ("당사 연락 일체 거부", "재연락 금지"), a deletion asked under the
privacy law ("개인정보 ... 삭제를 요청드립니다"), and both languages typed in Latin letters
("mou renraku shinaide kudasai", "deo isang yeollak hajimaseyo", "yeollak hajimasipsio").

A stop scoped to one way of writing ("LINEでの連絡は今後やめて", "電話はもうやめてください") or to
the newsletter ("メルマガの配信停止をお願いします") is rewritten as that way refused, or as nothing
when the English rules know no such channel: it is not a stop to contact. A Korean stop with no
"any more" word is read only where its sentence opens with it (and a few fillers: "아니", "제발"),
so "근무시간에는 연락하지 마세요" (not in working hours) stays unread.
"""

from __future__ import annotations

from reading.foreign_cjk import _JA_CONTACT, _JA_MINE, _JA_MORE, _KO_MORE, CJK

_STOP = " please do not contact me again "
_DELETE = " please delete my details "

# --- Japanese in its script ---------------------------------------------------------------------

# "ご遠慮いただけますでしょうか", "お控えいただけないでしょうか", "控えてもらえますか"
_JA_ASK_REFUSE = (
    r"(?:を|は)?(?:ご遠慮|お控え|控えて)(?:いただけ|頂け|もらえ)(?:ます|ません|ない)(?:でしょう)?か"
)
# a way of writing named before the contact: "LINEでの連絡", "電話でのご連絡", "メールは"
_JA_WAYS = (
    (r"LINE|ライン|カカオ(?:トーク)?|カトク|インスタ|Facebook|フェイスブック|Slack", " "),
    (r"電話|お電話|携帯", " no more calls "),
    (r"ショートメール|SMS|ショートメッセージ", " no more texts "),
    (r"LinkedIn|リンクトイン|インメール|InMail", " no more linkedin messages "),
)
_JA_WAY_STOP = (
    r"(?:で|から|への|経由)?(?:の)?(?:ご)?(?:連絡|メッセージ|お電話|電話)?(?:は|を|も)?(?:、)?"
    r"(?:今後|もう|これ以上)?(?:は)?(?:、)?(?:やめて|止めて|控えて|ご遠慮|しないで|不要|NG|なしで)"
)

_JA: tuple[tuple[str, str], ...] = (
    # one way refused, not contact: before the stops below (it starts earlier in the note)
    *((rf"{CJK}(?:{way}){_JA_WAY_STOP}", english) for way, english in _JA_WAYS),
    # the newsletter alone: "メルマガの配信停止をお願いします" (not "メルマガも個別のご連絡も")
    (
        rf"{CJK}(?:メルマガ|メールマガジン|ニュースレター)(?:の|は|を)?(?:配信)?(?:停止|解除|不要|止めて)",
        " ",
    ),
    (rf"{CJK}{_JA_MORE}(?:の|は|も)?{_JA_CONTACT}{_JA_ASK_REFUSE}", _STOP),
    (rf"{CJK}{_JA_CONTACT}(?:は|を|も)?{_JA_MORE}{_JA_ASK_REFUSE}", _STOP),
    # "登録情報を削除のうえ", "個人情報（履歴書を含む）をすべて削除いただき"
    (
        rf"{CJK}{_JA_MINE}[^。]{{0,24}}?(?:を|も)?(?:すべて|全て|一切)?(?:削除|消去|抹消)"
        r"(?:のうえ|の上|いただき|頂き|していただき|いただけ|していただけ)",
        _DELETE,
    ),
)

# --- Korean in its script -----------------------------------------------------------------------

# where a sentence opens (after its stop, or a comma), with a filler or two
_KO_OPEN = (
    r"(?:(?<![\s\S])|(?<=[.!?。！？,，~\n])|(?<=[.!?。！？,，~] )|(?<=요 )|(?<=다 ))"
    r"(?:(?:아니|제발|그냥|진짜|정말|저한테|제게|저에게|더는|그러니까|그러니|좀)[ ,]*){0,3}"
)
_KO_BARE_DONT = (
    r"(?:하지 ?마(?:세요|십시오|시라고요|시라니까요|라고요|라니까요|요)|하지 ?말(?:라고요|라고|라니까|아 ?주세요|아 ?주십시오)|"
    r"주지 ?(?:마세요|마십시오|말아 ?주세요|말라고요))"
)
_KO_ABOUT = r"(?:(?:채용|이직|포지션|관련|채용 ?관련|이직 ?관련|헤드헌팅) ?)*"

_KO: tuple[tuple[str, str], ...] = (
    (rf"{CJK}{_KO_OPEN}(?:연락|제안|메시지) ?(?:은|는|을|를|좀)? ?{_KO_BARE_DONT}", _STOP),
    # "앞으로 채용 관련 연락은 받지 않겠습니다"
    (
        rf"{CJK}{_KO_MORE} ?{_KO_ABOUT}(?:연락|제안)(?:은|는|을|를|도)? ?(?:받지 ?않|안 ?받)"
        r"(?:겠습니다|을게요|을래요|고 ?싶(?:습니다|어요)|습니다|아요)",
        _STOP,
    ),
    # a team's log: "당사 연락 일체 거부", "모든 연락 거부", "재연락 금지"
    (
        r"(?#cjk)(?:(?:당사|저희|귀사|회사) ?)?(?:연락|컨택) ?(?:일체|전부|모두) ?(?:거부|사절|금지|사양|불원)",
        _STOP,
    ),
    (r"(?#cjk)(?:일체의?|모든) ?(?:연락|컨택) ?(?:거부|사절|금지|사양)", _STOP),
    (r"(?#cjk)재 ?(?:연락|컨택) ?(?:금지|불가|하지 ?말 ?것)", _STOP),
    # "제 개인정보(이력서 포함) 일체의 삭제를 요청드립니다", "이력서 및 개인정보 삭제 요청"
    (
        r"(?#cjk)(?:개인 ?정보|이력서|연락처)[^.。!?]{0,24}?(?:삭제|파기)(?:를|을)? ?"
        r"(?:요청(?:드립니다|합니다|드려요|해요|함)?|부탁(?:드립니다|드려요)?|원합니다|해 ?주세요|바랍니다)",
        _DELETE,
    ),
)

# --- both in Latin letters ----------------------------------------------------------------------

_RO_JA_MORE = r"(?:mou|mō|nido ?to|kongo(?: wa)?|kore ijou|kore ijō|issai)"
_RO_JA_REFUSE = (
    r"(?:shinaide|shinai de|sinaide|shinaide kudasai|yamete(?: kudasai)?|"
    r"(?:wa |wo |o )?(?:go ?enryo|fuyou|fuyō|fuyo|kekkou|kekko|iranai|irimasen))"
)
_RO_KO_MORE = r"(?:deo ?isang|dasi(?:neun)?|apeuro(?:neun)?|ije|jebal|jeoldae)"
_RO_KO_DONT = (
    r"(?:ha ?ji ?ma(?:seyo|sipsio|sibsio|seyo|ra|yo)|ha ?ji ?mal(?:a ?juseyo|rago ?yo|lago ?yo)|"
    r"ha ?ji ?marago ?yo|ju ?ji ?ma(?:seyo|sipsio)|geu ?man(?: ?hae ?juseyo| ?haseyo| ?hae)?)"
)
_RO_OPEN = r"(?:(?<![\s\S])|(?<=[.!?,;\n])|(?<=[.!?,;] ))(?:(?:sumimasen|jebal|geunyang|jinjja|aniyo|ani)[ ,]*){0,2}"

_ROMAN: tuple[tuple[str, str], ...] = (
    # "mou renraku shinaide kudasai", "kongo wa renraku fuyou desu"
    (rf"{_RO_JA_MORE},? (?:go ?)?renraku(?: wa| wo| o)? {_RO_JA_REFUSE}", _STOP),
    (rf"{_RO_OPEN}(?:go ?)?renraku shi ?naide(?: kudasai)?", _STOP),
    (
        r"(?:watashi no )?(?:kojin ?jouhou|kojin ?joho|kojin ?jōhō|jouhou|joho|deeta|rirekisho)"
        r"(?: wo| o)? (?:sakujo|shoukyo|shokyo) (?:shite|onegai)",
        _DELETE,
    ),
    # "deo isang yeollak hajimaseyo", "yeollak hajimasipsio" opening its sentence
    (
        rf"{_RO_KO_MORE} (?:yeollak|yeonrak|yeolrak|yeon rak|yeol lak|yeol rak)(?: jom)? {_RO_KO_DONT}",
        _STOP,
    ),
    (
        rf"{_RO_OPEN}(?:yeollak|yeonrak|yeolrak|yeon rak|yeol lak|yeol rak)(?: jom)? {_RO_KO_DONT}",
        _STOP,
    ),
)

OPT_OUTS: tuple[tuple[str, str], ...] = _JA + _KO + _ROMAN
