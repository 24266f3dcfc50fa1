"""Writing an export file whole and on the record: the audit line and the file land together."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from s321_desk.services.admin.settings import station_name
from s321_desk.services.kernel import access, audit
from s321_desk.services.kernel.outputs import write_whole
from s321_desk.store.uow import Work, within


def write_audited(
    work: Work,
    out: Path,
    body: bytes,
    need: access.Need,
    *,
    action: str,
    entity_type: str,
    entity_id: str,
    details: dict[str, Any],
) -> None:
    """Write beside ``out``, audit, then put the file in place: ``out`` appears (replacing any
    file there) only once both are done, so no half-written export is ever read, and a file
    that could not be written is not on the record. The audit line is written in ``work``
    (a unit of work opened with ``immediate=True``: committed with the file), or in one of
    its own on an engine."""

    def audited() -> None:
        with within(work, immediate=True) as uow:
            access.require(uow.session, need)
            audit.record(
                uow.session,
                action,
                entity_type=entity_type,
                entity_id=entity_id,
                station=station_name(uow.session),
                details=details,
            )
            uow.commit()

    write_whole(out, body, before_rename=audited)
