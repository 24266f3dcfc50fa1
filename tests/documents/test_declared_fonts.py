"""Every font a paper declares is embedded and used: no unembedded Helvetica (preflight
checkers flag it), whichever way the paper is drawn."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from s321_desk.documents import pages
from s321_desk.documents.content import ManifestData
from s321_desk.documents.invoice import invoice_pdf
from s321_desk.documents.label import label_pdf
from s321_desk.documents.lead_sheet import lead_sheet_pdf
from s321_desk.documents.manifest import draw_manifest
from tests.documents.conftest import LOAD
from tests.documents.test_invoice import DATA as INVOICE
from tests.documents.test_label import DATA as LABEL


def declared(pdf: bytes) -> list[tuple[bytes, bool]]:
    """Each font dictionary's base font, and whether its descriptor embeds a font file. The
    papers' streams are compressed, their dictionaries are not."""
    fonts = re.findall(rb"/BaseFont /([^\s/>]+)", pdf)
    descriptors = re.findall(rb"<<[^<>]*?/FontDescriptor[^<>]*>>", pdf)
    embedded = {
        name
        for descriptor in descriptors
        if b"/FontFile2" in descriptor
        for name in re.findall(rb"/FontName /([^\s/>]+)", descriptor)
    }
    return [(name, name in embedded) for name in fonts]


@pytest.mark.parametrize(
    "pdf",
    [
        pytest.param(lambda: invoice_pdf(INVOICE), id="invoice"),
        pytest.param(lambda: lead_sheet_pdf(LOAD), id="lead sheet"),
        pytest.param(
            lambda: pages.render("m", draw_manifest, ManifestData(LOAD, ())), id="manifest"
        ),
        pytest.param(lambda: label_pdf(LABEL), id="label"),
        pytest.param(lambda: label_pdf(replace(LABEL, order="Заказ 1")), id="label, Cyrillic"),
    ],
)
def test_every_declared_font_is_embedded(pdf) -> None:  # type: ignore[no-untyped-def]
    found = declared(pdf())
    assert found and all(embedded for _, embedded in found), found
    assert not any(name.endswith(b"Helvetica") for name, _ in found)
