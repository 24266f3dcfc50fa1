"""The command line's filing commands: drivers, trucks and trailers, a trip's crew, the trips
found again, FDA prior notices, and the filings (BorderConnect JSON, the ACE shipment CSV, the
broker's entries). ``cli.py`` builds the parser and dispatches here."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from s321_desk.domain.codes import LoadStatus
from s321_desk.store.uow import UnitOfWork, one_action

DRIVER_OPTIONS = (
    ("--first-name", "first_name", "as on the travel document"),
    ("--last-name", "last_name", "as on the travel document"),
    ("--gender", "gender", "M or F"),
    ("--birth-date", "birth_date", "YYYY-MM-DD"),
    ("--citizenship", "citizenship", "ISO country code (CA, US...)"),
    (
        "--document-type",
        "document_type",
        "ACW passport, AEW NEXUS, 6W enhanced driver's licence, 5K commercial driver's licence...",
    ),
    ("--document-number", "document_number", "the travel document's number"),
    ("--document-country", "document_country", "the country that issued it (a passport...)"),
    ("--document-state", "document_state", "the state or province that issued it (a licence)"),
    ("--fast-card", "fast_card", "the FAST card's 14 digits"),
)
TRUCK_OPTIONS = (
    ("--type", "truck_type", "TR truck tractor (default), ST straight truck"),
    ("--vin", "vin", "17 characters"),
    ("--plate", "plate", "the licence plate"),
    ("--plate-state", "plate_state", "its state or province (ON, QC, NY...)"),
    ("--dot-number", "dot_number", "the USDOT number"),
)
TRAILER_OPTIONS = (
    ("--type", "trailer_type", "TL semi trailer (default), TF dry freight, RT reefer..."),
    ("--plate", "plate", "the licence plate"),
    ("--plate-state", "plate_state", "its state or province"),
)
OPTIONS = {"driver": DRIVER_OPTIONS, "truck": TRUCK_OPTIONS, "trailer": TRAILER_OPTIONS}
KEYS = {"driver": "NUMBER", "truck": "UNIT", "trailer": "NUMBER"}


def add_record_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    """``driver``, ``truck`` and ``trailer``: add, change, list, show (a driver), retire; who
    does it is ``--user`` (the common options), signed in with the PIN asked."""
    for kind in ("driver", "truck", "trailer"):
        parser = commands.add_parser(kind, help=f"{kind}s as records, picked for trips")
        actions = parser.add_subparsers(dest="record_command", metavar="ACTION", required=True)
        for action, help_text in (
            ("add", f"a new {kind}'s record (audited)"),
            ("change", f"change fields of a {kind}'s record (audited)"),
        ):
            sub = actions.add_parser(action, help=help_text, parents=[common])
            sub.add_argument("key", metavar=KEYS[kind])
            for option, dest, option_help in OPTIONS[kind]:
                sub.add_argument(option, dest=dest, help=option_help)
            sub.add_argument("--json", action="store_true")
        listing = actions.add_parser("list", help=f"the {kind}s", parents=[common])
        listing.add_argument("--all", action="store_true", help="the retired ones too")
        listing.add_argument("--json", action="store_true")
        if kind == "driver":
            shown = actions.add_parser(
                "show",
                parents=[common],
                help="one driver; date of birth, document and FAST card only to a driver, a "
                "supervisor or an administrator (--user), audited",
            )
            shown.add_argument("key", metavar="NUMBER")
            shown.add_argument("--json", action="store_true")
        for action, what in (
            ("retire", f"take a {kind} out of the pickers (the record is kept)"),
            ("activate", f"put a retired {kind} back in the pickers"),
        ):
            sub = actions.add_parser(action, parents=[common], help=what)
            sub.add_argument("key", metavar=KEYS[kind])


def run_record(args: argparse.Namespace, engine: Engine) -> int:
    """Done by the person acting through ``engine`` (``--user``): a driver's personal data is
    shown to a driver, a supervisor or an administrator only (its viewing audited), in one
    transaction."""
    with one_action(engine, immediate=True) as uow:
        return _run_record(args, uow)


def _run_record(args: argparse.Namespace, work: UnitOfWork) -> int:
    from s321_desk.services.loads import crew_records

    kind, action = args.command, args.record_command
    if action in ("retire", "activate"):
        crew_records.set_active(work, kind, args.key, action == "activate")
        print(f"{kind} {args.key.upper()}: {'retired' if action == 'retire' else 'active'}")
        return 0
    if action == "list":
        listed: list[Any] = (
            crew_records.list_drivers(work, active_only=not args.all)
            if kind == "driver"
            else crew_records.list_trucks(work, active_only=not args.all)
            if kind == "truck"
            else crew_records.list_trailers(work, active_only=not args.all)
        )
        if args.json:
            print(json.dumps([item.as_dict() for item in listed], ensure_ascii=False, indent=1))
        else:
            for item in listed:
                print(_line(kind, item.as_dict()))
        if kind == "driver" and any(not item.personal_shown for item in listed):
            _say_hidden(args)
        return 0
    if action == "show":
        driver = crew_records.show_driver(work, args.key)
        view = driver.as_dict()
        print(json.dumps(view, ensure_ascii=False, indent=1) if args.json else _line(kind, view))
        if not driver.personal_shown:
            _say_hidden(args)
        return 0
    values = {
        dest: getattr(args, dest) for _, dest, _ in OPTIONS[kind] if getattr(args, dest) is not None
    }
    add: dict[str, Callable[..., Any]] = {
        "driver": crew_records.add_driver,
        "truck": crew_records.add_truck,
        "trailer": crew_records.add_trailer,
    }
    change: dict[str, Callable[..., Any]] = {
        "driver": crew_records.change_driver,
        "truck": crew_records.change_truck,
        "trailer": crew_records.change_trailer,
    }
    done = (add if action == "add" else change)[kind](work, args.key, values)
    shown = done.as_dict()
    print(json.dumps(shown, ensure_ascii=False) if args.json else _line(kind, shown))
    return 0


def _say_hidden(args: argparse.Namespace) -> None:
    """On standard error (standard output stays the data): why the personal data is masked,
    and what to do: name a person who may see it (a person already named may not)."""
    from s321_desk.services.loads.crew_records import MASK

    named = getattr(args, "user", None)
    how = f"{named} may not see it" if named else "give --user NAME"
    print(
        f"s321-desk: a driver's personal data ({MASK}) is shown only to a driver, a "
        f"supervisor or an administrator: {how}",
        file=sys.stderr,
    )


def _line(kind: str, values: dict[str, Any]) -> str:
    retired = "" if values.get("active", True) else "  (retired)"
    if kind == "driver":
        fields = (
            "gender",
            "birth_date",
            "citizenship",
            "document_type",
            "document_number",
            "fast_card",
        )
        personal = " ".join(f"{k}={values[k]}" for k in fields if values.get(k))
        name = f"{values['first_name']} {values['last_name']}"
        return f"{values['number']}  {name}  {personal}{retired}"
    if kind == "truck":
        return (
            f"{values['unit']}  {values['truck_type']}  VIN {values['vin']}  "
            f"{values['plate_state']} {values['plate']}{retired}"
        )
    return (
        f"{values['number']}  {values['trailer_type']}  {values['plate_state']} "
        f"{values['plate']}{retired}"
    )


def add_load_list(load_commands: Any, common: argparse.ArgumentParser) -> None:
    listing = load_commands.add_parser(
        "list",
        parents=[common],
        help="trips: the open ones and the last week's (sealed too), or a day's, or found by "
        "trip number, seal or date (--search)",
    )
    listing.add_argument("--day", type=_day, metavar="YYYY-MM-DD", help="the trips of a US day")
    listing.add_argument("--status", choices=["open", "sealed"])
    listing.add_argument(
        "--search", metavar="TEXT", help="part of a trip number or seal, or a date (YYYY-MM-DD)"
    )
    listing.add_argument("--json", action="store_true")


def add_load_crew(load_commands: Any, common: argparse.ArgumentParser) -> None:
    crew = load_commands.add_parser(
        "crew",
        parents=[common],
        help="pick an open trip's driver, co-driver, truck and trailer from the records "
        "(a place not given is left empty)",
    )
    crew.add_argument("load", metavar="LOAD")
    add_crew_options(crew)
    crew.add_argument("--json", action="store_true", help="the trip as JSON (text otherwise)")


def add_crew_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--driver", metavar="NUMBER", help="the driver's record (D-20)")
    parser.add_argument("--co-driver", metavar="NUMBER", help="a second driver's record")
    parser.add_argument("--truck", metavar="UNIT", help="the truck's record (T-12)")
    parser.add_argument("--trailer", metavar="NUMBER", help="the trailer's record")


def crew_choice(args: argparse.Namespace) -> Any:
    from s321_desk.services.loads.trip_crew import CrewChoice

    return CrewChoice(
        driver=args.driver, co_driver=args.co_driver, truck=args.truck, trailer=args.trailer
    )


def run_load_list(args: argparse.Namespace, engine: Engine) -> int:
    from s321_desk.services.loads.trips import list_loads

    today = datetime.now().astimezone().date()
    with one_action(engine) as uow:
        loads = list_loads(uow, today, day=args.day, status=args.status, search=args.search)
    if args.json:
        print(json.dumps([_summary(load) for load in loads], ensure_ascii=False, indent=1))
        return 0
    for load in loads:
        state = f"SEALED {load.seal}" if load.status == LoadStatus.SEALED else "open"
        print(
            f"{load.trip_number}  {load.us_day}  {load.port} {load.port_name}  {state}  "
            f"{load.parcels} parcel(s)  {load.driver or '-'}"
        )
    return 0


def _summary(load: Any) -> dict[str, Any]:
    return {
        "trip": load.trip_number,
        "scac": load.scac,
        "port": load.port,
        "port_name": load.port_name,
        "planned_arrival": load.planned_arrival.isoformat(),
        "us_day": load.us_day.isoformat(),
        "status": "sealed" if load.status == LoadStatus.SEALED else "open",
        "seal": load.seal,
        "driver": load.driver,
        "tractor_plate": load.tractor_plate,
        "trailer_plate": load.trailer_plate,
        "parcels": load.parcels,
        "needing_decision": load.needing_decision,
    }


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def add_filing_exports(exports: Any, common: argparse.ArgumentParser) -> None:
    for kind, help_text, formats in (
        (
            "borderconnect",
            "a sealed trip as BorderConnect's ACE trip JSON (its import "
            "format), checked against its published field rules",
            None,
        ),
        (
            "ace-csv",
            "a sealed trip's shipments as the ACE shipment CSV upload, checked "
            "against its field rules",
            None,
        ),
        (
            "entries",
            "the entries the broker files for a sealed trip: one per consignee per "
            "truck, each line's HTS, origin, value, weight and MID",
            ["csv", "json"],
        ),
    ):
        sub = exports.add_parser(kind, parents=[common], help=help_text)
        sub.add_argument("load", metavar="LOAD")
        sub.add_argument("--out", required=True, type=Path, metavar="FILE")
        if formats:
            sub.add_argument("--format", choices=formats, default="csv")
        sub.add_argument("--json", action="store_true", help="say what was written as JSON")


def run_filing_export(args: argparse.Namespace, work: UnitOfWork) -> Any:
    if args.export_kind == "borderconnect":
        from s321_desk.services.filing.borderconnect import export_borderconnect

        return export_borderconnect(work, args.load, args.out)
    if args.export_kind == "ace-csv":
        from s321_desk.services.filing.ace_csv import export_ace_csv

        return export_ace_csv(work, args.load, args.out)
    from s321_desk.services.filing.entries import export_entries

    return export_entries(work, args.load, args.out, fmt=args.format)


def add_prior_notice(parcel_commands: Any, common: argparse.ArgumentParser) -> None:
    notice = parcel_commands.add_parser(
        "prior-notice",
        parents=[common],
        help="give an FDA parcel its prior notice confirmation number (audited)",
    )
    notice.add_argument("parcel", metavar="PARCEL")
    notice.add_argument("number", metavar="NUMBER")


def run_prior_notice(args: argparse.Namespace, engine: Engine) -> int:
    from s321_desk.services.packing.prior_notice import set_prior_notice

    with one_action(engine, immediate=True) as uow:
        kept = set_prior_notice(uow, args.parcel, args.number)
    print(f"{args.parcel}: FDA prior notice {kept}")
    return 0
