"""SKUs as stores write them, and lines without one.

- A SKU is kept in up to 255 characters (Shopify's limit for a variant's SKU; was 64), in the
  catalog, on order lines and as scanned into a parcel.
- The catalog keeps the store's product title (Shopify's "Lineitem name"), by which an order
  line without a SKU is matched to its product.
- A parcel's item may have been counted in by a supervisor (a line with nothing to scan)
  rather than scanned: who counted is kept with it.

On SQLite a column's declared length changes only by copying its table (batch mode): the copy
of parcel_items loses its guard against deleting a packed parcel's items (0008), made again
here.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ITEMS_KEPT = (
    "CREATE TRIGGER parcel_items_kept BEFORE DELETE ON parcel_items "
    "WHEN (SELECT status FROM parcels WHERE id = old.parcel_id) != 'open' "
    "BEGIN SELECT RAISE(ABORT, 'records are kept 6 years: a packed parcel''s items cannot be "
    "deleted'); END"
)


def _widen(table: str, column: str, before: int, after: int, *, nullable: bool) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        batch_op.alter_column(
            column,
            existing_type=sa.String(length=before),
            type_=sa.String(length=after),
            existing_nullable=nullable,
        )


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    _widen("products", "sku", 64, 255, nullable=False)
    op.add_column("products", sa.Column("store_title", sa.String(length=500), nullable=True))
    _widen("order_lines", "sku", 64, 255, nullable=True)
    with op.batch_alter_table("parcel_items", schema=None) as batch_op:
        batch_op.alter_column(
            "scanned_code",
            existing_type=sa.String(length=64),
            type_=sa.String(length=255),
            existing_nullable=False,
        )
        batch_op.add_column(sa.Column("counted_by", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            "fk_parcel_items_counted_by_users", "users", ["counted_by"], ["id"]
        )
    if sqlite:
        op.execute("DROP TRIGGER IF EXISTS parcel_items_kept")
        op.execute(ITEMS_KEPT)


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    with op.batch_alter_table("parcel_items", schema=None) as batch_op:
        batch_op.drop_constraint("fk_parcel_items_counted_by_users", type_="foreignkey")
        batch_op.drop_column("counted_by")
        batch_op.alter_column(
            "scanned_code",
            existing_type=sa.String(length=255),
            type_=sa.String(length=64),
            existing_nullable=False,
        )
    _widen("order_lines", "sku", 255, 64, nullable=True)
    with op.batch_alter_table("products", schema=None) as batch_op:
        batch_op.drop_column("store_title")
    _widen("products", "sku", 255, 64, nullable=False)
    if sqlite:
        op.execute("DROP TRIGGER IF EXISTS parcel_items_kept")
        op.execute(ITEMS_KEPT)
