"""Texts typed at the desk or on the command line, checked where they are given against the
column that keeps them (review-5 GAP 2 and GAP 3): control and format characters refused with
the field and the character named, a text longer than its column refused with the field and
the limit, nothing written, the same on SQLite and PostgreSQL (which refuses a longer value
where SQLite would keep it whole)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import String, func, select
from sqlmodel import AutoString, SQLModel

from s321_desk.domain import crew, hazmat, scanning
from s321_desk.domain.given import given_text, hidden_character
from s321_desk.services.admin.catalog import edit_product
from s321_desk.services.admin.rules_and_rates import pin_rules, set_fx_rate
from s321_desk.services.admin.settings import change_setting, change_settings
from s321_desk.services.admin.users import Person, add_user
from s321_desk.services.files.catalog_import import import_catalog
from s321_desk.services.files.orders_import import import_orders
from s321_desk.services.kernel.errors import UserError
from s321_desk.services.loads import crew_records
from s321_desk.services.loads.trips import reopen_load
from s321_desk.services.packing.pack import open_parcel, pack_order
from s321_desk.services.supervision.decisions import decide
from s321_desk.store import models
from s321_desk.store.columns import UNBOUNDED_TEXT, column_limit
from s321_desk.store.database import Store
from s321_desk.store.models import AuditEntry, FxRate, Parcel, Product, Setting, User
from s321_desk.store.uow import UnitOfWork, one_action
from tests.conftest import first_admin, store_args, write_csv
from tests.services.packing.test_packing import CATALOG, ORDERS

# The characters the review typed into a user's name and badge, and a line break.
HIDDEN = {
    "soft hyphen": "\u00ad",
    "zero-width space": "\u200b",
    "word joiner": "\u2060",
    "BOM": "\ufeff",
    "escape": "\x1b",
    "bell": "\x07",
    "NUL": "\x00",
}


# Every text column of the store, and how a text reaches it.
#
# GIVEN: typed by a person at the desk or on the command line; a case below gives it, at its
# column's limit (taken), one character more (refused) and with each hidden character
# (refused), on both backends.
GIVEN = {
    "users.name",
    "users.badge",
    "fx_rates.source",
    "parcels.station",
    "settings.value",
    "audit_log.reason",
    "products.description",
    "recipient_splits.reason",  # a decision's reason (split)
    "sealed_conflicts.reason",  # a decision's reason (a sealed parcel acknowledged)
}
# READ: typed or imported and read by a parser of its own whose longest value fits the column
# (checked below with a value one longer than the column, which the parser must refuse).
READ: dict[str, Callable[[str], object]] = {
    "drivers.number": crew.driver_number,
    "drivers.first_name": lambda text: crew.person_name(text, "first name"),  # type: ignore[arg-type]
    "drivers.last_name": lambda text: crew.person_name(text, "last name"),  # type: ignore[arg-type]
    "drivers.gender": crew.gender,
    "drivers.citizenship": lambda text: crew.country(text, "citizenship"),  # type: ignore[arg-type]
    "drivers.document_type": crew.document_type,
    "drivers.document_number": crew.document_number,
    "drivers.document_country": lambda text: crew.country(text, "country"),  # type: ignore[arg-type]
    "drivers.document_state": lambda text: crew.jurisdiction(text, "state"),  # type: ignore[arg-type]
    "drivers.fast_card": crew.fast_card,
    "trucks.unit": crew.unit_number,
    "trucks.truck_type": crew.truck_type,
    "trucks.vin": crew.vin,
    "trucks.plate": crew.plate,
    "trucks.plate_state": lambda text: crew.jurisdiction(text, "state"),  # type: ignore[arg-type]
    "trucks.dot_number": crew_records._dot_number,
    "trailers.number": crew.trailer_number,
    "trailers.trailer_type": crew.trailer_type,
    "trailers.plate": crew.plate,
    "trailers.plate_state": lambda text: crew.jurisdiction(text, "state"),  # type: ignore[arg-type]
    "loads.seal": crew.seal_number,
    "parcels.prior_notice": hazmat.normalize_prior_notice,
    "parcel_items.scanned_code": scanning.code_of,
    "products.sku": scanning.parse_sku,
    "order_lines.sku": scanning.parse_sku,
}
# IMPORTED: read from an import's cells, each against its column (store/columns.py
# column_limit, the same lengths), with the same rule of characters (tests/services/files/).
IMPORTED = {
    f"{table}.{column}"
    for table, columns in {
        "orders": "name source_id email recipient_name company address1 address2 city state "
        "postal_code phone discount_code notes",
        "order_lines": "description",
        "products": "store_title hts origin flags barcode import_transaction un_number "
        "hazard_class manufacturer manufacturer_street manufacturer_city "
        "manufacturer_province manufacturer_country mid",
    }.items()
    for column in columns.split()
}
# MADE: written by the desk itself from checked values, codes or its own records, never a
# text as typed: each with what it is made of.
MADE = {
    "audit_log.station": "the station's checked name, or cli@HOST",
    "audit_log.action": "an action's code",
    "audit_log.entity_type": "a code",
    "audit_log.entity_id": "a record's id, code or key",
    "audit_log.details": "JSON of checked values",
    "audit_log.prev_hash": "a hash",
    "audit_log.hash": "a hash",
    "load_crews.filed": "JSON of the crew's checked records",
    "loads.trip_number": "SCAC + 4 to 21 letters/digits (services/loads/trips.py)",
    "loads.scac": "2 to 4 letters",
    "loads.port": "a port's code from the list",
    "loads.driver_name": "the crew's checked names (2 x 61 + 3 characters at most)",
    "loads.tractor_plate": "a checked plate and its jurisdiction (14 at most)",
    "loads.trailer_plate": "a checked plate and its jurisdiction (14 at most)",
    "loads.status": "a LoadStatus",
    "orders.currency": "a currency code",
    "orders.country": "a country code",
    "orders.source_file": "the imported file's name, cut to its column",
    "orders.source_format": "shopify | native",
    "parcel_verdicts.route": "a route code",
    "parcel_verdicts.regime": "a regime code",
    "parcel_verdicts.rules_version": "the rule data's version",
    "parcel_verdicts.fx_json": "JSON",
    "parcel_verdicts.codes_json": "JSON",
    "parcel_verdicts.judged_against": "JSON",
    "parcels.code": "prefix + 7 digits",
    "parcels.status": "a ParcelStatus",
    "parcels.recipient_key": "the parsed address key",
    "parcels.recipient_point": "the parsed delivery point",
    "parcels.port": "a port's code from the list",
    "parcels.route": "a route code",
    "parcels.scn": "SCAC + parcel code",
    "parcels.acknowledged": "codes",
    "parcels.accepted_route": "a route code",
    "parcels.label_shows": "JSON",
    "products.currency": "a currency code",
    "fx_rates.currency": "a currency code",
    "recipient_splits.address_key": "the parsed address key",
    "recipient_splits.name_a": "name tokens of an imported name",
    "recipient_splits.name_b": "name tokens of an imported name",
    "sealed_conflicts.cause": "an audit action and its entity",
    "sealed_conflicts.filed_route": "a route code",
    "sealed_conflicts.judged_route": "a route code",
    "sealed_conflicts.judged_codes_json": "JSON",
    "sealed_conflicts.judged_against": "JSON",
    "sealed_conflicts.state": "a state code",
    "settings.key": "a setting's name from the list",
    "users.role": "a role from the list",
    "users.pin_hash": "a hash",
}


def text_columns() -> dict[str, Any]:
    """Every text column of the store's tables (models.py), by ``table.column``."""
    assert models.User.__tablename__ == "users"  # the tables are models.py's
    return {
        f"{table.name}.{column.name}": column
        for table in SQLModel.metadata.tables.values()
        for column in table.columns
        if isinstance(column.type, String | AutoString)  # SQLModel's str: AutoString
    }


