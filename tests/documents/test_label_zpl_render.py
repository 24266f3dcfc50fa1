"""The ZPL label as a Zebra printer would print it: rendered locally, then read back.

zpl-renderer-js (npm, MIT) is Zebrash, a Go ZPL renderer, compiled to WebAssembly; node runs it
here, offline. It handles what our ZPL uses: ^CI28 UTF-8, ^FH hex escapes, ^FB blocks, ^FR over
a ^GB box, and ^BC with the ^BY module width. It is not a printer: its font 0 is a look-alike
of the printer's, so text is checked to the dot only where the PDF says where it goes.

The renderer is found in tests/zpl/node_modules (``npm ci`` in tests/zpl installs the pinned
version; .ci/setup does it), or at ``$ZPL_RENDERER_JS``. Without node or the package these tests fail, saying so.
"""

from __future__ import annotations

import base64
import functools
import io
import json
import os
import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from s321_desk.documents import barcodes
from s321_desk.documents.escaping import zpl_field
from s321_desk.documents.label import (
    Barcode,
    Box,
    LabelData,
    TextLine,
    label_pdf,
    label_zpl,
    layout,
)
from tests.documents.test_label import DATA, rendered

# Renders each ZPL label of a JSON list read from stdin; writes a JSON list of base64 PNGs.
_RENDER_JS = """
const { ready } = require(process.argv[1]);
let input = "";
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", async () => {
  const { api } = await ready;
  const out = [];
  for (const job of JSON.parse(input)) {
    out.push(await api.zplToBase64Async(job.zpl, job.widthMm, job.heightMm, job.dpmm));
  }
  process.stdout.write(JSON.stringify(out), () => process.exit(0));
});
"""


def _renderer() -> Path | None:
    if os.environ.get("ZPL_RENDERER_JS"):
        return Path(os.environ["ZPL_RENDERER_JS"])
    candidate = Path(__file__).resolve().parents[1] / "zpl" / "node_modules" / "zpl-renderer-js"
    return candidate if (candidate / "package.json").exists() else None


RENDERER = _renderer()
NODE = shutil.which("node")


@pytest.fixture(autouse=True)
def renderer_present() -> None:
    """No renderer is a broken set-up, not a reason to pass: .ci/setup installs both."""
    if NODE is None or RENDERER is None:
        pytest.fail(
            "these tests need node and the npm package zpl-renderer-js in "
            "tests/zpl/node_modules: run 'bash .ci/setup'",
            pytrace=False,
        )


DPMM = {203: 8, 300: 12}  # Zebra's names for its print heads: 8 and 12 dots per mm


