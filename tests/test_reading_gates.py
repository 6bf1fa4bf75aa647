"""The gates in front of the reader's patterns (``reading.gates``) never change what they find."""

import importlib
import json
import pkgutil
import re
from pathlib import Path

import pytest

import reading
from reading.clauses import clauses
from reading.gates import Gated, gated, required
from reading.normalise import normalise

SETS = Path(__file__).parent.parent / "evaluation"


def _patterns() -> dict[str, re.Pattern | Gated]:
    found = {}

    def walk(value, name, depth=0):
        if isinstance(value, re.Pattern | Gated):
            found[name] = value
        elif depth < 2 and isinstance(value, dict):
            for key, item in value.items():
                walk(item, f"{name}[{key}]", depth + 1)
        elif depth < 2 and isinstance(value, list | tuple):
            for i, item in enumerate(value):
                walk(item, f"{name}[{i}]", depth + 1)

    for info in pkgutil.iter_modules(reading.__path__):
        module = importlib.import_module(f"reading.{info.name}")
        for attr, value in vars(module).items():
            walk(value, f"{info.name}.{attr}")
    return found


def _texts(files: str) -> list[str]:
    """Notes as written, normalised, and cut into the clauses and segments rules search."""
    texts = set()
    for path in sorted(SETS.glob(files)):
        for line in path.read_text().splitlines():
            if not line.strip():
                continue
            note = json.loads(line)["text"]
            t = normalise(note).text
            texts.update((note, t))
            for c in clauses(t):
                texts.add(t[c.start : c.end])
                texts.update(t[s:e] for s, e in c.segments)
    return sorted(texts)


PATTERNS = _patterns()


def test_the_costly_patterns_are_gated():
    gates = {name for name, p in PATTERNS.items() if isinstance(p, Gated)}
    assert {"contact.OPT_OUT", "mobility._OFFICE_DAYS", "facets._COMPILED[industry][1]"} <= gates


TEXTS = _texts("reading_set.jsonl")
_PLAIN: dict[str, dict[int, list[tuple]]] = {}


def _plain_matches(name: str, plain: re.Pattern) -> dict[int, list[tuple]]:
    """Every match of the plain pattern in each of ``TEXTS``, found once and shared by the two
    tests below: a plain search of the largest tables costs a quarter of a second a note, and
    ``search`` and ``match`` answer as the first match does (leftmost, in the pattern's own
    order; ``match`` when that one starts at 0), so one ``finditer`` holds all three. Kept
    by the text's index, only where there is a match (most texts have none)."""
    if name not in _PLAIN:
        found = {}
        for i, t in enumerate(TEXTS):
            matches = [(m.span(), m.groups(), m.lastgroup) for m in plain.finditer(t)]
            if matches:
                found[i] = matches
        _PLAIN[name] = found
    return _PLAIN[name]


def test_a_gated_pattern_finds_exactly_what_the_pattern_finds():
    for name, p in PATTERNS.items():
        if not isinstance(p, Gated):
            continue
        plain_found = _plain_matches(name, p._pattern)
        for i, t in enumerate(TEXTS):
            plain = plain_found.get(i, [])
            found = [(m.span(), m.groups(), m.lastgroup) for m in p.finditer(t)]
            assert found == plain, name
            first = plain[0][0] if plain else None
            found = p.search(t)
            assert (found and found.span()) == first, name
            found = p.match(t)
            assert (found and found.span()) == (first if first and first[0] == 0 else None), name


def test_search_and_match_answer_as_the_first_match_does():
    """What the shared plain matches above rest on, checked on the patterns themselves."""
    checked = 0
    for name, p in PATTERNS.items():
        plain = p._pattern if isinstance(p, Gated) else p
        for t in TEXTS[::50]:
            first = next(plain.finditer(t), None)
            expected = first and first.span()
            assert ((m := plain.search(t)) and m.span()) == expected, name
            at_start = expected if expected and expected[0] == 0 else None
            assert ((m := plain.match(t)) and m.span()) == at_start, name
            checked += 1
    assert checked > 10_000


def test_every_pattern_of_the_reader_matches_only_where_its_required_strings_are():
    """The analysis behind the gates, checked on every pattern, gated or not."""
    checked = 0
    for name, p in PATTERNS.items():
        plain = p._pattern if isinstance(p, Gated) else p
        needles = required(plain)
        if not needles:
            continue
        checked += 1
        for i in _plain_matches(name, plain):
            t = TEXTS[i]
            assert any(n in t for n in needles), (name, needles, t)
    assert checked > 100


@pytest.mark.parametrize(
    ("pattern", "needles"),
    [
        (r"\bremote\b", ("remote",)),
        (r"colou?r", ("colo",)),
        (r"\b(?:wfh|remote) only\b", (" onl",)),  # in both "wfh only" and "remote only"
        (r"(?:on-call|on call)", ("call",)),  # one piece both share
        (r"\d+k", ("k",)),
        (r"[-–]only", ("only",)),
        # a look-ahead consumes nothing, yet what it looks for must be in the text
        (r"(?=visa)\w+", ("visa",)),
        (r"(?!visa)\w+", None),  # a look-ahead that must fail requires nothing
        (r"(?i)visa", None),  # any case: no gate
        (r"(?:visa)?\d", None),
        (r"a|\d", None),
    ],
)
def test_required_strings(pattern, needles):
    assert required(re.compile(pattern)) == needles


