"""Two stations on one database: a conflict packed by keystrokes in this main window appears,
announced, on a second main window running in another process, within a second."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from datetime import UTC, datetime

from pytestqt.qtbot import QtBot

from s321_desk.app import build_main_window
from s321_desk.services.admin.rules_and_rates import pin_rules
from s321_desk.services.admin.users import sign_in
from s321_desk.store.database import Store
from s321_desk.store.uow import one_action
from tests.conftest import ROOT, target_of
from tests.ui.station.test_packing_station import labelled, scan, stocked  # noqa: F401  (fixtures)


def test_a_conflict_packed_here_appears_on_the_other_stations_window(
    qtbot: QtBot,
    labelled: Store,  # noqa: F811
) -> None:
    with one_action(labelled.engine, immediate=True) as uow:
        pin_rules(uow, datetime(2024, 6, 1, tzinfo=UTC), "test under de minimis")
    other = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.second_window", target_of(labelled), "2", "40"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert other.stdout is not None
        assert other.stdout.readline().strip() == "READY", (
            other.stderr.read() if other.stderr else ""
        )
        window = build_main_window(labelled)
        qtbot.addWidget(window)
        with one_action(labelled.engine, immediate=True) as uow:
            window.set_person(sign_in(uow, "Ada Admin", "9999"))  # who packs here
        window.show()
        qtbot.waitExposed(window)
        scan(qtbot, window.station, "#1001", "TS-M", "TS-M", "JKT", "CMD-CLOSE")
        scan(qtbot, window.station, "#1002", "JKT", "CMD-CLOSE")
        packed_at = time.time()
        out, err = other.communicate(timeout=60)
    finally:
        if other.poll() is None:
            other.kill()
    assert other.returncode == 0, err
    shown = json.loads(out.strip().splitlines()[-1])
    here = window.warnings
    qtbot.waitUntil(lambda: here.model.rowCount() == 2, timeout=3000)
    ours = sorted(here.model.row_at(row).parcel_id for row in range(2))
    assert shown["parcels"] == ours
    assert shown["tab"] == "&Warnings (2)"
    assert any(message.startswith("NEW WARNING: ") for message in shown["status"])
    assert shown["current_tab"] == 0  # the other station's scan field is not taken away
    assert shown["seen_at"] - packed_at < 1.0  # within a second of the second close
    window.close()
