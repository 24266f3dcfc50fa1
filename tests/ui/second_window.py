"""Another station's desk, for tests: a main window in its own process on the same database.

Run: python -m tests.ui.second_window DB_PATH|DATABASE_URL EXPECTED_WARNINGS [TIMEOUT_S]
It says READY once its window shows the store, then waits until its warnings tab counts
EXPECTED_WARNINGS and prints what it shows as one JSON line (exit 0), or times out (exit 1).
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from s321_desk.app import build_main_window
from s321_desk.store.database import open_store


def main() -> int:
    where, expected = sys.argv[1], int(sys.argv[2])
    timeout_s = float(sys.argv[3]) if len(sys.argv) > 3 else 30.0
    app = QApplication(sys.argv[:1])
    store = open_store(where if "://" in where else Path(where))
    window = build_main_window(store)
    window.show()
    app.processEvents()
    print("READY", flush=True)
    heard: list[str] = []
    window.statusBar().messageChanged.connect(heard.append)
    deadline = time.monotonic() + timeout_s
    model = window.warnings.model
    while time.monotonic() < deadline and model.rowCount() < expected:
        app.processEvents()
        time.sleep(0.01)
    seen = time.monotonic()
    shown = {
        "parcels": sorted(model.row_at(row).parcel_id for row in range(model.rowCount())),
        "tab": window.tabs.tabText(window.tabs.indexOf(window.warnings)),
        "status": [message for message in heard if message],
        "current_tab": window.tabs.currentIndex(),
        "seen_at": time.time() - (time.monotonic() - seen),
    }
    print(json.dumps(shown), flush=True)
    window.close()
    store.dispose()
    return 0 if model.rowCount() >= expected else 1


if __name__ == "__main__":
    sys.exit(main())
