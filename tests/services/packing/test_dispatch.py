"""The station's one service call (services/packing/dispatch.scan) on a real store, each backend:
an order's pick ticket, an item, a command, a refusal, nothing, a pick ticket while a parcel is
open; each scan one transaction, and the outcome is all the station shows."""

from __future__ import annotations

import ast
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from s321_desk.domain.codes import HoldTag, ParcelStatus, StationCommand
from s321_desk.services.admin.rules_and_rates import set_fx_rate
from s321_desk.services.admin.users import add_user
from s321_desk.services.files.catalog_import import import_catalog
from s321_desk.services.files.orders_import import import_orders
from s321_desk.services.packing.dispatch import (
    Alert,
    Ask,
    Banner,
    Line,
    StationOutcome,
    StationState,
    Tone,
    close,
    scan,
    signed,
)
from s321_desk.store.database import Store
from s321_desk.store.models import AuditEntry, Parcel, ParcelItem, User
from s321_desk.store.uow import UnitOfWork, one_action
from tests.conftest import first_admin, write_csv
from tests.services.packing.test_packing import CATALOG, ORDERS
from tests.services.supervision.test_one_transaction import counted_begins

ROOT = Path(__file__).resolve().parents[3]
NOW = datetime(2024, 6, 10, 15, tzinfo=UTC)
HERE = StationState("DOCK-3")


@pytest.fixture
def stocked(store: Store, tmp_path: Path) -> Store:
    """#1001 (two T-shirts, a jacket), #1002 (a jacket); a toque with no HTS (it holds)."""
    catalog = CATALOG + "TOQUE,Knit toque,,CA,30.00,CAD,0.100,,\n"
    orders = ORDERS + (
        "#1003,CAD,2024-06-10 10:00:00 -0700,1,Knit toque,30.00,TOQUE,Ana Lopez,"
        "9 Elm St,,Buffalo,14202,NY,US\n"
    )
    import_catalog(store.engine, write_csv(tmp_path / "c.csv", catalog))
    import_orders(store.engine, write_csv(tmp_path / "o.csv", orders))
    with one_action(store.engine, immediate=True) as uow:
        set_fx_rate(uow, "CAD", "0.7300", date(2024, 1, 1), "test")
    return store


def scans(store: Store, state: StationState, *texts: str) -> StationOutcome:
    """Each text scanned in turn, the state carried from one to the next; the last outcome."""
    outcome = StationOutcome(state)
    for text in texts:
        outcome = scan(store.engine, outcome.state, text, now=NOW)
    return outcome


def items_in(store: Store) -> int:
    with UnitOfWork(store.engine) as uow:
        return uow.session.scalar(select(func.count()).select_from(ParcelItem)) or 0


def parcels(store: Store) -> list[tuple[str, str]]:
    with UnitOfWork(store.engine) as uow:
        return [(p.code, p.status) for p in uow.session.scalars(select(Parcel))]


def test_an_order_opens_its_parcel_and_the_outcome_says_all_the_station_shows(
    stocked: Store,
) -> None:
    opened = scan(stocked.engine, HERE, "#1001", now=NOW)

    ((code, status),) = parcels(stocked)
    assert status == "open" and opened.opened and opened.new_history
    assert opened.state == StationState("DOCK-3", opened.state.parcel_id, code, None)
    assert str(opened.message) == f"Order #1001: parcel {code}"
    assert [(str(h.text), h.kind) for h in opened.history] == [
        (f"ORDER  #1001  parcel {code}", Line.ORDER)
    ]
    assert opened.banner == Banner.PACKING and opened.tone == Tone.PLAIN and not opened.alerts
    assert opened.bench is not None
    assert (opened.bench.order, opened.bench.packed, opened.bench.ordered) == ("#1001", 0, 3)


def test_an_item_is_checked_off_in_one_transaction(stocked: Store) -> None:
    state = scan(stocked.engine, HERE, "1001", now=NOW).state
    with counted_begins(stocked.engine) as begins:
        item = scan(stocked.engine, state, "012345678905", now=NOW)  # the T-shirt's UPC

    assert begins == [1]  # the scan, the bench and the holds: one unit of work (was three)
    assert items_in(stocked) == 1 and item.state == state
    assert str(item.message) == "Cotton T-shirt M: 1 of 2"
    assert [(str(h.text), h.kind) for h in item.history] == [
        ("+1  Cotton T-shirt M  (1 of 2)", Line.ITEM)
    ]
    assert item.bench is not None and [ln.packed for ln in item.bench.lines] == [1, 0]
    assert item.banner == Banner.PACKING and item.tone == Tone.PLAIN


