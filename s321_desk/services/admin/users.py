"""People who sign in: roles, PINs (scrypt keyed with the PIN key), wrong attempts counted and
slowed down."""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine
from sqlmodel import Session

from s321_desk.domain.pins import (
    PLAIN,
    RESET,
    KeyMissing,
    check_pin,
    hash_key_id,
    hash_pin,
    key_hash,
    longest_pin,
    valid_pin,
    wait_after,
)
from s321_desk.domain.roles import GRANTS, ROLES, may
from s321_desk.domain.texts import QT_TRANSLATE_NOOP, Text, translate
from s321_desk.services.admin import pin_key
from s321_desk.services.kernel import audit
from s321_desk.services.kernel.errors import UserError
from s321_desk.services.kernel.given import given, given_or_none
from s321_desk.store.models import User, utcnow
from s321_desk.store.repositories import admin as stored
from s321_desk.store.uow import UnitOfWork, Work, one_action, within

# The roles and what each one holds are the domain's (domain/roles.py).
__all__ = ["GRANTS", "ROLES"]


# The roles as the refusals name them ("Pat Packer is a packer"), shown with role_word.
ROLE_WORDS = (
    QT_TRANSLATE_NOOP("Users", "admin"),
    QT_TRANSLATE_NOOP("Users", "supervisor"),
    QT_TRANSLATE_NOOP("Users", "driver"),
    QT_TRANSLATE_NOOP("Users", "packer"),
)


def _not_a_role(role: str) -> Text:
    return translate("Users", "role: {role} is not one of {roles}").format(
        role=repr(role), roles=", ".join(ROLES)
    )


def role_word(role: str) -> Text:
    """A stored role (``packer``) in the desk's language."""
    return Text("Users", role)


class AccessRefused(UserError):
    """Wrong PIN, unknown user, a locked badge or a role without the right."""


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    role: str

    def may(self, role: str) -> bool:
        return may(self.role, role)


def count_users(work: Work) -> int:
    with within(work) as uow:
        return stored.count_users(uow.session)


def add_user(
    work: Work,
    name: str,
    role: str,
    pin: str,
    *,
    badge: str | None = None,
    by: Person | None = None,
) -> Person:
    """Create a user; the first user of a store must be an admin, later ones need an admin."""
    name = given(name, User, "name", required=True)
    badge = given_or_none(badge, User, "badge")
    if role not in ROLES:
        raise UserError(_not_a_role(role))
    if not valid_pin(pin, role):
        raise UserError(pin_rule(role, translate("Users", "PIN")))
    with within(work, immediate=True) as uow:
        session = uow.session
        first = stored.count_users(session) == 0
        if first and role != "admin":
            raise UserError(translate("Users", "the first user of a store must be an admin"))
        if not first and (by is None or not by.may("admin")):
            raise AccessRefused(
                translate("Users", "adding a user needs an administrator's name and PIN")
            )
        taken = stored.user_taking(session, name, badge or name)
        if taken is not None:
            raise UserError(
                translate("Users", "name or badge: {name} is already a user").format(
                    name=repr(name)
                )
            )
        _, key = store_key(session)
        user = User(name=name, role=role, pin_hash=hash_pin(pin, key), badge=badge or None)
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
    work: Work, who: str, pin: str, *, now: datetime | None = None, station: str = ""
) -> Person:
    """The person behind a name or badge and PIN; wrong PINs are counted and locked out.

    The count and the lock are committed even when the PIN is wrong, so another station
    (or a restarted one) sees them too; every attempt is audited.
    """
    now = now or utcnow()
    with within(work, immediate=True) as uow:
        session = uow.session
        key_plain_hashes(session)
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
            raise AccessRefused(translate("Users", "{user}: no such user").format(user=repr(who)))
        assert user.id is not None
        if user.locked_until is not None and user.locked_until > now:
            seconds = math.ceil((user.locked_until - now).total_seconds())
            raise AccessRefused(
                translate("Users", "{name}: too many wrong PINs; try again in {seconds} s").format(
                    name=user.name, seconds=seconds
                )
            )
        if user.pin_hash == RESET:
            raise AccessRefused(
                translate(
                    "Users",
                    "{name}: no PIN since the PIN key was reset; an administrator gives a new one "
                    "(Settings > Users)",
                ).format(name=user.name)
            )
        try:
            right = check_pin(pin, user.pin_hash, pin_key.load_keys().keys)
        except KeyMissing as missing:
            raise key_missing(missing.key_id) from None
        if not right:
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
            raise AccessRefused(translate("Users", "{name}: wrong PIN").format(name=user.name))
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


