"""The read-only row model: texts, sort keys, alignment, literal tooltips, the model contract."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.modeltest import ModelTester

from s321_desk.ui.kit.table_model import SORT_ROLE, Column, RowTableModel


@dataclass(frozen=True)
class Item:
    name: str
    count: int


COLUMNS = (
    Column[Item]("Name", lambda item: item.name),
    Column[Item](
        "Count", lambda item: f"{item.count:,}", sort=lambda item: item.count, numeric=True
    ),
)


class Coloured(RowTableModel[Item]):
    def background(self, row: Item, column: int) -> QColor | None:
        return QColor("#ffcdd2") if row.count == 0 and column == 1 else None


def model_with(rows: list[Item]) -> Coloured:
    model = Coloured(COLUMNS)
    model.set_rows(rows)
    return model


def test_contract(qtmodeltester: ModelTester) -> None:
    qtmodeltester.check(model_with([Item("<b>Müller</b>", 1200), Item("Zoë", 0)]))
    qtmodeltester.check(model_with([]))


def test_texts_sort_keys_and_alignment() -> None:
    model = model_with([Item("<b>Müller</b>", 1200), Item("Zoë", 0)])
    first = model.index(0, 1)
    assert model.data(first) == "1,200"
    assert model.data(first, SORT_ROLE) == 1200
    assert model.data(model.index(0, 0), SORT_ROLE) == "<b>Müller</b>"
    assert model.data(first, Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole) == (
        "<qt>&lt;b&gt;Müller&lt;/b&gt;</qt>"
    )
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Count"
    assert model.row_at(1) == Item("Zoë", 0)


def test_background_only_where_the_subclass_says() -> None:
    model = model_with([Item("A", 1), Item("B", 0)])
    assert model.data(model.index(0, 1), Qt.ItemDataRole.BackgroundRole) is None
    brush = model.data(model.index(1, 1), Qt.ItemDataRole.BackgroundRole)
    assert brush.color() == QColor("#ffcdd2")
    assert model.data(model.index(1, 1), Qt.ItemDataRole.ForegroundRole).color() == QColor("black")
