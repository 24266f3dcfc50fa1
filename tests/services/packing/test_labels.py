"""A label is a version of the parcel: a change to what it shows supersedes it, and the truck
refuses the old one (on both backends, from the demo's own orders)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pypdfium2
import pytest
import zxingcpp
from sqlmodel import col, select

from s321_desk.services.admin.demo import fill_demo
from s321_desk.services.admin.rules_and_rates import pin_rules
from s321_desk.services.kernel.errors import UserError
from s321_desk.services.loads.trips import add_parcels, close_load, create_load, remove_parcels
from s321_desk.services.packing.labels import read_scan
from s321_desk.services.packing.pack import close_parcel, fill_parcel, open_parcel
from s321_desk.services.papers.to_file import print_invoice, print_label, print_manifest
from s321_desk.services.supervision.decisions import decide
from s321_desk.store.database import Store
from s321_desk.store.models import AuditEntry, Order, Parcel
from s321_desk.store.uow import UnitOfWork, one_action
from tests.conftest import act_as_named
from tests.crew_records import add_crew, give_prior_notices

CROSSING = datetime(2026, 11, 20, 19, tzinfo=UTC)  # 11:00 at Blaine, the demo's Nov 20


@pytest.fixture
def demo(store: Store) -> Store:
    """The demo's catalog, orders, settings and people in a fresh store of each backend."""
    fill_demo(store)
    return act_as_named(store)


def pack(store: Store, order: str) -> str:
    with one_action(store.engine, immediate=True) as uow:
        parcel = open_parcel(uow, order, station="DEMO-1")
    fill_parcel(store.engine, parcel)
    with one_action(store.engine, immediate=True, durable=True) as uow:
        close_parcel(uow, parcel, crossing=CROSSING, port_code="3004")
    return parcel_row(store, parcel).code


def parcel_row(store: Store, ref: int | str) -> Parcel:
    with UnitOfWork(store.engine) as uow:
        query = select(Parcel).where(
            (col(Parcel.id) == ref) if isinstance(ref, int) else (col(Parcel.code) == ref)
        )
        return uow.session.scalars(query).one()


def sam(store: Store, parcel: str, action: str, **extra: object) -> None:
    with one_action(store.engine, immediate=True) as uow:
        decide(uow, parcel, action, user="Sam Super", pin="2468", reason="story", **extra)  # type: ignore[arg-type]


def label_read(path: Path) -> tuple[str, str]:
    """The label's barcode, decoded from its page at 203 dpi, and its text layer."""
    document = pypdfium2.PdfDocument(path)
    page = document[0]
    found = zxingcpp.read_barcodes(page.render(scale=203 / 72).to_pil())
    text = page.get_textpage().get_text_range()
    document.close()
    assert len(found) == 1
    return found[0].text, text


def audits(store: Store, action: str) -> list[dict[str, object]]:
    with UnitOfWork(store.engine) as uow:
        rows = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.action == action).order_by(col(AuditEntry.id))
        )
        return [{"parcel": r.entity_id, **json.loads(r.details)} for r in rows]


