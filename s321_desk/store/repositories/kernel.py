"""The queries of what every room uses (services/kernel/) and of the store's copies: whether the
store has users, the audit trail's head (in the store, or in a backup file), a record's hash by
its place in the chain, the schema's revision."""

from __future__ import annotations

import sqlite3

from sqlalchemy import Connection
from sqlmodel import Session, col, select

from s321_desk.store.models import AuditEntry, User

# The audit trail's head in an SQLite file (a backup): its records and the newest one's hash.
_FILE_HEAD = "SELECT count(*), (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1) FROM audit_log"
_REVISION = "SELECT version_num FROM alembic_version"
_OTHER_SESSIONS = (
    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
    "AND pid != pg_backend_pid()"
)


def has_users(session: Session) -> bool:
    return session.scalars(select(User.id).limit(1)).first() is not None


def audit_hash_at(session: Session, position: int) -> str | None:
    """The hash of the ``position``-th audit record (1 for the first), if the trail has it."""
    return session.scalars(
        select(AuditEntry.hash).order_by(col(AuditEntry.id)).offset(position - 1).limit(1)
    ).first()


def file_audit_head(connection: sqlite3.Connection) -> tuple[int, str | None]:
    """The audit records an SQLite file (a backup) holds, and its newest one's hash."""
    count, last = connection.execute(_FILE_HEAD).fetchone()
    return int(count), last


def audit_head(connection: Connection) -> tuple[int, str | None]:
    """The audit records the store holds, and its newest one's hash."""
    count, last = connection.exec_driver_sql(_FILE_HEAD).one()
    return int(count), last


def schema_revision(connection: Connection) -> str | None:
    """The schema's Alembic revision the store is at."""
    revision = connection.exec_driver_sql(_REVISION).scalar()
    return None if revision is None else str(revision)


def file_schema_revision(connection: sqlite3.Connection) -> str | None:
    """The schema's Alembic revision an SQLite file (a backup) is at."""
    row = connection.execute(_REVISION).fetchone()
    return None if row is None else str(row[0])


def other_sessions(connection: Connection) -> int:
    """The other connections to this PostgreSQL database (a restore needs none)."""
    return int(connection.exec_driver_sql(_OTHER_SESSIONS).scalar() or 0)
