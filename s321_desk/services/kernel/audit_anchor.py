"""The audit trail's head kept outside the store: the newest records removed leave no trace in
the hash chain, but the next ``audit verify`` finds the head it knew gone.

Each ``audit verify`` that finds the chain intact, each backup and each restore write the head
(records, last hash) to a small file in the data folder, one per store; ``audit verify`` reads
it back and reports "N audit record(s) missing after record X" when the store no longer
reaches it. The anchor only moves forward, and only from a head the store still holds: what a
check would have reported is never written over by a later backup. A restore, which brings
back an older trail on purpose, starts it again; so does rebuilding the demo store.

The data folder is the user's, not the store's: someone who can rewrite the database file
(or, on PostgreSQL, the tables) usually cannot reach every station's data folder and every
backup, each of which carries the head it saw (``audit verify --against BACKUP``).
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from s321_desk.domain.texts import translate
from s321_desk.paths import data_dir
from s321_desk.services.kernel import audit
from s321_desk.services.kernel.audit import ChainHead, ChainReport
from s321_desk.services.kernel.errors import UserError
from s321_desk.services.kernel.outputs import write_whole
from s321_desk.store.database import Store, StoreTarget, store_label
from s321_desk.store.engine import is_database_url
from s321_desk.store.repositories import kernel as stored
from s321_desk.store.uow import UnitOfWork, Work, within

LOG = logging.getLogger(__name__)
FOLDER = "audit-anchors"


def anchor_file(target: StoreTarget) -> Path:
    """The anchor of the store at ``target``: ``audit-anchors/NAME.KEY.json`` in the data
    folder, KEY a digest of the file's full path or of the URL without its password."""
    if is_database_url(target):
        where = store_label(target)
        name = make_url(str(target)).database or "database"
    else:
        path = Path(target).expanduser().resolve()
        where, name = str(path), path.stem
    key = hashlib.sha256(where.encode("utf-8")).hexdigest()[:12]
    return data_dir() / FOLDER / f"{name}.{key}.json"


def read_anchor(target: StoreTarget) -> ChainHead | None:
    """The head last kept for this store, or None; a damaged anchor is a UserError."""
    path = anchor_file(target)
    try:
        kept = json.loads(path.read_text(encoding="utf-8"))
        at = datetime.fromisoformat(kept["at"]).strftime("%Y-%m-%d %H:%M UTC")
        return ChainHead(
            int(kept["records"]), kept["last_hash"], seen_by=f"the {kept['by']} of {at} ({path})"
        )
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise UserError(
            translate("AuditAnchor", "{file}: the audit anchor cannot be read ({reason})").format(
                file=path, reason=error
            )
        ) from None


def keep_anchor(store: Store, head: ChainHead, by: str, *, reset: bool = False) -> Path | None:
    """Move the store's anchor forward to ``head`` (``reset``: to it, wherever it was).

    Never raises: the anchor is a check on the store, its failure must not undo the backup or
    the check that writes it; it is logged, and the anchor stays as it was.
    """
    target = store.path if store.path is not None else store.url
    with UnitOfWork(store.engine) as uow:  # a read of its own, after the check or the backup
        return keep_anchor_of(uow, target, store.label, head, by, reset=reset)


def target_of(work: Work) -> StoreTarget:
    """The store a unit of work works on, as ``anchor_file`` names it."""
    engine = work.session.get_bind().engine
    if engine.dialect.name == "sqlite":
        return Path(str(engine.url.database))
    return engine.url.render_as_string(hide_password=False)


def keep_anchor_of(
    work: Work,
    target: StoreTarget,
    label: str,
    head: ChainHead,
    by: str,
    *,
    reset: bool = False,
) -> Path | None:
    """``keep_anchor`` in a unit of work (a sealed load's papers printed: the head at its
    seal)."""
    path = anchor_file(target)
    try:
        if not reset and not _moves_forward(work, read_anchor(target), head):
            return None
        body = {
            "store": label,
            "records": head.records,
            "last_hash": head.last_hash,
            "at": datetime.now(UTC).isoformat(),
            "by": by,
        }
        path.parent.mkdir(parents=True, exist_ok=True)
        write_whole(path, json.dumps(body, indent=1).encode("utf-8"), option="audit anchor")
    except (OSError, UserError) as error:
        LOG.warning("The audit anchor %s was not written: %s", path, error)
        return None
    return path


