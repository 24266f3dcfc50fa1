"""Writing the append-only, hash-chained audit trail, and verifying the chain."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, func
from sqlmodel import Session, col, select

from s321_desk.domain.audit_chain import GENESIS, entry_hash, entry_hash_of, stored_instant_text
from s321_desk.services.actor import actor_of
from s321_desk.store.engine import take_writer_lock
from s321_desk.store.models import AuditEntry, utcnow
from s321_desk.store.uow import UnitOfWork


def record(
    session: Session,
    action: str,
    *,
    entity_type: str = "",
    entity_id: str | None = None,
    user_id: int | None = None,
    station: str = "",
    reason: str | None = None,
    details: dict[str, Any] | None = None,
) -> None:
    """Add one audit line to the caller's unit of work (it lands with the change it records).

    It carries the hash of the line before it. Two writers cannot chain onto the same line:
    SQLite lets one transaction write at a time, and one that read an older tail fails to
    commit rather than fork the chain; on PostgreSQL the tail is read under the store's writer
    lock (taken here if the unit of work has not taken it first), so it is the latest.
    """
    if user_id is None:  # the person acting through the session's engine, if any
        person = actor_of(session)
        user_id = person.id if person is not None else None
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        take_writer_lock(connection)
    previous = session.scalars(
        select(AuditEntry.hash).order_by(col(AuditEntry.id).desc()).limit(1)
    ).first()
    entry = AuditEntry(
        at=utcnow(),
        action=action,
        entity_type=entity_type,
        entity_id=entity_id,
        user_id=user_id,
        station=station,
        reason=reason,
        details=json.dumps(details or {}, sort_keys=True, default=str),
        prev_hash=previous or GENESIS,
    )
    entry.hash = _hash_of(entry)
    session.add(entry)
    session.flush()  # the next line in this unit of work chains onto this one


@dataclass(frozen=True)
class ChainHead:
    """How far the audit trail went at a moment: its number of records and the last hash. A
    backup carries the head of its moment: an anchor outside the store."""

    records: int
    last_hash: str | None
    seen_by: str = "the backup"  # who saw it, for the report


def head_at_seal(session: Session, trip: str) -> ChainHead | None:
    """The trail's head when the trip was sealed: its seal's record (the number of records up
    to it and its hash), as its papers print it; None while it is not sealed."""
    sealed = session.execute(
        select(AuditEntry.id, AuditEntry.hash)
        .where(AuditEntry.action == "load.close", AuditEntry.entity_id == trip)
        .order_by(col(AuditEntry.id).desc()).limit(1)
    ).first()  # fmt: skip
    if sealed is None or not sealed.hash:
        return None
    position = session.scalar(
        select(func.count()).select_from(AuditEntry).where(col(AuditEntry.id) <= sealed.id)
    )
    return ChainHead(int(position or 0), sealed.hash, seen_by=f"the papers of {trip}")


@dataclass(frozen=True)
class ChainReport:
    records: int
    first_bad_id: int | None
    problem: str | None
    last_hash: str | None = None  # the trail's head, when it is intact
    unanchored: bool = False  # no head seen outside the store to check the trail's end against

    @property
    def intact(self) -> bool:
        return self.problem is None


def chain_head(engine: Engine) -> ChainHead:
    with UnitOfWork(engine) as uow:
        count = uow.session.scalar(select(func.count()).select_from(AuditEntry)) or 0
        last = uow.session.scalars(
            select(AuditEntry.hash).order_by(col(AuditEntry.id).desc()).limit(1)
        ).first()
    return ChainHead(int(count), last)


def verify(engine: Engine, *anchors: ChainHead | None) -> ChainReport:
    """Walk the trail in order; the first line whose hash or link does not match is named.

    The chain shows any record edited, removed or moved, except the newest ones removed: with
    ``anchors`` (heads seen before: a backup's, the last check's, a sealed trip's papers), the
    record at each one's position must still carry its hash and none may be missing after it.

    The trail is read as a stream (a server-side cursor on PostgreSQL, SQLite's own on a
    file), a batch of rows at a time: the memory it takes does not grow with the trail.
    """
    known = [anchor for anchor in anchors if anchor is not None and anchor.records > 0]
    at_position = {anchor.records: anchor for anchor in known}
    previous = GENESIS
    count = 0
    last_id = 0
    with engine.connect() as connection:
        for row in _stream(connection):
            count += 1
            (entry_id, stored_at, user_id, station, action, entity_type, entity_id, reason,
             details, prev_hash, stored) = row  # fmt: skip
            at = stored_instant_text(stored_at)
            if prev_hash != previous:
                return ChainReport(count, entry_id, (
                    f"audit record {entry_id} ({action}, {at}) does not "
                    "follow the record before it: a record before it was removed or edited"
                ))  # fmt: skip
            computed = entry_hash_of(at, user_id, station, action, entity_type, entity_id,
                                     reason, details, prev_hash or GENESIS)  # fmt: skip
            if stored != computed:
                return ChainReport(count, entry_id, (
                    f"audit record {entry_id} ({action}, {at}) was edited: "
                    "its content no longer matches its hash"
                ))  # fmt: skip
            anchor = at_position.get(count)
            if anchor is not None:  # a head seen before: this record must still be it
                for seen in known:
                    if seen.records == count and not stored.startswith(seen.last_hash or "-"):
                        return ChainReport(count, entry_id, (
                            f"audit record {entry_id} ({action}) is not the record "
                            f"{seen.seen_by} saw as number {seen.records}: the trail was "
                            "rewritten from there"
                        ))  # fmt: skip
            previous = stored
            last_id = entry_id
    for anchor in known:
        if count < anchor.records:
            where = f"after record {last_id}" if count else "(the trail is empty)"
            return ChainReport(count, None, (
                f"{anchor.records - count} audit record(s) missing {where}: {anchor.seen_by} "
                f"saw {anchor.records}, the store has {count}"
            ))  # fmt: skip
    return ChainReport(count, None, None, previous if count else None)


VERIFY_BATCH = 5_000
_TRAIL = ("SELECT id, at, user_id, station, action, entity_type, entity_id, reason, details, "
          "prev_hash, hash FROM audit_log ORDER BY id")  # fmt: skip


def _stream(connection: Connection) -> Iterator[tuple[Any, ...]]:
    """The trail's rows in order, a batch at a time, straight from the driver (a server-side
    cursor on PostgreSQL: the server keeps the rest until asked)."""
    driver: Any = connection.connection.driver_connection
    if connection.dialect.name == "postgresql":
        cursor = driver.cursor(name="s321_audit_verify")
    else:
        cursor = driver.cursor()
    try:
        cursor.execute(_TRAIL)
        while rows := cursor.fetchmany(VERIFY_BATCH):
            yield from rows
    finally:
        cursor.close()


def _hash_of(entry: AuditEntry) -> str:
    return entry_hash(
        at=entry.at, user_id=entry.user_id, station=entry.station, action=entry.action,
        entity_type=entry.entity_type, entity_id=entry.entity_id, reason=entry.reason,
        details=entry.details, prev_hash=entry.prev_hash or GENESIS,
    )  # fmt: skip
