"""Benchmark: the desk's start to its main window shown and idle, and its peak memory.

Run: python tests/bench/bench_startup.py [--runs 5] [--store FILE] [--json]
Each start is a fresh process (offscreen Qt): the desk as ``s321-desk --db DEMO`` runs it on a
demo store (``s321-desk demo`` in a temp data folder), and the baseline, measured in the same run
and alternated with it, is a bare PySide6 QMainWindow holding a QTableView of as many rows as the
demo's orders; the same window importing SQLAlchemy and SQLModel first shows the cost of the
desk's libraries, and the stack's floor is that window importing them AND opening the same store
file the way the desk opens it (``store.database.open_store``: its checks, its engine, its
schema's version) and running one query on it: no desk on this stack starts faster. A start is
the wall-clock time from the process's launch to the event loop's first idle moment (about to
wait for events) after the window's first paint; for the desk, that moment with the packing
station shown and the keyboard focus in its scan field: the desk ready to scan (the other views
need not be built yet). The median of ``--runs`` each way.
Peak memory is the process's VmHWM once shown and idle, then after ``--settle-s`` seconds of the
event loop (the background readings done): the desk on ``--store`` (bench_engine's store of
1,000,000 parcels; a demo store when none is given; the median of three starts, whose median
time is ``store_start_s``) beside the desk on the demo store.
"""

from __future__ import annotations

import argparse
import importlib.abc
import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.bench.report import show  # noqa: E402

DEMO_ORDERS = 236  # rows of the bare window's table: as many as the demo store's orders
GOAL_VS_BARE = 1.5
GOAL_VS_STACK_FLOOR = 1.5


