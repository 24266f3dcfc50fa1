"""The daily records export for the compliance lead: a US day's parcels, every verdict they had
and every audit record about them and their trucks, as CSV (a zip of three tables) or JSON.

Choices, and why:

- **The day is the US crossing day** (the port's local date, as everywhere in the desk): the
  parcels whose crossing is that day, whatever their status (voided and held ones too: they
  are part of the record), and the loads arriving that day.
- **Verdicts:** every evaluation of those parcels, oldest first, the current one marked, each
  with its route, codes, regime, rule data version (and pinned instant, if any), the FX
  rates it used and the parcels it was judged against, in crossing order: what US Customs may
  ask to see (19 CFR 163.4: 5 years; the desk keeps 6).
- **Events:** every audit record about those parcels and loads, whenever it was made (the
  close, each supervisor's decision with name, reason and time, loading, sealing, every print
  and send to a printer, every e-manifest export), in the order written. Exports of a month or
  a day (drawback, records) are about no parcel and stay in the audit trail: so the same day
  exported twice gives the same bytes.
- **Times** twice: in the warehouse's zone (the ``time_zone`` setting) and in UTC, ISO 8601
  with their offsets, so that a reader never guesses a zone or a daylight-saving hour.
- **CSV is a zip of three CSV files** (``parcels.csv``, ``verdicts.csv``, ``events.csv``):
  the three tables have different columns, and one CSV with a record-type column would leave
  most cells empty and mix the kinds in a spreadsheet's sort and filter; each file opens as a
  proper sheet, keyed by ``parcel_id``. The zip keeps them one file, written whole and hashed
  once for the audit line. Each CSV is UTF-8 with a BOM (the compliance lead opens them in
  Excel), CRLF, spreadsheet-safe through csv_export. The zip's entries carry a fixed date, so
  the same records give the same bytes. JSON nests each parcel's verdicts in it.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlmodel import Session

from s321_desk.domain.codes import LoadStatus, ParcelStatus
from s321_desk.domain.texts import translate
from s321_desk.services.admin.ports import port
from s321_desk.services.admin.settings import settings_in
from s321_desk.services.files.audited_export import write_audited
from s321_desk.services.files.csv_writer import Cell, csv_bytes
from s321_desk.services.kernel import access
from s321_desk.services.kernel.errors import UserError
from s321_desk.services.kernel.outputs import check_target
from s321_desk.store.models import AuditEntry, Load, Order, Parcel, ParcelVerdict
from s321_desk.store.repositories import files as stored
from s321_desk.store.uow import Work, within

FORMATS = ("csv", "json")
DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
CENT, GRAM = Decimal("0.01"), Decimal("0.001")
ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # the zip format's first instant: no export time inside
PARCEL_ENTITIES = ("parcel", "label", "invoice")  # what an audit record about a parcel names
LOAD_ENTITIES = ("load", "manifest", "lead-sheet", "driver-pack")

PARCEL_COLUMNS = (
    "day", "parcel_id", "order", "station", "status", "held", "needs_decision", "recipient",
    "city", "state", "postal_code", "country", "port", "crossing_local", "crossing_utc",
    "closed_local", "closed_utc", "weight_kg", "value_usd", "route", "accepted_route",
    "acknowledged", "trip", "scn", "seal", "verdicts",
)  # fmt: skip
VERDICT_COLUMNS = (
    "day", "parcel_id", "verdict", "current", "evaluated_local", "evaluated_utc", "route",
    "eligible_321", "consignment_value_usd", "regime", "rules_version", "rules_as_of_utc",
    "fx_to_usd", "codes", "findings", "judged_against",
)  # fmt: skip
EVENT_COLUMNS = (
    "day", "record", "time_local", "time_utc", "kind", "action", "entity_type", "entity_id",
    "user", "station", "reason", "details",
)  # fmt: skip


@dataclass(frozen=True)
class DayRecords:
    day: date
    zone: str
    parcels: tuple[dict[str, Any], ...]  # each with its "verdicts"
    events: tuple[dict[str, Any], ...]

    @property
    def verdicts(self) -> int:
        return sum(len(p["verdicts"]) for p in self.parcels)

    def count(self, kind: str) -> int:
        return sum(1 for e in self.events if e["kind"] == kind)


@dataclass(frozen=True)
class Exported:
    day: str
    file: Path
    fmt: str
    parcels: int
    verdicts: int
    events: int
    decisions: int
    prints: int
    bytes: int
    sha256: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "document": "records",
            "day": self.day,
            "file": str(self.file),
            "format": self.fmt,
            "parcels": self.parcels,
            "verdicts": self.verdicts,
            "events": self.events,
            "decisions": self.decisions,
            "prints": self.prints,
            "bytes": self.bytes,
            "sha256": self.sha256,
        }

    def sentence(self) -> str:
        what = "a zip of 3 CSV files" if self.fmt == "csv" else "JSON"
        return (
            f"records of {self.day} written to {self.file} as {what}: {self.parcels:,} "
            f"parcel(s), {self.verdicts:,} verdict(s), {self.events:,} event(s) "
            f"({self.decisions:,} decision(s), {self.prints:,} print(s)) "
            f"({self.bytes:,} bytes)"
        )


def parse_day(text: str) -> date:
    try:
        if DAY.fullmatch(text.strip()):
            return date.fromisoformat(text.strip())
    except ValueError:
        pass
    raise UserError(
        translate("Exports", "the day: {text} is not a day (YYYY-MM-DD, e.g. 2026-11-17)").format(
            text=repr(text)
        ),
        field="day",
    )


def export_records(work: Work, day: str, out: Path, *, fmt: str = "csv") -> Exported:
    """Write the US day's records to ``out``: a zip of three CSV files, or JSON; audited.

    One transaction (the unit of work given, opened with ``immediate=True``): the records
    written and the audit line that counts them are of one moment."""
    if fmt not in FORMATS:
        raise UserError(
            translate("Exports", "the format: {format} is not one of {formats}").format(
                format=repr(fmt), formats=", ".join(FORMATS)
            ),
            field="format",
        )
    the_day = parse_day(day)
    if fmt == "csv" and out.suffix.lower() != ".zip":
        raise UserError(
            translate(
                "Exports",
                "the file {name}: the CSV records are three tables in one zip file; name it "
                "NAME.zip (or choose JSON)",
            ).format(name=out.name),
            field="out",
        )
    check_target(out)
    with within(work, immediate=True) as uow:
        access.require(uow.session, access.EXPORTING)
        records = read_records(uow.session, the_day)
        body = zip_body(records) if fmt == "csv" else json_body(records)
        digest = hashlib.sha256(body).hexdigest()
        counts = {"parcels": len(records.parcels), "verdicts": records.verdicts,
                  "events": len(records.events), "decisions": records.count("decision"),
                  "prints": records.count("print")}  # fmt: skip
        details = {
            "format": fmt,
            "file": str(out.resolve()),
            "sha256": digest,
            "bytes": len(body),
            **counts,
        }
        write_audited(
            uow,
            out,
            body,
            access.EXPORTING,
            action="export.records",
            entity_type="day",
            entity_id=the_day.isoformat(),
            details=details,
        )
    return Exported(the_day.isoformat(), out, fmt, bytes=len(body), sha256=digest, **counts)


# -- reading ------------------------------------------------------------------------------------


def read_records(session: Session, day: date) -> DayRecords:
    zone_name = str(settings_in(session)["time_zone"])
    zone = ZoneInfo(zone_name)
    parcels = stored.parcels_of_day(session, day)
    loads = _loads_of(session, day, {p.load_id for p in parcels if p.load_id is not None})
    orders = stored.orders_by_id(session, {p.order_id for p in parcels})
    verdicts: dict[int, list[ParcelVerdict]] = defaultdict(list)
    for verdict in stored.verdicts_of(session, [p.id for p in parcels if p.id is not None]):
        verdicts[verdict.parcel_id].append(verdict)
    names = stored.user_names(session)
    rows = []
    for parcel in parcels:
        assert parcel.id is not None
        load = loads.get(parcel.load_id or 0)
        mine = sorted(verdicts[parcel.id], key=lambda v: v.id or 0)
        row = _parcel(day, parcel, orders[parcel.order_id], load, zone)
        row["verdicts"] = [
            _verdict(day, parcel.code, n, v, n == len(mine), zone) for n, v in enumerate(mine, 1)
        ]
        rows.append(row)
    events = _events(
        session,
        day,
        [p.code for p in parcels],
        [load.trip_number for load in loads.values()],
        names,
        zone,
    )
    return DayRecords(day, zone_name, tuple(rows), tuple(events))


def _loads_of(session: Session, day: date, ids: set[int]) -> dict[int, Load]:
    """The loads arriving that US day, and any a parcel of the day is on."""
    start = datetime.combine(day - timedelta(days=1), datetime.min.time(), UTC)
    end = datetime.combine(day + timedelta(days=2), datetime.min.time(), UTC)
    return {
        load.id: load
        for load in stored.loads_arriving_or(session, start, end, ids)
        if load.id is not None
        and (load.id in ids or port(load.port).us_day(load.planned_arrival) == day)
    }


def _events(
    session: Session,
    day: date,
    codes: Sequence[str],
    trips: Sequence[str],
    names: dict[int | None, str],
    zone: tzinfo,
) -> list[dict[str, Any]]:
    entries: dict[int, AuditEntry] = {}
    for kinds, ids in ((PARCEL_ENTITIES, codes), (LOAD_ENTITIES, trips)):
        for entry in stored.audit_entries_about(session, kinds, ids):
            assert entry.id is not None
            entries[entry.id] = entry
    return [_event(day, entries[i], names, zone) for i in sorted(entries)]


def _parcel(
    day: date, parcel: Parcel, order: Order, load: Load | None, zone: tzinfo
) -> dict[str, Any]:
    return {
        "day": day.isoformat(),
        "parcel_id": parcel.code,
        "order": order.name,
        "station": parcel.station,
        "status": parcel.status,
        "held": parcel.manual_hold or parcel.status == ParcelStatus.HELD,
        "needs_decision": parcel.needs_decision,
        "recipient": order.recipient_name,
        "city": order.city,
        "state": order.state or "",
        "postal_code": order.postal_code,
        "country": order.country,
        "port": parcel.port or "",
        "crossing_local": _local(parcel.crossing_at, zone),
        "crossing_utc": _utc(parcel.crossing_at),
        "closed_local": _local(parcel.closed_at, zone),
        "closed_utc": _utc(parcel.closed_at),
        "weight_kg": _kg(parcel.weight_g),
        "value_usd": _dollars(parcel.value_usd_cents),
        "route": parcel.route or "",
        "accepted_route": parcel.accepted_route or "",
        "acknowledged": "; ".join(filter(None, parcel.acknowledged.split(";"))),
        "trip": load.trip_number if load else "",
        "scn": parcel.scn or "",
        "seal": (load.seal or "") if load and load.status == LoadStatus.SEALED else "",
    }


def _verdict(
    day: date, code: str, number: int, verdict: ParcelVerdict, current: bool, zone: tzinfo
) -> dict[str, Any]:
    fx = json.loads(verdict.fx_json or "{}")
    findings = json.loads(verdict.codes_json or "[]")
    return {
        "day": day.isoformat(),
        "parcel_id": code,
        "verdict": number,
        "current": current,
        "evaluated_local": _local(verdict.evaluated_at, zone),
        "evaluated_utc": _utc(verdict.evaluated_at),
        "route": verdict.route,
        "eligible_321": verdict.eligible_321,
        "consignment_value_usd": _dollars(verdict.consignment_value_usd_cents),
        "regime": verdict.regime,
        "rules_version": verdict.rules_version,
        "rules_as_of_utc": _utc(verdict.rules_as_of),
        "fx_to_usd": {str(k): str(v) for k, v in sorted(fx.items())},
        "findings": [
            {"code": f["code"], "severity": f["severity"], "message": f["message"]}
            for f in findings
        ],
        # the parcels it was judged against, in crossing order; None: not recorded then
        "judged_against": (
            None if verdict.judged_against is None else json.loads(verdict.judged_against)
        ),
    }


def _event(
    day: date, entry: AuditEntry, names: dict[int | None, str], zone: tzinfo
) -> dict[str, Any]:
    return {
        "day": day.isoformat(),
        "record": entry.id,
        "time_local": _local(entry.at, zone),
        "time_utc": _utc(entry.at),
        "kind": entry.action.split(".")[0],
        "action": entry.action,
        "entity_type": entry.entity_type,
        "entity_id": entry.entity_id or "",
        "user": names.get(entry.user_id, "") if entry.user_id is not None else "",
        "station": entry.station,
        "reason": entry.reason or "",
        "details": json.loads(entry.details or "{}"),
    }


def _local(instant: datetime | None, zone: tzinfo) -> str:
    return "" if instant is None else instant.astimezone(zone).isoformat()


def _utc(instant: datetime | None) -> str:
    return "" if instant is None else instant.astimezone(UTC).isoformat()


def _kg(grams: int | None) -> Decimal | None:
    return None if grams is None else (Decimal(grams) / 1000).quantize(GRAM)


def _against(counted: list[dict[str, Any]] | None) -> str | None:
    """``P0000001 earlier S321_MANIFEST 100.00; P0000003 same truck 250.00`` (None: a verdict
    from before the desk recorded them)."""
    if counted is None:
        return None
    return "; ".join(
        " ".join(filter(None, (a["parcel_id"], a["as"], a["route"], a["value_usd"])))
        for a in counted
    )


def _dollars(cents: int | None) -> Decimal | None:
    return None if cents is None else (Decimal(cents) / 100).quantize(CENT)


# -- writing ------------------------------------------------------------------------------------


def zip_body(records: DayRecords) -> bytes:
    tables = {
        "parcels.csv": csv_bytes(
            PARCEL_COLUMNS,
            [_cells(PARCEL_COLUMNS, p | {"verdicts": len(p["verdicts"])}) for p in records.parcels],
            bom=True,
        ),
        "verdicts.csv": csv_bytes(
            VERDICT_COLUMNS,
            [
                _cells(
                    VERDICT_COLUMNS,
                    v
                    | {
                        "fx_to_usd": "; ".join(f"{c} {r}" for c, r in v["fx_to_usd"].items()),
                        "codes": "; ".join(f["code"] for f in v["findings"]),
                        "findings": " | ".join(
                            f"{f['code']} ({f['severity']}): {f['message']}" for f in v["findings"]
                        ),
                        "judged_against": _against(v["judged_against"]),
                    },
                )
                for p in records.parcels
                for v in p["verdicts"]
            ],
            bom=True,
        ),
        "events.csv": csv_bytes(
            EVENT_COLUMNS,
            [
                _cells(
                    EVENT_COLUMNS,
                    e | {"details": json.dumps(e["details"], sort_keys=True, ensure_ascii=False)},
                )
                for e in records.events
            ],
            bom=True,
        ),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in tables.items():
            info = zipfile.ZipInfo(f"records-{records.day.isoformat()}/{name}", ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def _cells(columns: Sequence[str], row: dict[str, Any]) -> list[Cell]:
    return [_cell(row[name]) for name in columns]


def _cell(value: Any) -> Cell:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return value  # type: ignore[no-any-return]


def json_body(records: DayRecords) -> bytes:
    document = {
        "document": "s321-desk daily records", "version": 1, "day": records.day.isoformat(),
        "day_is": "the US crossing day (the port's local date)", "time_zone": records.zone,
        "parcels": [_json(p) for p in records.parcels],
        "events": [_json(e) for e in records.events],
        "totals": {"parcels": len(records.parcels), "verdicts": records.verdicts,
                   "events": len(records.events), "decisions": records.count("decision"),
                   "prints": records.count("print"), "exports": records.count("export")},
    }  # fmt: skip
    return (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _json(row: dict[str, Any]) -> dict[str, Any]:
    """Decimals as strings (never a float), the verdicts' too; the day is the document's."""
    out: dict[str, Any] = {}
    for key, value in row.items():
        if key == "day":
            continue
        if isinstance(value, Decimal):
            value = f"{value:f}"
        elif key == "verdicts":
            value = [_json(v) for v in value]
        out[key] = value
    return out
