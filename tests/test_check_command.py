"""The ``check`` command as a broker's script calls it: JSON in, JSON out, exit 2 on bad input."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from s321_desk.cli import main
from tests.conftest import ROOT, SHARED

CASES_FILE = ROOT / "tests" / "data" / "rule_cases.json"


def run(args: list[str], stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "s321_desk", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_the_copy_of_the_shared_examples_is_current() -> None:
    shared = SHARED / "data" / "rule_cases.json"
    if shared.exists():  # beside a clone in CI and on a developer's machine
        assert json.loads(CASES_FILE.read_text()) == json.loads(shared.read_text())


def test_every_example_case_through_the_command() -> None:
    done = run(["check", "--input", str(CASES_FILE)])
    assert done.returncode == 0, done.stderr
    cases = json.loads(CASES_FILE.read_text())["cases"]
    results = json.loads(done.stdout)["results"]
    assert [r["id"] for r in results] == [c["id"] for c in cases]
    for case, result in zip(cases, results, strict=True):
        expected = case["expected"]
        got = {
            "route": result["route"],
            "eligible_321": result["eligible_321"],
            "codes": sorted(c["code"] for c in result["codes"]),
            "consignment_value_usd": result["consignment_value_usd"],
        }
        want = {**expected, "codes": sorted(expected["codes"])}
        assert got == want, case["id"]
        for code in result["codes"]:
            assert code["severity"] in {"hold", "route", "warn", "info"}
            assert code["message"].endswith(".") and len(code["message"]) > 20


def test_stdin_and_the_verdict_fields() -> None:
    document = json.loads(CASES_FILE.read_text())
    document["cases"] = [c for c in document["cases"] if c["id"] == "TV16"]
    done = run(["check", "--input", "-"], stdin=json.dumps(document))
    assert done.returncode == 0 and done.stderr == ""
    (result,) = json.loads(done.stdout)["results"]
    assert result["regime"] == "ACTIVE" and result["rules_as_of"] is None
    assert result["rules_version"].startswith("rules-")
    messages = {c["code"]: c["message"] for c in result["codes"]}
    assert messages["RECIPIENT_DAY_AGGREGATE"] == (
        "2 parcels today for Priya Natarajan, 4500 Woodward Ave: together $850.00 is over "
        "the $800.00 de minimis limit."
    )


def test_a_pin_travels_with_the_verdict() -> None:
    document = json.loads(CASES_FILE.read_text())
    case = next(c for c in document["cases"] if c["id"] == "TV33")  # 2025-09-15: suspended
    case["rules_as_of"] = "2025-03-01T00:00:00-05:00"
    document["cases"] = [case]
    done = run(["check", "--input", "-"], stdin=json.dumps(document))
    (result,) = json.loads(done.stdout)["results"]
    assert (result["regime"], result["route"], result["eligible_321"]) == (
        "ACTIVE",
        "S321_MANIFEST",
        True,
    )
    assert result["rules_as_of"] == "2025-03-01T00:00:00-05:00"


def _broken(path: list[Any], value: Any) -> dict[str, Any]:
    document = json.loads(CASES_FILE.read_text())
    case = copy.deepcopy(document["cases"][1])  # TV03
    target = case
    for key in path[:-1]:
        target = target[key]
    if value is KeyError:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    document["cases"] = [document["cases"][0], case]
    return document


MISSING = KeyError


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (["crossing"], MISSING, "case TV03: crossing: missing"),
        (
            ["crossing"],
            "2024-06-10 10:00",
            "case TV03: crossing: '2024-06-10 10:00' has no UTC offset (e.g. 2024-06-10T10:00:00-07:00)",
        ),
        (
            ["crossing"],
            "tomorrow",
            "case TV03: crossing: 'tomorrow' is not an ISO 8601 date and time",
        ),
        (
            ["parcel", "lines", 0, "value"],
            "8OO.00",
            "case TV03: parcel.lines[0].value: '8OO.00' is not a number",
        ),
        (["parcel", "lines", 0, "value"], MISSING, "case TV03: parcel.lines[0].value: missing"),
        (
            ["parcel", "lines", 0, "currency"],
            "XYZ",
            "case TV03: parcel.lines[0].currency: unknown currency 'XYZ'",
        ),
        (
            ["parcel", "lines", 0, "currency"],
            "EUR",
            "case TV03: parcel.lines[0].currency: no rate for EUR in fx_to_usd",
        ),
        (
            ["parcel", "lines", 0, "quantity"],
            0,
            "case TV03: parcel.lines[0].quantity: 0 is not a positive whole number",
        ),
        (
            ["parcel", "lines", 0, "flags"],
            ["PGA_XYZ"],
            "case TV03: parcel.lines[0].flags: unknown flag PGA_XYZ",
        ),
        (["parcel", "lines"], [], "case TV03: parcel.lines: must be a non-empty list"),
        (["parcel", "recipient", "name"], MISSING, "case TV03: parcel.recipient.name: missing"),
        (["parcel", "weight_kg"], "heavy", "case TV03: parcel.weight_kg: 'heavy' is not a number"),
        (
            ["context", "same_truck"],
            [{"value_usd": "1"}],
            "case TV03: context.same_truck[0].recipient: missing",
        ),
        (["id"], MISSING, "case #2: id: missing"),
    ],
)
def test_malformed_input_names_the_case_and_the_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], path: list[Any], value: Any, message: str
) -> None:
    source = tmp_path / "cases.json"
    source.write_text(json.dumps(_broken(path, value)))
    assert main(["check", "--input", str(source)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == f"s321-desk: {message}\n"


def test_not_json_and_unknown_keys(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "cases.json"
    source.write_text('{"cases": [')
    assert main(["check", "--input", str(source)]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.startswith("s321-desk: input: not JSON (line 1")
    document = _broken(["parcel", "colour"], "blue")  # unknown keys are ignored
    document["note"] = "anything"
    source.write_text(json.dumps(document))
    assert main(["check", "--input", str(source)]) == 0
    assert len(json.loads(capsys.readouterr().out)["results"]) == 2


def test_malformed_input_through_the_process_prints_nothing_on_stdout() -> None:
    done = run(["check", "--input", "-"], stdin='{"cases": [{"id": "X1"}]}')
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == "s321-desk: case X1: crossing: missing\n"