def test_the_consolidation_story_ends_with_a_current_label_and_a_refused_stale_one(
    demo: Store, tmp_path: Path
) -> None:
    store = demo
    with one_action(store.engine, immediate=True) as uow:
        pin_rules(uow, datetime(2025, 3, 1, tzinfo=UTC), "try the de minimis rules")
    first = pack(store, "#1158")
    with one_action(store.engine, immediate=True) as uow:
        printed = print_label(uow, first, tmp_path / "label-1.pdf")
    barcode, text = label_read(Path(printed.file))
    assert barcode == f"{first}-1" and f"{first} \u00b7 label 1" in text
    assert "ET86" in text and "1.020 kg" in text and "#1158" in text

    second = pack(store, "#1176")
    sam(store, second, "consolidate", into=first)
    sam(store, first, "accept-route")
    row = parcel_row(store, first)
    assert (row.route, row.weight_g, row.relabel, row.label_version) == ("T11", 1200, True, 2)
    superseded = audits(store, "label.superseded")
    assert [(a["parcel"], a["label"], a["new_label"]) for a in superseded] == [(first, 1, 2)]
    changed = superseded[0]["changed"]
    assert isinstance(changed, dict)
    assert changed["route"] == ["ET86", "T11"] and changed["weight_g"] == [1020, 1200]
    assert changed["orders"] == [["#1158"], ["#1158", "#1176"]]

    with one_action(store.engine, immediate=True) as uow:
        load = create_load(
            uow, scac="ABCD", port_code="3004", arrival=CROSSING, crew=add_crew(store.engine)
        )
    with pytest.raises(UserError, match=f"{first} label 1: old label: relabel first"):
        with one_action(store.engine, immediate=True) as uow:
            add_parcels(uow, load.trip_number, [barcode])  # the box's old label
    with pytest.raises(UserError, match=f"{first}: old label: relabel first"):
        with one_action(store.engine, immediate=True) as uow:
            add_parcels(uow, load.trip_number, [first])  # label 2 not printed yet
    with pytest.raises(UserError, match=f"{first}: no label 3 was printed"):
        with one_action(store.engine, immediate=True) as uow:
            add_parcels(uow, load.trip_number, [f"{first}-3"])

    with one_action(store.engine, immediate=True) as uow:
        printed = print_label(uow, first, tmp_path / "label-2.pdf")
    barcode, text = label_read(Path(printed.file))
    assert barcode == f"{first}-2" and f"{first} \u00b7 label 2" in text
    assert "T11" in text and "1.200 kg" in text and "#1158, #1176" in text  # both orders
    assert parcel_row(store, first).relabel is False
    with pytest.raises(UserError, match="old label: relabel first"):
        with one_action(store.engine, immediate=True) as uow:
            add_parcels(uow, load.trip_number, [f"{first}-1"])
    with one_action(store.engine, immediate=True) as uow:
        view = add_parcels(uow, load.trip_number, [barcode])  # the current label
    assert view.parcels == [first]
    # Loaded on a truck, the label that said "no trip" still holds: nothing to relabel.
    assert parcel_row(store, first).relabel is False
    give_prior_notices(store.engine, load.trip_number)
    with one_action(store.engine, immediate=True, durable=True) as uow:
        close_load(uow, load.trip_number, seal="S-1", user="Dee Driver", pin="7777")
    prints = audits(store, "print.label")
    assert [(a["parcel"], a["label"]) for a in prints] == [(first, 1), (first, 2)]


def test_a_label_that_named_a_truck_is_superseded_by_another_truck(
    demo: Store, tmp_path: Path
) -> None:
    store = demo
    first = pack(store, "#1158")
    if parcel_row(store, first).needs_decision:
        sam(store, first, "accept-route")
    truck = {
        "scac": "ABCD",
        "port_code": "3004",
        "arrival": CROSSING,
        "crew": add_crew(store.engine),
    }
    with one_action(store.engine, immediate=True) as uow:
        one, two = (create_load(uow, **truck) for _ in range(2))  # type: ignore[arg-type]
    with one_action(store.engine, immediate=True) as uow:
        add_parcels(uow, one.trip_number, [first])
    with one_action(store.engine, immediate=True) as uow:
        print_label(uow, first, tmp_path / "l.pdf")  # it shows trip one
    with one_action(store.engine, immediate=True) as uow:
        remove_parcels(uow, one.trip_number, [first])
    assert parcel_row(store, first).relabel is False  # off the truck: not contradicted yet
    with one_action(store.engine, immediate=True) as uow:
        add_parcels(uow, two.trip_number, [first])  # a bare id: the current label
    row = parcel_row(store, first)
    assert (row.relabel, row.label_version) == (True, 2)
    with pytest.raises(UserError, match="need a new label"):
        give_prior_notices(store.engine, two.trip_number)
        with one_action(store.engine, immediate=True, durable=True) as uow:
            close_load(uow, two.trip_number, seal="S-2", user="Dee Driver", pin="7777")


