"""HTS numbers, flags, UPC/EAN check digits, amounts and instants as the files write them."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from s321_desk.domain.catalog import (
    format_hts,
    gtin_check_digit,
    normalize_gtin,
    normalize_hts,
    parse_flags,
)
from s321_desk.domain.instants import parse_instant
from s321_desk.domain.money import MAX_AMOUNT, from_cents, parse_amount, parse_currency, to_cents

TORONTO = ZoneInfo("America/Toronto")


@pytest.mark.parametrize("text", ["6109.10.0012", "6109100012", "6109 10 0012", "6109.10.00-12"])
def test_hts_written_any_usual_way(text: str) -> None:
    assert normalize_hts(text) == "6109100012"
    assert format_hts(normalize_hts(text)) == "6109.10.0012"


@pytest.mark.parametrize("text", ["6109.10", "6109.10.00123", "61O9.10.0012", ""])
def test_hts_refused(text: str) -> None:
    with pytest.raises(ValueError, match="10-digit HTS"):
        normalize_hts(text)


def test_flags_sorted_unique_case_blind() -> None:
    assert parse_flags("pga_fda; ADCVD;;PGA_FDA") == ("ADCVD", "PGA_FDA")
    with pytest.raises(ValueError, match="unknown flag FDA"):
        parse_flags("FDA")


@pytest.mark.parametrize(
    "code", ["036000291452", "4006381333931", "96385074", "012345678905", "10012345678902"]
)
def test_real_gtins_pass(code: str) -> None:
    assert normalize_gtin(code) == code


@given(st.text(alphabet="0123456789", min_size=11, max_size=13), st.integers(1, 9))
def test_any_wrong_check_digit_is_caught(body: str, shift: int) -> None:
    right = gtin_check_digit(body)
    assert normalize_gtin(body + str(right)) == body + str(right)
    with pytest.raises(ValueError, match="wrong check digit"):
        normalize_gtin(body + str((right + shift) % 10))


@pytest.mark.parametrize(
    ("text", "value"),
    [("24.50", "24.50"), ("1,234.5", "1234.5"), ("$3", "3"), (" 0.00 ", "0.00")],
)
def test_amounts(text: str, value: str) -> None:
    assert parse_amount(text) == Decimal(value)


@pytest.mark.parametrize("text", ["ten", "NaN", "Infinity", "-1.00", "1.001", "1e3x"])
def test_bad_amounts(text: str) -> None:
    with pytest.raises(ValueError):
        parse_amount(text)


@given(st.integers(min_value=0, max_value=10**12))
def test_cents_round_trip(cents: int) -> None:
    assert to_cents(from_cents(cents)) == cents
    if cents < MAX_AMOUNT * 100:
        assert to_cents(parse_amount(str(from_cents(cents)))) == cents
    else:  # no file gives an amount of ten million or more
        with pytest.raises(ValueError, match="too large"):
            parse_amount(str(from_cents(cents)))


def test_cents_round_half_up() -> None:
    assert to_cents(Decimal("0.005")) == 1 and to_cents(Decimal("0.0049")) == 0


def test_currencies() -> None:
    assert parse_currency(" cad ") == "CAD"
    with pytest.raises(ValueError, match="unknown currency 'CDN'"):
        parse_currency("CDN")


@pytest.mark.parametrize(
    ("text", "instant"),
    [
        ("2026-11-16 09:14:03 -0500", datetime(2026, 11, 16, 14, 14, 3, tzinfo=UTC)),
        ("2026-11-16T09:14:03-05:00", datetime(2026, 11, 16, 14, 14, 3, tzinfo=UTC)),
        ("2026-11-16T14:14:03Z", datetime(2026, 11, 16, 14, 14, 3, tzinfo=UTC)),
        ("2026-11-16 09:14", datetime(2026, 11, 16, 14, 14, tzinfo=UTC)),  # Toronto, EST
        ("2026-07-16 09:14", datetime(2026, 7, 16, 13, 14, tzinfo=UTC)),  # Toronto, EDT
        ("2026-11-16", datetime(2026, 11, 16, 5, 0, tzinfo=UTC)),
    ],
)
def test_instants(text: str, instant: datetime) -> None:
    assert parse_instant(text, TORONTO) == instant


@pytest.mark.parametrize("text", ["yesterday", "16/11/2026", "2026-13-01 10:00"])
def test_bad_instants(text: str) -> None:
    with pytest.raises(ValueError, match="not a date and time"):
        parse_instant(text, TORONTO)


@given(
    st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2099, 12, 31)),
    st.integers(min_value=-23 * 60 - 59, max_value=23 * 60 + 59),
)
def test_shopify_instants_read_as_strptime_reads_them(local: datetime, minutes: int) -> None:
    """Shopify's layout is read without strptime (it is one cell a row): the same instant."""
    sign = "-" if minutes < 0 else "+"
    text = f"{local:%Y-%m-%d %H:%M:%S} {sign}{abs(minutes) // 60:02d}{abs(minutes) % 60:02d}"
    expected = datetime.strptime(text, "%Y-%m-%d %H:%M:%S %z").astimezone(UTC)
    assert parse_instant(text, TORONTO) == expected


@pytest.mark.parametrize(
    "text", ["2026-02-30 09:14:03 -0500", "2026-11-16 09:61:03 -0500", "2026-11-16 09:14:03 -2400"]
)
def test_shopify_instants_out_of_range(text: str) -> None:
    with pytest.raises(ValueError, match="not a date and time"):
        parse_instant(text, TORONTO)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("9903.01.2000", "is a chapter 99 number (additional or temporary duties, such as 9903)"),
        ("9999999999", "is a chapter 99 number"),
        ("7701000000", "is in chapter 77, which the HTSUS keeps reserved"),
        ("0000.00.0000", "begins with 00: HTS chapters are numbered from 01"),
        ("0012345678", "begins with 00"),
    ],
)
def test_hts_numbers_that_classify_no_goods(text: str, reason: str) -> None:
    with pytest.raises(ValueError, match=re.escape(f"{text!r} {reason}")):
        normalize_hts(text)


@pytest.mark.parametrize("text", ["0101.21.0010", "9801.00.1012", "9706.10.0000", "7801.10.0000"])
def test_hts_numbers_at_the_edges_of_the_chapters(text: str) -> None:
    assert normalize_hts(text) == text.replace(".", "")
