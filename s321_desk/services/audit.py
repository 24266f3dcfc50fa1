"""Writing the append-only audit trail."""

from __future__ import annotations

import json
from typing import Any

from sqlmodel import Session

from s321_desk.store.models import AuditEntry


def record(
    session: Session,
    action: str,
    *,
    entity_type: str = "",
    entity_id: str | None = None,
    user_id: int | None = None,
    station: str = "",
    reason: str | None = None,
    details: dict[str, Any] | None = None,
) -> None:
    """Add one audit line to the caller's unit of work (it lands with the change it records)."""
    session.add(
        AuditEntry(
            action=action,
            entity_type=entity_type,
            entity_id=entity_id,
            user_id=user_id,
            station=station,
            reason=reason,
            details=json.dumps(details or {}, sort_keys=True, default=str),
        )
    )