def test_a_scan_is_read_as_a_parcel_and_its_label() -> None:
    assert read_scan("P0000012-2") == read_scan(" P0000012-2 ")
    assert (read_scan("P0000012-2").parcel, read_scan("P0000012-2").version) == ("P0000012", 2)
    assert read_scan("P0000012").version is None
    assert read_scan("12").parcel == "12"  # a database id
    assert read_scan("P0000012-x").version is None  # not a label's number


def test_a_rules_pin_after_packing_supersedes_the_label(demo: Store, tmp_path: Path) -> None:
    """Packed under the suspension (T11), its label printed; then the rules are pinned to a
    day of de minimis. Whether the pin re-judges the parcel at once or the truck does when it
    is loaded, the label printed before cannot leave on a sealed truck: its new one can, and
    it says the route the manifest says."""
    store = demo
    first = pack(store, "#1158")
    assert parcel_row(store, first).route == "T11"
    with one_action(store.engine, immediate=True) as uow:
        print_label(uow, first, tmp_path / "label-1.pdf")
    with one_action(store.engine, immediate=True) as uow:
        pin_rules(uow, datetime(2025, 3, 1, tzinfo=UTC), "a court restored de minimis")
    with one_action(store.engine, immediate=True) as uow:
        load = create_load(
            uow, scac="ABCD", port_code="3004", arrival=CROSSING, crew=add_crew(store.engine)
        )
    try:
        with one_action(store.engine, immediate=True) as uow:
            add_parcels(uow, load.trip_number, [f"{first}-1"])
    except UserError as refused:  # re-judged at the pin: the old label is refused at the truck
        assert "old label: relabel first" in str(refused)
    else:  # re-judged as it went on the truck: the truck will not seal with it
        with pytest.raises(UserError, match=f"{first} need a new label"):
            give_prior_notices(store.engine, load.trip_number)
            with one_action(store.engine, immediate=True, durable=True) as uow:
                close_load(uow, load.trip_number, seal="S-1", user="Dee Driver", pin="7777")
    row = parcel_row(store, first)
    assert row.route == "ET86" and (row.relabel, row.label_version) == (True, 2)
    superseded = audits(store, "label.superseded")
    assert superseded[0]["changed"]["route"] == ["T11", "ET86"]  # type: ignore[index]
    with one_action(store.engine, immediate=True) as uow:
        printed = print_label(uow, first, tmp_path / "label-2.pdf")
    barcode, text = label_read(Path(printed.file))
    assert barcode == f"{first}-2" and "ET86" in text and "T11" not in text
    if parcel_row(store, first).load_id is None:
        with one_action(store.engine, immediate=True) as uow:
            add_parcels(uow, load.trip_number, [barcode])
    give_prior_notices(store.engine, load.trip_number)
    with one_action(store.engine, immediate=True, durable=True) as uow:
        close_load(uow, load.trip_number, seal="S-1", user="Dee Driver", pin="7777")
    with one_action(store.engine, immediate=True) as uow:
        manifest = print_manifest(uow, load.trip_number, tmp_path / "manifest.pdf")
    document = pypdfium2.PdfDocument(manifest.file)
    assert "ET86" in document[0].get_textpage().get_text_range()
    document.close()


@pytest.mark.parametrize("name", ["王小明", "김민준", "محمد الأحمد", "สมชาย ใจดี"])
def test_a_name_in_another_script_reads_back_from_the_stored_parcels_papers(
    demo: Store, tmp_path: Path, name: str
) -> None:
    """Printed from the store (each backend keeps the name as written): label and invoice."""
    with UnitOfWork(demo.engine) as uow:
        order = uow.session.scalars(select(Order).where(Order.name == "#1158")).one()
        order.recipient_name = name
        uow.session.add(order)
        uow.commit()
    first = pack(demo, "#1158")
    for kind, printer in (("label", print_label), ("invoice", print_invoice)):
        printed = printer(demo.engine, first, tmp_path / f"{kind}.pdf")
        document = pypdfium2.PdfDocument(printed.file)
        assert name in document[0].get_textpage().get_text_range(), kind
        document.close()
