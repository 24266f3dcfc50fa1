"""The audit trail's hash chain: each line's hash covers its content and the previous hash."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

GENESIS = "0" * 64  # the "previous hash" of the first line
# JSON's string encoding as json.dumps(ensure_ascii=False) does it (the C encoder): the line
# is written out by hand in the one canonical order, a fifth of json.dumps's time, the same
# bytes (tests/domain/test_audit_chain.py holds it to json.dumps).
_text = json.encoder.encode_basestring


def entry_hash(
    *,
    at: datetime,
    user_id: int | None,
    station: str,
    action: str,
    entity_type: str,
    entity_id: str | None,
    reason: str | None,
    details: str,
    prev_hash: str,
) -> str:
    """SHA-256 of the line's fields as canonical JSON (instants in UTC, to the microsecond)."""
    return entry_hash_of(
        instant_text(at),
        user_id,
        station,
        action,
        entity_type,
        entity_id,
        reason,
        details,
        prev_hash,
    )


def instant_text(at: datetime) -> str:
    """``2026-01-05T08:00:00.000000+00:00``: the instant as the hash covers it."""
    return at.astimezone(UTC).isoformat(timespec="microseconds")


def stored_instant_text(value: object) -> str:
    """``instant_text`` of an instant as a driver reads it back: a datetime (PostgreSQL; naive
    means UTC) or SQLite's text (``2026-01-05 08:00:00.000000``, UTC)."""
    if isinstance(value, str):
        if len(value) == 26 and value[10] == " ":  # the stored layout: no parsing needed
            return f"{value[:10]}T{value[11:]}+00:00"
        value = datetime.fromisoformat(value)
    assert isinstance(value, datetime), value
    return instant_text(value if value.tzinfo else value.replace(tzinfo=UTC))


def entry_hash_of(
    at: str,
    user_id: int | None,
    station: str,
    action: str,
    entity_type: str,
    entity_id: str | None,
    reason: str | None,
    details: str,
    prev_hash: str,
) -> str:
    """``entry_hash`` with the instant already as its text (``instant_text``). Run once a line
    by ``audit verify`` (a million times for a million records): its nulls are written inline."""
    line = (
        f'{{"action":{_text(action)},"at":{_text(at)},"details":{_text(details)},'
        f'"entity_id":{"null" if entity_id is None else _text(entity_id)},'
        f'"entity_type":{_text(entity_type)},"prev_hash":{_text(prev_hash)},'
        f'"reason":{"null" if reason is None else _text(reason)},'
        f'"station":{_text(station)},"user_id":{"null" if user_id is None else int(user_id)}}}'
    )
    return hashlib.sha256(line.encode("utf-8")).hexdigest()


def first_break(lines: Sequence[Sequence[Any]], previous: str) -> int:
    """The index in ``lines`` (the trail's lines in order, each as stored: its id, at, user_id,
    station, action, entity_type, entity_id, reason, details, prev_hash and hash) of the first
    one that does not follow ``previous`` (the hash of the line before the first) or whose
    hash is not ``entry_hash_of`` its content; ``len(lines)`` when every one holds.

    ``audit verify`` runs it on each batch of lines it reads. It says where to look, not what
    is wrong: the caller reads that line again to say it.
    """
    hashed = entry_hash_of
    for index, (
        _id,
        at,
        user,
        station,
        action,
        kind,
        entity,
        reason,
        details,
        prev,
        stored,
    ) in enumerate(lines):
        if prev != previous:
            return index
        if at.__class__ is str and len(at) == 26 and at[10] == " ":  # SQLite's stored layout
            at = f"{at[:10]}T{at[11:]}+00:00"  # stored_instant_text, without its call
        else:
            at = stored_instant_text(at)
        if hashed(at, user, station, action, kind, entity, reason, details, prev) != stored:
            return index
        previous = stored
    return len(lines)


def entry_hash_as_json(**content: object) -> str:
    """The hash as first written (json.dumps of the fields): what ``entry_hash`` must equal."""
    text = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def verdict_digest(
    verdict_id: int,
    parcel_id: int,
    evaluated_at: str,
    route: str,
    eligible_321: bool,
    consignment_cents: int,
    regime: str,
    rules_version: str,
    rules_as_of: str | None,
    fx_json: str,
    codes_json: str,
    judged_against: str | None,
) -> str:
    """A parcel's verdict as recorded (its instants as ``instant_text``), hashed: the audit line
    of the change that stored it carries this, so an edit of the row shows (SHA-256, first 32
    hex digits)."""
    fields = [int(verdict_id), int(parcel_id), evaluated_at, route, int(bool(eligible_321)),
              int(consignment_cents), regime, rules_version, rules_as_of, fx_json, codes_json,
              judged_against]  # fmt: skip
    return row_digest(fields)


def row_digest(fields: Sequence[object]) -> str:
    """A stored row's fields (texts, integers, nulls; instants as ``instant_text``), hashed as
    the audit line covering the row holds them: SHA-256 of their JSON, first 32 hex digits."""
    text = json.dumps(list(fields), ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]
