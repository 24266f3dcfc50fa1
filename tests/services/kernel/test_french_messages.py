"""The services' and the engine's messages in French: a refusal or a code's text is said in the
desk's language where it is shown, with its values filled, and stays English where it is kept
(the audit trail, the check contract, the command line)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import Engine
from sqlmodel import col, select

from s321_desk.domain.findings import Finding
from s321_desk.domain.rules import load_rulebook
from s321_desk.domain.texts import Text, translate
from s321_desk.paths import resource
from s321_desk.services.admin.ports import port
from s321_desk.services.admin.rules_and_rates import check_fx_rate, check_pin_instant
from s321_desk.services.admin.settings import check_printer, check_shape
from s321_desk.services.admin.users import add_user, authorize, set_active, set_role
from s321_desk.services.files.catalog_import import import_catalog
from s321_desk.services.files.drawback import parse_month
from s321_desk.services.files.orders_import import import_orders
from s321_desk.services.judging.check import run_check
from s321_desk.services.kernel.errors import ImportRefused, UserError
from s321_desk.services.kernel.outputs import check_target
from s321_desk.services.loads.trips import add_parcels, create_load, remove_parcels
from s321_desk.services.lookup.history import parcel_history
from s321_desk.services.lookup.parcel_views import parcel_view
from s321_desk.services.packing.pack import (
    ScanRefused,
    close_parcel,
    fill_parcel,
    open_parcel,
    scan_item,
    undo_last_scan,
)
from s321_desk.services.packing.station import NextTruck
from s321_desk.services.papers.printers import send_zpl_socket
from s321_desk.services.supervision.decisions import decide
from s321_desk.services.supervision.warnings import WarningRow
from s321_desk.store.database import Store, StoreError, open_store
from s321_desk.store.models import AuditEntry, ParcelVerdict
from s321_desk.store.uow import UnitOfWork, one_action
from tests.conftest import ROOT, first_admin, write_csv
from tests.ui.french import french as in_french

CATALOG = (
    "sku,description,hts,origin,unit_value,currency,weight_kg,flags,barcode\n"
    "TS-M,Cotton T-shirt M,6109.10.0012,CA,24.50,USD,0.180,,012345678905\n"
    "JKT,Down jacket,6201.40.1010,CA,450.00,USD,1.200,,\n"
)
ORDERS = (
    "Name,Currency,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku,"
    "Shipping Name,Shipping Address1,Shipping Address2,Shipping City,Shipping Zip,"
    "Shipping Province,Shipping Country\n"
    "#1001,USD,2024-06-10 08:00:00 -0700,1,Cotton T-shirt M,24.50,TS-M,John A. Smith,"
    "123 Maple St,Apt 4B,Bellingham,98225,WA,US\n"
    "#1002,USD,2024-06-10 09:00:00 -0700,2,Down jacket,450.00,JKT,Jon Smith,"
    "9 Oak Road,,Bellingham,98225,WA,US\n"
)
CROSSING = datetime(2024, 6, 10, 17, tzinfo=UTC)  # de minimis in force
CASES = ROOT / "tests" / "data" / "rule_cases.json"
OVER_LIMIT = "This parcel for Jon Smith is worth $900.00, over the $800.00 de minimis limit."


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    """The desk's catalogues installed, as its start installs them."""
    with in_french():
        yield


@pytest.fixture
def stocked(sqlite_store: Store, tmp_path: Path) -> Store:
    import_catalog(sqlite_store.engine, write_csv(tmp_path / "c.csv", CATALOG))
    import_orders(sqlite_store.engine, write_csv(tmp_path / "o.csv", ORDERS))
    return sqlite_store


def refusal(call: object, *args: object, **named: object) -> UserError:
    assert callable(call)
    with pytest.raises(UserError) as refused:
        call(*args, **named)
    return refused.value


def refused_action(call: object, engine: Engine, *args: object, **named: object) -> UserError:
    """The refusal of ``call`` run in one user's action on ``engine``."""
    assert callable(call)
    with pytest.raises(UserError) as refused, one_action(engine, immediate=True) as uow:
        call(uow, *args, **named)
    return refused.value