def test_a_pattern_without_required_strings_always_runs():
    digits = gated(re.compile(r"\d+"))
    assert digits.search("£95k").span() == (1, 3)
    assert digits.findall("3 or 4 days") == ["3", "4"]
    assert gated(re.compile("visa")).search("needs a visa").span() == (8, 12)
    assert gated(re.compile("visa")).search("needs sponsorship") is None
    assert gated(re.compile("visa")).pattern == "visa"


def test_prepare_works_out_every_gate_at_once():
    from reading.gates import _ALL, prepare

    prepare()
    assert all(isinstance(gate._needles, tuple) for gate in _ALL)


def test_a_long_alternation_is_searched_with_only_the_branches_a_text_leaves_possible():
    from reading.gates_alternatives import Alternatives

    pattern = re.compile(
        r"\b(?:" + "|".join(f"(?P<w{i}>{w} only)" for i, w in enumerate(WORDS)) + r")\b"
    )
    branches = Alternatives.of(pattern)
    assert branches is not None
    narrowed = branches.pattern_for("wants remote only, or hybrid only at a push")
    assert narrowed is not pattern
    # The groups keep the whole pattern's names and numbers.
    m = narrowed.search("wants remote only, or hybrid only at a push")
    assert m.lastgroup == "w1" and m.span(2) == m.span() and m.group(1) is None
    assert [x.group() for x in narrowed.finditer("hybrid only, remote only")] == [
        "hybrid only",
        "remote only",
    ]
    assert branches.pattern_for("nothing of the kind").search("nothing of the kind") is None
    # One branch left possible: that branch, compiled once from the parse and kept.
    one = branches.pattern_for("remote only please")
    assert one is branches.pattern_for("remote only") and one.pattern is None
    # Two branches: searched apart at first, compiled together once searching them apart has
    # cost what compiling them would (a text from a template comes again and again).
    text = "leeds only or berlin only"
    first = branches.pattern_for(text)
    assert not isinstance(first, re.Pattern) and branches.pattern_for(text) is first
    spans = [m.span() for m in first.finditer(text)]
    uses = 0
    while uses < 100_000 and not isinstance(narrowed := branches.pattern_for(text), re.Pattern):
        assert [m.span() for m in narrowed.finditer(text)] == spans
        uses += 1
    assert isinstance(narrowed, re.Pattern) and uses > 1
    assert [m.span() for m in narrowed.finditer(text)] == spans
    assert branches.pattern_for(text) is narrowed


def test_branches_searched_apart_answer_as_the_whole_pattern_does():
    """Leftmost match first, and at one place the first branch in the pattern's order, with a
    tail that can match in several ways after the alternation; in any case when asked to."""
    from reading.gates_alternatives import Alternatives

    words = [*WORDS, "remote only", "only"]  # branches that overlap, in a chosen order
    tails = r"(?:\s+(?:please|pls)|!+)?"
    for flags in (0, re.IGNORECASE):
        pattern = re.compile(
            r"\b(?:" + "|".join(f"({re.escape(w)})" for w in words) + ")" + tails + r"\b",
            flags,
        )
        branches = Alternatives.of(pattern)
        assert branches is not None
        texts = [
            "remote only please, or hybrid only!! maybe onsite",
            "REMOTE ONLY pls; Lisbon or LEEDS, nights only",
            "only weekends, python or golang, part-time only!",
            "nothing to see",
            "berlin berlin berlinonly",
        ]
        for text in texts:
            narrowed = branches.pattern_for(text)
            if flags:
                assert narrowed is not pattern or text == "nothing to see"
            whole = [(m.span(), m.lastindex, m.groups()) for m in pattern.finditer(text)]
            apart = [(m.span(), m.lastindex, m.groups()) for m in narrowed.finditer(text)]
            assert apart == whole, text
            assert narrowed.findall(text) == pattern.findall(text)
            from_third = [narrowed.search(text, 3), pattern.search(text, 3)]
            assert len({m.span() if m else None for m in from_third}) == 1
            assert bool(narrowed.match(text)) == bool(pattern.match(text))


def test_a_choice_before_the_alternation_keeps_the_whole_pattern():
    """Where the text meets the branches would depend on which branch is tried: the branches
    cannot be searched apart."""
    from reading.gates_alternatives import Alternatives

    alternation = "(?:" + "|".join(f"{w} only" for w in WORDS) + ")"
    assert Alternatives.of(re.compile(r"(?:very |)" + alternation)) is None
    assert Alternatives.of(re.compile(r"\b" + alternation)) is not None


def test_a_case_blind_pattern_looks_for_its_needles_in_the_lower_cased_text():
    from reading.gates_alternatives import Alternatives

    pattern = re.compile("|".join(f"{w} only" for w in WORDS), re.IGNORECASE)
    branches = Alternatives.of(pattern)
    assert branches is not None
    assert branches.pattern_for("REMOTE ONLY").search("REMOTE ONLY").group() == "REMOTE ONLY"
    assert branches.pattern_for("Berlin Only").search("Berlin Only") is not None
    # The long s matches "s" when case is ignored, though it does not lower to it.
    text = "Lisbon or Leeds, Python ſomething, golang only"
    assert branches.pattern_for(text) is pattern


WORDS = ["onsite", "remote", "hybrid", "contract", "permanent", "part-time", "full-time"]
WORDS += ["weekday", "daytime", "nights", "weekends", "london", "leeds", "berlin", "lisbon"]
WORDS += ["python", "golang"]


def test_a_short_alternation_is_not_narrowed():
    from reading.gates_alternatives import Alternatives

    assert Alternatives.of(re.compile(r"\b(?:remote|hybrid|onsite) only\b")) is None
