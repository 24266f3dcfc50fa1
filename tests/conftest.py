"""Shared fixtures: offscreen Qt, a private data folder per test, a fresh migrated store."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from s321_desk.store.database import Store, open_store

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test reads or writes the user's real data folder or database."""
    data = tmp_path / "data"
    monkeypatch.setenv("S321_DATA_DIR", str(data))
    monkeypatch.delenv("S321_DB", raising=False)
    return data


@pytest.fixture(autouse=True)
def no_log_handler_left_behind() -> Iterator[None]:
    """The CLI adds a file handler for its data folder; each test's folder is its own."""
    logger = logging.getLogger("s321_desk")
    before = list(logger.handlers)
    yield
    for handler in [h for h in logger.handlers if h not in before]:
        logger.removeHandler(handler)
        handler.close()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A freshly migrated SQLite store in its own file."""
    opened = open_store(tmp_path / "store.sqlite3")
    yield opened
    opened.dispose()


def write_csv(path: Path, text: str, *, bom: bool = False, crlf: bool = False) -> Path:
    """Write a test CSV exactly as given (the tests spell out BOM and line ends)."""
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    data = text.encode("utf-8")
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return path
