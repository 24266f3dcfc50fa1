"""Benchmark: how long the GUI's event loop stalls while a 5,000-parcel driver pack prints.

Run: python tests/bench/bench_gui_stall.py [--parcels 5000] [--idle-s 3] [--json] [--verbose]
A real migrated SQLite file holds a sealed load of N parcels (tests/bench/bench_driver_pack.py's
set-up); the loads view is opened on it offscreen, the trip shown, and the driver pack is
printed to a file as its button does: a background ``Job`` with its progress dialog. A 5 ms
QTimer on the GUI thread records the gap between its ticks; the longest gap is the longest the
window could not answer a key or a scan. The baseline, measured in the same run, is the same
view idle for ``--idle-s`` seconds. Goal: the longest gap during the print under 50 ms.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import shutil
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from s321_desk.documents import fonts  # noqa: E402
from s321_desk.store.database import open_store  # noqa: E402
from s321_desk.ui.kit.jobs import JobProgressDialog  # noqa: E402
from s321_desk.ui.loads.view import LoadsView  # noqa: E402
from tests.bench.bench_driver_pack import TRIP, fill  # noqa: E402
from tests.bench.report import show  # noqa: E402

MAIN_THREAD = threading.get_ident()
TICK_MS = 5
GOAL_MS = 50


class CollectionRecorder:
    """The cycle collector's passes over 10 ms: when, which generation, on which thread."""

    def __init__(self) -> None:
        self.long: list[tuple[float, int, str, float]] = []  # (at s, generation, thread, ms)
        self._started: dict[int, float] = {}
        self._origin = time.perf_counter()
        gc.callbacks.append(self._heard)

    def _heard(self, phase: str, info: dict[str, int]) -> None:
        now, thread = time.perf_counter(), threading.get_ident()
        if phase == "start":
            self._started[thread] = now
        elif thread in self._started and now - self._started[thread] > 0.010:
            name = "GUI" if thread == MAIN_THREAD else "worker"
            self.long.append(
                (
                    now - self._origin,
                    info["generation"],
                    name,
                    (now - self._started.pop(thread)) * 1000,
                )
            )


class GapRecorder:
    """A 5 ms timer on the GUI thread; each tick notes the time since the previous one."""

    def __init__(self, where: Callable[[], str]) -> None:
        self.gaps_ms: list[float] = []
        self.long: list[tuple[float, float, str]] = []  # (at s, gap ms, what was going on)
        self._where = where
        self._clock = QElapsedTimer()
        self._last = 0
        self._timer = QTimer()
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.gaps_ms.clear()
        self.long.clear()
        self._clock.start()
        self._last = self._clock.nsecsElapsed()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now = self._clock.nsecsElapsed()
        gap = (now - self._last) / 1e6
        self.gaps_ms.append(gap)
        if gap > GOAL_MS / 2:
            self.long.append((now / 1e9, gap, self._where()))
        self._last = now

    def figures(self) -> dict[str, float]:
        gaps = sorted(self.gaps_ms)
        p99 = gaps[min(len(gaps) - 1, int(len(gaps) * 0.99))]
        return {
            "max_ms": round(gaps[-1], 1),
            "p99_ms": round(p99, 1),
            "median_ms": round(statistics.median(gaps), 1),
            "ticks": len(gaps),
        }


def run_loop(condition_or_seconds: float | object) -> None:
    """Turn the event loop until the job has ended (an object with ``done``) or for seconds."""
    loop = QEventLoop()
    if isinstance(condition_or_seconds, float | int):
        QTimer.singleShot(int(condition_or_seconds * 1000), loop.quit)
    else:
        condition_or_seconds.signals.ended.connect(loop.quit)  # type: ignore[attr-defined]
    loop.exec()


