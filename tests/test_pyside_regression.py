"""PySide6 must not drop references to None (6.12.0 on Python 3.11 does, and aborts)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from PySide6.QtCore import QObject

CALLS = 20_000
CHUNK = 500  # checked after each chunk: a leaking build fails before None's count reaches zero
SLACK = 100
WHY = (
    "PySide6 {version} drops a reference to None on each Qt call returning None; "
    "on Python 3.11 the interpreter then aborts (none_dealloc, exit 134). "
    "6.12.0 has this bug: keep PySide6 pinned >=6.11.3,<6.12 in pyproject.toml."
)


def test_calls_returning_none_keep_none_alive() -> None:
    import PySide6

    probe = QObject()
    before = sys.getrefcount(None)
    made = lost = 0
    while made < CALLS and lost <= SLACK:
        for _ in range(CHUNK):
            probe.setObjectName("probe")
        made += CHUNK
        lost = before - sys.getrefcount(None)
    assert lost <= SLACK, (
        WHY.format(version=PySide6.__version__) + f" ({lost} references lost in {made} calls)"
    )


def test_a_process_making_many_such_calls_exits_cleanly() -> None:
    script = textwrap.dedent(
        f"""
        from PySide6.QtCore import QObject
        from PySide6.QtWidgets import QApplication, QWidget
        app = QApplication([])
        probe, widget = QObject(), QWidget()
        for _ in range({CALLS}):
            probe.setObjectName("probe")
            widget.setWindowTitle("probe")
        """
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    import PySide6

    assert done.returncode == 0, WHY.format(version=PySide6.__version__) + "\n" + done.stderr
