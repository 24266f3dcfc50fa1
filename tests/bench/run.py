"""Every benchmark in one run: each figure with its goal and its baseline, in one table.

Run: python tests/bench/run.py [--json] [--quick] [--cache DIR]
Each benchmark runs in a fresh process of its own (so one's heap does not sway the next's
figures) through its ``measure`` function, and measures its baseline side by side in that same
process. The store of 1,000,000 parcels is built once a run (by bench_engine, in the cache
folder) and opened again for the desk's peak memory; the 5,000-parcel load once too (by
bench_driver_pack) and copied for the GUI stall. ``--quick`` measures the same figures on small
sizes (a smoke test: the figures are not comparable with the goals). ``--cache DIR`` keeps the
built stores there for the next run, instead of a temp folder removed at the end. The exit
status is 0 when every figure was measured, whether its goal was met or not (the table says),
and 1 when a benchmark could not run.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Figure:
    """A figure of the table: where it comes from, its goal, and its baseline's figure."""

    name: str
    unit: str
    bench: str
    key: str
    goal: str  # "<= 2", ">= 30", or "" when the issue sets none
    baseline: str  # what the baseline is
    baseline_key: str
    baseline_unit: str


FIGURES = [
    Figure(
        "scan_p99_ms_1m",
        "ms",
        "engine",
        "scan_p99_ms",
        "<= 2",
        "bare sqlite3 indexed query, p99",
        "floor_sqlite3_p99_ms",
        "ms",
    ),
    Figure(
        "scan_vs_sqlite_floor",
        "x",
        "engine",
        "scan_vs_floor_p99",
        "<= 10",
        "bare sqlite3 reading the same rows (the day with its orders, its lines), p99",
        "floor_same_data_p99_ms",
        "ms",
    ),
    Figure(
        "scan_vs_sqlite_lookup",
        "x",
        "engine",
        "scan_vs_lookup_p99",
        "",
        "bare sqlite3 look-up of the day's values and routes only, p99",
        "floor_sqlite3_p99_ms",
        "ms",
    ),
    Figure(
        "scan_p99_ms_day_of_8",
        "ms",
        "engine",
        "day8_p99_ms",
        "<= 2",
        "bare sqlite3 indexed query of the day, p99",
        "day8_floor_sqlite3_p99_ms",
        "ms",
    ),
    Figure(
        "scan_p99_ms_day_of_8_half_sealed",
        "ms",
        "engine",
        "day8_sealed_p99_ms",
        "<= 2",
        "bare sqlite3 indexed query of the day, p99",
        "day8_sealed_floor_sqlite3_p99_ms",
        "ms",
    ),
    Figure(
        "address_parse_us",
        "us",
        "engine",
        "parse_us_per_address",
        "",
        "bare sqlite3 indexed query, p50",
        "floor_sqlite3_p50_ms",
        "ms",
    ),
    Figure(
        "invoice_ms",
        "ms",
        "invoice",
        "ours_typical_ms",
        "",
        "WeasyPrint, same invoice",
        "weasyprint_typical_ms",
        "ms",
    ),
    Figure(
        "invoice_vs_weasyprint",
        "x faster",
        "invoice",
        "typical_ours_faster_x",
        ">= 30",
        "WeasyPrint, same invoice",
        "weasyprint_typical_ms",
        "ms",
    ),
    Figure(
        "load_pack_5000_s",
        "s",
        "driver_pack",
        "driver_pack_total_s",
        "<= 10",
        "bare ReportLab drawString of the texts",
        "floor_bare_drawstring_s",
        "s",
    ),
    Figure(
        "label_pdf_ms",
        "ms",
        "label",
        "label_pdf_median_ms",
        "<= 2",
        "same label through a ReportLab canvas",
        "label_through_reportlab_ms",
        "ms",
    ),
    Figure(
        "label_zpl_ms",
        "ms",
        "label",
        "label_zpl_median_ms",
        "",
        "ReportLab canvas, the label's texts only",
        "floor_reportlab_texts_only_ms",
        "ms",
    ),
    Figure(
        "label_pdf_cjk_ms",
        "ms",
        "label",
        "label_pdf_cjk_median_ms",
        "",
        "the same label, Latin names",
        "label_pdf_median_ms",
        "ms",
    ),
    Figure(
        "label_zpl_cjk_ms",
        "ms",
        "label",
        "label_zpl_cjk_median_ms",
        "",
        "the same label, Latin names",
        "label_zpl_median_ms",
        "ms",
    ),
    Figure(
        "import_100k_lines_s",
        "s",
        "import",
        "import_s",
        "<= 5",
        "csv module + sqlite3 executemany",
        "floor_csv_sqlite3_s",
        "s",
    ),
    Figure(
        "import_real_shaped_8000_lines_s",
        "s",
        "shopify_import",
        "import_s",
        "<= 2",
        "csv module + sqlite3 executemany",
        "floor_csv_sqlite3_s",
        "s",
    ),
    Figure(
        "import_orders_200mb_peak_mb",
        "MB",
        "import_memory",
        "orders_largest_peak_mb",
        "<= 300",
        "the same process importing an empty export",
        "floor_empty_export_peak_mb",
        "MB",
    ),
    Figure(
        "import_catalog_200mb_peak_mb",
        "MB",
        "import_memory",
        "catalog_largest_peak_mb",
        "<= 300",
        "the same process importing a catalog with no product",
        "catalog_floor_empty_peak_mb",
        "MB",
    ),
    Figure(
        "audit_verify_1m_s",
        "s",
        "audit_verify",
        "verify_s",
        "<= 10",
        "bare sqlite3 read and SHA-256 of the rows",
        "floor_read_and_hash_s",
        "s",
    ),
    Figure(
        "audit_verify_peak_mb",
        "MB",
        "audit_verify",
        "verify_peak_mb",
        "<= 200",
        "bare sqlite3 read and SHA-256 of the rows",
        "floor_peak_mb",
        "MB",
    ),
    Figure(
        "audit_verify_peak_mb_quarter_trail",
        "MB",
        "audit_verify",
        "verify_peak_mb_quarter",
        "",
        "bare sqlite3 read and SHA-256 of the rows, a quarter of the trail",
        "floor_peak_mb_quarter",
        "MB",
    ),
    Figure(
        "startup_vs_bare_qt",
        "x",
        "startup",
        "desk_vs_bare_qt",
        "<= 1.5",
        "bare PySide6 window with a table",
        "bare_qt_start_s",
        "s",
    ),
    Figure(
        "startup_vs_stack_floor",
        "x",
        "startup",
        "desk_vs_stack_floor",
        "<= 1.5",
        "the same window importing SQLAlchemy and SQLModel and opening the same store",
        "stack_floor_start_s",
        "s",
    ),
    Figure(
        "gui_max_stall_ms_during_batch_print",
        "ms",
        "gui_stall",
        "printing_max_gap_ms",
        "<= 50",
        "the same view idle, longest stall",
        "idle_max_gap_ms",
        "ms",
    ),
    Figure(
        "peak_memory_mb_1m",
        "MB",
        "startup",
        "peak_mb_on_store_settled",
        "",
        "the desk on the demo store",
        "peak_mb_on_demo_settled",
        "MB",
    ),
    Figure(
        "station_item_scan_p99_ms_1m",
        "ms",
        "station",
        "item_p99_ms",
        "<= 50",
        "a key's echo painted in the scan field, p99",
        "baseline_key_echo_p99_ms",
        "ms",
    ),
    Figure(
        "station_close_with_label_p99_ms_1m",
        "ms",
        "station",
        "close_p99_ms",
        "<= 50",
        "a key's echo painted in the scan field, p99",
        "baseline_key_echo_p99_ms",
        "ms",
    ),
]


