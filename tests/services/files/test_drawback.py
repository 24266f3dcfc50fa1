"""The monthly drawback report from a real store: what left on sealed loads in the month, per
SKU and currency, read back as a broker's Excel and a JSON tool would read it, audited."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections import defaultdict
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import col, select

from s321_desk.cli import main
from s321_desk.services.files.catalog_import import import_catalog
from s321_desk.services.files.drawback import COLUMNS, export_drawback
from s321_desk.services.files.orders_import import import_orders
from s321_desk.services.kernel.errors import UserError
from s321_desk.services.loads.trips import add_parcels, close_load, create_load
from s321_desk.services.lookup.parcel_views import parcel_view
from s321_desk.services.packing.pack import close_parcel, fill_parcel, open_parcel
from s321_desk.services.supervision.decisions import decide
from s321_desk.store.database import Store
from s321_desk.store.models import AuditEntry, Parcel
from s321_desk.store.uow import UnitOfWork, one_action
from tests.conftest import store_args, write_csv
from tests.crew_records import add_crew, give_prior_notices
from tests.services.filing.test_emanifest import stored_lines
from tests.services.papers.test_printing import (  # noqa: F401  (fixtures)
    HEADER,
    loaded,
    packed,
    parcel_codes_needing_decision,
    supervisor,
)

CATALOG = (
    "sku,description,hts,origin,unit_value,currency,weight_kg,flags,barcode,import_transaction\n"
    'MUG,"Mug ""Café & <Co>""",6912.00.4810,CA,18.00,CAD,0.400,,,12345 67890123 4\n'
    "SCARF,Wool scarf,6117.10.6020,CN,35.00,CAD,0.150,,,\n"
    '+TEA,"=HYPERLINK(""http://x"",""tea"")",0902.10.1015,CN,10.00,USD,0.100,,,'
    "98765-43210987-6\n"
)
ORDERS = HEADER + (
    "#2004,USD,2026-11-29 09:00:00 -0500,,,,2,Green tea,10.00,+TEA,Ann Lee,,5 Pine St,"
    "Buffalo,14201,NY,US\n"
    '#2004,,,,,,1,"Mug ""Café & <Co>""",14.00,MUG,,,,,,,\n'
    "#2005,CAD,2026-11-29 10:00:00 -0500,,,,1,Wool scarf,35.00,SCARF,Bo Chen,,7 Ash St,"
    "Buffalo,14203,NY,US\n"
)
NOV_30_LATE = datetime.fromisoformat("2026-11-30T23:30:00-05:00")  # 1 December in UTC
DEC_1 = datetime.fromisoformat("2026-12-01T10:00:00-05:00")

Month = tuple[Store, dict[str, str]]  # the store; parcel ids by name


def pack(store: Store, order: str, crossing: datetime) -> str:
    with one_action(store.engine, immediate=True) as uow:
        parcel = open_parcel(uow, order)
    fill_parcel(store.engine, parcel)
    with one_action(store.engine, immediate=True, durable=True) as uow:
        closed = close_parcel(uow, parcel, crossing=crossing, port_code="0901")
    with one_action(store.engine) as uow:
        return parcel_view(uow, str(closed.parcel.parcel_id)).parcel_id


def truck(store: Store, arrival: datetime, codes: list[str], *, seal: str | None) -> str:
    with one_action(store.engine, immediate=True) as uow:
        load = create_load(
            uow, scac="ABCD", port_code="0901", arrival=arrival, crew=add_crew(store.engine)
        )
    with one_action(store.engine, immediate=True) as uow:
        add_parcels(uow, load.trip_number, codes)
    supervisor(store)
    for code in parcel_codes_needing_decision(store):
        with one_action(store.engine, immediate=True) as uow:
            decide(uow, code, "acknowledge", user="Sam Super", pin="2468", reason="ok")
    if seal:
        give_prior_notices(store.engine, load.trip_number)
        with one_action(store.engine, immediate=True, durable=True) as uow:
            close_load(uow, load.trip_number, seal=seal, user="Dee Driver", pin="7777")
    return load.trip_number


