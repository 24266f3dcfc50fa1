"""Every boundary of RULES.md, approached from both sides (and from other time zones)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.domain.engine_cases import (
    DANIEL,
    JOHN_ELSEWHERE,
    JON,
    MARIA,
    SUSPENDED_DAY,
    line,
    other,
    verdict,
)


def summary(v) -> tuple[str, bool, str, list[str]]:  # type: ignore[no-untyped-def]
    return (v.route.value, v.eligible_321, f"{v.consignment_value_usd:.2f}", sorted(v.codes))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("800.00", ("S321_MANIFEST", True, "800.00", [])),
        ("800.01", ("T11", False, "800.01", ["VALUE_OVER_LIMIT"])),
        ("2500.00", ("T11", False, "2500.00", ["VALUE_OVER_LIMIT"])),
        ("2500.01", ("T01", False, "2500.01", ["INFORMAL_LIMIT_EXCEEDED", "VALUE_OVER_LIMIT"])),
    ],
)
def test_one_parcel_at_the_limits(value: str, expected: tuple) -> None:
    assert summary(verdict(line(value))) == expected


@pytest.mark.parametrize(
    ("earlier_route", "value", "expected"),
    [
        ("S321_MANIFEST", "500.00", ("S321_MANIFEST", True, "500.00", [])),
        ("S321_MANIFEST", "500.01", ("T11", False, "500.01", ["RECIPIENT_DAY_AGGREGATE"])),
        ("ET86", "500.01", ("T11", False, "500.01", ["RECIPIENT_DAY_AGGREGATE"])),
        # Only value that used de minimis counts toward the day's $800.
        ("T11", "700.00", ("S321_MANIFEST", True, "700.00", [])),
        ("T01", "800.00", ("S321_MANIFEST", True, "800.00", [])),
    ],
)
def test_the_recipient_day_aggregate(earlier_route: str, value: str, expected: tuple) -> None:
    got = summary(verdict(line(value), earlier=(other("300.00", route=earlier_route),)))
    route, eligible, consignment, codes = expected
    assert got == (route, eligible, consignment, sorted([*codes, "RECIPIENT_DAY_SECOND_SHIPMENT"]))


@pytest.mark.parametrize(
    ("cad", "usd", "eligible"),
    [
        ("1095.89", "800.00", True),  # 799.9997 rounds to 800.00
        ("1095.90", "800.01", False),  # 800.0070 rounds to 800.01
        ("1095.8836", "800.00", True),  # 799.995028: half-up at the third decimal
    ],
)
def test_cad_converted_then_rounded_half_up(cad: str, usd: str, eligible: bool) -> None:
    v = verdict(line(cad, "CAD"))
    assert (f"{v.consignment_value_usd}", v.eligible_321) == (usd, eligible)


def test_lines_are_summed_before_rounding() -> None:
    # 799.79 + 3 x (CAD 0.10 = USD 0.073) = 800.009 -> 800.01: over. Rounding each line
    # first (0.07 each) would give 800.00 and let the parcel through.
    v = verdict(line("799.79"), *(line("0.10", "CAD") for _ in range(3)))
    assert v.consignment_value_usd == Decimal("800.01") and not v.eligible_321
    assert "VALUE_OVER_LIMIT" in v.codes


def test_an_aggregate_crossed_by_conversion() -> None:
    v = verdict(line("547.95", "CAD"), earlier=(other("400.00"),))  # 400.0035 -> 400.00
    assert (v.eligible_321, f"{v.consignment_value_usd}") == (True, "400.00")
    v = verdict(line("547.96", "CAD"), earlier=(other("400.00"),))  # 400.0108 -> 400.01
    assert not v.eligible_321 and "RECIPIENT_DAY_AGGREGATE" in v.codes


CN = {"origin": "CN"}


@pytest.mark.parametrize(
    ("crossing", "regime", "excluded"),
    [
        # 2025-02-04 00:01 ET: China and Hong Kong lose de minimis...
        ("2025-02-03T21:00:59-08:00", "ACTIVE", False),
        ("2025-02-03T21:01:00-08:00", "ACTIVE", True),
        ("2025-02-04T06:00:59+01:00", "ACTIVE", False),
        ("2025-02-04T13:01:00+08:00", "ACTIVE", True),
        # ...until 2025-02-07 00:00 ET...
        ("2025-02-06T20:59:59-08:00", "ACTIVE", True),
        ("2025-02-06T21:00:00-08:00", "ACTIVE", False),
        ("2025-02-07T05:00:00Z", "ACTIVE", False),
        # ...and again from 2025-05-02 00:01 ET.
        ("2025-05-01T21:00:59-07:00", "ACTIVE", False),
        ("2025-05-01T21:01:00-07:00", "ACTIVE", True),
        ("2025-05-02T04:01:00+00:00", "ACTIVE", True),
        # 2025-08-29 00:01 ET: suspended for every country (21:30 Pacific is 00:30 Eastern).
        ("2025-08-28T21:00:59-07:00", "ACTIVE", True),
        ("2025-08-28T21:30:00-07:00", "SUSPENDED", None),
        ("2025-08-29T05:01:00+01:00", "SUSPENDED", None),
        ("2025-08-29T00:00:59-04:00", "ACTIVE", True),
        # 2027-07-01 00:01 ET: repealed.
        ("2027-06-30T21:00:59-07:00", "SUSPENDED", None),
        ("2027-06-30T21:01:00-07:00", "REPEALED", None),
        ("2027-07-01T13:01:00+09:00", "REPEALED", None),
    ],
)
def test_cut_overs_from_other_time_zones(crossing: str, regime: str, excluded: bool | None) -> None:
    made_in_china = verdict(line("45.00", **CN), crossing=crossing)
    assert made_in_china.regime == regime
    if regime == "ACTIVE":
        assert ("ORIGIN_INELIGIBLE" in made_in_china.codes) is excluded
        assert made_in_china.eligible_321 is not excluded
        made_in_hong_kong = verdict(line("45.00", origin="HK"), crossing=crossing)
        assert made_in_hong_kong.eligible_321 is not excluded
        assert verdict(line("45.00"), crossing=crossing).eligible_321  # Canadian goods
    else:
        code = f"DE_MINIMIS_{regime}"
        canadian = verdict(line("45.00"), crossing=crossing)
        assert (canadian.route.value, canadian.eligible_321) == ("T11", False)
        assert canadian.codes == (code,)
        assert "ORIGIN_INELIGIBLE" not in made_in_china.codes


def test_a_pin_applies_the_rules_of_another_instant() -> None:
    today = "2026-11-22T10:00:00-05:00"
    assert verdict(line("45.00"), crossing=today).regime == "SUSPENDED"
    pinned = verdict(line("45.00"), crossing=today, rules_as_of="2025-03-01T00:00:00-05:00")
    assert (pinned.regime, pinned.route.value, pinned.eligible_321) == (
        "ACTIVE",
        "S321_MANIFEST",
        True,
    )
    assert pinned.rules_as_of is not None and pinned.rules_as_of.year == 2025
    assert pinned.rules_version.startswith("rules-")


def test_the_same_person_under_another_spelling_on_the_truck() -> None:
    v = verdict(line("400.00"), truck=(other("450.00", recipient=JON),))
    assert summary(v) == (
        "T11",
        False,
        "850.00",
        [
            "CONVEYANCE_CONSIGNEE_AGGREGATE",
            "RECIPIENT_DAY_AGGREGATE",
            "RECIPIENT_DAY_SECOND_SHIPMENT",
            "RECIPIENT_NAME_VARIANT",
        ],
    )


def test_another_person_at_the_same_address_is_not_merged() -> None:
    v = verdict(line("500.00"), recipient=MARIA, truck=(other("700.00", recipient=DANIEL),))
    assert summary(v) == ("S321_MANIFEST", True, "500.00", ["SAME_ADDRESS_DIFFERENT_RECIPIENT"])
    v = verdict(line("500.00"), recipient=MARIA, earlier=(other("700.00", recipient=DANIEL),))
    assert summary(v) == ("S321_MANIFEST", True, "500.00", ["SAME_ADDRESS_DIFFERENT_RECIPIENT"])


def test_the_same_name_at_another_address_is_another_person() -> None:
    v = verdict(line("500.00"), truck=(other("700.00", recipient=JOHN_ELSEWHERE),))
    assert summary(v) == ("S321_MANIFEST", True, "500.00", [])


def test_same_truck_versus_earlier_truck() -> None:
    same_truck = verdict(line("400.00"), truck=(other("450.00"),))
    earlier = verdict(line("400.00"), earlier=(other("450.00"),))
    assert summary(same_truck) == (
        "T11",
        False,
        "850.00",
        [
            "CONVEYANCE_CONSIGNEE_AGGREGATE",
            "RECIPIENT_DAY_AGGREGATE",
            "RECIPIENT_DAY_SECOND_SHIPMENT",
        ],
    )
    assert summary(earlier) == (
        "T11",
        False,
        "400.00",
        ["RECIPIENT_DAY_AGGREGATE", "RECIPIENT_DAY_SECOND_SHIPMENT"],
    )
    suspended_truck = verdict(line("400.00"), truck=(other("450.00"),), crossing=SUSPENDED_DAY)
    suspended_earlier = verdict(line("400.00"), earlier=(other("450.00"),), crossing=SUSPENDED_DAY)
    assert sorted(suspended_truck.codes) == [
        "CONVEYANCE_CONSIGNEE_AGGREGATE",
        "DE_MINIMIS_SUSPENDED",
    ]
    assert suspended_earlier.codes == ("DE_MINIMIS_SUSPENDED",)
    assert suspended_truck.consignment_value_usd == Decimal("850.00")


@pytest.mark.parametrize(
    ("others", "split"),
    [(("300.00",), False), (("300.01",), True), (("100.00", "200.01"), True)],
)
def test_split_orders(others: tuple[str, ...], split: bool) -> None:
    v = verdict(line("500.00"), order=tuple(other(x, recipient=None) for x in others))
    assert ("SPLIT_SHIPMENT" in v.codes) is split
    assert (v.route.value, v.eligible_321) == ("S321_MANIFEST", True)  # a warning, not a route


@pytest.mark.parametrize(
    ("the_line", "code"),
    [
        (line("40.00", hts=None), "MISSING_HTS"),
        (line("40.00", origin=None), "MISSING_ORIGIN"),
        (line("40.00", hts="2204215040"), "RESTRICTED_ALCOHOL"),
        (line("40.00", hts="2208300030"), "RESTRICTED_ALCOHOL"),
        (
            line("40.00", hts="2207100000"),
            None,
        ),  # undenatured ethyl alcohol: not a beverage heading
        (line("40.00", flags=("ALCOHOL",)), "RESTRICTED_ALCOHOL"),
        (line("40.00", hts="2402200000"), "RESTRICTED_TOBACCO"),
        (line("40.00", hts="2403990000"), "RESTRICTED_TOBACCO"),
        (line("40.00", hts="9302000000"), "RESTRICTED_FIREARMS"),
        (line("40.00", flags=("FIREARMS",)), "RESTRICTED_FIREARMS"),
        (line("40.00", "EUR"), "MISSING_FX_RATE"),
    ],
)
def test_what_holds_a_parcel(the_line, code: str | None) -> None:  # type: ignore[no-untyped-def]
    v = verdict(the_line)
    if code is None:
        assert v.route.value == "S321_MANIFEST"
    else:
        assert (v.route.value, v.eligible_321, v.codes) == ("HOLD", False, (code,))
        assert v.findings[0].severity.value == "hold"


def test_a_held_parcel_still_reports_what_is_always_reported() -> None:
    v = verdict(
        line("40.00", hts=None, flags=("ADCVD",)),
        line("10.00", flags=("PGA_FDA",)),
        crossing=SUSPENDED_DAY,
        weight="30.00",
    )
    assert sorted(v.codes) == [
        "ADCVD",
        "DE_MINIMIS_SUSPENDED",
        "MISSING_HTS",
        "OVERWEIGHT_ADVISORY",
        "PGA_FDA",
    ]
    assert v.route.value == "HOLD"


def test_agency_flags_count_only_on_classified_lines() -> None:
    v = verdict(line("10.00", flags=("PGA_FDA",), hts=None))
    assert "PGA_FDA" not in v.codes


@pytest.mark.parametrize(
    ("lines", "route"),
    [
        ((line("60.00", flags=("PGA_FDA",)),), "ET86"),
        ((line("60.00", flags=("PGA_FDA", "PGA_USDA_APHIS")),), "ET86"),
        ((line("60.00", flags=("PGA_FDA",), origin="CN"),), "T11"),
        ((line("300.00", flags=("ADCVD", "PGA_NHTSA")),), "T03"),
        ((line("3000.00", flags=("ADCVD",)),), "T03"),  # formal already: no informal-limit code
    ],
)
def test_route_precedence(lines, route: str) -> None:  # type: ignore[no-untyped-def]
    v = verdict(*lines, crossing="2025-06-01T10:00:00-04:00")
    assert v.route.value == route
    assert "INFORMAL_LIMIT_EXCEEDED" not in v.codes


@pytest.mark.parametrize(("weight", "warned"), [("22.68", False), ("22.69", True), (None, False)])
def test_the_overweight_advisory(weight: str | None, warned: bool) -> None:
    assert ("OVERWEIGHT_ADVISORY" in verdict(line("10.00"), weight=weight).codes) is warned


def test_messages_speak_plainly() -> None:
    v = verdict(line("400.00"), earlier=(other("450.00"),))
    messages = {f.code: f.message.english for f in v.findings}
    assert messages["RECIPIENT_DAY_AGGREGATE"] == (
        "2 parcels today for John A. Smith, 123 Maple St: together $850.00 is over the "
        "$800.00 de minimis limit."
    )
    assert messages["RECIPIENT_DAY_SECOND_SHIPMENT"] == (
        "John A. Smith, 123 Maple St already has another parcel today."
    )


def test_the_third_parcel_is_counted_and_the_others_named_never_placed_on_a_truck() -> None:
    from dataclasses import replace

    earlier = (
        replace(other("300.00"), label="P0000001"),
        replace(other("250.00"), label="P0000002"),
    )
    messages = {
        f.code: f.message.english for f in verdict(line("400.00"), earlier=earlier).findings
    }
    assert messages["RECIPIENT_DAY_AGGREGATE"].startswith("3 parcels today for John A. Smith")
    assert messages["RECIPIENT_DAY_SECOND_SHIPMENT"] == (
        "John A. Smith, 123 Maple St also has P0000001, P0000002 today."
    )
    assert not any("truck" in text or "earlier" in text for text in messages.values())


def test_a_currency_without_a_rate_on_the_crossing_date_is_held() -> None:
    from datetime import date

    from s321_desk.domain.fx import FxRate, FxTable

    table = FxTable([FxRate("CAD", date(2026, 10, 1), Decimal("0.7300"))])
    pinned = "2025-03-01T00:00:00-05:00"  # de minimis rules, so the value matters
    before = verdict(
        line("100.00", "CAD"),
        crossing="2026-09-30T10:00:00-04:00",
        fx=table.rates_on(date(2026, 9, 30), ["CAD"]),
        rules_as_of=pinned,
    )
    after = verdict(
        line("100.00", "CAD"),
        crossing="2026-10-01T10:00:00-04:00",
        fx=table.rates_on(date(2026, 10, 1), ["CAD"]),
        rules_as_of=pinned,
    )
    assert (before.route.value, before.codes) == ("HOLD", ("MISSING_FX_RATE",))
    assert "CAD on 2026-09-30" in before.findings[0].message.english
    assert (after.route.value, f"{after.consignment_value_usd}") == ("S321_MANIFEST", "73.00")
    assert after.fx_used == {"CAD": Decimal("0.7300")}


def test_a_split_pair_is_never_one_person() -> None:
    from dataclasses import replace

    from s321_desk.domain.compliance import evaluate
    from s321_desk.domain.parcels import Context, ParcelCase
    from s321_desk.domain.recipients import split_key
    from tests.domain.engine_cases import FX, JOHN, rulebook

    senior = replace(JOHN, name="John Smith Sr.")
    junior = replace(JOHN, name="John Smith Jr.")
    parcel = ParcelCase(senior, (line("500.00"),), Decimal("0.5"))
    context = Context(same_truck=(other("500.00", recipient=junior),))
    merged = evaluate(parcel, context, verdict_crossing(), rulebook(), FX)
    assert "CONVEYANCE_CONSIGNEE_AGGREGATE" in merged.codes
    apart = evaluate(
        parcel,
        replace(context, split_names=frozenset({split_key("John Smith Jr.", "JOHN SMITH SR")})),
        verdict_crossing(),
        rulebook(),
        FX,
    )
    assert apart.codes == ("SAME_ADDRESS_DIFFERENT_RECIPIENT",) and apart.eligible_321


def verdict_crossing():  # type: ignore[no-untyped-def]
    from datetime import datetime

    return datetime.fromisoformat("2024-06-10T10:00:00-07:00")


def test_each_side_of_a_name_pair_says_the_same_of_the_other() -> None:
    """Two parcels of one US day, judged each against the other: neither calls the other
    earlier (the one packed after may cross at the same time)."""
    from tests.domain.engine_cases import JON

    john = verdict(line("100.00"), earlier=(other("100.00", recipient=JON),))
    jon = verdict(line("100.00"), recipient=JON, earlier=(other("100.00"),))
    for v in (john, jon):
        variant = {f.code: f.message.english for f in v.findings}["RECIPIENT_NAME_VARIANT"]
        assert "(another parcel today)" in variant and "earlier" not in variant
