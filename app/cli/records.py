"""Records named on the command line: an id or an external id, turned into the row's id, or a
one-line message naming what was not found."""

from app.cli.typer_app import fail
from data import crud
from data.db import session_scope


def resolve_opening(eng, ref: str) -> int:
    with session_scope(eng) as session:
        found = crud.find_opening(session=session, external_id=ref)
        if found is None and ref.isdigit():
            found = crud.get_opening(session=session, opening_id=int(ref))
        if found is None:
            fail(f"no opening with id or external id '{ref}' (see `encore match --all-open`)")
        return found.id


def open_opening_ids(eng) -> list[int]:
    with session_scope(eng) as session:
        return [o.id for o in crud.list_openings(session=session, status="open")]


def resolve_candidate(eng, ref: str) -> int:
    with session_scope(eng) as session:
        found = crud.find_candidate(session=session, external_id=ref)
        if found is None and ref.isdigit():
            found = crud.get_candidate(session=session, candidate_id=int(ref))
        if found is None:
            fail(f"no candidate with id or external id '{ref}'")
        return found.id