@pytest.fixture
def month(loaded: tuple[Store, list[str], str], tmp_path: Path) -> Month:  # noqa: F811
    """November: the printing tests' truck of 17 November (three parcels, CAD), sealed, one of
    its parcels held after the seal; a USD order on a truck crossing at 23:30 on 30 November
    (1 December in UTC), sealed. December: a parcel on a sealed truck of 1 December."""
    store, codes, trip = loaded
    import_catalog(store.engine, write_csv(tmp_path / "catalog.csv", CATALOG))
    import_orders(store.engine, write_csv(tmp_path / "more.csv", ORDERS))
    give_prior_notices(store.engine, trip)
    with one_action(store.engine, immediate=True, durable=True) as uow:
        close_load(uow, trip, seal="SEAL-1", user="Dee Driver", pin="7777")
    with one_action(store.engine, immediate=True) as uow:
        decide(uow, codes[2], "hold", user="Sam Super", pin="2468", reason="box crushed")
    tea = pack(store, "2004", NOV_30_LATE)
    late_trip = truck(store, NOV_30_LATE, [tea], seal="SEAL-2")
    december = pack(store, "2005", DEC_1)
    truck(store, DEC_1, [december], seal="SEAL-3")
    return store, {
        "zoe": codes[0],
        "zoe2": codes[1],
        "held": codes[2],
        "tea": tea,
        "december": december,
        "trip": trip,
        "late_trip": late_trip,
    }


def read_as_excel(path: Path) -> list[dict[str, str]]:
    """As Excel opens a CSV: the BOM says UTF-8; then the rows."""
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.count(b"\r\n") == raw.count(b"\n")
    reader = csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline=""), strict=True)
    assert tuple(reader.fieldnames or ()) == COLUMNS
    return list(reader)


def expected_from_store(store: Store, parcels: list[str]) -> dict[tuple[str, str], list[Any]]:
    """(sku, currency) -> [units, value] summed from the parcels' lines as the store holds
    them, read here on their own."""
    sums: dict[tuple[str, str], list[Any]] = defaultdict(lambda: [0, Decimal(0)])
    lines = stored_lines(store)
    for code in parcels:
        for sku, _text, units, _hts, _origin, price, discount, ordered, currency in lines[code]:
            share = (Decimal(discount) * units / ordered).quantize(Decimal(1))
            sums[(sku, currency)][0] += units
            sums[(sku, currency)][1] += (units * price - share) / Decimal(100)
    return dict(sums)


def drawback_exports(store: Store) -> list[AuditEntry]:
    with UnitOfWork(store.engine) as uow:
        query = select(AuditEntry).where(AuditEntry.action == "export.drawback")
        return list(uow.session.scalars(query.order_by(col(AuditEntry.id))))


def test_the_months_units_and_values_per_sku_as_excel_reads_them(
    month: Month, tmp_path: Path
) -> None:
    store, ids = month
    out = tmp_path / "drawback.csv"
    with one_action(store.engine, immediate=True) as uow:
        exported = export_drawback(uow, "2026-11", out)
    *rows, total = read_as_excel(out)
    assert [r["record"] for r in rows] == ["sku"] * 4 and total["record"] == "total"
    assert {r["month"] for r in rows} | {total["month"]} == {"2026-11"}
    got = {(r["sku"], r["currency"]): r for r in rows}
    # Only what left: the held parcel (one MUG) is out, December's scarf too; the tea crossed
    # on 30 November at the port, 1 December in UTC: November.
    left = expected_from_store(store, [ids["zoe"], ids["zoe2"], ids["tea"]])
    assert {
        ("'" + sku if sku.startswith("+") else sku, cur): v for (sku, cur), v in left.items()
    } == {k: [int(r["units"]), Decimal(r["value"])] for k, r in got.items()}
    mug, mug_usd, scarf = got[("MUG", "CAD")], got[("MUG", "USD")], got[("SCARF", "CAD")]
    tea = got[("'+TEA", "USD")]
    assert [r["sku"] for r in rows] == ["'+TEA", "MUG", "MUG", "SCARF"]  # by SKU, currency
    assert (mug["units"], mug["value"], mug["value_cad"]) == ("2", "36.00", "36.00")
    assert (mug["description"], mug["hts"], mug["origin"]) == (
        'Mug "Café & <Co>"',
        "6912004810",
        "CA",
    )
    assert mug["import_transaction"] == mug_usd["import_transaction"] == "12345678901234"
    assert scarf["import_transaction"] == "" and scarf["units"] == "2" and scarf["parcels"] == "2"
    # USD sales in CAD at the desk's rates of the crossing day: 14.00 / 0.73, 20.00 / 0.73
    assert (mug_usd["value"], mug_usd["value_cad"]) == ("14.00", "19.18")
    assert (tea["value"], tea["value_cad"], tea["units"]) == ("20.00", "27.40", "2")
    # proof of export: the crossing dates and the trips
    assert (mug["first_export"], mug["last_export"], mug["trips"]) == (
        "2026-11-17",
        "2026-11-17",
        ids["trip"],
    )
    assert (tea["first_export"], tea["trips"], tea["loads"]) == (
        "2026-11-30",
        ids["late_trip"],
        "1",
    )
    # the totals row is the sum of the rows
    assert int(total["units"]) == sum(int(r["units"]) for r in rows) == 7
    assert Decimal(total["value_cad"]) == sum(Decimal(r["value_cad"]) for r in rows)
    assert total["value_cad"] == "152.58"
    assert (total["parcels"], total["loads"], total["currency"], total["value"]) == (
        "3",
        "2",
        "",
        "",
    )  # two currencies: no one sale value
    assert (total["first_export"], total["last_export"]) == ("2026-11-17", "2026-11-30")
    assert total["trips"] == f"{ids['trip']}; {ids['late_trip']}"
    assert (exported.skus, exported.units, exported.value_cad) == (4, 7, Decimal("152.58"))


