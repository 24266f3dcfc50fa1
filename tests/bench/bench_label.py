"""Benchmark: one 4x6 parcel label as PDF and as ZPL, beside a bare ReportLab floor.

Run: python tests/bench/bench_label.py [--samples 2000] [--json]
Ours is ``label_pdf`` (the whole layout: fitted sizes, the Code 128 as vector bars, DejaVu Sans
embedded in fixed subsets written once a process: documents/page_pdf.py) and ``label_zpl``.
Measured in the same run as baselines: the same label through a ReportLab canvas (the way a
label with a character outside the fixed subsets still goes), and the least a ReportLab 4x6 PDF
with our embedded font can cost: a canvas with the label's texts drawn at fixed places and no
barcode. Each sample is another parcel and name (accents of Latin-1 and Latin Extended-A
among them), as at a packing station. Goal: a label under 2 ms as PDF (Latin names). Also
measured, without a goal: labels whose names are Chinese, Japanese or Korean (a font of their
own, through ReportLab; as ZPL, graphic fields), and the first of them in a process, which
reads Droid Sans Fallback.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from s321_desk.documents import fonts  # noqa: E402
from s321_desk.documents.label import (  # noqa: E402
    PAGE_HEIGHT,
    PAGE_WIDTH,
    LabelData,
    ShipTo,
    TextLine,
    _reportlab_pdf,
    label_pdf,
    label_zpl,
    layout,
)
from tests.bench.report import show  # noqa: E402

LABEL = LabelData(
    parcel_id="P0001234",
    order="#104417",
    ship_to=ShipTo(
        "Zoë O'Brien-Müller",
        "A & B <Ltd>",
        ("1250 Niagara St", "Apt 4"),
        "Buffalo",
        "NY",
        "14213-1702",
        "UNITED STATES",
    ),
    ship_from=("Maple Border Returns", "2400 Military Rd", "Niagara Falls NY 14304"),
    weight_kg=Decimal("1.25"),
    route="T11",
    crossing_date=date(2026, 11, 23),
    trip="ABCD000123",
)


NAMES = (
    "Zoë O'Brien-Müller",
    "Łukasz Żółkiewski",
    "Anaïs Côté-Lefèvre",
    "John Smith",
    "Dvořák Šťastný",
    "Ana López",
    "Øyvind Ærø",
    "Mary O'Neil",
)


# Names in Chinese, Japanese and Korean: drawn in Droid Sans Fallback (DejaVu Sans has no
# glyph for them), so the label goes through a ReportLab canvas and embeds a subset of it; as
# ZPL, each such line is a graphic field rasterized at the printer's dots.
CJK_NAMES = ("王小明", "김민준", "山田 花子", "李娜", "박서연", "陳大文", "佐藤 健", "최지우")


def labels(count: int, names: tuple[str, ...] = NAMES) -> list[LabelData]:
    """``count`` parcels, each with its own id and a name of the list."""
    return [
        replace(
            LABEL, parcel_id=f"P{n:07d}", ship_to=replace(LABEL.ship_to, name=names[n % len(names)])
        )
        for n in range(count)
    ]


def cycling(items: list[LabelData], work: Callable[[LabelData], object]) -> Callable[[], object]:
    position = iter(range(10**9))
    return lambda: work(items[next(position) % len(items)])


def floor_pdf(texts: list[TextLine]) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), invariant=1, pageCompression=0)
    for text in texts:
        canvas.setFont(fonts.BOLD if text.bold else fonts.REGULAR, text.size)
        canvas.drawString(text.x, PAGE_HEIGHT - text.baseline, text.text)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def median_ms(work: Callable[[], object], samples: int) -> float:
    for _ in range(max(20, samples // 20)):  # warm-up: fonts registered, caches filled
        work()
    times = []
    for _ in range(samples):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def measure(samples: int = 2000) -> dict[str, object]:
    """The figures of one run of ``samples`` labels each way."""
    fonts.register()
    texts = [element for element in layout(LABEL) if isinstance(element, TextLine)]
    parcels = labels(samples)
    cjk = labels(samples, CJK_NAMES)
    start = time.perf_counter()  # the first CJK label of a process reads the font (3.4 MB)
    label_pdf(cjk[0])
    first_cjk = time.perf_counter() - start
    floor = median_ms(lambda: floor_pdf(texts), samples)
    through_reportlab = median_ms(
        cycling(parcels, lambda data: _reportlab_pdf(layout(data), "label", 203)), samples
    )
    pdf = median_ms(cycling(parcels, label_pdf), samples)
    zpl = median_ms(cycling(parcels, label_zpl), samples)
    pdf_cjk = median_ms(cycling(cjk, label_pdf), samples)
    zpl_cjk = median_ms(cycling(cjk, label_zpl), samples)
    try:
        import _rl_accel  # noqa: F401

        accelerated = True
    except ImportError:
        accelerated = False
    return {
        "samples": samples,
        "label_pdf_median_ms": round(pdf, 3),
        "label_zpl_median_ms": round(zpl, 3),
        "label_through_reportlab_ms": round(through_reportlab, 3),
        "floor_reportlab_texts_only_ms": round(floor, 3),
        "pdf_vs_reportlab": round(pdf / through_reportlab, 3),
        "pdf_vs_floor": round(pdf / floor, 3),
        "label_pdf_cjk_median_ms": round(pdf_cjk, 3),
        "label_zpl_cjk_median_ms": round(zpl_cjk, 3),
        "first_cjk_label_ms": round(first_cjk * 1000, 1),
        "pdf_bytes": len(label_pdf(LABEL)),
        "pdf_cjk_bytes": len(label_pdf(cjk[0])),
        "reportlab_accelerator": accelerated,
        "goal_label_pdf_ms": 2,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=2000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    figures = measure(args.samples)
    show(figures, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
