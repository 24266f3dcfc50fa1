"""Input bounds that hold whatever the input is (the probe: the size limits read `st_size`, 0
for /dev/zero, a pipe or standard input, and `check --input /dev/zero` reached 6 GB in 12 s; a
1,000,000-column header ran for hours): every reader counts the bytes it reads and stops at
its limit with one line naming the file; a header is checked in one pass."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from s321_desk.cli import main
from s321_desk.services.files import csv_reader
from s321_desk.services.files.csv_reader import read_csv
from s321_desk.services.kernel.errors import UserError
from s321_desk.store.database import Store
from tests.conftest import ROOT

PEAK = "print([l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1])"


def run(*words: str, stdin: object = subprocess.DEVNULL) -> subprocess.CompletedProcess[str]:
    """The command in a process of its own, then its peak memory (kB) on the last line."""
    code = f"import sys\nfrom s321_desk.cli import main\ncode = main(sys.argv[1:])\n{PEAK}\nsys.exit(code)"
    return subprocess.run(
        [sys.executable, "-c", code, *words],
        cwd=ROOT,
        stdin=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_check_refuses_dev_zero_at_once_in_little_memory() -> None:
    done = run("check", "--input", "/dev/zero")
    assert done.returncode == 2, done.stderr
    assert done.stderr == "s321-desk: input: not JSON text (it contains NUL bytes)\n"
    assert int(done.stdout.split()[-1]) < 200_000  # kB: one chunk read, not gigabytes


def test_check_counts_what_a_pipe_or_standard_input_gives(tmp_path: Path) -> None:
    """An endless stream of spaces (valid JSON whitespace, no NUL): read up to the limit, then
    refused, from a named pipe and from standard input alike."""
    fifo = tmp_path / "cases"
    os.mkfifo(fifo)
    writer = threading.Thread(target=_endless_spaces, args=(fifo,), daemon=True)
    writer.start()
    done = run("check", "--input", str(fifo))
    assert done.returncode == 2 and "too large (more than 64 MB of cases)" in done.stderr
    with subprocess.Popen(["yes", " "], stdout=subprocess.PIPE) as endless:
        done = run("check", "--input", "-", stdin=endless.stdout)
        endless.kill()
    assert done.returncode == 2 and "too large (more than 64 MB of cases)" in done.stderr


def _endless_spaces(fifo: Path) -> None:
    try:
        with open(fifo, "wb") as stream:
            while True:
                stream.write(b" " * 65536)
    except (BrokenPipeError, OSError):
        return


def test_an_import_refuses_dev_zero_and_an_endless_pipe(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(tmp_path / "d.sqlite3")
    done = run("--db", db, "import", "orders", "/dev/zero")
    assert done.returncode == 1 and "/dev/zero: not a text file (it contains NUL bytes)" in (
        done.stderr
    )
    monkeypatch.setattr(csv_reader, "MAX_FILE_BYTES", 5 * 1024 * 1024)  # a smaller limit, same code
    fifo = tmp_path / "orders.csv"
    os.mkfifo(fifo)
    writer = threading.Thread(target=_endless_rows, args=(fifo,), daemon=True)
    writer.start()
    with pytest.raises(UserError, match=r"orders\.csv: too large \(more than 5 MB per file\)"):
        read_csv(fifo)


def _endless_rows(fifo: Path) -> None:
    try:
        with open(fifo, "wb") as stream:
            stream.write(b"Name,Lineitem quantity\n")
            while True:
                stream.write(b"#1001,1\n" * 8192)
    except (BrokenPipeError, OSError):
        return


def test_a_million_column_header_is_refused_by_its_count(tmp_path: Path) -> None:
    """Refused by the number of its columns, before any name is compared or a row read (its
    time is in tests/bench/bench_import_memory.py: header_1m_columns_refused_s)."""
    wide = tmp_path / "wide.csv"
    wide.write_text(",".join(f"c{n}" for n in range(1_000_000)) + "\n1,2\n")
    with pytest.raises(UserError, match=r"wide\.csv:1: 1,000,000 columns in the header \(at most"):
        read_csv(wide)


def test_a_header_of_many_columns_names_the_repeated_one(tmp_path: Path) -> None:
    """The duplicate-column check counts the names once (it compared each with all: 40,000
    columns took 15 s); a repeated name is found whatever its case."""
    names = [f"c{n}" for n in range(999)]
    wide = tmp_path / "wide.csv"
    wide.write_text(",".join([*names, "C500"]) + "\n")
    with pytest.raises(UserError, match=r"wide\.csv:1: (c500|C500): the column appears twice"):
        read_csv(wide)
    wide.write_text(",".join(names) + "\n")
    assert len(read_csv(wide).header) == 999


def test_a_file_is_read_as_a_stream(tmp_path: Path) -> None:
    """The records are read a record at a time, twice if asked (a count, then the rows)."""
    path = tmp_path / "t.csv"
    path.write_text("a,b\n" + "".join(f"{n},x\n" for n in range(10_000)))
    table = read_csv(path)
    assert len(table.records) == 10_000
    assert [r.line for r in table.records][-1] == 10_001
    assert main(["check", "--input", str(tmp_path / "missing.json")]) == 2


def test_a_catalog_sku_too_long_is_refused_naming_its_line_not_a_crash(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The probe: a 65-character SKU ended in exit 70 and four lines of pydantic."""
    from tests.services.packing.test_packing import CATALOG

    long_sku = "S" * 300
    path = tmp_path / "catalog.csv"
    path.write_text(CATALOG.replace("JKT,", f"{long_sku},"))
    status = main(["--db", str(tmp_path / "d.sqlite3"), "import", "catalog", str(path)])
    err = capsys.readouterr().err
    assert status == 1, err
    assert f"{path}:3: sku: too long for a SKU (300 characters, at most 255)" in err, err
    assert "Traceback" not in err and "pydantic" not in err and "unexpected" not in err