def test_a_formula_like_sku_and_description_are_shown_as_text(month: Month, tmp_path: Path) -> None:
    store, _ = month
    out = tmp_path / "drawback.csv"
    with one_action(store.engine, immediate=True) as uow:
        export_drawback(uow, "2026-11", out)
    raw = out.read_bytes()
    assert b'"\'+TEA"' in raw and b'"\'=HYPERLINK(""http://x"",""tea"")"' in raw
    tea = read_as_excel(out)[0]
    assert (tea["sku"], tea["description"]) == ("'+TEA", '\'=HYPERLINK("http://x","tea")')
    assert '"Mug ""Café & <Co>"""'.encode() in raw  # UTF-8 behind the BOM, not escaped


def test_json_says_the_same_with_scns_and_money_as_strings(month: Month, tmp_path: Path) -> None:
    store, ids = month
    with one_action(store.engine, immediate=True) as work:
        export_drawback(work, "2026-11", tmp_path / "d.csv")
    *rows, total = read_as_excel(tmp_path / "d.csv")
    out = tmp_path / "drawback.json"
    with one_action(store.engine, immediate=True) as work:
        export_drawback(work, "2026-11", out, fmt="json")
    raw = out.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")

    def no_float(text: str) -> float:
        raise AssertionError(f"a float in the JSON: {text}")

    document = json.loads(raw.decode("utf-8"), parse_float=no_float)
    assert (document["month"], document["exporter"]["name"]) == (
        "2026-11",
        "Maple Border Fulfillment Inc.",
    )
    # the rates behind the CAD values of the USD sales: CAD's on the tea's crossing day
    assert document["fx_to_usd"] == [
        {"day": "2026-11-30", "currency": "CAD", "rate_to_usd": "0.7300", "source": "CBP Q4 test"}
    ]
    skus = document["skus"]
    assert [
        (s["sku"], s["currency"], str(s["units"]), s["value"], s["value_cad"]) for s in skus
    ] == [
        (r["sku"].removeprefix("'"), r["currency"], r["units"], r["value"], r["value_cad"])
        for r in rows
    ]
    assert skus[0]["description"] == '=HYPERLINK("http://x","tea")'  # JSON: as is
    with UnitOfWork(store.engine) as uow:
        scns = dict(uow.session.exec(select(Parcel.code, Parcel.scn)).all())
    mug = skus[1]
    assert mug["exports"] == [
        {
            "trip": ids["trip"],
            "crossed": "2026-11-17",
            "port": "0901",
            "seal": "SEAL-1",
            "units": 2,
            "scns": [scns[ids["zoe"]]],
        }
    ]
    assert skus[3]["exports"][0]["scns"] == [scns[ids["zoe"]], scns[ids["zoe2"]]]
    assert document["totals"] == {
        "skus": 4,
        "units": 7,
        "parcels": 3,
        "loads": 2,
        "currency": None,
        "value": None,
        "value_cad": total["value_cad"],
        "first_export": "2026-11-17",
        "last_export": "2026-11-30",
        "trips": [ids["trip"], ids["late_trip"]],
    }


