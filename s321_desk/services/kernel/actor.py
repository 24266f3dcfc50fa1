"""The person acting through an engine (see services/kernel/access.py): who a write is done by."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlmodel import Session

from s321_desk.store.uow import ACTOR_KEY

if TYPE_CHECKING:
    from s321_desk.services.admin.users import Person

ACTOR_OPTION = ACTOR_KEY


@dataclass
class Actor:
    """Who acts through an engine: fixed for a command, following the sign-in at the desk."""

    person: Person | None = None


def acting_as(engine: Engine, who: Person | Actor | None) -> Engine:
    """The same engine (its pool and connections shared), its writes done by ``who``."""
    actor = who if isinstance(who, Actor) else Actor(who)
    return engine.execution_options(**{ACTOR_OPTION: actor})


def actor_of(session: Session) -> Person | None:
    """The person acting: the one the unit of work carries (``UnitOfWork(..., actor=)``), else
    the one acting through the session's engine (``acting_as``), if any."""
    actor = session.info.get(ACTOR_OPTION) or session.get_bind().get_execution_options().get(
        ACTOR_OPTION
    )
    return actor.person if isinstance(actor, Actor) else None
