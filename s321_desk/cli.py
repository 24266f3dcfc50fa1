"""Command line: the GUI by default; import, demo and the headless commands."""

from __future__ import annotations

import argparse
import gc
import getpass
import importlib
import json
import logging
import logging.handlers
import os
import shlex
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from s321_desk import __version__, cli_filing
from s321_desk.domain.codes import DecisionAction, HoldTag, PaperFormat
from s321_desk.domain.rules import RuleDataError
from s321_desk.paths import chosen_store, log_path
from s321_desk.services.kernel.errors import ImportRefused, UserError, store_damaged
from s321_desk.store.database import Store, StoreError, StoreTarget, open_store
from s321_desk.store.errors import classified
from s321_desk.store.uow import UnitOfWork, one_action

if TYPE_CHECKING:
    from s321_desk.services.admin.users import Person

log = logging.getLogger("s321_desk")

EXIT_USER_ERROR = 1
EXIT_UNEXPECTED = 70  # EX_SOFTWARE


AS_JSON = "print it as JSON (text otherwise)"
# argparse names a wrong choice by its repr: its choices are the plain strings
ACTION_CHOICES = [action.value for action in DecisionAction]
FORMATS = [fmt.value for fmt in PaperFormat]


def _common_options() -> argparse.ArgumentParser:
    """The options of every command and of the desk itself: the store and who acts."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="the database file (default: $S321_DB, else s321-desk.sqlite3 in the data folder)",
    )
    common.add_argument(
        "--database-url",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="a shared PostgreSQL database instead of a file, e.g. "
        "postgresql+psycopg://desk@server/warehouse (default: $S321_DATABASE_URL)",
    )
    common.add_argument(
        "--user",
        metavar="NAME",
        default=argparse.SUPPRESS,
        help="who does this (name or badge): a store's writes need a person with the role for "
        "them; the PIN is asked (or read from $S321_PIN, or a line of standard input), never "
        "given as an argument",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common_options()
    parser = argparse.ArgumentParser(
        prog="s321-desk",
        description="Border desk for cross-border parcels: with no command, opens the desk.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"s321-desk {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    imports = commands.add_parser("import", help="import a catalog or orders CSV file")
    kinds = imports.add_subparsers(dest="kind", metavar="KIND", required=True)
    for kind, help_text in (
        ("catalog", "the native catalog CSV (sku,description,hts,origin,...)"),
        ("orders", "Shopify's orders export CSV, or the native orders CSV"),
        (
            "prior-notices",
            "FDA prior notice numbers: a CSV of parcel,prior_notice (the parcel by id or SCN)",
        ),
    ):
        sub = kinds.add_parser(kind, help=help_text, parents=[common])
        sub.add_argument("file", type=Path, metavar="FILE")
        sub.add_argument("--json", action="store_true", help="print the counts as JSON")

    check = commands.add_parser(
        "check", help="evaluate cases given as JSON (no database); verdicts as JSON on stdout"
    )
    check.add_argument("--input", required=True, metavar="FILE", help="the cases, or - for stdin")

    fx = commands.add_parser("fx", help="rates to USD (the CBP-certified quarterly rates)")
    fx_commands = fx.add_subparsers(dest="fx_command", metavar="ACTION", required=True)
    fx_set = fx_commands.add_parser(
        "set", help="enter a rate in force from a date", parents=[common]
    )
    fx_set.add_argument("currency", metavar="CURRENCY")
    fx_set.add_argument("rate", metavar="RATE", help="USD for one unit, e.g. 0.7300")
    fx_set.add_argument("--from", dest="valid_from", required=True, metavar="YYYY-MM-DD")
    fx_set.add_argument("--source", default="", help="e.g. 'CBP certified rate, 2026 Q4'")
    fx_list = fx_commands.add_parser("list", help="the rates entered", parents=[common])

    rules = commands.add_parser("rules", help="the rule data in force, and pinning it")
    rules_commands = rules.add_subparsers(dest="rules_command", metavar="ACTION", required=True)
    rules_show = rules_commands.add_parser(
        "show", help="regime in force now, version, any pin", parents=[common]
    )
    pin = rules_commands.add_parser(
        "pin", help="evaluate with the rules as of INSTANT (audited)", parents=[common]
    )
    pin.add_argument("instant", metavar="INSTANT", help="ISO 8601 with offset")
    pin.add_argument("--reason", required=True)
    unpin = rules_commands.add_parser(
        "unpin", help="back to each crossing's rules", parents=[common]
    )
    unpin.add_argument("--reason", required=True)

    pack = commands.add_parser(
        "pack", help="open, fill and close a parcel for an order in one call", parents=[common]
    )
    pack.add_argument("order", metavar="ORDER", help="the order name, with or without '#'")
    pack.add_argument(
        "--items",
        nargs="+",
        metavar="SKU",
        help="the scans, each as scanned (quote a SKU with spaces); "
        "default: every item still to pack",
    )
    pack.add_argument(
        "--count",
        nargs="+",
        metavar="LINE[=QTY]",
        help="lines with nothing to scan (no SKU or barcode), counted in by a "
        "supervisor (--user, who packs too): the line number, and how many "
        "(default: all still to pack)",
    )
    pack.add_argument("--crossing", metavar="ISO8601", help="default: the station's next truck")
    pack.add_argument("--port", metavar="CODE", help="default: the station's port")
    pack.add_argument("--weight", metavar="KG", help="default: from the catalog")
    pack.add_argument("--rules-as-of", metavar="ISO8601", help="evaluate with these rules")
    pack.add_argument("--station", help="default: the station_name setting or the host name")
    pack.add_argument("--json", action="store_true")

    parcels = commands.add_parser("parcels", help="parcels and their verdicts")
    parcel_commands = parcels.add_subparsers(
        dest="parcels_command", metavar="ACTION", required=True
    )
    listing = parcel_commands.add_parser(
        "list", help="parcels (all, or of a US day)", parents=[common]
    )
    listing.add_argument("--day", metavar="YYYY-MM-DD")
    listing.add_argument("--needs-decision", action="store_true")
    shown = parcel_commands.add_parser(
        "show", help="one parcel, its verdict and what it conflicts with", parents=[common]
    )
    shown.add_argument("parcel", metavar="PARCEL")
    cli_filing.add_prior_notice(parcel_commands, common)

    decide = commands.add_parser(
        "decide",
        help="a supervisor's decision on a parcel (name, PIN, reason; audited)",
        parents=[common],
    )
    decide.add_argument("parcel", metavar="PARCEL")
    decide.add_argument("action", metavar="ACTION", choices=ACTION_CHOICES)
    decide.add_argument("--reason", required=True)
    decide.add_argument("--crossing", metavar="ISO8601", help="defer: the new crossing")
    decide.add_argument("--into", metavar="PARCEL", help="consolidate: the receiving parcel")
    decide.add_argument(
        "--other", metavar="PARCEL", help="split: the parcel whose recipient is another person"
    )
    decide.add_argument("--json", action="store_true")

    load = commands.add_parser("load", help="truck trips: create, add/remove parcels, close")
    load_commands = load.add_subparsers(dest="load_command", metavar="ACTION", required=True)
    create = load_commands.add_parser("create", help="a new trip", parents=[common])
    create.add_argument("--scac", required=True)
    create.add_argument("--port", required=True, metavar="CODE")
    create.add_argument("--arrival", required=True, metavar="ISO8601")
    cli_filing.add_crew_options(create)
    create.add_argument("--trip", help="default: SCAC + the next sequence number")
    cli_filing.add_load_crew(load_commands, common)
    cli_filing.add_load_list(load_commands, common)
    for action in ("add", "remove"):
        sub = load_commands.add_parser(action, help=f"{action} parcels", parents=[common])
        sub.add_argument("--json", action="store_true", help=AS_JSON)
        sub.add_argument("load", metavar="LOAD")
        if action == "add":  # what the truck scan reads: a label's barcode, or a parcel id
            sub.add_argument(
                "parcels",
                metavar="SCAN",
                nargs="+",
                help="a label's barcode (P0000012-2: the parcel and its label's "
                "number; an old label is refused) or a parcel id (its "
                "current label)",
            )
        else:
            sub.add_argument("parcels", metavar="PARCEL", nargs="+")
    close = load_commands.add_parser(
        "close", help="seal it (driver or supervisor)", parents=[common]
    )
    close.add_argument("load", metavar="LOAD")
    close.add_argument("--seal", required=True)
    reopen = load_commands.add_parser(
        "reopen", help="unseal it (supervisor, with a reason)", parents=[common]
    )
    reopen.add_argument("load", metavar="LOAD")
    reopen.add_argument("--reason", required=True)
    show = load_commands.add_parser("show", help="the trip and its parcels", parents=[common])
    show.add_argument("load", metavar="LOAD")

    printing = commands.add_parser("print", help="labels, invoices and the driver's papers")
    documents = printing.add_subparsers(dest="document", metavar="DOCUMENT", required=True)
    label = documents.add_parser("label", help="a parcel's 4x6 in label", parents=[common])
    label.add_argument("parcel", metavar="PARCEL")
    label.add_argument("--format", choices=FORMATS, default=PaperFormat.PDF.value)
    label.add_argument(
        "--dpi",
        type=int,
        choices=[203, 300],
        default=203,
        help="the thermal printer's resolution (default 203)",
    )
    tag = documents.add_parser(
        "hold-tag",
        help="a held parcel's 4x6 in tag (HOLD, or DEFERRED): never a label",
        parents=[common],
    )
    tag.add_argument("parcel", metavar="PARCEL")
    tag.add_argument(
        "--deferred",
        action="store_true",
        help="the DEFERRED tag of a parcel put off to a later day",
    )
    tag.add_argument("--format", choices=FORMATS, default=PaperFormat.PDF.value)
    tag.add_argument("--dpi", type=int, choices=[203, 300], default=203)
    invoice = documents.add_parser(
        "invoice",
        help="the commercial invoice of a parcel's consignee on its truck",
        parents=[common],
    )
    invoice.add_argument("parcel", metavar="PARCEL")
    for name, help_text in (
        ("manifest", "a load's manifest"),
        ("lead-sheet", "a load's lead sheet (ACE e-manifest cover sheet)"),
        ("driver-pack", "lead sheet, manifest and every invoice of a sealed load, one PDF"),
    ):
        sub = documents.add_parser(name, help=help_text, parents=[common])
        sub.add_argument("load", metavar="LOAD")
    picks = documents.add_parser(
        "pick-tickets",
        parents=[common],
        help="a wave's pick tickets: the orders named, a day's (--day), or a station's share of "
        "a day's (--station)",
    )
    picks.add_argument("orders", metavar="ORDER", nargs="*")
    picks.add_argument(
        "--day",
        type=date.fromisoformat,
        metavar="YYYY-MM-DD",
        help="the orders created that day (the warehouse's time zone)",
    )
    picks.add_argument("--station", help="its share of the day's orders (with --day)")
    slip = documents.add_parser(
        "packing-slip", help="what is in a box, for the customer", parents=[common]
    )
    slip.add_argument("parcel", metavar="PARCEL")
    sheet = documents.add_parser(
        "commands", parents=[common], help="the stations' sheet of command barcodes"
    )
    sheet.add_argument("--station", default="", help="the station named on the sheet")
    for sub in documents.choices.values():
        sub.add_argument("--out", required=True, type=Path, metavar="FILE")
        sub.add_argument("--json", action="store_true", help="say what was written as JSON")

    export = commands.add_parser("export", help="data files for the carrier and the broker")
    exports = export.add_subparsers(dest="export_kind", metavar="KIND", required=True)
    emanifest = exports.add_parser(
        "emanifest",
        help="a sealed load's e-manifest data for the carrier's ACE filing tool",
        parents=[common],
    )
    emanifest.add_argument("load", metavar="LOAD")
    emanifest.add_argument("--out", required=True, type=Path, metavar="FILE")
    emanifest.add_argument("--format", choices=["csv", "json"], default="csv")
    emanifest.add_argument(
        "--draft", action="store_true", help="an open load's too, marked as a draft (not filed)"
    )
    emanifest.add_argument("--json", action="store_true", help="say what was written as JSON")
    cli_filing.add_filing_exports(exports, common)
    for kind, option, metavar, help_text, option_help in (
        (
            "drawback",
            "--month",
            "YYYY-MM",
            "the month's drawback report for the Canadian "
            "broker: units and value exported per SKU, with the import transaction (CSV for "
            "Excel, with a BOM)",
            "the month of the US crossing dates",
        ),
        (
            "records",
            "--day",
            "YYYY-MM-DD",
            "a US day's records for the compliance lead: "
            "parcels, every verdict, decisions, prints and exports (CSV: a zip of three CSV "
            "files, --out NAME.zip)",
            "the US crossing day",
        ),
    ):
        sub = exports.add_parser(kind, parents=[common], help=help_text)
        sub.add_argument(option, required=True, metavar=metavar, help=option_help)
        sub.add_argument("--out", required=True, type=Path, metavar="FILE")
        sub.add_argument("--format", choices=["csv", "json"], default="csv")
        sub.add_argument("--json", action="store_true", help="say what was written as JSON")

    cli_filing.add_record_commands(commands, common)

    settings = commands.add_parser("settings", help="the desk's settings (company, exporter...)")
    settings_commands = settings.add_subparsers(
        dest="settings_command", metavar="ACTION", required=True
    )
    settings_show = settings_commands.add_parser(
        "show", help="every setting and its value", parents=[common]
    )
    setting = settings_commands.add_parser(
        "set", help="set one (audited); VALUE is JSON, or plain text", parents=[common]
    )
    setting.add_argument("key", metavar="KEY")
    setting.add_argument("value", metavar="VALUE")

    user = commands.add_parser("user", help="people who sign in")
    user_commands = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    user_add = user_commands.add_parser(
        "add",
        help="add a user (the first one must be an admin; later ones need an admin: --user); "
        "the new PIN is asked twice (or read from $S321_NEW_PIN, or the next line of standard "
        "input)",
        parents=[common],
    )
    user_add.add_argument("name", metavar="NAME")
    user_add.add_argument(
        "--role", required=True, choices=["packer", "supervisor", "driver", "admin"]
    )
    user_add.add_argument("--badge", help="the badge barcode, if any")

    keys = commands.add_parser(
        "pin-key", help="the secret the stored PINs are keyed with, kept outside the store"
    )
    key_commands = keys.add_subparsers(dest="key_command", metavar="ACTION", required=True)
    key_commands.add_parser(
        "show",
        help="where this machine keeps its PIN key(s), and which key the store's PINs need",
        parents=[common],
    )
    key_export = key_commands.add_parser(
        "export",
        help="write this machine's PIN key(s) to a file readable by you alone: for the "
        "other stations of a shared store, and to keep with the backups",
    )
    key_export.add_argument("--out", required=True, type=Path, metavar="FILE")
    key_import = key_commands.add_parser(
        "import", help="keep the PIN key(s) of a file written by pin-key export on this machine"
    )
    key_import.add_argument("file", type=Path, metavar="FILE")
    key_commands.add_parser(
        "reset",
        parents=[common],
        help="the key is lost: a new one; --user (an administrator) gets a new PIN (asked "
        "twice, or $S321_NEW_PIN), every other PIN is cleared until set again in Settings",
    )

    audit = commands.add_parser("audit", help="the audit trail")
    audit_commands = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = audit_commands.add_parser(
        "verify",
        help="check the hash chain; names the first record that was edited or removed",
        parents=[common],
    )
    verify.add_argument(
        "--head",
        metavar="HEAD",
        help="also check against the head a sealed trip's papers print under 'Audit at seal' "
        "(e.g. 'record 1,234 · 3fa9c2e1d0b4a7f6')",
    )
    verify.add_argument(
        "--against",
        type=Path,
        metavar="BACKUP",
        help="also check that no record the backup saw is missing (an SQLite backup file)",
    )

    backup = commands.add_parser(
        "backup",
        parents=[common],
        help="write a backup of the store (SQLite's online backup, or pg_dump), audited",
    )
    where = backup.add_mutually_exclusive_group(required=True)
    where.add_argument("--out", type=Path, metavar="FILE", help="the backup file to write")
    where.add_argument(
        "--if-due",
        action="store_true",
        help="the backup_schedule setting's backup, if one is due (for a timer)",
    )
    restore = commands.add_parser(
        "restore",
        parents=[common],
        help="replace the store by a backup (the current one is saved first); every station closed",
    )
    restore.add_argument("file", type=Path, metavar="FILE")

    demo = commands.add_parser(
        "demo", help="create (or recreate) the demo database and print its path"
    )
    demo.add_argument("--open", action="store_true", help="then open the desk on it")

    self_test = commands.add_parser(
        "self-test",
        help="check this installation: a store created (or --db migrated), the rules, the demo "
        "orders judged, every document read back, the window opened, the sounds; exit 0 if all "
        "passed",
    )
    self_test.add_argument(
        "--db",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="a database file to create, or to open and migrate (default: a temporary one, "
        "never the store the desk uses)",
    )
    self_test.add_argument(
        "--database-url",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="a shared PostgreSQL database to open and migrate instead",
    )
    # Every command that prints data prints text, or JSON with --json (for scripts).
    for printing_data in (
        fx_set,
        fx_list,
        rules_show,
        pin,
        unpin,
        listing,
        shown,
        create,
        close,
        reopen,
        show,
        settings_show,
        setting,
    ):
        printing_data.add_argument("--json", action="store_true", help=AS_JSON)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    global _DAMAGE_SAID
    _DAMAGE_SAID = False
    args = _desk_arguments(argv) or build_parser().parse_args(argv)
    _log_to_file()
    try:
        return _dispatch(args)
    except ImportRefused as refusal:
        for problem in refusal.problems:
            print(problem, file=sys.stderr)
        print(f"s321-desk: {refusal}{_flag_hint(refusal)}", file=sys.stderr)
        return refusal.exit_code
    except (UserError, StoreError, RuleDataError) as error:
        if hasattr(error, "who_needed"):  # access.SignInNeeded: say how to sign in here
            print(
                f"s321-desk: {error.who_needed()}: give --user NAME (the PIN is asked, or "
                "read from $S321_PIN or standard input)",
                file=sys.stderr,
            )
            return EXIT_USER_ERROR
        print(f"s321-desk: {error}{_flag_hint(error)}", file=sys.stderr)
        return getattr(error, "exit_code", EXIT_USER_ERROR)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (``... | head -1``): what was done is done; nothing to say.
        # Python would complain again when it flushes stdout at exit, so point it nowhere.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141  # as a shell reports a command ended by SIGPIPE
    except OSError as error:  # the machine's state (a full disk, a folder that cannot be written)
        from s321_desk.store.leftovers import asked_for  # the file asked for, not its draft

        where = f"{asked_for(error.filename)}: " if error.filename else ""
        print(
            f"s321-desk: {where}{error.strerror or error}; nothing more was changed",
            file=sys.stderr,
        )
        return EXIT_USER_ERROR
    except Exception as error:
        damaged = store_damaged(error)
        if damaged is not None or _DAMAGE_SAID:
            if not _DAMAGE_SAID:  # the opening said it already, with the way out
                print(f"s321-desk: {damaged} ({RESTORE})", file=sys.stderr)
            else:  # a read of the damaged store failing another way: the damage, said once
                log.warning("on the damaged store: %s", error)
            return EXIT_USER_ERROR
        said = classified(error)  # not a bug: the machine's state, said the one way
        if said is not None:
            print(f"s321-desk: {said.english} ({said.driver_words})", file=sys.stderr)
            return EXIT_USER_ERROR
        log.exception("unexpected error in %s", " ".join(sys.argv))
        print(
            f"s321-desk: unexpected error ({type(error).__name__}: {error}); "
            f"the details are in {log_path()}",
            file=sys.stderr,
        )
        return EXIT_UNEXPECTED


def _desk_arguments(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """The desk's own start (no command: at most the store's and the person's options), read
    without building every command's parser, which the desk's start would wait for; None for
    anything else, which the whole parser reads, refuses or helps with as always."""
    words = sys.argv[1:] if argv is None else list(argv)
    desk = argparse.ArgumentParser(
        add_help=False, allow_abbrev=False, exit_on_error=False, parents=[_common_options()]
    )
    try:
        args, rest = desk.parse_known_args(words)
    except argparse.ArgumentError:  # e.g. --db without its path: the whole parser says so
        return None
    if rest:
        return None
    args.command = None
    return args


# What a service says was given wrong or missing (UserError.field), as this command line asks
# for it: the services speak of a seal number or a reason, the flags are the command line's own.
FLAGS = {
    "seal": "--seal",
    "reason": "--reason",
    "scac": "--scac",
    "arrival": "--arrival",
    "trip": "--trip",
    "status": "--status",
    "co-driver": "--co-driver, --driver",
    "counted-by": "--count, --user NAME",
    "crossing": "--crossing",
    "into": "--into",
    "other": "--other",
    "day": "--day",
    "month": "--month",
    "station": "--station",
    "source": "--source",
    "badge": "--badge",
    "format": "--format",
    "dpi": "--dpi",
    "out": "--out",
    "draft": "--draft",
    "head": "--head",
    "sealed": "s321-desk load close TRIP",
    "crew": "s321-desk load crew TRIP --driver NUMBER --truck UNIT",
    "fx-rate": "s321-desk fx set CURRENCY RATE --from YYYY-MM-DD",
    "prior-notice": "s321-desk parcels prior-notice PARCEL NUMBER",
    "pin-key": "s321-desk pin-key export there, pin-key import here; or s321-desk pin-key reset",
    "hazmat-contact": 's321-desk settings set hazmat_contact \'{"name": "...", "phone": "..."}\'',
    "driver-records": "s321-desk driver list",
    "setting": "s321-desk settings set KEY VALUE; see s321-desk settings show",
    "decision": "s321-desk parcels show PARCEL, then s321-desk decide",
}
RESTORE = "s321-desk restore BACKUP"  # a damaged store's way out, as the command line gives it


def _flag_hint(error: BaseException) -> str:
    """`` (--seal)`` after a service's refusal of what a flag gives, `` (s321-desk load close
    TRIP)`` after one of what a command does first; nothing otherwise."""
    fields = (getattr(error, "field", None) or "").split(",")
    hints = [FLAGS[field] for field in fields if field in FLAGS]
    return f" ({'; '.join(hints)})" if hints else ""


class CommandLineError(UserError):
    """The command line names no usable store (exit 2, as argparse's own refusals)."""

    exit_code = 2


def _dispatch(args: argparse.Namespace) -> int:
    try:
        target = chosen_store(getattr(args, "db", None), getattr(args, "database_url", None))
    except ValueError as error:
        raise CommandLineError(str(error)) from None
    if args.command is None:
        return _gui(target)
    if args.command == "demo":
        from s321_desk.services.admin.demo import create_demo_database

        path = create_demo_database()
        print(path)
        return _gui(path) if args.open else 0
    if args.command == "check":
        return _check(args.input)
    if args.command == "self-test":
        return _self_test(args)
    return COMMANDS[args.command](args, target)


def _import(args: argparse.Namespace, target: StoreTarget) -> int:
    from s321_desk.services.files.catalog_import import import_catalog
    from s321_desk.services.files.orders_import import import_orders
    from s321_desk.services.packing.prior_notice import import_prior_notices

    importers: dict[str, Callable[..., object]] = {
        "catalog": import_catalog,
        "orders": import_orders,
        "prior-notices": import_prior_notices,
    }
    importer = importers[args.kind]
    with _opened(target, args) as store:
        summary = importer(store.engine, args.file)
    if args.json:
        print(json.dumps(summary.as_dict()))  # type: ignore[attr-defined]
    else:
        print(summary.sentence())  # type: ignore[attr-defined]
    return 0


def _check(source: str) -> int:
    from s321_desk.domain.rules import load_rulebook
    from s321_desk.paths import resource
    from s321_desk.services.judging.check import read_input, run_check

    output = run_check(read_input(source), load_rulebook(resource("rules")))
    json.dump(output, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


def _self_test(args: argparse.Namespace) -> int:
    from s321_desk.selftest import run_self_test

    db, url = getattr(args, "db", None), getattr(args, "database_url", None)
    # Only a store named on its own command line; else a temporary one, never the user's.
    target = chosen_store(db, url) if db or url else None
    return 0 if run_self_test(target, sys.stdout) else EXIT_USER_ERROR


def _fx(args: argparse.Namespace, target: StoreTarget) -> int:
    from datetime import date

    from s321_desk.services.admin.rules_and_rates import list_fx_rates, set_fx_rate

    writes = args.fx_command == "set"
    with _opened(target) as store, _action(store, args, immediate=writes) as uow:
        if writes:
            try:
                valid_from = date.fromisoformat(args.valid_from)
            except ValueError:
                raise UserError(f"--from: {args.valid_from!r} is not a date (YYYY-MM-DD)") from None
            entered = set_fx_rate(uow, args.currency, args.rate, valid_from, args.source)
            if args.json:
                print(
                    json.dumps(
                        {
                            "currency": entered.currency,
                            "rate_to_usd": str(entered.rate_to_usd),
                            "valid_from": str(entered.valid_from),
                            "rejudged": entered.rejudged.sentence(),
                        }
                    )
                )
                return 0
            print(f"1 {entered.currency} = {entered.rate_to_usd} USD from {entered.valid_from}")
            print(entered.rejudged.sentence())
        else:
            rates = list_fx_rates(uow)
            if args.json:
                print(
                    json.dumps(
                        [
                            {
                                "currency": r.currency,
                                "valid_from": str(r.valid_from),
                                "rate_to_usd": str(r.rate_to_usd),
                                "source": r.source,
                            }
                            for r in rates
                        ],
                        ensure_ascii=False,
                    )
                )
                return 0
            for rate in rates:
                print(f"{rate.currency}  from {rate.valid_from}  {rate.rate_to_usd}  {rate.source}")
    return 0


def _rules(args: argparse.Namespace, target: StoreTarget) -> int:
    from datetime import UTC, datetime

    from s321_desk.services.admin.rules_and_rates import pin_rules, rules_status

    writes = args.rules_command != "show"
    with _opened(target) as store, _action(store, args, immediate=writes) as uow:
        if not writes:
            status = rules_status(uow, datetime.now(UTC))
        else:
            instant = None
            if args.rules_command == "pin":
                try:
                    instant = datetime.fromisoformat(args.instant)
                except ValueError:
                    raise UserError(f"{args.instant!r} is not an ISO 8601 instant") from None
            status = pin_rules(uow, instant, args.reason)
        if args.json:
            print(
                json.dumps(
                    {
                        "regime": status.regime,
                        "regime_basis": status.regime_basis,
                        "pinned_as_of": status.pinned_as_of.isoformat()
                        if status.pinned_as_of
                        else None,
                        "pin_reason": status.pin_reason,
                        "version": status.version,
                        "rejudged": status.rejudged.sentence() if status.rejudged else None,
                    },
                    ensure_ascii=False,
                )
            )
            return 0
        print(status.sentence())
        if status.rejudged is not None:
            print(status.rejudged.sentence())
    return 0


def _instant_arg(name: str, text: str | None) -> datetime | None:
    if text is None:
        return None
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise UserError(f"{name}: {text!r} is not an ISO 8601 instant") from None
    if value.tzinfo is None:
        raise UserError(f"{name}: {text!r} has no UTC offset")
    return value


def _pack(args: argparse.Namespace, target: StoreTarget) -> int:
    from decimal import Decimal, InvalidOperation

    from s321_desk.services.lookup.parcel_views import parcel_view
    from s321_desk.services.packing.pack import pack_order

    crossing = _instant_arg("--crossing", args.crossing)
    rules_as_of = _instant_arg("--rules-as-of", args.rules_as_of)
    try:
        weight = None if args.weight is None else Decimal(args.weight)
    except InvalidOperation:
        raise UserError(f"--weight: {args.weight!r} is not a number of kg") from None
    counts = _counts_arg(args.count or [])
    user = getattr(args, "user", None)
    if counts and user is None:
        raise UserError(
            "--count: a supervisor counts the items: give --user NAME (the PIN is "
            "asked, or read from $S321_PIN or standard input)"
        )
    pin = read_pin(user) if user is not None else None
    with _opened(target, args, pin=pin) as store:
        closed = pack_order(
            store.engine,
            args.order,
            items=args.items,
            counts=counts,
            counted_by=(user, pin) if counts and user and pin else None,
            station=args.station,
            weight_kg=weight,
            crossing=crossing,
            port_code=args.port,
            rules_as_of=rules_as_of,
        )
        with one_action(store.engine) as uow:  # the parcel as the pack left it
            view = parcel_view(uow, str(closed.parcel.parcel_id)).as_dict()
            view["reevaluated"] = [
                parcel_view(uow, str(other.parcel_id)).parcel_id for other in closed.others
            ]
    if args.json:
        print(json.dumps(view, ensure_ascii=False))
    else:
        decision = "; NEEDS A DECISION" if view["needs_decision"] else ""
        print(f"{view['parcel_id']} ({view['order']}): {view['route']}{decision}")
        for code in view["codes"]:
            print(f"  {code['severity'].upper():5} {code['code']}: {code['message']}")
    return 0


def _counts_arg(words: list[str]) -> dict[int, int | None]:
    """``--count 2 3=4``: line 2, all of it still to pack; line 3, four items."""
    counts: dict[int, int | None] = {}
    for word in words:
        line, _, quantity = word.partition("=")
        if not line.isdigit() or int(line) < 1 or (quantity and not quantity.isdigit()):
            raise UserError(
                f"--count: {word!r} is not LINE or LINE=QUANTITY (e.g. 2, or 2=3: three items "
                "of the order's line 2)"
            )
        if int(line) in counts:
            raise UserError(f"--count: line {line} given twice")
        counts[int(line)] = int(quantity) if quantity else None
    return counts


def _decide(args: argparse.Namespace, target: StoreTarget) -> int:
    from s321_desk.services.lookup.parcel_views import parcel_view
    from s321_desk.services.supervision.decisions import decide

    crossing = _instant_arg("--crossing", args.crossing)
    user = _needed_user(args, "a decision needs a supervisor")
    with _opened(target) as store:
        pin = read_pin(user)
        # One transaction: the PIN's check, the decision and the parcels as it left them.
        with one_action(store.engine, immediate=True) as uow:
            decided = decide(
                uow,
                args.parcel,
                args.action,
                user=user,
                pin=pin,
                reason=args.reason,
                crossing=crossing,
                into=args.into,
                other=args.other,
            )
            view = parcel_view(uow, decided.parcel).as_dict()
            view["decided_by"] = decided.by
            view["reevaluated"] = sorted(
                {parcel_view(uow, str(e.parcel_id)).parcel_id for e in decided.evaluated}
                - {decided.parcel}
            )
    if args.json:
        print(json.dumps(view, ensure_ascii=False))
    else:
        state = "needs a decision" if view["needs_decision"] else "clear"
        print(
            f"{decided.parcel}: {args.action} by {decided.by}; now {view['status']}, "
            f"{view['route']}, {state}"
        )
        # The box needs its tag: nobody hunts for it.
        if args.action in (DecisionAction.HOLD, DecisionAction.DEFER):
            deferred = " --deferred" if args.action == DecisionAction.DEFER else ""
            print(
                f"  tag the box: s321-desk print hold-tag {decided.parcel}{deferred} "
                f"--user {shlex.quote(decided.by)} --out FILE"
            )
    return 0


def _load(args: argparse.Namespace, target: StoreTarget) -> int:
    from s321_desk.services.loads import trips

    signing = args.load_command in ("close", "reopen")  # they sign with the PIN themselves
    with _opened(target, None if signing else args) as store:
        action = args.load_command
        if action == "list":
            return cli_filing.run_load_list(args, store.engine)
        user = pin = ""
        if action == "close":
            user = _needed_user(args, "sealing a load needs a driver or a supervisor")
            pin = read_pin(user)
        elif action == "reopen":
            user = _needed_user(args, "reopening a load needs a supervisor")
            pin = read_pin(user)
        # One transaction for the command: its PIN's check, its writes and what it shows.
        writes = action != "show"
        with one_action(store.engine, immediate=writes, durable=action == "close") as uow:
            if action == "create":
                arrival = _instant_arg("--arrival", args.arrival)
                assert arrival is not None
                view = trips.create_load(
                    uow,
                    scac=args.scac,
                    port_code=args.port,
                    arrival=arrival,
                    crew=cli_filing.crew_choice(args),
                    trip_number=args.trip,
                )
            elif action == "crew":
                view = trips.set_crew(uow, args.load, cli_filing.crew_choice(args))
            elif action == "add":
                view = trips.add_parcels(uow, args.load, args.parcels)
            elif action == "remove":
                view = trips.remove_parcels(uow, args.load, args.parcels)
            elif action == "close":
                view = trips.close_load(uow, args.load, seal=args.seal, user=user, pin=pin)
            elif action == "reopen":
                view = trips.reopen_load(uow, args.load, reason=args.reason, user=user, pin=pin)
            else:
                view = trips.show_load(uow, args.load)
    print(json.dumps(view.as_dict(), ensure_ascii=False) if args.json else _load_text(view))
    return 0


def _load_text(view: Any) -> str:
    """``Trip ABCD000001 open: port 3004, arriving ...; 2 parcel(s): P1, P2 (1 needs ...)``."""
    sealed = f" SEALED {view.seal}" if view.seal else f" {view.status}"
    waiting = (
        f"; {len(view.needing_decision)} need(s) a decision: {', '.join(view.needing_decision)}"
        if view.needing_decision
        else ""
    )
    parcels = ", ".join(view.parcels) or "none"
    return (
        f"Trip {view.trip_number}{sealed}: {view.scac}, port {view.port}, arriving "
        f"{view.planned_arrival} (US day {view.us_day}), driver {view.driver or 'none yet'}; "
        f"{len(view.parcels)} parcel(s): {parcels}{waiting}"
    )


def _parcel_lines(view: dict[str, Any]) -> list[str]:
    """A parcel as text: its id, order, route (and whether it needs a decision), then each code."""
    decision = "; NEEDS A DECISION" if view["needs_decision"] else ""
    return [
        f"{view['parcel_id']} ({view['order']}): {view['status']}, route {view['route']}{decision}"
    ] + [
        f"  {code['severity'].upper():5} {code['code']}: {code['message']}"
        for code in view["codes"]
    ]


def _parcels(args: argparse.Namespace, target: StoreTarget) -> int:
    from datetime import date

    from s321_desk.services.lookup.parcel_views import list_parcels

    if args.parcels_command == "prior-notice":
        with _opened(target, args) as store:
            return cli_filing.run_prior_notice(args, store.engine)
    if args.parcels_command == "show":
        from s321_desk.services.lookup.parcel_views import parcel_view, related_parcels

        with _opened(target, args) as store, one_action(store.engine) as uow:
            view = parcel_view(uow, args.parcel).as_dict()
            view["related"] = related_parcels(uow, args.parcel)
        if args.json:
            print(json.dumps(view, ensure_ascii=False, indent=1))
        else:
            print("\n".join(_parcel_lines(view)))
            for other in view["related"]:
                print(f"  bears on {other['parcel_id']}: {other['relation']}")
        return 0
    try:
        day = None if args.day is None else date.fromisoformat(args.day)
    except ValueError:
        raise UserError(f"--day: {args.day!r} is not a date (YYYY-MM-DD)") from None
    with _opened(target, args) as store, one_action(store.engine) as uow:
        views = list_parcels(uow, day=day, needs_decision=args.needs_decision)
    if args.json:
        print(json.dumps([v.as_dict() for v in views], ensure_ascii=False, indent=1))
    else:
        for each in views:
            print(_parcel_lines(each.as_dict())[0])
        print(f"{len(views)} parcel(s)")
    return 0


def _print(args: argparse.Namespace, target: StoreTarget) -> int:
    from s321_desk.services.papers import to_file

    with _opened(target, args) as store:
        if args.document in ("pick-tickets", "packing-slip", "commands"):
            from s321_desk.services.packing import pick_tickets

            # One transaction: the paper read, its print audited.
            with one_action(store.engine, immediate=True) as uow:
                if args.document == "pick-tickets":
                    printed = pick_tickets.print_pick_tickets(
                        uow, args.out, day=args.day, station=args.station, orders=args.orders
                    )
                elif args.document == "packing-slip":
                    printed = pick_tickets.print_packing_slip(uow, args.parcel, args.out)
                else:
                    printed = pick_tickets.print_command_sheet(uow, args.out, args.station)
        elif args.document == "driver-pack":  # seconds of drawing: the lock is not held for it
            printed = to_file.print_driver_pack(store.engine, args.load, args.out)
        else:  # one transaction: the paper read, its print audited
            with one_action(store.engine, immediate=True) as uow:
                if args.document == "label":
                    printed = to_file.print_label(
                        uow, args.parcel, args.out, fmt=args.format, dpi=args.dpi
                    )
                elif args.document == "hold-tag":
                    kind = HoldTag.DEFERRED if args.deferred else None
                    printed = to_file.print_hold_tag(
                        uow, args.parcel, args.out, fmt=args.format, dpi=args.dpi, kind=kind
                    )
                elif args.document == "invoice":
                    printed = to_file.print_invoice(uow, args.parcel, args.out)
                elif args.document == "manifest":
                    printed = to_file.print_manifest(uow, args.load, args.out)
                else:
                    printed = to_file.print_lead_sheet(uow, args.load, args.out)
    print(json.dumps(printed.as_dict()) if args.json else printed.sentence())
    return 0


def _export(args: argparse.Namespace, target: StoreTarget) -> int:
    from s321_desk.services.files.daily_records import export_records, parse_day
    from s321_desk.services.files.drawback import export_drawback, parse_month
    from s321_desk.services.filing.emanifest import export_emanifest

    exported: Any
    # A mistyped month or day is said before the store is opened.
    if args.export_kind == "drawback":
        parse_month(args.month)
    elif args.export_kind == "records":
        parse_day(args.day)
    with _opened(target, args) as store:
        if args.export_kind in ("drawback", "records"):
            # Read and audited in one transaction, its commit made before the file is put in
            # place (write_audited): no file without its audit line.
            with UnitOfWork(store.engine, immediate=True) as uow:
                if args.export_kind == "drawback":
                    exported = export_drawback(uow, args.month, args.out, fmt=args.format)
                else:
                    exported = export_records(uow, args.day, args.out, fmt=args.format)
        else:  # a trip's filing: read, written and audited in one transaction
            with one_action(store.engine, immediate=True) as uow:
                if args.export_kind in ("borderconnect", "ace-csv", "entries"):
                    exported = cli_filing.run_filing_export(args, uow)
                else:
                    exported = export_emanifest(
                        uow, args.load, args.out, fmt=args.format, draft=args.draft
                    )
    print(json.dumps(exported.as_dict(), ensure_ascii=False) if args.json else exported.sentence())
    return 0


def _record(args: argparse.Namespace, target: StoreTarget) -> int:
    with _opened(target, args) as store:
        return cli_filing.run_record(args, store.engine)


def _settings(args: argparse.Namespace, target: StoreTarget) -> int:
    from s321_desk.services.admin.settings import all_settings, change_setting

    writes = args.settings_command == "set"
    # One transaction: the PIN's check, the setting changed, the settings shown.
    with _opened(target) as store, _action(store, args, immediate=writes) as uow:
        if writes:
            change_setting(uow, args.key, args.value)
        values = all_settings(uow)
    if args.json:
        shown = {args.key: values[args.key]} if args.settings_command == "set" else values
        print(json.dumps(shown, ensure_ascii=False))
    elif args.settings_command == "set":
        print(f"{args.key} = {json.dumps(values[args.key], ensure_ascii=False)}")
    else:
        for key, value in values.items():
            print(f"{key} = {json.dumps(value, ensure_ascii=False)}")
    return 0


def _user_add(args: argparse.Namespace, target: StoreTarget) -> int:
    from s321_desk.services.admin.users import add_user, pin_checked

    who = getattr(args, "user", None)
    admin_pin = read_pin(who) if who else ""
    pin = _new_pin(args.name)
    with _opened(target) as store, one_action(store.engine, immediate=True) as uow:
        # One transaction: the administrator's PIN checked, the user added.
        if who:
            with pin_checked(uow, who, admin_pin, "admin", station=_station()) as by:
                person = add_user(uow, args.name, args.role, pin, badge=args.badge, by=by)
        else:  # the store's first user
            person = add_user(uow, args.name, args.role, pin, badge=args.badge)
    print(f"{person.name} added as {person.role} (user {person.id}).")
    return 0


def _pin_key(args: argparse.Namespace, target: StoreTarget) -> int:
    from s321_desk.services.admin import pin_key

    if args.key_command == "export":
        ring = pin_key.export_keys(args.out)
        print(
            f"{len(ring)} PIN key(s) written to {args.out} (readable by you alone): import it "
            "on each station of the store, and keep it with the backups"
        )
        return 0
    if args.key_command == "import":
        kept = pin_key.import_keys(args.file)
        print(f"{len(kept)} PIN key(s) kept on this machine: {', '.join(kept)}")
        return 0
    from s321_desk.services.admin.users import reset_pin_key, store_key_ids

    with _opened(target) as store:
        if args.key_command == "reset":
            admin = _needed_user(
                args, "resetting the PIN key names the administrator who keeps a PIN"
            )
            new_pin = _new_pin(admin)
            with one_action(store.engine, immediate=True) as uow:  # one transaction
                row = reset_pin_key(uow, admin, new_pin, station=_station())
                cleared = store_key_ids(uow).cleared
            print(
                f"A new PIN key is kept on this machine ({pin_key.load_keys().where}); "
                f"{row.name} signs in with the new PIN; {cleared} other PIN(s) cleared: give "
                "each user a new one in Settings > Users. Export the new key to the other "
                "stations and keep it with the backups (s321-desk pin-key export)."
            )
            return 0
        with one_action(store.engine) as uow:
            used = store_key_ids(uow)
    ring = pin_key.load_keys()
    print(f"PIN keys on this machine: {', '.join(ring) or 'none yet'} ({ring.where})")
    if used.keys:
        have = [key for key in used.keys if key in ring]
        state = "this machine has it" if have else "this machine DOES NOT have it"
        print(f"this store's PINs are keyed with {', '.join(used.keys)}: {state}")
    else:
        print("this store has no keyed PIN yet")
    return 0


def _audit_verify(args: argparse.Namespace, target: StoreTarget) -> int:
    from s321_desk.services.kernel.audit_anchor import check_trail, parse_head

    anchor = None
    if args.against is not None:
        from s321_desk.services.admin.backup import check_backup

        _revision, anchor = check_backup(args.against)
    paper = parse_head(args.head) if args.head else None
    with _opened(target, args) as store:
        report = check_trail(store, anchor, paper)
    if not report.intact:
        print(f"s321-desk: {store.label}: {report.problem}", file=sys.stderr)
        return EXIT_USER_ERROR
    against = f"; all {anchor.records} seen by {args.against.name} there" if anchor else ""
    if paper is not None:
        against += f"; the papers' record {paper.records:,} is in it"
    if report.verdicts:
        against += f"; {report.verdicts:,} verdict(s) as their audit records hashed them"
    if report.parcels:
        against += f"; {report.parcels:,} parcel(s) as the last audit record writing each hashed it"
    if report.parcels_uncovered:
        uncovered = report.parcels_uncovered
        against += f"; {uncovered:,} parcel(s) written before the desk hashed them, not covered"
    print(f"{report.records} audit record(s), chain intact{against}.")
    if report.unanchored:
        print(
            "s321-desk: warning: no head kept outside the store (an anchor of this machine, "
            "a backup, a sealed trip's papers) to check the trail's end against: records "
            "removed from its end would not show; give --against BACKUP or --head "
            "with the 'Audit at seal' of a sealed trip's papers",
            file=sys.stderr,
        )
    return 0


def _backup(args: argparse.Namespace, target: StoreTarget) -> int:
    from s321_desk.services.admin.backup import backup_if_due, backup_store

    with _opened(target, args) as store:
        made = backup_if_due(store) if args.if_due else backup_store(store, args.out)
    if made is None:
        print("No backup due (see the backup_schedule setting).")
    else:
        print(
            f"Backup {made.path}: schema {made.revision}, {made.head.records} audit "
            f"record(s), SHA-256 {made.sha256}"
        )
        print(
            "The PIN key is not in it: keep a copy of the key with the backups "
            "(s321-desk pin-key export --out FILE)."
        )
    return 0


def _restore(args: argparse.Namespace, target: StoreTarget) -> int:
    from s321_desk.services.admin.backup import restore_store
    from s321_desk.store.database import store_label

    by = None
    if getattr(args, "user", None):
        with _opened(target, args) as store:  # signed in on the store being replaced
            by = _signed_as(store)
    restored = restore_store(target, args.file, label=store_label(target), by=by)
    saved = restored.saved_copy
    saved_text = f"; the store as it was is saved at {saved}" if saved else ""
    print(
        f"Restored {store_label(target)} from {args.file} ({restored.head.records} audit "
        f"record(s)){saved_text}."
    )
    return 0


@contextmanager
def _opened(
    target: StoreTarget, args: argparse.Namespace | None = None, *, pin: str | None = None
) -> Iterator[Store]:
    """The store for one command, disposed of afterwards whatever happens; its writes done by
    the person ``--user`` names, signed in with their PIN."""
    from dataclasses import replace

    from s321_desk.services.kernel.actor import acting_as

    store = _open(target)
    try:
        person = _signed_in(store, args, pin)
        yield store if person is None else replace(store, engine=acting_as(store.engine, person))
    finally:
        store.dispose()


def _signed_in(
    store: Store, args: argparse.Namespace | None, pin: str | None = None
) -> Person | None:
    """The person ``--user`` names, signed in with the PIN read (counted as at the desk)."""
    from s321_desk.services.admin.users import sign_in

    who = getattr(args, "user", None)
    if who is None:
        return None
    pin = pin or read_pin(who)
    with one_action(store.engine, immediate=True) as uow:
        return sign_in(uow, who, pin, station=_station())


@contextmanager
def _action(
    store: Store, args: argparse.Namespace, *, immediate: bool = False
) -> Iterator[UnitOfWork]:
    """A command's one action, one transaction, done by the person ``--user`` names (if any),
    signed in with their PIN inside it: a wrong PIN's count stays when the command is refused
    (services/admin/users.py ``pin_checked``). The PIN is read before the action opens: no
    lock is held while a person types it."""
    from s321_desk.services.admin.users import pin_checked
    from s321_desk.services.kernel.actor import Actor
    from s321_desk.store.uow import ACTOR_KEY

    who = getattr(args, "user", None)
    if who is None:
        with one_action(store.engine, immediate=immediate) as uow:
            yield uow
        return
    pin = read_pin(who)
    with (
        one_action(store.engine, immediate=True) as uow,
        pin_checked(uow, who, pin, station=_station()) as person,
    ):
        uow.session.info[ACTOR_KEY] = Actor(person)  # its writes are theirs
        yield uow


def _station() -> str:
    import socket

    from s321_desk.store.columns import column_limit
    from s321_desk.store.models import AuditEntry

    return f"cli@{socket.gethostname()}"[: column_limit(AuditEntry, "station")]


PIN_LINE_BYTES = 256  # a PIN read from standard input: one short line, never more


def read_pin(who: str, *, variable: str = "S321_PIN", prompt: str = "PIN for {who}: ") -> str:
    """A PIN from ``$variable``, else typed at the terminal (not echoed), else the next line of
    standard input (scripts): never from the command line, which ``ps`` and the shell's
    history keep."""
    pin = os.environ.get(variable)
    if pin is None:
        if sys.stdin is not None and sys.stdin.isatty():
            pin = getpass.getpass(prompt.format(who=who))
        else:
            line = sys.stdin.buffer.readline(PIN_LINE_BYTES) if sys.stdin is not None else b""
            pin = line.decode("utf-8", "replace").rstrip("\r\n")
    if not pin:
        raise UserError(
            f"no PIN for {who}: type it when asked, or give it in ${variable} or on a line of "
            "standard input"
        )
    return pin


_DAMAGE_SAID = False  # this process said its store is damaged when it opened it


def _open(target: StoreTarget) -> Store:
    from s321_desk.services.admin.users import key_stored_pins

    store = open_store(target)
    if store.damaged is not None:  # read-only: said once; a write refused says it again
        global _DAMAGE_SAID
        _DAMAGE_SAID = True  # a read the damage stops is not said twice
        print(f"s321-desk: {store.damaged.english} ({RESTORE})", file=sys.stderr)
        return store
    try:
        key_stored_pins(store.engine)  # an older store's plain PIN hashes, keyed now
    except Exception:
        store.dispose()
        raise
    if store.migration_backup is not None:
        print(
            f"s321-desk: database upgraded; a copy from before is at {store.migration_backup}",
            file=sys.stderr,
        )
    return store


def _signed_as(store: Store) -> Person | None:
    from s321_desk.services.kernel.actor import ACTOR_OPTION

    actor = store.engine.get_execution_options().get(ACTOR_OPTION)
    return getattr(actor, "person", None)


def _needed_user(args: argparse.Namespace, what: str) -> str:
    user: str | None = getattr(args, "user", None)
    if not user:
        raise UserError(
            f"{what}: give --user NAME (the PIN is asked, or read from $S321_PIN or standard input)"
        )
    return user


def _new_pin(name: str) -> str:
    """The new user's PIN: typed twice at the terminal, or $S321_NEW_PIN, or the next line of
    standard input."""
    if "S321_NEW_PIN" not in os.environ and sys.stdin is not None and sys.stdin.isatty():
        first = getpass.getpass(f"New PIN for {name}: ")
        if getpass.getpass(f"New PIN for {name} again: ") != first:
            raise UserError("the two PINs typed differ; nothing was changed")
        return first
    return read_pin(name, variable="S321_NEW_PIN")


# The services the desk's window uses from its start (the station, the warnings, the status
# bar and the first-run checklist), with everything they import: the store's models, the
# domain, SQLModel. The other services (the exports, the filing, the imports, the backups, the
# papers...) are imported when they are first needed. tests/test_gui_start.py keeps the
# list whole and without a module the start does not use.
GUI_START_SERVICES = (
    "s321_desk.services.admin.first_run",
    "s321_desk.services.kernel.handle",
    "s321_desk.services.packing.dispatch",
    "s321_desk.services.packing.station",
    "s321_desk.services.papers.printer_check",
    "s321_desk.services.supervision.decisions",
    "s321_desk.services.supervision.warnings",
)


def _gui(target: StoreTarget) -> int:
    # The cyclic garbage collector waits while the desk's modules and its first window are
    # made: what they make stays for the whole session, and the collections it would run
    # meanwhile (some eighty) free next to nothing (fifty objects). app.run_gui resumes it
    # once the window is shown.
    gc.disable()
    try:
        # WORKAROUND: once imported, PySide6 reads the source of every module imported after
        # it (shiboken's feature_imported hook, https://github.com/napari/napari/issues/8584),
        # so the services the window starts with, with the store's models, come first.
        for service in GUI_START_SERVICES:
            importlib.import_module(service)
        from s321_desk.app import run_gui

        return run_gui(target)
    finally:
        gc.enable()  # (run_gui has, unless it failed before the window was shown)


def _log_to_file() -> None:
    """Send the ``s321_desk`` log to the data folder's log file (once per data folder)."""
    target = str(log_path())
    for handler in list(log.handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            if handler.baseFilename == target:
                return
            log.removeHandler(handler)
            handler.close()
    try:
        handler = logging.handlers.RotatingFileHandler(
            target, maxBytes=5_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError as error:
        print(f"s321-desk: warning: cannot write the log file ({error})", file=sys.stderr)
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)


COMMANDS: dict[str, Callable[[argparse.Namespace, StoreTarget], int]] = {
    "import": _import,
    "fx": _fx,
    "rules": _rules,
    "pack": _pack,
    "parcels": _parcels,
    "decide": _decide,
    "load": _load,
    "print": _print,
    "export": _export,
    "settings": _settings,
    "user": _user_add,
    "audit": _audit_verify,
    "pin-key": _pin_key,
    "driver": _record,
    "truck": _record,
    "trailer": _record,
    "backup": _backup,
    "restore": _restore,
}
