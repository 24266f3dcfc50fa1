"""A frozen station (a process that takes the writer lock and stops: a hung desk, a laptop
closed mid-write) blocks the others' writes for seconds, not minutes, and nobody's start-up or
reading at all, on each backend (the probe saw every PostgreSQL station wait ten minutes)."""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import date

import pytest
from sqlalchemy.exc import OperationalError

from s321_desk.services.admin.rules_and_rates import list_fx_rates, set_fx_rate
from s321_desk.services.kernel.errors import store_busy
from s321_desk.services.lookup.parcel_views import list_parcels
from s321_desk.store.database import Store, open_store
from s321_desk.store.engine import BUSY_TIMEOUT_MS, IDLE_IN_TRANSACTION_MS
from s321_desk.store.uow import one_action
from tests.conftest import ROOT, target_of

FROZEN = """
import os, signal, sys
from pathlib import Path
from sqlalchemy import text
from s321_desk.store.database import open_store
from s321_desk.store.uow import UnitOfWork, one_action

where = sys.argv[1]
store = open_store(where if "://" in where else Path(where))
with UnitOfWork(store.engine, immediate=True) as uow:
    uow.session.execute(text("SELECT 1"))  # the write lock is taken: BEGIN IMMEDIATE, or
    print("READY", flush=True)             # PostgreSQL's advisory writer lock
    os.kill(os.getpid(), signal.SIGSTOP)   # and the station freezes, holding it
"""


def test_a_frozen_station_holds_the_others_for_seconds_and_readers_not_at_all(
    store: Store,
) -> None:
    target = target_of(store)
    frozen = subprocess.Popen(
        [sys.executable, "-c", FROZEN, target],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert frozen.stdout is not None
        assert frozen.stdout.readline() == "READY\n", frozen.stderr.read() if frozen.stderr else ""
        start = time.monotonic()
        other = open_store(store.path if store.path is not None else store.url)
        try:
            with one_action(other.engine) as uow:
                assert list_parcels(uow) == [] and list_fx_rates(uow) == []
            opened_and_read = time.monotonic() - start
            assert opened_and_read < BUSY_TIMEOUT_MS / 1000 / 2, opened_and_read  # no waiting
            written, said_busy = None, 0
            while written is None and time.monotonic() - start < 60:
                try:
                    with one_action(other.engine, immediate=True) as uow:
                        written = set_fx_rate(uow, "CAD", "0.73", date(2026, 1, 1), "test")
                except OperationalError as error:
                    assert store_busy(error), error  # said plainly: busy, try again
                    said_busy += 1
                    if store.path is not None:  # SQLite has no server to end the frozen one
                        break
            waited = time.monotonic() - start
        finally:
            other.dispose()
    finally:
        frozen.kill()
        frozen.wait()
    assert said_busy >= 1  # the writer waited its 10 s, then said so instead of hanging
    if store.path is None:  # PostgreSQL ended the frozen session and freed its lock
        assert written is not None
        assert waited < (BUSY_TIMEOUT_MS + IDLE_IN_TRANSACTION_MS) / 1000 + 10, waited
    else:
        assert written is None and waited < BUSY_TIMEOUT_MS / 1000 + 5, waited


@pytest.mark.parametrize("stations", [6])
def test_stations_opening_a_current_store_together_take_no_lock(
    store: Store, stations: int
) -> None:
    """Opening a store at this version's schema writes nothing and waits for nothing: six
    stations start at once while a seventh holds the writer lock, frozen."""
    target = target_of(store)
    frozen = subprocess.Popen(
        [sys.executable, "-c", FROZEN, target],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert frozen.stdout is not None and frozen.stdout.readline() == "READY\n"
        opener = (
            "import sys; from pathlib import Path; from s321_desk.store.database import "
            "open_store; w = sys.argv[1]; open_store(w if '://' in w else Path(w))"
            ".dispose(); print('OPEN')"
        )
        start = time.monotonic()
        openers = [
            subprocess.Popen(
                [sys.executable, "-c", opener, target],
                cwd=ROOT,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(stations)
        ]
        outcomes = [p.communicate(timeout=120) for p in openers]
        took = time.monotonic() - start
    finally:
        frozen.kill()
        frozen.wait()
    assert [out for out, _ in outcomes] == ["OPEN\n"] * stations, outcomes
    assert took < BUSY_TIMEOUT_MS / 1000 + 20, took  # Python's start-ups, never a lock's wait