def test_every_text_column_is_checked_where_a_text_reaches_it() -> None:
    """A new text column fails here until it says how a text reaches it (and is checked)."""
    classified = GIVEN | set(READ) | IMPORTED | set(MADE)
    columns = set(text_columns())
    assert sorted(columns - classified) == []  # a column nobody checks
    assert sorted(classified - columns) == []  # a column that is gone
    assert not (GIVEN & set(READ)) and not (GIVEN & IMPORTED) and not (set(READ) & IMPORTED)


@pytest.mark.parametrize("name", sorted(READ))
def test_a_parser_refuses_what_its_column_cannot_keep(name: str) -> None:
    column = text_columns()[name]
    assert column.type.length, f"{name}: a parser's limit needs the column's length"
    for char in ("A", "7"):  # whatever the parser's alphabet
        with pytest.raises((ValueError, UserError)):
            READ[name](char * (column.type.length + 1))


def test_the_checker_takes_its_limits_from_the_columns() -> None:
    tables = {
        model.__tablename__: model
        for model in vars(models).values()
        if isinstance(model, type) and issubclass(model, SQLModel) and hasattr(model, "__table__")
    }
    for name in GIVEN:
        table, field = name.split(".")
        model = tables[table]
        length = text_columns()[name].type.length
        assert column_limit(model, field) == (length or UNBOUNDED_TEXT)
    assert column_limit(User, "name") == 100 and column_limit(Parcel, "station") == 40


