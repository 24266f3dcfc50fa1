"""File > Export... on a real store: the chosen export written in the background, the same
bytes as the command line's, a refusal said in the dialog with nothing written."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from s321_desk.app import build_main_window
from s321_desk.services.files.drawback import export_drawback
from s321_desk.services.kernel.handle import StoreHandle
from s321_desk.services.loads.trips import close_load
from s321_desk.store.database import Store
from s321_desk.store.uow import one_action
from s321_desk.ui.dialogs.export_dialog import ExportDialog
from tests.crew_records import give_prior_notices
from tests.services.papers.test_printing import loaded, packed, supervisor  # noqa: F401  (fixtures)

Loaded = tuple[Store, list[str], str]


@pytest.fixture
def dialog(qtbot: QtBot, loaded: Loaded) -> ExportDialog:  # noqa: F811
    store, _, trip = loaded
    supervisor(store)
    give_prior_notices(store.engine, trip)
    with one_action(store.engine, immediate=True, durable=True) as uow:
        close_load(uow, trip, seal="SEAL-1", user="Dee Driver", pin="7777")
    shown = ExportDialog(StoreHandle(store), today=date(2026, 11, 17))
    qtbot.addWidget(shown)
    return shown


def test_each_kind_suggests_its_reference_and_file_name(dialog: ExportDialog) -> None:
    dialog.kind_box.setCurrentIndex(1)
    assert (dialog.kind, dialog.reference.text()) == ("drawback", "2026-11")
    assert dialog.suggested_name() == "drawback-2026-11.csv"
    dialog.kind_box.setCurrentIndex(2)
    assert dialog.suggested_name() == "records-2026-11-17.zip"  # CSV: a zip of three tables
    dialog.format_box.setCurrentIndex(1)
    assert dialog.suggested_name() == "records-2026-11-17.json"
    dialog.kind_box.setCurrentIndex(0)
    assert dialog.reference.text() == "" and dialog.reference_label.text() == "Trip number"


def test_an_export_is_written_in_the_background_as_the_command_line_writes_it(
    qtbot: QtBot,
    dialog: ExportDialog,
    loaded: Loaded,  # noqa: F811
    tmp_path: Path,
) -> None:
    store, _, trip = loaded
    dialog.kind_box.setCurrentIndex(1)
    out = tmp_path / "drawback.csv"
    with qtbot.waitSignal(dialog.exported, timeout=20_000) as written:
        dialog.export_to(out)
    with one_action(store.engine, immediate=True) as uow:
        same = export_drawback(uow, "2026-11", tmp_path / "cli.csv")
    assert written.args[0].sha256 == same.sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    assert dialog.result_label.text() == f"Written: {out} ({same.bytes:,} bytes)"
    qtbot.waitUntil(dialog.export_button.isEnabled)
    dialog.kind_box.setCurrentIndex(0)
    dialog.reference.setText(trip)
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.export_to(tmp_path / "emanifest.csv")
    assert (tmp_path / "emanifest.csv").read_bytes().startswith(b"trip,scac,")


def test_a_refusal_is_said_and_nothing_is_written(
    qtbot: QtBot, dialog: ExportDialog, tmp_path: Path
) -> None:
    dialog.kind_box.setCurrentIndex(2)
    dialog.reference.setText("2026-11-31")
    with qtbot.waitSignal(dialog.refused, timeout=20_000) as refused:
        dialog.export_to(tmp_path / "records.zip")
    assert refused.args == ["the day: '2026-11-31' is not a day (YYYY-MM-DD, e.g. 2026-11-17)"]
    assert dialog.result_label.text() == f"Not exported: {refused.args[0]}"
    assert [p.name for p in tmp_path.iterdir() if "records" in p.name] == []


def test_the_file_menu_opens_it(qtbot: QtBot, sqlite_store: Store) -> None:
    window = build_main_window(sqlite_store)
    qtbot.addWidget(window)
    assert window.export_action.text() == "Export..."
    assert window.export_action in window.menuBar().actions()[0].menu().actions()
    window.export_action.trigger()
    opened = window.findChild(ExportDialog)
    assert opened is not None and opened.isVisible()
    opened.close()


def test_the_dialog_speaks_french_and_the_file_stays_english(
    qtbot: QtBot,
    loaded: Loaded,  # noqa: F811
    tmp_path: Path,
) -> None:
    from tests.ui.french import french

    store, _, _ = loaded
    with french():
        shown = ExportDialog(StoreHandle(store), today=date(2026, 11, 17))
        qtbot.addWidget(shown)
        shown.kind_box.setCurrentIndex(2)
        shown.format_box.setCurrentIndex(1)
        assert (shown.windowTitle(), shown.reference_label.text()) == (
            "Exportation",
            "Jour américain (AAAA-MM-JJ)",
        )
        with qtbot.waitSignal(shown.exported, timeout=10_000):
            shown.export_to(tmp_path / "records.json")
        assert shown.result_label.text().startswith(f"Écrit\u00a0: {tmp_path / 'records.json'}")
    assert b'"day_is": "the US crossing day' in (tmp_path / "records.json").read_bytes()
