"""The Canadian import transaction number under which a SKU came in (a B3's 14 digits), where
the compliance lead knows it: the monthly drawback report gives it to the broker with each SKU
exported (a duty drawback claim refers each exported good to its import).

One number per SKU, the latest known; empty for a SKU made in Canada or not yet known.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A nullable column: SQLite adds it in place (no table rebuild), PostgreSQL too.
    op.add_column("products", sa.Column("import_transaction", sa.String(length=14), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("products", schema=None) as batch_op:
        batch_op.drop_column("import_transaction")
