"""One user action, one transaction, in the files room: an export read and audited in the caller's unit
of work (counted as the BEGINs the real engine sends, on both backends); an import's two on purpose."""

from __future__ import annotations

from pathlib import Path

from s321_desk.paths import resource
from s321_desk.services.files.daily_records import export_records
from s321_desk.services.files.drawback import export_drawback
from s321_desk.services.files.orders_import import import_orders
from s321_desk.store.database import Store
from s321_desk.store.uow import UnitOfWork
from tests.one_action import command, opening, signing_in
from tests.services.packing.test_labels import demo  # noqa: F401  (fixture)
from tests.services.supervision.test_one_transaction import counted_begins


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


def test_files_an_export_from_the_command_line_is_one_transaction(
    demo: Store,  # noqa: F811
    tmp_path: Path,
) -> None:
    """``s321-desk export records|drawback``: its action one transaction, beside the store's
    opening and the --user's sign-in (it was two)."""
    before, signed = opening(demo), signing_in(demo, "Sam Super", "2468")
    for words in (
        ("export", "records", "--day", "2026-11-20", "--out", str(tmp_path / "r.zip")),
        ("export", "drawback", "--month", "2026-11", "--out", str(tmp_path / "d.csv")),
    ):
        used = command(demo, *words, "--user", "Sam Super", pin="2468")
        assert used - before - signed == 1, words
