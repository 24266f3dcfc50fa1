"""The unit of work: one session, one transaction; rolled back unless committed."""

from __future__ import annotations

from types import TracebackType

from sqlalchemy import Engine
from sqlmodel import Session

from s321_desk.store.errors import classified


class UnitOfWork:
    """``with UnitOfWork(engine) as uow: ...; uow.commit()`` - anything not committed is undone.

    ``immediate=True`` takes SQLite's write lock at the start (``BEGIN IMMEDIATE``), for the
    decisions that must see and change the store without another station in between.
    ``durable=True`` (a write that produces paper: a parcel's close, its label; a truck's seal)
    is on the disk when its commit returns, even through a power cut (SQLite's
    ``synchronous=FULL``; the other writes are ``NORMAL``: safe from a crash of the desk, not
    of the machine).

    The machine's state met anywhere inside it (where it begins, flushes, reads or commits:
    another station's lock, a full disk, a server gone) comes out as one ``StoreUnavailable``
    (``StoreBusy`` for a lock) with the sentence to show (store/errors.py); a bug comes out
    as it is.
    """

    def __init__(self, engine: Engine, *, immediate: bool = False, durable: bool = False) -> None:
        self._engine = engine
        self._immediate = immediate
        self._durable = durable
        self.session: Session

    def __enter__(self) -> UnitOfWork:
        options = {"immediate": True} if self._immediate else {}
        if self._durable:
            options["durable"] = True
        bind = self._engine.execution_options(**options) if options else self._engine
        self.session = Session(bind, expire_on_commit=False)
        try:
            self.session.begin()
        except Exception as error:
            self.session.close()
            _raise_classified(error)
            raise
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        # close() rolls back what was not committed and detaches the objects read, which
        # keep their loaded values (a rollback would expire them).
        try:
            self.session.close()
        except Exception as error:
            if exc is None:
                _raise_classified(error)
                raise
        if exc is not None:
            _raise_classified(exc)

    def commit(self) -> None:
        self.session.commit()


def _raise_classified(error: BaseException) -> None:
    """Raises the store's state said to a person in place of the driver's error, if it is one."""
    said = classified(error)
    if said is not None and said is not error:
        raise said from error
