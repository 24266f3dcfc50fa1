"""Pick tickets, packing slips and the command sheet, from the demo's orders on both backends:
every barcode decoded from the page at 203 dpi, every word read back from its text layer."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pypdfium2
import pytest
import zxingcpp
from sqlmodel import select

from s321_desk.services.admin.settings import set_setting
from s321_desk.services.kernel.errors import UserError
from s321_desk.services.packing.pack import close_parcel, open_parcel, scan_item
from s321_desk.services.packing.pick_tickets import (
    pick_wave,
    print_command_sheet,
    print_pick_tickets,
)
from s321_desk.services.packing.station import order_named
from s321_desk.store.database import Store
from s321_desk.store.models import AuditEntry
from s321_desk.store.uow import UnitOfWork, one_action
from tests.conftest import pin_env, store_args
from tests.services.packing.test_labels import CROSSING, demo  # noqa: F401  (fixture)

DAY = date(2026, 11, 20)


def pages_read(path: Path) -> list[tuple[list[str], str]]:
    """Each page's barcodes (decoded at 203 dpi, top to bottom) and its text."""
    document = pypdfium2.PdfDocument(path)
    read = []
    for page in document:
        found = zxingcpp.read_barcodes(page.render(scale=203 / 72).to_pil())
        found = sorted(found, key=lambda r: (r.position.top_left.y, r.position.top_left.x))
        read.append(([r.text for r in found], page.get_textpage().get_text_range()))
    document.close()
    return read


def test_a_days_pick_tickets_decode_and_read_back(demo: Store, tmp_path: Path) -> None:  # noqa: F811
    with one_action(demo.engine) as work:
        wave = pick_wave(work, day=DAY)
    assert wave.tickets and all(t.sold == DAY for t in wave.tickets)
    with one_action(demo.engine, immediate=True) as work:
        printed = print_pick_tickets(work, tmp_path / "wave.pdf", day=DAY)
    pages = pages_read(tmp_path / "wave.pdf")
    assert len(pages) >= len(wave.tickets)
    by_order = {}
    for barcodes, text in pages:
        order = barcodes[0]  # the order's barcode first, at the top of its page
        by_order.setdefault(order, []).append((barcodes[1:], text))
    for ticket in wave.tickets:
        assert ticket.scan in by_order, ticket.order
        ((items, text),) = by_order[ticket.scan]  # one page each: the demo's orders are short
        assert f"Order {ticket.order}" in text and "PICK TICKET" in text
        assert items == [line.barcode for line in ticket.lines if line.barcode]
        skus = [line.sku for line in ticket.lines if line.sku]
        assert skus == sorted(skus)  # in picking order
        positions = [text.index(sku) for sku in skus]
        assert positions == sorted(positions)
        flat = " ".join(text.split())  # wrapped descriptions: lines joined by a space
        for line in ticket.lines:
            assert line.description in flat, line.description
        # the station opens the order's parcel from what the barcode holds
        with one_action(demo.engine) as work:
            assert order_named(work, ticket.scan) == ticket.order
    with UnitOfWork(demo.engine) as uow:
        audit = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.action == "print.pick-tickets")
        ).one()
    assert json.loads(audit.details)["sha256"] == printed.sha256


def test_a_ticket_lists_what_is_left_to_pick(demo: Store) -> None:  # noqa: F811
    with one_action(demo.engine, immediate=True) as uow:
        parcel = open_parcel(uow, "#1158", station="DEMO-1")
    with one_action(demo.engine, immediate=True) as uow:
        scan_item(uow, parcel, "CRM-FACE-50")  # one of two face creams packed
    with one_action(demo.engine) as uow:
        (ticket,) = pick_wave(uow, orders=["1158"]).tickets
    left = {line.sku: line.quantity for line in ticket.lines}
    assert left == {"CRM-FACE-50": 1, "LIP-MAT-RBY": 1, "PRF-EDP-50": 3}
    for sku in ("CRM-FACE-50", "LIP-MAT-RBY", "PRF-EDP-50", "PRF-EDP-50", "PRF-EDP-50"):
        with one_action(demo.engine, immediate=True) as uow:
            scan_item(uow, parcel, sku)
    with one_action(demo.engine, immediate=True, durable=True) as uow:
        close_parcel(uow, parcel, crossing=CROSSING, port_code="3004")
    with one_action(demo.engine) as uow:
        assert "#1158" not in [t.order for t in pick_wave(uow, day=DAY).tickets]


