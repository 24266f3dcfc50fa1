"""Trips found again (the open ones and the last days', a sealed one for tomorrow included; by
trip number, seal or date) and a sealed trip's papers printed again, identical to the first
print whatever its records become; the papers carry the dangerous goods' marks."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pypdfium2
import zxingcpp

from s321_desk.services.loads.crew_records import change_driver, change_truck
from s321_desk.services.loads.trips import create_load, list_loads
from s321_desk.services.papers.to_file import (
    print_driver_pack,
    print_label,
    print_lead_sheet,
    print_manifest,
)
from s321_desk.store.uow import one_action
from tests.crew_records import manager
from tests.services.filing.test_filing import (  # noqa: F401  (fixtures)
    Trip,
    open_trip,
    sealed,
)
from tests.services.papers.test_printing import pdf_text

TODAY = date(2026, 11, 16)  # the evening before the trip crosses (2026-11-17)


def test_a_sealed_trip_for_tomorrow_is_listed_and_found(sealed: Trip) -> None:  # noqa: F811
    store, _, trip = sealed
    with one_action(store.engine) as uow:
        listed = list_loads(uow, TODAY)
    assert [(t.trip_number, t.status, t.seal) for t in listed] == [(trip, "closed", "SEAL-0042")]
    with one_action(store.engine, immediate=True) as uow:
        later = create_load(
            uow, scac="ABCD", port_code="0901", arrival=datetime(2026, 12, 20, 19, tzinfo=UTC)
        ).trip_number
    # a week on, the sealed trip is no longer listed; the open one always is
    week_on = TODAY + timedelta(days=9)
    with one_action(store.engine) as uow:
        assert [t.trip_number for t in list_loads(uow, week_on)] == [later]
    for text in (trip, trip[-3:], "seal-00", "2026-11-17"):
        with one_action(store.engine) as uow:
            assert [t.trip_number for t in list_loads(uow, week_on, search=text)] == [trip], text
    with one_action(store.engine) as uow:
        assert list_loads(uow, week_on, search="no such") == []
    with one_action(store.engine) as uow:
        assert [t.trip_number for t in list_loads(uow, week_on, status="open")] == [later]
    with one_action(store.engine) as uow:
        assert [t.trip_number for t in list_loads(uow, week_on, day=date(2026, 11, 17))] == [trip]


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_sealed_trips_papers_print_again_identical(
    sealed: Trip,  # noqa: F811
    tmp_path: Path,
) -> None:
    store, _, trip = sealed
    makers = {"lead": print_lead_sheet, "manifest": print_manifest, "pack": print_driver_pack}
    first = {}
    for name, make in makers.items():
        make(store.engine, trip, tmp_path / f"{name}-1.pdf")
        first[name] = _sha(tmp_path / f"{name}-1.pdf")
    # the records change after the seal: what was filed and printed does not
    by = manager(store.engine)
    with one_action(store.engine, immediate=True) as uow:
        change_driver(uow, "D-20", {"first_name": "Deanna"}, by=by)
    with one_action(store.engine, immediate=True) as uow:
        change_truck(uow, "T-12", {"plate": "ZZ9999"}, by=by)
    for name, make in makers.items():
        make(store.engine, trip, tmp_path / f"{name}-2.pdf")
        assert _sha(tmp_path / f"{name}-2.pdf") == first[name], name
    lead = " ".join(pdf_text(tmp_path / "lead-2.pdf"))
    assert "Dee Driver / Luc Gagnon" in lead and "ON PR4512" in lead and "Deanna" not in lead


def test_the_label_and_the_manifest_carry_the_dangerous_goods_marks(
    sealed: Trip,  # noqa: F811
    tmp_path: Path,
) -> None:
    store, codes, trip = sealed
    with one_action(store.engine, immediate=True) as uow:
        printed = print_label(uow, codes["3001"], tmp_path / "label.pdf")
    label = " ".join(pdf_text(tmp_path / "label.pdf"))
    assert "UN3480 LITHIUM ION BATTERIES, CLASS 9" in label
    assert "EMERGENCY CONTACT +1 905 555 0142" in label
    page = pypdfium2.PdfDocument(tmp_path / "label.pdf")[0]
    image = page.render(scale=203 / 72).to_pil()
    assert [r.text for r in zxingcpp.read_barcodes(image)] == [f"{codes['3001']}-1"]
    with one_action(store.engine, immediate=True) as uow:
        plain = print_label(uow, codes["3002"], tmp_path / "plain.pdf")
    assert "UN3480" not in " ".join(pdf_text(tmp_path / "plain.pdf"))
    assert printed.bytes > 0 and plain.bytes > 0
    with one_action(store.engine, immediate=True) as uow:
        print_manifest(uow, trip, tmp_path / "manifest.pdf")
    manifest = " ".join(" ".join(pdf_text(tmp_path / "manifest.pdf")).split())
    assert "HM" in manifest
    assert "X UN3480, Lithium ion batteries, 9 - Power bank 1 0.580" in manifest