def authorize(work: Work, who: str, pin: str, role: str, *, station: str = "") -> Person:
    """Sign in and require ``role`` (a supervisor's decision, an admin's setting)."""
    person = sign_in(work, who, pin, station=station)
    if not person.may(role):
        needs = {
            "admin": translate("Users", "{name} is a {role}; this needs an admin"),
            "supervisor": translate("Users", "{name} is a {role}; this needs a supervisor"),
            "driver": translate("Users", "{name} is a {role}; this needs a driver"),
            "packer": translate("Users", "{name} is a {role}; this needs a packer"),
        }
        raise AccessRefused(needs[role].format(name=person.name, role=role_word(person.role)))
    return person


@contextmanager
def pin_checked(
    work: Work, who: str, pin: str, role: str | None = None, *, station: str = ""
) -> Iterator[Person]:
    """``with pin_checked(uow, who, pin, "admin") as by: change(uow, ..., by=by)``: an action
    that needs a person's name and PIN (``role``: one who may act as it; None: anybody, their
    own PIN proving it), in the action's one transaction. The person is signed in first; what
    follows runs in a savepoint, undone alone when it is refused, so the check's count of wrong
    PINs and its audit stay committed with the action."""
    with within(work, immediate=True) as uow:
        if role is None:
            person = sign_in(uow, who, pin, station=station)
        else:
            person = authorize(uow, who, pin, role, station=station)
        with uow.session.begin_nested():  # a refusal undoes the change, not the PIN's check
            yield person


def sign_out(work: Work, person: Person, *, station: str = "") -> None:
    """Audit that ``person`` left the station (nothing else to undo: sign-in holds no state)."""
    with within(work, immediate=True) as uow:
        audit.record(
            uow.session,
            "logout",
            entity_type="user",
            entity_id=str(person.id),
            user_id=person.id,
            station=station,
        )
        uow.commit()


@dataclass(frozen=True)
class UserRow:
    """A user as the sign-in list and the administrator see it (never the PIN's hash)."""

    id: int
    name: str
    role: str
    badge: str | None
    active: bool
    locked_until: datetime | None = None


def list_users(work: Work, *, active_only: bool = False) -> list[UserRow]:
    """Every user by name (or only those who may sign in)."""
    with within(work) as uow:
        return [_row(user) for user in stored.users(uow.session, active_only=active_only)]


def change_pin(
    work: Work, who: str | int, new_pin: str, *, by: Person, station: str = ""
) -> UserRow:
    """Give ``who`` (a name, badge or id) a new PIN.

    An administrator may set anyone's PIN, which also lifts a lockout; anyone else only their
    own, and ``by`` then comes from signing in with the old PIN: who knows the old PIN is the
    user, so no administrator needs to hear the new one.
    """
    with within(work, immediate=True) as uow:
        session = uow.session
        user = _existing(session, who)
        if not valid_pin(new_pin, user.role):
            raise UserError(pin_rule(user.role, translate("Users", "new PIN")))
        actor = acting(session, by)
        if not actor.may("admin") and actor.id != user.id:
            raise AccessRefused(
                translate(
                    "Users",
                    "{name} may change only their own PIN; another's needs an administrator",
                ).format(name=actor.name)
            )
        user.pin_hash = hash_pin(new_pin, store_key(session)[1])
        user.failed_pin_attempts, user.locked_until = 0, None
        session.add(user)
        audit.record(
            session,
            "user.pin",
            entity_type="user",
            entity_id=str(user.id),
            user_id=actor.id,
            station=station,
            details={"name": user.name, "by_self": actor.id == user.id},
        )
        uow.commit()
        return _row(user)


