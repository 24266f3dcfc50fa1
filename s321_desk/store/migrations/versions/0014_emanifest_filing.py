"""A filing CBP accepts: drivers, trucks and trailers as records, a trip's crew, dangerous
goods and the manufacturer in the catalog, an FDA parcel's prior notice.

- drivers, trucks and trailers: created once, picked for a trip (load_crews), kept 6 years
  like the loads they took (a record is deactivated, never deleted).
- load_crews: a trip's driver, co-driver, truck and trailer, and what was filed at the seal.
  A trip of an older store keeps its free-text driver and plates (loads.driver_name,
  tractor_plate, trailer_plate), which its papers print as before; it has no crew row.
- products: un_number and hazard_class (dangerous goods other than the lithium flags), the
  manufacturer's name and address and its MID.
- parcels: prior_notice, the FDA prior notice confirmation number.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import s321_desk.store.types

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KEPT = ("drivers", "trucks", "trailers")
MESSAGE = "records are kept 6 years"


def _instant(name: str) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, s321_desk.store.types.UTCDateTime(), nullable=False)


def upgrade() -> None:
    op.create_table(
        "drivers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=15), nullable=False),
        sa.Column("first_name", sa.String(length=30), nullable=False),
        sa.Column("last_name", sa.String(length=30), nullable=False),
        sa.Column("gender", sa.String(length=1), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column("citizenship", sa.String(length=2), nullable=False),
        sa.Column("document_type", sa.String(length=3), nullable=False),
        sa.Column("document_number", sa.String(length=30), nullable=False),
        sa.Column("document_country", sa.String(length=2), nullable=True),
        sa.Column("document_state", sa.String(length=3), nullable=True),
        sa.Column("fast_card", sa.String(length=14), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        _instant("created_at"),
        _instant("updated_at"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("number"),
    )
    op.create_table(
        "trucks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit", sa.String(length=17), nullable=False),
        sa.Column("truck_type", sa.String(length=2), nullable=False),
        sa.Column("vin", sa.String(length=17), nullable=False),
        sa.Column("plate", sa.String(length=10), nullable=False),
        sa.Column("plate_state", sa.String(length=3), nullable=False),
        sa.Column("dot_number", sa.String(length=8), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        _instant("created_at"),
        _instant("updated_at"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("unit"),
    )
    op.create_table(
        "trailers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=15), nullable=False),
        sa.Column("trailer_type", sa.String(length=2), nullable=False),
        sa.Column("plate", sa.String(length=10), nullable=False),
        sa.Column("plate_state", sa.String(length=3), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        _instant("created_at"),
        _instant("updated_at"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("number"),
    )
    op.create_table(
        "load_crews",
        sa.Column("load_id", sa.Integer(), nullable=False),
        sa.Column("driver_id", sa.Integer(), nullable=True),
        sa.Column("co_driver_id", sa.Integer(), nullable=True),
        sa.Column("truck_id", sa.Integer(), nullable=True),
        sa.Column("trailer_id", sa.Integer(), nullable=True),
        sa.Column("filed", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(["load_id"], ["loads.id"]),
        sa.ForeignKeyConstraint(["driver_id"], ["drivers.id"]),
        sa.ForeignKeyConstraint(["co_driver_id"], ["drivers.id"]),
        sa.ForeignKeyConstraint(["truck_id"], ["trucks.id"]),
        sa.ForeignKeyConstraint(["trailer_id"], ["trailers.id"]),
        sa.PrimaryKeyConstraint("load_id"),
    )
    for column in ("driver_id", "co_driver_id", "truck_id", "trailer_id"):
        op.create_index(f"ix_load_crews_{column}", "load_crews", [column], unique=False)
    for name, length in (
        ("un_number", 4),
        ("hazard_class", 3),
        ("manufacturer", 200),
        ("manufacturer_street", 200),
        ("manufacturer_city", 100),
        ("manufacturer_province", 3),
        ("manufacturer_country", 2),
        ("mid", 15),
    ):
        op.add_column("products", sa.Column(name, sa.String(length=length), nullable=True))
    op.add_column("parcels", sa.Column("prior_notice", sa.String(length=20), nullable=True))
    _keep_records()


def _keep_records() -> None:
    """The records a filed trip names are kept as long as it is (0008's rule)."""
    if op.get_bind().dialect.name == "sqlite":
        for table in KEPT:
            op.execute(
                f"CREATE TRIGGER {table}_kept BEFORE DELETE ON {table} "
                f"WHEN old.created_at > strftime('%Y-%m-%d %H:%M:%f', 'now', '-6 years') "
                f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}: {table} cannot be deleted before then'); "
                "END"
            )
    else:
        for table in KEPT:
            op.execute(
                f"CREATE TRIGGER {table}_kept BEFORE DELETE ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION s321_kept('created_at')"
            )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table in KEPT:
        on = f" ON {table}" if dialect == "postgresql" else ""
        op.execute(f"DROP TRIGGER IF EXISTS {table}_kept{on}")
    op.drop_column("parcels", "prior_notice")
    for name in (
        "mid",
        "manufacturer_country",
        "manufacturer_province",
        "manufacturer_city",
        "manufacturer_street",
        "manufacturer",
        "hazard_class",
        "un_number",
    ):
        op.drop_column("products", name)
    op.drop_table("load_crews")
    op.drop_table("trailers")
    op.drop_table("trucks")
    op.drop_table("drivers")
