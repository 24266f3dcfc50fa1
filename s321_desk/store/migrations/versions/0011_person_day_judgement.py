"""A person-day judged in crossing order: each verdict keeps the parcels it was judged against
(in that order), a parcel keeps the rules it was packed under when the packer named them, and a
sealed truck's parcels whose verdict would now differ from the filing are recorded for a
supervisor (kept 6 years, as the other records).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import s321_desk.store.types

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KEPT_MESSAGE = "records are kept 6 years: sealed_conflicts cannot be deleted before then"


def upgrade() -> None:
    # Nullable columns: added in place on both backends (no table rebuild).
    op.add_column("parcel_verdicts", sa.Column("judged_against", sa.String(), nullable=True))
    op.add_column(
        "parcels",
        sa.Column("rules_as_of", s321_desk.store.types.UTCDateTime(), nullable=True),
    )
    op.create_table(
        "sealed_conflicts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("parcel_id", sa.Integer(), nullable=False),
        sa.Column("load_id", sa.Integer(), nullable=False),
        sa.Column("detected_at", s321_desk.store.types.UTCDateTime(), nullable=False),
        sa.Column("cause", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("filed_route", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("filed_value_usd_cents", sa.Integer(), nullable=False),
        sa.Column("judged_route", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("judged_value_usd_cents", sa.Integer(), nullable=False),
        sa.Column("judged_codes_json", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("judged_against", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("state", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("resolved_at", s321_desk.store.types.UTCDateTime(), nullable=True),
        sa.Column("resolved_by", sa.Integer(), nullable=True),
        sa.Column("reason", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.ForeignKeyConstraint(["load_id"], ["loads.id"]),
        sa.ForeignKeyConstraint(["parcel_id"], ["parcels.id"]),
        sa.ForeignKeyConstraint(["resolved_by"], ["users.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("sealed_conflicts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sealed_conflicts_parcel_id"), ["parcel_id"], unique=False
        )
    if op.get_bind().dialect.name == "postgresql":  # s321_kept(): migration 0008
        op.execute(
            "CREATE TRIGGER sealed_conflicts_kept BEFORE DELETE ON sealed_conflicts "
            "FOR EACH ROW EXECUTE FUNCTION s321_kept('detected_at')"
        )
    else:
        op.execute(
            "CREATE TRIGGER sealed_conflicts_kept BEFORE DELETE ON sealed_conflicts "
            "WHEN old.detected_at > strftime('%Y-%m-%d %H:%M:%f', 'now', '-6 years') "
            f"BEGIN SELECT RAISE(ABORT, '{KEPT_MESSAGE}'); END"
        )


def downgrade() -> None:
    on = " ON sealed_conflicts" if op.get_bind().dialect.name == "postgresql" else ""
    op.execute(f"DROP TRIGGER IF EXISTS sealed_conflicts_kept{on}")
    with op.batch_alter_table("sealed_conflicts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sealed_conflicts_parcel_id"))
    op.drop_table("sealed_conflicts")
    with op.batch_alter_table("parcels", schema=None) as batch_op:
        batch_op.drop_column("rules_as_of")
    with op.batch_alter_table("parcel_verdicts", schema=None) as batch_op:
        batch_op.drop_column("judged_against")
