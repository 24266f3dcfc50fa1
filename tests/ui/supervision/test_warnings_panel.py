"""The warnings panel on a real store that other processes change: seen in a second, announced once."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from s321_desk.services.admin.rules_and_rates import pin_rules
from s321_desk.services.admin.users import add_user
from s321_desk.services.packing.pack import close_parcel, fill_parcel, open_parcel
from s321_desk.services.supervision.decisions import decide
from s321_desk.store.database import Store
from s321_desk.store.uow import one_action
from s321_desk.ui.supervision.warnings_panel import WarningsPanel
from tests.conftest import first_admin, store_args
from tests.services.packing import test_packing

MORNING = datetime(2024, 6, 10, 16, tzinfo=UTC)  # 9:00 at Blaine, before the station's cut-off
TORONTO = ZoneInfo("America/Toronto")
CROSSING = test_packing.CROSSING
stocked = test_packing.stocked  # the fixture: the catalog and orders #1001, #1002 of one person
CLI_PACK = (
    "--crossing",
    "2024-06-10T10:00:00-07:00",
    "--port",
    "3004",
    "--rules-as-of",
    "2024-06-01T00:00:00Z",
)

MakePanel = Callable[[], WarningsPanel]


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def in_another_process(store: Store, *command: str) -> None:
    """What another station does: the CLI in its own process, on the same database file."""
    run = [sys.executable, "-m", "s321_desk", *store_args(store), *command]
    subprocess.run(run, check=True, capture_output=True, timeout=60)


def pack_a_conflict_here(store: Store) -> None:
    """Two parcels for one person (two spellings) the same day under de minimis rules."""
    with one_action(store.engine, immediate=True) as uow:
        pin_rules(uow, datetime(2024, 6, 1, tzinfo=UTC), "test under de minimis")
    for order, station in (("#1001", "DOCK-1"), ("#1002", "DOCK-2")):
        with one_action(store.engine, immediate=True) as uow:
            parcel = open_parcel(uow, order, station=station)
        fill_parcel(store.engine, parcel)
        with one_action(store.engine, immediate=True, durable=True) as uow:
            close_parcel(uow, parcel, crossing=CROSSING, port_code="3004")


@pytest.fixture
def clock() -> Clock:
    return Clock(MORNING)


@pytest.fixture
def make_panel(qtbot: QtBot, stocked: Store, clock: Clock) -> Iterator[MakePanel]:
    """A panel on the stocked store, after its first reading; shut down before the store."""
    panels: list[WarningsPanel] = []

    def make() -> WarningsPanel:
        panel = WarningsPanel(stocked.engine, zone=TORONTO, clock=clock)
        qtbot.addWidget(panel)
        panels.append(panel)
        qtbot.waitUntil(lambda: panel.title_label.text() != "", timeout=1000)
        return panel

    yield make
    for panel in panels:
        panel.shutdown()


def announcements(panel: WarningsPanel) -> list[list[str]]:
    heard: list[list[str]] = []
    panel.warnings_announced.connect(heard.append)
    return heard


def test_another_process_packs_a_conflict_shown_in_a_second_announced_once(
    qtbot: QtBot,
    stocked: Store,
    make_panel: MakePanel,
) -> None:
    panel = make_panel()
    heard = announcements(panel)
    assert panel.title_label.text() == (
        "All clear: no parcel needs a decision - crossing Mon 2024-06-10"
    )

    in_another_process(stocked, "pack", "#1001", "--station", "DOCK-1", *CLI_PACK)  # alone: fine
    with qtbot.waitSignal(panel.refreshed, timeout=1000):
        pass
    assert panel.model.rowCount() == 0 and heard == []

    in_another_process(stocked, "pack", "#1002", "--station", "DOCK-2", *CLI_PACK)  # same person
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=1000)

    assert heard == [["P0000002", "P0000001"]]  # both changed in one commit: one announcement
    assert panel.title_label.text() == "2 parcels need a decision - crossing Mon 2024-06-10"
    assert not panel.banner.isHidden()
    assert panel.banner_label.text() == (
        "NEW: P0000002 Jon Smith - same person twice today, over the limit together\n"
        "NEW: P0000001 John A. Smith - same person twice today"
    )
    qtbot.wait(800)  # more ticks, no more news
    assert heard == [["P0000002", "P0000001"]]


def test_no_change_no_reading(qtbot: QtBot, stocked: Store, make_panel: MakePanel) -> None:
    panel = make_panel()
    qtbot.wait(1000)  # four ticks
    assert panel.reads == 1

    in_another_process(stocked, "settings", "set", "station_name", "DOCK-9")
    qtbot.waitUntil(lambda: panel.reads == 2, timeout=1000)
    qtbot.wait(600)
    assert panel.reads == 2


def test_a_change_during_a_reading_is_read_again(qtbot: QtBot, make_panel: MakePanel) -> None:
    panel = make_panel()
    shown: list[None] = []
    panel.refreshed.connect(lambda: shown.append(None))
    panel.refresh()
    panel.refresh()  # the reading just started has not finished: this one waits for it

    qtbot.waitUntil(lambda: len(shown) == 2, timeout=1000)
    assert panel.reads == 3


def test_what_was_there_at_the_start_is_shown_not_announced(
    stocked: Store,
    make_panel: MakePanel,
) -> None:
    pack_a_conflict_here(stocked)

    panel = make_panel()

    assert panel.model.rowCount() == 2
    assert panel.banner.isHidden() and panel.announced == []


def test_selecting_a_parcel_shows_both_sides_of_the_conflict(
    qtbot: QtBot,
    stocked: Store,
    make_panel: MakePanel,
) -> None:
    panel = make_panel()
    pack_a_conflict_here(stocked)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=1000)
    assert panel.detail_label.text() == "Select a parcel to see what it conflicts with."

    with qtbot.waitSignal(panel.parcel_selected, timeout=1000) as selected:
        panel.table.selectRow(0)

    assert selected.args == ["P0000002"]
    this, other, *why = panel.detail_label.text().splitlines()
    assert this.startswith(
        "P0000002  Jon Smith  (order #1002, route T11): station DOCK-2, closed 2"
    )
    assert other.startswith(
        "    with P0000001  John A. Smith  (same person, name variant, "
        "route S321_MANIFEST): station DOCK-1, closed 2"
    )
    assert other.endswith(", not on the same truck")
    assert any("RECIPIENT_DAY_AGGREGATE: " in line for line in why)


def test_seen_hides_the_banner_and_the_new_marks(
    qtbot: QtBot,
    stocked: Store,
    make_panel: MakePanel,
) -> None:
    panel = make_panel()
    pack_a_conflict_here(stocked)
    qtbot.waitUntil(lambda: panel.announced == ["P0000002", "P0000001"], timeout=1000)
    assert panel.model.index(0, 0).data() == "NEW P0000002"

    qtbot.mouseClick(panel.seen_button, Qt.MouseButton.LeftButton)

    assert panel.banner.isHidden() and panel.announced == []
    assert panel.model.index(0, 0).data() == "P0000002"


def test_a_parcel_decided_meanwhile_leaves_the_banner(
    qtbot: QtBot, stocked: Store, make_panel: MakePanel
) -> None:
    panel = make_panel()
    pack_a_conflict_here(stocked)
    qtbot.waitUntil(lambda: panel.announced == ["P0000002", "P0000001"], timeout=1000)
    admin = first_admin(stocked)
    with one_action(stocked.engine, immediate=True) as uow:
        add_user(uow, "Sam Super", "supervisor", "2468", by=admin)

    with one_action(stocked.engine, immediate=True) as uow:
        decide(
            uow,
            "P0000001",
            "acknowledge",
            user="Sam Super",
            pin="2468",
            reason="checked with the customer",
        )

    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=1000)
    assert panel.announced == ["P0000002"]
    assert panel.banner_label.text().startswith("NEW: P0000002 Jon Smith - ")


def test_the_next_day_is_read_when_it_comes_without_any_commit(
    qtbot: QtBot,
    stocked: Store,
    clock: Clock,
    make_panel: MakePanel,
) -> None:
    pack_a_conflict_here(stocked)
    panel = make_panel()
    assert panel.model.rowCount() == 2

    clock.now = MORNING + timedelta(days=1)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0, timeout=1000)
    assert panel.reads == 2
    assert panel.title_label.text().endswith("crossing Tue 2024-06-11")
