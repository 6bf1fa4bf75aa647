"""The Candidate page's motivations editor: edit, re-categorise, delete, add.

A change is stored, then the person's vectors are refreshed (``index_pool`` embeds only what
changed) so the next search already compares the new words.
"""

import streamlit as st

from app.resources import get_engine, get_matcher
from app.ui.guards import reported
from data.db import session_scope
from data.models import Motivation
from data.motivation_edits import add_motivation, delete_motivation, update_motivation
from data.vocab import MotivationCategory
from matching.indexer import index_pool

CATEGORIES = [c.value for c in MotivationCategory]


def _reindex() -> None:
    matcher = get_matcher()
    with st.spinner("Updating the index with the new words…"):
        index_pool(matcher.engine, matcher.embedder)


def _write(what: str, call, **kw) -> bool:
    done = False
    with reported(what), session_scope(get_engine()) as session:
        call(session=session, **kw)
        done = True
    if done:
        _reindex()
    return done


def motivations_editor(candidate_id: int, motivations: list[Motivation]) -> None:
    if not motivations:
        st.caption("No stated motivations yet: ask what would make a move worth it.")
    for m in motivations:
        cols = st.columns([6, 2, 1, 1], vertical_alignment="bottom")
        statement = cols[0].text_input(
            "Motivation", value=m.statement, key=f"cand_mot_{m.id}", label_visibility="collapsed"
        )
        category = cols[1].selectbox(
            "Category",
            CATEGORIES,
            index=CATEGORIES.index(m.category) if m.category in CATEGORIES else len(CATEGORIES) - 1,
            key=f"cand_mot_cat_{m.id}",
            label_visibility="collapsed",
        )
        if cols[2].button("Save", key=f"cand_mot_save_{m.id}"):
            if _write(
                "The motivation was not saved",
                update_motivation,
                motivation_id=m.id,
                statement=statement,
                category=category,
            ):
                st.rerun()
        if cols[3].button("Delete", key=f"cand_mot_del_{m.id}"):
            if _write("The motivation was not deleted", delete_motivation, motivation_id=m.id):
                st.rerun()
    cols = st.columns([8, 2], vertical_alignment="bottom")
    new = cols[0].text_input(
        "Add a motivation",
        key="cand_mot_new",
        placeholder="e.g. Wants to lead a small team; fully remote",
    )
    if cols[1].button("Add", key="cand_mot_add"):
        if _write(
            "The motivation was not added",
            add_motivation,
            candidate_id=candidate_id,
            statement=new,
        ):
            st.session_state.pop("cand_mot_new", None)
            st.rerun()
