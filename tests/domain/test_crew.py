"""What a driver's, truck's and trailer's record takes, as the e-manifest files it."""

from __future__ import annotations

from datetime import date

import pytest

from s321_desk.domain import crew
from s321_desk.domain.texts import Text

TODAY = date(2026, 12, 6)
WHICH = Text.plain("first name")


def test_names_are_one_line_of_30_characters_at_most() -> None:
    assert crew.person_name("  Zoë   O'Brien ", WHICH) == "Zoë O'Brien"
    with pytest.raises(ValueError, match="at most 30"):
        crew.person_name("X" * 31, WHICH)
    with pytest.raises(ValueError, match="required"):
        crew.person_name("  ", WHICH)
    with pytest.raises(ValueError, match="control"):
        crew.person_name("Dee\x07", WHICH)


def test_a_birth_date_of_a_driver_of_16_to_100() -> None:
    assert crew.birth_date("1984-03-12", TODAY) == date(1984, 3, 12)
    for wrong in ("2012-01-01", "1900-01-01", "12/03/1984", "1984-02-30"):
        with pytest.raises(ValueError, match="date of birth"):
            crew.birth_date(wrong, TODAY)


def test_codes_from_the_published_lists() -> None:
    assert crew.gender("f") == "F" and crew.document_type("acw") == "ACW"
    assert crew.trailer_type("tl") == "TL" and crew.truck_type("TR") == "TR"
    assert crew.jurisdiction("qc", WHICH) == "QC" and crew.country("ca", WHICH) == "CA"
    for parse, wrong in (
        (crew.gender, "X"),
        (crew.document_type, "PASSPORT"),
        (crew.trailer_type, "ZZ"),
        (crew.truck_type, "XX"),
    ):
        with pytest.raises(ValueError):
            parse(wrong)
    with pytest.raises(ValueError, match="state"):
        crew.jurisdiction("ZZ", WHICH)


def test_vins_plates_fast_cards_and_numbers() -> None:
    assert crew.vin("3akjhhdr2-lsla4821") == "3AKJHHDR2LSLA4821"
    with pytest.raises(ValueError, match="check digit"):
        crew.vin("3AKJHHDR3LSLA4821")
    with pytest.raises(ValueError, match="never I, O or Q"):
        crew.vin("3AKJHHDR2LSLA482O")
    assert crew.plate("pr 45-12") == "PR4512"
    with pytest.raises(ValueError, match="1 to 10"):
        crew.plate("ON PR4512 XYZ")
    assert crew.fast_card("4270 5555 5555 01") == "42705555555501"
    with pytest.raises(ValueError, match="14 digits"):
        crew.fast_card("4270555555550")
    assert crew.unit_number("t-12") == "T-12" and crew.trailer_number("tr-9") == "TR-9"
    with pytest.raises(ValueError, match="1 to 15"):
        crew.trailer_number("T" * 16)
    assert crew.seal_number(" ABCD-SEAL-2201 ") == "ABCD-SEAL-2201"
    with pytest.raises(ValueError, match="no spaces"):
        crew.seal_number("SEAL 42")
