"""A real window under Xvfb: ``python -m s321_desk`` shows the desk and quits on Ctrl+Q with 0."""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from s321_desk.store.database import open_store
from s321_desk.store.uow import one_action
from tests.ui.conftest import seed

TOOLS = ("Xvfb", "xdotool")
SCREEN = "1366x768x24"
WINDOW_DEADLINE_S = 20
EXIT_DEADLINE_S = 10


def _require_tools() -> None:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if not missing:
        return
    if os.environ.get("CI"):
        pytest.fail(
            f"{', '.join(missing)} not found: .ci/setup should have installed the packages "
            "xvfb and xdotool (apt-get install xvfb xdotool imagemagick)"
        )
    pytest.skip(
        f"{', '.join(missing)} not installed; install the packages xvfb and xdotool "
        "(apt-get install xvfb xdotool imagemagick) to run the real-window test"
    )


@contextmanager
def xvfb(tmp_path: Path) -> Iterator[str]:
    """A private Xvfb server; ``-displayfd`` lets it pick a free display number itself."""
    read_end, write_end = os.pipe()
    log = (tmp_path / "xvfb.log").open("wb")
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", SCREEN, "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    os.close(write_end)
    try:
        number = _read_display_number(read_end, timeout_s=10)
        assert number, f"Xvfb gave no display number: {(tmp_path / 'xvfb.log').read_text()}"
        yield f":{number}"
    finally:
        os.close(read_end)
        server.terminate()
        try:
            server.wait(timeout=5)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()


def _read_display_number(fd: int, timeout_s: float) -> str:
    deadline = time.monotonic() + timeout_s
    text = b""
    while not text.endswith(b"\n") and time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], deadline - time.monotonic())
        if not ready:
            break
        chunk = os.read(fd, 64)
        if not chunk:
            break
        text += chunk
    return text.decode().strip()


def _find_window(env: dict[str, str], app: subprocess.Popen[bytes]) -> str:
    deadline = time.monotonic() + WINDOW_DEADLINE_S
    while time.monotonic() < deadline:
        assert app.poll() is None, f"the desk exited early with status {app.returncode}"
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", "^s321-desk - "],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        ids = found.stdout.split()
        if ids:
            return ids[0]
        time.sleep(0.2)
    raise AssertionError(f"no s321-desk window within {WINDOW_DEADLINE_S} s")


def _screenshot(display: str, target: Path) -> None:
    """Best effort: a picture of the screen to look at when the test fails."""
    if shutil.which("import"):
        command = ["import", "-display", display, "-window", "root", str(target)]
    elif shutil.which("xwd"):
        command = ["xwd", "-root", "-display", display, "-out", str(target.with_suffix(".xwd"))]
    else:
        return
    subprocess.run(command, capture_output=True, timeout=20, check=False)


def test_real_window_opens_and_quits_on_ctrl_q(tmp_path: Path) -> None:
    _require_tools()  # in the test, not a fixture: on CI a missing tool is a failure
    db_path = tmp_path / "desk.sqlite3"
    store = open_store(db_path)
    try:
        seed(store)
    finally:
        store.dispose()
    with xvfb(tmp_path) as display:
        status, errors = _run_desk_and_press_ctrl_q(display, db_path, tmp_path)
    assert status == 0, errors
    assert "Traceback" not in errors, errors


