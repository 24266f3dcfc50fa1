"""PostgreSQL: the audit log append-only as on SQLite, a notification for every commit, and
prefix indexes for the history's search.

On PostgreSQL the guard is a trigger function raising the same message as SQLite's triggers
(0001/0002), for UPDATE, DELETE and TRUNCATE. Every table a station shows gets a
statement-level trigger sending ``NOTIFY s321_desk_changes``: PostgreSQL delivers it to the
listening stations when (and only if) the transaction commits, once per transaction however
many statements sent it; the live warnings LISTEN instead of polling
(store/changes.py). Parcel ids and order names get ``text_pattern_ops`` indexes, on which
the history's prefix search (``LIKE 'P00%'``) is an index range whatever the database's
collation (services/lookup/history.py). Nothing changes on SQLite, whose stations watch
``data_version``.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHANNEL = "s321_desk_changes"
WATCHED = (
    "parcels", "parcel_verdicts", "parcel_items", "loads", "orders", "order_lines", "products",
    "settings", "users", "fx_rates", "recipient_splits", "audit_log",
)  # fmt: skip

UPGRADE = (
    """
    CREATE FUNCTION s321_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = 'restrict_violation';
    END $$
    """,
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log "
    "FOR EACH ROW EXECUTE FUNCTION s321_audit_append_only()",
    "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
    "FOR EACH STATEMENT EXECUTE FUNCTION s321_audit_append_only()",
    f"""
    CREATE FUNCTION s321_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        PERFORM pg_notify('{CHANNEL}', '');
        RETURN NULL;
    END $$
    """,
    "CREATE INDEX ix_parcels_code_prefix ON parcels (code text_pattern_ops)",
    "CREATE INDEX ix_orders_name_prefix ON orders (name text_pattern_ops)",
    *(
        f"CREATE TRIGGER {table}_changed AFTER INSERT OR UPDATE OR DELETE ON {table} "
        "FOR EACH STATEMENT EXECUTE FUNCTION s321_notify_change()"
        for table in WATCHED
    ),
)
DOWNGRADE = (
    "DROP INDEX IF EXISTS ix_orders_name_prefix",
    "DROP INDEX IF EXISTS ix_parcels_code_prefix",
    *(f"DROP TRIGGER IF EXISTS {table}_changed ON {table}" for table in WATCHED),
    "DROP FUNCTION IF EXISTS s321_notify_change()",
    "DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log",
    "DROP TRIGGER IF EXISTS audit_log_no_update ON audit_log",
    "DROP FUNCTION IF EXISTS s321_audit_append_only()",
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in UPGRADE:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in DOWNGRADE:
            op.execute(statement)
