"""Named settings with their defaults, stored as JSON in the settings table."""

from __future__ import annotations

import json
import re
import socket
from collections.abc import Iterator
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlmodel import Session

from s321_desk.domain.codes import PrinterKind
from s321_desk.domain.given import given_text
from s321_desk.domain.iso import COUNTRIES
from s321_desk.domain.money import parse_currency
from s321_desk.domain.texts import Text, translate
from s321_desk.services.admin.ports import check_added, ports, use_added
from s321_desk.services.admin.users import Person
from s321_desk.services.kernel import access, audit
from s321_desk.services.kernel.errors import UserError
from s321_desk.store.columns import column_limit
from s321_desk.store.models import AuditEntry, Order, Parcel, Setting, utcnow
from s321_desk.store.repositories import admin as stored
from s321_desk.store.uow import Work, within

DEFAULTS: dict[str, Any] = {
    # The currency of an order whose export has no Currency column (a Canadian shop: CAD).
    "default_currency": "CAD",
    # The warehouse's time zone: order times written without a UTC offset are read in it.
    "time_zone": "America/Toronto",
    "station_name": "",
    # The station's truck: the planned US arrival (local time) and the cut-off after which a
    # closed parcel goes to the next day's truck; the port it crosses at (CBP Schedule D).
    "arrival_time": "18:00",
    "cutoff_time": "15:00",
    "port": "0901",
    # Ports of entry an administrator added to those shipped (resources/ports.json):
    # [{"code": "3014", "name": "Friday Harbor, WA", "time_zone": "America/Los_Angeles"}].
    "added_ports": [],
    "parcel_prefix": "P",
    # An administrator's pin: evaluate with the rules in force at this instant (ISO 8601) instead
    # of those of each crossing, e.g. when a court restores de minimis before the app is updated.
    "rules_as_of": None,
    "rules_pin_reason": None,
    # Who the papers name (set by an administrator; printing refuses while one it needs is
    # unset). A party is {"name": ..., "lines": [address lines]}.
    "company": None,  # the warehouse that ships: the shipper on the lead sheet and manifest
    "exporter": None,  # the seller on the commercial invoice; unset: the company
    "importer_of_record": None,  # unset: the consignee is the importer of record
    "us_return_address": None,  # ship-from on the label: ["name", "street", "city line"]
    "place_of_shipment": None,  # where the goods leave from, e.g. "Mississauga, ON, Canada"
    "responsible_person": None,  # who signs the invoice: {"name": ..., "title": ...}
    "carriers": {},  # carrier names by SCAC: {"ABCD": "ABCD Transport Ltd."}
    # The warehouse's address as the e-manifest files the shipper (where the carrier loads):
    # {"street", "city", "province", "postal_code", "country"}; unset: no filing is written.
    "shipper_address": None,
    # Whom to call about dangerous goods on a truck (49 CFR 172.604, the filings' emergency
    # contact): {"name", "phone"}; a trip with a hazmat line is not filed while unset.
    "hazmat_contact": None,
    # Each station's printers, by station name (see PRINTER_KINDS):
    # {"PACK-1": {"label_printer": {"kind": "zpl-socket", "host": "10.0.0.5", "port": 9100,
    #  "dpi": 203}, "document_printer": {"kind": "dialog"}}}. A station not named here saves
    # its labels as PDF files in the data folder and asks where to print its papers.
    "stations": {},
    # Backups made while the desk runs (and by `s321-desk backup --if-due` from a timer):
    # {"every_hours": 24, "keep": 14, "folder": null}; folder null: backups/ in the data folder.
    "backup_schedule": None,
}

# Where a station's labels or papers go:
# "file": PDF files in the data folder; "dialog": the print dialog, each time;
# "pdf-cups": a PDF to a CUPS queue {"queue"}; "zpl-cups": ZPL raw to a CUPS raw queue
# {"queue", "dpi"}; "zpl-socket": ZPL raw to a thermal printer's socket {"host", "port", "dpi"}.
PRINTER_KINDS = {
    PrinterKind.FILE: (),
    PrinterKind.DIALOG: (),
    PrinterKind.PDF_CUPS: ("queue",),
    PrinterKind.ZPL_CUPS: ("queue", "dpi"),
    PrinterKind.ZPL_SOCKET: ("host", "port", "dpi"),
}
PRINTER_ROLES = ("label_printer", "document_printer")
# What a station may set for itself instead of the store's truck (same shapes as those settings).
STATION_TRUCK = ("port", "arrival_time", "cutoff_time")

