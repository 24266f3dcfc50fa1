"""Records are kept: no parcel, verdict, order, load, supervisor's split or user is deleted
within 6 years of its making, nor the items of a packed parcel; a void or a correction is a
new record (a status, a verdict, an audit line), never a deletion.

Six years: the longest of the record-keeping periods the desk serves (US importers 5 years,
19 CFR 163.4; Canadian exporters 6 years, Customs Act and SOR/97-71). The database refuses the
deletion itself (triggers), whatever program asks; past 6 years a record may be purged. An
open parcel's items are the packer's work in progress: an undo takes one back.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MESSAGE = "records are kept 6 years"
# The table and the column that dates each of its rows.
KEPT = (
    ("parcels", "created_at"),
    ("parcel_verdicts", "evaluated_at"),
    ("orders", "imported_at"),
    ("loads", "created_at"),
    ("recipient_splits", "created_at"),
    ("users", "created_at"),
)


def _sqlite() -> list[str]:
    statements = [
        f"CREATE TRIGGER {table}_kept BEFORE DELETE ON {table} "
        f"WHEN old.{column} > strftime('%Y-%m-%d %H:%M:%f', 'now', '-6 years') "
        f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}: {table} cannot be deleted before then'); END"
        for table, column in KEPT
    ]
    statements.append(
        "CREATE TRIGGER parcel_items_kept BEFORE DELETE ON parcel_items "
        "WHEN (SELECT status FROM parcels WHERE id = old.parcel_id) != 'open' "
        f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}: a packed parcel''s items cannot be deleted'); "
        "END"
    )
    return statements


def _postgresql() -> list[str]:
    return [
        f"""
        CREATE FUNCTION s321_kept() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_TABLE_NAME = 'parcel_items' THEN
                IF (SELECT status FROM parcels WHERE id = OLD.parcel_id) != 'open' THEN
                    RAISE EXCEPTION '{MESSAGE}: a packed parcel''s items cannot be deleted'
                        USING ERRCODE = 'restrict_violation';
                END IF;
            ELSIF (to_jsonb(OLD) ->> TG_ARGV[0])::timestamp
                    > (now() AT TIME ZONE 'UTC') - interval '6 years' THEN
                RAISE EXCEPTION '{MESSAGE}: % cannot be deleted before then', TG_TABLE_NAME
                    USING ERRCODE = 'restrict_violation';
            END IF;
            RETURN OLD;
        END $$
        """,
        *(
            f"CREATE TRIGGER {table}_kept BEFORE DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION s321_kept('{column}')"
            for table, column in KEPT
        ),
        "CREATE TRIGGER parcel_items_kept BEFORE DELETE ON parcel_items "
        "FOR EACH ROW EXECUTE FUNCTION s321_kept()",
    ]


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    for statement in _postgresql() if dialect == "postgresql" else _sqlite():
        op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table in [t for t, _ in KEPT] + ["parcel_items"]:
        on = f" ON {table}" if dialect == "postgresql" else ""
        op.execute(f"DROP TRIGGER IF EXISTS {table}_kept{on}")
    if dialect == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS s321_kept()")
