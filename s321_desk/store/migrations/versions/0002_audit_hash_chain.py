"""Audit hash chain: each audit line carries the previous line's hash and its own.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from collections.abc import Sequence
from datetime import UTC

import sqlalchemy as sa
import sqlmodel
from alembic import op

from s321_desk.domain.audit_chain import GENESIS, entry_hash

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

APPEND_ONLY = (
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
)
DROP_APPEND_ONLY = (
    "DROP TRIGGER IF EXISTS audit_log_no_update",
    "DROP TRIGGER IF EXISTS audit_log_no_delete",
)


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:  # the lines written before this version get their hashes: lift the guard briefly
        for statement in DROP_APPEND_ONLY:
            op.execute(statement)
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("prev_hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True)
        )
        batch_op.add_column(
            sa.Column("hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True)
        )
    _chain_existing_lines()
    if sqlite:
        for statement in APPEND_ONLY:
            op.execute(statement)


def _chain_existing_lines() -> None:
    from s321_desk.store.types import UTCDateTime

    bind = op.get_bind()
    rows = bind.execute(
        sa.text(
            "SELECT id, at, user_id, station, action, entity_type, entity_id, reason, details "
            "FROM audit_log ORDER BY id"
        ).columns(at=UTCDateTime())
    ).all()
    previous = GENESIS
    for row in rows:
        at = row.at if row.at.tzinfo else row.at.replace(tzinfo=UTC)
        digest = entry_hash(
            at=at,
            user_id=row.user_id,
            station=row.station,
            action=row.action,
            entity_type=row.entity_type,
            entity_id=row.entity_id,
            reason=row.reason,
            details=row.details,
            prev_hash=previous,
        )
        bind.execute(
            sa.text("UPDATE audit_log SET prev_hash = :prev, hash = :hash WHERE id = :id"),
            {"prev": previous, "hash": digest, "id": row.id},
        )
        previous = digest


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        for statement in DROP_APPEND_ONLY:
            op.execute(statement)
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_column("hash")
        batch_op.drop_column("prev_hash")
    if sqlite:
        for statement in APPEND_ONLY:
            op.execute(statement)
