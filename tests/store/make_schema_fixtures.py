"""Makes tests/store/data/schema-REVISION.sqlite3: a small store as each released schema
revision of the desk wrote it, for tests/store/test_upgrades.py to open and migrate.

Run: python tests/store/make_schema_fixtures.py [--all]
Only missing files are made (a released version's file never changes); --all makes every
one again. Each file is an empty database brought to its revision by Alembic, holding rows
written with plain SQL valid at revision 0001 (every later revision must carry them over),
then what the desk of that revision wrote on top: from 0003 a supervisor's decision on the
parcel (its acknowledged codes and accepted route, and the audit line chained on by the
desk), from 0004 a recipient split (from 0012 keyed by its delivery point), from 0009 a product's import transaction number, from 0010 a
printed label's number and what it shows, from 0011 what a verdict was judged against and a
sealed parcel's acknowledged difference, from 0013 a product's store title, from 0014 a trip's
crew as records, a product's manufacturer and an FDA parcel's prior notice.
Stored with 1 KB pages (SQLite reads any page size) so that each file stays a few tens of KB.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, text

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from s321_desk.domain.audit_chain import entry_hash  # noqa: E402
from s321_desk.store.engine import make_sqlite_engine  # noqa: E402
from s321_desk.store.migrate import known_revisions, upgrade_sqlite  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"
PIN = "2468"

ROWS_AT_0001 = (
    "INSERT INTO products (id, sku, description, hts, origin, unit_value_cents, currency, "
    "weight_g, flags, barcode, created_at, updated_at) VALUES (1, 'MAPLE-500', "
    "'Pure maple syrup <Grade A> & co', '1702200000', 'CA', 1299, 'CAD', 650, 'PGA_FDA', "
    "'012345678905', '2026-11-20 10:00:00.000000', '2026-11-20 10:00:00.000000')",
    "INSERT INTO orders (id, name, source_id, email, currency, created_at, recipient_name, "
    "company, address1, address2, city, state, postal_code, country, phone, discount_cents, "
    "source_file, source_format, imported_at) VALUES (1, '#1001', '5550001', 'z@example.com', "
    "'CAD', '2026-11-20 09:00:00.000000', 'Zoë O''Brien-Müller', NULL, '123 Maple St', "
    "'Apt 4B', 'Bellingham', 'WA', '98225', 'US', NULL, 0, 'orders.csv', 'shopify', "
    "'2026-11-20 10:00:00.000000')",
    "INSERT INTO order_lines (id, order_id, line_no, sku, description, quantity, "
    "unit_price_cents, discount_cents) VALUES (1, 1, 1, 'MAPLE-500', 'Maple syrup', 2, 1299, 0)",
    "INSERT INTO users (id, name, badge, role, pin_hash, failed_pin_attempts, active, "
    "created_at) VALUES (1, 'Sam Super', 'B-77', 'supervisor', :pin_hash, 0, 1, "
    "'2026-11-20 08:00:00.000000')",
    "INSERT INTO loads (id, trip_number, scac, port, planned_arrival, driver_name, status, "
    "created_at) VALUES (1, 'ABCD000001', 'ABCD', '3004', '2026-11-20 19:00:00.000000', "
    "'Dee Driver', 'open', '2026-11-20 08:00:00.000000')",
    "INSERT INTO parcels (id, code, order_id, station, status, recipient_key, us_day, "
    "crossing_at, port, weight_g, value_usd_cents, route, scn, load_id, created_at, closed_at) "
    "VALUES (1, 'P0000001', 1, 'DOCK-1', 'loaded', '123 MAPLE ST APT 4B|BELLINGHAM|WA|98225', "
    "'2026-11-20', '2026-11-20 19:00:00.000000', '3004', 1300, 1897, 'T11', 'ABCDP0000001', 1, "
    "'2026-11-20 10:05:00.000000', '2026-11-20 10:06:00.000000')",
    "INSERT INTO parcel_items (id, parcel_id, order_line_id, quantity, scanned_code, scanned_at) "
    "VALUES (1, 1, 1, 2, 'MAPLE-500', '2026-11-20 10:05:30.000000')",
    "INSERT INTO parcel_verdicts (id, parcel_id, evaluated_at, route, eligible_321, "
    "consignment_value_usd_cents, regime, rules_version, fx_json, codes_json) VALUES (1, 1, "
    "'2026-11-20 10:06:00.000000', 'T11', 0, 1897, 'SUSPENDED', 'rules-0001', "
    '\'{"CAD": "0.7300"}\', \'[{"code": "DE_MINIMIS_SUSPENDED", "severity": "route", '
    '"message": "De minimis is suspended."}]\')',
    "INSERT INTO fx_rates (id, currency, valid_from, rate_to_usd, source, entered_at) VALUES "
    "(1, 'CAD', '2026-10-01', '0.7300', 'CBP certified rate, 2026 Q4', "
    "'2026-10-01 12:00:00.000000')",
    "INSERT INTO settings (key, value, updated_at) VALUES ('port', '\"3004\"', "
    "'2026-11-20 08:00:00.000000')",
    *(
        "INSERT INTO audit_log (at, user_id, station, action, entity_type, entity_id, reason, "
        f"details) VALUES ('2026-11-20 10:0{n}:00.000000', 1, 'DOCK-1', '{action}', 'parcel', "
        f"'P0000001', NULL, '{{}}')"
        for n, action in enumerate(("parcel.close", "load.add", "decision.acknowledge"))
    ),
)
DECIDED_FROM_0003 = (
    "UPDATE parcels SET acknowledged = 'SAME_ADDRESS_DIFFERENT_RECIPIENT', "
    "accepted_route = 'T11' WHERE id = 1"
)
# The audit line of that decision, as the desk writes it: chained onto the line before.
DECISION_LINE = {
    "at": datetime(2026, 11, 20, 10, 4, tzinfo=UTC), "user_id": 1, "station": "DOCK-1",
    "action": "decision.accept-route", "entity_type": "parcel", "entity_id": "P0000001",
    "reason": "broker arranged the entry", "details": '{"accepted": "T11"}',
}  # fmt: skip
SPLIT_FROM_0004 = (
    "INSERT INTO recipient_splits (address_key, name_a, name_b, reason, user_id, created_at) "
    "VALUES ('123 MAPLE ST APT 4B|BELLINGHAM|WA|98225', 'JOHN SMITH', 'JOHN SMITH SR', "
    "'father and son', 1, '2026-11-21 09:00:00.000000')"
)

TRANSACTION_FROM_0009 = "UPDATE products SET import_transaction = '12345678901234' WHERE id = 1"
# From 0012 the desk keys a split by the address's delivery point, its names' words sorted.
SPLIT_FROM_0012 = (
    "INSERT INTO recipient_splits (address_key, name_a, name_b, reason, user_id, created_at) "
    "VALUES ('US|98225|123', 'JOHN SMITH', 'JOHN SMITH SR', 'father and son', 1, "
    "'2026-11-21 09:00:00.000000')"
)
LABEL_FROM_0010 = (
    'UPDATE parcels SET label_version = 1, label_shows = \'{"crossing": "2026-11-20", '
    '"route": "T11", "trip": "ABCD000001"}\' WHERE id = 1'
)
# The parcels a verdict was judged against, and a sealed parcel's difference acknowledged.
JUDGED_FROM_0011 = (
    'UPDATE parcel_verdicts SET judged_against = \'[{"parcel_id": "P0000002", '
    '"as": "earlier", "route": "S321_MANIFEST", "value_usd": "12.00"}]\' '
    "WHERE id = 1",
    "INSERT INTO sealed_conflicts (parcel_id, load_id, detected_at, cause, filed_route, "
    "filed_value_usd_cents, judged_route, judged_value_usd_cents, judged_codes_json, "
    "judged_against, state, resolved_at, resolved_by, reason) VALUES (1, 1, "
    "'2026-11-20 11:00:00.000000', 'decision.void P0000002', 'T11', 1897, 'S321_MANIFEST', "
    "1897, '[]', '[]', 'acknowledged', '2026-11-20 11:05:00.000000', 1, 'crossed as filed')",
)
TITLE_FROM_0013 = "UPDATE products SET store_title = 'Maple syrup - 500 ml' WHERE id = 1"
# From 0014 a trip's crew are records, the catalog knows the maker, an FDA parcel its notice.
FILING_FROM_0014 = (
    "INSERT INTO drivers (id, number, first_name, last_name, gender, birth_date, citizenship, "
    "document_type, document_number, document_country, document_state, fast_card, active, "
    "created_at, updated_at) VALUES (1, 'D-20', 'Dee', 'Driver', 'F', '1984-03-12', 'CA', "
    "'ACW', 'AB123456', 'CA', NULL, '42705555555501', 1, '2026-11-20 08:00:00.000000', "
    "'2026-11-20 08:00:00.000000')",
    "INSERT INTO trucks (id, unit, truck_type, vin, plate, plate_state, dot_number, active, "
    "created_at, updated_at) VALUES (1, 'T-12', 'TR', '3AKJHHDR2LSLA4821', 'PR4512', 'ON', "
    "NULL, 1, '2026-11-20 08:00:00.000000', '2026-11-20 08:00:00.000000')",
    "INSERT INTO load_crews (load_id, driver_id, co_driver_id, truck_id, trailer_id, filed) "
    "VALUES (1, 1, NULL, 1, NULL, NULL)",
    "UPDATE products SET manufacturer = 'Érablière Saint-Pierre Inc.', "
    "manufacturer_street = '455 Rang Saint-Joseph', manufacturer_city = 'Saint-Pierre', "
    "manufacturer_province = 'QC', manufacturer_country = 'CA' WHERE id = 1",
    "UPDATE parcels SET prior_notice = 'PN4QK7Z2M9' WHERE id = 1",
)


def ordered_revisions() -> list[str]:
    return sorted(known_revisions())  # 0001, 0002, ...: numbered in order


def plain_hash(pin: str) -> str:
    """A PIN's hash as the desk stored it before the PIN key: scrypt alone (keyed by the desk
    that opens the saved store)."""
    import hashlib
    import secrets

    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=2**14, r=8, p=1, dklen=32)
    return f"scrypt${2**14}$8$1${salt.hex()}${digest.hex()}"


def fixture_path(revision: str) -> Path:
    return DATA / f"schema-{revision}.sqlite3"


def make(revision: str) -> Path:
    path = fixture_path(revision)
    path.unlink(missing_ok=True)
    engine = make_sqlite_engine(path)
    try:
        upgrade_sqlite(engine, "0001")
        with engine.begin() as connection:
            for statement in ROWS_AT_0001:
                connection.execute(text(statement), {"pin_hash": plain_hash(PIN)})
        upgrade_sqlite(engine, revision)  # as the desk of that version upgraded its stores
        with engine.begin() as connection:
            if revision >= "0003":
                connection.execute(text(DECIDED_FROM_0003))
                _append_audit_line(connection, DECISION_LINE)
            if revision >= "0004":
                connection.execute(text(SPLIT_FROM_0012 if revision >= "0012" else SPLIT_FROM_0004))
            if revision >= "0009":
                connection.execute(text(TRANSACTION_FROM_0009))
            if revision >= "0010":
                connection.execute(text(LABEL_FROM_0010))
            if revision >= "0011":
                for statement in JUDGED_FROM_0011:
                    connection.execute(text(statement))
            if revision >= "0013":
                connection.execute(text(TITLE_FROM_0013))
            if revision >= "0014":
                for statement in FILING_FROM_0014:
                    connection.execute(text(statement))
    finally:
        engine.dispose()
    with closing(sqlite3.connect(path)) as plain:  # one small file, no WAL beside it
        plain.execute("PRAGMA journal_mode = DELETE")
        plain.execute("PRAGMA page_size = 1024")
        plain.execute("VACUUM")
    return path


def _append_audit_line(connection: Connection, line: dict[str, Any]) -> None:
    previous = connection.execute(
        text("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1")
    ).scalar_one()
    connection.execute(
        text(
            "INSERT INTO audit_log (at, user_id, station, action, entity_type, entity_id, "
            "reason, details, prev_hash, hash) VALUES (:at, :user_id, :station, :action, "
            ":entity_type, :entity_id, :reason, :details, :prev_hash, :hash)"
        ),
        {
            **line,
            "at": line["at"].strftime("%Y-%m-%d %H:%M:%S.%f"),
            "prev_hash": previous,
            "hash": entry_hash(**line, prev_hash=previous),
        },
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="make every file again")
    args = parser.parse_args()
    DATA.mkdir(exist_ok=True)
    for revision in ordered_revisions():
        if args.all or not fixture_path(revision).exists():
            print(make(revision))
    return 0


if __name__ == "__main__":
    sys.exit(main())
