"""Migration 0012 on both backends: the parcels of a store of schema 0011 get their recipient
keys recomputed as delivery points, and the supervisor's splits follow them."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from s321_desk.domain.recipients import Recipient, point_of
from s321_desk.store.database import StoreTarget, open_store
from s321_desk.store.engine import make_engine
from s321_desk.store.migrate import _upgrade, upgrade_sqlite
from tests.pg_server import PostgresServer

_names = itertools.count(1)

# One person's orders as a shop exports them, keyed as the desk of 0011 keyed them: four keys.
ORDERS = [
    # name, address1, address2, city, postal code, the key the desk of 0011 gave it
    (
        "John Smith",
        "418 Elm St",
        "#4",
        "Elko New Market",
        "55020",
        "418 ELM ST APT 4|ELKO NEW MARKET|MN|55020|US",
    ),
    (
        "Smith, John",
        "418 Elm",
        "4",
        "ELKO NEW MRKT",
        "55020-1234",
        "418 ELM 4|ELKO NEW MRKT|MN|55020|US",
    ),
    (
        "John Smith Sr.",
        "418 Elm Street",
        "Unit 4",
        "Elko",
        "55020",
        "418 ELM ST UNIT 4|ELKO|MN|55020|US",
    ),
    ("Mary Jones", "418 Elm St", "Apt 5", "Elko", "55020", "418 ELM ST APT 5|ELKO|MN|55020|US"),
    ("Ann Lee", "PO Box 9", "", "Elko", "55020", "PO BOX 9|ELKO|MN|55020|US"),
]
SPLITS = [
    # address key (0011), name_a, name_b: the same split made twice, under two old keys, and a
    # split whose parcels are gone from view (only its key tells the address).
    ("418 ELM ST APT 4|ELKO NEW MARKET|MN|55020|US", "JOHN SMITH", "SMITH JOHN SR"),
    ("418 ELM 4|ELKO NEW MRKT|MN|55020|US", "JOHN SMITH", "JOHN SMITH SR"),
    ("77 HARBOR RD|ELKO|MN|55020|US", "CHEN WEI", "WEI CHEN"),
    ("77 HARBOR RD|ELKO|MN|55020|US", "CHEN WEI", "WEI LI"),
]


@pytest.fixture(params=("sqlite", "postgresql"))
def old_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[StoreTarget]:
    """A store at schema 0011 holding ORDERS' closed parcels and SPLITS."""
    if request.param == "sqlite":
        target: StoreTarget = tmp_path / "old.sqlite3"
        engine = make_engine(target)
        upgrade_sqlite(engine, "0011")
    else:
        server: PostgresServer = request.getfixturevalue("postgres")
        name = f"s321_old_{next(_names)}"
        server.execute(f"CREATE DATABASE {name}")
        target = server.url(name)
        engine = make_engine(target)
        with engine.begin() as connection:
            _upgrade(connection, "0011")
    try:
        _fill(engine)
    finally:
        engine.dispose()
    yield target
    if request.param == "postgresql":
        server.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _fill(engine: Engine) -> None:
    with engine.begin() as connection:
        for n, (name, address1, address2, city, postal, key) in enumerate(ORDERS, 1):
            connection.execute(
                text(
                    "INSERT INTO orders (id, name, currency, created_at, recipient_name, "
                    "address1, address2, city, state, postal_code, country, discount_cents, "
                    "source_file, source_format, imported_at) VALUES (:n, :order, 'USD', "
                    "'2026-11-20 09:00:00', :name, :a1, :a2, :city, 'MN', :postal, 'US', 0, "
                    "'orders.csv', 'shopify', '2026-11-20 09:00:00')"
                ),
                {
                    "n": n,
                    "order": f"#{n}",
                    "name": name,
                    "a1": address1,
                    "a2": address2,
                    "city": city,
                    "postal": postal,
                },
            )
            connection.execute(
                text(
                    "INSERT INTO parcels (id, code, order_id, station, status, recipient_key, "
                    "us_day, acknowledged, needs_decision, manual_hold, created_at) VALUES (:n, "
                    ":code, :n, 'S1', 'closed', :key, '2026-11-20', '', FALSE, FALSE, "
                    "'2026-11-20 10:00:00')"
                ),
                {"n": n, "code": f"P{n:07d}", "key": key},
            )
        connection.execute(  # an open parcel: no key yet, none made
            text(
                "INSERT INTO parcels (id, code, order_id, station, status, acknowledged, "
                "needs_decision, manual_hold, created_at) VALUES (99, 'P0000099', 1, 'S1', "
                "'open', '', FALSE, FALSE, '2026-11-20 10:00:00')"
            )
        )
        for key, name_a, name_b in SPLITS:
            connection.execute(
                text(
                    "INSERT INTO recipient_splits (address_key, name_a, name_b, reason, "
                    "created_at) VALUES (:key, :a, :b, 'father and son', '2026-11-20 11:00:00')"
                ),
                {"key": key, "a": name_a, "b": name_b},
            )


def test_stored_parcels_get_their_delivery_points_and_splits_follow(
    old_store: StoreTarget,
) -> None:
    store = open_store(old_store)  # upgraded to head here
    try:
        with store.engine.connect() as connection:
            parcels = {
                id_: (key, point)
                for id_, key, point in connection.execute(
                    text("SELECT id, recipient_key, recipient_point FROM parcels")
                )
            }
            splits = connection.execute(
                text("SELECT address_key, name_a, name_b FROM recipient_splits ORDER BY id")
            ).all()
    finally:
        store.dispose()
    elm = "US|55020|418"
    # One key for the four ways of writing 418 Elm St (unit 4 or 5 compared beside it).
    assert parcels == {
        1: (elm, ";;ST;4;ELM"),
        2: (elm, ";;;4;ELM"),
        3: (elm, ";;ST;4;ELM"),
        4: (elm, ";;ST;5;ELM"),
        5: ("US|55020|BOX|9", ";;;;"),
        99: (None, None),
    }
    # Exactly what the desk computes now for the same address.
    for n, (name, address1, address2, city, postal, _) in enumerate(ORDERS, 1):
        point = point_of(Recipient(name, address1, address2, city, "MN", postal))
        assert parcels[n] == (point.key, point.detail)
    assert [tuple(s) for s in splits] == [
        (elm, "JOHN SMITH", "JOHN SMITH SR"),  # moved, its names' words sorted
        ("418 ELM 4|ELKO NEW MRKT|MN|55020|US", "JOHN SMITH", "JOHN SMITH SR"),  # said above
        ("77 HARBOR RD|ELKO|MN|55020|US", "CHEN WEI", "WEI CHEN"),  # would be one name: as it was
        ("US|55020|77", "CHEN WEI", "LI WEI"),  # no parcel: the old key read back
    ]