def test_packing_refusals_are_said_in_french_with_their_values(
    stocked: Store, french: None
) -> None:
    engine = stocked.engine
    assert str(refused_action(open_parcel, engine, "#9999")) == (
        "commande '#9999'\xa0: absente de la base de données (importez d'abord les commandes)"
    )
    with one_action(engine, immediate=True) as uow:
        parcel = open_parcel(uow, "#1001")
    unknown = refused_action(scan_item, engine, parcel, "NOPE-1")
    assert isinstance(unknown, ScanRefused)
    assert str(unknown) == "NOPE-1\xa0: code-barres ou SKU inconnu"
    assert str(refused_action(scan_item, engine, parcel, "JKT")) == (
        "JKT (JKT)\xa0: pas dans la commande #1001"
    )
    assert (
        str(refused_action(undo_last_scan, engine, parcel))
        == "rien à défaire\xa0: le colis est vide"
    )
    # The engine's words inside a service's sentence are French too.
    assert str(refused_action(scan_item, engine, parcel, "A" * 270)) == (
        f"balayage {'A' * 40!r}...\xa0: trop long pour être un code (270 caractères, au plus 255)"
    )
    with one_action(engine, immediate=True) as uow:
        scan_item(uow, parcel, "012345678905")
    assert str(refused_action(scan_item, engine, parcel, "TS-M")) == (
        "TS-M (Cotton T-shirt M)\xa0: les 1 sont déjà emballés (surprélèvement)"
    )


def test_a_refusal_keeps_its_english_for_records_and_the_command_line(
    stocked: Store, french: None
) -> None:
    refused = refused_action(open_parcel, stocked.engine, "#9999")
    assert refused.english == "order '#9999': not in the store (import the orders first)"
    assert refused.args == (refused.english,)


def test_without_the_french_catalogues_refusals_are_english(stocked: Store) -> None:
    assert str(refused_action(open_parcel, stocked.engine, "#9999")) == (
        "order '#9999': not in the store (import the orders first)"
    )


def test_a_codes_text_is_shown_in_french_and_stored_in_english(
    stocked: Store, french: None
) -> None:
    with one_action(stocked.engine, immediate=True) as work:
        parcel = open_parcel(work, "#1002")
    fill_parcel(stocked.engine, parcel)
    with one_action(stocked.engine, immediate=True, durable=True) as work:
        closed = close_parcel(work, parcel, crossing=CROSSING, port_code="3004")
    (finding,) = [f for f in closed.parcel.verdict.findings if f.code == "VALUE_OVER_LIMIT"]
    french_text = (
        "Ce colis pour Jon Smith vaut $900.00, au-dessus de la limite de minimis de $800.00."
    )
    assert (str(finding.message), finding.message.english) == (french_text, OVER_LIMIT)
    with UnitOfWork(stocked.engine) as uow:
        stored = uow.session.scalars(select(ParcelVerdict.codes_json)).one()
    (code,) = [c for c in json.loads(stored) if c["code"] == "VALUE_OVER_LIMIT"]
    assert code["message"] == OVER_LIMIT  # what records and exports give
    # What the desk reads back from the store is shown in French again.
    with one_action(stocked.engine) as work:
        (shown,) = [
            c for c in parcel_view(work, str(parcel)).codes if c["code"] == "VALUE_OVER_LIMIT"
        ]
    assert shown["message"] == french_text
    with one_action(stocked.engine) as work:
        (verdict,) = parcel_history(work, str(parcel)).verdicts
    assert [str(f.message) for f in verdict.findings if f.code == "VALUE_OVER_LIMIT"] == [
        french_text
    ]


