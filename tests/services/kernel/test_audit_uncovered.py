"""Rows no audit record covers (review-5 GAP 4 and GAP 5): a verdict or a parcel inserted with
SQL after the desk began hashing them is named by ``audit verify`` (it would otherwise become
the parcel's verdict, its findings gone), and a trail emptied under a store that holds parcels
cannot read intact, even with no anchor or backup left to say how long it was."""

from __future__ import annotations

import pytest

from s321_desk.cli import main
from s321_desk.services.kernel import audit
from s321_desk.store.database import Store
from s321_desk.store.uow import one_action
from tests.conftest import store_args
from tests.services.kernel.test_audit import tamper
from tests.services.kernel.test_audit_parcels import sql
from tests.services.papers.test_printing import packed  # noqa: F401  (fixture)

VERDICT_COLUMNS = (
    "parcel_id, evaluated_at, route, eligible_321, consignment_value_usd_cents, regime, "
    "rules_version, rules_as_of, fx_json, codes_json, judged_against"
)


def verified(store: Store) -> audit.ChainReport:
    with one_action(store.engine) as work:
        return audit.verify(work)


def test_a_verdict_inserted_with_sql_is_named(
    packed: tuple[Store, list[str]],  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The review's forgery: a finding-less T86 verdict copied from the parcel's own, with no
    audit record: it would be the parcel's verdict now."""
    store, _codes = packed
    before = verified(store)
    assert before.intact and before.verdicts > 0, before.problem
    sql(
        store,
        f"INSERT INTO parcel_verdicts ({VERDICT_COLUMNS}) SELECT parcel_id, evaluated_at, "
        "'T86', eligible_321, consignment_value_usd_cents, regime, rules_version, rules_as_of, "
        "fx_json, '[]', judged_against FROM parcel_verdicts "
        "WHERE id = (SELECT min(id) FROM parcel_verdicts)",
    )
    forged, parcel = sql_row(
        store, "SELECT id, parcel_id FROM parcel_verdicts ORDER BY id DESC LIMIT 1"
    )
    report = verified(store)
    assert report.problem == f"verdict {forged} of parcel {parcel}: no audit record covers it"
    assert main([*store_args(store), "audit", "verify"]) == 1
    assert f"verdict {forged} of parcel {parcel}: no audit record covers it" in (
        capsys.readouterr().err
    )


def test_a_parcel_inserted_with_sql_is_named(
    packed: tuple[Store, list[str]],  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A parcel row written with SQL beside the desk's, as the desk writes one today."""
    store, _codes = packed
    assert verified(store).intact
    sql(
        store,
        "INSERT INTO parcels (code, order_id, station, status, acknowledged, needs_decision, "
        "manual_hold, created_at, label_version, relabel) SELECT 'P9999999', order_id, "
        "station, 'voided', acknowledged, needs_decision, manual_hold, created_at, "
        "label_version, relabel FROM parcels WHERE id = (SELECT max(id) FROM parcels)",
    )
    (forged,) = sql_row(store, "SELECT id FROM parcels WHERE code = 'P9999999'")
    report = verified(store)
    assert report.problem == f"parcel P9999999 (id {forged}): no audit record covers it"
    assert main([*store_args(store), "audit", "verify"]) == 1
    assert "parcel P9999999" in capsys.readouterr().err


def test_an_emptied_trail_under_parcels_is_not_intact(
    packed: tuple[Store, list[str]],  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The review's GAP 5: every audit record deleted (its guard lifted), no anchor, no backup
    to say how many there were: the parcels the desk wrote are still there."""
    store, codes = packed
    tamper(store, "DELETE FROM audit_log")
    report = verified(store)
    assert report.records == 0
    assert report.problem is not None and report.problem.startswith(
        f"the audit trail is empty, but the store holds {len(codes)} parcel(s)"
    ), report.problem
    assert main([*store_args(store), "audit", "verify"]) == 1
    err = capsys.readouterr().err
    assert "the audit trail is empty" in err and len(err.strip().splitlines()) == 1


def test_a_trail_cut_before_the_parcels_hashed_is_not_intact(
    packed: tuple[Store, list[str]],  # noqa: F811
) -> None:
    """A trail too short: every record from the first that hashed a parcel deleted; what
    remains (the users, the settings) still links up, and no anchor says how long it was."""
    store, _codes = packed
    tamper(
        store,
        "DELETE FROM audit_log WHERE id >= (SELECT min(id) FROM audit_log "
        f"WHERE details LIKE '%\"{audit.PARCEL_KEY}\": {{%')",
    )
    report = verified(store)
    assert report.records > 0
    assert report.problem is not None and "no audit record" in report.problem, report


def sql_row(store: Store, query: str) -> tuple[object, ...]:
    from sqlalchemy import text

    with store.engine.connect() as connection:
        row = connection.execute(text(query)).one()
    return tuple(row)
