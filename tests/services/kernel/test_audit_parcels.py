"""The parcels' rows covered by the audit chain: each change's audit line holds the hash of
every parcel row it wrote, as the store then held it; ``audit verify`` checks each parcel
against the last line that wrote it and names the first one edited or removed with SQL since.
A parcel written before the desk hashed them is reported as not covered, not as edited."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text, update
from sqlmodel import col, select

from s321_desk.cli import main
from s321_desk.services.files.daily_records import export_records
from s321_desk.services.kernel import audit
from s321_desk.services.loads.trips import close_load, create_load
from s321_desk.services.packing.pack import close_parcel, fill_parcel, open_parcel
from s321_desk.services.papers.to_file import print_label, print_manifest
from s321_desk.services.supervision.decisions import decide
from s321_desk.store.database import Store
from s321_desk.store.models import AuditEntry, Parcel
from s321_desk.store.uow import UnitOfWork, one_action
from tests.conftest import store_args
from tests.crew_records import add_crew, give_prior_notices
from tests.services.packing.test_packing import CROSSING, stocked  # noqa: F401  (fixture)
from tests.services.papers.test_printing import (  # noqa: F401  (fixtures)
    ARRIVAL,
    loaded,
    packed,
    supervisor,
)


def sql(store: Store, *statements: str) -> None:
    """What someone with the sqlite3 shell or psql could do to the parcels' rows."""
    with store.engine.begin() as connection:
        for statement in statements:
            connection.execute(text(statement))


def parcel_id(store: Store, code: str) -> int:
    with UnitOfWork(store.engine) as uow:
        found = uow.session.scalars(select(Parcel.id).where(Parcel.code == code)).one()
        assert found is not None
        return found


def a_day(store: Store, tmp_path: Path, codes: list[str], trip: str) -> None:
    """The rest of a day on the loaded truck: a label printed, the manifest, the prior
    notices, the seal."""
    with one_action(store.engine, immediate=True) as uow:
        print_label(uow, codes[0], tmp_path / "label.pdf")
    with one_action(store.engine, immediate=True) as uow:
        print_manifest(uow, trip, tmp_path / "manifest.pdf")
    give_prior_notices(store.engine, trip)
    with one_action(store.engine, immediate=True, durable=True) as uow:
        close_load(uow, trip, seal="SEAL-1", user="Dee Driver", pin="7777")


