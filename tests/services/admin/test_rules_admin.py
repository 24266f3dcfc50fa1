"""FX rates and the rules pin, as the compliance lead sets them from the command line."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from s321_desk.cli import main
from s321_desk.services.admin.rules_and_rates import fx_table, pin_rules, rules_status
from s321_desk.store.database import Store, open_store
from s321_desk.store.models import AuditEntry
from s321_desk.store.uow import UnitOfWork, one_action
from tests.conftest import first_admin

NOW = datetime(2026, 11, 22, 15, tzinfo=UTC)


def test_fx_rates_entered_and_looked_up_by_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "d.sqlite3")
    assert main(["--db", db, "fx", "set", "CAD", "0.7200", "--from", "2026-07-01"]) == 0
    assert (
        main(
            [
                "--db",
                db,
                "fx",
                "set",
                "cad",
                "0.7300",
                "--from",
                "2026-10-01",
                "--source",
                "CBP certified, 2026 Q4",
            ]
        )
        == 0
    )
    assert main(["--db", db, "fx", "set", "CAD", "0.7310", "--from", "2026-10-01"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "fx", "list"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "CAD  from 2026-07-01  0.7200  ",
        "CAD  from 2026-10-01  0.7310  ",
    ]
    assert main(["--db", db, "fx", "list", "--json"]) == 0
    assert [(r["valid_from"], r["rate_to_usd"]) for r in json.loads(capsys.readouterr().out)] == [
        ("2026-07-01", "0.7200"),
        ("2026-10-01", "0.7310"),
    ]
    store = open_store(Path(db))
    try:
        with UnitOfWork(store.engine) as uow:
            table = fx_table(uow.session)
            audits = [json.loads(a.details) for a in uow.session.scalars(select(AuditEntry))]
    finally:
        store.dispose()
    assert table.rates_on(date(2026, 9, 30), ["CAD"]) == {
        "CAD": table.rate("CAD", date(2026, 7, 1)).rate_to_usd
    }  # type: ignore[union-attr]
    assert str(table.rate("CAD", date(2026, 11, 22)).rate_to_usd) == "0.7310"  # type: ignore[union-attr]
    assert audits[-1] == {"before": "0.7300", "after": "0.7310", "source": ""}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["CDN", "1", "--from", "2026-10-01"], "currency: unknown currency 'CDN'"),
        (["CAD", "0,73", "--from", "2026-10-01"], "rate: '0,73' is not a number"),
        (["CAD", "-1", "--from", "2026-10-01"], "rate: '-1' is not a plausible rate"),
        (["CAD", "0.73", "--from", "Oct 1"], "--from: 'Oct 1' is not a date"),
        (["USD", "1", "--from", "2026-10-01"], "currency: USD needs no rate"),
    ],
)
def test_bad_rates_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    assert main(["--db", str(tmp_path / "d.sqlite3"), "fx", "set", *args]) == 1
    assert capsys.readouterr().err.startswith(f"s321-desk: {message}")


def test_pinning_the_rules_is_shown_and_audited(store: Store) -> None:
    with one_action(store.engine) as work:
        assert rules_status(work, NOW).regime == "SUSPENDED"
    with one_action(store.engine, immediate=True) as work:
        pinned = pin_rules(work, datetime(2025, 3, 1, tzinfo=UTC), "court restored it")
    assert (pinned.regime, pinned.pin_reason) == ("ACTIVE", "court restored it")
    assert "PINNED as of 2025-03-01T00:00:00+00:00" in pinned.sentence()
    with one_action(store.engine) as work:
        assert rules_status(work, NOW).regime == "ACTIVE"
    with one_action(store.engine, immediate=True) as work:
        back = pin_rules(work, None, "the app now carries the ruling")
    assert (back.regime, back.pinned_as_of) == ("SUSPENDED", None)
    with UnitOfWork(store.engine) as uow:
        actions = [(a.action, a.reason) for a in uow.session.scalars(select(AuditEntry))]
    assert actions == [
        ("rules.pin", "court restored it"),
        ("rules.unpin", "the app now carries the ruling"),
    ]


def test_a_pin_needs_a_reason_and_an_instant_the_data_covers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "d.sqlite3")
    assert main(["--db", db, "rules", "pin", "2025-03-01T00:00Z", "--reason", " "]) == 1
    assert capsys.readouterr().err == (
        "s321-desk: pinning or unpinning the rules needs a reason (it is audited) (--reason)\n"
    )
    assert main(["--db", db, "rules", "pin", "2010-01-01T00:00Z", "--reason", "x"]) == 1
    assert "no regimes in force at 2010-01-01" in capsys.readouterr().err
    assert main(["--db", db, "rules", "pin", "2025-03-01", "--reason", "x"]) == 1
    assert "UTC offset" in capsys.readouterr().err
    assert main(["--db", db, "rules", "show"]) == 0
    out = capsys.readouterr().out  # the regime of today's crossings, whatever today is
    assert out.startswith("Rules rules-") and ("SUSPENDED" in out or "REPEALED" in out)
    assert main(["--db", db, "rules", "show", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["version"].startswith("rules-") and shown["pinned_as_of"] is None


def test_the_desk_pins_and_sets_rates_as_a_supervisor(store: Store) -> None:
    from s321_desk.services.admin.rules_and_rates import (
        check_pin_instant,
        list_fx_rates,
        set_fx_rate,
    )
    from s321_desk.services.admin.users import AccessRefused, add_user
    from s321_desk.services.kernel.errors import UserError

    admin = first_admin(store)
    with one_action(store.engine, immediate=True) as work:
        sam = add_user(work, "Sam Super", "supervisor", "2468", by=admin)
    with one_action(store.engine, immediate=True) as work:
        pat = add_user(work, "Pat Packer", "packer", "1111", by=admin)
    with pytest.raises(AccessRefused, match="pinning the rules needs a supervisor; Pat Packer"):
        with one_action(store.engine, immediate=True) as work:
            pin_rules(work, datetime(2025, 3, 1, tzinfo=UTC), "x", by=pat)
    with pytest.raises(AccessRefused, match="entering an FX rate needs a supervisor; Pat"):
        with one_action(store.engine, immediate=True) as work:
            set_fx_rate(work, "CAD", "0.73", date(2026, 10, 1), "", by=pat)
    with pytest.raises(UserError, match="no regimes in force at 2010-01-01"):
        check_pin_instant(datetime(2010, 1, 1, tzinfo=UTC))
    with one_action(store.engine, immediate=True) as work:
        pin_rules(work, datetime(2025, 3, 1, tzinfo=UTC), "court restored it", by=sam)
    with one_action(store.engine, immediate=True) as work:
        set_fx_rate(work, "CAD", "0.73", date(2026, 10, 1), "CBP", by=sam)
    with one_action(store.engine) as work:
        assert [(r.currency, str(r.rate_to_usd)) for r in list_fx_rates(work)] == [("CAD", "0.73")]
    with UnitOfWork(store.engine) as uow:
        acts = [(a.action, a.user_id) for a in uow.session.scalars(select(AuditEntry))]
    assert acts[-2:] == [("rules.pin", sam.id), ("fx.set", sam.id)]