# The shape each setting must have: "party", "lines", "person", "text", "names" (carriers),
# "stations"; and the station's truck: "time" (HH:MM), "port", "zone", "currency", "prefix".
SHAPES = {
    "arrival_time": "time",
    "cutoff_time": "time",
    "port": "port",
    "added_ports": "ports",
    "time_zone": "zone",
    "default_currency": "currency",
    "parcel_prefix": "prefix",
    "company": "party",
    "exporter": "party",
    "importer_of_record": "party",
    "us_return_address": "lines",
    "place_of_shipment": "text",
    "responsible_person": "person",
    "carriers": "names",
    "shipper_address": "address",
    "hazmat_contact": "contact",
    "stations": "stations",
    "backup_schedule": "schedule",
}


def get_setting(session: Session, key: str) -> Any:
    if key not in DEFAULTS:
        raise KeyError(f"unknown setting {key!r}")
    row = session.get(Setting, key)
    if row is None:
        return DEFAULTS[key]
    return json.loads(row.value)


def settings_in(session: Session) -> dict[str, Any]:
    """Every setting at once (one query), defaults where none is stored."""
    kept = {row.key: json.loads(row.value) for row in stored.setting_rows(session)}
    found = {key: kept.get(key, default) for key, default in DEFAULTS.items()}
    use_added(found["added_ports"])  # the store's own ports are known from here on
    return found


def set_setting(session: Session, key: str, value: Any) -> None:
    if key not in DEFAULTS:
        raise KeyError(f"unknown setting {key!r}")
    check_shape(key, value)
    row = session.get(Setting, key) or Setting(key=key, value="null")
    row.value = json.dumps(value)
    row.updated_at = utcnow()
    session.add(row)
    if key == "added_ports":
        use_added(value)


# A SCAC as CBP assigns it (services.loads.trips checks a trip's the same way).
SCAC = re.compile(r"[A-Z]{2,4}")
TIME_OF_DAY = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]")
# A parcel id is the prefix + 7 digits; its SCN (SCAC + id) must stay within 16 characters.
PARCEL_PREFIX = re.compile(r"[A-Z][A-Z0-9]{0,4}")
SCALAR_SHAPES = ("time", "port", "zone", "currency", "prefix")


def _refusal(where: str, reason: str | Text) -> UserError:
    """A refusal naming its place as the settings views read it (``setting KEY``,
    ``...PRINTER.port``: kept as it is) and its reason in the desk's language."""
    return UserError(Text("", "{where}: {reason}").format(where=where, reason=reason))


def _reason(error: UserError) -> str | Text:
    """The reason of a refusal made by ``_refusal``, without its place."""
    values = error.text.values or {}
    reason = values.get("reason")
    return reason if isinstance(reason, str | Text) else str(error).split(": ", 1)[-1]


def check_shape(key: str, value: Any) -> None:
    """Refuse a setting that is not of its shape, naming the field (UserError)."""
    _check_texts(key, value)
    shape = SHAPES.get(key)
    if shape in SCALAR_SHAPES:
        _check_scalar(key, shape, value)
        return
    if shape is None or value is None:
        return

    def text(field: str, item: Any) -> None:
        if not isinstance(item, str) or not item.strip():
            raise _refusal(
                f"setting {key}",
                translate("Settings", "{field} must be a non-empty text").format(field=field),
            )

    def lines(field: str, items: Any) -> None:
        if not isinstance(items, list) or not items:
            raise _refusal(
                f"setting {key}",
                translate("Settings", "{field} must be a list of address lines").format(
                    field=field
                ),
            )
        for index, item in enumerate(items):
            text(f"{field}[{index}]", item)

    if shape in ("address", "contact"):
        _check_fields(key, value, ADDRESS_FIELDS if shape == "address" else CONTACT_FIELDS)
    elif shape == "stations":
        _check_stations(key, value)
    elif shape == "ports":
        try:
            check_added(value)
        except UserError as error:
            raise _refusal(f"setting {key}", error.text) from None
    elif shape == "schedule":
        _check_schedule(key, value)
    elif shape == "text":
        text("the value", value)
    elif shape == "lines":
        lines("the value", value)
    elif shape == "names":
        if not isinstance(value, dict):
            raise _refusal(
                f"setting {key}", translate("Settings", "must be an object of SCAC: name")
            )
        for scac, name in value.items():
            if not SCAC.fullmatch(scac):
                raise _refusal(
                    f"setting {key}",
                    translate("Settings", "SCAC {scac} is 2 to 4 capital letters").format(
                        scac=repr(scac)
                    ),
                )
            text(repr(scac), name)
    else:
        if not isinstance(value, dict):
            raise _refusal(
                f"setting {key}",
                translate("Settings", 'must be an object with "name" and "{field}"').format(
                    field="lines" if shape == "party" else "title"
                ),
            )
        text("name", value.get("name"))
        if shape == "party":
            lines("lines", value.get("lines"))
        else:
            text("title", value.get("title"))


