"""The command line as a user types it: import, demo, --db / S321_DB, errors without tracebacks."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from s321_desk import __version__
from s321_desk.cli import main
from s321_desk.paths import default_db_path
from s321_desk.store.database import Store, open_store
from s321_desk.store.models import Order, OrderLine, Product
from s321_desk.store.uow import one_action
from tests.conftest import ROOT, store_args, write_csv
from tests.crew_records import give_prior_notices
from tests.services.files.test_catalog_import import GOOD as CATALOG
from tests.services.files.test_orders_import import SHOPIFY
from tests.services.papers.test_printing import loaded, packed, supervisor  # noqa: F401  (fixtures)


def counts(db: Path) -> tuple[int, int, int]:
    store = open_store(db)
    try:
        with store.engine.connect() as connection:
            return tuple(  # type: ignore[return-value]
                connection.execute(select(func.count()).select_from(table)).scalar_one()
                for table in (Product, Order, OrderLine)
            )
    finally:
        store.dispose()


def test_import_prints_a_summary_and_json_counts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "desk.sqlite3"
    catalog = write_csv(tmp_path / "catalog.csv", CATALOG)
    orders = write_csv(tmp_path / "orders.csv", SHOPIFY, bom=True, crlf=True)
    assert main(["--db", str(db), "import", "catalog", str(catalog), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["products"] == 4
    assert main(["import", "orders", str(orders), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and "2 new order(s) with 3 line(s)" in out
    assert main(["--db", str(db), "import", "orders", str(orders), "--json"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert (again["orders"], again["lines"], again["already_present"]) == (0, 0, 2)
    assert counts(db) == (4, 2, 3)


def test_a_refused_file_lists_its_problems_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "desk.sqlite3"
    bad = write_csv(tmp_path / "bad.csv", SHOPIFY + "#1001,,,,,,,,,,,,,,,,x,Socks,1.00\n")
    assert main(["--db", str(db), "import", "orders", str(bad)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"{bad}:8 (order #1001): Lineitem quantity: 'x' is not a positive whole number" in (
        captured.err
    )
    assert "nothing was imported" in captured.err and "Traceback" not in captured.err
    assert counts(db) == (0, 0, 0)


def test_a_missing_file_is_one_clear_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    assert main(["--db", str(tmp_path / "d.sqlite3"), "import", "catalog", "nope.csv"]) == 1
    assert capsys.readouterr().err == "s321-desk: nope.csv: no such file\n"


def test_the_database_is_chosen_by_flag_then_environment_then_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    catalog = str(write_csv(tmp_path / "catalog.csv", CATALOG))
    assert main(["import", "catalog", catalog]) == 0
    assert counts(default_db_path())[0] == 4
    from_env = tmp_path / "env.sqlite3"
    monkeypatch.setenv("S321_DB", str(from_env))
    assert main(["import", "catalog", catalog]) == 0
    from_flag = tmp_path / "flag.sqlite3"
    assert main(["--db", str(from_flag), "import", "catalog", catalog]) == 0
    assert counts(from_env)[0] == 4 and counts(from_flag)[0] == 4


def test_a_folder_given_as_the_database_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    catalog = str(write_csv(tmp_path / "catalog.csv", CATALOG))
    assert main(["--db", str(tmp_path), "import", "catalog", catalog]) == 1
    assert capsys.readouterr().err == f"s321-desk: {tmp_path}: is a folder, not a database file\n"


def test_an_unexpected_error_is_logged_with_its_traceback_not_shown(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    private_data_dir: Path,
) -> None:
    catalog = str(write_csv(tmp_path / "catalog.csv", CATALOG))

    def exhausted(path: Path) -> bytes:  # the edge: the machine runs out of memory reading
        raise MemoryError("simulated")

    monkeypatch.setattr("s321_desk.services.files.csv_reader._opened", exhausted)
    assert main(["--db", str(tmp_path / "d.sqlite3"), "import", "catalog", catalog]) == 70
    err = capsys.readouterr().err
    log = private_data_dir / "logs" / "s321-desk.log"
    assert err.count("\n") == 1 and "Traceback" not in err and str(log) in err
    assert "Traceback" in log.read_text() and "MemoryError: simulated" in log.read_text()


def test_demo_creates_the_demo_database(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo"]) == 0
    path = Path(capsys.readouterr().out.strip())
    products, orders, lines = counts(path)
    assert products >= 40 and orders >= 200 and lines > orders
    assert main(["demo"]) == 0  # recreated, not added to
    assert counts(Path(capsys.readouterr().out.strip())) == (products, orders, lines)


def test_python_m_and_the_console_script_answer_version_and_help() -> None:
    module = subprocess.run(
        [sys.executable, "-m", "s321_desk", "--version"], capture_output=True, text=True, timeout=60
    )
    assert module.returncode == 0 and module.stdout.strip() == f"s321-desk {__version__}"
    script = shutil.which("s321-desk", path=str(Path(sys.executable).parent))
    assert script is not None, "the s321-desk console script is not installed in this venv"
    helped = subprocess.run([script, "--help"], capture_output=True, text=True, timeout=60)
    assert helped.returncode == 0
    for command in ("import", "demo", "--db"):
        assert command in helped.stdout


def test_a_bad_argument_exits_2_with_usage(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["import", "pictures", "x.csv"])
    assert exited.value.code == 2
    assert "invalid choice: 'pictures'" in capsys.readouterr().err


def test_export_emanifest_says_what_it_wrote_and_refuses_plainly(
    loaded: tuple[Store, list[str], str],  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import hashlib

    from s321_desk.services.loads.trips import close_load

    store, codes, trip = loaded
    db = [*store_args(store), "--user", "Dee Driver"]
    monkeypatch.setenv("S321_PIN", "7777")
    out = tmp_path / "emanifest.json"
    assert main(["export", "emanifest", trip, *db, "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert err == (
        f"s321-desk: load {trip}: not sealed yet; what is filed is the sealed load's: seal it, "
        "or export a draft (--draft)\n"
    )  # the service's words, the command line's flag
    assert not out.exists()
    supervisor(store)
    give_prior_notices(store.engine, trip)
    with one_action(store.engine, immediate=True, durable=True) as uow:
        close_load(uow, trip, seal="SEAL-0042", user="Dee Driver", pin="7777")
    assert (
        main(["export", "emanifest", trip, *db, "--out", str(out), "--format", "json", "--json"])
        == 0
    )
    said = json.loads(capsys.readouterr().out)
    assert said == {
        "document": "emanifest",
        "trip": trip,
        "file": str(out),
        "format": "json",
        "shipments": 3,
        "lines": 4,
        "value_usd": "90.52",
        "bytes": out.stat().st_size,
        "sha256": hashlib.sha256(out.read_bytes()).hexdigest(),
        "draft": False,
    }
    assert [s["scn"] for s in json.loads(out.read_text("utf-8"))["shipments"]] == [
        f"ABCD{code}" for code in codes
    ]
    csv_out = tmp_path / "emanifest.csv"
    assert main(["export", "emanifest", trip.lower(), *db, "--out", str(csv_out)]) == 0
    sentence = capsys.readouterr().out
    assert sentence == (
        f"e-manifest {trip} written to {csv_out} as CSV: 3 shipment(s), "
        f"4 line(s), USD 90.52 ({csv_out.stat().st_size:,} bytes)\n"
    )
    missing = tmp_path / "gone" / "e.csv"
    assert main(["export", "emanifest", trip, *db, "--out", str(missing)]) == 1
    assert capsys.readouterr().err == (
        f"s321-desk: the output file: the folder {missing.parent} does not exist (--out)\n"
    )
    with pytest.raises(SystemExit) as exited:
        main(["export", "emanifest", trip, *db, "--out", str(out), "--format", "xlsx"])
    assert exited.value.code == 2


def test_a_reader_that_goes_away_is_no_error(tmp_path: Path) -> None:
    """``s321-desk check ... | head -c 1``: the output cut short is not an unexpected error."""
    import subprocess
    import sys

    cases = json.loads((ROOT / "tests" / "data" / "rule_cases.json").read_text())
    many = {"fx_to_usd": cases["fx_to_usd"], "cases": cases["cases"] * 200}  # ~1 MB of verdicts
    source = tmp_path / "cases.json"
    source.write_text(json.dumps(many))
    child = subprocess.Popen(
        [sys.executable, "-m", "s321_desk", "check", "--input", str(source)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert child.stdout is not None and child.stderr is not None
    assert child.stdout.read(1) == b"{"
    child.stdout.close()
    err = child.stderr.read().decode()
    assert child.wait(timeout=60) == 141 and err == ""