def _render(zpls: list[str], dpi: int) -> list[Image.Image]:
    """Each ZPL label as a greyscale image, one pixel a printer dot, in one node run."""
    jobs = []
    for zpl in zpls:
        width = int(re.search(r"\^PW(\d+)", zpl).group(1))  # type: ignore[union-attr]
        height = int(re.search(r"\^LL(\d+)", zpl).group(1))  # type: ignore[union-attr]
        # The page exactly ^PW x ^LL dots: a wider page would centre ^PW inside it.
        jobs.append(
            {
                "zpl": zpl,
                "widthMm": width / DPMM[dpi],
                "heightMm": height / DPMM[dpi],
                "dpmm": DPMM[dpi],
            }
        )
    done = subprocess.run(
        [str(NODE), "-e", _RENDER_JS, str(RENDERER)],
        input=json.dumps(jobs),
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    pngs = json.loads(done.stdout)
    assert len(pngs) == len(zpls)
    return [Image.open(io.BytesIO(base64.b64decode(png))).convert("L") for png in pngs]


@functools.cache
def _rendered(dpi: int) -> dict[str, Image.Image]:
    """Every label these tests look at, rendered on first use: node starts once per dpi
    (its WebAssembly takes ~1.5 s to load; a label then ~0.15 s)."""
    zpls = [
        *(label_zpl(replace(DATA, parcel_id=p), dpi) for p in PARCEL_IDS),
        *one_element_labels(DATA, dpi),
        *one_element_labels(LONG_ADDRESS, dpi),
        *(zpl for pair in escaped_and_fully_hex(dpi) for zpl in pair[1:]),
    ]
    zpls = list(dict.fromkeys(zpls))
    return dict(zip(zpls, _render(zpls, dpi), strict=True))


def render_zpl(zpls: tuple[str, ...], dpi: int) -> tuple[Image.Image, ...]:
    cache = _rendered(dpi)
    missing = [zpl for zpl in dict.fromkeys(zpls) if zpl not in cache]
    if missing:
        cache.update(zip(missing, _render(missing, dpi), strict=True))
    return tuple(cache[zpl] for zpl in zpls)


def dots(points: float, dpi: int) -> int:
    return round(points * dpi / 72)  # as label_zpl rounds


def ink(image: Image.Image) -> Image.Image:
    """Black pixels as the non-zero ones, for getbbox()."""
    return image.point(lambda v: 255 if v < 128 else 0)


def paper(image: Image.Image) -> Image.Image:
    """White pixels as the non-zero ones."""
    return image.point(lambda v: 255 if v >= 128 else 0)


def runs(image: Image.Image, y: int) -> list[tuple[bool, int]]:
    """One row as (black?, length) runs, left to right."""
    row = [v < 128 for v in image.crop((0, y, image.width, y + 1)).tobytes()]
    out: list[tuple[bool, int]] = []
    for dark in row:
        if out and out[-1][0] == dark:
            out[-1] = (dark, out[-1][1] + 1)
        else:
            out.append((dark, 1))
    return out


def one_element_labels(data: LabelData, dpi: int) -> list[str]:
    """The label once per layout element: the header, that element's command, ^XZ."""
    lines = label_zpl(data, dpi).splitlines()
    header = [line for line in lines if not line.startswith("^FO") and line != "^XZ"]
    elements = [line for line in lines if line.startswith("^FO")]
    assert len(elements) == len(layout(data, dpi))  # one ^FO...^FS line per element
    return ["\n".join([*header, element, "^XZ"]) + "\n" for element in elements]


# As the PDF test, plus ZPL's own specials: "_" is ^FH's hex indicator, ^ and ~ its prefixes.
PARCEL_IDS = ["P0000001", "S1-000123", "P9999999", "A&B<1>", "S1_0^~9"]

LONG_ADDRESS = replace(
    DATA,
    ship_to=replace(
        DATA.ship_to,
        name="Maximiliane-Josephine Größenwahn-Oberschleißheimer",
        address_lines=tuple(f"Line {n} of a very long address, Suite {n}00" for n in range(6)),
    ),
)


@pytest.mark.parametrize("dpi", [203, 300])
def test_the_zpl_label_renders_at_4_by_6_inches(dpi: int) -> None:
    [image] = render_zpl((label_zpl(DATA, dpi),), dpi)
    assert image.size == (4 * dpi, 6 * dpi)


@pytest.mark.parametrize("dpi", [203, 300])
def test_the_printed_parcel_barcode_decodes_with_whole_dot_modules(dpi: int) -> None:
    images = render_zpl(tuple(label_zpl(replace(DATA, parcel_id=p), dpi) for p in PARCEL_IDS), dpi)
    module = barcodes.dots_per_module(dpi)
    for parcel_id, image in zip(PARCEL_IDS, images, strict=True):
        found = zxingcpp.read_barcodes(image)
        assert [(r.text, r.format.name) for r in found] == [(parcel_id, "Code128")]
        elements = layout(replace(DATA, parcel_id=parcel_id), dpi)
        [symbol] = [e for e in elements if isinstance(e, Barcode)]
        top, height = dots(symbol.top, dpi), dots(symbol.height, dpi)
        row = runs(image, top + height // 2)
        assert not row[0][0] and not row[-1][0]  # white paper at both ends
        # ^BY: every bar and space a whole number of modules, the narrowest exactly one.
        inner = row[1:-1]
        assert all(length % module == 0 for _, length in inner)
        assert min(length for _, length in inner) == module
        # The bars start where the layout ends the left quiet zone; white quiet zones.
        quiet = barcodes.QUIET_ZONE_MODULES * module
        assert row[0][1] == dots(symbol.x, dpi) + quiet
        assert row[-1][1] >= quiet
        # The printer encodes the code sets we drew: as wide as the PDF's bars, so centred.
        assert sum(length for _, length in inner) == len(symbol.bars.modules) * module
        # The bars are as tall as the layout says, from where it says.
        bars = ink(image.crop((0, top - 4, image.width, top + height + 4))).getbbox()
        assert bars is not None
        assert (bars[1] - 4, bars[3] - bars[1]) == (0, height)


@pytest.mark.parametrize("data", [DATA, LONG_ADDRESS], ids=["data", "long-address"])
@pytest.mark.parametrize("dpi", [203, 300])
def test_every_text_prints_in_its_block_where_the_pdf_puts_it(dpi: int, data: LabelData) -> None:
    images = render_zpl(tuple(one_element_labels(data, dpi)), dpi)
    pdf = rendered(label_pdf(data, dpi), dpi).convert("L")
    for element, image in zip(layout(data, dpi), images, strict=True):
        if not isinstance(element, TextLine) or element.white:
            continue
        left, right = dots(element.x, dpi), dots(element.x + element.width, dpi)
        size, baseline = dots(element.size, dpi), dots(element.baseline, dpi)
        box = ink(image).getbbox()
        assert box is not None, f"{element.text!r} is not printed"
        # In its ^FB block: not past its right edge, not wrapped onto a second line.
        assert left - 1 <= box[0] and box[2] <= right + 1, element.text
        assert box[3] <= baseline + 0.3 * size, f"{element.text!r} runs below its line"
        if element.center:
            assert abs((box[0] + box[2]) / 2 - (left + right) / 2) <= 3, element.text
        # The tops of the letters where the PDF has them (the fonts differ, the lines don't).
        band = (left, baseline - round(0.8 * size), right, baseline)
        pdf_box = ink(pdf.crop(band)).getbbox()
        assert pdf_box is not None
        assert abs(box[1] - (band[1] + pdf_box[1])) <= max(3, 0.06 * size), element.text


@pytest.mark.parametrize("dpi", [203, 300])
def test_the_route_badge_prints_white_on_black(dpi: int) -> None:
    elements = layout(DATA, dpi)
    [route] = [e for e in elements if isinstance(e, TextLine) and e.white]
    badge = elements[elements.index(route) - 1]
    assert isinstance(badge, Box)
    [image] = render_zpl((label_zpl(DATA, dpi),), dpi)
    x, top = dots(badge.x, dpi), dots(badge.top, dpi)
    width, height = dots(badge.width, dpi), dots(badge.height, dpi)
    inside = image.crop((x, top, x + width, top + height))
    white = paper(inside).getbbox()
    assert white is not None, "the route is not printed (^FR)"
    # The route inside the badge with black all round it: nothing clipped, nothing outside.
    edge = max(3, height // 20)
    assert white[0] >= edge and white[1] >= edge
    assert white[2] <= width - edge and white[3] <= height - edge
    assert abs((white[0] + white[2]) / 2 - width / 2) <= 3  # ^FB...,C
    letters = sum(inside.histogram()[128:]) / (width * height)
    assert 0.05 < letters < 0.6
    # Beside the badge the paper stays white (^FR text outside it would print black there).
    for side in ((0, top, x, top + height), (x + width, top, image.width, top + height)):
        assert ink(image.crop(side)).getbbox() is None


def hex_field(text: str) -> str:
    """Every byte of ``text`` as an ^FH escape: the field data no printer can misread."""
    return "".join(f"_{byte:02X}" for byte in text.encode())


def escaped_and_fully_hex(dpi: int) -> list[tuple[str, str, str]]:
    """(text, our one-element label, a reference label) for the texts whose field data
    zpl_field changes, and the UTF-8 ones. The reference is written here: UTF-8 (^CI28) and
    every byte of the text hex-escaped, so that no printer can misread it."""
    out = []
    for element, zpl in zip(layout(DATA, dpi), one_element_labels(DATA, dpi), strict=True):
        if not isinstance(element, TextLine):
            continue
        field = zpl_field(element.text)
        if field != element.text or not element.text.isascii():
            [command] = [line for line in zpl.splitlines() if line.startswith("^FO")]
            command = command.replace(f"^FD{field}^FS", f"^FD{hex_field(element.text)}^FS")
            reference = f"^XA^CI28^PW{4 * dpi}^LL{6 * dpi}^LH0,0\n{command}\n^XZ\n"
            out.append((element.text, zpl, reference))
    return out


@pytest.mark.parametrize("dpi", [203, 300])
def test_escaped_field_data_prints_as_the_literal_text(dpi: int) -> None:
    pairs = escaped_and_fully_hex(dpi)
    assert len(pairs) >= 3  # the name, the "^7 ~ back_door" line, the route
    for text, ours, fully in pairs:
        a, b = render_zpl((ours, fully), dpi)
        assert ink(a).getbbox() is not None, text
        assert a.tobytes() == b.tobytes(), text
