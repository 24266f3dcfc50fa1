"""The audit trail's queries (services/kernel/audit.py): the chain's tail, a sealed trip's
line, and what ``audit verify`` reads: the trail streamed in order, and the rows its lines
cover matched with them by the database (text SQL, read straight from the driver)."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, func
from sqlmodel import Session, col, select

from s321_desk.store.models import AuditEntry

# What a parcel's hash covers (services/kernel/audit.py says why): its columns, in this order.
PARCEL_HASHED = tuple(
    """id code order_id station status recipient_key recipient_point us_day crossing_at port
    weight_g value_usd_cents route scn acknowledged accepted_route needs_decision manual_hold
    load_id created_at closed_at label_version label_shows rules_as_of prior_notice""".split()
)
_INSTANTS = ("crossing_at", "created_at", "closed_at", "rules_as_of")
_FLAGS = ("needs_decision", "manual_hold")
# A verdict's columns as its hash covers them (domain/audit_chain.py verdict_digest).
VERDICT_HASHED = tuple(
    """id parcel_id evaluated_at route eligible_321 consignment_value_usd_cents regime
    rules_version rules_as_of fx_json codes_json judged_against""".split()
)

VERIFY_BATCH = 500  # rows fetched from the driver at a time (a batch of 5,000 took 13% more CPU)
_READ_BATCH = 500  # parcels looked up by id at a time


# -- the chain's tail and heads -----------------------------------------------------------------


def last_hash(session: Session) -> str | None:
    """The newest line's hash (None: the trail is empty)."""
    return session.scalars(
        select(AuditEntry.hash).order_by(col(AuditEntry.id).desc()).limit(1)
    ).first()


def record_count(session: Session, up_to: int | None = None) -> int:
    """The number of lines in the trail (up to the line ``up_to``, included)."""
    query = select(func.count()).select_from(AuditEntry)
    if up_to is not None:
        query = query.where(col(AuditEntry.id) <= up_to)
    return int(session.scalar(query) or 0)


def seal_line(session: Session, trip: str) -> tuple[int, str | None] | None:
    """The line of the trip's latest seal (``load.close``): its id and hash."""
    found = session.execute(
        select(AuditEntry.id, AuditEntry.hash)
        .where(AuditEntry.action == "load.close", AuditEntry.entity_id == trip)
        .order_by(col(AuditEntry.id).desc())
        .limit(1)
    ).first()
    if found is None or found.id is None:
        return None
    return int(found.id), found.hash


# -- what audit verify reads ----------------------------------------------------------------------

# The trail in order: each line's id, then its fields in the order its hash takes them
# (domain/audit_chain.py entry_hash_of: at, user_id ... details, prev_hash), then its hash.
TRAIL = (
    "SELECT id, at, user_id, station, action, entity_type, entity_id, reason, details, "
    "prev_hash, hash FROM audit_log ORDER BY id"
)


def stream(
    connection: Connection, query: str, name: str, halt: threading.Event | None = None
) -> Iterator[tuple[Any, ...]]:
    """The query's rows in order (``batches``, one row at a time)."""
    for rows in batches(connection, query, name, halt):
        yield from rows


def batches(
    connection: Connection, query: str, name: str, halt: threading.Event | None = None
) -> Iterator[list[tuple[Any, ...]]]:
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
            yield rows
    finally:
        cursor.close()


def parcel_columns(dialect: str) -> str:
    """The hashed columns of ``parcels AS p``, as both backends give them alike: an instant as
    its UTC text ``2026-01-05 08:00:00.000000`` (SQLite holds that), the day as
    ``2026-01-05``, a flag as 0 or 1 (SQLite holds those), the rest as stored."""
    return ", ".join(_parcel_shapes(dialect))


def _parcel_shapes(dialect: str) -> list[str]:
    shapes = {name: "p.{}" for name in PARCEL_HASHED}
    if dialect == "postgresql":
        shapes.update({name: "to_char(p.{}, 'YYYY-MM-DD HH24:MI:SS.US')" for name in _INSTANTS})
        shapes.update({name: "CAST(p.{} AS INTEGER)" for name in _FLAGS})
        shapes["us_day"] = "to_char(p.{}, 'YYYY-MM-DD')"
    return [shapes[name].format(name) for name in PARCEL_HASHED]