def measure(
    parcels: int = 5000,
    idle_s: float = 3.0,
    store: Path | None = None,
    freeze: bool = False,
    verbose: bool = False,
) -> dict[str, float | int]:
    """The figures of one run; ``store``: a store filled by bench_driver_pack (copied, so it is
    left as it was) instead of filling a new one; ``verbose``: each long gap on stderr."""
    app = QApplication.instance() or QApplication([])
    fonts.register()
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        if store:
            for ending in ("", "-wal", "-shm"):
                if Path(f"{store}{ending}").exists():
                    shutil.copy(f"{store}{ending}", Path(folder) / f"bench.sqlite3{ending}")
            opened, trip = open_store(Path(folder) / "bench.sqlite3"), TRIP
        else:
            opened = open_store(Path(folder) / "bench.sqlite3")
            trip = fill(opened.engine, parcels, random.Random(321))
        fill_s = time.perf_counter() - started
        view = LoadsView(opened.engine, data_folder=Path(folder) / "data")
        view.resize(1366, 700)
        view.show()
        view.open_load(trip)
        while view.parcels_model.rowCount() < parcels:  # the trip's first reading
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        run_loop(1.0)  # shown, painted, settled
        if freeze:
            gc.freeze()
        recorder = GapRecorder(
            lambda: (
                " / ".join(d.labelText() for d in view.findChildren(JobProgressDialog))
                or view.message()
            )
        )

        collections = CollectionRecorder()
        recorder.start()
        run_loop(idle_s)
        recorder.stop()
        idle = recorder.figures()
        idle_gaps = list(recorder.long)

        out = Path(folder) / "pack.pdf"
        recorder.start()
        started = time.perf_counter()
        job = view.print_driver_pack_to(out)
        run_loop(job)
        job_s = time.perf_counter() - started
        run_loop(0.5)  # what the end of the job brings to the GUI (its re-reading, the dialog)
        recorder.stop()
        busy = recorder.figures()
        long_gaps = list(recorder.long)
        written = out.exists() and out.stat().st_size
        view.shutdown()
        view.close()
        opened.dispose()
    if not written:
        raise RuntimeError("the driver pack was not written")
    if verbose:
        for title, gaps in (("idle", idle_gaps), ("printing", long_gaps)):
            print(
                f"gaps over {GOAL_MS / 2:.0f} ms, {title} (s from the start of the phase):",
                file=sys.stderr,
            )
            for at, gap, what in gaps:
                print(f"  at {at:6.2f} s: {gap:7.1f} ms during {what!r}", file=sys.stderr)
        print("cycle collections over 10 ms (s from the start of the idle phase):", file=sys.stderr)
        for at, generation, thread, ms in collections.long:
            print(
                f"  at {at:6.2f} s: generation {generation} on the {thread} thread, {ms:.0f} ms",
                file=sys.stderr,
            )
    return {
        "parcels": parcels,
        "fill_store_s": round(fill_s, 1),
        "driver_pack_job_s": round(job_s, 2),
        "pdf_mb": round(written / 1e6, 1),
        "printing_max_gap_ms": busy["max_ms"],
        "printing_p99_gap_ms": busy["p99_ms"],
        "printing_median_gap_ms": busy["median_ms"],
        "printing_ticks": busy["ticks"],
        "idle_max_gap_ms": idle["max_ms"],
        "idle_p99_gap_ms": idle["p99_ms"],
        "idle_median_gap_ms": idle["median_ms"],
        "max_gap_vs_idle": round(busy["max_ms"] / max(idle["max_ms"], 0.1), 1),
        "goal_max_gap_ms": GOAL_MS,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parcels", type=int, default=5000)
    parser.add_argument("--idle-s", type=float, default=3.0)
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--store",
        type=Path,
        help="a copy of this store filled by an earlier "
        "run (bench_driver_pack.fill) instead of filling a new one",
    )
    parser.add_argument(
        "--freeze",
        action="store_true",
        help="gc.freeze() once the view is shown, as an application may after its start",
    )
    parser.add_argument("--verbose", action="store_true", help="list each gap over 25 ms")
    args = parser.parse_args()
    figures = measure(args.parcels, args.idle_s, args.store, args.freeze, args.verbose)
    show(figures, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
