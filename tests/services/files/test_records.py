"""The daily records export from a real store: a US day's parcels, every verdict and every
audit record about them and their truck, read back from the zip as Excel would and as JSON."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import col, select

from s321_desk.cli import main
from s321_desk.services.files.catalog_import import import_catalog
from s321_desk.services.files.daily_records import (
    EVENT_COLUMNS,
    PARCEL_COLUMNS,
    VERDICT_COLUMNS,
    export_records,
)
from s321_desk.services.files.orders_import import import_orders
from s321_desk.services.filing.emanifest import export_emanifest
from s321_desk.services.kernel.errors import UserError
from s321_desk.services.loads.trips import close_load
from s321_desk.services.papers.to_file import print_label
from s321_desk.services.supervision.decisions import decide
from s321_desk.store.database import Store
from s321_desk.store.models import AuditEntry, Load, Parcel, ParcelVerdict
from s321_desk.store.uow import UnitOfWork, one_action
from tests.conftest import store_args, write_csv
from tests.crew_records import give_prior_notices
from tests.services.files.test_drawback import CATALOG, DEC_1, ORDERS, pack, truck
from tests.services.papers.test_printing import (  # noqa: F401  (fixtures)
    ARRIVAL,
    loaded,
    packed,
)

Day = tuple[Store, dict[str, str]]
TABLES = {
    "parcels.csv": PARCEL_COLUMNS,
    "verdicts.csv": VERDICT_COLUMNS,
    "events.csv": EVENT_COLUMNS,
}


@pytest.fixture
def day(loaded: tuple[Store, list[str], str], tmp_path: Path) -> Day:  # noqa: F811
    """17 November at Buffalo: the printing tests' truck (three parcels, decided), a label
    printed, sealed, its e-manifest exported, one parcel held after the seal; a USD parcel
    packed for that day and voided. A parcel of 1 December, on its own sealed truck."""
    store, codes, trip = loaded
    import_catalog(store.engine, write_csv(tmp_path / "catalog.csv", CATALOG))
    import_orders(store.engine, write_csv(tmp_path / "more.csv", ORDERS))
    with one_action(store.engine, immediate=True) as uow:
        print_label(uow, codes[2], tmp_path / "label.pdf")
    give_prior_notices(store.engine, trip)
    with one_action(store.engine, immediate=True, durable=True) as uow:
        close_load(uow, trip, seal="SEAL-1", user="Dee Driver", pin="7777")
    with one_action(store.engine, immediate=True) as uow:
        export_emanifest(uow, trip, tmp_path / "emanifest.csv")
    with one_action(store.engine, immediate=True) as uow:
        decide(uow, codes[2], "hold", user="Sam Super", pin="2468", reason="box crushed")
    voided = pack(store, "2004", ARRIVAL)
    with one_action(store.engine, immediate=True) as uow:
        decide(uow, voided, "void", user="Sam Super", pin="2468", reason="wrong items")
    december = pack(store, "2005", DEC_1)
    truck(store, DEC_1, [december], seal="SEAL-3")
    return store, {
        "zoe": codes[0],
        "zoe2": codes[1],
        "held": codes[2],
        "voided": voided,
        "december": december,
        "trip": trip,
    }


def read_zip(path: Path) -> dict[str, list[dict[str, str]]]:
    """Each CSV of the zip as Excel opens it: the BOM says UTF-8; then the rows."""
    tables = {}
    with zipfile.ZipFile(path) as archive:
        assert archive.namelist() == [f"records-2026-11-17/{n}" for n in TABLES]
        for name, columns in TABLES.items():
            raw = archive.read(f"records-2026-11-17/{name}")
            assert raw.startswith(b"\xef\xbb\xbf") and raw.count(b"\r\n") == raw.count(b"\n")
            reader = csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline=""), strict=True)
            assert tuple(reader.fieldnames or ()) == columns
            tables[name] = list(reader)
    return tables


def stored(store: Store, model: Any, *where: Any) -> list[Any]:
    with UnitOfWork(store.engine) as uow:
        return list(uow.session.scalars(select(model).where(*where).order_by(col(model.id))))


def test_the_days_parcels_verdicts_and_events_as_excel_reads_them(day: Day, tmp_path: Path) -> None:
    store, ids = day
    out = tmp_path / "records.zip"
    with one_action(store.engine, immediate=True) as work:
        exported = export_records(work, "2026-11-17", out)
    tables = read_zip(out)
    parcels = {p.code: p for p in stored(store, Parcel)}
    # every parcel of the US day, voided and held ones too; not December's
    rows = {r["parcel_id"]: r for r in tables["parcels.csv"]}
    day_codes = sorted([ids["zoe"], ids["zoe2"], ids["held"], ids["voided"]])
    assert [r["parcel_id"] for r in tables["parcels.csv"]] == day_codes
    for code, row in rows.items():
        parcel = parcels[code]
        assert (row["day"], row["status"], row["route"], row["scn"], row["port"]) == (
            "2026-11-17",
            parcel.status,
            parcel.route or "",
            parcel.scn or "",
            parcel.port,
        )
    assert (rows[ids["held"]]["held"], rows[ids["zoe"]]["held"]) == ("yes", "no")
    assert rows[ids["voided"]]["status"] == "voided" and rows[ids["voided"]]["trip"] == ""
    assert (rows[ids["zoe"]]["trip"], rows[ids["zoe"]]["seal"]) == (ids["trip"], "SEAL-1")
    assert rows[ids["held"]]["recipient"] == '\'=HYPERLINK("http://x","y")'  # shown as text
    # times in the warehouse's zone (Toronto: -05:00 in November) and in UTC, the same instant
    zoe = rows[ids["zoe"]]
    assert zoe["crossing_local"] == "2026-11-17T14:00:00-05:00"
    assert zoe["crossing_utc"] == "2026-11-17T19:00:00+00:00"
    assert datetime.fromisoformat(zoe["closed_local"]) == datetime.fromisoformat(zoe["closed_utc"])
    # every verdict each parcel had, oldest first, the last one current
    verdicts = tables["verdicts.csv"]
    for code in day_codes:
        mine = [v for v in verdicts if v["parcel_id"] == code]
        kept = stored(store, ParcelVerdict, ParcelVerdict.parcel_id == parcels[code].id)
        assert len(mine) == len(kept) == int(rows[code]["verdicts"]) > 0
        assert [v["verdict"] for v in mine] == [str(n) for n in range(1, len(kept) + 1)]
        assert [v["current"] for v in mine] == ["no"] * (len(kept) - 1) + ["yes"]
        assert [(v["route"], v["rules_version"], v["regime"]) for v in mine] == [
            (k.route, k.rules_version, k.regime) for k in kept
        ]
        assert [v["codes"] for v in mine] == [
            "; ".join(c["code"] for c in json.loads(k.codes_json)) for k in kept
        ]
        assert [v["judged_against"] for v in mine] == [  # in crossing order, as stored
            "; ".join(
                " ".join(filter(None, (a["parcel_id"], a["as"], a["route"], a["value_usd"])))
                for a in json.loads(k.judged_against or "[]")
            )
            for k in kept
        ]
    assert {v["fx_to_usd"] for v in verdicts if v["parcel_id"] == ids["zoe"]} == {"CAD 0.7300"}
    # every audit record about the day's parcels and its truck, in the order written
    with UnitOfWork(store.engine) as uow:
        trip = uow.session.scalars(select(Load).where(Load.trip_number == ids["trip"])).one()
    about = stored(store, AuditEntry, col(AuditEntry.entity_id).in_([*day_codes, trip.trip_number]))
    events = tables["events.csv"]
    assert [int(e["record"]) for e in events] == [a.id for a in about]
    assert ids["december"] not in {e["entity_id"] for e in events}
    held = next(e for e in events if e["action"] == "decision.hold")
    assert (held["user"], held["reason"], held["entity_id"], held["kind"]) == (
        "Sam Super",
        "box crushed",
        ids["held"],
        "decision",
    )
    assert datetime.fromisoformat(held["time_local"]).utcoffset().total_seconds() == -5 * 3600
    sealed = next(e for e in events if e["action"] == "load.close")
    assert (sealed["user"], json.loads(sealed["details"])) == ("Dee Driver", {"seal": "SEAL-1"})
    assert {e["action"] for e in events} >= {
        "parcel.close",
        "decision.acknowledge",
        "decision.hold",
        "decision.void",
        "load.add",
        "load.close",
        "print.label",
        "export.emanifest",
    }
    label = next(e for e in events if e["action"] == "print.label")
    assert (
        json.loads(label["details"])["sha256"]
        == hashlib.sha256((tmp_path / "label.pdf").read_bytes()).hexdigest()
    )
    decisions = sum(1 for e in events if e["kind"] == "decision")
    prints = sum(1 for e in events if e["kind"] == "print")
    assert (exported.parcels, exported.verdicts, exported.events) == (4, len(verdicts), len(events))
    assert (exported.decisions, exported.prints) == (decisions, prints) and prints == 1


def test_json_nests_the_verdicts_and_says_the_same(day: Day, tmp_path: Path) -> None:
    store, ids = day
    with one_action(store.engine, immediate=True) as uow:
        export_records(uow, "2026-11-17", tmp_path / "r.zip")
    tables = read_zip(tmp_path / "r.zip")
    out = tmp_path / "records.json"
    with one_action(store.engine, immediate=True) as uow:
        export_records(uow, "2026-11-17", out, fmt="json")

    def no_float(text: str) -> float:
        raise AssertionError(f"a float in the JSON: {text}")

    document = json.loads(out.read_bytes().decode("utf-8"), parse_float=no_float)
    assert (document["day"], document["time_zone"]) == ("2026-11-17", "America/Toronto")
    parcels = document["parcels"]
    assert [p["parcel_id"] for p in parcels] == [r["parcel_id"] for r in tables["parcels.csv"]]
    assert [p["value_usd"] for p in parcels] == [
        r["value_usd"] or None for r in tables["parcels.csv"]
    ]
    held = next(p for p in parcels if p["parcel_id"] == ids["held"])
    assert held["held"] is True and held["recipient"] == '=HYPERLINK("http://x","y")'
    flat = [
        (p["parcel_id"], v["verdict"], v["route"], v["evaluated_utc"])
        for p in parcels
        for v in p["verdicts"]
    ]
    assert flat == [
        (v["parcel_id"], int(v["verdict"]), v["route"], v["evaluated_utc"])
        for v in tables["verdicts.csv"]
    ]
    assert held["verdicts"][-1]["fx_to_usd"] == {"CAD": "0.7300"}
    zoe_now = next(p for p in parcels if p["parcel_id"] == ids["zoe"])["verdicts"][-1]
    assert [a["parcel_id"] for a in zoe_now["judged_against"]] == [ids["zoe2"]]
    assert [e["record"] for e in document["events"]] == [
        int(e["record"]) for e in tables["events.csv"]
    ]
    totals = document["totals"]
    assert (totals["parcels"], totals["verdicts"], totals["events"]) == (
        4,
        len(tables["verdicts.csv"]),
        len(tables["events.csv"]),
    )
    assert totals["exports"] == 1 and totals["prints"] == 1


def test_audited_and_the_same_day_gives_the_same_bytes(day: Day, tmp_path: Path) -> None:
    store, _ = day
    with one_action(store.engine, immediate=True) as uow:
        first = export_records(uow, "2026-11-17", tmp_path / "a.zip")
    with one_action(store.engine, immediate=True) as uow:
        again = export_records(uow, "2026-11-17", tmp_path / "b.zip")
    assert (
        first.sha256
        == again.sha256
        == hashlib.sha256((tmp_path / "a.zip").read_bytes()).hexdigest()
    )
    entries = stored(store, AuditEntry, AuditEntry.action == "export.records")
    assert [(e.entity_type, e.entity_id) for e in entries] == [("day", "2026-11-17")] * 2
    assert json.loads(entries[0].details) | {"file": ""} == {
        "format": "csv",
        "file": "",
        "sha256": first.sha256,
        "bytes": first.bytes,
        "parcels": 4,
        "verdicts": first.verdicts,
        "events": first.events,
        "decisions": first.decisions,
        "prints": 1,
    }


def test_a_day_without_parcels_is_three_empty_tables(day: Day, tmp_path: Path) -> None:
    store, _ = day
    out = tmp_path / "empty.zip"
    with one_action(store.engine, immediate=True) as uow:
        exported = export_records(uow, "2026-10-01", out)
    with zipfile.ZipFile(out) as archive:
        for name in archive.namelist():
            assert archive.read(name).decode("utf-8-sig").count("\r\n") == 1  # the header
    assert (exported.parcels, exported.events) == (0, 0)


def test_bad_days_formats_and_names_are_refused_writing_nothing(day: Day, tmp_path: Path) -> None:
    store, _ = day
    for text in ("2026-11-31", "2026-11-7", "20261117", "yesterday"):
        with pytest.raises(UserError, match=f"the day: '{text}' is not a day \\(YYYY-MM-DD"):
            with one_action(store.engine, immediate=True) as uow:
                export_records(uow, text, tmp_path / "r.zip")
    refusal = "the file r.csv: the CSV records are three tables in one zip file; name it NAME.zip"
    with pytest.raises(UserError, match=re.escape(refusal)):
        with one_action(store.engine, immediate=True) as uow:
            export_records(uow, "2026-11-17", tmp_path / "r.csv")
    with pytest.raises(UserError, match="the format: 'xml' is not one of csv, json"):
        with one_action(store.engine, immediate=True) as uow:
            export_records(uow, "2026-11-17", tmp_path / "r.xml", fmt="xml")
    assert list(tmp_path.glob("r.*")) == []
    assert stored(store, AuditEntry, AuditEntry.action == "export.records") == []


def test_the_command_line(
    day: Day, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    store, _ = day
    out = tmp_path / "records.zip"
    monkeypatch.setenv("S321_PIN", "9999")
    args = [
        *store_args(store),
        "--user",
        "Ada Admin",
        "export",
        "records",
        "--day",
        "2026-11-17",
        "--out",
        str(out),
    ]
    assert main(args) == 0
    assert capsys.readouterr().out.startswith(
        f"records of 2026-11-17 written to {out} as a zip of 3 CSV files: 4 parcel(s), "
    )
    assert main([*args[:-1], str(tmp_path / "r.json"), "--format", "json", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["parcels"] == 4
    assert main([*args[:-3], "2026-02-30", "--out", str(out)]) == 1
    assert capsys.readouterr().err == (
        "s321-desk: the day: '2026-02-30' is not a day (YYYY-MM-DD, e.g. 2026-11-17) (--day)\n"
    )
    with pytest.raises(SystemExit) as wrong:
        main([*args, "--format", "pdf"])
    assert wrong.value.code == 2