def test_a_quantity_past_the_bound_is_refused_naming_its_place(
    sqlite_store: Store, tmp_path: Path
) -> None:
    """The probe: a quantity of 1,000,000 was taken (a station scanning for hours)."""
    from s321_desk.services.files.orders_import import MAX_QUANTITY, import_orders
    from s321_desk.services.kernel.errors import ImportRefused
    from tests.conftest import write_csv
    from tests.services.packing.test_packing import ORDERS

    rows = ORDERS.replace("\n#1001,,,1,Down", "\n#1001,,,1000000,Down")
    path = write_csv(tmp_path / "o.csv", rows)
    with pytest.raises(ImportRefused) as refused:
        import_orders(sqlite_store.engine, path)
    assert refused.value.problems == [
        f"{path}:3 (order #1001): Lineitem quantity: '1000000' is too large (at most 9,999)"
    ]
    path = write_csv(
        tmp_path / "o.csv",
        ORDERS.replace(
            ",1,Down jacket,450.00,JKT,Jon", f",{MAX_QUANTITY},Down jacket,450.00,JKT,Jon"
        ),
    )
    assert import_orders(sqlite_store.engine, path).orders == 2  # the bound itself is taken


@pytest.mark.parametrize(
    ("char", "name"),
    [
        ("\u200b", "ZERO WIDTH SPACE"),
        ("\u00ad", "SOFT HYPHEN"),
        ("\u2060", "WORD JOINER"),
        ("\ufeff", "ZERO WIDTH NO-BREAK SPACE"),
        ("\x07", "CONTROL"),
        ("\x1b", "CONTROL"),
    ],
)
def test_invisible_and_control_characters_are_refused_naming_their_place(
    sqlite_store: Store, tmp_path: Path, char: str, name: str
) -> None:
    """The probe: zero-width spaces, soft hyphens, U+2060 and U+FEFF reached names and
    addresses (and two spellings of one recipient's identity); controls reached the exports."""
    from s321_desk.services.files.orders_import import import_orders
    from s321_desk.services.kernel.errors import ImportRefused
    from tests.conftest import write_csv
    from tests.services.packing.test_packing import ORDERS

    path = write_csv(tmp_path / "o.csv", ORDERS.replace("John A. Smith", f"John A.{char} Smith"))
    with pytest.raises(ImportRefused) as refused:
        import_orders(sqlite_store.engine, path)
    assert refused.value.problems == [
        f"{path}:2 (order #1001): Shipping Name: an invisible or control character "
        f"(U+{ord(char):04X} {name}) at character 8: remove it and import the file again"
    ]
    with sqlite_store.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM orders").scalar() == 0
    kept = write_csv(tmp_path / "ok.csv", ORDERS.replace("John A. Smith", "Zoë 👩\u200d👩 Tran"))
    assert import_orders(sqlite_store.engine, kept).orders == 2  # a joiner in an emoji stays