def sizes(quick: bool, cache: Path) -> dict[str, dict[str, Any]]:
    """Each benchmark's arguments, in the order they run (the stores are built before use)."""
    big, load = (20_000, 200) if quick else (1_000_000, 5000)
    store_1m = str(cache / f"engine-{big}.sqlite3")
    store_load = str(cache / f"load-{load}.sqlite3")
    return {
        "engine": {"parcels": big, "samples": 300 if quick else 3000, "db": store_1m},
        "invoice": {"pack": 50, "runs": 4} if quick else {"pack": 1000, "runs": 30},
        "driver_pack": {"parcels": load, "db": store_load},
        "label": {"samples": 200 if quick else 2000},
        "import": {"lines": 5000 if quick else 100_000},
        "shopify_import": {"orders": 500, "lines": 800}
        if quick
        else {"orders": 5000, "lines": 8000},
        "import_memory": {"megabytes": [1], "catalog_megabytes": [1]}
        if quick
        else {"megabytes": [50, 200], "catalog_megabytes": [50, 200]},
        "audit_verify": {"records": 20_000 if quick else 1_000_000},
        "gui_stall": {"parcels": load, "idle_s": 0.5 if quick else 3.0, "store": store_load},
        "startup": {
            "runs": 1 if quick else 7,
            "settle_s": 0.5 if quick else 3.0,
            "store": store_1m,
        },
        "station": {"parcels": big, "orders": 4 if quick else 120, "db": store_1m},
    }