def test_a_stations_share_of_a_day(demo: Store) -> None:  # noqa: F811
    with UnitOfWork(demo.engine) as uow:
        set_setting(uow.session, "stations", {"DOCK-1": {}, "DOCK-2": {}})
        uow.commit()
    with one_action(demo.engine) as work:
        whole = [t.order for t in pick_wave(work, day=DAY).tickets]
    with one_action(demo.engine) as work:
        shares = [
            [t.order for t in pick_wave(work, day=DAY, station=s).tickets]
            for s in ("DOCK-1", "DOCK-2")
        ]
    assert sorted(shares[0] + shares[1]) == sorted(whole) and shares[0] and shares[1]
    assert not set(shares[0]) & set(shares[1])
    with pytest.raises(UserError, match=r"DOCK-9.* is not in the stations setting"):
        with one_action(demo.engine) as work:
            pick_wave(work, day=DAY, station="DOCK-9")


def test_the_command_sheet_holds_every_command(demo: Store, tmp_path: Path) -> None:  # noqa: F811
    with one_action(demo.engine, immediate=True) as uow:
        print_command_sheet(uow, tmp_path / "commands.pdf", "DOCK-3")
    ((barcodes, text),) = pages_read(tmp_path / "commands.pdf")
    commands = ["CMD-CLOSE", "CMD-UNDO", "CMD-HOLD", "CMD-REPRINT", "CMD-VOID", "CMD-SHORT"]
    assert barcodes == commands
    for word in (*commands, "F12", "F9", "F6", "F7", "F8", "DOCK-3"):
        assert word in text


def test_the_print_commands(demo: Store, tmp_path: Path) -> None:  # noqa: F811
    def cli(*words: str) -> dict[str, object]:
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "s321_desk",
                *store_args(demo),
                *words,
                "--json",
                "--user",
                "Pat Packer",
            ],
            capture_output=True,
            text=True,
            check=True,
            env=pin_env("1111"),
        )
        return json.loads(done.stdout)

    said = cli("print", "pick-tickets", "1158", "#1176", "--out", str(tmp_path / "p.pdf"))
    assert said["document"] == "pick-tickets"
    read = pages_read(tmp_path / "p.pdf")
    assert [b[0] for b, _ in read] == ["1158", "1176"]
    # each page says which ticket of the wave it is: a dropped stack goes back in order
    assert ["ticket 1 of 2" in read[0][1], "ticket 2 of 2" in read[1][1]] == [True, True]
    cli("print", "commands", "--out", str(tmp_path / "c.pdf"))
    assert pages_read(tmp_path / "c.pdf")[0][0][0] == "CMD-CLOSE"
    with one_action(demo.engine, immediate=True) as uow:
        parcel = open_parcel(uow, "#1176", station="DEMO-1")
    with one_action(demo.engine, immediate=True) as uow:
        scan_item(uow, parcel, "SCF-SLK-FLR")
    with one_action(demo.engine, immediate=True, durable=True) as uow:
        close_parcel(uow, parcel, crossing=CROSSING, port_code="3004")
    cli("print", "packing-slip", "P0000001", "--out", str(tmp_path / "s.pdf"))
    ((barcodes, text),) = pages_read(tmp_path / "s.pdf")
    assert barcodes == ["P0000001"] and "PACKING SLIP" in text and "SCF-SLK-FLR" in text
    assert "178.85" not in text  # no prices on a packing slip
