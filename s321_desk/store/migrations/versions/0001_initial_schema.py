"""Initial schema: catalog, orders, parcels, loads, FX rates, settings, users, audit log.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import s321_desk.store.types

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The audit trail is append-only: the database itself refuses to change or remove a line
# (SQLite triggers here; a shared PostgreSQL store gets its own trigger function).
# A later batch migration of audit_log recreates the table and must create these again.
AUDIT_LOG_APPEND_ONLY = (
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
)


def upgrade() -> None:
    op.create_table(
        "loads",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("trip_number", sqlmodel.sql.sqltypes.AutoString(length=25), nullable=False),
        sa.Column("scac", sqlmodel.sql.sqltypes.AutoString(length=4), nullable=False),
        sa.Column("port", sqlmodel.sql.sqltypes.AutoString(length=4), nullable=False),
        sa.Column("planned_arrival", s321_desk.store.types.UTCDateTime(), nullable=False),
        sa.Column("driver_name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column("tractor_plate", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True),
        sa.Column("trailer_plate", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True),
        sa.Column("seal", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=True),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("created_at", s321_desk.store.types.UTCDateTime(), nullable=False),
        sa.Column("closed_at", s321_desk.store.types.UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("trip_number"),
    )
    with op.batch_alter_table("loads", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_loads_planned_arrival"), ["planned_arrival"], unique=False
        )

    op.create_table(
        "orders",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("source_id", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        sa.Column("email", sqlmodel.sql.sqltypes.AutoString(length=254), nullable=True),
        sa.Column("currency", sqlmodel.sql.sqltypes.AutoString(length=3), nullable=False),
        sa.Column("created_at", s321_desk.store.types.UTCDateTime(), nullable=False),
        sa.Column("recipient_name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("company", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column("address1", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("address2", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column("city", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("state", sqlmodel.sql.sqltypes.AutoString(length=50), nullable=True),
        sa.Column("postal_code", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("country", sqlmodel.sql.sqltypes.AutoString(length=2), nullable=False),
        sa.Column("phone", sqlmodel.sql.sqltypes.AutoString(length=50), nullable=True),
        sa.Column("subtotal_cents", sa.Integer(), nullable=True),
        sa.Column("shipping_cents", sa.Integer(), nullable=True),
        sa.Column("taxes_cents", sa.Integer(), nullable=True),
        sa.Column("total_cents", sa.Integer(), nullable=True),
        sa.Column("discount_cents", sa.Integer(), nullable=False),
        sa.Column("discount_code", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=True),
        sa.Column("notes", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("source_file", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.Column("source_format", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("imported_at", s321_desk.store.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    with op.batch_alter_table("orders", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_orders_created_at"), ["created_at"], unique=False)

    op.create_table(
        "products",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sku", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("description", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.Column("hts", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=True),
        sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(length=2), nullable=True),
        sa.Column("unit_value_cents", sa.Integer(), nullable=False),
        sa.Column("currency", sqlmodel.sql.sqltypes.AutoString(length=3), nullable=False),
        sa.Column("weight_g", sa.Integer(), nullable=True),
        sa.Column("flags", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("barcode", sqlmodel.sql.sqltypes.AutoString(length=14), nullable=True),
        sa.Column("created_at", s321_desk.store.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", s321_desk.store.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("barcode"),
        sa.UniqueConstraint("sku"),
    )
    op.create_table(
        "settings",
        sa.Column("key", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("value", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("updated_at", s321_desk.store.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("badge", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        sa.Column("role", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("pin_hash", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("failed_pin_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", s321_desk.store.types.UTCDateTime(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", s321_desk.store.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("badge"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", s321_desk.store.types.UTCDateTime(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("station", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("action", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("entity_type", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("entity_id", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        sa.Column("reason", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("details", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_action"), ["action"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_log_at"), ["at"], unique=False)

    op.create_table(
        "fx_rates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("currency", sqlmodel.sql.sqltypes.AutoString(length=3), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("rate_to_usd", s321_desk.store.types.DecimalText(length=32), nullable=False),
        sa.Column("source", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("entered_by", sa.Integer(), nullable=True),
        sa.Column("entered_at", s321_desk.store.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entered_by"],
            ["users.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("currency", "valid_from"),
    )
    op.create_table(
        "order_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=False),
        sa.Column("sku", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        sa.Column("description", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("unit_price_cents", sa.Integer(), nullable=False),
        sa.Column("discount_cents", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["order_id"], ["orders.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("order_id", "line_no"),
    )
    with op.batch_alter_table("order_lines", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_order_lines_order_id"), ["order_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_order_lines_sku"), ["sku"], unique=False)

    op.create_table(
        "parcels",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("station", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("recipient_key", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=True),
        sa.Column("us_day", sa.Date(), nullable=True),
        sa.Column("crossing_at", s321_desk.store.types.UTCDateTime(), nullable=True),
        sa.Column("port", sqlmodel.sql.sqltypes.AutoString(length=4), nullable=True),
        sa.Column("weight_g", sa.Integer(), nullable=True),
        sa.Column("value_usd_cents", sa.Integer(), nullable=True),
        sa.Column("route", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=True),
        sa.Column("scn", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=True),
        sa.Column("load_id", sa.Integer(), nullable=True),
        sa.Column("created_at", s321_desk.store.types.UTCDateTime(), nullable=False),
        sa.Column("closed_at", s321_desk.store.types.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["load_id"],
            ["loads.id"],
        ),
        sa.ForeignKeyConstraint(
            ["order_id"],
            ["orders.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("code"),
        sa.UniqueConstraint("scn"),
    )
    with op.batch_alter_table("parcels", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_parcels_load_id"), ["load_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_parcels_order_id"), ["order_id"], unique=False)
        batch_op.create_index("ix_parcels_recipient_day", ["recipient_key", "us_day"], unique=False)
        batch_op.create_index(batch_op.f("ix_parcels_status"), ["status"], unique=False)

    op.create_table(
        "parcel_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("parcel_id", sa.Integer(), nullable=False),
        sa.Column("order_line_id", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("scanned_code", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("scanned_at", s321_desk.store.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["order_line_id"],
            ["order_lines.id"],
        ),
        sa.ForeignKeyConstraint(["parcel_id"], ["parcels.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("parcel_items", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_parcel_items_order_line_id"), ["order_line_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_parcel_items_parcel_id"), ["parcel_id"], unique=False)

    op.create_table(
        "parcel_verdicts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("parcel_id", sa.Integer(), nullable=False),
        sa.Column("evaluated_at", s321_desk.store.types.UTCDateTime(), nullable=False),
        sa.Column("route", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("eligible_321", sa.Boolean(), nullable=False),
        sa.Column("consignment_value_usd_cents", sa.Integer(), nullable=False),
        sa.Column("regime", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("rules_version", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("rules_as_of", s321_desk.store.types.UTCDateTime(), nullable=True),
        sa.Column("fx_json", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("codes_json", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(
            ["parcel_id"],
            ["parcels.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("parcel_verdicts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_parcel_verdicts_parcel_id"), ["parcel_id"], unique=False
        )

    if op.get_bind().dialect.name == "sqlite":
        for statement in AUDIT_LOG_APPEND_ONLY:
            op.execute(statement)


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    op.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    with op.batch_alter_table("parcel_verdicts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_parcel_verdicts_parcel_id"))

    op.drop_table("parcel_verdicts")
    with op.batch_alter_table("parcel_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_parcel_items_parcel_id"))
        batch_op.drop_index(batch_op.f("ix_parcel_items_order_line_id"))

    op.drop_table("parcel_items")
    with op.batch_alter_table("parcels", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_parcels_status"))
        batch_op.drop_index("ix_parcels_recipient_day")
        batch_op.drop_index(batch_op.f("ix_parcels_order_id"))
        batch_op.drop_index(batch_op.f("ix_parcels_load_id"))

    op.drop_table("parcels")
    with op.batch_alter_table("order_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_order_lines_sku"))
        batch_op.drop_index(batch_op.f("ix_order_lines_order_id"))

    op.drop_table("order_lines")
    op.drop_table("fx_rates")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_log_at"))
        batch_op.drop_index(batch_op.f("ix_audit_log_action"))

    op.drop_table("audit_log")
    op.drop_table("users")
    op.drop_table("settings")
    op.drop_table("products")
    with op.batch_alter_table("orders", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_orders_created_at"))

    op.drop_table("orders")
    with op.batch_alter_table("loads", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_loads_planned_arrival"))

    op.drop_table("loads")
