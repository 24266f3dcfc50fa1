"""OrderTableModel and its proxy: model contract, texts, alignment, sorting and search."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QStyledItemDelegate, QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from s321_desk.services.lookup.overview import OrderRow, recent_orders
from s321_desk.store.database import Store
from s321_desk.store.uow import one_action
from s321_desk.ui.kit.formatting import format_local_time
from s321_desk.ui.lookup.order_model import (
    SORT_ROLE,
    OrderColumn,
    OrderFilterProxyModel,
    OrderTableModel,
)
from tests.ui.conftest import SEED_ORDERS

DISPLAY = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def rows(ui_store: Store) -> list[OrderRow]:
    with one_action(ui_store.engine) as uow:
        return recent_orders(uow)


@pytest.fixture
def model(rows: list[OrderRow]) -> OrderTableModel:
    table_model = OrderTableModel()
    table_model.set_rows(rows)
    return table_model


@pytest.fixture
def proxy(model: OrderTableModel) -> OrderFilterProxyModel:
    return OrderFilterProxyModel(model)


def _texts(model: OrderTableModel | OrderFilterProxyModel, column: OrderColumn) -> list[str]:
    return [model.index(row, column).data(DISPLAY) for row in range(model.rowCount())]


def _row_texts(model: OrderTableModel, name: str) -> list[str]:
    for row in range(model.rowCount()):
        if model.index(row, OrderColumn.ORDER).data(DISPLAY) == name:
            return [model.index(row, column).data(DISPLAY) for column in OrderColumn]
    raise AssertionError(f"{name} not in the model")


def test_model_contract(qtmodeltester: ModelTester, model: OrderTableModel) -> None:
    qtmodeltester.check(model)


def test_empty_model_contract(qtmodeltester: ModelTester) -> None:
    qtmodeltester.check(OrderTableModel())


def test_proxy_contract(qtmodeltester: ModelTester, proxy: OrderFilterProxyModel) -> None:
    proxy.sort(OrderColumn.VALUE, Qt.SortOrder.DescendingOrder)
    proxy.set_search_text("vt")
    qtmodeltester.check(proxy)


def test_reset_keeps_the_contract(
    qtmodeltester: ModelTester, model: OrderTableModel, rows: Sequence[OrderRow]
) -> None:
    qtmodeltester.check(model)
    model.set_rows(rows[:2])
    assert model.rowCount() == 2
    model.set_rows([])
    assert model.rowCount() == 0


def test_headers(model: OrderTableModel) -> None:
    texts = [model.headerData(c, Qt.Orientation.Horizontal, DISPLAY) for c in OrderColumn]

    assert texts == [
        "Order",
        "Created",
        "Recipient",
        "City",
        "State",
        "ZIP",
        "Lines",
        "Qty",
        "Value",
    ]
    assert [c.name for c in OrderColumn][:2] == ["ORDER", "CREATED"]  # the enum's order
    assert model.headerData(0, Qt.Orientation.Vertical, DISPLAY) is None


def test_texts_of_one_order(model: OrderTableModel) -> None:
    spec = next(spec for spec in SEED_ORDERS if spec.name == "#1001")

    assert _row_texts(model, "#1001") == [
        "#1001",
        format_local_time(spec.created_at),
        "Smith & Sons <Receiving>",
        "Burlington",
        "VT",
        "05401",
        "2",
        "15",
        "USD 185.88",
    ]


def test_money_with_thousands_and_missing_state(model: OrderTableModel) -> None:
    assert _row_texts(model, "#1002")[OrderColumn.VALUE] == "CAD 1,234.50"
    assert _row_texts(model, "#1010")[OrderColumn.QUANTITY] == "107"
    assert _row_texts(model, "#1010")[OrderColumn.VALUE] == "CAD 123,585.50"
    assert _row_texts(model, "#1003")[OrderColumn.STATE] == ""
    assert _row_texts(model, "#1003")[OrderColumn.VALUE] == "CAD 0.00"


def test_numbers_are_right_aligned_text_left(model: OrderTableModel) -> None:
    role = Qt.ItemDataRole.TextAlignmentRole
    for column in OrderColumn:
        cell = model.index(0, column).data(role)
        header = model.headerData(column, Qt.Orientation.Horizontal, role)
        expected = (
            Qt.AlignmentFlag.AlignRight
            if column in (OrderColumn.LINES, OrderColumn.QUANTITY, OrderColumn.VALUE)
            else Qt.AlignmentFlag.AlignLeft
        )
        assert cell & Qt.AlignmentFlag.AlignHorizontal_Mask == expected, column
        assert header & Qt.AlignmentFlag.AlignHorizontal_Mask == expected, column


def test_names_are_shown_literally_in_a_table_view(qtbot: QtBot, model: OrderTableModel) -> None:
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    delegate = view.itemDelegate()

    for name in ("Smith & Sons <Receiving>", "<b>Müller</b> Gift Shop", "José Ñúñez"):
        index = next(
            model.index(row, OrderColumn.RECIPIENT)
            for row in range(model.rowCount())
            if model.index(row, OrderColumn.RECIPIENT).data(DISPLAY) == name
        )
        # The standard delegate paints the display text as plain text, never as HTML.
        assert isinstance(delegate, QStyledItemDelegate)
        assert delegate.displayText(index.data(DISPLAY), QLocale()) == name
        # Tooltips would guess rich text, so the model escapes them: they read back literally.
        tooltip = QTextDocument()
        tooltip.setHtml(index.data(Qt.ItemDataRole.ToolTipRole))
        assert tooltip.toPlainText() == name


def test_sort_by_order_name_is_natural(proxy: OrderFilterProxyModel) -> None:
    proxy.sort(OrderColumn.ORDER, Qt.SortOrder.AscendingOrder)

    assert _texts(proxy, OrderColumn.ORDER) == ["#999", "#1001", "#1002", "#1003", "#1010"]


def test_sort_by_value_is_numeric(proxy: OrderFilterProxyModel) -> None:
    proxy.sort(OrderColumn.VALUE, Qt.SortOrder.AscendingOrder)

    values = [proxy.index(r, OrderColumn.VALUE).data(SORT_ROLE) for r in range(proxy.rowCount())]
    assert values == sorted(values)
    assert _texts(proxy, OrderColumn.ORDER) == ["#1003", "#999", "#1001", "#1002", "#1010"]


def test_sort_by_created_and_quantity(proxy: OrderFilterProxyModel) -> None:
    proxy.sort(OrderColumn.CREATED, Qt.SortOrder.DescendingOrder)
    newest_first = sorted(SEED_ORDERS, key=lambda spec: spec.created_at, reverse=True)
    assert _texts(proxy, OrderColumn.ORDER) == [spec.name for spec in newest_first]

    proxy.sort(OrderColumn.QUANTITY, Qt.SortOrder.DescendingOrder)
    assert _texts(proxy, OrderColumn.QUANTITY) == ["107", "15", "3", "1", "0"]


def test_sort_by_recipient_ignores_accents_and_case(proxy: OrderFilterProxyModel) -> None:
    proxy.sort(OrderColumn.CITY, Qt.SortOrder.AscendingOrder)

    assert _texts(proxy, OrderColumn.CITY) == [
        "Buffalo",
        "Burlington",
        "Derby Line",
        "Española",
        "Plattsburgh",
    ]


@pytest.mark.parametrize(
    ("search", "names"),
    [
        ("", ["#999", "#1001", "#1002", "#1003", "#1010"]),
        ("montreal", []),
        ("espanola", ["#1002"]),
        ("ESPAÑOLA", ["#1002"]),
        ("smith &", ["#1001"]),
        ("<receiving>", ["#1001"]),
        ("<b>", ["#1003"]),
        ("vt", ["#1001", "#1010"]),
        ("vt derby", ["#1010"]),
        ("05401", ["#1001"]),
        ("#99", ["#999"]),
        ("1,234.50", ["#1002"]),
        ("usd", ["#1001"]),
        ("[a-z]+", []),
        ("   ", ["#999", "#1001", "#1002", "#1003", "#1010"]),
    ],
)
def test_search_matches_words_in_any_column(
    proxy: OrderFilterProxyModel, search: str, names: list[str]
) -> None:
    proxy.sort(OrderColumn.ORDER, Qt.SortOrder.AscendingOrder)

    proxy.set_search_text(search)

    assert _texts(proxy, OrderColumn.ORDER) == names


def test_search_can_be_cleared(proxy: OrderFilterProxyModel) -> None:
    proxy.set_search_text("zoe")
    assert proxy.rowCount() == 1
    assert proxy.order_at(0).name == "#999"

    proxy.set_search_text("")

    assert proxy.rowCount() == len(SEED_ORDERS)
