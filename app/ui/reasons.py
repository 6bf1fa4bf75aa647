"""One ranked person in full: the score's parts, every reason and the evidence behind it."""

import pandas as pd
import streamlit as st

from app.ui.plain import SENTENCE, plain
from matching.engine import RankedCandidate

KIND_LABEL = {
    "past_reason_resolved": ":material/check_circle: Last time's reason is resolved",
    "past_reason_standing": ":material/warning: Last time's reason still stands",
    "motivation": ":material/lightbulb: Motivation met",
    "motivation_conflict": ":material/warning: Goes against a motivation",
    "history": ":material/workspace_premium: History with us",
    "relationship": ":material/handshake: Relationship",
    "restraint": ":material/pause_circle: Restraint",
    "feedback_owed": ":material/rate_review: Feedback owed",
    "requirements": ":material/checklist: Requirements",
    "skills": ":material/build: Skills",
    "experience": ":material/explore: Experience",
}


def reason_label(kind: str) -> str:
    return KIND_LABEL.get(kind, kind.replace("_", " ").capitalize())


def show_reasons(person: RankedCandidate, *, key: str) -> None:
    parts = pd.DataFrame(
        [{"Part": k.replace("_", " "), "Value": round(v, 3)} for k, v in person.components.items()]
    )
    left, right = st.columns([3, 1])
    with left:
        if not person.reasons:
            st.write("No particular reason stands out beyond the profile's fit.")
        for reason in person.reasons:
            st.markdown(
                f"**{reason_label(reason.kind)}** — {plain(reason.sentence, limit=SENTENCE)}"
            )
            if reason.evidence:
                with st.expander("Evidence", expanded=False):
                    st.json(reason.evidence, expanded=True)
    with right:
        st.caption("Score parts (0–1; motivation, past reason and relationship −1–1)")
        st.dataframe(parts, hide_index=True, width="stretch", key=f"{key}_parts")
