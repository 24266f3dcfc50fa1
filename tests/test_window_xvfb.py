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