def test_the_rule_is_the_imports_one() -> None:
    for char in HIDDEN.values():
        assert hidden_character(f"Ada{char}") == (4, char)
    assert hidden_character("Ada\u200d") == (0, "")  # the zero-width joiner of emoji stays
    assert hidden_character("two\nlines") == (0, "")  # a cell's line break
    with pytest.raises(ValueError, match="character 4"):
        given_text("two\nlines", "name", 100)  # a one-line field: no line break
    assert given_text("two\nlines", "reason", 100, lines=True) == "two\nlines"
    assert given_text("  Ada Admin ", "name", 9) == "Ada Admin"


# The services a person's text goes through, each with the store prepared for it.


def admin_of(store: Store) -> Person:
    return first_admin(store)


def stocked(store: Store, tmp_path: Path) -> None:
    import_catalog(store.engine, write_csv(tmp_path / "c.csv", CATALOG))
    import_orders(store.engine, write_csv(tmp_path / "o.csv", ORDERS))


def give_user_name(store: Store, text: str, _: Path) -> None:
    with one_action(store.engine, immediate=True) as uow:
        add_user(uow, text, "packer", "1234", by=admin_of(store))


def give_badge(store: Store, text: str, _: Path) -> None:
    with one_action(store.engine, immediate=True) as uow:
        add_user(uow, "Pat Packer", "packer", "1234", badge=text, by=admin_of(store))


def give_fx_source(store: Store, text: str, _: Path) -> None:
    admin_of(store)
    with one_action(store.engine, immediate=True) as uow:
        set_fx_rate(uow, "CAD", "0.7300", date(2026, 1, 1), text)


def give_station(store: Store, text: str, tmp_path: Path) -> None:
    admin_of(store)
    stocked(store, tmp_path)
    with one_action(store.engine, immediate=True) as uow:
        open_parcel(uow, "#1001", station=text)


def give_station_setting(store: Store, text: str, _: Path) -> None:
    admin_of(store)
    with one_action(store.engine, immediate=True) as uow:
        change_setting(uow, "station_name", json.dumps(text))


def give_station_by_the_settings_view(store: Store, text: str, _: Path) -> None:
    admin = admin_of(store)
    with one_action(store.engine, immediate=True) as uow:
        change_settings(uow, {"stations": {text: {"port": "0901"}}}, by=admin)


def give_company(store: Store, text: str, _: Path) -> None:
    admin = admin_of(store)
    with one_action(store.engine, immediate=True) as uow:
        change_settings(uow, {"company": {"name": text, "lines": ["1 Main St"]}}, by=admin)


def give_pin_reason(store: Store, text: str, _: Path) -> None:
    admin_of(store)
    with one_action(store.engine, immediate=True) as uow:
        pin_rules(uow, datetime(2025, 1, 1, tzinfo=UTC), text)


def give_description(store: Store, text: str, tmp_path: Path) -> None:
    admin_of(store)
    stocked(store, tmp_path)
    with one_action(store.engine, immediate=True) as uow:
        edit_product(uow, "JKT", {"description": text})


# field -> (the service giving it, the column's limit, whether a text at the limit is kept)
CASES: dict[str, tuple[Callable[[Store, str, Path], None], int]] = {
    "name": (give_user_name, 100),
    "badge": (give_badge, 64),
    "source": (give_fx_source, 200),
    "station": (give_station, 40),
    "setting station_name": (give_station_setting, 40),
    "setting stations": (give_station_by_the_settings_view, 40),
    "setting company": (give_company, 200),
    "reason": (give_pin_reason, UNBOUNDED_TEXT),
    "description": (give_description, 500),
}


