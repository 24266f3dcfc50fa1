"""Hold tags: a held or deferred box gets a 4x6 tag (never a label), printed at the hold,
its barcode and words read back from the page; a reprint of a held parcel prints its tag."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pypdfium2
import pytest
import zxingcpp
from sqlmodel import col, select

from s321_desk.services.kernel.errors import UserError
from s321_desk.services.papers.printers import station_label_sink
from s321_desk.services.papers.to_file import print_hold_tag, print_label
from s321_desk.store.database import Store
from s321_desk.store.models import AuditEntry
from s321_desk.store.uow import UnitOfWork, one_action
from tests.services.packing.test_labels import demo, pack, parcel_row, sam  # noqa: F401  (fixture)

NEXT_DAY = datetime(2026, 11, 21, 19, tzinfo=UTC)


def page_read(path: Path) -> tuple[list[str], str, tuple[float, float]]:
    """The page's barcodes (decoded at 203 dpi), its text layer and its size in inches."""
    document = pypdfium2.PdfDocument(path)
    page = document[0]
    found = [r.text for r in zxingcpp.read_barcodes(page.render(scale=203 / 72).to_pil())]
    text = page.get_textpage().get_text_range()
    size = (page.get_width() / 72, page.get_height() / 72)
    document.close()
    return found, text, size


def audits(store: Store, action: str) -> list[AuditEntry]:
    with UnitOfWork(store.engine) as uow:
        return list(
            uow.session.scalars(
                select(AuditEntry).where(AuditEntry.action == action).order_by(col(AuditEntry.id))
            )
        )


def test_a_supervisors_hold_prints_a_hold_tag_and_never_a_label(
    demo: Store,  # noqa: F811
    tmp_path: Path,
) -> None:
    first = pack(demo, "#1158")
    sam(demo, first, "hold")  # reason "story"
    with one_action(demo.engine, immediate=True) as uow:
        printed = print_hold_tag(uow, first, tmp_path / "tag.pdf")
    barcodes, text, size = page_read(tmp_path / "tag.pdf")
    assert barcodes == [first] and size == (4, 6)
    for word in ("HOLD", "NOT A SHIPPING LABEL", "story", "#1158", first, "DEMO-1"):
        assert word in text, word
    with pytest.raises(UserError, match="held; a supervisor must release it first"):
        with one_action(demo.engine, immediate=True) as uow:
            print_label(uow, first, tmp_path / "label.pdf")
    printed_tags = audits(demo, "print.hold-tag")
    assert [json.loads(a.details)["tag"] for a in printed_tags] == ["HOLD"]
    assert json.loads(printed_tags[0].details)["sha256"] == printed.sha256
    # The station's reprint of a held parcel: the supervisor's leave names the tag, and the
    # station's printer gets the tag (here saved as a PDF: no label printer set up).
    sam(demo, first, "reprint")
    assert json.loads(audits(demo, "decision.reprint")[0].details)["paper"] == "hold-tag"
    said = station_label_sink(demo.engine, "DEMO-1", tmp_path / "labels")(first)
    assert said.startswith(f"HOLD tag {first} saved as a PDF")
    assert page_read(tmp_path / "labels" / f"{first}-hold-tag.pdf")[0] == [first]
    assert len(audits(demo, "print.hold-tag")) == 2 and audits(demo, "print.label") == []


def test_the_engines_hold_gives_its_findings_as_the_reason(demo: Store, tmp_path: Path) -> None:  # noqa: F811
    wine = pack(demo, "#1054")  # wine: RESTRICTED_ALCOHOL
    assert parcel_row(demo, wine).status == "held"
    said = station_label_sink(demo.engine, "DEMO-1", tmp_path / "labels")(wine)
    assert "HOLD tag" in said
    barcodes, text, _ = page_read(tmp_path / "labels" / f"{wine}-hold-tag.pdf")
    assert barcodes == [wine] and "RESTRICTED_ALCOHOL" in text and "#1054" in text


def test_a_deferred_parcel_gets_a_deferred_tag_with_its_new_day(
    demo: Store,  # noqa: F811
    tmp_path: Path,
) -> None:
    first = pack(demo, "#1158")
    sam(demo, first, "defer", crossing=NEXT_DAY)
    with pytest.raises(UserError, match="not held nor deferred"):
        with one_action(demo.engine, immediate=True) as uow:
            print_hold_tag(uow, first, tmp_path / "x.pdf")  # a HOLD tag: it is not held
    with one_action(demo.engine, immediate=True) as uow:
        print_hold_tag(uow, first, tmp_path / "tag.pdf", kind="DEFERRED")
    barcodes, text, _ = page_read(tmp_path / "tag.pdf")
    assert barcodes == [first]
    for word in ("DEFERRED", "WAITS FOR", "2026-11-21", "story", "#1158"):
        assert word in text, word