def test_an_item_that_will_hold_its_parcel_is_said_in_red_with_the_hold_sound(
    stocked: Store,
) -> None:
    held = scans(stocked, HERE, "#1003", "TOQUE")

    assert str(held.message).startswith(
        "HOLD AHEAD: Knit toque: no HTS number in the catalog. This parcel will be held"
    )
    assert (held.tone, held.alerts) == (Tone.HOLD, (Alert.HOLD,))
    assert items_in(stocked) == 1


def test_refusals_change_nothing_and_say_why(stocked: Store) -> None:
    state = scans(stocked, HERE, "#1001", "JKT").state
    for text, why in (
        ("MUG-999", "MUG-999: unknown barcode or SKU"),
        ("JKT", "JKT (Down jacket): all 1 already packed (over-pick)"),
    ):
        refused = scan(stocked.engine, state, text, now=NOW)
        assert (str(refused.message), refused.tone, refused.alerts) == (
            why,
            Tone.REFUSED,
            (Alert.ERROR,),
        )
        assert refused.banner == Banner.REFUSED and str(refused.refused) == why
        assert [(str(h.text), h.kind) for h in refused.history] == [
            (f"REFUSED  {text}", Line.REFUSED)
        ]
        assert refused.state == state
    not_a_code = scan(stocked.engine, state, "TS\x00M", now=NOW)
    assert str(not_a_code.message) == "scan 'TS\\x00M': not a code (character U+0000 at position 3)"
    assert str(not_a_code.refused) == "not a code (character U+0000 at position 3)"
    command = scan(stocked.engine, state, "CMD-VOID", now=NOW)  # the parcel is still open
    assert (
        str(command.message)
        == f"CMD-VOID: parcel {state.shown} is still open; close it first (F12)"
    )
    assert command.tone == Tone.REFUSED and command.banner == Banner.KEEP and not command.history
    assert items_in(stocked) == 1


def test_nothing_scanned_is_nothing(stocked: Store) -> None:
    state = scans(stocked, HERE, "#1001").state
    for blank in ("", "   ", "\t"):
        assert scan(stocked.engine, state, blank, now=NOW) == StationOutcome(state)


def test_a_pick_ticket_while_a_parcel_is_open(stocked: Store) -> None:
    state = scans(stocked, HERE, "#1001", "TS-M").state
    again = scan(stocked.engine, state, " 1001 ", now=NOW)
    assert str(again.message) == f"Already packing order #1001 (parcel {state.shown})"
    assert again.state == state and not again.history

    other = scan(stocked.engine, state, "#1002", now=NOW)
    assert str(other.message) == (
        f"#1002 is another order: parcel {state.shown} of order #1001 is not closed; close it "
        "(F12) or undo its items first"
    )
    assert other.tone == Tone.REFUSED and other.banner == Banner.REFUSED
    assert len(parcels(stocked)) == 1  # nothing opened for it

    emptied = scan(stocked.engine, state, "CMD-UNDO", now=NOW)
    assert (
        emptied.undone
        and str(emptied.message) == "Undone: Cotton T-shirt M; take it out of the box"
    )
    switched = scan(stocked.engine, emptied.state, "#1002", now=NOW)  # an empty parcel: left
    assert switched.opened and switched.state.parcel_id != state.parcel_id
    assert switched.bench is not None and switched.bench.order == "#1002"
    resumed = scan(stocked.engine, switched.state, "#1001", now=NOW)  # taken up again
    assert resumed.state.parcel_id == state.parcel_id and str(resumed.message).startswith(
        "Order #1001: parcel "
    )


def test_close_short_then_confirmed_by_the_command_sheet(stocked: Store) -> None:
    with one_action(stocked.engine, immediate=True) as uow:
        add_user(uow, "Sam Super", "supervisor", "2468", by=first_admin(stocked))
    state = scans(stocked, HERE, "#1001", "TS-M", "TS-M").state
    short = scan(stocked.engine, state, "cmd-close", now=NOW)  # any case
    assert short.banner == Banner.SHORT and short.alerts == (Alert.CHECK,)
    assert [line.sku for line in short.missing] == ["JKT"]
    assert short.state.short_asked == state.parcel_id and parcels(stocked)[0][1] == "open"

    again = scan(stocked.engine, short.state, "CMD-CLOSE", now=NOW)  # F12 again: a supervisor
    assert (again.ask, again.command, again.word) == (
        Ask.SUPERVISOR,
        StationCommand.SHORT,
        "CMD-CLOSE",
    )

    closed = scan(stocked.engine, short.state, "CMD-SHORT", now=NOW)
    assert closed.banner == Banner.VERDICT and closed.closed is not None
    assert closed.closed.confirmed_by == "CMD-SHORT"
    assert [line.sku for line in closed.closed.missing] == ["JKT"]
    assert closed.state == StationState("DOCK-3", None, state.shown, None)
    assert parcels(stocked)[0][1] in ("closed", "held")


