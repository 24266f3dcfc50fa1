"""The stations' printers setting: every kind accepted, every wrong field named."""

from __future__ import annotations

import pytest

from s321_desk.services.errors import UserError
from s321_desk.services.settings import check_shape

GOOD = {
    "PACK-1": {
        "label_printer": {"kind": "zpl-socket", "host": "10.0.0.5", "port": 9100, "dpi": 203},
        "document_printer": {"kind": "dialog"},
    },
    "PACK-2": {"label_printer": {"kind": "zpl-cups", "queue": "Zebra", "dpi": 300}},
    "DOCK": {
        "label_printer": {"kind": "file"},
        "document_printer": {"kind": "pdf-cups", "queue": "Laser"},
    },
}


def test_good_stations_pass() -> None:
    check_shape("stations", GOOD)
    check_shape("stations", {})


@pytest.mark.parametrize(
    ("value", "named"),
    [
        ([], "must be an object"),
        ({"P1": "Zebra"}, "'P1' must be an object"),
        ({"P1": {"printer": {"kind": "file"}}}, "'P1'.printer: not one of"),
        ({"P1": {"label_printer": {"kind": "fax"}}}, "'P1'.label_printer.kind"),
        ({"P1": {"label_printer": {"kind": "zpl-cups", "queue": "Z", "dpi": 600}}}, ".dpi"),
        (
            {
                "P1": {
                    "label_printer": {"kind": "zpl-socket", "host": "h", "port": "9100", "dpi": 203}
                }
            },
            ".port",
        ),
        ({"P1": {"document_printer": {"kind": "pdf-cups", "queue": " "}}}, ".queue"),
    ],
)
def test_wrong_fields_are_named(value: object, named: str) -> None:
    with pytest.raises(UserError, match=named.replace("(", r"\(").replace(".", r"\.")):
        check_shape("stations", value)