def vm_hwm_mb() -> float:
    """This process's peak resident memory (VmHWM), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def child(kind: str, db: str | None, settle_s: float) -> int:
    """In the measured process: open the window, say 'ready MB' when idle after its first paint,
    'settled MB' after ``settle_s`` more seconds, then end."""
    if kind == "desk":
        # The desk runs as ``s321-desk --db DEMO`` does, importing in its own order (a module
        # imported after PySide6 costs more: shiboken's import hook reads each one's source);
        # the probe joins the application the desk makes, once it has made it.
        sys.meta_path.insert(0, ProbeOnApplication(settle_s))
        from s321_desk import cli

        return cli.main(["--db", str(db)])
    if kind in ("bare_with_orm", "stack_floor"):
        # What a desk on SQLAlchemy and SQLModel cannot go under: their import, first.
        import sqlalchemy.orm  # noqa: F401
        import sqlmodel  # noqa: F401
    if kind == "stack_floor":
        # ... and the store opened as the desk opens it, read once: the stack's floor.
        from sqlalchemy import text

        from s321_desk.store.database import open_store

        store = open_store(Path(str(db)))
        with store.engine.connect() as connection:
            connection.execute(text("SELECT count(*) FROM alembic_version")).scalar_one()
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    install_probe(app, settle_s)
    return bare_window(app)


class ProbeOnApplication(importlib.abc.MetaPathFinder):
    """Imports ``s321_desk.app`` as usual, then has its ``_application`` (which makes or finds
    the QApplication) install the probe on what it returns."""

    def __init__(self, settle_s: float) -> None:
        self.settle_s = settle_s

    def find_spec(self, name: str, path: object, target: object = None) -> ModuleSpec | None:
        if name != "s321_desk.app":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        assert spec is not None and spec.loader is not None
        loader, settle_s = spec.loader, self.settle_s
        run_module = loader.exec_module

        def exec_module(module: ModuleType) -> None:
            run_module(module)
            make_application = module._application

            def application() -> object:
                app = make_application()
                install_probe(app, settle_s, scan_field=True)
                return app

            module._application = application

        loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


def install_probe(app: object, settle_s: float, *, scan_field: bool = False) -> None:
    """Say 'ready' at the event loop's first idle moment after a main window's first paint
    (``scan_field``: the first such moment with the keyboard focus in the station's scan
    field, its view shown)."""
    from PySide6.QtCore import QAbstractEventDispatcher, QEvent, QObject, QThreadPool, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    assert isinstance(app, QApplication)

    def say(word: str) -> None:
        os.write(1, f"{word} {vm_hwm_mb():.1f}\n".encode())

    def settled() -> None:
        QThreadPool.globalInstance().waitForDone(10_000)
        say("settled")
        os._exit(0)  # the measure is taken; the store is only read, nothing to close cleanly

    class Probe(QObject):
        def __init__(self) -> None:
            super().__init__(app)
            self.painted = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                not self.painted
                and event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget)
                and isinstance(watched.window(), QMainWindow)
            ):
                self.painted = True
                dispatcher = QAbstractEventDispatcher.instance()
                assert dispatcher is not None
                dispatcher.aboutToBlock.connect(self.idle)
            return False

        def idle(self) -> None:
            if scan_field and not ready_to_scan():
                return  # not yet: the next idle moment is looked at
            dispatcher = QAbstractEventDispatcher.instance()
            assert dispatcher is not None
            dispatcher.aboutToBlock.disconnect(self.idle)
            say("ready")
            QTimer.singleShot(int(settle_s * 1000), settled)

    app.installEventFilter(Probe())


def ready_to_scan() -> bool:
    """The desk is ready to scan: its window shown, the keyboard focus in the packing station's
    scan field, and that field visible (the station is the view shown)."""
    from PySide6.QtWidgets import QApplication

    focus = QApplication.focusWidget()
    return (
        focus is not None
        and type(focus).__name__ == "ScanField"
        and type(focus.window()).__name__ == "MainWindow"
        and focus.isVisible()
    )


def bare_window(app: object) -> int:
    """The baseline: a main window with a menu, a status bar and a table of the demo's size."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    assert isinstance(app, QApplication)
    window = QMainWindow()
    window.setWindowTitle("bare")
    model = QStandardItemModel(0, 8)
    model.setHorizontalHeaderLabels(
        ["Order", "Created", "Name", "City", "State", "Lines", "Value", "Status"]
    )
    for n in range(DEMO_ORDERS):
        model.appendRow(
            [
                QStandardItem(text)
                for text in (
                    f"#{1000 + n}",
                    "2026-11-17 09:14",
                    f"Customer {n}",
                    "Burlington",
                    "VT",
                    str(1 + n % 4),
                    f"{24.5 * (1 + n % 4):.2f}",
                    "open",
                )
            ]
        )
    table = QTableView()
    table.setModel(model)
    window.setCentralWidget(table)
    window.menuBar().addMenu("&File")
    window.statusBar().showMessage("ready")
    window.resize(1366, 768)
    window.show()
    return app.exec()


