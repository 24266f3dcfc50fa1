"""The UI tests' store outlives what a test opened on it: ``close_windows`` (the ``store``
fixture's teardown, before the store is disposed and its PostgreSQL database dropped) closes
every window and shuts down the views a test left open, which pytest-qt's own close (after
the fixtures' teardown has begun) does not: their polling stops and no reading is left."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from s321_desk.store.database import Store
from s321_desk.ui.supervision.shift_view import ShiftView
from s321_desk.ui.supervision.warnings_panel import WarningsPanel
from tests.ui.conftest import close_windows


def test_the_views_left_open_are_shut_down_before_the_store_goes(
    qtbot: QtBot, store: Store
) -> None:
    warnings = WarningsPanel(store.engine)
    shift = ShiftView(store.engine)
    for view in (warnings, shift):
        qtbot.addWidget(view)
        view.show()
    qtbot.waitUntil(lambda: warnings.reads >= 1 and shift.reads >= 1)
    close_windows()
    assert not warnings.isVisible() and not shift.isVisible()
    read = (warnings.reads, shift.reads)
    warnings.refresh()  # shut down: no new reading of a store about to go
    shift.refresh()
    qtbot.wait(50)
    assert (warnings.reads, shift.reads) == read
    close_windows()  # twice, as the window's own close and pytest-qt's may: nothing breaks
