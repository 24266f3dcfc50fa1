"""WarningTableModel: model contract through its updates, row-by-row signals, texts and colours."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QFont, QTextDocument
from PySide6.QtWidgets import QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from s321_desk.domain.findings import Finding
from s321_desk.services.supervision.warnings import WarningRow
from s321_desk.ui.supervision.warning_model import (
    HEADERS,
    NEW_BACKGROUND,
    SEVERITY_BACKGROUNDS,
    WarningColumn,
    WarningTableModel,
)

DISPLAY = Qt.ItemDataRole.DisplayRole
NAME_VARIANT = Finding("RECIPIENT_NAME_VARIANT", "warn", "Jon Smith and John A. Smith: one person?")
AGGREGATE = Finding("RECIPIENT_DAY_AGGREGATE", "route", "Together $949.00 is over $800.00.")
NO_HTS = Finding("MISSING_HTS", "hold", "Item 1 has no HTS code.")


def warning(
    key: int, recipient: str = "Jon Smith", *findings: Finding, held: bool = False
) -> WarningRow:
    return WarningRow(
        key=key,
        parcel_id=f"P{key:07d}",
        order=f"#{1000 + key}",
        recipient=recipient,
        route="T11",
        us_day=date(2024, 6, 10),
        status="closed",
        station=f"S{key}",
        closed_at=datetime(2024, 6, 10, 16, key, tzinfo=UTC),
        held=held,
        findings=findings or (NAME_VARIANT,),
    )


def keys(model: WarningTableModel) -> list[int]:
    return [model.row_at(position).key for position in range(model.rowCount())]


class Signals:
    """What the model told its views, in order."""

    def __init__(self, model: WarningTableModel) -> None:
        self.log: list[tuple[str, int, int]] = []
        model.rowsInserted.connect(
            lambda _p, first, last: self.log.append(("inserted", first, last))
        )
        model.rowsRemoved.connect(lambda _p, first, last: self.log.append(("removed", first, last)))
        model.dataChanged.connect(
            lambda top, _b, _r: self.log.append(("changed", top.row(), top.row()))
        )
        model.modelReset.connect(lambda: self.log.append(("reset", -1, -1)))


@pytest.fixture
def model() -> WarningTableModel:
    table_model = WarningTableModel()
    table_model.set_rows([warning(4), warning(3, "Marie Côté", AGGREGATE), warning(2), warning(1)])
    return table_model


def test_model_contract(qtmodeltester: ModelTester, model: WarningTableModel) -> None:
    qtmodeltester.check(model)


def test_empty_model_contract(qtmodeltester: ModelTester) -> None:
    qtmodeltester.check(WarningTableModel())


def test_updates_keep_the_contract_and_are_row_by_row(
    qtmodeltester: ModelTester, model: WarningTableModel
) -> None:
    qtmodeltester.check(model)  # the tester stays connected and checks every change below
    signals = Signals(model)

    appeared = model.set_rows(
        [warning(6), warning(5), warning(4), warning(2, "Jon Smith", AGGREGATE)]
    )

    assert [row.key for row in appeared] == [6, 5]
    assert keys(model) == [6, 5, 4, 2]
    assert signals.log == [
        ("removed", 3, 3),
        ("removed", 1, 1),
        ("inserted", 0, 1),
        ("changed", 3, 3),
    ]
    signals.log.clear()

    assert (
        model.set_rows([warning(6), warning(5), warning(4), warning(2, "Jon Smith", AGGREGATE)])
        == []
    )
    assert signals.log == []  # the same reading again: not a signal

    model.set_rows([])
    assert signals.log == [("removed", 0, 3)] and model.rowCount() == 0
    model.set_rows([warning(1)])
    assert signals.log[-1] == ("inserted", 0, 0)


def test_rows_kept_in_another_order_reset_the_model(
    qtmodeltester: ModelTester, model: WarningTableModel
) -> None:
    qtmodeltester.check(model)
    signals = Signals(model)

    appeared = model.set_rows([warning(1), warning(2), warning(7)])

    assert keys(model) == [1, 2, 7] and [row.key for row in appeared] == [7]
    assert ("reset", -1, -1) in signals.log


def test_headers(model: WarningTableModel) -> None:
    texts = [model.headerData(c, Qt.Orientation.Horizontal, DISPLAY) for c in WarningColumn]

    assert texts == [
        "Parcel",
        "Order",
        "Recipient",
        "Route",
        "US day",
        "Why it needs a decision",
        "Station",
        "Closed",
    ]
    assert texts == [HEADERS[c] for c in WarningColumn]
    assert model.headerData(0, Qt.Orientation.Vertical, DISPLAY) is None


def test_texts_of_a_row() -> None:
    model = WarningTableModel(zone=UTC)
    model.set_rows([warning(3, "Marie Côté", AGGREGATE, NAME_VARIANT)])

    assert [model.index(0, c).data(DISPLAY) for c in WarningColumn] == [
        "P0000003",
        "#1003",
        "Marie Côté",
        "T11",
        "2024-06-10",
        "same person twice today, over the limit together; one person, two spellings",
        "S3",
        "Mon 16:03",
    ]
    tooltip = model.index(0, WarningColumn.CLOSED).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "<qt>2024-06-10 16:03</qt>"


def test_the_full_messages_are_the_tooltip_shown_literally() -> None:
    model = WarningTableModel()
    odd = Finding("RECIPIENT_NAME_VARIANT", "warn", "<b>Müller</b> & Co and Mueller: one person?")
    model.set_rows([warning(1, "<b>Müller</b> & Co", odd)])

    document = QTextDocument()
    document.setHtml(model.index(0, WarningColumn.WARNINGS).data(Qt.ItemDataRole.ToolTipRole))
    assert document.toPlainText() == (
        "WARN RECIPIENT_NAME_VARIANT: <b>Müller</b> & Co and Mueller: one person?"
    )
    document.setHtml(model.index(0, WarningColumn.RECIPIENT).data(Qt.ItemDataRole.ToolTipRole))
    assert document.toPlainText() == "<b>Müller</b> & Co"


def test_the_worst_finding_colours_the_reason(model: WarningTableModel) -> None:
    model.set_rows(
        [
            warning(3, "A", NO_HTS, NAME_VARIANT),
            warning(2, "B", AGGREGATE, NAME_VARIANT),
            warning(1, "C", NAME_VARIANT),
            warning(0, "D", NAME_VARIANT, held=True),
        ]
    )
    role = Qt.ItemDataRole.BackgroundRole

    colours = [model.index(r, WarningColumn.WARNINGS).data(role).color() for r in range(4)]

    assert colours == [SEVERITY_BACKGROUNDS[s] for s in ("hold", "route", "warn", "hold")]
    assert model.index(0, WarningColumn.RECIPIENT).data(role) is None
    assert model.index(3, WarningColumn.WARNINGS).data(DISPLAY).startswith("held by a supervisor")


def test_new_rows_say_new_in_words_and_colour(
    qtmodeltester: ModelTester, model: WarningTableModel
) -> None:
    qtmodeltester.check(model)
    signals = Signals(model)

    model.set_new(iter([4, 3]))  # any iterable, read once

    assert [model.index(r, WarningColumn.PARCEL).data(DISPLAY) for r in range(4)] == [
        "NEW P0000004",
        "NEW P0000003",
        "P0000002",
        "P0000001",
    ]
    background = model.index(0, WarningColumn.PARCEL).data(Qt.ItemDataRole.BackgroundRole)
    assert isinstance(background, QBrush) and background.color() == NEW_BACKGROUND
    font = model.index(0, WarningColumn.ORDER).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert model.index(2, WarningColumn.ORDER).data(Qt.ItemDataRole.FontRole) is None
    assert signals.log == [("changed", 0, 0), ("changed", 1, 1)]

    model.set_rows([warning(3), warning(2)])  # 4 went: it is no longer new either
    model.set_rows([warning(4), warning(3), warning(2)])
    assert model.index(0, WarningColumn.PARCEL).data(DISPLAY) == "P0000004"
    assert model.index(1, WarningColumn.PARCEL).data(DISPLAY) == "NEW P0000003"


def test_the_selection_stays_on_its_parcel_when_rows_come_and_go(
    qtbot: QtBot, model: WarningTableModel
) -> None:
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    selection = view.selectionModel()
    flags = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    selection.setCurrentIndex(model.index(2, 0), flags)  # P0000002

    model.set_rows([warning(9), warning(8), warning(4), warning(2), warning(1)])

    current = view.currentIndex()
    assert current.isValid() and model.row_at(current.row()).parcel_id == "P0000002"
    assert [i.row() for i in selection.selectedRows()] == [current.row()]
    assert model.position_of(2) == current.row() and model.position_of(3) is None


def test_an_invalid_index_has_no_data(model: WarningTableModel) -> None:
    assert model.data(QModelIndex()) is None
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags
    assert model.rowCount(model.index(0, 0)) == 0


def test_a_changed_reading_of_the_same_parcel_updates_its_texts(model: WarningTableModel) -> None:
    moved = replace(model.row_at(0), route="S321_MANIFEST", station="DOCK-2")

    model.set_rows([moved, *(model.row_at(r) for r in range(1, 4))])

    assert model.index(0, WarningColumn.ROUTE).data(DISPLAY) == "S321_MANIFEST"
    assert model.index(0, WarningColumn.STATION).data(DISPLAY) == "DOCK-2"
