"""The finding catalogue: one entry per code of RULES.md section 3, with the severity the
specification gives it, and sentences whose placeholders the engine fills."""

from __future__ import annotations

import string

import pytest

from s321_desk.domain.codes import Severity
from s321_desk.domain.findings import (
    AGENCIES,
    CATALOGUE,
    ENTRIES,
    MUST_ACKNOWLEDGE,
    SHORT,
    Code,
    finding,
)
from s321_desk.domain.texts import Text

# RULES.md section 3, as written there: the code and its severity.
SPECIFIED = {
    "MISSING_HTS": "hold",
    "MISSING_ORIGIN": "hold",
    "NOT_US_DESTINATION": "hold",
    "MISSING_FX_RATE": "hold",
    "RESTRICTED_ALCOHOL": "hold",
    "RESTRICTED_TOBACCO": "hold",
    "RESTRICTED_FIREARMS": "hold",
    "ADCVD": "route",
    "DE_MINIMIS_SUSPENDED": "route",
    "DE_MINIMIS_REPEALED": "route",
    "ORIGIN_INELIGIBLE": "route",
    "VALUE_OVER_LIMIT": "route",
    "RECIPIENT_DAY_AGGREGATE": "route",
    "RECIPIENT_DAY_SECOND_SHIPMENT": "warn",
    "SPLIT_SHIPMENT": "warn",
    "PGA_FDA": "route",
    "PGA_USDA_APHIS": "route",
    "PGA_FSIS": "route",
    "PGA_CPSC": "route",
    "PGA_NHTSA": "route",
    "PGA_EPA": "route",
    "PGA_FWS": "route",
    "PGA_FCC": "route",
    "CONVEYANCE_CONSIGNEE_AGGREGATE": "route",
    "INFORMAL_LIMIT_EXCEEDED": "route",
    "RECIPIENT_NAME_VARIANT": "warn",
    "SAME_ADDRESS_DIFFERENT_RECIPIENT": "warn",
    "OVERWEIGHT_ADVISORY": "warn",
}


def test_one_entry_per_code_with_its_specified_severity() -> None:
    assert [entry.code for entry in ENTRIES] == list(dict.fromkeys(e.code for e in ENTRIES))
    assert set(CATALOGUE) == set(Code)
    assert {code: entry.severity.value for code, entry in CATALOGUE.items()} == SPECIFIED


def test_what_a_supervisor_acknowledges_and_who_regulates() -> None:
    assert MUST_ACKNOWLEDGE == {
        "SPLIT_SHIPMENT",
        "RECIPIENT_NAME_VARIANT",
        "SAME_ADDRESS_DIFFERENT_RECIPIENT",
    }
    assert set(AGENCIES) == {code for code in Code if code.startswith("PGA_")}
    assert all(CATALOGUE[code].severity is Severity.HOLD for code in Code if "RESTRICTED" in code)


def _placeholders(text: Text) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text.source) if name}


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda entry: entry.code)
def test_each_sentence_is_english_of_the_compliance_context(entry) -> None:  # type: ignore[no-untyped-def]
    for text in (entry.message, *entry.cases.values()):
        assert text.context == "Compliance" and text.values is None
        assert text.source.endswith(".")
    if entry.short is not None:
        assert entry.short.context == "Findings"
        assert SHORT[entry.code] is entry.short


def test_a_finding_says_its_sentence_with_its_values() -> None:
    found = finding(Code.VALUE_OVER_LIMIT, who="Ann Lee", value="$900.00", limit="$800.00")
    assert (found.code, found.severity) == ("VALUE_OVER_LIMIT", Severity.ROUTE)
    assert found.message.english == (
        "This parcel for Ann Lee is worth $900.00, over the $800.00 de minimis limit."
    )
    assert _placeholders(found.message) == {"who", "value", "limit"}


def test_a_case_picks_another_sentence_of_the_same_code() -> None:
    found = finding(Code.SPLIT_SHIPMENT, "no order", count=2, value="$900.00", limit="$800.00")
    assert found.message.english.startswith("The order is split over 2 parcels")
    with pytest.raises(KeyError):
        finding(Code.SPLIT_SHIPMENT, "no such case", count=2, value="$1", limit="$2")


def test_an_agency_is_named_in_the_desk_s_words() -> None:
    found = finding("PGA_FCC", items="'Radio'")
    assert found.message.english == (
        "'Radio': regulated by FCC (radio-frequency devices); its data goes with the entry."
    )
    assert found.message.values is not None
    assert found.message.values["agency"] == Text("Codes", "FCC (radio-frequency devices)")


def test_a_sentence_without_values_stays_a_template() -> None:
    """Stored verdicts keep a sentence without values as it is (no empty ``values``)."""
    assert finding(Code.DE_MINIMIS_SUSPENDED).message.values is None


def test_an_unknown_code_is_refused() -> None:
    with pytest.raises(ValueError):
        finding("NOT_A_CODE")