def written(store: Store) -> dict[str, int]:
    """How many rows each table the cases write holds; the audit trail's but the sign-ins
    (a command's --user signs in, and that is audited, whatever it then refuses)."""
    with UnitOfWork(store.engine) as uow:
        counts = {
            str(model.__tablename__): uow.session.scalar(select(func.count()).select_from(model))
            or 0
            for model in (User, FxRate, Parcel, Setting, Product)
        }
        counts["audit_log"] = (
            uow.session.scalar(
                select(func.count())
                .select_from(AuditEntry)
                .where(AuditEntry.action.not_in(["login", "login.refused"]))  # type: ignore[attr-defined]
            )
            or 0
        )
        return counts


def acted(store: Store, service: Callable[..., object], *args: object, **named: object) -> object:
    """``service`` in one user's action on ``store`` (a write: the writer's lock)."""
    with one_action(store.engine, immediate=True) as uow:
        return service(uow, *args, **named)


def prepared(
    store: Store, case: Callable[[Store, str, Path], None], tmp_path: Path
) -> Callable[[str], None]:
    """The case's service, its store prepared once (a first good text given), then each text
    given again as the same person."""
    case(store, "A" * 3, tmp_path)
    admin = Person(1, "Ada Admin", "admin")
    calls = {
        give_user_name: lambda t: acted(store, add_user, t, "packer", "1234", by=admin),
        give_badge: lambda t: acted(
            store, add_user, "Pat " + str(len(t)), "packer", "1234", badge=t, by=admin
        ),
        give_fx_source: lambda t: acted(store, set_fx_rate, "CAD", "0.7400", date(2026, 1, 1), t),
        give_station: lambda t: pack_order(store.engine, "#1002", station=t),
        give_station_setting: lambda t: acted(store, change_setting, "station_name", json.dumps(t)),
        give_station_by_the_settings_view: lambda t: acted(
            store, change_settings, {"stations": {t: {"port": "0901"}}}, by=admin
        ),
        give_company: lambda t: acted(
            store, change_settings, {"company": {"name": t, "lines": ["1 Main St"]}}, by=admin
        ),
        give_pin_reason: lambda t: acted(store, pin_rules, datetime(2025, 2, 1, tzinfo=UTC), t),
        give_description: lambda t: acted(store, edit_product, "TS-M", {"description": t}),
    }
    return calls[case]  # type: ignore[return-value]


@pytest.mark.parametrize("field", sorted(CASES))
def test_a_text_too_long_for_its_column_is_refused_naming_the_field(
    store: Store, tmp_path: Path, field: str
) -> None:
    case, limit = CASES[field]
    give = prepared(store, case, tmp_path)
    before = written(store)
    with pytest.raises(UserError) as refused:
        give("B" * (limit + 1))
    said = refused.value.english
    assert said.count("\n") == 0 and f"at most {limit:,}" in said, said
    assert f"too long ({limit + 1:,} characters" in said
    assert field.split()[-1] in said or field == "setting stations", said
    assert written(store) == before  # nothing written
    give("C" * limit)  # its column keeps that much, on either backend


@pytest.mark.parametrize("hidden", sorted(HIDDEN))
@pytest.mark.parametrize("field", sorted(CASES))
def test_control_and_format_characters_are_refused_naming_them(
    store: Store, tmp_path: Path, field: str, hidden: str
) -> None:
    case, _limit = CASES[field]
    give = prepared(store, case, tmp_path)
    before = written(store)
    char = HIDDEN[hidden]
    with pytest.raises(UserError) as refused:
        give(f"Ada Admin{char}")
    said = refused.value.english
    assert f"U+{ord(char):04X}" in said and "at character 10" in said, said
    assert "\n" not in said and "\x1b" not in said
    assert written(store) == before


def test_a_second_ada_admin_with_a_soft_hyphen_is_not_added(store: Store) -> None:
    """The review's case: the same name but for an invisible character is refused, and the
    trail reads no such name."""
    admin = first_admin(store)
    with pytest.raises(UserError, match="U\\+00AD SOFT HYPHEN"):
        with one_action(store.engine, immediate=True) as work:
            add_user(work, "Ada Admin\u00ad", "admin", "4321", by=admin)
    with UnitOfWork(store.engine) as uow:
        names = uow.session.scalars(select(User.name)).all()
        details = uow.session.scalars(select(AuditEntry.details)).all()
    assert names == ["Ada Admin"]
    assert not any("\\u00ad" in d for d in details)