def set_active(
    work: Work, who: str | int, active: bool, *, by: Person, station: str = ""
) -> UserRow:
    """Let ``who`` sign in again, or no more (the user stays in the audit trail); an admin's act.
    The last active administrator cannot be deactivated: nobody could then change settings."""
    with within(work, immediate=True) as uow:
        session = uow.session
        user = _existing(session, who)
        actor = acting_admin(session, by, translate("Users", "activating or deactivating a user"))
        if user.active and not active and user.role == "admin":
            _keep_an_admin(
                session,
                user,
                translate(
                    "Users",
                    "{name} is the last active administrator and cannot be deactivated; make "
                    "another user an administrator first",
                ).format(name=user.name),
            )
        before = user.active
        user.active = active
        session.add(user)
        audit.record(
            session,
            "user.active",
            entity_type="user",
            entity_id=str(user.id),
            user_id=actor.id,
            station=station,
            details={"name": user.name, "before": before, "after": active},
        )
        uow.commit()
        return _row(user)


def set_role(work: Work, who: str | int, role: str, *, by: Person, station: str = "") -> UserRow:
    """Give ``who`` another role; an admin's act. The last active administrator stays one."""
    if role not in ROLES:
        raise UserError(_not_a_role(role))
    with within(work, immediate=True) as uow:
        session = uow.session
        user = _existing(session, who)
        actor = acting_admin(session, by, translate("Users", "changing a user's role"))
        if user.role == "admin" and role != "admin" and user.active:
            _keep_an_admin(
                session,
                user,
                translate(
                    "Users",
                    "{name} is the last active administrator and cannot be made a {role}; make "
                    "another user an administrator first",
                ).format(name=user.name, role=role_word(role)),
            )
        before = user.role
        user.role = role
        session.add(user)
        audit.record(
            session,
            "user.role",
            entity_type="user",
            entity_id=str(user.id),
            user_id=actor.id,
            station=station,
            details={"name": user.name, "before": before, "after": role},
        )
        uow.commit()
        return _row(user)


def _row(user: User) -> UserRow:
    assert user.id is not None
    return UserRow(user.id, user.name, user.role, user.badge, user.active, user.locked_until)


def _existing(session: Session, who: str | int) -> User:
    user = session.get(User, who) if isinstance(who, int) else _find(session, who)
    if user is None:
        raise UserError(translate("Users", "user {user}: no such user").format(user=repr(who)))
    return user


def acting(session: Session, by: Person) -> Person:
    """``by`` as the store knows them now: deactivated or demoted since signing in counts."""
    user = session.get(User, by.id)
    if user is None or not user.active:
        raise AccessRefused(
            translate("Users", "{name} is no longer an active user").format(name=by.name)
        )
    return Person(by.id, user.name, user.role)


def acting_admin(session: Session, by: Person, what: Text) -> Person:
    """``by``, if the store still has them as an active administrator; else AccessRefused."""
    actor = acting(session, by)
    if not actor.may("admin"):
        raise AccessRefused(
            translate("Users", "{what} needs an administrator; {name} is a {role}").format(
                what=what, name=actor.name, role=role_word(actor.role)
            )
        )
    return actor


def _keep_an_admin(session: Session, user: User, refusal: Text) -> None:
    """Refuses (``refusal``) to leave the store without an active administrator."""
    if not stored.other_active_admins(session, user.id):
        raise UserError(refusal)


def _find(session: Session, who: str) -> User | None:
    return stored.user_named(session, who)


def pin_rule(role: str, what: Text) -> Text:
    """What a PIN of ``role`` must be: ``PIN: 4 to 8 digits`` (a supervisor's up to 20)."""
    if longest_pin(role) > longest_pin("packer"):
        return translate("Users", "{what}: 4 to {most} digits").format(
            what=what, most=longest_pin(role)
        )
    return translate(
        "Users", "{what}: 4 to 8 digits (a supervisor or an administrator may choose up to 20)"
    ).format(what=what)