def test_a_close_names_its_paper_and_the_supervisor_commands_ask_for_a_signature(
    stocked: Store,
) -> None:
    admin = first_admin(stocked)
    with one_action(stocked.engine, immediate=True) as uow:
        add_user(uow, "Sam Super", "supervisor", "2468", by=admin)
    state = scans(stocked, HERE, "#1002", "JKT").state
    with counted_begins(stocked.engine) as begins:
        closed = close(stocked.engine, state)
    assert begins == [1]  # the close, its verdict, its neighbours' and its paper: one
    assert closed.closed is not None and closed.closed.view.parcel_id == state.shown
    assert closed.closed.paper == (
        "label"
        if closed.closed.view.status == "closed" and not closed.closed.view.needs_decision
        else None
    )
    for word, command in (
        ("CMD-HOLD", StationCommand.HOLD),
        ("CMD-VOID", StationCommand.VOID),
        ("CMD-REPRINT", StationCommand.REPRINT),
    ):
        asked = scan(stocked.engine, closed.state, word, now=NOW)
        assert (asked.ask, asked.command, asked.word) == (Ask.SUPERVISOR, command, word)

    held = scans(stocked, closed.state, "#1003", "TOQUE", "CMD-CLOSE")
    assert held.closed is not None and held.closed.view.status == "held"
    assert held.closed.paper == HoldTag.HOLD  # a held box gets its tag, never a label
    reprint = scan(stocked.engine, held.state, "CMD-REPRINT", now=NOW)
    assert reprint.paper == HoldTag.HOLD and reprint.ask is None  # no leave to ask


def test_a_supervisors_command_on_a_store_with_no_user_asks_for_the_administrator(
    stocked: Store,
) -> None:
    state = scans(stocked, HERE, "#1002", "JKT", "CMD-CLOSE").state
    refused = scan(stocked.engine, state, "CMD-HOLD", now=NOW)
    assert refused.administrator_needed and refused.tone == Tone.REFUSED
    assert str(refused.message) == (
        "CMD-HOLD: no supervisor can sign yet; create the administrator first"
    )


def test_the_station_widget_parses_no_scan() -> None:
    """ui/station/ hands the scanner's text to the service whole: no module of it imports
    domain/scanning (the widget no longer reads a scan, nor decides what it was)."""
    imported = {}
    for path in sorted((ROOT / "s321_desk" / "ui" / "station").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
        names |= {
            alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.Import)
            for alias in node.names
        }
        imported[path.name] = names
    assert "view.py" in imported
    assert not {
        name
        for name, names in imported.items()
        if any(n and n.startswith("s321_desk.domain.scanning") for n in names)
    }
    assert "s321_desk.services.packing.dispatch" in imported["view.py"]


# -- a supervisor's signature in the panel: one call, one transaction -------------------------


def sign(
    store: Store, state: StationState, command: StationCommand, who: str, pin: str, reason: str
) -> StationOutcome:
    """The supervisor's action as the station runs it: one unit of work, one call."""
    with one_action(store.engine, immediate=True, durable=True) as uow:
        return signed(uow, state, command, user=who, pin=pin, reason=reason)


def failed_pins(store: Store, name: str) -> int:
    with UnitOfWork(store.engine) as uow:
        user = uow.session.scalars(select(User).where(User.name == name)).one()
        return user.failed_pin_attempts


def audited(store: Store, action: str) -> list[str]:
    with UnitOfWork(store.engine) as uow:
        entries = uow.session.scalars(select(AuditEntry).where(AuditEntry.action == action))
        return [entry.entity_id for entry in entries]


@pytest.fixture
def supervised(stocked: Store) -> Store:
    admin = first_admin(stocked)
    with one_action(stocked.engine, immediate=True) as uow:
        add_user(uow, "Sam Super", "supervisor", "2468", by=admin)
    with one_action(stocked.engine, immediate=True) as uow:
        add_user(uow, "Pat Packer", "packer", "1357", by=admin)
    return stocked


def test_a_hold_signed_at_the_station_is_one_transaction_with_its_pin(supervised: Store) -> None:
    closed = scans(supervised, HERE, "#1002", "JKT", "CMD-CLOSE")
    code = closed.state.shown
    assert closed.closed is not None and closed.closed.view.status == "closed"
    with counted_begins(supervised.engine) as begins:
        held = sign(supervised, closed.state, StationCommand.HOLD, "Sam Super", "2468", "crushed")

    # The PIN, the hold, the verdict after it and the papers it calls for: one (was four: the
    # PIN's check committed apart, the decision, then the view and the papers the widget read).
    assert begins == [1]
    assert held.ask is None and held.tone == Tone.PLAIN and held.signed_by == "Sam Super"
    assert held.banner == Banner.DECIDED and held.decision is not None
    decision = held.decision
    assert (decision.command, decision.by, decision.reason) == (
        StationCommand.HOLD,
        "Sam Super",
        "crushed",
    )
    assert decision.view.parcel_id == code and decision.view.status == ParcelStatus.HELD
    assert [(p.parcel, p.paper) for p in decision.papers] == [(code, HoldTag.HOLD)]
    assert held.state == closed.state  # nothing open; the held parcel stays on the screen
    assert audited(supervised, "decision.hold") == [code]


