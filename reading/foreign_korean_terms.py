"""Korean words for terms of work, rewritten into the English the rules know (entries of
``reading.foreign_words``, put in front of ``reading.foreign_cjk``'s; see that module for the
table's rules): overtime and crunch refused, taken in stride or absent from a role ("크런치는 다시는
못 해요", "야근은 괜찮아요", "크런치 없는 스튜디오"), shift work refused or fine ("교대근무 더는 못 함",
"교대 괜찮음") and day work only ("주간 근무만"), permanent and contract seats ("정규직만",
"계약직은 싫어요"), and leading people refused, wanted or only ("팀장 자리는 이제 그만할래요",
"파트장 역할 해보고 싶다", "팀장급 아니면 안 가요", "엔지니어 8명 관리") or coding wanted again.

Each entry is a whole construction, the thing and the verb that says no, yes or only, so that a
word said in passing ("교대수당": a shift allowance, "팀장님께 물어볼게요") is no condition.
"""

from __future__ import annotations

from reading.foreign_cjk import CJK

# the particle after the thing, and "any more", "never again", "now"
_PART = r"(?:은|는|도|이|가|을|를)?"
_MORE = r"(?: ?(?:다시는|더는|더 ?이상|이제(?:는)?|절대|앞으로는?))?"
# "can't", "don't want to", "won't", "no way", said in any register
_NO = (
    r" ?(?:못 ?(?:해요|한대요|함|하겠어요|하겠습니다|합니다|한다|하겠다|해)|싫(?:어요|다|음|습니다|어서|다고|대요|답니다)|"
    r"안 ?(?:해요|한대요|함|할래요|합니다|한다|하겠다)|불가(?:능)?|사절|그만(?:할래요|하고 ?싶어요|하고 ?싶다|둘래요|하겠습니다))"
)
# "fine", "possible", "no matter", "can't be helped"
_FINE = (
    r" ?(?:괜찮(?:아요|음|습니다|다|고)|가능(?:해요|함|합니다)?|OK|상관 ?없(?:어요|음|다|습니다)|"
    r"어쩔 ?수 ?없(?:죠|지|어요|다|음))"
)
_OVERTIME = r"(?:크런치|야근|초과 ?근무|철야|밤샘 ?근무)"
_SHIFTS = r"(?:[234] ?교대(?: ?근무)?|교대 ?근무|교대(?! ?수당))"
_LEAD = r"(?:팀장|파트장|그룹장|리더|관리자|관리직|매니저)(?: ?급| ?자리| ?역할| ?포지션| ?직)?"

WORDS: tuple[tuple[str, str], ...] = (
    # overtime: refused, fine, or absent (a role's "크런치 없는 스튜디오", a note's "야근 없는 곳이면")
    (rf"{CJK}{_OVERTIME}{_PART}{_MORE}{_NO}", " no more overtime "),
    (rf"{CJK}{_OVERTIME}{_PART}{_FINE}", " overtime is fine "),
    (rf"{CJK}{_OVERTIME}{_PART} ?(?:없는|없음|없습니다|없어요|제로)", " no overtime "),
    # shift work
    (rf"{CJK}{_SHIFTS}{_PART}{_MORE}{_NO}", " no more shift work "),
    (rf"{CJK}{_SHIFTS}{_PART}{_FINE}", " shift work is fine "),
    (rf"{CJK}(?:주간 ?근무|낮 ?근무)(?:만| ?only)", " day shifts only "),
    # permanent and contract seats
    (rf"{CJK}정규직 ?전환", " "),  # a route to a permanent seat, no permanent seat
    (
        rf"{CJK}정규직 ?(?:으로만|만|only|(?:이 ?)?아니면 ?(?:안 ?(?:가요|감|갑니다|간다|갈래요|돼요|해요)|싫어요))",
        " permanent only ",
    ),
    (rf"{CJK}정규직{_PART}{_MORE}{_NO}", " no permanent roles "),
    (rf"{CJK}프리랜서(?:로|으로)만", " freelance only "),
    (
        rf"{CJK}(?:계약직|파견직?)(?:이어도|이라도|도|으로 ?시작해도|로 ?시작해도) ?(?:괜찮|가능|OK|상관 ?없)",
        " contract is fine ",
    ),
    (
        rf"{CJK}(?:계약직|파견직?|프리랜서)(?:이나|이든|도|은|는)?(?: ?(?:계약직|파견직?))?{_MORE}{_NO}",
        " no contract roles ",
    ),
    (rf"{CJK}정규직", " permanent "),
    (rf"{CJK}계약직", " fixed-term contract "),
    (rf"{CJK}프리랜서", " freelance "),
    # leading people: refused, only, wanted; a role's "8명 관리"
    (rf"{CJK}{_LEAD}{_PART}{_MORE}{_NO}", " not interested in managing people "),
    (
        rf"{CJK}{_LEAD} ?(?:이 ?|가 ?)?아니면 ?(?:안 ?(?:가요|감|갑니다|간다|해요)|싫어요)",
        " team lead roles only ",
    ),
    (
        rf"{CJK}{_LEAD}{_PART}(?: ?이제)? ?(?:해 ?보고 ?싶|하고 ?싶|맡고 ?싶|맡아 ?보고 ?싶|원(?:해요|함|합니다))",
        " wants to manage people ",
    ),
    (
        rf"{CJK}(?:팀원|후배|주니어|엔지니어|사람)(?:들)?(?:을|를)? ?(?:관리하는|키우는|이끄는)",
        " managing people ",
    ),
    (
        rf"{CJK}(?:엔지니어|팀원|직원|인원)? ?(?<![\d.])\d{{1,2}} ?명 ?(?:관리|리드)",
        " people management ",
    ),
    (
        rf"{CJK}(?:다시 ?)?(?:코드|코딩|개발)(?:를|을)? ?(?:다시 ?)?(?:짜고|하고|치고) ?싶(?:어요|다|음|습니다|다고)",
        " wants to code again ",
    ),
    (
        rf"{CJK}(?:장비|현장|코드) ?앞에 ?(?:있는|서는|앉아 ?있는) ?(?:게|것이) ?좋",
        " wants to stay hands-on ",
    ),
)