def test_a_reason_is_checked_before_the_pin_is(store: Store) -> None:
    """A decision's and a reopening's reason: refused naming it, before anything is counted or
    written (the PIN is not even checked)."""
    first_admin(store)
    before = written(store)
    with pytest.raises(UserError, match="reason: an invisible or control character"):
        with one_action(store.engine, immediate=True) as uow:
            decide(uow, "P0000001", "hold", user="Ada Admin", pin="9999", reason="late\x1b[2J")
    with pytest.raises(UserError, match="reason: too long"):
        with one_action(store.engine, immediate=True) as uow:
            reopen_load(
                uow, "ABCD000001", reason="x" * (UNBOUNDED_TEXT + 1), user="Ada Admin", pin="0"
            )
    assert written(store) == before


def test_a_station_name_an_older_desk_kept_is_checked_when_a_parcel_is_opened(
    store: Store, tmp_path: Path
) -> None:
    """A store whose station_name setting was written unchecked: the pack says so, exit 1,
    instead of PostgreSQL's exit 70 (and SQLite's whole 300 characters)."""
    admin_of(store)
    stocked(store, tmp_path)
    with UnitOfWork(store.engine) as uow:
        uow.session.add(Setting(key="station_name", value=json.dumps("S" * 300)))
        uow.commit()
    with pytest.raises(UserError, match=r"station: too long \(300 characters, at most 40\)"):
        with one_action(store.engine, immediate=True) as work:
            open_parcel(work, "#1001")
    assert written(store)["parcels"] == 0


def test_a_long_host_name_is_cut_to_what_a_parcel_keeps(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No station named: the parcel is the host's, whose fully qualified name may be longer
    than the column (not a person's text: cut, not refused)."""
    admin_of(store)
    stocked(store, tmp_path)
    monkeypatch.setattr("socket.gethostname", lambda: "pack-1." + "d" * 60 + ".example.com")
    with one_action(store.engine, immediate=True) as work:
        parcel_id = open_parcel(work, "#1001")
    with UnitOfWork(store.engine) as uow:
        parcel = uow.session.get(Parcel, parcel_id)
        assert parcel is not None and parcel.station == ("pack-1." + "d" * 60)[:40]


def run_cli(store: Store, *words: str, pin: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "S321_NEW_PIN": "4321"}
    if pin:
        env["S321_PIN"] = "9999"
    return subprocess.run(
        [sys.executable, "-m", "s321_desk", *words, *store_args(store)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_the_command_line_says_the_field_and_exits_1(store: Store) -> None:
    """The review's commands, run as a person runs them: one line, exit 1, nothing written."""
    first_admin(store)
    before = written(store)
    cases = [
        (
            ["user", "add", "Ada Admin\u00ad", "--role", "admin", "--user", "Ada Admin"],
            "s321-desk: name: an invisible or control character (U+00AD SOFT HYPHEN) at "
            "character 10: remove it",
        ),
        (
            ["user", "add", "Pat2", "--badge", "b" * 65, "--role", "packer", "--user", "Ada Admin"],
            "s321-desk: badge: too long (65 characters, at most 64) (--badge)",
        ),
        (
            [
                "fx",
                "set",
                "CAD",
                "0.73",
                "--from",
                "2026-01-01",
                "--source",
                "s" * 201,
                "--user",
                "Ada Admin",
            ],
            "s321-desk: source: too long (201 characters, at most 200) (--source)",
        ),
        (
            ["settings", "set", "station_name", json.dumps("s" * 300), "--user", "Ada Admin"],
            "s321-desk: setting station_name: the value: too long (300 characters, at most 40)",
        ),
        (
            ["pack", "#1001", "--station", "p" * 41, "--user", "Ada Admin"],
            "s321-desk: station: too long (41 characters, at most 40) (--station)",
        ),
    ]
    for words, said in cases:
        done = run_cli(store, *words)
        assert (done.returncode, done.stderr.strip()) == (1, said), words
    assert written(store) == before
