"""Finding a parcel again is one transaction: a search in the history view (the parcels, the
trips, the first one's history), a parcel shown on the command line (issue 19)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from s321_desk.store.database import Store
from tests.one_action import Loaded, begins, command, opening
from tests.services.papers import test_printing as papers
from tests.ui.lookup import test_history_view as history

loaded, packed = papers.loaded, papers.packed  # three parcels on a truck, decided (fixtures)
history_packed = history.packed
labels = history.labels


def test_a_search_in_the_history_view_is_one_transaction(
    qtbot: QtBot, store: Store, history_packed: dict[str, str], labels: Path
) -> None:
    """The parcels found, the trips found and the first parcel's history (three before)."""
    view = history.HistoryView(store.engine, station="DESK-1", label_folder=labels)
    qtbot.addWidget(view)
    view.show()
    code = history_packed["#2003"]
    with begins() as count:
        history.type_search(qtbot, view, code)
        view.wait_for_jobs()
    assert count == [1]
    assert view.history is not None and view.history.parcel.parcel == code


def test_showing_a_parcel_on_the_command_line_is_one_transaction(loaded: Loaded) -> None:
    store, codes, _trip = loaded
    assert command(store, "parcels", "show", codes[0]) - opening(store) == 1  # two before
