"""Recipient splits: name pairs at one address a supervisor declared two people.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import s321_desk.store.types

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "recipient_splits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("address_key", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("name_a", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("name_b", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("reason", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("created_at", s321_desk.store.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("address_key", "name_a", "name_b"),
    )
    with op.batch_alter_table("recipient_splits", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_recipient_splits_address_key"), ["address_key"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("recipient_splits", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_recipient_splits_address_key"))

    op.drop_table("recipient_splits")
