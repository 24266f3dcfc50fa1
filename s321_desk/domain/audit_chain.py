"""The audit trail's hash chain: each line's hash covers its content and the previous hash."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

GENESIS = "0" * 64  # the "previous hash" of the first line


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
    content: dict[str, Any] = {
        "at": at.astimezone(UTC).isoformat(timespec="microseconds"),
        "user_id": user_id,
        "station": station,
        "action": action,
        "entity_type": entity_type,
        "entity_id": entity_id,
        "reason": reason,
        "details": details,
        "prev_hash": prev_hash,
    }
    text = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