def _verdict_shapes(dialect: str) -> list[str]:
    """A verdict's hashed fields of ``parcel_verdicts AS v`` as ``verdict_digest`` takes them:
    its instants as ``instant_text`` (``2026-01-05T08:00:00.000000+00:00``; SQLite's stored
    layout rewritten, any other kept as it is), the rest as stored (PostgreSQL's flag as 0 or
    1)."""
    shapes = {name: f"v.{name}" for name in VERDICT_HASHED}
    for name in ("evaluated_at", "rules_as_of"):
        if dialect == "postgresql":
            shapes[name] = f'to_char(v.{name}, \'YYYY-MM-DD"T"HH24:MI:SS.US"+00:00"\')'
        else:
            shapes[name] = (
                f"CASE WHEN length(v.{name}) = 26 AND substr(v.{name}, 11, 1) = ' ' THEN "
                f"substr(v.{name}, 1, 10) || 'T' || substr(v.{name}, 12) || '+00:00' "
                f"ELSE v.{name} END"
            )
    if dialect == "postgresql":
        shapes["eligible_321"] = "CAST(v.eligible_321 AS INTEGER)"
    return [shapes[name] for name in VERDICT_HASHED]


def _json_array(dialect: str, values: Sequence[str]) -> str:
    """The JSON text of a row's values as Python's ``json.dumps(..., separators=(",", ":"),
    ensure_ascii=False)`` writes integers, texts and nulls, made by the database."""
    if dialect == "postgresql":
        items = ", ".join(f"coalesce(CAST(to_json({value}) AS TEXT), 'null')" for value in values)
        return f"'[' || concat_ws(',', {items}) || ']'"
    return f"json_array({', '.join(values)})"


def _covered(dialect: str, key: str) -> str:
    """The rows the audit lines cover under ``key`` (their details' ``{"row id": "hash"}``):
    ``line, row_id, digest``, expanded by the database from each line's JSON (a key holding
    anything but an object, a records export's count of verdicts, covers nothing)."""
    if dialect == "postgresql":
        return (
            f"SELECT a.id AS line, CAST(j.key AS BIGINT) AS row_id, j.value AS digest "
            f"FROM audit_log AS a CROSS JOIN LATERAL jsonb_each_text(CASE WHEN "
            f"jsonb_typeof(CAST(a.details AS jsonb) -> '{key}') = 'object' THEN "
            f"CAST(a.details AS jsonb) -> '{key}' ELSE '{{}}' END) AS j "
            f"WHERE a.details LIKE '%\"{key}\": {{%'"
        )
    # json_each gives an object's members with their keys as text, an array's with numbers
    # and a lone value with none: only the members are rows.
    return (
        f"SELECT a.id AS line, CAST(j.key AS INTEGER) AS row_id, j.value AS digest "
        f"FROM audit_log AS a, json_each(a.details, '$.{key}') AS j "
        f"WHERE a.details LIKE '%\"{key}\": {{%' AND typeof(j.key) = 'text'"
    )


def parcels_against_lines(dialect: str, key: str) -> str:
    """Each parcel some line covers under ``key``: the LAST line that wrote it, the hash it
    holds, whether the row is still there and the row's hashed columns as JSON text (made by
    the database: the row is hashed as it comes). SQLite takes the other columns of an
    aggregate's row from the row its max() picked; PostgreSQL keeps the first of each."""
    covered = _covered(dialect, key)
    if dialect == "postgresql":
        last = (
            f"SELECT DISTINCT ON (row_id) row_id, line, digest FROM ({covered}) AS r "
            "ORDER BY row_id, line DESC"
        )
    else:
        last = f"SELECT row_id, max(line) AS line, digest FROM ({covered}) AS r GROUP BY row_id"
    return (
        f"SELECT l.line, coalesce(l.row_id, p.id), l.digest, p.id IS NOT NULL, "
        f"{_json_array(dialect, _parcel_shapes(dialect))} "
        f"FROM ({last}) AS l FULL JOIN parcels AS p ON p.id = l.row_id "
        f"WHERE l.row_id IS NOT NULL OR {_at(dialect, 'p.created_at')} >= {_began(dialect, key)}"
    )


def verdicts_against_lines(dialect: str, key: str) -> str:
    """Each verdict a line recorded under ``key``, in the lines' order: the line, the hash it
    holds, whether the row is still there and its hashed fields as JSON text."""
    return (
        "SELECT r.line, coalesce(r.row_id, v.id), r.digest, v.id IS NOT NULL, "
        f"{_json_array(dialect, _verdict_shapes(dialect))} "
        f"FROM ({_covered(dialect, key)}) AS r FULL JOIN parcel_verdicts AS v "
        f"ON v.id = r.row_id WHERE r.row_id IS NOT NULL "
        f"OR {_at(dialect, 'v.evaluated_at')} >= {_began(dialect, key)} "
        f"OR v.id > {_first_covered(dialect, key)}"
    )