def test_an_untouched_store_verifies_clean_after_a_day(
    loaded: tuple[Store, list[str], str],  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    store, codes, trip = loaded  # three parcels packed, decided, loaded
    a_day(store, tmp_path, codes, trip)
    with one_action(store.engine) as work:
        report = audit.verify(work)
    assert report.intact, report.problem
    assert (report.parcels, report.parcels_uncovered) == (len(codes), 0)
    assert report.verdicts >= len(codes)
    assert main([*store_args(store), "audit", "verify"]) == 0
    said = capsys.readouterr().out
    assert f"; {len(codes)} parcel(s) as the last audit record writing each hashed it" in said
    assert "not covered" not in said
    # each parcel's hash is in the line of each change that wrote it
    with UnitOfWork(store.engine) as uow:
        lines = uow.session.scalars(select(AuditEntry).order_by(col(AuditEntry.id))).all()
    covering = [json.loads(line.details).get(audit.PARCEL_KEY, {}) for line in lines]
    for code in codes:
        key = str(parcel_id(store, code))
        assert sum(key in hashes for hashes in covering) >= 3, code  # opened, closed, loaded


@pytest.mark.parametrize(
    "change",
    [
        "status = 'closed', load_id = NULL",  # taken off the sealed truck
        "route = 'T86'",
        "value_usd_cents = value_usd_cents - 100",
        "needs_decision = NOT needs_decision",
        "crossing_at = NULL",
    ],
)
def test_a_parcel_edited_with_sql_is_named(
    loaded: tuple[Store, list[str], str],  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    change: str,
) -> None:
    store, codes, trip = loaded
    a_day(store, tmp_path, codes, trip)
    target = parcel_id(store, codes[1])
    sql(store, f"UPDATE parcels SET {change} WHERE id = {target}")

    with one_action(store.engine) as uow:
        report = audit.verify(uow)
    assert not report.intact
    assert report.problem is not None
    assert report.problem.startswith(f"parcel {codes[1]} (id {target}) was edited"), report.problem
    assert main([*store_args(store), "audit", "verify"]) == 1
    said = capsys.readouterr().err
    assert f"parcel {codes[1]} (id {target}) was edited: its row no longer matches" in said


def test_the_first_of_two_edited_parcels_is_named(
    loaded: tuple[Store, list[str], str],  # noqa: F811
) -> None:
    store, codes, _trip = loaded
    first, last = parcel_id(store, codes[0]), parcel_id(store, codes[2])
    sql(store, f"UPDATE parcels SET weight_g = 1 WHERE id IN ({first}, {last})")
    with one_action(store.engine) as uow:
        problem = audit.verify(uow).problem
    assert problem is not None and problem.startswith(f"parcel {codes[0]} (id {first})")


def test_a_parcel_deleted_with_sql_is_named(
    loaded: tuple[Store, list[str], str],  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    store, codes, _trip = loaded
    gone = parcel_id(store, codes[2])
    kept = ("parcels", "parcel_items", "parcel_verdicts")
    if store.path is None:  # the records-kept guards lifted first, as the tables' owner could
        lift = [f"ALTER TABLE {table} DISABLE TRIGGER USER" for table in kept]
    else:
        lift = [f"DROP TRIGGER {table}_kept" for table in kept]
    sql(
        store,
        *lift,
        f"DELETE FROM parcel_items WHERE parcel_id = {gone}",
        f"DELETE FROM parcel_verdicts WHERE parcel_id = {gone}",
        f"DELETE FROM sealed_conflicts WHERE parcel_id = {gone}",
        f"DELETE FROM parcels WHERE id = {gone}",
    )
    with one_action(store.engine) as uow:
        problem = audit.verify(uow).problem
    assert problem is not None
    assert problem.startswith(f"parcel {gone} is missing: audit record "), problem
    assert main([*store_args(store), "audit", "verify"]) == 1
    assert f"parcel {gone} is missing" in capsys.readouterr().err


def test_a_parcel_written_before_the_desk_hashed_them_is_not_covered_not_edited(
    packed: tuple[Store, list[str]],  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A parcel as an older version left it: no audit line holds its hash (here, its row
    written with SQL as the older desk wrote it, no line at all)."""
    store, codes = packed
    with UnitOfWork(store.engine) as uow:
        order_id = uow.session.scalars(select(Parcel.order_id)).first()
    sql(
        store,
        "INSERT INTO parcels (code, order_id, station, status, acknowledged, "
        "needs_decision, manual_hold, created_at, label_version, relabel) VALUES "
        f"('OLD0000001', {order_id}, 'S1', 'voided', '', FALSE, FALSE, "
        "'2026-11-01 10:00:00.000000', 0, FALSE)",
    )
    with one_action(store.engine) as work:
        report = audit.verify(work)
    assert report.intact, report.problem
    assert (report.parcels, report.parcels_uncovered) == (len(codes), 1)
    assert main([*store_args(store), "audit", "verify"]) == 0
    said = capsys.readouterr().out
    assert "; 1 parcel(s) written before the desk hashed them, not covered." in said


def test_a_bulk_update_through_the_session_is_covered(
    packed: tuple[Store, list[str]],  # noqa: F811
) -> None:
    """A statement that writes many parcels at once, run through the unit of work, declares
    them: read by its own WHERE before it runs, hashed into the line after it."""
    store, codes = packed
    with UnitOfWork(store.engine) as uow:
        uow.session.execute(
            update(Parcel).where(col(Parcel.code).in_(codes[:2])).values(manual_hold=True)
        )
        audit.record(uow.session, "test.hold-all", entity_type="parcel")
        uow.commit()
    with UnitOfWork(store.engine) as uow:
        last = uow.session.scalars(select(AuditEntry).order_by(col(AuditEntry.id).desc())).first()
    assert last is not None and last.action == "test.hold-all"
    hashed = json.loads(last.details)[audit.PARCEL_KEY]
    assert sorted(hashed) == sorted(str(parcel_id(store, code)) for code in codes[:2])
    with one_action(store.engine) as action:
        report = audit.verify(action)
    assert report.intact and report.parcels == len(codes), report.problem

    with UnitOfWork(store.engine) as uow:  # no line of its own: the commit adds one
        uow.session.execute(update(Parcel).values(weight_g=1234))
        uow.commit()
    with UnitOfWork(store.engine) as uow:
        last = uow.session.scalars(select(AuditEntry).order_by(col(AuditEntry.id).desc())).first()
    assert last is not None and last.action == "parcels.recorded"
    assert len(json.loads(last.details)[audit.PARCEL_KEY]) == len(codes)
    with one_action(store.engine) as action:
        assert audit.verify(action).intact


def test_a_parcel_opened_closed_and_decided_is_covered_at_each_step(
    stocked: Store,  # noqa: F811
) -> None:
    with one_action(stocked.engine, immediate=True) as work:
        parcel = open_parcel(work, "#1001")
    with one_action(stocked.engine) as work:
        assert audit.verify(work).parcels == 1
    fill_parcel(stocked.engine, parcel)
    with one_action(stocked.engine) as work:
        assert audit.verify(work).parcels == 1
    with one_action(stocked.engine, immediate=True, durable=True) as work:
        close_parcel(work, parcel, crossing=CROSSING, port_code="3004")
    with one_action(stocked.engine) as work:
        report = audit.verify(work)
    assert report.intact and report.parcels == 1, report.problem
    supervisor(stocked)
    with UnitOfWork(stocked.engine) as uow:
        code = uow.session.scalars(select(Parcel.code)).one()
    with one_action(stocked.engine, immediate=True) as work:
        decide(work, code, "hold", user="Sam Super", pin="2468", reason="damaged box")
    with one_action(stocked.engine) as work:
        report = audit.verify(work)
    assert report.intact and (report.parcels, report.parcels_uncovered) == (1, 0)
    sql(stocked, f"UPDATE parcels SET manual_hold = FALSE WHERE id = {parcel}")
    with one_action(stocked.engine) as work:
        assert "was edited" in (audit.verify(work).problem or "")


def test_a_records_export_counting_verdicts_does_not_trip_the_check(
    loaded: tuple[Store, list[str], str],  # noqa: F811
    tmp_path: Path,
) -> None:
    """A records export's audit line counts parcels and verdicts ("verdicts": 3): numbers,
    not the hashes of rows; the check reads only the hashes."""
    store, codes, _trip = loaded
    with UnitOfWork(store.engine) as uow:
        day = uow.session.scalars(select(Parcel.us_day)).first()
    assert day is not None
    with one_action(store.engine, immediate=True) as work:
        export_records(work, str(day), tmp_path / "day.zip")
    with UnitOfWork(store.engine) as uow:
        last = uow.session.scalars(select(AuditEntry).order_by(col(AuditEntry.id).desc())).first()
    assert last is not None and isinstance(json.loads(last.details)["verdicts"], int)
    with one_action(store.engine) as work:
        report = audit.verify(work)
    assert report.intact and report.parcels == len(codes), report.problem


def test_a_new_truck_on_a_day_of_hashed_parcels_keeps_them_covered(
    packed: tuple[Store, list[str]],  # noqa: F811
) -> None:
    store, codes = packed
    with one_action(store.engine, immediate=True) as uow:
        create_load(
            uow, scac="ABCD", port_code="0901", arrival=ARRIVAL, crew=add_crew(store.engine)
        )
    with one_action(store.engine) as uow:
        report = audit.verify(uow)
    assert report.intact and report.parcels == len(codes), report.problem


def rows_checked(store: Store) -> audit._Checked:
    """The rows' check alone, as ``verify`` runs it beside the walk."""
    with UnitOfWork(store.engine) as uow:
        return audit._RowCheck(audit._reader(uow.session)).outcome()


def test_the_database_writes_each_row_as_the_desk_hashed_it(
    loaded: tuple[Store, list[str], str],  # noqa: F811
    tmp_path: Path,
) -> None:
    """``audit verify`` hashes each row as the database writes it out (its JSON text), not
    from its columns in Python: on both backends that text is the desk's own for every row of
    a day, so none has to be read again."""
    store, codes, trip = loaded
    a_day(store, tmp_path, codes, trip)
    checked = rows_checked(store)
    assert checked.problem is None
    assert (checked.parcels, checked.uncovered, checked.reread) == (len(codes), 0, 0)
    assert checked.verdicts >= len(codes)
    sql(store, f"UPDATE parcels SET port = '0712' WHERE id = {parcel_id(store, codes[0])}")
    checked = rows_checked(store)
    assert checked.reread == 1  # read again, and hashed from its columns: edited
    assert (checked.problem or "").startswith(f"parcel {codes[0]} (id ")


@pytest.mark.parametrize("store_target", ["sqlite"], indirect=True)  # a file keeps text
def test_a_row_the_database_writes_otherwise_is_hashed_from_its_columns(
    packed: tuple[Store, list[str]],  # noqa: F811
) -> None:
    """A verdict's instant rewritten in another layout of the same instant (SQLite keeps
    text): its text no longer matches, so its columns are read and hashed as the desk hashes
    them, which find the same verdict; another instant is named edited."""
    store, _codes = packed
    with store.engine.connect() as connection:
        verdict, at = connection.exec_driver_sql(
            "SELECT id, evaluated_at FROM parcel_verdicts ORDER BY id"
        ).first()  # type: ignore[misc]
    same = f"{at[:10]}T{at[11:]}Z"  # 2026-01-05T08:00:00.123456Z
    sql(store, f"UPDATE parcel_verdicts SET evaluated_at = '{same}' WHERE id = {verdict}")
    checked = rows_checked(store)
    assert checked.problem is None and checked.reread == 1
    with one_action(store.engine) as uow:
        assert audit.verify(uow).intact
    later = f"{at[:10]}T{at[11:]}+01:00"  # an hour earlier
    sql(store, f"UPDATE parcel_verdicts SET evaluated_at = '{later}' WHERE id = {verdict}")
    with one_action(store.engine) as uow:
        problem = audit.verify(uow).problem
    assert problem is not None and problem.startswith(f"verdict {verdict} of parcel"), problem