def child(bench: str, arguments: str) -> int:
    """In a fresh process: one benchmark's ``measure``, its figures as JSON on the last line."""
    sys.path.insert(0, str(ROOT))
    module = importlib.import_module(f"tests.bench.bench_{bench}")
    kwargs = {k: Path(v) if k in ("db", "store") else v for k, v in json.loads(arguments).items()}
    figures = module.measure(**kwargs)
    print(json.dumps(figures))
    return 0


def run_bench(bench: str, kwargs: dict[str, Any]) -> dict[str, Any]:
    """One benchmark in its own process: its figures, or ``{"error": why}``."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--child", bench, json.dumps(kwargs)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        why = (done.stderr.strip().splitlines() or [f"exit status {done.returncode}"])[-1]
        return {"error": why}
    figures: dict[str, Any] = json.loads(lines[-1])
    return figures


def met(value: float, goal: str) -> bool:
    sign, bound = goal.split()
    return value <= float(bound) if sign == "<=" else value >= float(bound)


def table_rows(details: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    rows = []
    for figure in FIGURES:
        if figure.bench not in details:
            continue
        measured = details[figure.bench]
        value = measured.get(figure.key)
        row: dict[str, Any] = {
            "name": figure.name, "figure": value, "unit": figure.unit, "goal": figure.goal,
            "baseline": figure.baseline, "baseline_figure": measured.get(figure.baseline_key),
            "baseline_unit": figure.baseline_unit,
        }  # fmt: skip
        if value is None:
            row["met"] = None
            row["why_not_measured"] = measured.get("error", "not measured")
        else:
            row["met"] = met(value, figure.goal) if figure.goal else None
        rows.append(row)
    return rows


def verdict(row: dict[str, Any]) -> str:
    if row["figure"] is None:
        return "NOT MEASURED"
    return {True: "met", False: "MISSED", None: "(no goal)"}[row["met"]]


def print_table(report: dict[str, Any]) -> None:
    print(
        f"s321-desk benchmarks, {report['date']}, {report['machine']}, load average "
        f"{report['load_before']} before, {report['load_after']} after"
        f"{', QUICK sizes: not comparable with the goals' if report['quick'] else ''}"
    )
    header = ("figure", "value", "unit", "goal", "baseline (same run)", "")
    lines = [header]
    for row in report["figures"]:
        baseline = (
            f"{row['baseline_figure']} {row['baseline_unit']} ({row['baseline']})"
            if row["baseline_figure"] is not None
            else row["baseline"]
        )
        value = "-" if row["figure"] is None else str(row["figure"])
        lines.append((row["name"], value, row["unit"], row["goal"] or "-", baseline, verdict(row)))
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    for line in lines:
        print("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)))
    missed = [row["name"] for row in report["figures"] if row["met"] is False]
    unmeasured = [row for row in report["figures"] if row["figure"] is None]
    print(f"goals missed: {', '.join(missed)}" if missed else "every goal set was met")
    for row in unmeasured:
        print(f"not measured: {row['name']}: {row['why_not_measured']}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="the same figures as JSON")
    parser.add_argument("--quick", action="store_true", help="small sizes: a smoke test")
    parser.add_argument("--cache", type=Path, help="keep the built stores here between runs")
    parser.add_argument("--only", nargs="+", metavar="BENCH", help="these benchmarks only")
    parser.add_argument("--child", nargs=2, metavar=("BENCH", "ARGS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(*args.child)
    load_before = os.getloadavg()
    details: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as folder:
        cache = args.cache or Path(folder)
        cache.mkdir(parents=True, exist_ok=True)
        for bench, kwargs in sizes(args.quick, cache).items():
            if args.only and bench not in args.only:
                continue
            if not args.json:
                print(f"running {bench} ...", file=sys.stderr, flush=True)
            started = time.perf_counter()
            details[bench] = run_bench(bench, kwargs)
            details[bench]["bench_wall_s"] = round(time.perf_counter() - started, 1)
    report = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": f"{os.cpu_count()} cores, Python {platform.python_version()}",
        "load_before": [round(x, 2) for x in load_before],
        "load_after": [round(x, 2) for x in os.getloadavg()],
        "quick": args.quick,
        "figures": table_rows(details),
        "details": details,
    }
    if args.json:
        print(json.dumps(report, indent=1))
    else:
        print_table(report)
    return 0 if all(row["figure"] is not None for row in report["figures"]) else 1


if __name__ == "__main__":
    sys.exit(main())
