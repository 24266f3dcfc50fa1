"""The audit chain's hash, written out by hand for speed, is exactly the JSON it always was."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from s321_desk.domain.audit_chain import (
    entry_hash,
    entry_hash_as_json,
    instant_text,
    stored_instant_text,
)

TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)  # any text but surrogates


@given(
    at=st.datetimes(timezones=st.just(UTC)),
    user_id=st.none() | st.integers(min_value=0, max_value=2**40),
    station=TEXT,
    action=TEXT,
    entity_type=TEXT,
    entity_id=st.none() | TEXT,
    reason=st.none() | TEXT,
    details=TEXT,
    prev_hash=TEXT,
)
def test_the_hash_is_the_canonical_json_of_the_line(**line: object) -> None:
    at = line["at"]
    assert isinstance(at, datetime)
    as_json = entry_hash_as_json(**{**line, "at": instant_text(at)})
    assert entry_hash(**line) == as_json  # type: ignore[arg-type]


def test_an_instant_read_back_from_either_backend_hashes_the_same() -> None:
    at = datetime(2026, 1, 5, 8, 0, 0, 5, tzinfo=UTC)
    assert stored_instant_text("2026-01-05 08:00:00.000005") == instant_text(at)  # SQLite
    assert stored_instant_text(at.replace(tzinfo=None)) == instant_text(at)  # PostgreSQL
    assert stored_instant_text("2026-01-05 08:00:00") == "2026-01-05T08:00:00.000000+00:00"
