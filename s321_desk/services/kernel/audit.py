"""Writing the append-only, hash-chained audit trail, and verifying the chain."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any, cast

from sqlalchemy import Connection, Engine, event, func, inspect
from sqlalchemy.orm import ORMExecuteState
from sqlalchemy.orm import Session as OrmSession
from sqlmodel import Session, col, select

from s321_desk.domain.audit_chain import (
    GENESIS,
    entry_hash,
    entry_hash_of,
    instant_text,
    row_digest,
    stored_instant_text,
    verdict_digest,
)
from s321_desk.services.kernel.actor import actor_of
from s321_desk.store.engine import take_writer_lock
from s321_desk.store.models import AuditEntry, Parcel, ParcelVerdict, utcnow
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
    parcels = session.info.pop(NEW_PARCELS, None)
    if parcels:  # each as the store now holds it, hashed
        details = {**(details or {}), PARCEL_KEY: parcel_digests(connection, parcels)}
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
        .order_by(col(AuditEntry.id).desc())
        .limit(1)
    ).first()
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
    parcels: int = 0  # the parcels checked against the hash of the last line that wrote them
    parcels_uncovered: int = 0  # parcels written before the desk hashed them: not covered

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
    Then the rows the lines cover: each parcel against the hash of the last line that wrote it,
    each verdict against the hash of the line that stored it (``_check_parcels``,
    ``_check_verdicts``), checked beside the walk on a connection of their own.

    Everything is read as a stream (a server-side cursor on PostgreSQL, SQLite's own on a
    file), a batch of rows at a time; the rows are matched with their lines by the database
    (one joined query each), not in a table held here: the memory it takes does not grow with
    the trail.
    """
    rows = _RowCheck(engine)
    try:
        report = _walk(engine, anchors)
    except BaseException:
        rows.halt()
        raise
    if not report.intact:
        rows.halt()
        return report
    parcels, uncovered, verdicts, problem = rows.outcome()
    if problem is not None:
        return ChainReport(report.records, None, problem)
    return replace(report, verdicts=verdicts, parcels=parcels, parcels_uncovered=uncovered)


def _walk(engine: Engine, anchors: tuple[ChainHead | None, ...]) -> ChainReport:
    """The chain itself, line by line, and the anchors' heads."""
    known = [anchor for anchor in anchors if anchor is not None and anchor.records > 0]
    at_position = {anchor.records: anchor for anchor in known}
    previous = GENESIS
    count = 0
    last_id = 0
    with engine.connect() as connection:
        for row in _stream(connection, _TRAIL, "s321_audit_verify"):
            count += 1
            (
                entry_id,
                stored_at,
                user_id,
                station,
                action,
                entity_type,
                entity_id,
                reason,
                details,
                prev_hash,
                stored,
            ) = row
            at = stored_instant_text(stored_at)
            if prev_hash != previous:
                return ChainReport(
                    count,
                    entry_id,
                    (
                        f"audit record {entry_id} ({action}, {at}) does not "
                        "follow the record before it: a record before it was removed or edited"
                    ),
                )
            computed = entry_hash_of(
                at,
                user_id,
                station,
                action,
                entity_type,
                entity_id,
                reason,
                details,
                prev_hash or GENESIS,
            )
            if stored != computed:
                return ChainReport(
                    count,
                    entry_id,
                    (
                        f"audit record {entry_id} ({action}, {at}) was edited: "
                        "its content no longer matches its hash"
                    ),
                )
            anchor = at_position.get(count)
            if anchor is not None:  # a head seen before: this record must still be it
                for seen in known:
                    if seen.records == count and not stored.startswith(seen.last_hash or "-"):
                        return ChainReport(
                            count,
                            entry_id,
                            (
                                f"audit record {entry_id} ({action}) is not the record "
                                f"{seen.seen_by} saw as number {seen.records}: the trail was "
                                "rewritten from there"
                            ),
                        )
            previous = stored
            last_id = entry_id
    for anchor in known:
        if count < anchor.records:
            where = f"after record {last_id}" if count else "(the trail is empty)"
            return ChainReport(
                count,
                None,
                (
                    f"{anchor.records - count} audit record(s) missing {where}: {anchor.seen_by} "
                    f"saw {anchor.records}, the store has {count}"
                ),
            )
    return ChainReport(count, None, None, previous if count else None)


