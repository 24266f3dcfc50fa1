"""The MID built by CBP's published rules (Appendix to 19 CFR Part 102), their own examples
first, and a given MID's shape checked."""

from __future__ import annotations

import pytest

from s321_desk.domain.mid import address_part, build_mid, city_part, mid_problem, name_part


@pytest.mark.parametrize(
    ("name", "part"),
    [
        ("Amalgamated Plastics Corp.", "AMAPLA"),
        ("Bergstrom", "BER"),
        ("A.B.C. Company", "ABCCOM"),
        ("A B C Company", "ABCCOM"),
        ("O.A.S.I.S. Corp.", "OASCOR"),
        ("Dr. S.A. Smith", "DRSA"),
        ("Shavings B L Inc.", "SHABL"),
        ("The Embassy of Spain", "EMBSPA"),
        ("Rawles-Aden Corp.", "RAWCOR"),
        ("Rawles - Aden Corp.", "RAWCOR"),
        ("ABC 2000 Company", "ABC200"),
        ("Érablière Saint-Pierre Inc.", "ERASAI"),
        ("A Bergstrom and Sons", "BERSON"),
    ],
)
def test_the_name_part_follows_cbps_examples(name: str, part: str) -> None:
    assert name_part(name) == part


@pytest.mark.parametrize(
    ("street", "part"),
    [
        ("11455 Main Street Suite 9999", "1145"),
        ("12,34,56 Akasaka Road", "1234"),
        ("12-34 56 Akasaka Road", "1234"),
        ("49 250th St", "49"),
        ("7 12th Street", "7"),
        ("236 Wendell Ford Blvd Ste 1304", "1304"),
        ("Rue de la Paix", ""),
        ("Building 5, 1088 Xixiang Avenue", "1088"),
    ],
)
def test_the_address_part_is_the_largest_number(street: str, part: str) -> None:
    assert address_part(street) == part


def test_the_city_part_is_its_first_three_letters() -> None:
    assert (city_part("St. Louis"), city_part("Saint Michel"), city_part("Tokyo")) == (
        "STL",
        "SAI",
        "TOK",
    )


def test_a_mid_whole_and_the_canadian_exception() -> None:
    assert build_mid("DHL Express", "236 Wendell Ford Blvd Ste 1304", "Erlanger", "US") == (
        "USDHLEXP1304ERL"
    )
    assert (
        build_mid("Northern Light Nutrition Inc.", "2250 Bristol Circle", "Oakville", "CA", "ON")
        == "XONORLIG2250OAK"
    )
    with pytest.raises(ValueError, match="province"):
        build_mid("Northern Light", "2250 Bristol Circle", "Oakville", "CA")
    with pytest.raises(ValueError, match="ISO 3166"):
        build_mid("Acme", "1 Main St", "Springfield", "ZZ")
    assert (
        len(
            build_mid(
                "Maximilianstrasse Fabrikationsgesellschaft",
                "123456789 Road",
                "Ludwigshafen am Rhein",
                "DE",
            )
        )
        <= 15
    )


@pytest.mark.parametrize(
    ("mid", "wrong"),
    [
        ("USDHLEXP1304ERL", None),
        ("XOACME1ERL", None),
        ("CAACME1TOR", "CA is not a MID country"),
        ("ZZACME1TOR", "neither an ISO country"),
        ("us dhl exp", "not a MID"),
        ("USDHLEXP1304ERLX", "not a MID"),
        ("USDHL1304", "ends with the city"),
    ],
)
def test_a_given_mids_shape_is_checked(mid: str, wrong: str | None) -> None:
    problem = mid_problem(mid)
    assert (problem is None) if wrong is None else (wrong in str(problem))