def test_a_file_wrong_on_every_row_lists_the_first_thousand_problems_and_counts_the_rest(
    sqlite_store: Store, tmp_path: Path
) -> None:
    """A million wrong rows would have been a million lines held and shown."""
    from s321_desk.services.files.orders_import import import_orders
    from s321_desk.services.kernel.errors import ImportRefused
    from tests.conftest import write_csv
    from tests.services.packing.test_packing import HEADER

    rows = "".join(
        f"#{n},USD,2024-06-10 08:00:00 -0700,many,Tea,9.00,TS-M,Ann Lee,1 Elm St,,"
        "Buffalo,14202,NY,US\n"
        for n in range(5_000)
    )
    path = write_csv(tmp_path / "o.csv", HEADER + rows)
    with pytest.raises(ImportRefused) as refused:
        import_orders(sqlite_store.engine, path)
    problems = refused.value.problems
    assert len(problems) == 1_001
    assert problems[0] == (
        f"{path}:2 (order #0): Lineitem quantity: 'many' is not a positive whole number"
    )
    assert problems[-1] == f"{path}: 4,000 more problem(s) not listed"
    assert "refused, 5000 problem(s)" in str(refused.value)


def test_orders_whose_rows_are_apart_are_written_whole_in_the_files_order(
    sqlite_store: Store, tmp_path: Path
) -> None:
    """The import writes as it reads its spool: an order's lines after its row, numbered in
    the file's order, whichever rows come between (the native layout allows it)."""
    from sqlalchemy import text

    from s321_desk.services.files.orders_import import import_orders
    from tests.conftest import write_csv
    from tests.services.packing.test_packing import HEADER

    def row(order: str, sku: str) -> str:
        return (
            f"{order},USD,2024-06-10 08:00:00 -0700,1,Item {sku},9.00,{sku},Ann Lee,"
            "1 Elm St,,Buffalo,14202,NY,US\n"
        )

    path = write_csv(
        tmp_path / "o.csv",
        HEADER + row("#1", "A") + row("#2", "B") + row("#1", "C") + row("#2", "D") + row("#1", "E"),
    )
    summary = import_orders(sqlite_store.engine, path)
    assert (summary.orders, summary.lines) == (2, 5)
    with sqlite_store.engine.connect() as connection:
        lines = connection.execute(
            text(
                "SELECT o.name, l.line_no, l.sku FROM order_lines l JOIN orders o ON o.id = l.order_id "
                "ORDER BY o.name, l.line_no"
            )
        ).all()
    assert [tuple(line) for line in lines] == [
        ("#1", 1, "A"),
        ("#1", 2, "C"),
        ("#1", 3, "E"),
        ("#2", 1, "B"),
        ("#2", 2, "D"),
    ]
    again = import_orders(sqlite_store.engine, path)
    assert (again.orders, again.already_present) == (0, 2)