# Where a setting's texts go, for their length: the station's name is each of its parcels'
# and audit records' (as are the names of the "stations" setting), the rules' pin reason an
# audit record's; any other text is printed on the papers as an address line is.
TEXT_COLUMNS: dict[str, tuple[Any, str]] = {
    "station_name": (Parcel, "station"),
    "rules_pin_reason": (AuditEntry, "reason"),
}
PRINTED_TEXT = (Order, "address1")


def _texts(where: str, item: Any) -> Iterator[tuple[str, str]]:
    """Each text of a setting's value, with its place (``lines[0]``, ``PACK-1.host``)."""
    if isinstance(item, str):
        yield where, item
    elif isinstance(item, list):
        for index, each in enumerate(item):
            yield from _texts(f"{where}[{index}]", each)
    elif isinstance(item, dict):
        for name, each in item.items():
            yield from _texts(f"{where}.{name}" if where else str(name), each)


def _check_texts(key: str, value: Any) -> None:
    """Every text of a setting, and the names of the stations, checked as a text given at the
    desk (domain/given.py): no control or format character, no longer than where it goes."""
    model, column = TEXT_COLUMNS.get(key, PRINTED_TEXT)
    texts = [(where, text, model, column) for where, text in _texts("", value)]
    if key == "stations" and isinstance(value, dict):
        texts += [(str(name), str(name), Parcel, "station") for name in value]
    for where, text, model, column in texts:
        try:
            given_text(
                text,
                where or "the value",
                column_limit(model, column),
                lines=key == "rules_pin_reason",
            )
        except ValueError as error:
            raise _refusal(f"setting {key}", error.args[0]) from None


ADDRESS_FIELDS = ("street", "city", "province", "postal_code", "country")
CONTACT_FIELDS = ("name", "phone")
PHONE = re.compile(r"\+?[0-9][0-9 ().\-]{6,24}")


def _check_fields(key: str, value: Any, names: tuple[str, ...]) -> None:
    """An object of these text fields, each given; a country an ISO code, a phone a number."""
    where = f"setting {key}"
    if not isinstance(value, dict) or set(value) != set(names):
        raise _refusal(
            where,
            translate("Settings", "must be an object with {fields}").format(
                fields=", ".join(f'"{name}"' for name in names)
            ),
        )
    for name in names:
        if not isinstance(value[name], str) or not value[name].strip():
            raise _refusal(
                where, translate("Settings", "{field} must be a non-empty text").format(field=name)
            )
    if "country" in value and value["country"] not in COUNTRIES:
        raise _refusal(
            where,
            translate("Settings", "country {value} is not an ISO 3166 code (CA, US...)").format(
                value=repr(value["country"])
            ),
        )
    if "phone" in value and not PHONE.fullmatch(value["phone"].strip()):
        raise _refusal(
            where,
            translate("Settings", "phone {value} is not a telephone number").format(
                value=repr(value["phone"])
            ),
        )


