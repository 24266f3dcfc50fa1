"""Hostile and broken input to ``check``, fuzzed: every refusal is a MalformedInput naming the
case and the field (exit 2, nothing on stdout), never a traceback; huge input is refused."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from s321_desk.domain.rules import load_rulebook
from s321_desk.paths import resource
from s321_desk.services.judging.check import MAX_INPUT_BYTES, MalformedInput, run_check
from tests.conftest import ROOT

RULEBOOK = load_rulebook(resource("rules"))
CASES = json.loads((ROOT / "tests" / "data" / "rule_cases.json").read_text(encoding="utf-8"))
VALID = {"fx_to_usd": CASES["fx_to_usd"], "cases": CASES["cases"][:2]}
EXAMPLES = {"total": 0}

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=12,
)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, (*prefix, index))
    return found


PATHS = _paths(VALID)


def _judged(text: str) -> None:
    """Either verdicts or a MalformedInput with a one-line message naming where."""
    EXAMPLES["total"] += 1
    try:
        output = run_check(text, RULEBOOK)
    except MalformedInput as refusal:
        message = str(refusal)
        assert message and "\n" not in message
        assert ":" in message  # "input: ..." or "case ID: field: ..."
        return
    assert isinstance(output["results"], list)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(PATHS), json_values, st.booleans())
@example(("cases", 0, "parcel", "lines", 0, "value"), "1e999", False)
@example(("cases", 0, "parcel", "lines", 0, "quantity"), 10**400, False)
@example(("cases", 0, "crossing"), "2024-13-45T99:00:00", False)
@example(("cases", 0, "parcel", "recipient", "name"), "x" * 100_000, False)
@example(("fx_to_usd", "CAD"), "1e999", False)
@example(("cases", 0, "id"), "\ud800", False)
def test_a_valid_document_with_one_field_broken(
    path: tuple[Any, ...], value: Any, drop: bool
) -> None:
    document = copy.deepcopy(VALID)
    parent = document
    for step in path[:-1]:
        parent = parent[step]
    if drop and isinstance(parent, dict):
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    _judged(json.dumps(document))


@settings(max_examples=300)
@given(st.text(max_size=200) | json_values.map(json.dumps))
@example("[" * 100_000 + "]" * 100_000)
@example('{"cases": [], "cases": 5}')
@example('{"fx_to_usd": {"CAD": NaN}, "cases": []}')
@example('{"fx_to_usd": {"CAD": Infinity}, "cases": []}')
@example("\ud800")
def test_any_text_at_all(text: str) -> None:
    _judged(text)


def _check_command(stdin: bytes | None, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "s321_desk", "check", *args],
        input=stdin,
        cwd=ROOT,
        capture_output=True,
        timeout=120,
        check=False,
    )


def test_bytes_that_are_not_utf8_are_refused_plainly() -> None:
    done = _check_command(b'{"cases": ["\xff\xfe"]}', "--input", "-")
    assert done.returncode == 2 and done.stdout == b""
    assert done.stderr.decode().count("\n") == 1 and b"UTF-8" in done.stderr


def test_an_input_over_the_limit_is_refused_at_once_without_reading_it(tmp_path: Path) -> None:
    huge = tmp_path / "huge.json"
    with huge.open("wb") as stream:  # sparse: 500 MB on the disk's books, nothing written
        stream.truncate(500 * 1024 * 1024)
    done = _check_command(None, "--input", str(huge))
    assert done.returncode == 2 and done.stdout == b""
    err = done.stderr.decode()
    assert err.count("\n") == 1 and "too large" in err and str(huge) in err
    piped = subprocess.run(
        f"head -c {MAX_INPUT_BYTES + 10} /dev/zero | tr '\\0' ' ' | "
        f"{sys.executable} -m s321_desk check --input -",
        shell=True,
        cwd=ROOT,
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert piped.returncode == 2 and piped.stdout == b"" and b"too large" in piped.stderr


def test_fuzzed_examples_were_run() -> None:
    """The figure for the record: how many documents the properties above judged."""
    print(f"check: {EXAMPLES['total']} fuzzed documents judged")
