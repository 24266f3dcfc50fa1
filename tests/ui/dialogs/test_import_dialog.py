"""The import dialog on a real store: a good file with its progress and result, a bad file with
its problems listed (and nothing imported), a cancel in the middle that leaves the store as it
was, on the dialog and on the services' progress callback."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from s321_desk.services.files.catalog_import import import_catalog
from s321_desk.services.files.orders_import import import_orders
from s321_desk.services.kernel.handle import StoreHandle
from s321_desk.store.database import Store
from s321_desk.store.models import AuditEntry, Order, OrderLine, Product
from s321_desk.store.uow import UnitOfWork
from s321_desk.ui.dialogs.import_dialog import ImportDialog
from tests.bench.bench_import import write_export
from tests.conftest import write_csv
from tests.services.files.test_orders_import import SHOPIFY
from tests.services.packing.test_packing import CATALOG

BAD_CATALOG = CATALOG + (
    "MUG,Mug,6912.00.4400,ZZ,12.00,CAD,0.300,,\n"  # no such country
    "CAP,Cap <red>,,CA,abc,CAD,,,\n"  # not an amount
)


def count(store: Store, table: type) -> int:
    with UnitOfWork(store.engine) as uow:
        return uow.session.scalar(select(func.count()).select_from(table)) or 0


def counts(store: Store) -> tuple[int, ...]:
    return tuple(count(store, t) for t in (Order, OrderLine, Product, AuditEntry))


def make_dialog(qtbot: QtBot, store: Store, kind: str) -> ImportDialog:
    dialog = ImportDialog(StoreHandle(store), kind)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_good_orders_file_shows_its_progress_and_result(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, store, "orders")
    path = write_csv(tmp_path / "orders_export.csv", SHOPIFY, bom=True, crlf=True)
    seen: list[tuple[int, int, str]] = []
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as imported:
        job = dialog.start(path)
        job.signals.progressed.connect(lambda *args: seen.append(args))

    summary = imported.args[0]
    assert (summary.orders, summary.lines) == (2, 3) and count(store, Order) == 2
    assert dialog.outcome == "imported"
    assert dialog.result_label.text() == summary.sentence()
    assert "orders: 2" in dialog.problems()  # the counts, listed
    assert seen and seen[-1][0] == seen[-1][1] > 0  # the last report: all of it
    assert all(done <= total or total == 0 for done, total, _ in seen)
    assert dialog.progress_bar.value() == dialog.progress_bar.maximum() == 1
    qtbot.waitUntil(lambda: dialog.choose_button.isEnabled())
    assert not dialog.cancel_button.isEnabled()


def test_a_bad_catalog_lists_every_problem_and_imports_nothing(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    before = counts(store)
    dialog = make_dialog(qtbot, store, "catalog")
    path = write_csv(tmp_path / "catalog.csv", BAD_CATALOG)
    with qtbot.waitSignal(dialog.refused, timeout=10_000) as refused:
        dialog.start(path)

    assert dialog.outcome == "refused" and counts(store) == before
    assert dialog.problems() == refused.args[0]
    assert dialog.problems() == [
        f"{path}:4: origin: 'ZZ' is not an ISO 3166 two-letter country code (e.g. CA, CN)",
        f"{path}:5: unit_value: {dialog.problems()[1].split('unit_value: ', 1)[1]}",
    ]
    assert dialog.result_label.text() == f"Refused: 2 problems in {path}; nothing was imported."
    qtbot.waitUntil(lambda: dialog.copy_button.isEnabled())
    dialog.copy_problems()
    assert QApplication.clipboard().text() == "\n".join(dialog.problems())


def test_a_file_that_is_not_there_is_said(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, store, "orders")
    with qtbot.waitSignal(dialog.refused, timeout=10_000):
        dialog.start(tmp_path / "missing.csv")
    assert dialog.problems() == [f"{tmp_path / 'missing.csv'}: no such file"]


def test_cancel_in_the_middle_leaves_the_store_as_it_was(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    import_catalog(store.engine, write_csv(tmp_path / "c.csv", CATALOG))
    before = counts(store)
    path = tmp_path / "big.csv"
    write_export(path, 20_000)
    dialog = make_dialog(qtbot, store, "orders")

    def cancel_once_counted(done: int, total: int, _text: str) -> None:
        if total > 0 and dialog.job is not None:
            dialog.job.cancel()  # on the worker thread, at once: the next report stops it

    with qtbot.waitSignal(dialog.cancelled, timeout=30_000):
        job = dialog.start(path)
        job.signals.progressed.connect(cancel_once_counted, Qt.ConnectionType.DirectConnection)

    assert dialog.outcome == "cancelled" and counts(store) == before
    assert dialog.result_label.text() == "Cancelled: nothing of this file was imported."


@pytest.mark.parametrize("service", [import_orders, import_catalog])
def test_a_cancel_while_writing_rolls_the_whole_file_back(
    store: Store, tmp_path: Path, service: object
) -> None:
    """The services' half of a cancel: the callback raises inside the one transaction."""
    if service is import_orders:
        path = tmp_path / "o.csv"
        write_export(path, 12_000)  # three chunks of order lines
    else:
        rows = "".join(f"SKU-{n},Item {n},,CA,1.00,CAD,,,\n" for n in range(3_000))
        path = write_csv(tmp_path / "c.csv", CATALOG.splitlines(keepends=True)[0] + rows)
    before = counts(store)
    texts: list[str] = []

    class Stop(Exception):
        pass

    def progress(done: int, total: int, text: str) -> None:
        texts.append(text)
        if text.startswith("Writing") and not text.startswith(
            ("Writing order 1 ", "Writing product 1 ")
        ):
            raise Stop  # after some rows went in, before the commit

    with pytest.raises(Stop):
        service(store.engine, path, progress=progress)  # type: ignore[operator]
    assert counts(store) == before
    assert texts[0].startswith("Reading ") and any(t.startswith("Checking") for t in texts)


def test_closing_while_importing_cancels_first(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    write_export(path, 20_000)
    dialog = make_dialog(qtbot, store, "orders")
    with qtbot.waitSignal(dialog.finished, timeout=30_000):
        dialog.start(path)
        dialog.reject()  # Esc or Close: the import stops, then the dialog closes
    assert dialog.outcome == "cancelled" and not dialog.isVisible()
    assert count(store, Order) == 0


def test_refusals_name_their_order_and_skips_are_counted_by_place(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    """In the window as on the command line: `FILE:LINE (order #5026): column: reason`, and a
    Canadian store's real export says why nothing of it is the desk's."""
    from tests.services.shopify_rows import PAID, item, order_rows
    from tests.services.shopify_rows import write_export as write_shopify

    dialog = make_dialog(qtbot, store, "orders")
    path = write_shopify(
        tmp_path / "orders_export.csv",
        order_rows("#5026", PAID, item("Oxford shirt", "89.00"), item("Tie", "forty")),
    )
    with qtbot.waitSignal(dialog.refused, timeout=10_000):
        dialog.start(path)
    assert dialog.problems() == [f"{path}:3 (order #5026): Lineitem price: 'forty' is not a number"]
    qtbot.waitUntil(lambda: dialog.choose_button.isEnabled())
    canadian = Path(__file__).resolve().parents[2] / "data" / "shopify" / "ca_aquarium_2025.csv"
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.start(canadian)
    assert "outside the US customs territory: CA 20" in dialog.problems()
    assert "20 order(s) shipping outside the US customs territory skipped (CA 20)" in (
        dialog.result_label.text()
    )
