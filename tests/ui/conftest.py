"""UI fixtures: a store holding a few orders whose names test literal text and sorting; the
store of every UI test outlives the windows and views the test opened (closed, their
background reads ended and their connections released before it is disposed or dropped)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QObject, QThreadPool
from PySide6.QtWidgets import QApplication

from s321_desk.store.database import Store
from s321_desk.store.models import Order, OrderLine, Product
from s321_desk.store.uow import UnitOfWork


@dataclass(frozen=True)
class SeedLine:
    sku: str
    quantity: int
    unit_price_cents: int
    discount_cents: int = 0

    @property
    def value_cents(self) -> int:
        return self.quantity * self.unit_price_cents - self.discount_cents


@dataclass(frozen=True)
class SeedOrder:
    name: str
    created_at: datetime
    recipient_name: str
    city: str
    state: str | None
    postal_code: str
    currency: str
    lines: tuple[SeedLine, ...]


SEED_PRODUCTS = (
    ("MAPLE-500", "Maple syrup, 500 ml", 1299),
    ("TOQUE-RED", "Red knitted toque", 2500),
    ("MUG-ÉRABLE", "Mug <Érable> & co", 1850),
)

SEED_ORDERS = (
    SeedOrder(
        "#999",
        datetime(2026, 11, 2, 14, 5, tzinfo=UTC),
        "Zoë Tremblay",
        "Plattsburgh",
        "NY",
        "12901",
        "CAD",
        (SeedLine("MAPLE-500", 2, 1299), SeedLine("TOQUE-RED", 1, 2500, 500)),
    ),
    SeedOrder(
        "#1001",
        datetime(2026, 11, 3, 9, 30, tzinfo=UTC),
        "Smith & Sons <Receiving>",
        "Burlington",
        "VT",
        "05401",
        "USD",
        (SeedLine("MAPLE-500", 12, 1099), SeedLine("MUG-ÉRABLE", 3, 1850, 150)),
    ),
    SeedOrder(
        "#1002",
        datetime(2026, 11, 3, 18, 45, tzinfo=UTC),
        "José Ñúñez",
        "Española",
        "NM",
        "87532",
        "CAD",
        (SeedLine("TOQUE-RED", 1, 123450),),
    ),
    SeedOrder(
        "#1003",
        datetime(2026, 11, 1, 7, 0, tzinfo=UTC),
        "<b>Müller</b> Gift Shop",
        "Buffalo",
        None,
        "14201",
        "CAD",
        (),
    ),
    SeedOrder(
        "#1010",
        datetime(2026, 10, 30, 23, 59, tzinfo=UTC),
        "Amélie Côté",
        "Derby Line",
        "VT",
        "05830",
        "CAD",
        (SeedLine("MAPLE-500", 100, 123456), SeedLine("MUG-ÉRABLE", 7, 1850)),
    ),
)


def seed(store: Store) -> None:
    """Insert ``SEED_PRODUCTS`` and ``SEED_ORDERS`` with their lines."""
    with UnitOfWork(store.engine) as uow:
        for sku, description, cents in SEED_PRODUCTS:
            uow.session.add(
                Product(
                    sku=sku,
                    description=description,
                    unit_value_cents=cents,
                    currency="CAD",
                )
            )
        for spec in SEED_ORDERS:
            add_order(uow, spec)
        uow.commit()


def add_order(uow: UnitOfWork, spec: SeedOrder) -> None:
    order = Order(
        name=spec.name,
        currency=spec.currency,
        created_at=spec.created_at,
        recipient_name=spec.recipient_name,
        address1="1 Main St",
        city=spec.city,
        state=spec.state,
        postal_code=spec.postal_code,
        country="US",
        source_file="seed.csv",
        source_format="native",
    )
    uow.session.add(order)
    uow.session.flush()
    assert order.id is not None
    for number, line in enumerate(spec.lines, start=1):
        uow.session.add(
            OrderLine(
                order_id=order.id,
                line_no=number,
                sku=line.sku,
                description=f"Item {line.sku}",
                quantity=line.quantity,
                unit_price_cents=line.unit_price_cents,
                discount_cents=line.discount_cents,
            )
        )


# What a view or window does before its store goes (idempotent: the main window's close
# does it too, and pytest-qt closes the widgets it was given again after).
ENDINGS = ("shutdown", "wait_for_jobs")


def close_windows() -> None:
    """Every window, view and dialog still open closed, and each of the desk's parts in them
    shut down: polling stopped, the reading in progress waited for, connections released."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    for window in app.topLevelWidgets():
        window.close()
        for part in (window, *window.findChildren(QObject)):
            if not type(part).__module__.startswith("s321_desk."):
                continue
            for name in ENDINGS:
                ending = getattr(part, name, None)
                if callable(ending):
                    ending()
    QThreadPool.globalInstance().waitForDone()  # the jobs (printing, exports, imports)
    app.processEvents()


@pytest.fixture
def store(store: Store) -> Iterator[Store]:
    """The shared fresh store (tests/conftest.py), each backend in turn; the test's windows
    closed before it is disposed, and before its PostgreSQL database is dropped."""
    yield store
    close_windows()


@pytest.fixture
def sqlite_store(sqlite_store: Store) -> Iterator[Store]:
    """The shared SQLite store (tests/conftest.py); the test's windows closed before it goes."""
    yield sqlite_store
    close_windows()


@pytest.fixture
def ui_store(store: Store) -> Store:
    """The shared fresh store (tests/conftest.py), holding the seed products and orders."""
    seed(store)
    return store
