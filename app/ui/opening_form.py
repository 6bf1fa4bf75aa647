"""Create or edit an opening: every field a match uses, offers one per line."""

import streamlit as st

from app.resources import get_engine
from app.ui.guards import reported
from data.db import session_scope
from data.models import Opening
from data.opening_edits import save_opening
from data.vocab import OpeningStatus, RemotePolicy, Seniority

CURRENCIES = ["EUR", "GBP", "USD", "CHF", "SEK", "PLN"]


def _pick(options: list, value) -> int:
    return options.index(value) if value in options else 0


def opening_form(opening: Opening | None) -> int | None:
    """The form; returns the saved opening's id after a successful save."""
    suffix = str(opening.id) if opening else "new"
    o = opening or Opening(title="")
    policies = [None, *RemotePolicy]
    levels = [None, *Seniority]
    with st.form(f"open_form_{suffix}", border=True):
        c = st.columns([3, 2, 2])
        title = c[0].text_input("Title", value=o.title, key=f"open_title_{suffix}")
        department = c[1].text_input(
            "Department", value=o.department or "", key=f"open_department_{suffix}"
        )
        location = c[2].text_input(
            "Location", value=o.location or "", key=f"open_location_{suffix}"
        )
        c = st.columns(4)
        remote = c[0].selectbox(
            "Remote policy",
            policies,
            index=_pick(policies, o.remote_policy),
            format_func=lambda p: "—" if p is None else str(p),
            key=f"open_remote_{suffix}",
        )
        seniority = c[1].selectbox(
            "Seniority",
            levels,
            index=_pick(levels, o.seniority),
            format_func=lambda p: "—" if p is None else str(p),
            key=f"open_seniority_{suffix}",
        )
        statuses = list(OpeningStatus)
        status = c[2].selectbox(
            "Status",
            statuses,
            index=_pick(statuses, o.status),
            format_func=lambda s: str(s).replace("_", " "),
            key=f"open_status_{suffix}",
        )
        currency = c[3].selectbox(
            "Currency",
            CURRENCIES,
            index=_pick(CURRENCIES, o.currency),
            key=f"open_currency_{suffix}",
        )
        c = st.columns(2)
        salary_min = c[0].number_input(
            "Salary from",
            min_value=0,
            step=5000,
            value=o.salary_min,
            key=f"open_salary_min_{suffix}",
        )
        salary_max = c[1].number_input(
            "Salary up to",
            min_value=0,
            step=5000,
            value=o.salary_max,
            key=f"open_salary_max_{suffix}",
        )
        requirements = st.text_area(
            "Requirements (one per line)",
            value=o.requirements or "",
            height=140,
            key=f"open_requirements_{suffix}",
        )
        description = st.text_area(
            "Description", value=o.description or "", height=140, key=f"open_description_{suffix}"
        )
        offers = st.text_area(
            "What it offers (one offer per line)",
            value="\n".join(o.offers or []),
            height=120,
            key=f"open_offers_{suffix}",
            help="What a person gets: 'Fully remote', 'Lead a team of 4', 'Band €90k–€110k'. "
            "Matched against what candidates said they want.",
        )
        submitted = st.form_submit_button(
            "Save changes" if opening else "Create opening", type="primary"
        )
    if not submitted:
        return None
    values = {
        "title": title,
        "department": department,
        "location": location,
        "remote_policy": remote,
        "seniority": seniority,
        "status": status,
        "currency": currency if (salary_min or salary_max) else o.currency,
        "salary_min": int(salary_min) if salary_min is not None else None,
        "salary_max": int(salary_max) if salary_max is not None else None,
        "requirements": requirements,
        "description": description,
        "offers": offers,
    }
    saved = None
    with reported("The opening was not saved"), session_scope(get_engine()) as session:
        saved = save_opening(
            session=session, values=values, opening_id=opening.id if opening else None
        ).id
    return saved