def _check_scalar(key: str, shape: str | None, value: Any) -> None:
    where = f"setting {key}"
    if not isinstance(value, str):
        raise _refusal(where, translate("Settings", "must be a text"))
    if shape == "time" and not TIME_OF_DAY.fullmatch(value):
        raise _refusal(
            where,
            translate("Settings", "{value} is not a time of day (HH:MM, 00:00 to 23:59)").format(
                value=repr(value)
            ),
        )
    if shape == "port" and value not in ports():
        raise _refusal(
            where,
            translate("Settings", "{value} is not a port in resources/ports.json").format(
                value=repr(value)
            ),
        )
    if shape == "prefix" and not PARCEL_PREFIX.fullmatch(value):
        raise _refusal(
            where,
            translate(
                "Settings",
                "{value} is not 1 to 5 capital letters or digits, starting with a letter",
            ).format(value=repr(value)),
        )
    if shape == "currency":
        try:
            if parse_currency(value) != value:
                raise ValueError(
                    translate("Settings", "write it {code}").format(code=value.strip().upper())
                )
        except ValueError as error:
            raise _refusal(where, error.args[0]) from None
    if shape == "zone":
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise _refusal(
                where,
                translate("Settings", "{value} is not a time zone such as America/Toronto").format(
                    value=repr(value)
                ),
            ) from None


def _check_schedule(key: str, value: Any) -> None:
    if not isinstance(value, dict):
        raise _refusal(
            f"setting {key}",
            translate("Settings", "must be an object: {example}").format(
                example='{"every_hours": N, "keep": K}'
            ),
        )
    for field, low, high in (("every_hours", 1, 24 * 31), ("keep", 1, 10_000)):
        number = value.get(field)
        if not isinstance(number, int) or isinstance(number, bool) or not low <= number <= high:
            raise _refusal(
                f"setting {key}",
                translate("Settings", "{field} must be a whole number from {low} to {high}").format(
                    field=field, low=low, high=high
                ),
            )
    folder = value.get("folder")
    if folder is not None and (not isinstance(folder, str) or not folder.strip()):
        raise _refusal(
            f"setting {key}",
            translate("Settings", "folder must be a folder's path, or null for the default"),
        )
    unknown = sorted(set(value) - {"every_hours", "keep", "folder"})
    if unknown:
        raise _refusal(
            f"setting {key}",
            translate("Settings", "{field} is not one of every_hours, keep, folder").format(
                field=repr(unknown[0])
            ),
        )


def _check_stations(key: str, value: Any) -> None:
    if not isinstance(value, dict):
        raise _refusal(
            f"setting {key}",
            translate("Settings", "must be an object of station name: its printers"),
        )
    for station, printers in value.items():
        if not isinstance(printers, dict):
            raise _refusal(
                f"setting {key}",
                translate("Settings", "{station} must be an object of its printers").format(
                    station=repr(station)
                ),
            )
        for role, printer in printers.items():
            where = f"setting {key}: {station!r}.{role}"
            if role in STATION_TRUCK:
                try:
                    check_shape(role, printer)
                except UserError as error:
                    raise _refusal(where, _reason(error)) from None
                continue
            if role == "sound":
                _check_sound(where, printer)
                continue
            if role not in PRINTER_ROLES:
                raise _refusal(
                    where,
                    translate("Settings", "not one of {roles}").format(
                        roles=", ".join((*PRINTER_ROLES, *STATION_TRUCK, "sound"))
                    ),
                )
            check_printer(where, printer)


def _check_sound(where: str, sound: Any) -> None:
    """A station's sound: {"volume": 0 to 100, "muted": true or false}."""
    volume = sound.get("volume", 100) if isinstance(sound, dict) else None
    if not isinstance(volume, int) or isinstance(volume, bool) or not 0 <= volume <= 100:
        raise _refusal(f"{where}.volume", translate("Settings", "a whole number from 0 to 100"))
    if not isinstance(sound.get("muted", False), bool):
        raise _refusal(f"{where}.muted", translate("Settings", "true or false"))
    unknown = sorted(set(sound) - {"volume", "muted"})
    if unknown:
        raise _refusal(f"{where}.{unknown[0]}", translate("Settings", "not one of volume, muted"))


def station_sound(settings: dict[str, Any], station: str) -> tuple[int, bool]:
    """A station's volume (0 to 100) and whether it is muted: full and on unless set."""
    own = ((settings.get("stations") or {}).get(station) or {}).get("sound") or {}
    return int(own.get("volume", 100)), bool(own.get("muted", False))


def station_truck(settings: dict[str, Any], station: str) -> dict[str, str]:
    """The truck a station's parcels go on: its port, arrival and cut-off times, each the
    station's own where the "stations" setting gives one (a dock with its own carrier and
    schedule), else the store's."""
    own = (settings.get("stations") or {}).get(station) or {}
    return {key: str(own.get(key) or settings[key]) for key in STATION_TRUCK}


