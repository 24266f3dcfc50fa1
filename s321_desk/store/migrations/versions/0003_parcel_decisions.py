"""Parcel decisions: acknowledged warnings, an accepted route, and whether one is needed.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("parcels", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "acknowledged",
                sqlmodel.sql.sqltypes.AutoString(length=300),
                nullable=False,
                server_default="",
            )
        )
        batch_op.add_column(
            sa.Column("accepted_route", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=True)
        )
        batch_op.add_column(
            sa.Column("needs_decision", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(
            sa.Column("manual_hold", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.create_index(
            batch_op.f("ix_parcels_needs_decision"), ["needs_decision"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("parcels", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_parcels_needs_decision"))
        batch_op.drop_column("manual_hold")
        batch_op.drop_column("needs_decision")
        batch_op.drop_column("accepted_route")
        batch_op.drop_column("acknowledged")
