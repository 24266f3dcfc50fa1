"""Writing the append-only, hash-chained audit trail, and verifying the chain."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, func
from sqlmodel import Session, col, select

from s321_desk.domain.audit_chain import GENESIS, entry_hash
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


@dataclass(frozen=True)
class ChainReport:
    records: int
    first_bad_id: int | None
    problem: str | None
    last_hash: str | None = None  # the trail's head, when it is intact

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
    ``anchors`` (heads seen before: a backup's, the last check's), the record at each one's
    position must still carry its hash and none may be missing after it.
    """
    known = [anchor for anchor in anchors if anchor is not None and anchor.records > 0]
    previous = GENESIS
    count = 0
    last_id = 0
    with UnitOfWork(engine) as uow:
        for entry in uow.session.scalars(select(AuditEntry).order_by(col(AuditEntry.id))):
            count += 1
            if entry.prev_hash != previous:
                return ChainReport(count, entry.id, (
                    f"audit record {entry.id} ({entry.action}, {entry.at.isoformat()}) does not "
                    "follow the record before it: a record before it was removed or edited"
                ))  # fmt: skip
            if entry.hash != _hash_of(entry):
                return ChainReport(count, entry.id, (
                    f"audit record {entry.id} ({entry.action}, {entry.at.isoformat()}) was edited: "
                    "its content no longer matches its hash"
                ))  # fmt: skip
            for anchor in known:
                if count == anchor.records and entry.hash != anchor.last_hash:
                    return ChainReport(count, entry.id, (
                        f"audit record {entry.id} ({entry.action}) is not the record "
                        f"{anchor.seen_by} saw as number {anchor.records}: the trail was "
                        "rewritten from there"
                    ))  # fmt: skip
            previous = entry.hash
            last_id = entry.id or 0
    for anchor in known:
        if count < anchor.records:
            where = f"after record {last_id}" if count else "(the trail is empty)"
            return ChainReport(count, None, (
                f"{anchor.records - count} audit record(s) missing {where}: {anchor.seen_by} "
                f"saw {anchor.records}, the store has {count}"
            ))  # fmt: skip
    return ChainReport(count, None, None, previous if count else None)


def _hash_of(entry: AuditEntry) -> str:
    return entry_hash(
        at=entry.at, user_id=entry.user_id, station=entry.station, action=entry.action,
        entity_type=entry.entity_type, entity_id=entry.entity_id, reason=entry.reason,
        details=entry.details, prev_hash=entry.prev_hash or GENESIS,
    )  # fmt: skip
