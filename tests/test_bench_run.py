"""tests/bench/run.py on small sizes: every figure of the table is measured and numeric."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAMES = [
    "scan_p99_ms_1m", "scan_vs_sqlite_floor", "scan_vs_sqlite_lookup", "scan_p99_ms_day_of_8",
    "scan_p99_ms_day_of_8_half_sealed", "address_parse_us", "invoice_ms", "invoice_vs_weasyprint",
    "load_pack_5000_s", "label_pdf_ms", "label_zpl_ms", "label_pdf_cjk_ms", "label_zpl_cjk_ms",
    "import_100k_lines_s", "import_real_shaped_8000_lines_s", "import_orders_200mb_peak_mb",
    "import_catalog_200mb_peak_mb",
    "audit_verify_1m_s", "audit_verify_peak_mb", "audit_verify_peak_mb_quarter_trail",
    "startup_vs_bare_qt", "startup_vs_stack_floor", "gui_max_stall_ms_during_batch_print", "peak_memory_mb_1m",
    "station_item_scan_p99_ms_1m", "station_close_with_label_p99_ms_1m",
]  # fmt: skip


def test_a_quick_run_gives_every_figure_with_its_baseline(tmp_path: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "tests" / "bench" / "run.py"),
            "--quick",
            "--json",
            "--cache",
            str(tmp_path),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:] + done.stdout[-3000:]
    report = json.loads(done.stdout)
    assert report["quick"] is True
    rows = {row["name"]: row for row in report["figures"]}
    assert list(rows) == NAMES
    for name, row in rows.items():
        for key in ("figure", "baseline_figure"):
            value = row[key]
            assert isinstance(value, int | float) and math.isfinite(value) and value > 0, (
                name,
                key,
                value,
            )
        assert row["met"] in (True, False, None)
        assert (row["met"] is None) == (row["goal"] == ""), name
    assert (tmp_path / "engine-20000.sqlite3").exists()  # built once, opened again for memory
