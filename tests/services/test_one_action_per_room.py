"""One user action, one transaction, in the rooms admin, files, kernel and packing: the caller
opens the action's unit of work and the services join it (counted as the BEGINs the real
engine sends, on both backends). Each count was higher before: the services opened their own."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from s321_desk.paths import resource
from s321_desk.services.admin.first_run import checklist
from s321_desk.services.admin.rules_and_rates import pin_rules, set_fx_rate
from s321_desk.services.files.daily_records import export_records
from s321_desk.services.files.drawback import export_drawback
from s321_desk.services.files.orders_import import import_orders
from s321_desk.services.kernel import access
from s321_desk.services.kernel.audit import ChainHead
from s321_desk.services.kernel.audit_anchor import anchor_file, keep_anchor_of, read_anchor
from s321_desk.services.packing.labels import due_at
from s321_desk.services.packing.pick_tickets import pick_wave
from s321_desk.services.packing.prior_notice import import_prior_notices
from s321_desk.store.database import Store
from s321_desk.store.repositories import kernel as stored
from s321_desk.store.uow import UnitOfWork
from tests.conftest import target_of, write_csv
from tests.services.test_labels import demo  # noqa: F401  (fixture)
from tests.services.test_one_transaction import counted_begins

PIN_AT = datetime(2026, 11, 20, 12, tzinfo=UTC)


def test_admin_a_rules_pin_and_an_fx_rate_are_one_transaction_each(demo: Store) -> None:  # noqa: F811
    """The rules pinned (the write, the rejudged days and the status shown after) and a
    rate entered: one BEGIN each, in the caller's unit of work (the pin was two)."""
    with counted_begins(demo.engine) as begins:
        with UnitOfWork(demo.engine, immediate=True) as uow:
            status = pin_rules(uow, PIN_AT, "court order, see the memo")
    assert begins == [1] and status.pinned_as_of == PIN_AT
    with counted_begins(demo.engine) as begins:
        with UnitOfWork(demo.engine, immediate=True) as uow:
            entered = set_fx_rate(uow, "CAD", "0.7311", date(2026, 11, 1), "CBP")
    assert begins == [1] and entered.currency == "CAD"
    with counted_begins(demo.engine) as begins, UnitOfWork(demo.engine) as uow:
        steps = checklist(uow, "DEMO-1")
    assert begins == [1] and {step.key for step in steps} >= {"administrator", "fx_rates"}


def test_files_an_export_is_one_transaction(demo: Store, tmp_path: Path) -> None:  # noqa: F811
    """A day's records and a month's drawback: what is read and the audit line that counts it
    in one transaction (each was two: the read, then the audit line)."""
    for export, reference, out in (
        (export_records, "2026-11-20", tmp_path / "records.zip"),
        (export_drawback, "2026-11", tmp_path / "drawback.csv"),
    ):
        with counted_begins(demo.engine) as begins:
            with UnitOfWork(demo.engine, immediate=True) as uow:
                exported = export(uow, reference, out)  # type: ignore[operator]
        assert begins == [1], export
        assert out.is_file() and exported.sha256


def test_files_an_import_holds_no_transaction_over_the_file(demo: Store) -> None:  # noqa: F811
    """An import is the one action of two transactions, on purpose: its settings read, then
    the file parsed with none open (a PostgreSQL server ends one idle for 15 s, SQLite's
    write lock would stop the stations), then the rows written in one."""
    with counted_begins(demo.engine) as begins:
        summary = import_orders(demo.engine, resource("demo", "orders_shopify.csv"))
    assert begins == [2] and summary.already_present and not summary.orders


def test_kernel_the_anchor_moves_in_the_callers_transaction(demo: Store) -> None:  # noqa: F811
    """A write's check of who acts and the audit anchor moved forward: one BEGIN (the anchor
    read the chain in one of its own)."""
    anchor_file(target_of(demo)).unlink(missing_ok=True)
    with counted_begins(demo.engine) as begins, UnitOfWork(demo.engine) as uow:
        access.check(uow, access.EXPORTING)
        records, last = stored.audit_head(uow.session.connection())
        kept = keep_anchor_of(uow, target_of(demo), "demo", ChainHead(records, last), "test")
        again = keep_anchor_of(uow, target_of(demo), "demo", ChainHead(records, last), "test")
    assert begins == [1]
    assert kept is not None and again is not None  # the second one checked the first's head
    anchor = read_anchor(target_of(demo))
    assert anchor is not None and anchor.records == records


def test_packing_a_stations_papers_are_one_transaction(demo: Store, tmp_path: Path) -> None:  # noqa: F811
    """Prior notices imported from a file (was two: a check, then the write), the day's pick
    tickets and the labels waiting for a station, read as of one moment."""
    path = write_csv(tmp_path / "notices.csv", "parcel,prior_notice\n")
    with counted_begins(demo.engine) as begins:
        with UnitOfWork(demo.engine, immediate=True) as uow:
            notices = import_prior_notices(uow, path)
    assert begins == [1] and notices.parcels == 0
    with counted_begins(demo.engine) as begins, UnitOfWork(demo.engine) as uow:
        wave = pick_wave(uow, day=date(2026, 11, 20))
        waiting = due_at(uow, "DEMO-1")
    assert begins == [1] and wave.tickets and waiting == []
