"""The history view on a real store, typed at like a person or a scanner: search, the selected
parcel's verdicts and audit trail, a supervisor's reprint (wrong PIN, then right)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from s321_desk.services.lookup.history import parcel_history
from s321_desk.services.supervision.decisions import decide
from s321_desk.store.database import Store
from s321_desk.store.uow import one_action
from s321_desk.ui.lookup.history_view import HistoryView
from tests.services.lookup import test_history
from tests.services.lookup.test_history import PIN, SUPERVISOR

packed = test_history.packed  # the packed store's fixture, shared with the service's tests

DISPLAY = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def labels(tmp_path: Path) -> Path:
    return tmp_path / "data" / "labels"


@pytest.fixture
def view(qtbot: QtBot, store: Store, packed: dict[str, str], labels: Path) -> HistoryView:
    widget = HistoryView(store.engine, station="DESK-1", label_folder=labels)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()  # its mnemonics (Alt+R) need an active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    yield widget
    widget.wait_for_jobs()


def type_search(qtbot: QtBot, view: HistoryView, text: str) -> None:
    """Type the text and Enter; wait for the results and, if any, the first one's history."""
    view.search_field.clear()
    if text.isascii():
        qtbot.keyClicks(view.search_field, text)
    else:  # QTest types ASCII keys only (it asserts on 'ü'); a keyboard layout would type it
        view.search_field.insert(text)
    with qtbot.waitSignal(view.searched, timeout=5000) as searched:
        qtbot.keyClick(view.search_field, Qt.Key.Key_Return)
    if searched.args[1]:
        qtbot.waitUntil(
            lambda: (
                view.history is not None
                and view.title_label.text().startswith(f"Parcel {shown(view, 0)}")
            )
        )


def shown(view: HistoryView, row: int, column: int = 0) -> str:
    table = view.hits_table.model()
    return str(table.data(table.index(row, column), DISPLAY))


def texts(model, column: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.text_at(row, column) for row in range(model.rowCount())]


def test_a_scanned_parcel_id_goes_straight_to_it(
    qtbot: QtBot,
    view: HistoryView,
    packed: dict[str, str],
) -> None:
    code = packed["#2003"]
    type_search(qtbot, view, code)
    assert view.hits_model.rowCount() == 1 and shown(view, 0) == code
    assert view.title_label.text().startswith(f"Parcel {code} · closed · route ")
    assert view.history is not None and view.history.parcel.parcel == code
    assert view.reprint_button.isEnabled()


def test_by_order_and_by_a_name_typed_without_accents(
    qtbot: QtBot,
    view: HistoryView,
    packed: dict[str, str],
) -> None:
    type_search(qtbot, view, "2002")
    assert [shown(view, r) for r in range(view.hits_model.rowCount())] == [packed["#2002"]]
    type_search(qtbot, view, "zoe o'brien")
    assert shown(view, 0, 2) == "Zoë O'Brien-Müller"
    assert "found for zoe o'brien (by name)" in view.status_label.text()


