"""The store's own tests open each store as a new file, migrated at its opening (the other
tests start from a copy of a store migrated once per process: tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from s321_desk.store.database import Store, StoreTarget, open_store


@pytest.fixture
def store(store_target: StoreTarget) -> Iterator[Store]:
    """A new store, migrated at its opening, on each backend in turn."""
    opened = open_store(store_target)
    yield opened
    opened.dispose()


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[Store]:
    """A new SQLite file, migrated at its opening."""
    opened = open_store(tmp_path / "store.sqlite3")
    yield opened
    opened.dispose()
