"""The US customs territory (19 CFR 101.1: the states, DC and Puerto Rico), and the engine's
NOT_US_DESTINATION for a recipient outside it."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace

import pytest

from s321_desk.domain.destinations import CUSTOMS_TERRITORY, destination, in_customs_territory
from s321_desk.domain.iso import US_STATES
from tests.conftest import ROOT
from tests.domain.engine_cases import ACTIVE_DAY, JOHN, SUSPENDED_DAY, line, verdict


@pytest.mark.parametrize(
    ("country", "state", "place"),
    [
        ("US", "WA", None),
        ("us", "ny", None),
        ("USA", "New York", None),
        ("United States", "DC", None),
        ("", "VT", None),
        ("PR", "", None),
        ("US", "PR", None),
        ("US", "Puerto Rico", None),
        ("Puerto Rico", "", None),
        ("CA", "ON", "CA"),
        ("JP", "13", "JP"),
        ("GB", "", "GB"),
        ("AE", "DU", "AE"),
        ("VI", "", "VI"),
        ("US", "VI", "VI"),
        ("US", "Virgin Islands", "VI"),
        ("GU", "", "GU"),
        ("US", "GU", "GU"),
        ("US", "Guam", "GU"),
        ("AS", "", "AS"),
        ("US", "MP", "MP"),
        ("US", "FM", "FM"),
        ("US", "MH", "MH"),
        ("US", "PW", "PW"),
        ("US", "AE", "US-AE"),
        ("US", "Armed Forces Pacific", "US-AP"),
        ("US", "AA", "US-AA"),
    ],
)
def test_which_places_are_the_desks(country: str, state: str, place: str | None) -> None:
    assert destination(country, state) == place
    assert in_customs_territory(country, state) is (place is None)


def test_every_usps_code_is_inside_or_named_outside() -> None:
    outside = {code for code in US_STATES if destination("US", code) is not None}
    assert outside == US_STATES - CUSTOMS_TERRITORY
    assert len(CUSTOMS_TERRITORY) == 52  # 50 states, DC, Puerto Rico


TOKYO = replace(
    JOHN,
    name="Aiko Tanaka",
    address1="1-1 Jingumae",
    address2="",
    city="Shibuya",
    state="13",
    postal_code="150-0001",
    country="JP",
)


@pytest.mark.parametrize("crossing", [ACTIVE_DAY, SUSPENDED_DAY])
def test_a_parcel_for_tokyo_is_held_not_entered(crossing: str) -> None:
    v = verdict(line("40.00"), recipient=TOKYO, crossing=crossing)
    assert (v.route.value, v.eligible_321) == ("HOLD", False)
    assert v.findings[0].code == "NOT_US_DESTINATION"
    assert v.findings[0].severity.value == "hold"
    assert v.findings[0].message.english == (
        "The parcel for Aiko Tanaka goes to JP, outside the US customs territory (the states, "
        "DC and Puerto Rico): this desk files US entries only."
    )


def test_a_parcel_for_san_juan_ships() -> None:
    san_juan = replace(JOHN, city="San Juan", state="", postal_code="00907", country="PR")
    assert verdict(line("40.00"), recipient=san_juan).route.value == "S321_MANIFEST"


def test_check_refuses_a_recipient_in_canada() -> None:
    document = json.loads((ROOT / "tests" / "data" / "rule_cases.json").read_text())
    case = next(c for c in document["cases"] if c["id"] == "TV01")
    case["parcel"]["recipient"] |= {
        "city": "Vancouver",
        "state": "BC",
        "postal_code": "V6B 1A1",
        "country": "CA",
    }
    done = subprocess.run(
        [sys.executable, "-m", "s321_desk", "check", "--input", "-"],
        input=json.dumps({"fx_to_usd": document["fx_to_usd"], "cases": [case]}),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    (result,) = json.loads(done.stdout)["results"]
    assert (result["route"], result["eligible_321"]) == ("HOLD", False)
    assert [c["code"] for c in result["codes"] if c["severity"] == "hold"] == ["NOT_US_DESTINATION"]
