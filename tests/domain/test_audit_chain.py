"""The audit chain's hash, written out by hand for speed, is exactly the JSON it always was."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from s321_desk.domain.audit_chain import (
    GENESIS,
    entry_hash,
    entry_hash_as_json,
    first_break,
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


LINE = st.tuples(
    st.datetimes(datetime(2000, 1, 1), datetime(2200, 1, 1), timezones=st.just(UTC)),
    st.none() | st.integers(min_value=0, max_value=2**40),
    TEXT,
    TEXT,
    st.none() | TEXT,
    st.none() | TEXT,
    TEXT,
)


@given(lines=st.lists(LINE, min_size=1, max_size=12), data=st.data())
def test_a_batch_of_lines_breaks_where_one_line_at_a_time_breaks(
    lines: list[tuple[datetime, int | None, str, str, str | None, str | None, str]],
    data: st.DataObject,
) -> None:
    """``first_break`` (audit verify's batches) finds the first line whose link or content
    does not match, as ``entry_hash`` line by line says it; instants as either backend gives
    them back (SQLite's text, PostgreSQL's naive datetime)."""
    stored: list[tuple[object, ...]] = []
    previous = GENESIS
    for number, (at, user, station, action, entity, reason, details) in enumerate(lines, 1):
        line = dict(at=at, user_id=user, station=station, action=action, entity_type="parcel")
        line.update(entity_id=entity, reason=reason, details=details, prev_hash=previous)
        hashed = entry_hash(**line)  # type: ignore[arg-type]
        naive = at.replace(tzinfo=None)
        kept = naive.strftime("%Y-%m-%d %H:%M:%S.%f") if number % 2 else naive
        stored.append((number, kept, user, station, action, "parcel", entity, reason, details))
        stored[-1] += (previous, hashed)
        previous = hashed
    assert first_break(stored, GENESIS) == len(stored)
    assert first_break(stored[1:], str(stored[0][10])) == len(stored) - 1
    assert first_break(stored, "1" * 64) == 0  # does not follow the line before the batch
    index = data.draw(st.integers(min_value=0, max_value=len(stored) - 1))
    field = data.draw(st.sampled_from([2, 3, 4, 6, 7, 8, 9]))
    changed = list(stored[index])
    changed[field] = 7 if field == 2 and changed[field] is None else f"{changed[field]}x"
    if field == 2 and isinstance(stored[index][2], int):
        changed[field] = int(stored[index][2]) + 1  # type: ignore[call-overload]
    edited = [*stored[:index], tuple(changed), *stored[index + 1 :]]
    assert first_break(edited, GENESIS) == index