def test_the_check_contract_stays_english_on_a_french_desk(qapp: QApplication) -> None:
    """The same cases give the same JSON with the French catalogues installed, although the
    French of their codes' texts is there to be shown."""
    rulebook = load_rulebook(resource("rules"))
    english = run_check(CASES.read_text(encoding="utf-8"), rulebook)
    with in_french():
        french = run_check(CASES.read_text(encoding="utf-8"), rulebook)
        messages = {c["message"] for r in french["results"] for c in r["codes"]}
        suspended = translate(
            "Compliance",
            "De minimis is suspended for every country on this crossing date: the parcel "
            "needs a broker's entry.",
        )
        assert str(suspended).startswith("Le de minimis est suspendu")
    assert json.dumps(french) == json.dumps(english)
    assert (
        "De minimis is suspended for every country on this crossing date: the parcel needs a broker's entry."
        in messages
    )


def test_the_check_command_with_french_chosen_prints_the_english_bytes() -> None:
    def check(language: str) -> bytes:
        done = subprocess.run(
            [sys.executable, "-m", "s321_desk", "check", "--input", str(CASES)],
            capture_output=True,
            timeout=60,
            env={**os.environ, "S321_LANGUAGE": language},
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    assert check("fr") == check("en")


def test_a_load_refusal_is_french_problem_by_problem(stocked: Store, french: None) -> None:
    """Each parcel's problem in French, the parcel first as the loads view expects it."""
    with one_action(stocked.engine, immediate=True) as uow:
        load = create_load(uow, scac="ABCD", port_code="3004", arrival=CROSSING)
    with one_action(stocked.engine, immediate=True) as uow:
        first, second = open_parcel(uow, "#1001"), open_parcel(uow, "#1002")
    with one_action(stocked.engine) as uow:
        codes = [parcel_view(uow, str(p)).parcel_id for p in (first, second)]
    refused = refused_action(add_parcels, stocked.engine, load.trip_number, codes)
    assert str(refused) == "; ".join(
        f"{code}: ouvert, ne peut pas être chargé\xa0; fermez-le d'abord à son poste d'emballage"
        for code in codes
    )
    assert refused.english == "; ".join(
        f"{code}: open, cannot be loaded; close it at its packing station first" for code in codes
    )
    assert str(refused_action(remove_parcels, stocked.engine, load.trip_number, codes[:1])) == (
        f"{codes[0]}: pas dans le camion {load.trip_number}"
    )


def test_a_role_refusal_names_the_role_in_french(stocked: Store, french: None) -> None:
    admin = first_admin(stocked)
    with one_action(stocked.engine, immediate=True) as uow:
        add_user(uow, "Pat Packer", "packer", "1111", by=admin)
    assert str(refused_action(authorize, stocked.engine, "Pat Packer", "1111", "supervisor")) == (
        "Pat Packer est emballeur\xa0; il faut un superviseur"
    )
    assert str(refused_action(authorize, stocked.engine, "Pat Packer", "0000", "packer")) == (
        "Pat Packer\xa0: NIP erroné"
    )


def test_the_first_users_refusals_are_french_and_keep_their_english(
    stocked: Store, french: None
) -> None:
    short = refused_action(add_user, stocked.engine, "Ada Admin", "admin", "12")
    assert (str(short), short.english) == ("NIP\xa0: 4 à 20 chiffres", "PIN: 4 to 20 digits")
    admin = first_admin(stocked)
    taken = refused_action(add_user, stocked.engine, "Ada Admin", "admin", "9999", by=admin)
    assert str(taken) == "nom ou badge\xa0: 'Ada Admin' est déjà un utilisateur"
    assert taken.english == "name or badge: 'Ada Admin' is already a user"


def test_an_import_refusal_keeps_its_places_and_says_its_reasons_in_french(
    sqlite_store: Store, tmp_path: Path, french: None
) -> None:
    bad = CATALOG.replace("6109.10.0012", "61").replace("24.50,USD", "-3,USD")
    path = write_csv(tmp_path / "c.csv", bad + "JKT,Again,6201.40.1010,CA,1,USD,1,,\n")
    refused = refusal(import_catalog, sqlite_store.engine, path)
    assert isinstance(refused, ImportRefused)
    assert refused.problems == [
        f"{path}:2: hts: '61' n'est pas un numéro HTS à 10 chiffres (p. ex. 6109.10.0012)",
        f"{path}:2: unit_value: '-3' est négatif",
        f"{path}:4: sku: JKT déjà donné à la ligne 3",
    ]
    assert str(refused) == f"{path}\xa0: refusé, 3 problème(s)\xa0; rien n'a été importé"


def test_a_file_that_cannot_be_written_is_said_in_french(tmp_path: Path, french: None) -> None:
    missing = tmp_path / "nowhere" / "manifest.csv"
    assert str(refusal(check_target, missing)) == (
        f"le fichier de sortie\xa0: le dossier {missing.parent} n'existe pas"
    )
    assert str(refusal(check_target, tmp_path, "Enregistrer en PDF")) == (
        f"Enregistrer en PDF\xa0: {tmp_path} est un dossier\xa0; nommez le fichier à écrire"
    )


def test_a_setting_refused_keeps_its_place_for_the_settings_views(french: None) -> None:
    refused = refusal(check_shape, "arrival_time", "25:00")
    assert str(refused) == (
        "setting arrival_time: '25:00' n'est pas une heure du jour (HH:MM, 00:00 à 23:59)"
    )
    assert refused.english == (
        "setting arrival_time: '25:00' is not a time of day (HH:MM, 00:00 to 23:59)"
    )
    printer = {"kind": "zpl-socket", "host": "10.0.0.9", "port": 0, "dpi": 203}
    assert str(refusal(check_printer, "A, label", printer)) == (
        "A, label.port: un numéro de port TCP (une imprimante thermique écoute sur 9100)"
    )


def test_a_printer_that_refuses_is_said_in_french(french: None) -> None:
    with socket.socket() as probe:  # a port nothing listens on once closed
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    refused = refusal(send_zpl_socket, "127.0.0.1", port, b"^XA^XZ")
    assert str(refused) == (
        f"imprimante 127.0.0.1:{port}\xa0: connexion refusée (est-elle allumée, et le port est-il "
        "le bon\xa0?)"
    )
    assert refused.english == (
        f"printer 127.0.0.1:{port}: connection refused (is it on, and is the port right?)"
    )


def test_the_next_truck_is_said_in_french_whatever_the_c_librarys_locale(
    sqlite_store: Store, french: None
) -> None:
    truck = NextTruck(datetime(2026, 12, 7, 17, tzinfo=UTC), port("3004"))
    assert truck.sentence() == "Prochain camion\xa0: lun. 07 déc. 09:00 PST (3004)"


def test_the_next_truck_in_english() -> None:
    truck = NextTruck(datetime(2026, 12, 7, 17, tzinfo=UTC), port("3004"))
    assert truck.sentence() == "Next truck: Mon 07 Dec 09:00 PST, port 3004"


def test_an_export_refusal_is_said_in_french(french: None) -> None:
    assert str(refusal(parse_month, "2026-13")) == (
        "le mois\xa0: '2026-13' n'est pas un mois (AAAA-MM, p. ex. 2026-11)"
    )


def test_a_pin_outside_the_rule_data_is_said_in_french(french: None) -> None:
    refused = refusal(check_pin_instant, datetime(1990, 1, 1, tzinfo=UTC))
    assert str(refused).startswith("les données des règles n'ont aucun regimes en vigueur au")
    assert refused.english.startswith("the rule data has no regimes in force at 1990-01-01")


def test_the_audit_trail_keeps_what_was_done_in_english_on_a_french_desk(
    stocked: Store, french: None
) -> None:
    admin = first_admin(stocked)
    with one_action(stocked.engine, immediate=True) as work:
        add_user(work, "Sam Super", "supervisor", "2468", by=admin)
    with one_action(stocked.engine, immediate=True) as work:
        parcel = open_parcel(work, "#1002")
    fill_parcel(stocked.engine, parcel)
    with one_action(stocked.engine, immediate=True, durable=True) as work:
        close_parcel(work, parcel, crossing=CROSSING, port_code="3004")
    with one_action(stocked.engine) as work:
        code = parcel_view(work, str(parcel)).parcel_id
    refused = refused_action(authorize, stocked.engine, "Sam Super", "0000", "supervisor")
    assert str(refused) == "Sam Super\xa0: NIP erroné"
    with one_action(stocked.engine, immediate=True) as work:
        decide(work, code, "hold", user="Sam Super", pin="2468", reason="Valeur à vérifier")
    with UnitOfWork(stocked.engine) as uow:
        trail = list(uow.session.scalars(select(AuditEntry).order_by(col(AuditEntry.id))))
    refusal_entry = next(e for e in trail if e.action == "login.refused")
    assert json.loads(refusal_entry.details or "{}")["why"] == "wrong PIN"
    (decision,) = [e for e in trail if e.action == "decision.hold"]
    assert decision.reason == "Valeur à vérifier"  # as the supervisor wrote it
    with one_action(stocked.engine) as work:
        (shown,) = parcel_history(work, code).verdicts[-1:]
    assert any(str(f.message).startswith("Ce colis pour Jon Smith") for f in shown.findings)
    assert all(e.action.isascii() for e in trail)


def test_the_last_administrator_refusals_are_said_in_french(
    sqlite_store: Store, french: None
) -> None:
    admin = first_admin(sqlite_store)
    with one_action(sqlite_store.engine, immediate=True) as uow:
        packer = add_user(uow, "Pat Packer", "packer", "1111", by=admin)
    refused = refused_action(set_role, sqlite_store.engine, "Ada Admin", "driver", by=admin)
    assert str(refused) == (
        "Ada Admin est le dernier administrateur actif et ne peut pas devenir chauffeur\xa0; "
        "faites d'abord d'un autre utilisateur un administrateur"
    )
    assert refused.english == (
        "Ada Admin is the last active administrator and cannot be made a driver; make another "
        "user an administrator first"
    )
    assert str(refused_action(set_active, sqlite_store.engine, "Ada Admin", False, by=packer)) == (
        "activer ou désactiver un utilisateur\xa0: il faut un administrateur\xa0; "
        "Pat Packer est emballeur"
    )


def test_a_warnings_short_reasons_are_said_in_french(french: None) -> None:
    def row(*codes: str, held: bool = False) -> WarningRow:
        findings = tuple(Finding(c, "route", Text.plain(f"{c} in full")) for c in codes)
        return WarningRow(
            key=1,
            parcel_id="P1",
            order="#1",
            recipient="Jon Smith",
            route="T11",
            us_day=date(2024, 6, 10),
            status="held" if held else "closed",
            station="S1",
            closed_at=None,
            held=held,
            findings=findings,
        )

    aggregate = row("RECIPIENT_DAY_SECOND_SHIPMENT", "RECIPIENT_DAY_AGGREGATE", held=True)
    assert aggregate.summary == (
        "retenu par un superviseur; même personne deux fois aujourd'hui, au-dessus de la limite "
        "ensemble"
    )
    assert aggregate.details.splitlines()[0] == "retenu par un superviseur."
    assert row().summary == "acheminement T11\xa0: un superviseur décide"


def test_an_fx_rate_refused_names_its_field_first_and_its_reason_in_french(
    french: None,
) -> None:
    assert str(refusal(check_fx_rate, "XYZ", "1")) == (
        "currency: devise inconnue 'XYZ' (un code ISO 4217 comme CAD ou USD)"
    )
    assert str(refusal(check_fx_rate, "CAD", "-1")) == (
        "rate: '-1' n'est pas un taux plausible vers USD"
    )


def test_a_database_that_cannot_be_opened_is_said_in_french(tmp_path: Path, french: None) -> None:
    """What the desk's start shows in its 'cannot open its database' box; the log and the
    command line keep the English."""
    not_sqlite = tmp_path / "orders.csv"
    not_sqlite.write_text("order_id,sku\n", encoding="utf-8")
    with pytest.raises(StoreError) as refused:
        open_store(not_sqlite)
    assert str(refused.value) == (
        f"{not_sqlite}\xa0: pas une base de données de s321-desk (pas un fichier SQLite)"
    )
    assert refused.value.english == f"{not_sqlite}: not an s321-desk database (not an SQLite file)"
    with pytest.raises(StoreError) as folder:
        open_store(tmp_path)
    assert str(folder.value).endswith("c'est un dossier, pas un fichier de base de données")
