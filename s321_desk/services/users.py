"""People who sign in: roles, PINs (scrypt), wrong attempts counted and slowed down."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, func, or_
from sqlmodel import Session, col, select

from s321_desk.domain.pins import check_pin, hash_pin, valid_pin, wait_after
from s321_desk.services import audit
from s321_desk.services.errors import UserError
from s321_desk.store.models import User, utcnow
from s321_desk.store.uow import UnitOfWork

ROLES = ("packer", "supervisor", "driver", "admin")
# What each role may also do: an admin can do what a supervisor can; a supervisor what a packer can.
GRANTS = {
    "packer": {"packer"},
    "driver": {"driver"},
    "supervisor": {"supervisor", "packer"},
    "admin": {"admin", "supervisor", "packer", "driver"},
}


class AccessRefused(UserError):
    """Wrong PIN, unknown user, a locked badge or a role without the right."""


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    role: str

    def may(self, role: str) -> bool:
        return role in GRANTS[self.role]


def count_users(engine: Engine) -> int:
    with UnitOfWork(engine) as uow:
        return uow.session.scalar(select(func.count()).select_from(User)) or 0


def add_user(
    engine: Engine,
    name: str,
    role: str,
    pin: str,
    *,
    badge: str | None = None,
    by: Person | None = None,
) -> Person:
    """Create a user; the first user of a store must be an admin, later ones need an admin."""
    name = name.strip()
    if not name:
        raise UserError("name: required")
    if role not in ROLES:
        raise UserError(f"role: {role!r} is not one of {', '.join(ROLES)}")
    if not valid_pin(pin):
        raise UserError("PIN: 4 to 8 digits")
    with UnitOfWork(engine, immediate=True) as uow:
        session = uow.session
        first = (session.scalar(select(func.count()).select_from(User)) or 0) == 0
        if first and role != "admin":
            raise UserError("the first user of a store must be an admin")
        if not first and (by is None or not by.may("admin")):
            raise AccessRefused("adding a user needs an administrator's name and PIN")
        taken = session.scalars(
            select(User).where(or_(col(User.name) == name, col(User.badge) == (badge or name)))
        ).first()
        if taken is not None:
            raise UserError(f"name or badge: {name!r} is already a user")
        user = User(name=name, role=role, pin_hash=hash_pin(pin), badge=badge or None)
        session.add(user)
        session.flush()
        assert user.id is not None
        audit.record(
            session,
            "user.add",
            entity_type="user",
            entity_id=str(user.id),
            user_id=by.id if by else None,
            details={"name": name, "role": role},
        )
        uow.commit()
        return Person(user.id, user.name, user.role)


def sign_in(
    engine: Engine, who: str, pin: str, *, now: datetime | None = None, station: str = ""
) -> Person:
    """The person behind a name or badge and PIN; wrong PINs are counted and locked out.

    The count and the lock are committed even when the PIN is wrong, so another station
    (or a restarted one) sees them too; every attempt is audited.
    """
    now = now or utcnow()
    with UnitOfWork(engine, immediate=True) as uow:
        session = uow.session
        user = _find(session, who)
        if user is None or not user.active:
            audit.record(
                session,
                "login.refused",
                entity_type="user",
                entity_id=who,
                station=station,
                details={"why": "unknown"},
            )
            uow.commit()
            raise AccessRefused(f"{who!r}: no such user")
        assert user.id is not None
        if user.locked_until is not None and user.locked_until > now:
            seconds = math.ceil((user.locked_until - now).total_seconds())
            raise AccessRefused(f"{user.name}: too many wrong PINs; try again in {seconds} s")
        if not check_pin(pin, user.pin_hash):
            user.failed_pin_attempts += 1
            wait = wait_after(user.failed_pin_attempts)
            user.locked_until = now + wait if wait else None
            session.add(user)
            audit.record(
                session,
                "login.refused",
                entity_type="user",
                entity_id=str(user.id),
                station=station,
                details={"why": "wrong PIN", "failures": user.failed_pin_attempts},
            )
            uow.commit()
            raise AccessRefused(f"{user.name}: wrong PIN")
        user.failed_pin_attempts, user.locked_until = 0, None
        session.add(user)
        audit.record(
            session,
            "login",
            entity_type="user",
            entity_id=str(user.id),
            user_id=user.id,
            station=station,
        )
        uow.commit()
        return Person(user.id, user.name, user.role)


def authorize(engine: Engine, who: str, pin: str, role: str, *, station: str = "") -> Person:
    """Sign in and require ``role`` (a supervisor's decision, an admin's setting)."""
    person = sign_in(engine, who, pin, station=station)
    if not person.may(role):
        raise AccessRefused(f"{person.name} is a {person.role}; this needs a {role}")
    return person


def _find(session: Session, who: str) -> User | None:
    return session.scalars(
        select(User).where(or_(col(User.name) == who, col(User.badge) == who))
    ).first()
