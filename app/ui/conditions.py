"""What Encore read about a person, on the Candidate page, and the opt-outs to confirm on Home.

Every reading is shown in words with the sentence it came from; a recruiter confirms,
dismisses, corrects or re-dates it, or adds one by hand. Each change names the recruiter; its
commit tells the matcher the pool changed (``data.events``), so the next search already uses
it (no re-indexing: conditions are not embedded).
"""

from datetime import date

import streamlit as st

from app.identity import current_recruiter
from app.resources import get_engine
from app.ui.condition_fields import POLARITY_WORDS, check_value, value_inputs
from app.ui.dates import when
from app.ui.guards import reported
from app.ui.plain import SENTENCE, plain
from data import condition_edits as edits
from data.conditions_view import (
    PersonReading,
    ReadCondition,
    opt_outs_waiting,
    person_reading,
)
from data.db import session_scope
from data.timeutil import utcnow
from matching.wording import FACET_LABEL, condition_phrase
from reading.conditions import FACETS, POLARITIES

HOME_LIMIT = 20


def _act(what: str, call, *, check=None, **kw) -> None:
    """Run one edit as the current recruiter; on success the next search sees it.
    ``check``: a form check run first (its ValueError is shown like the edit's own)."""
    done = False
    with reported(what), session_scope(get_engine()) as session:
        if check:
            check()
        call(session=session, actor=current_recruiter(), **kw)
        done = True
    if done:
        st.rerun()


def read_conditions(candidate_id: int) -> PersonReading | None:
    with session_scope(get_engine()) as session:
        return person_reading(session=session, candidate_id=candidate_id)


def phrase(c: ReadCondition) -> str:
    """The condition in words, third person (``condition_phrase`` has no words for these two)."""
    if c.opt_out:
        return "asked not to be contacted again"
    if c.facet == "contact":
        how = "would rather not be" if c.polarity == "avoid" else "prefers to be"
        return f"{how} contacted by {c.value.get('channel') or 'this channel'}"
    if c.facet == "wait":
        if c.value.get("from"):
            return (
                f"asked to be left be from {when(_day(c.value['from']))} "
                f"until {when(_day(c.value.get('until')))}"
            )
        return f"asked us to wait until {when(_day(c.value.get('until')))}"
    return condition_phrase(c, person="third")


def _day(raw) -> date | None:
    try:
        return date.fromisoformat(str(raw)) if raw else None
    except ValueError:
        return None


def _quote(c: ReadCondition) -> str:
    """The sentence, with the words it was read from in bold (only our own ** are Markdown)."""
    s0, s1 = c.span
    text = c.sentence
    if not (0 <= s0 < s1 <= len(text)) or text[s0:s1].strip() != text[s0:s1]:
        return plain(text, limit=SENTENCE)
    before, after = plain(text[:s0], limit=SENTENCE), plain(text[s1:], limit=SENTENCE)
    # ``plain`` trims each part: keep the spaces around the bold words.
    before += " " if before and text[s0 - 1].isspace() else ""
    after = (" " if after and text[s1].isspace() else "") + after
    return f"{before}**{plain(text[s0:s1], limit=SENTENCE)}**{after}"


def opt_out_box(reading: PersonReading) -> None:
    """A read opt-out waits for a recruiter: confirm it as do-not-contact, or dismiss it."""
    for c in reading.opt_outs_to_confirm:
        with st.container(border=True):
            st.error(
                f"Read as an opt-out: “{plain(c.sentence, limit=SENTENCE)}” "
                f"({plain(c.source)}, {when(c.said_at)}) — they are left out of rankings, "
                "drafts and lists."
            )
            cols = st.columns(2)
            if cols[0].button("Confirm as do-not-contact", key=f"cond_optout_yes_{c.id}"):
                _act("Not saved", edits.confirm_opt_out, condition_id=c.id)
            if cols[1].button("Not an opt-out", key=f"cond_optout_no_{c.id}"):
                _act("Not saved", edits.dismiss, condition_id=c.id)


def _details(c: ReadCondition) -> str:
    sure = (
        f"{c.confidence:.0%} sure" if c.status == "read" else f"by {c.recruiter or 'a recruiter'}"
    )
    parts = [
        FACET_LABEL.get(c.facet, c.facet),
        c.polarity,
        c.value_words or "—",
        c.status,
        sure,
        f"said {when(c.said_at)}",
        f"from {c.source}",
    ]
    return plain(" · ".join(parts), limit=SENTENCE)


