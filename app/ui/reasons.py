"""One ranked person in full: every reason with its evidence in sentences, and the score's
parts in words ("skills", "what they want", "last time", "history", "relationship")."""

import streamlit as st

from app.ui.plain import SENTENCE, plain
from matching.engine import RankedCandidate
from matching.explain_words import evidence_sentences, score_parts
from matching.weights import DEFAULT_WEIGHTS, Weights

KIND_LABEL = {
    "past_reason_resolved": ":material/check_circle: Last time's reason is resolved",
    "past_reason_standing": ":material/warning: Last time's reason still stands",
    "motivation": ":material/lightbulb: Motivation met",
    "motivation_conflict": ":material/warning: Goes against a motivation",
    "check": ":material/help: Check first",
    "history": ":material/workspace_premium: History with us",
    "relationship": ":material/handshake: Relationship",
    "restraint": ":material/pause_circle: Restraint",
    "feedback_owed": ":material/rate_review: Feedback owed",
    "requirements": ":material/checklist: Requirements",
    "skills": ":material/build: Skills",
    "experience": ":material/explore: Experience",
}


def reason_label(kind: str) -> str:
    return KIND_LABEL.get(kind, plain(kind.replace("_", " ").capitalize()))


def show_reasons(person: RankedCandidate, *, weights: Weights = DEFAULT_WEIGHTS) -> None:
    """Every reason, its evidence as sentences under it, then the score's parts in words."""
    if not person.reasons:
        st.write("No particular reason stands out beyond the profile's fit.")
    # One element per reason and per evidence sentence: each stays one capped sentence, however
    # many reasons a person has (a single block would grow with them).
    for reason in person.reasons:
        st.markdown(f"**{reason_label(reason.kind)}** — {plain(reason.sentence, limit=SENTENCE)}")
        for sentence in evidence_sentences(reason.evidence):
            st.caption(f"↳ {plain(sentence, limit=SENTENCE)}")
    st.markdown(
        "**Score parts** — "
        + " · ".join(
            f"{part.label}: **{part.word}**" for part in score_parts(person.components, weights)
        ),
        help="How each part counts in the score, from the weights in use. "
        + " ".join(f"{p.label}: {p.help}" for p in score_parts(person.components, weights)),
    )
