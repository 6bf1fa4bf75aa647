"""The ``topic`` facet: a refusal or a wish whose object no facet table knows, read as its
content words. Classes: refusals ("won't do / work in / touch / go back to X", "no more X",
"never again X", "X never again", "not doing X again", "refuses X", "hates X", "done with X",
"sick of / fed up with X", "can't stand X", "X is a hard no / dealbreaker / no-go", "doesn't want
X", "not interested in X", "wants off / away from X", "steer clear of X", "avoid X", a clause
opening "no X"), wishes ("wants X", "keen on X", "loves X", "would love X", "looking for X",
"wants to get into / back on X", "prefers X", "onto X", "X please", "dream is X", "X is where she
wants to be", "X is the goal"), first and third person, lower-case shorthand; a negated wish
refuses. Twins that read no topic: "no problem / issue / objection with X", "not opposed to X",
"nothing against X", "don't mind X", "never had a problem with X", "X is fine", "X no longer an
issue", "no more X than before", past reports ("hated X at college but..."), a negated refusal,
a lack told of a place ("no cranes on the site"), an object holding a facet's own matter that
its table missed ("Sunday tutoring" is no refusal of tutoring); and a facet's own words ("no
more on-call") give that facet only. Sentences are our own."""

from datetime import date

import pytest

from reading import read
from reading.topics import stem

SAID = date(2026, 11, 20)


def topics(text: str) -> set[tuple[str, tuple[str, ...]]]:
    """(polarity, stems) of each topic read."""
    return {
        (c.polarity, tuple(c.value["words"]))
        for c in read(text, said_at=SAID)
        if c.facet == "topic"
    }


@pytest.mark.parametrize(
    "text, words",
    [
        ("Won't work on seaplanes again, not after the crash.", ("seaplanes",)),
        ("she wont do abattoirs", ("abattoirs",)),
        ("He will not go back to tunnelling.", ("tunnelling",)),
        ("won't touch Sage again", ("sage",)),
        ("No more scaffolding since the fall last spring.", ("scaffolding",)),
        ("never again with asbestos removal", ("asbestos", "removal")),
        ("Asbestos removal never again.", ("asbestos", "removal")),
        ("Dredgers. Never again.", ("dredgers",)),
        ("I'm not doing port cranes again", ("port", "cranes")),
        ("Refuses Pandle, swears by QuickBooks", ("pandle",)),
        ("hates Blackboard with a passion", ("blackboard",)),
        ("She's done with cold storage warehouses", ("cold", "storage", "warehouses")),
        ("sick of Epic, wants out", ("epic",)),
        ("fed up with timeshare sales", ("timeshare", "sales")),
        ("I can't stand open-plan trading floors", ("open", "plan", "trading", "floors")),
        ("Sterile compounding is a hard no for him.", ("sterile", "compounding")),
        ("pharmacovigilance is a dealbreaker", ("pharmacovigilance",)),
        ("Doesn't want tanker routes", ("tanker", "routes")),
        ("not interested in payday lending", ("payday", "lending")),
        ("wants off Dynamics, onto something modern", ("dynamics",)),
        ("Would steer clear of rope access.", ("rope", "access")),
        ("tries to avoid live broadcast", ("live", "broadcast")),
        ("it's rope access he won't do", ("rope", "access")),
        ("no dredgers with a young family", ("dredgers",)),
        ("not keen on Blackboard", ("blackboard",)),
    ],
)
def test_a_refusal_of_something_no_facet_knows_is_a_topic(text, words):
    assert ("avoid", tuple(map(stem, words))) in topics(text)


@pytest.mark.parametrize(
    "text, words",
    [
        ("Wants Pandle.", ("pandle",)),
        ("keen on tidal barrages", ("tidal", "barrages")),
        ("she loves puppet theatre", ("puppet", "theatre")),
        ("I'd love to get into esports", ("esports",)),
        ("Looking for theme park rides", ("theme", "park", "rides")),
        ("wants to get back on motorsport", ("motorsport",)),
        ("He prefers single-use bioreactors", ("single", "bioreactors")),
        ("Blackboard please", ("blackboard",)),
        ("her dream is rally cars", ("rally", "cars")),
        ("Pandle is where he wants to be.", ("pandle",)),
        ("tidal barrages are the dream", ("tidal", "barrages")),
        ("wants off Sage onto Pandle", ("pandle",)),
    ],
)
def test_a_wish_for_something_no_facet_knows_is_a_topic(text, words):
    assert ("wish", tuple(map(stem, words))) in topics(text)


@pytest.mark.parametrize(
    "text",
    [
        "No problem with scaffolding.",
        "no issue with abattoirs at all",
        "No objection to tunnelling.",
        "Not opposed to seaplanes.",
        "Nothing against Sage.",
        "I don't mind dredgers.",
        "Never had a problem with rope access.",
        "Pandle is fine.",
        "asbestos removal no longer an issue",
        "no more tunnelling than before",
        "Hated Blackboard at college but it's grown on him.",
        "used to hate Epic",
        "Doesn't hate Blackboard.",
        "the client wants Pandle experience",
        "not doing much at the moment",
        "Money wasn't it - no gantry cranes on the site and her knees gave out.",
        "it's Sunday tutoring he won't do again",
    ],
)
def test_a_twin_reads_no_topic(text):
    assert not topics(text)


@pytest.mark.parametrize(
    "text",
    [
        "No more on-call.",
        "Never again in retail.",
        "wants remote",
        "sick of night shifts",
        "doesn't want to relocate",
    ],
)
def test_what_a_facet_reads_is_not_also_a_topic(text):
    found = read(text, said_at=SAID)
    assert found and not any(c.facet == "topic" for c in found)


def test_an_object_is_cut_at_its_clause_and_split_into_items():
    got = topics("hates Blackboard and Canvas because of the admin")
    assert got == {("avoid", ("blackboard",)), ("avoid", ("canva",))}
    (c,) = [c for c in read("No more dredgers since the storm.", said_at=SAID)]
    assert c.value == {"words": ["dredger"], "phrase": "dredgers"}


@pytest.mark.parametrize(
    "text",
    [
        # ("cold calling" is read whole since held-out 47: tests/test_read_h47_classes.py)
        "refuses big hotels",  # not "hotels"
        "won't touch final cut pro again",  # not "pro"
        "no more new builds",
    ],
)
def test_an_object_that_needs_a_common_word_is_no_fragment_of_a_topic(text):
    """A common word the object cannot do without ("calling", "cut") is not dropped to leave a
    fragment that means something else: the object is no topic at all."""
    assert not [c for c in read(text) if c.facet == "topic"]


def test_a_hyphenated_or_side_object_keeps_its_words():
    (c,) = [c for c in read("prefers single-use kit") if c.facet == "topic"]
    assert c.value["phrase"] == "single-use kit"
    assert [
        c.value["phrase"] for c in read("keen on the broadcast side") if c.facet == "topic"
    ] == ["broadcast"]