def test_each_month_has_its_own_crossings_and_an_empty_month_is_all_zeros(
    month: Month, tmp_path: Path
) -> None:
    store, _ = month
    with one_action(store.engine, immediate=True) as uow:
        export_drawback(uow, "2026-12", tmp_path / "dec.csv")
    *rows, total = read_as_excel(tmp_path / "dec.csv")
    assert [
        (r["sku"], r["units"], r["value"], r["value_cad"], r["first_export"]) for r in rows
    ] == [("SCARF", "1", "35.00", "35.00", "2026-12-01")]
    assert (total["units"], total["currency"], total["value"]) == ("1", "CAD", "35.00")
    with one_action(store.engine, immediate=True) as uow:
        empty = export_drawback(uow, "2026-10", tmp_path / "oct.json", fmt="json")
    document = json.loads((tmp_path / "oct.json").read_text("utf-8"))
    assert document["skus"] == [] and document["totals"]["units"] == 0
    assert document["totals"]["value_cad"] == "0.00" and empty.units == 0


def test_each_export_is_audited_and_reproducible(month: Month, tmp_path: Path) -> None:
    store, _ = month
    with one_action(store.engine, immediate=True) as uow:
        first = export_drawback(uow, "2026-11", tmp_path / "a.csv")
    with one_action(store.engine, immediate=True) as uow:
        again = export_drawback(uow, "2026-11", tmp_path / "b.csv")
    assert (
        first.sha256
        == again.sha256
        == hashlib.sha256((tmp_path / "a.csv").read_bytes()).hexdigest()
    )
    entries = drawback_exports(store)
    assert [(e.entity_type, e.entity_id) for e in entries] == [("month", "2026-11")] * 2
    details = json.loads(entries[0].details)
    assert details | {"file": ""} == {
        "format": "csv",
        "file": "",
        "sha256": first.sha256,
        "bytes": first.bytes,
        "skus": 4,
        "units": 7,
        "parcels": 3,
        "loads": 2,
        "value_cad": "152.58",
    }


def test_bad_months_formats_and_folders_are_refused_writing_nothing(
    month: Month, tmp_path: Path
) -> None:
    store, _ = month
    for text in ("2026-13", "2026-00", "2026-1", "26-11", "November", "0000-01"):
        with pytest.raises(UserError, match=f"the month: '{text}' is not a month \\(YYYY-MM"):
            with one_action(store.engine, immediate=True) as uow:
                export_drawback(uow, text, tmp_path / "d.csv")
    with pytest.raises(UserError, match="the format: 'xlsx' is not one of csv, json"):
        with one_action(store.engine, immediate=True) as uow:
            export_drawback(uow, "2026-11", tmp_path / "d.csv", fmt="xlsx")
    with pytest.raises(UserError, match=r"the output file: the folder .* does not exist"):
        with one_action(store.engine, immediate=True) as uow:
            export_drawback(uow, "2026-11", tmp_path / "nowhere" / "d.csv")
    assert list(tmp_path.glob("d.*")) == [] and drawback_exports(store) == []


def test_the_command_line(
    month: Month,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store, _ = month
    out = tmp_path / "drawback.csv"
    monkeypatch.setenv("S321_PIN", "9999")
    args = [
        *store_args(store),
        "--user",
        "Ada Admin",
        "export",
        "drawback",
        "--month",
        "2026-11",
        "--out",
        str(out),
    ]
    assert main(args) == 0
    said = capsys.readouterr().out
    assert said.startswith(
        f"drawback report 2026-11 written to {out} as CSV: 4 SKU row(s), "
        "7 unit(s) exported, CAD 152.58"
    )
    assert main([*args, "--format", "json", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["value_cad"] == "152.58"
    assert json.loads(out.read_text("utf-8"))["totals"]["units"] == 7  # JSON, though named .csv
    bad = [
        *store_args(store),
        "--user",
        "Ada Admin",
        "export",
        "drawback",
        "--month",
        "2026-13",
        "--out",
        str(out),
    ]
    assert main(bad) == 1
    assert capsys.readouterr().err == (
        "s321-desk: the month: '2026-13' is not a month (YYYY-MM, e.g. 2026-11) (--month)\n"
    )
    with pytest.raises(SystemExit) as wrong:
        main([*args, "--format", "xls"])
    assert wrong.value.code == 2
    assert "invalid choice: 'xls'" in capsys.readouterr().err
