"""The decisions view on a real store where one person has two parcels the same day: the queue,
both sides, each action through the PIN dialog, checked in the store and its audit trail."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from s321_desk.services.admin.rules_and_rates import pin_rules
from s321_desk.services.admin.users import add_user
from s321_desk.services.lookup.parcel_views import parcel_view
from s321_desk.services.packing.pack import close_parcel, fill_parcel, open_parcel
from s321_desk.store.database import Store
from s321_desk.store.models import AuditEntry
from s321_desk.store.uow import UnitOfWork, one_action
from s321_desk.ui.dialogs.authorize import AuthorizeDialog
from s321_desk.ui.supervision.decisions_view import DecisionsView
from tests.conftest import first_admin
from tests.crew_records import add_crew, give_prior_notices
from tests.services.packing import test_packing
from tests.services.supervision.test_decisions import sam

stocked = test_packing.stocked  # the fixture: the catalog and orders #1001, #1002 of one person
MORNING = datetime(2024, 6, 10, 16, tzinfo=UTC)  # 9:00 at Blaine, the conflict's crossing day
TORONTO = ZoneInfo("America/Toronto")
FIRST, SECOND = "P0000001", "P0000002"  # #1001 John A. Smith (DOCK-1), #1002 Jon Smith (DOCK-2)
SIDE_STATION = 5  # the sides table's Station column


@pytest.fixture
def two_parcels(stocked: Store) -> Store:
    """Two parcels of one person (two spellings) the same day, under de minimis rules."""
    with one_action(stocked.engine, immediate=True) as uow:
        pin_rules(uow, datetime(2024, 6, 1, tzinfo=UTC), "test under de minimis")
    admin = first_admin(stocked)
    with one_action(stocked.engine, immediate=True) as uow:
        add_user(uow, "Sam Super", "supervisor", "2468", by=admin)
    for order, station in (("#1001", "DOCK-1"), ("#1002", "DOCK-2")):
        with one_action(stocked.engine, immediate=True) as uow:
            parcel = open_parcel(uow, order, station=station)
        fill_parcel(stocked.engine, parcel)
        with one_action(stocked.engine, immediate=True, durable=True) as uow:
            close_parcel(uow, parcel, crossing=test_packing.CROSSING, port_code="3004")
    return stocked


@pytest.fixture
def view(qtbot: QtBot, two_parcels: Store) -> Iterator[DecisionsView]:
    shown = DecisionsView(two_parcels.engine, zone=TORONTO, station="DESK-1", clock=lambda: MORNING)
    qtbot.addWidget(shown)
    shown.resize(1366, 700)
    shown.show()
    yield shown


def queue(view: DecisionsView) -> list[str]:
    return [row.parcel_id for row in view.queue_model.rows()]


def choose(view: DecisionsView, parcel: str) -> None:
    assert view.select_parcel(parcel)
    assert view.current_row() is not None and view.current_row().parcel_id == parcel  # type: ignore[union-attr]


def sign(dialog: AuthorizeDialog | None, pin: str = "2468", reason: str = "checked") -> None:
    assert dialog is not None and dialog.isVisible()
    dialog.fill("Sam Super", pin, reason)
    dialog.try_accept()


def decisions(store: Store) -> list[tuple[str, str | None, str | None]]:
    with UnitOfWork(store.engine) as uow:
        entries = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.action.startswith("decision."))  # type: ignore[attr-defined]
        )
        return [(e.action, e.entity_id, e.reason) for e in entries]


def enabled(view: DecisionsView) -> set[str]:
    return {action for action, button in view.buttons.items() if button.isEnabled()}


def test_the_queue_lists_both_and_shows_both_sides(view: DecisionsView) -> None:
    assert queue(view) == [SECOND, FIRST]  # newest first
    assert view.title_label.text() == "2 parcels wait for a decision - crossing Mon 2024-06-10"
    choose(view, SECOND)

    sides = view.sides_model.rows()
    assert [s.parcel_id for s in sides] == [SECOND, FIRST]
    assert [view.sides_model.text_at(i, SIDE_STATION) for i in range(2)] == ["DOCK-2", "DOCK-1"]
    assert [view.sides_model.text_at(i, 0) for i in range(2)] == [
        "this parcel",
        "same person, name variant",
    ]
    assert view.sides_model.text_at(1, 8) == "USD 499.00"
    assert "Jon Smith and John A. Smith" in view.detail_label.text()
    assert enabled(view) == {
        "accept-route",
        "acknowledge",
        "defer",
        "consolidate",
        "split",
        "hold",
        "void",
        "reprint",
    }
    assert view.into_combo.currentData() == FIRST and view.split_combo.currentData() == FIRST


def test_a_wrong_pin_is_refused_in_the_dialog_then_the_right_one_decides(
    qtbot: QtBot, view: DecisionsView, two_parcels: Store
) -> None:
    store = two_parcels
    view.group_check.setChecked(False)  # this parcel alone (the group: below)
    choose(view, FIRST)
    qtbot.keyClick(view.queue_table, Qt.Key.Key_Return)  # Enter: the suggested action
    dialog = view.dialog
    assert dialog is not None and dialog.windowTitle() == f"Acknowledge: {FIRST}"
    qtbot.keyClicks(dialog.who_edit, "Sam Super")
    qtbot.keyClicks(dialog.pin_edit, "1111")
    qtbot.keyClicks(dialog.reason_edit, "same customer, two orders")
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)

    assert dialog.isVisible() and "wrong PIN" in dialog.error_label.text()
    with one_action(store.engine) as uow:
        assert decisions(store) == [] and parcel_view(uow, FIRST).needs_decision
    assert queue(view) == [SECOND, FIRST]

    qtbot.keyClicks(dialog.pin_edit, "2468")
    qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert decisions(store) == [("decision.acknowledge", FIRST, "same customer, two orders")]
    with one_action(store.engine) as uow:
        assert not parcel_view(uow, FIRST).needs_decision
    assert queue(view) == [SECOND]
    assert view.status_text.startswith(f"Done: Sam Super acknowledged the warnings of {FIRST}.")
    assert f"{FIRST} route S321_MANIFEST, no decision needed" in view.status_text
    assert view.status_text.endswith("Queue: 2 -> 1.")
    assert view.current_row().parcel_id == SECOND  # type: ignore[union-attr]


def test_hold_then_release(view: DecisionsView, two_parcels: Store) -> None:
    store = two_parcels
    choose(view, FIRST)
    assert "release" not in enabled(view)
    view.buttons["hold"].click()
    sign(view.dialog, reason="box damaged")

    with one_action(store.engine) as uow:
        assert parcel_view(uow, FIRST).status == "held"
    assert view.current_row().held  # type: ignore[union-attr]
    assert "HELD by a supervisor" in view.detail_label.text()
    assert "Decided before: hold by Sam Super" in view.detail_label.text()
    assert {"release"} <= enabled(view) and "hold" not in enabled(view)
    assert view.dialog is None

    view.buttons["release"].click()
    dialog = view.dialog
    assert dialog is not None and dialog.who_edit.text() == "Sam Super"  # only the PIN again
    sign(dialog, reason="repacked")

    with one_action(store.engine) as uow:
        assert parcel_view(uow, FIRST).status == "closed"
    assert [d[0] for d in decisions(store)] == ["decision.hold", "decision.release"]
    assert view.status_text.startswith(f"Done: Sam Super released {FIRST}.")


def test_void_takes_the_conflict_with_it(view: DecisionsView, two_parcels: Store) -> None:
    store = two_parcels
    choose(view, SECOND)
    sign(view.ask("void"), reason="packed twice")

    with one_action(store.engine) as uow:
        assert parcel_view(uow, SECOND).status == "voided"
    assert queue(view) == []  # the first one has nothing left to decide
    assert view.status_text.startswith(f"Done: Sam Super voided {SECOND}.")
    assert f"{FIRST} route S321_MANIFEST, no decision needed" in view.status_text
    assert view.title_label.text() == "Nothing to decide - crossing Mon 2024-06-10"
    assert enabled(view) == set()


def test_defer_to_the_next_days_truck(view: DecisionsView, two_parcels: Store) -> None:
    store = two_parcels
    choose(view, SECOND)
    assert view.defer_edit.text() == "Tue 2024-06-11 18:00"
    dialog = view.ask("defer")
    assert dialog is not None and "to the truck of Tue 2024-06-11 18:00" in dialog.what_label.text()
    sign(dialog, reason="customer asked")

    with one_action(store.engine) as uow:
        moved = parcel_view(uow, SECOND)
    assert (moved.us_day, moved.route, moved.needs_decision) == (
        "2024-06-11",
        "S321_MANIFEST",
        False,
    )
    assert queue(view) == []
    assert view.status_text.startswith(
        f"Done: Sam Super deferred {SECOND} to Tue 2024-06-11 18:00."
    )


def test_consolidate_into_the_same_persons_parcel(view: DecisionsView, two_parcels: Store) -> None:
    store = two_parcels
    choose(view, SECOND)
    sign(view.ask("consolidate"), reason="one box")

    with one_action(store.engine) as uow:
        merged = parcel_view(uow, FIRST)
    with one_action(store.engine) as uow:
        assert parcel_view(uow, SECOND).status == "voided"
    assert Decimal(merged.consignment_value_usd or "0") == Decimal("949.00")
    assert queue(view) == [FIRST]  # $949 is over the limit: the route is still to accept
    assert f"consolidated {SECOND} into {FIRST}" in view.status_text
    judged = view.status_text.partition("Judged again:")[2]
    assert judged and all(judged.count(p) <= 1 for p in (FIRST, SECOND))  # each said once
    assert enabled(view) >= {"accept-route"} and "consolidate" not in enabled(view)
    assert view.into_combo.count() == 0 and not view.into_combo.isEnabled()


def test_split_two_people_at_one_address(view: DecisionsView, two_parcels: Store) -> None:
    store = two_parcels
    choose(view, SECOND)
    sign(view.ask("split"), reason="father and son")

    with one_action(store.engine) as uow:
        codes = {c["code"] for c in parcel_view(uow, SECOND).codes}
    assert codes == {"SAME_ADDRESS_DIFFERENT_RECIPIENT"}
    assert queue(view) == [SECOND, FIRST]  # still worth a look: another name at the door
    assert "split" not in enabled(view)  # no longer merged: two people
    assert "consolidate" not in enabled(view)  # not into another person's box
    assert view.sides_model.text_at(1, 0) == "same address, other person"


def test_a_parcel_held_on_another_day_waits_in_the_queue(
    view: DecisionsView, two_parcels: Store
) -> None:
    store = two_parcels
    sam(store, SECOND, "defer", crossing=datetime(2024, 6, 11, 17, tzinfo=UTC))
    sam(store, SECOND, "hold")
    view.refresh()  # what the warnings panel's ``refreshed`` does

    assert queue(view) == [SECOND]
    assert "(of them 1 of other days)" in view.title_label.text()
    assert not view.queue_table.isColumnHidden(4)  # the US day says which
    choose(view, SECOND)
    assert view.current_row().us_day == date(2024, 6, 11)  # type: ignore[union-attr]
    # Alone on its day: nothing to consolidate with or split from.
    assert enabled(view) == {"defer", "release", "void"}


def test_a_cancelled_dialog_changes_nothing(view: DecisionsView, two_parcels: Store) -> None:
    store = two_parcels
    choose(view, SECOND)
    dialog = view.ask("void")
    assert dialog is not None
    dialog.reject()

    assert view.status_text == f"Void {SECOND}: cancelled, nothing changed."
    with one_action(store.engine) as uow:
        assert parcel_view(uow, SECOND).status == "closed" and decisions(store) == []
    assert view.ask("release") is None  # not held: no dialog at all


def test_the_table_models(qtmodeltester: ModelTester, view: DecisionsView) -> None:
    choose(view, SECOND)
    assert view.queue_model.rowCount() == 2 and view.sides_model.rowCount() == 2
    qtmodeltester.check(view.queue_model)
    qtmodeltester.check(view.sides_model)


def test_the_empty_models(qtmodeltester: ModelTester, qtbot: QtBot, stocked: Store) -> None:
    empty = DecisionsView(stocked.engine, zone=TORONTO, clock=lambda: MORNING)
    qtbot.addWidget(empty)
    assert empty.queue_model.rowCount() == 0 and empty.sides_model.rowCount() == 0
    assert empty.ask_suggested() is None
    qtmodeltester.check(empty.queue_model)
    qtmodeltester.check(empty.sides_model)


def test_each_action_is_on_its_mnemonic(qtbot: QtBot, view: DecisionsView) -> None:
    choose(view, FIRST)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=1000)
    qtbot.keyClick(view.queue_table, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: view.dialog is not None, timeout=1000)  # a mnemonic animates a click

    dialog = view.dialog
    assert dialog is not None and dialog.windowTitle() == f"Hold: {FIRST}"
    assert all("(Alt+" in button.text() for button in view.buttons.values())


def test_hidden_it_reads_again_only_when_shown(view: DecisionsView, two_parcels: Store) -> None:
    view.hide()  # another tab is in front
    sam(two_parcels, SECOND, "void")
    view.refresh()
    assert queue(view) == [SECOND, FIRST]  # not read while nobody looks

    view.show()

    assert queue(view) == []


@pytest.fixture
def sealed_difference(stocked: Store) -> Store:
    """#1001 packed for the 14:00 truck, loaded and sealed as S321; then #1002, the same person,
    packed for 10:00: judged against the filing, and the sealed parcel waits for a supervisor."""
    from s321_desk.services.loads.trips import add_parcels, close_load, create_load

    with one_action(stocked.engine, immediate=True) as uow:
        pin_rules(uow, datetime(2024, 6, 1, tzinfo=UTC), "test under de minimis")
    admin = first_admin(stocked)
    with one_action(stocked.engine, immediate=True) as uow:
        add_user(uow, "Sam Super", "supervisor", "2468", by=admin)
    crossings = {"#1001": datetime(2024, 6, 10, 21, tzinfo=UTC), "#1002": MORNING}
    with one_action(stocked.engine, immediate=True) as uow:
        parcel = open_parcel(uow, "#1001", station="DOCK-1")
    fill_parcel(stocked.engine, parcel)
    with one_action(stocked.engine, immediate=True, durable=True) as uow:
        close_parcel(uow, parcel, crossing=crossings["#1001"], port_code="3004")
    with one_action(stocked.engine, immediate=True) as uow:
        load = create_load(
            uow,
            scac="ABCD",
            port_code="3004",
            arrival=crossings["#1001"],
            crew=add_crew(stocked.engine),
        )
    with one_action(stocked.engine, immediate=True) as uow:
        add_parcels(uow, load.trip_number, [FIRST])
    give_prior_notices(stocked.engine, load.trip_number)
    with one_action(stocked.engine, immediate=True, durable=True) as uow:
        close_load(uow, load.trip_number, seal="S-1", user="Sam Super", pin="2468")
    with one_action(stocked.engine, immediate=True) as uow:
        parcel = open_parcel(uow, "#1002", station="DOCK-2")
    fill_parcel(stocked.engine, parcel)
    with one_action(stocked.engine, immediate=True, durable=True) as uow:
        close_parcel(uow, parcel, crossing=crossings["#1002"], port_code="3004")
    return stocked


def test_a_sealed_parcels_difference_is_acknowledged(
    qtbot: QtBot, sealed_difference: Store
) -> None:
    from tests.ui.french import screenshot

    store = sealed_difference
    view = DecisionsView(store.engine, zone=TORONTO, station="DESK-1", clock=lambda: MORNING)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    assert queue(view) == [SECOND, FIRST]
    choose(view, FIRST)
    row = view.current_row()
    assert row is not None and row.summary.startswith(
        "crossed as filed on ABCD000001 (S321_MANIFEST); judged now: T11"
    )
    assert view.detail_label.text().startswith(
        "SEALED on truck ABCD000001: it crossed as filed (S321_MANIFEST). Judged now it would "
        f"be T11, after parcel.close {SECOND}"
    )
    assert enabled(view) == {"acknowledge", "hold", "reprint"}
    screenshot(view, "decisions-sealed")
    view.buttons["acknowledge"].click()
    sign(view.dialog, reason="crossed as filed; the broker is told")

    assert queue(view) == [SECOND]  # the filing stands, acknowledged
    with one_action(store.engine) as uow:
        view_of_first = parcel_view(uow, FIRST)
    assert view_of_first.route == "S321_MANIFEST" and not view_of_first.needs_decision
    assert [c["state"] for c in view_of_first.sealed_conflicts] == ["acknowledged"]
    assert decisions(store)[-1] == (
        "decision.acknowledge",
        FIRST,
        "crossed as filed; the broker is told",
    )


def test_the_whole_group_is_acknowledged_with_one_pin_and_a_preset_reason(
    qtbot: QtBot, view: DecisionsView, two_parcels: Store
) -> None:
    """A signed supervisor (the PIN alone), a reason picked with Down, both sides at once."""
    store = two_parcels
    view.signer.signed("Sam Super")
    choose(view, FIRST)
    assert view.group_check.isChecked()
    qtbot.keyClick(view.queue_table, Qt.Key.Key_Return)  # Enter: acknowledge
    dialog = view.dialog
    assert dialog is not None and dialog.who_edit.text() == "Sam Super"
    assert dialog.focusWidget() is dialog.pin_edit and SECOND in dialog.what_label.text()
    qtbot.keyClicks(dialog.pin_edit, "2468")
    qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Down)  # the first usual reason
    assert dialog.reason_edit.text() == "Checked: one person, one household"
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)

    assert dialog.result() == QDialog.DialogCode.Accepted
    reason = "Checked: one person, one household"
    assert sorted(decisions(store)) == [
        ("decision.acknowledge", FIRST, reason),
        ("decision.acknowledge", SECOND, reason),
    ]
    assert view.status_text.endswith(f"The same for {SECOND}.")


def test_a_missing_reason_keeps_the_pin_and_puts_the_cursor_in_the_reason(
    qtbot: QtBot, view: DecisionsView
) -> None:
    choose(view, FIRST)
    dialog = view.ask("hold")
    assert dialog is not None
    qtbot.keyClicks(dialog.who_edit, "Sam Super")
    qtbot.keyClicks(dialog.pin_edit, "2468")
    qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    assert "reason (it is audited)" in dialog.error_label.text()
    assert dialog.pin_edit.text() == "2468"
    assert dialog.focusWidget() in (dialog.reason_edit, dialog.reason_box)
    assert dialog.what_label.height() >= dialog.what_label.heightForWidth(dialog.what_label.width())
