"""Hostile and broken files to the importers, fuzzed on a real
store: every refusal names its place, nothing is half-written, no traceback reaches the user;
huge files and huge cells are refused quickly."""

from __future__ import annotations

import resource as rlimits
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from s321_desk.services.files.catalog_import import import_catalog
from s321_desk.services.files.csv_reader import MAX_FILE_BYTES
from s321_desk.services.files.orders_import import import_orders
from s321_desk.services.kernel.errors import ImportRefused, UserError
from s321_desk.store.database import Store
from tests.conftest import ROOT, write_csv
from tests.services.packing.test_packing import CATALOG, HEADER, ORDERS

FUZZ = settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
TABLES = ("orders", "order_lines", "products", "parcels", "parcel_items", "audit_log")
COUNTED = {"files": 0}

cells = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40
) | st.sampled_from(
    [
        "",
        "=cmd|' /C calc'!A0",
        "@SUM(1)",
        "<b>x</b>",
        "&amp;",
        "'; DROP TABLE orders; --",
        '"',
        '""',
        "\r",
        "\n",
        "1e999",
        "-1",
        "NaN",
        "99999999999999999999",
        "#1001",
        "x" * 300,
    ]
)


def _counts(store: Store) -> dict[str, int]:
    with store.engine.connect() as connection:
        return {
            t: connection.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in TABLES
        }


def _imported_or_refused(store: Store, importer, path: Path) -> None:  # type: ignore[no-untyped-def]
    """A file is imported whole, or refused whole with every problem at its place."""
    COUNTED["files"] += 1
    before = _counts(store)
    try:
        importer(store.engine, path)
    except ImportRefused as refusal:
        assert refusal.problems and all(p.startswith(f"{path}:") for p in refusal.problems)
        assert _counts(store) == before
    except UserError as refusal:
        assert str(refusal).startswith(str(path)) and "\n" not in str(refusal)
        assert _counts(store) == before


def _csv(header: str, rows: list[list[str]]) -> str:
    def quoted(cell: str) -> str:
        return '"' + cell.replace('"', '""') + '"' if any(c in cell for c in ',"\r\n') else cell

    return header + "".join(",".join(quoted(c) for c in row) + "\n" for row in rows)


@FUZZ
@given(rows=st.lists(st.lists(cells, min_size=14, max_size=16), min_size=1, max_size=4))
@example(rows=[["0", "", "", "1", "0", "1E30", "", "", "", "", "", "", "", ""]])  # cents overflowed
@example(
    rows=[["#9", "USD", "", "99999999999", "x", "1.00", "", "N", "A", "", "C", "1", "WA", "US"]]
)
def test_any_rows_under_the_shopify_header(sqlite_store: Store, tmp_path: Path, rows) -> None:  # type: ignore[no-untyped-def]
    path = write_csv(tmp_path / "orders.csv", _csv(HEADER, rows))
    _imported_or_refused(sqlite_store, import_orders, path)


@FUZZ
@given(rows=st.lists(st.lists(cells, min_size=8, max_size=10), min_size=1, max_size=4))
def test_any_rows_under_the_catalog_header(sqlite_store: Store, tmp_path: Path, rows) -> None:  # type: ignore[no-untyped-def]
    path = write_csv(tmp_path / "catalog.csv", _csv(CATALOG.splitlines(keepends=True)[0], rows))
    _imported_or_refused(sqlite_store, import_catalog, path)


@FUZZ
@given(
    raw=st.binary(max_size=300)
    | st.sampled_from(
        [
            b"\xef\xbb\xbf",
            b"\x00\x00",
            b'"unbalanced,quote\n',
            b"a\rb\rc",
            b"\xff\xfe" + "é".encode("utf-16-le"),
        ]
    )
)
@example(raw=ORDERS.encode().replace(b"Bellingham", b"Bell\x00ingham"))
@example(raw=ORDERS.encode()[: len(ORDERS) // 2])
def test_any_bytes_as_a_file(sqlite_store: Store, tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "file.csv"
    path.write_bytes(raw)
    _imported_or_refused(sqlite_store, import_orders, path)
    _imported_or_refused(sqlite_store, import_catalog, path)


@pytest.mark.parametrize("kind", ["orders", "catalog"])
def test_a_500_mb_file_is_refused_at_once(tmp_path: Path, kind: str) -> None:
    huge = tmp_path / "huge.csv"
    with huge.open("wb") as stream:  # sparse: 500 MB by its size, no disk used
        stream.truncate(500 * 1024 * 1024)
    script = (
        "import resource, sys\n"
        "from s321_desk.cli import main\n"
        "status = main(['--db', sys.argv[1], 'import', sys.argv[2], sys.argv[3]])\n"
        # VmHWM: this process's own peak (ru_maxrss would carry the forking parent's over exec)
        "peak = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1]\n"
        "print(peak, file=sys.stderr)\n"
        "sys.exit(status)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "d.sqlite3"), kind, str(huge)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    said, peak_kb = done.stderr.strip().splitlines()
    assert done.returncode == 1 and "too large (500 MB" in said and str(huge) in said
    assert int(peak_kb) < 300 * 1024, f"peak memory {int(peak_kb) // 1024} MB"
    assert MAX_FILE_BYTES < 500 * 1024 * 1024


def test_a_100000_character_name_is_refused_by_its_place(
    sqlite_store: Store, tmp_path: Path
) -> None:
    row = ORDERS.splitlines()[1].replace("John A. Smith", "J" * 100_000)
    path = write_csv(tmp_path / "o.csv", HEADER + row + "\n")
    with pytest.raises(ImportRefused) as refused:
        import_orders(sqlite_store.engine, path)
    assert f"{path}:2 (order #1001): Shipping Name: too long (100,000 characters, at most 200)" in (
        refused.value.problems
    )
    assert _counts(sqlite_store)["orders"] == 0


def test_a_50_mb_line_without_an_end_is_refused_by_its_place(tmp_path: Path) -> None:
    path = tmp_path / "one-line.csv"
    path.write_text(HEADER.rstrip("\n") + "\n#1," + "x" * 50_000_000)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "s321_desk",
            "--db",
            str(tmp_path / "d.sqlite3"),
            "import",
            "orders",
            str(path),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert f"{path}:2:" in done.stderr


def test_fuzzed_examples_were_run() -> None:
    """The figures for the record."""
    print(f"importers: {COUNTED['files']} fuzzed files")
    rlimits.getrusage(rlimits.RUSAGE_SELF)
