"""Dangerous goods from the catalog's flags and columns, and the prior notice's shape."""

from __future__ import annotations

import pytest

from s321_desk.domain.hazmat import (
    hazmat_of,
    hazmat_problem,
    normalize_prior_notice,
    parse_hazard_class,
    parse_un_number,
)


def test_the_lithium_flags_are_their_un_numbers_class_9() -> None:
    for flag, name in (
        ("UN3480", "Lithium ion batteries"),
        ("UN3481", "Lithium ion batteries contained in or packed with equipment"),
        ("UN3090", "Lithium metal batteries"),
        ("UN3091", "Lithium metal batteries contained in or packed with equipment"),
    ):
        hazmat = hazmat_of(f"PGA_FCC;{flag}", None, None)
        assert hazmat is not None and hazmat.un == flag and hazmat.hazard_class == "9"
        assert hazmat.name == name and hazmat.lithium
    other = hazmat_of("", "1263", "3", "Paint")
    assert other is not None and other.mark == "UN1263 Paint, class 3" and not other.lithium
    assert hazmat_of("PGA_FDA", None, None) is None


def test_un_numbers_and_classes_as_people_write_them() -> None:
    assert [parse_un_number(t) for t in ("UN 3481", "un3481", "3481")] == ["3481"] * 3
    assert [parse_hazard_class(t) for t in ("9", "class 2.1", " 6.1 ")] == ["9", "2.1", "6.1"]
    for wrong in ("34810", "UN0000", "batteries"):
        with pytest.raises(ValueError, match="not a UN number"):
            parse_un_number(wrong)
    with pytest.raises(ValueError, match="not a hazard class"):
        parse_hazard_class("10")


def test_contradicting_catalog_columns_are_said() -> None:
    assert hazmat_problem(["UN3480", "UN3481"], None, None) is not None
    assert "UN3480" in str(hazmat_problem(["UN3480"], "3481", None))
    assert "class 9" in str(hazmat_problem(["UN3091"], None, "3"))
    assert "hazard class" in str(hazmat_problem([], "1263", None))
    assert "UN number" in str(hazmat_problem([], None, "3"))
    assert hazmat_problem(["UN3480"], "3480", "9") is None
    assert hazmat_problem([], "3481", None) is None  # a lithium number is its own class


def test_a_prior_notice_number_as_typed() -> None:
    assert normalize_prior_notice(" pn4qk-7z2m9 ") == "PN4QK7Z2M9"
    for wrong in ("12345", "PN#4QK7Z2", "X" * 21):
        with pytest.raises(ValueError, match="prior notice"):
            normalize_prior_notice(wrong)
