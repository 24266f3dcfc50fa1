"""The driver pack: lead sheet, load manifest and every commercial invoice of a load, one PDF."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence

from s321_desk.documents import pages, pdf_text
from s321_desk.documents.content import InvoiceData, LoadInfo, ManifestData
from s321_desk.documents.invoice import draw_invoice
from s321_desk.documents.lead_sheet import draw_lead_sheet
from s321_desk.documents.manifest import draw_manifest

# ``progress(done, total, text)``: how far the work is. It may raise (a cancel): the drawing
# stops there and nothing is returned, so nothing half-drawn can be written anywhere.
Progress = Callable[[int, int, str], None]


def driver_pack_pdf(
    load: LoadInfo,
    manifest: ManifestData,
    invoices: Sequence[InvoiceData],
    progress: Progress | None = None,
    *,
    start: int = 0,
    total: int | None = None,
) -> bytes:
    """One canvas for the whole pack: the fonts are embedded once, and each document numbers
    its own pages ("Page x of y" of the manifest, of each invoice), as they are filed apart.

    ``progress`` hears the manifest and each invoice drawn, then the saving; ``start`` and
    ``total`` place these steps in a larger job (default: this drawing alone, one step per
    invoice plus the manifest and the saving)."""
    steps = total if total is not None else start + len(invoices) + 2
    # The canvas (millions of PDF operators) dies when _draw returns, inside the pause: the
    # collector does not go through it all when it resumes.
    with pages.no_cycle_collection():
        return _draw(load, manifest, invoices, progress or _silent, start, steps)


def _draw(
    load: LoadInfo,
    manifest: ManifestData,
    invoices: Sequence[InvoiceData],
    report: Progress,
    start: int,
    steps: int,
) -> bytes:
    buffer = io.BytesIO()
    canvas = pages.new_canvas(buffer, f"Driver pack {load.trip}")
    report(start, steps, f"Drawing the lead sheet and the manifest of {load.trip}")
    draw_lead_sheet(canvas, load)
    draw_manifest(canvas, manifest)
    count = len(invoices)
    for number, invoice in enumerate(invoices, 1):
        report(start + number, steps, f"Drawing invoice {number:,} of {count:,}")
        draw_invoice(canvas, invoice)
    report(
        start + count + 1, steps, f"Saving the driver pack ({canvas.getPageNumber() - 1:,} pages)"
    )
    canvas.save()
    pdf_text.release(canvas)
    return buffer.getvalue()


def _silent(done: int, total: int, text: str) -> None:
    return None