def keep_seal_anchor(engine: Engine, trip: str) -> None:
    """A sealed trip's papers carry the head at its seal: this machine's anchor moves to it
    too (never back), so the trail is checked against the latest paper printed here.

    A read of its own on ``engine`` (a transaction of its own, beside the print's action: it
    must not wait for the lock the action holds), after the paper is written."""
    with UnitOfWork(engine) as uow:
        head = audit.head_at_seal(uow.session, trip)
        if head is not None:
            target = target_of(uow)
            keep_anchor_of(uow, target, store_label(target), head, f"papers of {trip}")


def parse_head(text: str) -> ChainHead:
    """``record 1,234 · 3fa9c2e1d0b4a7f6`` as a sealed trip's papers print it (the record and
    the first digits of its hash; ``1234:3fa9c2e1d0b4a7f6`` too) as a head to check the trail
    against."""
    plain = text.strip().removeprefix("record").replace("\u00b7", ":")
    records, _, digits = plain.replace(",", "").replace(" ", "").partition(":")
    if not records.isdigit() or len(digits) < 8 or any(c not in "0123456789abcdef" for c in digits):
        raise UserError(
            translate(
                "AuditAnchor",
                "the head: {text} is not the head a sealed trip's papers print under 'Audit at "
                "seal' (e.g. 'record 1,234 · 3fa9c2e1d0b4a7f6')",
            ).format(text=repr(text)),
            field="head",
        )
    return ChainHead(int(records), digits.lower(), seen_by=f"the papers' head {records}:{digits}")


def forget_anchor(target: StoreTarget) -> None:
    """For a store made anew on purpose (the demo): its old trail is not missing."""
    anchor_file(target).unlink(missing_ok=True)


def check_trail(store: Store, *against: ChainHead | None) -> ChainReport:
    """``audit verify``: the chain, against this store's anchor, the newest scheduled backup's
    head and ``against`` (a backup's head, a sealed trip's papers'); an intact trail moves the
    anchor to its head. The report says when no anchor outside the store was there at all."""
    target = store.path if store.path is not None else store.url
    kept = read_anchor(target)
    anchors = [*against, kept, newest_backup_head(store)]
    with UnitOfWork(store.engine) as uow:  # the trail as of one moment
        report = audit.verify(uow, *anchors)
    if report.intact:
        # The walk found the kept head's record at its place: the trail moves forward from it,
        # unless another check or a backup moved the anchor meanwhile (then it is read again).
        forward = kept is not None and read_anchor(target) == kept
        head = ChainHead(report.records, report.last_hash)
        keep_anchor(store, head, "audit verify", reset=forward)
    if not any(anchor is not None and anchor.records for anchor in anchors):
        report = replace(report, unanchored=True)
    return report


def newest_backup_head(store: Store) -> ChainHead | None:
    """The head the newest scheduled backup of an SQLite store saw (read from the backup
    itself, in the backup_schedule's folder), or None."""
    if store.path is None:
        return None
    import sqlite3
    from contextlib import closing

    from s321_desk.services.admin.settings import get_setting

    with UnitOfWork(store.engine) as uow:
        schedule = get_setting(uow.session, "backup_schedule") or {}
    folder = Path(schedule.get("folder") or data_dir() / "backups").expanduser()
    found = sorted(folder.glob(f"{store.path.stem}.backup.*.sqlite3")) if folder.is_dir() else []
    if not found:
        return None
    try:
        with closing(sqlite3.connect(f"file:{found[-1]}?mode=ro", uri=True)) as backup:
            count, last = stored.file_audit_head(backup)
    except sqlite3.Error as error:
        LOG.warning("%s: the backup's audit head cannot be read (%s)", found[-1], error)
        return None
    return ChainHead(int(count), last, seen_by=f"the backup {found[-1].name}")


def _moves_forward(work: Work, known: ChainHead | None, head: ChainHead) -> bool:
    if known is None or known.records == 0:
        return True
    if head.records < known.records:
        return False
    with within(work) as uow:
        still = stored.audit_hash_at(uow.session, known.records)
    return still == known.last_hash  # else the evidence stays for the next check