def _condition(c: ReadCondition) -> None:
    k = f"cond_{c.id}"
    with st.container(border=True):
        st.markdown(f"**{plain(phrase(c))}**")
        st.caption(_details(c))
        if c.sentence:
            st.markdown("> " + _quote(c))
        cols = st.columns([1, 1, 4])
        if cols[0].button("Confirm", key=f"{k}_confirm", disabled=c.status == "confirmed"):
            _act("Not confirmed", edits.confirm, condition_id=c.id)
        if cols[1].button("Dismiss", key=f"{k}_dismiss"):
            _act("Not dismissed", edits.dismiss, condition_id=c.id)
        with st.expander("Correct or re-date"):
            if c.facet != "wait" and not c.opt_out:  # both are fixed in shape: only re-dated
                polarity = st.selectbox(
                    "Polarity",
                    POLARITIES,
                    index=POLARITIES.index(c.polarity),
                    key=f"{k}_polarity",
                    format_func=POLARITY_WORDS.get,
                )
                value = value_inputs(c.facet, c.value, key=k)
                if st.button("Save correction", key=f"{k}_correct"):
                    _act(
                        "Not corrected",
                        edits.correct,
                        check=lambda: check_value(c.facet, value),
                        condition_id=c.id,
                        polarity=polarity,
                        value=value,
                    )
            if c.facet == "wait":
                until = st.date_input(
                    "Open again from", value=_day(c.value.get("until")), key=f"{k}_until"
                )
                if st.button("Save date", key=f"{k}_redate") and until:
                    _act(
                        "Not re-dated",
                        edits.correct,
                        condition_id=c.id,
                        value={"until": until.isoformat()},
                    )
            else:
                said = st.date_input("Said on", value=c.said_at, key=f"{k}_said")
                if st.button("Save date", key=f"{k}_redate") and said:
                    _act("Not re-dated", edits.correct, condition_id=c.id, said_at=said)


def _add_by_hand(candidate_id: int) -> None:
    with st.expander("Add a condition by hand"):
        cols = st.columns(2)
        facet = cols[0].selectbox(
            "About", FACETS, key="cond_add_facet", format_func=lambda f: FACET_LABEL.get(f, f)
        )
        polarity = cols[1].selectbox(
            "Polarity", POLARITIES, key="cond_add_polarity", format_func=POLARITY_WORDS.get
        )
        value = value_inputs(facet, {}, key=f"cond_add_{facet}")
        said = st.date_input("Said on", value=utcnow().date(), key="cond_add_said")
        if st.button("Add condition", key="cond_add"):
            _act(
                "Not added",
                edits.add,
                check=lambda: check_value(facet, value),
                candidate_id=candidate_id,
                facet=facet,
                polarity=polarity,
                value=value,
                said_at=said,
            )


def conditions_panel(reading: PersonReading) -> None:
    """Every condition that counts now, the dismissed ones (with Undo), and Add."""
    st.caption(
        "Read from their motivations, application notes and touchpoint notes. Ranking, "
        "reasons, drafts and the reconnect list all use these; a correction counts at once."
    )
    if not reading.active:
        st.caption("Nothing read from their words yet.")
    for c in reading.active:
        _condition(c)
    if reading.dismissed:
        with st.expander(f"Dismissed readings ({len(reading.dismissed)})"):
            for c in reading.dismissed:
                cols = st.columns([5, 1], vertical_alignment="center")
                cols[0].markdown(f"~~{plain(phrase(c))}~~ — " + _quote(c))
                if cols[1].button("Undo", key=f"cond_{c.id}_undo"):
                    _act("Not restored", edits.restore, condition_id=c.id)
    _add_by_hand(reading.candidate_id)


def opt_outs_panel() -> None:
    """Home: people whose own words ask us to stop, waiting for a recruiter to confirm."""
    with session_scope(get_engine()) as session:
        waiting = opt_outs_waiting(session=session)
    if not waiting:
        return
    st.subheader(f"Opt-outs to confirm ({len(waiting)})", anchor=False)
    st.caption(
        "Read from what people wrote or told us. They are left out of rankings, drafts and "
        "lists until you confirm each as do-not-contact or say it is not an opt-out."
    )
    for w in waiting[:HOME_LIMIT]:
        st.page_link(
            "app/pages/candidate.py",
            label=f"{plain(w.full_name)} — “{plain(w.said)}” ({when(w.said_at)})",
            icon=":material/block:",
            query_params={"id": str(w.candidate_id)},
        )
    if len(waiting) > HOME_LIMIT:
        st.caption(f"…and {len(waiting) - HOME_LIMIT} more.")