def _first_covered(dialect: str, key: str) -> str:
    """The smallest row id the first line holding ``key`` covers: a verdict is written once and
    numbered in order, so every verdict of a greater id was written since (NULL: none)."""
    first = (
        f"SELECT b.details FROM audit_log AS b WHERE b.details LIKE '%\"{key}\": {{%' "
        "ORDER BY b.id LIMIT 1"
    )
    if dialect == "postgresql":
        return (
            f"(SELECT min(CAST(j.key AS BIGINT)) FROM jsonb_each_text((SELECT CASE WHEN "
            f"jsonb_typeof(CAST(f.details AS jsonb) -> '{key}') = 'object' THEN "
            f"CAST(f.details AS jsonb) -> '{key}' ELSE '{{}}' END FROM ({first}) AS f)) AS j)"
        )
    return (
        f"(SELECT min(CAST(j.key AS INTEGER)) FROM json_each(({first}), '$.{key}') AS j "
        "WHERE typeof(j.key) = 'text')"
    )


def _at(dialect: str, column: str) -> str:
    """An instant comparable with another: SQLite keeps text, in more than one layout of the
    same instant (``2026-01-05 08:00:00.000000``, ``2026-01-05T08:00:00.000000Z``)."""
    return f"julianday({column})" if dialect == "sqlite" else column


def _began(dialect: str, key: str) -> str:
    """When the desk began hashing the rows under ``key``: the instant of the first line that
    holds them (NULL: none does). A row written since that no line covers was not written by
    the desk (``parcels_against_lines`` and ``verdicts_against_lines`` give it with no line);
    one written before it is an older version's, left uncovered."""
    return (
        f"(SELECT {_at(dialect, 'b.at')} FROM audit_log AS b "
        f"WHERE b.details LIKE '%\"{key}\": {{%' ORDER BY b.id LIMIT 1)"
    )


def parcel_rows(connection: Connection, ids: Sequence[int]) -> Iterator[tuple[Any, ...]]:
    """The parcels ``ids`` as stored: their hashed columns (``parcel_columns``), a batch of ids
    at a time; those gone are left out."""
    columns = parcel_columns(connection.dialect.name)
    mark = "?" if connection.dialect.name == "sqlite" else "%s"
    for start in range(0, len(ids), _READ_BATCH):
        batch = tuple(ids[start : start + _READ_BATCH])
        marks = ", ".join(mark for _ in batch)
        query = f"SELECT {columns} FROM parcels AS p WHERE p.id IN ({marks})"
        yield from connection.exec_driver_sql(query, batch)


def verdict_row(connection: Connection, verdict_id: int) -> tuple[Any, ...] | None:
    """A verdict's hashed columns as the driver reads them (None: it is gone)."""
    columns = ", ".join(f"v.{name}" for name in VERDICT_HASHED)
    mark = "?" if connection.dialect.name == "sqlite" else "%s"
    query = f"SELECT {columns} FROM parcel_verdicts AS v WHERE v.id = {mark}"
    found = connection.exec_driver_sql(query, (verdict_id,)).first()
    return None if found is None else tuple(found)


def written_after_trail(connection: Connection) -> tuple[str, Any, Any, Any] | None:
    """The first parcel, else the first verdict, written after the trail's last line (every
    write of either adds a line, by this version and the older ones): ("parcel", its code,
    when, the line's instant) or ("verdict", its id, its parcel, the line's instant); with an
    empty trail, any. None: none is."""
    dialect = connection.dialect.name
    line = "(SELECT a.at FROM audit_log AS a ORDER BY a.id DESC LIMIT 1)"
    last = f"(SELECT {_at(dialect, 'a.at')} FROM audit_log AS a ORDER BY a.id DESC LIMIT 1)"
    parcel = connection.exec_driver_sql(
        f"SELECT p.code, p.id, {line} FROM parcels AS p WHERE {_at(dialect, 'p.created_at')} "
        f"> {last} OR {last} IS NULL ORDER BY p.id LIMIT 1"
    ).first()
    if parcel is not None:
        return ("parcel", parcel[0], parcel[1], parcel[2])
    verdict = connection.exec_driver_sql(
        f"SELECT v.id, v.parcel_id, {line} FROM parcel_verdicts AS v "
        f"WHERE {_at(dialect, 'v.evaluated_at')} > {last} OR {last} IS NULL "
        "ORDER BY v.id LIMIT 1"
    ).first()
    if verdict is not None:
        return ("verdict", verdict[0], verdict[1], verdict[2])
    return None


def row_totals(connection: Connection) -> tuple[int, int]:
    """The parcels and the verdicts the store holds."""
    found = connection.exec_driver_sql(
        "SELECT (SELECT COUNT(*) FROM parcels), (SELECT COUNT(*) FROM parcel_verdicts)"
    ).one()
    return int(found[0]), int(found[1])


def parcel_total(connection: Connection) -> int:
    return int(connection.exec_driver_sql("SELECT COUNT(*) FROM parcels").scalar_one())
