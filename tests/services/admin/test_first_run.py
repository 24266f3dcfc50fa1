"""The first-run checklist is read from the store: each step turns done by the act that does
it (an administrator, the papers' parties, a carrier, the port, a test label printed on this
station's printer and read back, the users, an FX rate, the catalog, the orders)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pypdfium2
import pytest
from sqlalchemy import select

from s321_desk.services.admin.first_run import STEPS, checklist
from s321_desk.services.admin.rules_and_rates import set_fx_rate
from s321_desk.services.admin.settings import change_settings
from s321_desk.services.admin.users import add_user
from s321_desk.services.kernel.errors import UserError
from s321_desk.services.papers.printer_check import print_test_label
from s321_desk.store.database import Store
from s321_desk.store.models import AuditEntry
from s321_desk.store.uow import UnitOfWork, one_action
from tests.conftest import first_admin
from tests.ui.conftest import seed

COMPANY = {"name": "Maple Border Fulfillment Inc.", "lines": ["6400 Millcreek Dr", "CANADA"]}


def done(store: Store, station: str = "PACK-1") -> dict[str, bool]:
    with one_action(store.engine) as uow:
        return {step.key: step.done for step in checklist(uow, station)}


def details(store: Store, station: str = "PACK-1") -> dict[str, str]:
    with one_action(store.engine) as uow:
        return {step.key: str(step.detail) for step in checklist(uow, station)}


def test_each_step_is_done_by_the_act_that_does_it(store: Store, tmp_path: Path) -> None:
    assert done(store) == dict.fromkeys(STEPS, False)
    assert details(store)["administrator"] == "Create the first administrator (F2)."
    assert details(store)["port"] == (
        "Not chosen yet (the default is 0901 Buffalo-Niagara Falls, NY)."
    )
    admin = first_admin(store)
    assert [k for k, v in done(store).items() if v] == ["administrator"]
    with one_action(store.engine, immediate=True) as work:
        change_settings(work, {"company": COMPANY}, by=admin)
    assert not done(store)["company"]
    assert details(store)["company"] == "Give the US return address (the label's ship-from)."
    with one_action(store.engine, immediate=True) as work:
        change_settings(
            work,
            {
                "us_return_address": ["MBF Returns", "1 Main St", "Champlain NY 12919"],
                "carriers": {"ABCD": "ABCD Transport"},
                "port": "3004",
            },
            by=admin,
        )
    steps = details(store)
    assert steps["company"] == "Maple Border Fulfillment Inc."
    assert steps["carrier"] == "ABCD (ABCD Transport)" and steps["port"] == "3004 Blaine, WA"
    # The printer: set, then tried with a test label (a PDF file while none is set up).
    assert details(store)["printers"] == "Set PACK-1's label printer, then print a test label."
    with one_action(store.engine, immediate=True) as work:
        change_settings(
            work, {"stations": {"PACK-1": {"label_printer": {"kind": "file"}}}}, by=admin
        )
    assert not done(store)["printers"]
    where = Path(print_test_label(store.engine, "PACK-1", tmp_path / "labels"))
    document = pypdfium2.PdfDocument(where.read_bytes())
    page = document[0]
    text = page.get_textpage().get_text_range()
    size = (round(page.get_width()), round(page.get_height()))
    page.close()
    document.close()
    assert "TEST LABEL" in text and "Station: PACK-1" in text and "Printer: file" in text
    assert size == (288, 432)  # 4x6 in
    assert done(store)["printers"] and not done(store, "PACK-2")["printers"]
    with UnitOfWork(store.engine) as uow:
        entry = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.action == "printer.test")
        ).one()
    assert (entry.entity_id, entry.user_id) == ("PACK-1", admin.id)
    with one_action(store.engine, immediate=True) as work:
        add_user(work, "Pat Packer", "packer", "1111", by=admin)
    assert details(store)["users"] == "1 besides the administrators"
    assert details(store)["fx_rates"] == "Enter the CAD to USD rate."
    with one_action(store.engine, immediate=True) as work:
        set_fx_rate(work, "CAD", "0.7312", date(2026, 1, 1), "Bank of Canada", by=admin)
    seed(store)  # the catalog and the orders
    assert done(store) == dict.fromkeys(STEPS, True)
    assert details(store)["orders"] == "5 orders"


def test_a_test_label_to_a_printer_that_does_not_answer_is_said_and_not_counted(
    store: Store, tmp_path: Path
) -> None:
    admin = first_admin(store)
    printer = {"kind": "zpl-socket", "host": "127.0.0.1", "port": 9, "dpi": 203}  # discard
    with one_action(store.engine, immediate=True) as uow:
        change_settings(uow, {"stations": {"PACK-1": {"label_printer": printer}}}, by=admin)
    with pytest.raises(UserError, match=r"127\.0\.0\.1:9"):
        print_test_label(store.engine, "PACK-1", tmp_path)
    assert not done(store)["printers"]
    assert details(store)["printers"] == "Print a test label on PACK-1's label printer."


def test_a_test_label_reaches_a_thermal_printers_socket_as_zpl(
    store: Store, tmp_path: Path
) -> None:
    import socket
    import threading

    received = bytearray()
    server = socket.create_server(("127.0.0.1", 0))

    def printer() -> None:
        connection, _ = server.accept()
        with connection:
            while chunk := connection.recv(4096):
                received.extend(chunk)

    thread = threading.Thread(target=printer)
    thread.start()
    admin = first_admin(store)
    spec = {"kind": "zpl-socket", "host": "127.0.0.1", "port": server.getsockname()[1], "dpi": 300}
    with one_action(store.engine, immediate=True) as uow:
        change_settings(uow, {"stations": {"PACK-1": {"label_printer": spec}}}, by=admin)
    where = print_test_label(store.engine, "PACK-1", tmp_path)
    thread.join(10)
    server.close()
    zpl = received.decode("utf-8")
    assert where == f"socket://127.0.0.1:{spec['port']}"
    assert zpl.startswith("^XA") and zpl.rstrip().endswith("^XZ") and "^PW1200" in zpl
    assert "^FDTEST LABEL^FS" in zpl and "^FDStation: PACK-1^FS" in zpl
    assert done(store)["printers"]
