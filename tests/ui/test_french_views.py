"""The views in French: built with the shipped catalogues installed, as the desk does, each shows
its headers, buttons, tabs and sentences in the French of resources/i18n/fr/ (compared with the
.ts files) and no English text of the catalogue; a screenshot of each is saved to look at."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from reportlab.pdfgen.canvas import Canvas

from s321_desk.services.kernel.handle import StoreHandle
from s321_desk.store.database import Store
from s321_desk.ui.dialogs.import_dialog import ImportDialog
from s321_desk.ui.dialogs.print_preview import PdfPreviewDialog
from s321_desk.ui.kit.table_model import RowTableModel
from s321_desk.ui.loads.models import LoadParcelTableModel, LoadTableModel
from s321_desk.ui.lookup.history_view import (
    HistoryView,
    audit_columns,
    hit_columns,
    line_columns,
    verdict_columns,
)
from s321_desk.ui.lookup.order_model import OrderTableModel
from s321_desk.ui.supervision.decision_models import BUTTONS, QueueTableModel, SidesTableModel
from s321_desk.ui.supervision.decisions_view import DecisionsView
from s321_desk.ui.supervision.shift_view import ROUTE_LABELS, ShiftView
from s321_desk.ui.supervision.warning_model import HEADERS, WarningColumn
from s321_desk.ui.supervision.warnings_panel import WarningsPanel
from tests.conftest import write_csv
from tests.services.packing.test_packing import CATALOG
from tests.services.supervision import test_shift as shift_tests
from tests.services.supervision.test_shift import Shift
from tests.ui import test_main_window_keys as keys_tests
from tests.ui.french import catalogue, english_left, fr, french, headers, screenshot
from tests.ui.loads import test_loads_view as loads_tests
from tests.ui.lookup import test_history_view as history_tests
from tests.ui.supervision import test_decisions_view as decisions_tests
from tests.ui.supervision import test_shift_view as shift_view_tests
from tests.ui.supervision import test_warnings_panel as warnings_tests

stocked = warnings_tests.stocked  # the fixture: the catalog and orders #1001, #1002 of one person
two_parcels = decisions_tests.two_parcels  # the fixture: both packed, one person, one day
history_packed = history_tests.packed  # the fixture: orders packed, by order name
shift, clock = shift_tests.shift, shift_tests.clock  # the fixtures: a shift's parcels, trucks
categories, sets = shift_view_tests.categories, shift_view_tests.sets
packed = loads_tests.packed  # the fixture: three closed parcels, a supervisor and a driver
MORNING, TORONTO = warnings_tests.MORNING, warnings_tests.TORONTO
WIDEST = 1366  # the stations' screens


@pytest.fixture
def store_target(tmp_path: Path) -> Path:
    """SQLite only: the words shown do not depend on the backend."""
    return tmp_path / "store.sqlite3"


@pytest.fixture
def in_french(qtbot: QtBot) -> Iterator[None]:
    """The catalogues installed (after the English a test may read first)."""
    with french():
        yield


@pytest.mark.usefixtures("in_french")
def test_the_warnings_panel_in_french(qtbot: QtBot, stocked: Store) -> None:
    words = catalogue("supervision.warnings_panel", "supervision.warning_model", "kit.words")
    panel = WarningsPanel(stocked.engine, zone=TORONTO, clock=lambda: MORNING)
    qtbot.addWidget(panel)
    try:
        panel.resize(1366, 700)
        panel.show()
        qtbot.waitUntil(lambda: panel.title_label.text() != "", timeout=1000)
        assert panel.title_label.text() == fr(
            words, "WarningsPanel", "All clear: no parcel needs a decision - {days}"
        ).format(days="passage du lun. 2024-06-10")

        warnings_tests.pack_a_conflict_here(stocked)  # news: the banner says it
        qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=2000)
        panel.table.selectRow(0)

        many = words["WarningsPanel", "{count} parcels need a decision - {days}"]
        assert panel.title_label.text() == many[1].format(
            count=2, days="passage du lun. 2024-06-10"
        )
        assert headers(panel.model) == [
            fr(words, "WarningTableModel", HEADERS[column]) for column in WarningColumn
        ]
        assert panel.seen_button.text() == fr(words, "WarningsPanel", "Seen")
        assert panel.banner_label.text().startswith("NOUVEAU\u00a0: P0000002 Jon Smith - ")
        assert panel.model.index(0, 0).data() == "NOUVEAU P0000002"
        assert panel.detail_label.text().startswith(
            "P0000002  Jon Smith  (commande #1002, acheminement "
        )
        assert "avec P0000001  John A. Smith  (même personne, variante du nom," in (
            panel.detail_label.text()
        )
        assert english_left(panel, words) == []
        assert panel.minimumSizeHint().width() <= WIDEST
        screenshot(panel, "warnings")
    finally:
        panel.shutdown()


def test_the_decisions_view_in_french(qtbot: QtBot, two_parcels: Store) -> None:
    words = catalogue("supervision.decisions_view", "supervision.decision_models", "kit.words")
    queue_english, sides_english = headers(QueueTableModel()), headers(SidesTableModel())
    with french():
        view = DecisionsView(
            two_parcels.engine, zone=TORONTO, station="DESK-1", clock=lambda: MORNING
        )
        qtbot.addWidget(view)
        view.resize(1366, 700)
        view.show()
        decisions_tests.choose(view, decisions_tests.SECOND)

        many = words["DecisionsView", "{count} parcels wait for a decision{held} - crossing {days}"]
        assert view.title_label.text() == many[1].format(count=2, held="", days="lun. 2024-06-10")
        assert headers(view.queue_model)[:3] == ["Colis", "Commande", "Destinataire"]
        assert headers(view.queue_model) == [fr(words, "QueueTableModel", h) for h in queue_english]
        assert headers(view.sides_model) == [fr(words, "SidesTableModel", h) for h in sides_english]
        assert {action: button.text() for action, button in view.buttons.items()} == {
            action: fr(words, "DecisionModels", spec.text) for action, spec in BUTTONS.items()
        }
        sides = [view.sides_model.text_at(i, 0) for i in range(2)]
        assert sides == ["ce colis", "même personne, variante du nom"]
        assert view.sides_model.text_at(0, 4) == "fermé"  # the status, a word
        assert "Entrée ouvre\u00a0: " in view.detail_label.text()
        assert english_left(view, words) == []
        assert view.minimumSizeHint().width() <= WIDEST
        screenshot(view, "decisions")


def test_the_loads_view_in_french(qtbot: QtBot, packed: Store, tmp_path: Path) -> None:
    words = catalogue(
        "loads.view",
        "loads.models",
        "loads.crew_widgets",
        "loads.papers",
        "loads.tools",
        "lookup.trip_panel",
        "kit.words",
    )
    trips_english, parcels_english = headers(LoadTableModel()), headers(LoadParcelTableModel())
    with french():
        view = loads_tests.make_view(qtbot, packed, tmp_path)
        try:
            loads_tests.create_trip_in_form(qtbot, view)
            loads_tests.scan(qtbot, view, loads_tests.P1, "NOPE")
            qtbot.waitUntil(lambda: view.parcels_model.rowCount() == 1, timeout=2000)

            assert headers(view.loads_model) == [
                fr(words, "LoadTableModel", h) for h in trips_english
            ]
            assert headers(view.parcels_model) == [
                fr(words, "LoadParcelTableModel", h) for h in parcels_english
            ]
            assert [view.tabs.tabText(i) for i in range(2)] == [
                fr(words, "LoadsView", "On the truck ({count})").format(count=1),
                fr(words, "LoadsView", "Missing ({count})").format(count=2),
            ]
            assert view.form.title() == fr(words, "TripForm", "New trip")
            assert view.seal_button.text() == fr(words, "LoadsView", "&Close with the seal...")
            assert view.loads_model.text_at(0, 4) == "ouvert"
            assert view.parcels_model.text_at(0, 1) == "dans le camion"
            assert view.title_label.text() == "Chargement ABCD000001\u00a0: ouvert"
            assert view.message().startswith("REFUSÉ NOPE\u00a0: ")
            assert english_left(view, words) == []
            assert view.minimumSizeHint().width() <= WIDEST  # nothing pushed off the screen
            screenshot(view, "loads")
        finally:
            view.shutdown()


def test_the_history_view_in_french(
    qtbot: QtBot, store: Store, history_packed: dict[str, str], tmp_path: Path
) -> None:
    words = catalogue("lookup.history_view", "kit.words")
    english = [
        headers(RowTableModel(columns(None)))
        for columns in (hit_columns, lambda _: line_columns(), verdict_columns, audit_columns)
    ]
    with french():
        view = HistoryView(store.engine, station="DESK-1", label_folder=tmp_path / "labels")
        qtbot.addWidget(view)
        view.resize(1366, 700)
        view.show()
        code = history_packed["#2003"]
        view.search_field.setText(code)
        with qtbot.waitSignal(view.parcel_shown, timeout=5000):
            view.search()
        try:
            shown = [
                headers(model)
                for model in (
                    view.hits_model,
                    view.lines_model,
                    view.verdicts_model,
                    view.audit_model,
                )
            ]
            assert shown == [
                [fr(words, "HistoryView", h) if h not in ("#", "SKU") else h for h in table]
                for table in english
            ]
            assert view.search_button.text() == fr(words, "HistoryView", "&Search")
            route = fr(
                catalogue("station.looks"), "PackingStation", "de minimis, on the e-manifest"
            )
            assert view.title_label.text() == (
                f"Colis {code} · fermé · acheminement S321_MANIFEST ({route})"
            )
            assert view.status_label.text().startswith("1 colis trouvé pour ")
            assert english_left(view, words) == []
            assert view.minimumSizeHint().width() <= WIDEST
            screenshot(view, "history")
        finally:
            view.wait_for_jobs()


def test_the_import_dialog_and_the_orders_table_in_french(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    words = catalogue("dialogs.import_dialog", "lookup.order_model")
    orders_english = headers(OrderTableModel())
    with french():
        dialog = ImportDialog(StoreHandle(store), "catalog")
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.windowTitle() == "Importer le catalogue (fichier maître des SKU)"
        assert [
            b.text()
            for b in (
                dialog.choose_button,
                dialog.copy_button,
                dialog.cancel_button,
                dialog.close_button,
            )
        ] == [
            fr(words, "ImportDialog", english)
            for english in ("C&hoose file...", "C&opy list", "&Cancel import", "C&lose")
        ]
        assert english_left(dialog, words) == []
        with qtbot.waitSignal(dialog.imported, timeout=10000):
            dialog.start(write_csv(tmp_path / "catalog.csv", CATALOG))
        assert dialog.progress_label.text() == fr(words, "ImportDialog", "Done.")
        figure = fr(words, "ImportDialog", "{name}: {value}").replace("\u00a0", " ")
        # (QPlainTextEdit gives non-breaking spaces back as spaces)
        assert dialog.problems()[:2] == [
            figure.format(name=fr(words, "ImportSummary", "products"), value=2),
            figure.format(name=fr(words, "ImportSummary", "updated"), value=0),
        ]
        screenshot(dialog, "import")
        assert headers(OrderTableModel()) == [
            fr(words, "OrderTableModel", h) for h in orders_english
        ]


def test_the_shift_view_in_french(qtbot: QtBot, shift: Shift) -> None:
    words = catalogue("supervision.shift_view", "kit.words")
    with french():
        view = ShiftView(
            shift.store.engine,
            zone=shift_tests.TORONTO,
            clock=lambda: shift_tests.NOW,
            min_interval_ms=0,
        )
        qtbot.addWidget(view)
        view.resize(1366, 700)
        view.show()
        try:
            qtbot.waitUntil(lambda: view.overview is not None)
            assert view.title_label.text().startswith("Quart depuis ")
            assert view.hours_chart.title() == fr(
                words, "ShiftView", "Parcels packed per hour, by station"
            )
            routes = categories(view.routes_chart)
            assert routes and all(
                route in {fr(words, "ShiftView", label) for label in ROUTE_LABELS.values()}
                for route in routes
            )
            assert set(sets(view.loads_chart)) == {"Dans le camion", "Encore à charger"}
            assert view.holds_box.words_label.text() in (
                *words["ShiftView", "held, waiting for a supervisor"],
                fr(words, "ShiftView", "none held"),
            )
            assert english_left(view, words) == []
            assert view.minimumSizeHint().width() <= WIDEST
            screenshot(view, "shift")
        finally:
            view.shutdown()


def test_the_print_preview_in_french(qtbot: QtBot) -> None:
    words = catalogue("dialogs.print_preview")
    page = io.BytesIO()
    canvas = Canvas(page, pagesize=(612, 792))
    canvas.drawString(72, 720, "Lead sheet")  # a paper: English, whatever the desk speaks
    canvas.showPage()
    canvas.save()
    with french():
        dialog = PdfPreviewDialog(page.getvalue(), "ABCD000001 lead sheet")
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.page_label.text() == "Page 1 de 1 (8.5 x 11 po)"  # inches: pouces
        assert [
            b.text() for b in (dialog.print_button, dialog.save_button, dialog.close_button)
        ] == [
            fr(words, "PdfPreviewDialog", english)
            for english in ("&Print...", "&Save as PDF...", "&Close")
        ]
        assert english_left(dialog, words) == []
        screenshot(dialog, "print-preview")


def test_every_alt_letter_is_one_control_in_every_view_in_french(
    qtbot: QtBot, store: Store
) -> None:
    """The French words carry their own mnemonics: still one control per Alt+letter."""
    with french():
        window = keys_tests.window.__wrapped__(qtbot, store)  # type: ignore[attr-defined]
        keys_tests.test_every_alt_letter_is_one_control_in_every_view(qtbot, window)
