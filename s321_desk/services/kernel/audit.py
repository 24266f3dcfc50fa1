"""Writing the append-only, hash-chained audit trail, and verifying the chain."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Connection, Engine, event, func
from sqlalchemy.orm import Session as OrmSession
from sqlmodel import Session, col, select

from s321_desk.domain.audit_chain import (
    GENESIS,
    entry_hash,
    entry_hash_of,
    instant_text,
    stored_instant_text,
    verdict_digest,
)
from s321_desk.services.kernel.actor import actor_of
from s321_desk.store.engine import take_writer_lock
from s321_desk.store.models import AuditEntry, ParcelVerdict, utcnow
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
    session.flush()  # the verdicts stored so far in this unit of work get their ids
    verdicts = session.info.pop(NEW_VERDICTS, None)
    if verdicts:  # each as recorded, hashed: the line covers the rows (``verify``)
        details = {**(details or {}), "verdicts": {str(v.id): _digest_of(v) for v in verdicts}}
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
    verdicts: int = 0  # the verdicts checked against the hashes their audit lines hold

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
    recorded: dict[int, tuple[str, int]] = {}  # verdict id -> its hash, the line recording it
    with engine.connect() as connection:
        for row in _stream(connection, _TRAIL, "s321_audit_verify"):
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
            if '"verdicts"' in details:
                for verdict_id, digest in json.loads(details).get("verdicts", {}).items():
                    recorded[int(verdict_id)] = (digest, entry_id)
            previous = stored
            last_id = entry_id
        verdicts = len(recorded)
        problem = _check_verdicts(connection, recorded)
        if problem is not None:
            return ChainReport(count, None, problem)
    for anchor in known:
        if count < anchor.records:
            where = f"after record {last_id}" if count else "(the trail is empty)"
            return ChainReport(count, None, (
                f"{anchor.records - count} audit record(s) missing {where}: {anchor.seen_by} "
                f"saw {anchor.records}, the store has {count}"
            ))  # fmt: skip
    return ChainReport(count, None, None, previous if count else None, verdicts=verdicts)


VERIFY_BATCH = 5_000
_TRAIL = ("SELECT id, at, user_id, station, action, entity_type, entity_id, reason, details, "
          "prev_hash, hash FROM audit_log ORDER BY id")  # fmt: skip


def _stream(connection: Connection, query: str, name: str) -> Iterator[tuple[Any, ...]]:
    """The query's rows in order, a batch at a time, straight from the driver (a server-side
    cursor on PostgreSQL: the server keeps the rest until asked)."""
    driver: Any = connection.connection.driver_connection
    if connection.dialect.name == "postgresql":
        cursor = driver.cursor(name=name)
    else:
        cursor = driver.cursor()
    try:
        cursor.execute(query)
        while rows := cursor.fetchmany(VERIFY_BATCH):
            yield from rows
    finally:
        cursor.close()


# The verdicts a unit of work stored and no audit line covers yet (the session's info).
NEW_VERDICTS = "s321_new_verdicts"


@event.listens_for(OrmSession, "after_flush")
def _note_verdicts(session: OrmSession, _context: Any) -> None:
    new = [row for row in session.new if isinstance(row, ParcelVerdict)]
    if new:
        session.info.setdefault(NEW_VERDICTS, []).extend(new)


@event.listens_for(OrmSession, "before_commit")
def _cover_verdicts(session: OrmSession) -> None:
    """A unit of work that stored verdicts after its last audit line (or wrote none) gets one
    line for them: no verdict is stored without its hash in the trail."""
    session.flush()
    if session.info.get(NEW_VERDICTS):
        record(cast(Session, session), "verdicts.recorded", entity_type="verdict")


@event.listens_for(OrmSession, "after_rollback")
def _forget_verdicts(session: OrmSession) -> None:
    session.info.pop(NEW_VERDICTS, None)


def _digest_of(verdict: ParcelVerdict) -> str:
    assert verdict.id is not None
    return verdict_digest(
        verdict.id, verdict.parcel_id, instant_text(verdict.evaluated_at), verdict.route,
        verdict.eligible_321, verdict.consignment_value_usd_cents, verdict.regime,
        verdict.rules_version,
        None if verdict.rules_as_of is None else instant_text(verdict.rules_as_of),
        verdict.fx_json, verdict.codes_json, verdict.judged_against,
    )  # fmt: skip


_VERDICTS = ("SELECT id, parcel_id, evaluated_at, route, eligible_321, "
             "consignment_value_usd_cents, regime, rules_version, rules_as_of, fx_json, "
             "codes_json, judged_against FROM parcel_verdicts ORDER BY id")  # fmt: skip


def _check_verdicts(connection: Connection, recorded: dict[int, tuple[str, int]]) -> str | None:
    """Each verdict row against the hash its audit line recorded (``recorded``: id -> (digest,
    audit record)); the first that differs or is gone, said. Verdicts stored before the desk
    recorded their hashes have none to check."""
    for row in _stream(connection, _VERDICTS, "s321_verdicts_verify"):
        (verdict_id, parcel_id, evaluated_at, route, eligible, cents, regime, version, as_of,
         fx_json, codes_json, against) = row  # fmt: skip
        expected = recorded.pop(verdict_id, None)
        if expected is None:
            continue
        digest = verdict_digest(
            verdict_id, parcel_id, stored_instant_text(evaluated_at), route, eligible, cents,
            regime, version, None if as_of is None else stored_instant_text(as_of), fx_json,
            codes_json, against,
        )  # fmt: skip
        if digest != expected[0]:
            return (f"verdict {verdict_id} of parcel {parcel_id} was edited: it no longer "
                    f"matches the hash audit record {expected[1]} holds")  # fmt: skip
    if recorded:
        verdict_id, (_digest, entry_id) = min(recorded.items())
        return (f"verdict {verdict_id} is missing: audit record {entry_id} recorded it, the "
                "store no longer has it")  # fmt: skip
    return None


def _hash_of(entry: AuditEntry) -> str:
    return entry_hash(
        at=entry.at, user_id=entry.user_id, station=entry.station, action=entry.action,
        entity_type=entry.entity_type, entity_id=entry.entity_id, reason=entry.reason,
        details=entry.details, prev_hash=entry.prev_hash or GENESIS,
    )  # fmt: skip
