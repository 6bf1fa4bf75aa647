"""Pool-level figures for the dashboard's first page and the CLI, from one engine call."""

from dataclasses import dataclass

from sqlalchemy.engine import Engine

from data import crud
from data.db import is_initialised, is_outdated, session_scope


@dataclass(frozen=True)
class PoolOverview:
    initialised: bool
    outdated: bool = False  # made by an older Encore: `encore init` brings it up to date
    candidates: int = 0
    motivations: int = 0
    openings_open: int = 0
    applications: int = 0
    touchpoints: int = 0

    @property
    def empty(self) -> bool:
        return self.candidates == 0


def pool_overview(engine: Engine) -> PoolOverview:
    if not is_initialised(engine):
        return PoolOverview(initialised=False)
    if is_outdated(engine):
        return PoolOverview(initialised=True, outdated=True)
    with session_scope(engine) as session:
        counts = crud.count_rows(session=session)
        open_roles = len(crud.list_openings(session=session, status="open"))
    return PoolOverview(
        initialised=True,
        candidates=counts["candidate"],
        motivations=counts["motivation"],
        openings_open=open_roles,
        applications=counts["application"],
        touchpoints=counts["touchpoint"],
    )


@dataclass(frozen=True)
class OpeningChoice:
    id: int
    external_id: str | None
    title: str
    location: str | None
    remote_policy: str | None

    @property
    def label(self) -> str:
        where = ", ".join(p for p in (self.location, self.remote_policy) if p)
        return f"{self.title}" + (f" — {where}" if where else "")


def open_openings(engine: Engine) -> list[OpeningChoice]:
    if not is_initialised(engine):
        return []
    with session_scope(engine) as session:
        return [
            OpeningChoice(o.id, o.external_id, o.title, o.location, o.remote_policy)
            for o in crud.list_openings(session=session, status="open")
        ]