def test_names_that_look_like_html_or_sql_are_shown_literally(
    qtbot: QtBot,
    view: HistoryView,
    packed: dict[str, str],
) -> None:
    type_search(qtbot, view, "<b>Müller</b>")
    assert shown(view, 0, 2) == "<b>Müller</b> Gift Shop"
    assert view.details_label.textFormat() == Qt.TextFormat.PlainText
    assert "Ship to <b>Müller</b> Gift Shop, 5 Oak Ave" in view.details_label.text()
    tip = view.hits_model.data(view.hits_model.index(0, 2), Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;Müller&lt;/b&gt;" in tip
    for typed in ("' OR 1=1 --", "%"):
        type_search(qtbot, view, typed)
        assert "#b00020" not in view.status_label.styleSheet()
    assert [shown(view, r, 1) for r in range(view.hits_model.rowCount())] == ["#2004"]


def test_nothing_found_is_said(qtbot: QtBot, view: HistoryView) -> None:
    type_search(qtbot, view, "Nobody Here")
    assert view.hits_model.rowCount() == 0 and view.history is None
    assert view.status_label.text() == (
        "Nothing found for Nobody Here (a parcel id, an order, a name, a trip number, a seal "
        "or a date)."
    )
    assert not view.reprint_button.isEnabled()


def test_history_shows_verdicts_and_a_decision_with_its_details(
    qtbot: QtBot,
    view: HistoryView,
    store: Store,
    packed: dict[str, str],
) -> None:
    code = packed["#2001"]
    with one_action(store.engine, immediate=True) as uow:
        decide(
            uow,
            code,
            "acknowledge",
            user=SUPERVISOR,
            pin=PIN,
            reason="same person <ok>",
            station="DESK-9",
        )
    type_search(qtbot, view, code)
    assert texts(view.audit_model, 1) == ["parcel.close", "decision.acknowledge"]
    assert view.audit_model.text_at(1, 2) == SUPERVISOR
    assert view.audit_model.text_at(1, 3) == "DESK-9"
    assert view.audit_model.text_at(1, 4) == "same person <ok>"
    verdicts = view.verdicts_model
    with one_action(store.engine) as uow:
        assert verdicts.rowCount() == len(parcel_history(uow, code).verdicts) >= 2
    assert set(texts(verdicts, 6)) == {"CAD 0.7300"}
    assert all(texts(verdicts, 5))  # the rule data version
    # what each verdict was judged against, in crossing order: the first alone, then with #2002
    assert texts(verdicts, 4)[0] == "no other parcel"
    assert texts(verdicts, 4)[-1] == f"{packed['#2002']} (crosses at the same time)"
    assert texts(view.lines_model, 1) == ["TS-M"]


def test_reprint_wrong_pin_refused_then_right_pin_prints_and_is_audited(
    qtbot: QtBot,
    view: HistoryView,
    packed: dict[str, str],
    labels: Path,
) -> None:
    code = packed["#2005"]  # OK alone: it may print
    type_search(qtbot, view, code)
    qtbot.keyClick(view.search_field, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: view.authorize_dialog is not None)  # a mnemonic animates a click
    dialog = view.authorize_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.fill(SUPERVISOR, "0000", "label torn")
    dialog.try_accept()
    assert dialog.isVisible() and dialog.error_label.text()  # refused, said, stays open
    assert dialog.pin_edit.text() == ""
    assert not (labels / f"{code}.pdf").exists()

    qtbot.keyClicks(dialog.pin_edit, PIN)
    with qtbot.waitSignal(view.label_reprinted) as printed:
        qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    label = labels / f"{code}.pdf"
    assert label.read_bytes().startswith(b"%PDF-")
    assert printed.args == [code, view.status_label.text()]
    assert str(label) in view.status_label.text()
    qtbot.waitUntil(lambda: "print.label" in texts(view.audit_model, 1))
    actions = texts(view.audit_model, 1)
    assert actions[-2:] == ["decision.reprint", "print.label"]
    assert view.audit_model.text_at(len(actions) - 2, 4) == "label torn"
    digest = hashlib.sha256(label.read_bytes()).hexdigest()
    assert f"sha256 {digest}" in view.audit_model.text_at(len(actions) - 1, 5)


def test_a_reprint_the_sink_refuses_is_said_in_red(
    qtbot: QtBot,
    store: Store,
    packed: dict[str, str],
    labels: Path,
) -> None:
    from s321_desk.services.kernel.errors import UserError

    def offline(parcel: str) -> str:
        raise UserError(f"printer LABEL-1: offline; {parcel} not printed")

    view = HistoryView(store.engine, label_folder=labels, label_sink=offline)
    qtbot.addWidget(view)
    type_search(qtbot, view, packed["#2005"])
    view.ask_reprint()
    assert view.authorize_dialog is not None
    view.authorize_dialog.fill(SUPERVISOR, PIN, "smudged")
    view.authorize_dialog.try_accept()
    assert view.status_label.text().startswith("LABEL NOT PRINTED: printer LABEL-1: offline")
    assert "#b00020" in view.status_label.styleSheet()
    view.wait_for_jobs()


def test_the_table_models(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    view: HistoryView,
    packed: dict[str, str],
) -> None:
    type_search(qtbot, view, "P")
    for model in (view.hits_model, view.lines_model, view.verdicts_model, view.audit_model):
        assert model.rowCount() > 0
        qtmodeltester.check(model)
