"""One person, however they type it: every parcel's recipient key recomputed as a delivery point.

The desk now parses a US address into its USPS Publication 28 components (usaddress) and takes
two recipients at one delivery point when ZIP5, house number and street name agree, the rest
(directionals, suffix, unit) compared only where both give it (RULES.md section 5). The key a
parcel is indexed by is that delivery point's key; what is compared beside it is kept in the
new column ``recipient_point``. Parcels closed before this version get both from their order's
address, parsed now, so that yesterday's parcels and today's are compared the same way.

A supervisor's splits stay: each is moved to the new key of its address (found through a
parcel that had its old key, else by reading the old key itself), and its two names are
written as a split now writes them (their words sorted: "SMITH JOHN" is "JOHN SMITH"). A split
whose new form another split already has keeps its old key: the other one stands for both.

Downgrade: the column goes; the keys stay as computed here (an older desk would compare them
with its own keys: restore the backup taken before the upgrade instead).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from s321_desk.domain.addresses import DeliveryPoint, delivery_point

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BATCH = 5000


def upgrade() -> None:
    # A nullable column: SQLite adds it in place (no table rebuild), PostgreSQL too.
    op.add_column("parcels", sa.Column("recipient_point", sa.String(length=300), nullable=True))
    connection = op.get_bind()
    new_keys = _recompute_parcels(connection)
    _move_splits(connection, new_keys)


def _recompute_parcels(connection: sa.Connection) -> dict[str, str]:
    """Each closed parcel's key and point from its order's address; returns old key -> new."""
    rows = connection.execute(
        sa.text(
            "SELECT p.id, p.recipient_key, o.address1, o.address2, o.city, o.state, "
            "o.postal_code, o.country FROM parcels AS p JOIN orders AS o ON o.id = p.order_id "
            "WHERE p.recipient_key IS NOT NULL ORDER BY p.id"
        )
    ).all()
    new_keys: dict[str, str] = {}
    batch: list[dict[str, object]] = []
    update = sa.text(
        "UPDATE parcels SET recipient_key = :key, recipient_point = :point WHERE id = :id"
    )
    for id_, old_key, address1, address2, city, state, postal_code, country in rows:
        point = delivery_point(
            address1, address2 or "", city, state or "", postal_code, country or "US"
        )
        new_keys.setdefault(old_key, point.key)
        batch.append({"id": id_, "key": point.key, "point": point.detail})
        if len(batch) == _BATCH:
            connection.execute(update, batch)
            batch.clear()
    if batch:
        connection.execute(update, batch)
    return new_keys


def _key_of_old_key(old_key: str) -> str:
    """An old key read back ("STREET LINE|CITY|STATE|ZIP[|COUNTRY]"), for a split whose
    parcels are not found (the old key was a whole address in canonical words)."""
    street, city, state, postal, *country = [*old_key.split("|"), "", "", ""][:5]
    point: DeliveryPoint = delivery_point(street, "", city, state, postal, country[0] or "US")
    return point.key


def _split_name(stored: str) -> str:
    return " ".join(sorted(stored.split()))


def _move_splits(connection: sa.Connection, new_keys: dict[str, str]) -> None:
    splits = connection.execute(
        sa.text("SELECT id, address_key, name_a, name_b FROM recipient_splits ORDER BY id")
    ).all()
    taken = {(key, a, b) for _, key, a, b in splits}
    for id_, old_key, name_a, name_b in splits:
        key = new_keys.get(old_key) or _key_of_old_key(old_key)
        first, second = sorted((_split_name(name_a), _split_name(name_b)))
        target = (key, first, second)
        if target in taken or first == second:
            continue  # another split says it already, or the names would be one
        connection.execute(
            sa.text(
                "UPDATE recipient_splits SET address_key = :key, name_a = :a, name_b = :b "
                "WHERE id = :id"
            ),
            {"key": key, "a": first, "b": second, "id": id_},
        )
        taken.discard((old_key, name_a, name_b))
        taken.add(target)


def downgrade() -> None:
    with op.batch_alter_table("parcels", schema=None) as batch_op:
        batch_op.drop_column("recipient_point")