class _RowCheck:
    """The rows' check (``_check_parcels``, ``_check_verdicts``) in a thread of its own while
    the chain is walked: the database's part of it (each line's JSON expanded, the rows looked
    up) runs beside the walk's hashing."""

    def __init__(self, engine: Engine) -> None:
        self._halt = threading.Event()
        self._done: tuple[int, int, int, str | None] | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(engine,), name="s321-audit-rows")
        self._thread.start()

    def _run(self, engine: Engine) -> None:
        try:
            with engine.connect() as connection:
                parcels, uncovered, problem = _check_parcels(connection, self._halt)
                verdicts = 0
                if problem is None:
                    verdicts, problem = _check_verdicts(connection, self._halt)
            self._done = (parcels, uncovered, verdicts, problem)
        except BaseException as error:  # handed to the caller by ``outcome``
            self._error = error

    def halt(self) -> None:
        """Stop it at its next batch of rows, and wait for it."""
        self._halt.set()
        self._thread.join()

    def outcome(self) -> tuple[int, int, int, str | None]:
        """(parcels checked, parcels not covered, verdicts checked, the first problem)."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._done is not None
        return self._done


VERIFY_BATCH = 5_000
_TRAIL = (
    "SELECT id, at, user_id, station, action, entity_type, entity_id, reason, details, "
    "prev_hash, hash FROM audit_log ORDER BY id"
)


def _stream(
    connection: Connection, query: str, name: str, halt: threading.Event | None = None
) -> Iterator[tuple[Any, ...]]:
    """The query's rows in order, a batch at a time, straight from the driver (a server-side
    cursor on PostgreSQL: the server keeps the rest until asked); none after ``halt`` is set."""
    driver: Any = connection.connection.driver_connection
    if connection.dialect.name == "postgresql":
        cursor = driver.cursor(name=name)
    else:
        cursor = driver.cursor()
    try:
        cursor.execute(query)
        while not (halt is not None and halt.is_set()) and (rows := cursor.fetchmany(VERIFY_BATCH)):
            yield from rows
    finally:
        cursor.close()


def _covered(dialect: str, key: str) -> str:
    """The rows the audit lines cover under ``key`` (their details' ``{"row id": "hash"}``):
    ``line, row_id, digest``, expanded by the database from each line's JSON."""
    if dialect == "postgresql":
        return (
            f"SELECT a.id AS line, CAST(j.key AS BIGINT) AS row_id, j.value AS digest "
            f"FROM audit_log AS a CROSS JOIN LATERAL jsonb_each_text(CASE WHEN "
            f"jsonb_typeof(CAST(a.details AS jsonb) -> '{key}') = 'object' THEN "
            f"CAST(a.details AS jsonb) -> '{key}' ELSE '{{}}' END) AS j "
            f"WHERE a.details LIKE '%\"{key}\": {{%'"
        )
    return (
        f"SELECT a.id AS line, CAST(j.key AS INTEGER) AS row_id, j.value AS digest "
        f"FROM audit_log AS a, json_each(a.details, '$.{key}') AS j "
        f"WHERE a.details LIKE '%\"{key}\": {{%' "
        f"AND json_type(a.details, '$.{key}') = 'object'"
    )


# -- the verdicts: each stored once, its hash in the line of the change that stored it ----------

# The verdicts a unit of work stored and no audit line covers yet (the session's info).
NEW_VERDICTS = "s321_new_verdicts"


def _digest_of(verdict: ParcelVerdict) -> str:
    assert verdict.id is not None
    return verdict_digest(
        verdict.id,
        verdict.parcel_id,
        instant_text(verdict.evaluated_at),
        verdict.route,
        verdict.eligible_321,
        verdict.consignment_value_usd_cents,
        verdict.regime,
        verdict.rules_version,
        None if verdict.rules_as_of is None else instant_text(verdict.rules_as_of),
        verdict.fx_json,
        verdict.codes_json,
        verdict.judged_against,
    )


def _verdicts_against_lines(dialect: str) -> str:
    """Each verdict a line recorded, with the row as stored (nulls when it is gone): the
    database walks the lines and looks each verdict up by its key."""
    return (
        "SELECT r.line, r.row_id, r.digest, v.id, v.parcel_id, v.evaluated_at, v.route, "
        "v.eligible_321, v.consignment_value_usd_cents, v.regime, v.rules_version, "
        "v.rules_as_of, v.fx_json, v.codes_json, v.judged_against "
        f"FROM ({_covered(dialect, 'verdicts')}) AS r "
        "LEFT JOIN parcel_verdicts AS v ON v.id = r.row_id"
    )


def _check_verdicts(connection: Connection, halt: threading.Event) -> tuple[int, str | None]:
    """Each verdict row against the hash its audit line recorded: (the verdicts checked, the
    one of the smallest id that differs or is gone, said). Verdicts stored before the desk
    recorded their hashes have none to check."""
    checked = 0
    first: tuple[int, str] | None = None
    query = _verdicts_against_lines(connection.dialect.name)
    for row in _stream(connection, query, "s321_verdicts_verify", halt):
        line, verdict_id, expected, stored = row[0], row[1], row[2], row[3:]
        if stored[0] is not None and stored_verdict_digest(stored) == expected:
            checked += 1
        elif first is None or verdict_id < first[0]:
            said = (
                f"verdict {verdict_id} is missing: audit record {line} recorded it, the store "
                "no longer has it"
                if stored[0] is None
                else f"verdict {verdict_id} of parcel {stored[1]} was edited: it no longer "
                f"matches the hash audit record {line} holds"
            )
            first = (verdict_id, said)
    return checked, None if first is None else first[1]


def stored_verdict_digest(row: tuple[Any, ...]) -> str:
    """A verdict row as the driver reads it, hashed as ``_digest_of`` hashed it when stored."""
    number, parcel, at, route, eligible, cents, regime, version, as_of, fx, codes, against = row
    as_of_text = None if as_of is None else stored_instant_text(as_of)
    at_text = stored_instant_text(at)
    fields = (route, eligible, cents, regime, version, as_of_text, fx, codes, against)
    return verdict_digest(number, parcel, at_text, *fields)


# -- the parcels: each row, as every change leaves it, hashed into that change's line -----------

PARCEL_KEY = "parcel_rows"  # the details' {"parcel id": "hash"} (what a change left each as)
# The parcels a unit of work changed and no audit line covers yet (the session's info).
NEW_PARCELS = "s321_new_parcels"
# What a parcel's hash covers: every column that carries its record - what it is and whose
# (code, order, station, recipient's key and delivery point), where it stands (status, truck,
# SCN, the decision it waits for, a supervisor's hold, acknowledgements and accepted route),
# what it declares (crossing, port, US day, weight, value, route, rules instant, prior notice)
# and its printed label (number and what it shows). Left out: ``relabel``, a flag every
# judgement sets again by comparing the label with the record (services/packing/labels.py).
# Every write of a parcel's row goes through a unit of work (``_note_rows`` and
# ``_note_bulk_parcels`` collect them, ``record`` hashes them); a migration that rewrites these
# columns must record the rows' new hashes in its own audit line, or verify names them edited.
PARCEL_HASHED = tuple(
    """id code order_id station status recipient_key recipient_point us_day crossing_at port
    weight_g value_usd_cents route scn acknowledged accepted_route needs_decision manual_hold
    load_id created_at closed_at label_version label_shows rules_as_of prior_notice""".split()
)
_INSTANTS = ("crossing_at", "created_at", "closed_at", "rules_as_of")
_FLAGS = ("needs_decision", "manual_hold")
_READ_BATCH = 500


def _parcel_columns(dialect: str) -> str:
    """The hashed columns, as both backends give them alike: an instant as its UTC text
    ``2026-01-05 08:00:00.000000`` (SQLite holds that), the day as ``2026-01-05``, a flag as
    0 or 1 (SQLite holds those), the rest as stored. The row is hashed as it comes."""
    shapes = {name: "p.{}" for name in PARCEL_HASHED}
    if dialect == "postgresql":
        shapes.update({name: "to_char(p.{}, 'YYYY-MM-DD HH24:MI:SS.US')" for name in _INSTANTS})
        shapes.update({name: "CAST(p.{} AS INTEGER)" for name in _FLAGS})
        shapes["us_day"] = "to_char(p.{}, 'YYYY-MM-DD')"
    return ", ".join(shapes[name].format(name) for name in PARCEL_HASHED)


def parcel_digest(row: Sequence[Any]) -> str:
    """A parcel row's ``PARCEL_HASHED`` columns as ``_parcel_columns`` reads them, hashed."""
    return row_digest(row)


def parcel_digests(connection: Connection, ids: set[int]) -> dict[str, str | None]:
    """The parcels ``ids`` as the store now holds them, hashed (None: the row is gone)."""
    found: dict[str, str | None] = {str(parcel_id): None for parcel_id in sorted(ids)}
    order = sorted(ids)
    columns = _parcel_columns(connection.dialect.name)
    mark = "?" if connection.dialect.name == "sqlite" else "%s"
    for start in range(0, len(order), _READ_BATCH):
        batch = tuple(order[start : start + _READ_BATCH])
        marks = ", ".join(mark for _ in batch)
        query = f"SELECT {columns} FROM parcels AS p WHERE p.id IN ({marks})"
        for row in connection.exec_driver_sql(query, batch):
            found[str(row[0])] = parcel_digest(row)
    return found


def _parcels_against_lines(dialect: str) -> str:
    """Each parcel some line covers, with the hash of the LAST line that wrote it and its row
    as stored (nulls when it is gone). SQLite takes the other columns of an aggregate's row
    from the row its max() picked; PostgreSQL keeps the first row of each parcel."""
    covered = _covered(dialect, PARCEL_KEY)
    if dialect == "postgresql":
        last = (
            f"SELECT DISTINCT ON (row_id) row_id, line, digest FROM ({covered}) AS r "
            "ORDER BY row_id, line DESC"
        )
    else:
        last = f"SELECT row_id, max(line) AS line, digest FROM ({covered}) AS r GROUP BY row_id"
    return (
        f"SELECT l.line, l.row_id, l.digest, {_parcel_columns(dialect)} FROM ({last}) AS l "
        "LEFT JOIN parcels AS p ON p.id = l.row_id"
    )


def _check_parcels(connection: Connection, halt: threading.Event) -> tuple[int, int, str | None]:
    """Each parcel row against the hash the last audit line that wrote it holds: (the parcels
    checked, those no line covers - written before the desk hashed them -, the parcel of the
    smallest id edited or removed since, said)."""
    checked = 0
    first: tuple[int, str] | None = None
    query = _parcels_against_lines(connection.dialect.name)
    for row in _stream(connection, query, "s321_parcels_verify", halt):
        line, parcel_id, expected, stored = row[0], row[1], row[2], row[3:]
        if stored[0] is None:
            if expected is not None and (first is None or parcel_id < first[0]):
                missing = (
                    f"parcel {parcel_id} is missing: audit record {line} wrote it, the store "
                    "no longer has it"
                )
                first = (parcel_id, missing)
            continue
        if parcel_digest(stored) == expected:
            checked += 1
        elif first is None or parcel_id < first[0]:
            edited = (
                f"parcel {stored[1]} (id {parcel_id}) was edited: its row no longer matches the "
                f"hash audit record {line} holds"
            )
            first = (parcel_id, edited)
    if first is not None:
        return checked, 0, first[1]
    total = connection.exec_driver_sql("SELECT COUNT(*) FROM parcels").scalar_one()
    return checked, int(total) - checked, None


# -- collecting what a unit of work wrote -------------------------------------------------------


@event.listens_for(OrmSession, "after_flush")
def _note_rows(session: OrmSession, _context: Any) -> None:
    new = [row for row in session.new if isinstance(row, ParcelVerdict)]
    if new:
        session.info.setdefault(NEW_VERDICTS, []).extend(new)
    parcels = {row.id for row in session.new if isinstance(row, Parcel)}
    parcels.update(row.id for row in session.deleted if isinstance(row, Parcel))
    parcels.update(row.id for row in session.dirty if isinstance(row, Parcel) and _rewrites(row))
    parcels.discard(None)
    if parcels:
        session.info.setdefault(NEW_PARCELS, set()).update(parcels)


def _rewrites(parcel: Parcel) -> bool:
    """Whether this flush changed a column the parcel's hash covers."""
    attributes = inspect(parcel).attrs
    return any(attributes[name].history.has_changes() for name in PARCEL_HASHED)


@event.listens_for(OrmSession, "do_orm_execute")
def _note_bulk_parcels(state: ORMExecuteState) -> None:
    """An UPDATE or DELETE of parcels run through the session (``session.execute(update(
    Parcel)...)``) declares the parcels it touches: read before it runs, by its own WHERE."""
    if not (state.is_update or state.is_delete):
        return
    statement: Any = state.statement
    table = getattr(statement, "table", None)
    if getattr(table, "name", None) != "parcels":
        return
    ids = select(Parcel.id)
    if statement.whereclause is not None:
        ids = ids.where(statement.whereclause)
    found = state.session.execute(ids, state.parameters).scalars()
    state.session.info.setdefault(NEW_PARCELS, set()).update(found)


@event.listens_for(OrmSession, "before_commit")
def _cover_rows(session: OrmSession) -> None:
    """A unit of work that stored verdicts or changed parcels after its last audit line (or
    wrote none) gets one line for them: no such row is written without its hash in the
    trail."""
    session.flush()
    if session.info.get(NEW_VERDICTS):
        record(cast(Session, session), "verdicts.recorded", entity_type="verdict")
    elif session.info.get(NEW_PARCELS):
        record(cast(Session, session), "parcels.recorded", entity_type="parcel")


@event.listens_for(OrmSession, "after_rollback")
def _forget_rows(session: OrmSession) -> None:
    session.info.pop(NEW_VERDICTS, None)
    session.info.pop(NEW_PARCELS, None)


def _hash_of(entry: AuditEntry) -> str:
    return entry_hash(
        at=entry.at,
        user_id=entry.user_id,
        station=entry.station,
        action=entry.action,
        entity_type=entry.entity_type,
        entity_id=entry.entity_id,
        reason=entry.reason,
        details=entry.details,
        prev_hash=entry.prev_hash or GENESIS,
    )