def test_a_hold_while_packing_closes_the_open_parcel_held(supervised: Store) -> None:
    packing = scans(supervised, HERE, "#1001", "TS-M")
    held = sign(supervised, packing.state, StationCommand.HOLD, "Sam Super", "2468", "torn")

    assert held.decision is not None and held.decision.view.status == ParcelStatus.HELD
    assert held.state == StationState("DOCK-3", None, packing.state.shown, None)
    assert parcels(supervised) == [(packing.state.shown, held.decision.view.status)]
    assert [p.paper for p in held.decision.papers] == [HoldTag.HOLD]


def test_a_wrong_pin_asks_again_changes_nothing_and_stays_counted(supervised: Store) -> None:
    closed = scans(supervised, HERE, "#1002", "JKT", "CMD-CLOSE")
    with counted_begins(supervised.engine) as begins:
        refused = sign(supervised, closed.state, StationCommand.VOID, "Sam Super", "0000", "x")

    assert begins == [1]
    assert (refused.ask, refused.command, refused.access_refused) == (
        Ask.SUPERVISOR,
        StationCommand.VOID,
        True,
    )
    assert str(refused.message) == "Sam Super: wrong PIN"
    assert (refused.tone, refused.alerts, refused.decision) == (Tone.REFUSED, (Alert.ERROR,), None)
    assert refused.state == closed.state and not refused.signed_by
    assert parcels(supervised)[0][1] == "closed"  # not voided
    assert failed_pins(supervised, "Sam Super") == 1  # committed with the refused action
    assert audited(supervised, "decision.void") == []

    again = sign(supervised, closed.state, StationCommand.VOID, "Sam Super", "2468", "cancelled")
    assert again.decision is not None and again.decision.view.status == "voided"
    assert failed_pins(supervised, "Sam Super") == 0


def test_a_packer_may_not_decide_and_a_refused_decision_is_undone(supervised: Store) -> None:
    closed = scans(supervised, HERE, "#1002", "JKT", "CMD-CLOSE")
    packer = sign(supervised, closed.state, StationCommand.HOLD, "Pat Packer", "1357", "crushed")
    assert packer.ask == Ask.SUPERVISOR and packer.access_refused
    assert str(packer.message) == "Pat Packer is a packer; this needs a supervisor"
    assert audited(supervised, "decision.hold") == []

    sign(supervised, closed.state, StationCommand.VOID, "Sam Super", "2468", "cancelled")
    again = sign(supervised, closed.state, StationCommand.VOID, "Sam Super", "2468", "twice")
    assert again.ask == Ask.SUPERVISOR and not again.access_refused  # the PIN was right
    assert str(again.message) == f"parcel {closed.state.shown}: voided; nothing more to decide"
    assert audited(supervised, "decision.void") == [closed.state.shown]
    assert audited(supervised, "login").count(str(_user_id(supervised, "Sam Super"))) == 2


def test_a_reprint_names_the_paper_and_a_short_close_is_confirmed_by_name(
    supervised: Store,
) -> None:
    closed = scans(supervised, HERE, "#1002", "JKT", "CMD-CLOSE")
    reprint = sign(supervised, closed.state, StationCommand.REPRINT, "Sam Super", "2468", "torn")
    assert reprint.decision is not None
    assert [(p.parcel, p.paper) for p in reprint.decision.papers] == [(closed.state.shown, "label")]

    short = scans(supervised, closed.state, "#1001", "TS-M", "CMD-CLOSE", "CMD-CLOSE")
    assert short.ask == Ask.SUPERVISOR and short.command == StationCommand.SHORT
    with counted_begins(supervised.engine) as begins:
        confirmed = sign(supervised, short.state, StationCommand.SHORT, "Sam Super", "2468", "")
    assert begins == [1]  # the PIN and the close (was two)
    assert confirmed.closed is not None and confirmed.closed.confirmed_by == "Sam Super"
    assert [line.sku for line in confirmed.closed.missing] == ["TS-M", "JKT"]
    assert confirmed.signed_by == "Sam Super" and confirmed.banner == Banner.VERDICT
    assert confirmed.state == StationState("DOCK-3", None, short.state.shown, None)


def _user_id(store: Store, name: str) -> int:
    with UnitOfWork(store.engine) as uow:
        user = uow.session.scalars(select(User).where(User.name == name)).one()
        assert user.id is not None
        return user.id