def check_printer(where: str, printer: Any) -> None:
    """A printer as ``PRINTER_KINDS`` describes it, or a UserError naming the field."""
    kind = printer.get("kind") if isinstance(printer, dict) else None
    if kind not in PRINTER_KINDS:
        raise _refusal(
            f"{where}.kind",
            translate("Settings", "one of {kinds}").format(kinds=", ".join(PRINTER_KINDS)),
        )
    for field in PRINTER_KINDS[kind]:
        item = printer.get(field)
        if field == "dpi" and item not in (203, 300):
            raise _refusal(f"{where}.dpi", translate("Settings", "203 or 300"))
        if field == "port" and not (isinstance(item, int) and 0 < item < 65536):
            raise _refusal(
                f"{where}.port",
                translate("Settings", "a TCP port number (a thermal printer listens on 9100)"),
            )
        if field in ("queue", "host") and not (isinstance(item, str) and item.strip()):
            raise _refusal(f"{where}.{field}", translate("Settings", "a non-empty text"))


def station_name(session: Session) -> str:
    """The configured station name, or this machine's host name (cut to what a parcel keeps:
    a fully qualified host name may be longer)."""
    named = get_setting(session, "station_name")
    return str(named or socket.gethostname()[: column_limit(Parcel, "station")])


def window_settings(session: Session) -> tuple[str, str]:
    """The station's name (``station_name``) and time zone, which the desk's window is made
    with: read before the window is painted, without the ORM's mappers (``stored_settings``)."""
    keys = ("station_name", "time_zone")
    kept = {key: json.loads(value) for key, value in stored.stored_settings(session, keys).items()}
    station, zone = (kept.get(key, DEFAULTS[key]) for key in keys)
    return str(station or socket.gethostname()), str(zone)


def all_settings(work: Work) -> dict[str, Any]:
    with within(work) as uow:
        return settings_in(uow.session)


def change_setting(work: Work, key: str, text: str) -> None:
    """Set ``key`` from the command line: ``text`` is JSON, or else taken as plain text.
    Audited with the value before and after."""
    if key not in DEFAULTS:
        raise _refusal(
            f"setting {key!r}",
            translate("Settings", "no such setting ({settings})").format(
                settings=", ".join(DEFAULTS)
            ),
        )
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        if text.lstrip()[:1] in ("{", "["):
            raise _refusal(
                f"setting {key}",
                translate("Settings", "{text} is not valid JSON").format(text=repr(text)),
            ) from None
        value = text
    with within(work, immediate=True) as uow:
        access.require(uow.session, access.CHANGING_SETTINGS)
        before = get_setting(uow.session, key)
        set_setting(uow.session, key, value)
        audit.record(
            uow.session,
            "setting.change",
            entity_type="setting",
            entity_id=key,
            details={"before": before, "after": value},
        )
        uow.commit()


def change_settings(
    work: Work, values: dict[str, Any], *, by: Person | None = None, station: str = ""
) -> list[str]:
    """Set several settings in one transaction, an administrator's act: all or none.

    Every value is checked before anything is written; each one that changes is audited with
    its value before and after. Returns the keys that changed.
    """
    unknown = [key for key in values if key not in DEFAULTS]
    if unknown:
        raise _refusal(f"setting {unknown[0]!r}", translate("Settings", "no such setting"))
    if "added_ports" in values:  # a port added may be chosen at once
        check_shape("added_ports", values["added_ports"])
        use_added(values["added_ports"])
    for key, value in values.items():
        check_shape(key, value)
    with within(work, immediate=True) as uow:
        current = settings_in(uow.session)  # (the store's own ports again, until written)
        actor = access.require(uow.session, access.CHANGING_SETTINGS, by)
        changed = [key for key, value in values.items() if current[key] != value]
        # The ports added first: a port chosen in the same change is one of them.
        for key in sorted(changed, key=lambda key: key != "added_ports"):
            set_setting(uow.session, key, values[key])
            audit.record(
                uow.session,
                "setting.change",
                entity_type="setting",
                entity_id=key,
                user_id=actor.id if actor else None,
                station=station,
                details={"before": current[key], "after": values[key]},
            )
        uow.commit()
    return changed
