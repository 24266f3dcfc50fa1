"""``s321-desk self-test`` as an installer runs it: a line per step, 0 only if every step passed."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from s321_desk.documents.label import label_zpl
from s321_desk.documents.lead_sheet import lead_sheet_pdf
from s321_desk.selftest import StepFailed, read_back, zpl_barcode_read
from s321_desk.store.migrate import head_revision
from tests.conftest import ROOT
from tests.documents.conftest import LOAD
from tests.documents.test_label import DATA
from tests.pg_server import PostgresServer

STEPS = ["store", "rules", "identity", "cases", "documents", "window", "sounds", "language"]


def self_test(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "s321_desk", "self-test", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def step_lines(stdout: str) -> dict[str, str]:
    lines = stdout.splitlines()
    assert len(lines) == len(STEPS) + 1, stdout
    return {line.split()[0]: line for line in lines[:-1]}


def schema_of(path: Path) -> str:
    with closing(sqlite3.connect(path)) as connection:
        return str(connection.execute("SELECT version_num FROM alembic_version").fetchone()[0])


def test_every_step_passes_on_a_temporary_store(tmp_path: Path) -> None:
    # The user's store is named by $S321_DB: the self-test must not touch it.
    users_store = tmp_path / "users-store.sqlite3"
    done = self_test(env={**os.environ, "S321_DB": str(users_store)})

    assert done.returncode == 0, done.stdout + done.stderr
    lines = step_lines(done.stdout)
    assert list(lines) == STEPS
    for line in lines.values():
        assert line.split()[1] == "ok", line
    assert f"created at schema {head_revision()}" in lines["store"]
    assert "18 demo orders packed, every verdict as expected" in lines["cases"]
    assert "5 documents" in lines["documents"] and "5 barcodes read back" in lines["documents"]
    assert "main window opened and closed (offscreen, 236 orders shown)" in lines["window"]
    assert "4 sounds, media backend loaded" in lines["sounds"]
    assert "fr (" in lines["language"] and "catalogues and Qt's own) load" in lines["language"]
    assert done.stdout.splitlines()[-1].startswith("self-test passed: 8 steps in ")
    assert done.stderr == ""
    assert not users_store.exists()


def test_an_older_store_is_migrated_with_its_copy_kept(tmp_path: Path) -> None:
    store = tmp_path / "desk.sqlite3"
    shutil.copy(ROOT / "tests" / "store" / "data" / "schema-0002.sqlite3", store)

    done = self_test("--db", str(store))

    assert done.returncode == 0, done.stdout + done.stderr
    line = step_lines(done.stdout)["store"]
    assert f"{store}: migrated from schema 0002 to {head_revision()}" in line
    (copy,) = tmp_path.glob(f"desk.before-{head_revision()}.*.sqlite3")
    assert f"the copy from before is {copy}" in line
    assert schema_of(copy) == "0002"
    assert schema_of(store) == head_revision()


def test_a_store_that_cannot_be_opened_fails_the_test_with_exit_1(tmp_path: Path) -> None:
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("not a database\n", encoding="utf-8")

    done = self_test("--db", str(notes))

    assert done.returncode == 1, done.stdout + done.stderr
    lines = step_lines(done.stdout)
    assert lines["store"].split()[1] == "FAILED"
    assert f"{notes}: not an s321-desk database (not an SQLite file)" in lines["store"]
    # the other steps still ran, and say so
    assert all(lines[step].split()[1] == "ok" for step in STEPS[1:]), done.stdout
    assert done.stdout.splitlines()[-1].startswith("self-test FAILED (store) in ")
    assert notes.read_text(encoding="utf-8") == "not a database\n"


def test_a_display_that_is_not_there_fails_the_window_not_the_process() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}

    done = self_test(env={**env, "QT_QPA_PLATFORM": "xcb"})

    assert done.returncode == 1, done.stdout + done.stderr
    lines = step_lines(done.stdout)
    for step in ("window", "sounds", "language"):
        assert lines[step].split()[1] == "FAILED"
        assert (
            "QT_QPA_PLATFORM=xcb but DISPLAY is not set: no display to open the window on"
            in (lines[step])
        )
    assert done.stdout.splitlines()[-1].startswith(
        "self-test FAILED (window, sounds, language) in "
    )


def test_a_shared_postgresql_store_is_created_then_opened(postgres: PostgresServer) -> None:
    postgres.execute("CREATE DATABASE s321_self_test")
    url = postgres.url("s321_self_test")
    try:
        first, second = self_test("--database-url", url), self_test("--database-url", url)
    finally:
        postgres.execute("DROP DATABASE s321_self_test WITH (FORCE)")

    for done, made in ((first, "created"), (second, "opened")):
        assert done.returncode == 0, done.stdout + done.stderr
        line = step_lines(done.stdout)["store"]
        assert line.split()[1] == "ok"
        assert f"{url.split('://')[0]}://" in line
        assert line.endswith(f": {made} at schema {head_revision()}")


def test_a_paper_is_read_back_by_its_barcodes_and_its_text() -> None:
    pdf = lead_sheet_pdf(LOAD)

    assert read_back("lead sheet", pdf, {LOAD.trip}, {LOAD.trip, LOAD.driver}) == 1
    with pytest.raises(
        StepFailed,
        match=r"lead sheet, page 1: barcodes read \['ABCD2611230001'\], expected \['ABCD1'\]",
    ):
        read_back("lead sheet", pdf, {"ABCD1"}, set())
    with pytest.raises(StepFailed, match="lead sheet: Nobody not found in its text"):
        read_back("lead sheet", pdf, {LOAD.trip}, {"Nobody"})


def test_a_zpl_label_is_read_by_its_barcode_field() -> None:
    zpl = label_zpl(DATA).encode()

    assert zpl_barcode_read(zpl, DATA.parcel_id) == 1
    with pytest.raises(StepFailed, match="label ZPL: barcode fields"):
        zpl_barcode_read(zpl, "P9999999")
    with pytest.raises(StepFailed, match=r"label ZPL: not one \^XA...\^XZ label"):
        zpl_barcode_read(zpl + zpl, DATA.parcel_id)
