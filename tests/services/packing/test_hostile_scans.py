"""Any text at all given to the packing service as an order or an item, on a real store of each
backend: it opens the order's parcel or checks one item off, or it is refused on one line and
changes nothing; the command line says the same, never an unexpected error."""

from __future__ import annotations

import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from s321_desk.services.files.catalog_import import import_catalog
from s321_desk.services.files.orders_import import import_orders
from s321_desk.services.kernel.errors import UserError
from s321_desk.services.packing.pack import open_parcel, scan_item, undo_last_scan
from s321_desk.store.database import Store
from s321_desk.store.uow import one_action
from tests.conftest import ROOT, store_args, write_csv
from tests.domain.test_scanning import scans
from tests.services.packing.test_packing import CATALOG, ORDERS

FUZZ = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
TABLES = ("orders", "order_lines", "products", "parcels", "parcel_items", "audit_log")
EXAMPLES = {"scans": 0}
# The codes the store knows, with the whitespace and the '#' a scan may bring or lack.
known = st.sampled_from(["#1001", "1001", " #1002\r\n", "TS-M", "JKT", "012345678905", "tS-m"])
SQL = ["'; DROP TABLE parcels; --", "1' OR '1'='1", "%", "_", "\\", "#100%", "TS-_"]


def _counts(store: Store) -> dict[str, int]:
    with store.engine.connect() as connection:
        return {
            t: connection.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in TABLES
        }


def _stocked(store: Store, tmp_path: Path) -> None:
    if not _counts(store)["orders"]:
        import_catalog(store.engine, write_csv(tmp_path / "c.csv", CATALOG))
        import_orders(store.engine, write_csv(tmp_path / "o.csv", ORDERS))


def _said_on_one_line(refusal: UserError) -> None:
    message = str(refusal)
    assert message and len(message) < 300, message
    assert all(unicodedata.category(c) not in ("Cc", "Zl", "Zp", "Cs") for c in message), message


@FUZZ
@given(code=scans | known | st.sampled_from(SQL))
@example(code="\ud800")  # a lone surrogate reached SQLite: UnicodeEncodeError, a traceback
@example(code="#1001\x00")  # PostgreSQL refuses a NUL in a text parameter
@example(code="\r\n")  # whitespace alone was looked up as the empty SKU
@example(code="x" * 100_000)
def test_any_text_scanned_as_an_item(store: Store, tmp_path: Path, code: str) -> None:
    _stocked(store, tmp_path)
    EXAMPLES["scans"] += 1
    with one_action(store.engine, immediate=True) as uow:
        parcel = open_parcel(uow, "#1001")
    before = _counts(store)
    try:
        with one_action(store.engine, immediate=True) as uow:
            scan_item(uow, parcel, code)
    except UserError as refusal:
        _said_on_one_line(refusal)
        assert _counts(store) == before
        return
    assert code.strip() in ("TS-M", "JKT", "012345678905")
    assert _counts(store)["parcel_items"] == before["parcel_items"] + 1
    with one_action(store.engine, immediate=True) as uow:
        undo_last_scan(uow, parcel)
    assert _counts(store) == before


@FUZZ
@given(code=scans | known | st.sampled_from(SQL))
@example(code="\ud800")
@example(code="\udcff")  # a byte that is not UTF-8 on the command line arrives as this
@example(code="#1001\x00")
def test_any_text_scanned_as_an_order(store: Store, tmp_path: Path, code: str) -> None:
    _stocked(store, tmp_path)
    EXAMPLES["scans"] += 1
    before = _counts(store)
    try:
        with one_action(store.engine, immediate=True) as uow:
            parcel = open_parcel(uow, code)
    except UserError as refusal:
        _said_on_one_line(refusal)
        assert _counts(store) == before
        return
    assert code.strip().lstrip("#") in ("1001", "1002")
    with one_action(store.engine, immediate=True) as uow:
        assert parcel == open_parcel(uow, code)  # the same open parcel, not another


@pytest.mark.parametrize(
    ("arguments", "said"),
    [
        ([b"\xff#1001"], b"order '\\udcff#1001': not a code (character U+DCFF at position 1)"),
        ([b"#1001", b"--items", b"TS-M\xff"], b"scan 'TS-M\\udcff': not a code"),
        ([b"x" * 100_000], b"too long to be a code (100,000 characters, at most 255)"),
    ],
)
def test_the_pack_command_refuses_it_in_one_line(
    store: Store, tmp_path: Path, arguments: list[bytes], said: bytes
) -> None:
    _stocked(store, tmp_path)
    before = _counts(store)
    words = [
        sys.executable.encode(),
        b"-m",
        b"s321_desk",
        *(w.encode() for w in store_args(store)),
        b"pack",
        *arguments,
    ]
    done = subprocess.run(words, cwd=ROOT, capture_output=True, timeout=120, check=False)
    assert done.returncode == 1, done.stderr
    assert done.stdout == b"" and done.stderr.count(b"\n") == 1 and said in done.stderr
    assert _counts(store) == before  # the one-shot pack leaves nothing, no open parcel either


def test_fuzzed_examples_were_run() -> None:
    """The figure for the record."""
    print(f"packing service: {EXAMPLES['scans']} fuzzed scans")
