"""The driver pack: lead sheet, load manifest and every commercial invoice of a load, one PDF."""

from __future__ import annotations

import gc
import io
from collections.abc import Sequence

from s321_desk.documents import pages
from s321_desk.documents.content import InvoiceData, LoadInfo, ManifestData
from s321_desk.documents.invoice import draw_invoice
from s321_desk.documents.lead_sheet import draw_lead_sheet
from s321_desk.documents.manifest import draw_manifest


def driver_pack_pdf(
    load: LoadInfo, manifest: ManifestData, invoices: Sequence[InvoiceData]
) -> bytes:
    """One canvas for the whole pack: the fonts are embedded once, and each document numbers
    its own pages ("Page x of y" of the manifest, of each invoice), as they are filed apart."""
    # A pack makes millions of objects that live until the canvas is saved (its pages, texts,
    # their operators), and the cycle collector would go through them, and everything the
    # caller holds (a session's ORM objects), over and over: a quarter of the time, measured
    # with tests/bench/bench_driver_pack.py. Reference counting still frees what dies on the
    # way; collection resumes after. The switch is the process's, so it is left as it was found
    # (another thread that switched it off keeps it off).
    collecting = gc.isenabled()
    gc.disable()
    try:
        buffer = io.BytesIO()
        canvas = pages.new_canvas(buffer, f"Driver pack {load.trip}")
        draw_lead_sheet(canvas, load)
        draw_manifest(canvas, manifest)
        for invoice in invoices:
            draw_invoice(canvas, invoice)
        canvas.save()
        return buffer.getvalue()
    finally:
        if collecting:
            gc.enable()
