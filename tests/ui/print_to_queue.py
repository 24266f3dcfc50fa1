"""For tests: print a PDF through the preview to a CUPS queue, in a process of its own.

Run: python -m tests.ui.print_to_queue PDF QUEUE (with CUPS_SERVER set); prints
"queue QUEUE printed N" once the preview says it printed N pages, exit 0; 1 otherwise.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from s321_desk.ui.dialogs.print_preview import PdfPreviewDialog, cups_queue_of


def main() -> int:
    pdf, queue = Path(sys.argv[1]), sys.argv[2]
    app = QApplication(sys.argv[:1])
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(queue)
    print("queue", cups_queue_of(printer), flush=True)
    dialog = PdfPreviewDialog(pdf, "Driver pack")
    printed: list[int] = []
    dialog.printed.connect(lambda _where, pages: printed.append(pages))
    dialog.print_to(printer)
    deadline = time.monotonic() + 60
    while not printed and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    print("printed", *printed, flush=True)
    return 0 if printed else 1


if __name__ == "__main__":
    sys.exit(main())