# -- the PIN key (services/admin/pin_key.py) -------------------------------------------------------


def store_key(session: Session) -> tuple[str, bytes]:
    """The key this store's PINs are keyed with (this machine must have it); for a store
    without any keyed PIN yet, this machine's first key (made now if it has none)."""
    named = (hash_key_id(hashed) for hashed in stored.pin_hashes(session))
    used = sorted({wanted for wanted in named if wanted is not None})
    if not used:
        return pin_key.primary_key()
    ring = pin_key.load_keys()
    for wanted in used:
        key = ring.get(wanted)
        if key is not None:
            return wanted, key
    raise key_missing(used[0])


def key_missing(wanted: str) -> UserError:
    return UserError(
        translate(
            "Users",
            "this station does not have the PIN key {key} this store's PINs are keyed with: copy "
            "it from one of the store's stations (exported there, imported here), or reset the "
            "PINs",
        ).format(key=wanted),
        field="pin-key",
    )


def key_plain_hashes(session: Session) -> int:
    """Key the PIN hashes an older desk stored plain (scrypt alone): each is wrapped with the
    store's key without its PIN being known, so a copy of the store no longer gives them away.
    Audited; the number keyed."""
    plain = stored.users_hashed_with(session, f"{PLAIN}$")
    if not plain:
        return 0
    wanted, key = store_key(session)
    for user in plain:
        user.pin_hash = key_hash(user.pin_hash, key)
        session.add(user)
    audit.record(
        session,
        "users.pins_keyed",
        entity_type="user",
        details={"users": len(plain), "key": wanted},
    )
    return len(plain)


def key_stored_pins(engine: Engine) -> int:
    """``key_plain_hashes`` as the store opens (the desk's start, every command), before any
    action: on the store's ``engine``, a read, and only where an older store has plain PIN
    hashes, a write of its own with the writer's lock."""
    with UnitOfWork(engine) as uow:
        if not stored.any_hashed_with(uow.session, f"{PLAIN}$"):
            return 0
    with one_action(engine, immediate=True) as uow:
        return key_plain_hashes(uow.session)


def reset_pin_key(work: Work, admin: str, new_pin: str, *, station: str = "") -> UserRow:
    """The PIN key was lost: nobody's PIN can be checked. A new key is made; ``admin`` (an
    active administrator) gets ``new_pin`` under it and every other PIN is cleared, each user
    then given a new one in Settings > Users. Whoever can run this can already write the store
    (its file, or the database's credentials); it is audited."""
    if not valid_pin(new_pin, "admin"):
        raise UserError(pin_rule("admin", translate("Users", "new PIN")))
    import secrets

    wanted, key = pin_key.add_key(secrets.token_bytes(pin_key.KEY_BYTES))
    with within(work, immediate=True) as uow:
        session = uow.session
        user = _existing(session, admin)
        if user.role != "admin" or not user.active:
            raise UserError(
                translate("Users", "{name} is not an active administrator").format(name=user.name)
            )
        cleared = 0
        for other in stored.users(session):
            other.pin_hash, other.failed_pin_attempts, other.locked_until = RESET, 0, None
            cleared += other.id != user.id
            session.add(other)
        user.pin_hash = hash_pin(new_pin, key)
        session.add(user)
        audit.record(
            session,
            "pin-key.reset",
            entity_type="user",
            entity_id=str(user.id),
            user_id=user.id,
            station=station,
            details={"key": wanted, "cleared": cleared},
        )
        uow.commit()
        return _row(user)


@dataclass(frozen=True)
class StoreKeys:
    keys: list[str]  # the key ids the store's PINs are keyed with
    cleared: int  # PINs cleared by a reset of the key, not yet given again


def store_key_ids(work: Work) -> StoreKeys:
    with within(work) as uow:
        hashes = stored.pin_hashes(uow.session)
    keys = sorted({hash_key_id(value) or "" for value in hashes} - {""})
    return StoreKeys(keys, sum(1 for value in hashes if value == RESET))
