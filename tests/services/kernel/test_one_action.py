"""One user action, one transaction, in the kernel: who acts and the audit anchor, in the caller's unit
of work (counted as the BEGINs the real engine sends, on both backends)."""

from __future__ import annotations

from s321_desk.services.kernel import access
from s321_desk.services.kernel.audit import ChainHead
from s321_desk.services.kernel.audit_anchor import anchor_file, keep_anchor_of, read_anchor
from s321_desk.store.database import Store
from s321_desk.store.repositories import kernel as stored
from s321_desk.store.uow import UnitOfWork
from tests.conftest import target_of
from tests.services.packing.test_labels import demo  # noqa: F401  (fixture)
from tests.services.supervision.test_one_transaction import counted_begins


def test_kernel_the_anchor_moves_in_the_callers_transaction(demo: Store) -> None:  # noqa: F811
    """A write's check of who acts and the audit anchor moved forward: one BEGIN (the anchor
    read the chain in one of its own)."""
    anchor_file(target_of(demo)).unlink(missing_ok=True)
    with counted_begins(demo.engine) as begins, UnitOfWork(demo.engine) as uow:
        access.check(uow, access.EXPORTING)
        records, last = stored.audit_head(uow.session.connection())
        kept = keep_anchor_of(uow, target_of(demo), "demo", ChainHead(records, last), "test")
        again = keep_anchor_of(uow, target_of(demo), "demo", ChainHead(records, last), "test")
    assert begins == [1]
    assert kept is not None and again is not None  # the second one checked the first's head
    anchor = read_anchor(target_of(demo))
    assert anchor is not None and anchor.records == records