def desk_environment(data: Path) -> dict[str, str]:
    """The environment of a measured start: offscreen, its own data folder, and bytecode
    cached as an installed desk has it (a pip install or the bundle writes it; a start that
    compiled every module of ours from source would measure the compiler)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", S321_DATA_DIR=str(data))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def launch(kind: str, data: Path, db: Path | None, settle_s: float = 0.0) -> dict[str, float]:
    """One fresh process: seconds from its launch to shown and idle, and its VmHWM in MB."""
    env = desk_environment(data)
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--child",
        kind,
        "--settle-s",
        str(settle_s),
    ]
    if db is not None:
        command += ["--db", str(db)]
    started = time.perf_counter()
    errors = data / f"{kind}.stderr"
    with errors.open("w") as stderr:
        process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=stderr, env=env, cwd=ROOT, text=True
        )
        assert process.stdout is not None
        said: dict[str, float] = {}
        for line in process.stdout:
            word, mb = line.split()
            said[word] = float(mb)
            if word == "ready":
                said["start_s"] = time.perf_counter() - started
            if word == "settled":
                break
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0 or "settled" not in said:
        raise RuntimeError(
            f"{kind} did not start and settle: {said}, exit {process.returncode}: "
            f"{errors.read_text()[-2000:]}"
        )
    # CPU seconds of the whole process (to its end, just after it settled): less swayed by
    # other processes on a busy machine than the wall clock.
    said["cpu_s"] = usage.ru_utime + usage.ru_stime
    return said


def demo_store(data: Path) -> Path:
    """A fresh demo store in the data folder ``data``, as ``s321-desk demo`` makes it."""
    made = subprocess.run(
        [sys.executable, "-m", "s321_desk", "demo"],
        env=desk_environment(data),
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    return Path(made.stdout.strip().splitlines()[-1])


def measure(runs: int = 5, store: Path | None = None, settle_s: float = 3.0) -> dict[str, object]:
    """The figures of one run: ``runs`` starts each way, then the peak memory on ``store``."""
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        demo = demo_store(data)
        launch("desk", data, demo)  # warm: the files in the page cache, the .pyc written
        launch("bare", data, None)
        desk, bare, orm, floor = [], [], [], []
        for _ in range(runs):
            desk.append(launch("desk", data, demo))
            bare.append(launch("bare", data, None))
            orm.append(launch("bare_with_orm", data, None))
            floor.append(launch("stack_floor", data, demo))
        on_demo = launch("desk", data, demo, settle_s)
        # The store's first opening reads its file from the disk; the next ones as a station
        # opening it again each morning finds it: the median of three starts and of their peaks.
        on_store_runs = [launch("desk", data, store, settle_s) for _ in range(3)] if store else []
        on_store = (
            {
                "ready": statistics.median(run["ready"] for run in on_store_runs),
                "settled": statistics.median(run["settled"] for run in on_store_runs),
                "start_s": statistics.median(run["start_s"] for run in on_store_runs),
            }
            if store
            else on_demo
        )
        bare_memory = launch("bare", data, None, settle_s)
    desk_s, bare_s, floor_s = (
        statistics.median(run["start_s"] for run in runs_) for runs_ in (desk, bare, floor)
    )
    desk_cpu, bare_cpu, floor_cpu = (
        statistics.median(run["cpu_s"] for run in runs_) for runs_ in (desk, bare, floor)
    )
    return {
        "runs": runs,
        "desk_start_s": round(desk_s, 3),
        "bare_qt_start_s": round(bare_s, 3),
        "desk_vs_bare_qt": round(desk_s / bare_s, 2),
        "desk_starts_s": [round(run["start_s"], 3) for run in desk],
        "bare_qt_starts_s": [round(run["start_s"], 3) for run in bare],
        "desk_start_cpu_s": round(desk_cpu, 3),
        "bare_qt_start_cpu_s": round(bare_cpu, 3),
        "desk_vs_bare_qt_cpu": round(desk_cpu / bare_cpu, 2),
        "bare_qt_with_sqlalchemy_sqlmodel_start_s": round(
            statistics.median(run["start_s"] for run in orm), 3
        ),
        "goal_desk_vs_bare_qt": GOAL_VS_BARE,
        "stack_floor_start_s": round(floor_s, 3),
        "stack_floor_starts_s": [round(run["start_s"], 3) for run in floor],
        "desk_vs_stack_floor": round(desk_s / floor_s, 2),
        "stack_floor_start_cpu_s": round(floor_cpu, 3),
        "desk_vs_stack_floor_cpu": round(desk_cpu / floor_cpu, 2),
        "goal_desk_vs_stack_floor": GOAL_VS_STACK_FLOOR,
        "store": str(store) if store else "demo",
        "peak_mb_on_store_ready": on_store["ready"],
        "peak_mb_on_store_settled": on_store["settled"],
        "store_start_s": round(on_store["start_s"], 2),
        "peak_mb_on_demo_settled": on_demo["settled"],
        "peak_mb_bare_qt_settled": bare_memory["settled"],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--store", type=Path, help="the store whose peak memory is measured")
    parser.add_argument("--settle-s", type=float, default=3.0)
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--child", choices=["desk", "bare", "bare_with_orm", "stack_floor"], help=argparse.SUPPRESS
    )
    parser.add_argument("--db", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args.child, args.db, args.settle_s)
    figures = measure(args.runs, args.store, args.settle_s)
    show(figures, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
