"""A parcel's label is a version of the parcel: the number of its current label, what the
printed label shows (its route, consignee, weight, orders, crossing day and trip, as JSON) and
whether that printed label is superseded and a new one is waiting to be printed (RELABEL).

Parcels printed before this revision have no record of what their label showed: their next
print is label 1, and a bare parcel id scanned at the truck stands for it.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Columns with a server default: SQLite adds them in place, PostgreSQL too.
    op.add_column(
        "parcels",
        sa.Column("label_version", sa.Integer(), nullable=False, server_default="0"),
    )
    op.add_column(
        "parcels", sa.Column("label_shows", sqlmodel.sql.sqltypes.AutoString(), nullable=True)
    )
    op.add_column(
        "parcels",
        sa.Column("relabel", sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    with op.batch_alter_table("parcels", schema=None) as batch_op:
        batch_op.drop_column("relabel")
        batch_op.drop_column("label_shows")
        batch_op.drop_column("label_version")
