"""The driver pack: lead sheet, load manifest and every commercial invoice of a load, one PDF."""

from __future__ import annotations

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
    with pages.no_cycle_collection():
        buffer = io.BytesIO()
        canvas = pages.new_canvas(buffer, f"Driver pack {load.trip}")
        draw_lead_sheet(canvas, load)
        draw_manifest(canvas, manifest)
        for invoice in invoices:
            draw_invoice(canvas, invoice)
        canvas.save()
        return buffer.getvalue()