def _run_desk_and_press_ctrl_q(display: str, db_path: Path, tmp_path: Path) -> tuple[int, str]:
    env = {key: value for key, value in os.environ.items() if key != "S321_DB"}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", S321_DATA_DIR=str(tmp_path / "data"))
    stderr_path = tmp_path / "desk.stderr"
    with stderr_path.open("wb") as stderr:
        app = subprocess.Popen(
            [sys.executable, "-m", "s321_desk", "--db", str(db_path)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
        try:
            window_id = _find_window(env, app)
            time.sleep(0.5)  # let the first paint land before the picture
            _screenshot(display, tmp_path / "window.png")
            # Without a window manager nothing activates the window, and Qt only runs a
            # window's shortcuts when it is active: give it the input focus first, then press
            # the keys as a person would (XTEST; a synthetic ``key --window`` event is ignored).
            xdotool = ["xdotool", "windowfocus", "--sync", window_id, "key", "ctrl+q"]
            subprocess.run(xdotool, env=env, check=True, capture_output=True, timeout=10)
            status = app.wait(timeout=EXIT_DEADLINE_S)
        finally:
            if app.poll() is None:
                app.kill()
                app.wait()
    return status, stderr_path.read_text(encoding="utf-8", errors="replace")


# The night shift in the real window: keys typed as a keyboard-wedge scanner types them (a
# character every 8 ms, then Enter), a short pack, an item error, a group decision.
SCANNER_DELAY_MS = "8"
SHOTS = "S321_SCREENSHOTS"  # a folder to keep the screenshots in (to look at them), if set


@pytest.mark.parametrize("language", ["en", "fr"])
def test_real_window_short_pack_item_error_and_group_decision(
    tmp_path: Path, language: str
) -> None:
    _require_tools()
    db_path = tmp_path / "desk.sqlite3"
    _night_shift_store(db_path, tmp_path)
    shots = Path(os.environ.get(SHOTS) or tmp_path / "shots")
    shots.mkdir(parents=True, exist_ok=True)
    env = {key: value for key, value in os.environ.items() if key != "S321_DB"}
    with xvfb(tmp_path) as display:
        env.update(
            DISPLAY=display,
            QT_QPA_PLATFORM="xcb",
            S321_DATA_DIR=str(tmp_path / "data"),
            S321_LANGUAGE=language,
        )
        stderr_path = tmp_path / "desk.stderr"
        with stderr_path.open("wb") as stderr:
            app = subprocess.Popen(
                [sys.executable, "-m", "s321_desk", "--db", str(db_path)],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=stderr,
            )
            try:
                _drive_the_night_shift(env, app, display, shots, language)
                status = app.wait(timeout=EXIT_DEADLINE_S)
            finally:
                if app.poll() is None:
                    app.kill()
                    app.wait()
    errors = stderr_path.read_text(encoding="utf-8", errors="replace")
    assert status == 0 and "Traceback" not in errors, errors
    _check_the_night_shift(db_path)


def _night_shift_store(db_path: Path, tmp_path: Path) -> None:
    """The packing tests' catalog and orders (#1001 and #1002: one person, two spellings), a
    supervisor, the US return address, and the de minimis rules pinned (so they conflict)."""
    from datetime import UTC, date, datetime

    from s321_desk.services.admin.rules_and_rates import pin_rules, set_fx_rate
    from s321_desk.services.admin.settings import set_setting
    from s321_desk.services.admin.users import add_user
    from s321_desk.services.files.catalog_import import import_catalog
    from s321_desk.services.files.orders_import import import_orders
    from s321_desk.store.uow import UnitOfWork
    from tests.conftest import first_admin, write_csv
    from tests.services.packing.test_packing import CATALOG, ORDERS

    store = open_store(db_path)
    try:
        import_catalog(store.engine, write_csv(tmp_path / "c.csv", CATALOG))
        import_orders(store.engine, write_csv(tmp_path / "o.csv", ORDERS))
        with one_action(store.engine, immediate=True) as work:
            set_fx_rate(work, "CAD", "0.7300", date(2024, 1, 1), "test")
        admin = first_admin(store)
        with one_action(store.engine, immediate=True) as work:
            add_user(work, "Sam Super", "supervisor", "2468", by=admin)
        with one_action(store.engine, immediate=True) as work:
            pin_rules(work, datetime(2024, 6, 1, tzinfo=UTC), "test under de minimis")
        with UnitOfWork(store.engine) as uow:
            set_setting(
                uow.session,
                "us_return_address",
                ["Maple Border Returns", "2400 Military Rd", "Niagara Falls NY 14304"],
            )
            uow.commit()
    finally:
        store.dispose()


def _drive_the_night_shift(
    env: dict[str, str], app: subprocess.Popen[bytes], display: str, shots: Path, language: str
) -> None:
    def xdotool(*words: str) -> None:
        subprocess.run(["xdotool", *words], env=env, check=True, capture_output=True, timeout=20)

    def scan(*codes: str) -> None:
        for code in codes:
            xdotool("type", "--delay", SCANNER_DELAY_MS, code)
            xdotool("key", "Return")
            time.sleep(0.4)

    def shot(name: str) -> None:
        time.sleep(0.6)
        _screenshot(display, shots / f"{language}-{name}.png")

    window = _find_window(env, app)
    time.sleep(0.5)
    xdotool("windowfocus", "--sync", window)
    # A store with users packs under a name: the shift's supervisor signs in (F2).
    xdotool("key", "F2")
    xdotool("windowfocus", "--sync", _window_named(env, "^(Sign in|Ouvrir une session)"))
    scan("Sam Super", "2468")
    xdotool("windowfocus", "--sync", window)
    scan("1001", "TS-M")  # the pick ticket's barcode holds the order's number
    xdotool("key", "F12")  # short: nothing closes, the banner says what is missing
    shot("1-short")
    scan("CMD-SHORT")  # the explicit confirmation
    shot("2-short-closed")
    scan("1002", "TS-M")  # not on this order: the banner turns red
    shot("3-item-error")
    scan("JKT")
    xdotool("key", "F12")
    shot("4-closed-check")
    # The supervisor opens the decisions (Ctrl+3) and acknowledges the conflict at once.
    xdotool("key", "ctrl+3")
    shot("5-decisions")
    xdotool("key", "Return")  # the suggested action: acknowledge, for the whole group
    dialog = _window_named(env, ": P000000")
    xdotool("windowfocus", "--sync", dialog)
    shot("6-group-dialog")
    xdotool("type", "--delay", "60", "2468")  # the PIN alone, typed by hand
    xdotool("key", "Tab", "Down", "Return")  # the first usual reason, and sign
    shot("7-group-done")
    xdotool("windowfocus", "--sync", window)
    xdotool("key", "ctrl+1")
    # At the station, the supervisor holds the parcel on the screen (F6) in its panel: their
    # name is there (they signed a moment ago), a wrong PIN first, then the right one.
    xdotool("key", "F6")
    shot("8-hold-prompt")
    xdotool("type", "--delay", "60", "1111")
    xdotool("key", "Return")
    xdotool("type", "--delay", "20", "box crushed")
    xdotool("key", "Return")
    shot("9-hold-wrong-pin")
    xdotool("type", "--delay", "60", "2468")
    xdotool("key", "Return")
    shot("10-held")
    xdotool("key", "ctrl+q")


def _window_named(env: dict[str, str], pattern: str) -> str:
    deadline = time.monotonic() + WINDOW_DEADLINE_S
    while time.monotonic() < deadline:
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", pattern],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if found.stdout.split():
            return found.stdout.split()[-1]
        time.sleep(0.2)
    raise AssertionError(f"no window named {pattern!r} within {WINDOW_DEADLINE_S} s")


def _check_the_night_shift(db_path: Path) -> None:
    import json

    from sqlalchemy import select

    from s321_desk.store.models import AuditEntry, Parcel
    from s321_desk.store.uow import UnitOfWork

    store = open_store(db_path)
    try:
        with UnitOfWork(store.engine) as uow:
            parcels = {p.code: p.status for p in uow.session.scalars(select(Parcel))}
            entries = list(uow.session.scalars(select(AuditEntry)))
    finally:
        store.dispose()
    assert parcels == {"P0000001": "closed", "P0000002": "held"}  # held at the station
    closes = {e.entity_id: json.loads(e.details) for e in entries if e.action == "parcel.close"}
    assert closes["P0000001"]["short"]["confirmed_by"] == "CMD-SHORT"
    assert "short" not in closes["P0000002"]
    acknowledged = {e.entity_id for e in entries if e.action == "decision.acknowledge"}
    assert acknowledged == {"P0000001", "P0000002"}  # the group, with one PIN
    held = [e for e in entries if e.action == "decision.hold"]
    assert [(e.entity_id, e.reason) for e in held] == [("P0000002", "box crushed")]
    refused = [json.loads(e.details) for e in entries if e.action == "login.refused"]
    assert refused == [{"why": "wrong PIN", "failures": 1}]  # kept, though the hold was refused
