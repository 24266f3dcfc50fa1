"""The unit of work: one session, one transaction; rolled back unless committed."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from types import TracebackType

from sqlalchemy import Engine
from sqlmodel import Session

from s321_desk.store.errors import classified

# The session's record of the person acting (services/kernel/actor.py says who that is).
ACTOR_KEY = "s321_actor"


class UnitOfWork:
    """``with UnitOfWork(engine) as uow: ...; uow.commit()`` - anything not committed is undone.

    ``immediate=True`` takes SQLite's write lock at the start (``BEGIN IMMEDIATE``), for the
    decisions that must see and change the store without another station in between.
    ``durable=True`` (a write that produces paper: a parcel's close, its label; a truck's seal)
    is on the disk when its commit returns, even through a power cut (SQLite's
    ``synchronous=FULL``; the other writes are ``NORMAL``: safe from a crash of the desk, not
    of the machine). ``actor`` is who the writes are done by (services/kernel/actor.py),
    travelling with the unit of work rather than with a re-bound engine.

    ``action=True`` (``one_action``): the unit of work of one user's action (a view's or a
    command's), which the services it is passed to join. It commits once, as it closes, when
    the action ends without an error (what the services read after another one's write sees
    it, as of one moment); a service's ``commit()`` flushes and is noted. What was committed
    that way is committed even when the action stops with an error after it (a wrong PIN
    stays counted, as when it was a transaction of its own); a service that must undo a
    refused step undoes it to a savepoint (``session.begin_nested()``).

    The machine's state met anywhere inside it (where it begins, flushes, reads or commits:
    another station's lock, a full disk, a server gone) comes out as one ``StoreUnavailable``
    (``StoreBusy`` for a lock) with the sentence to show (store/errors.py); a bug comes out
    as it is.
    """

    def __init__(
        self,
        engine: Engine,
        *,
        immediate: bool = False,
        durable: bool = False,
        actor: object | None = None,
        action: bool = False,
    ) -> None:
        self._engine = engine
        self._actor = actor
        self._action = action
        self._held = False  # a commit() held to the end of the action
        self._immediate = immediate
        self._durable = durable
        self.session: Session

    def __enter__(self) -> UnitOfWork:
        options = {"immediate": True} if self._immediate else {}
        if self._durable:
            options["durable"] = True
        bind = self._engine.execution_options(**options) if options else self._engine
        self.session = Session(bind, expire_on_commit=False)
        if self._actor is not None:  # who acts, carried by the unit of work itself
            self.session.info[ACTOR_KEY] = self._actor
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
            # The action's one commit: all of it, or what its services committed before an
            # error stopped it.
            if self._held or (self._action and exc is None):
                self._held = False
                self.session.commit()
        except Exception as error:
            self.session.close()
            if exc is None:
                _raise_classified(error)
                raise
        try:
            self.session.close()
        except Exception as error:
            if exc is None:
                _raise_classified(error)
                raise
        if exc is not None:
            _raise_classified(exc)

    @property
    def immediate(self) -> bool:
        """Whether it took the write lock as it began (a deciding write)."""
        return self._immediate

    @property
    def durable(self) -> bool:
        """Whether its commit is on the disk when it returns (a write that produces paper)."""
        return self._durable

    @property
    def action(self) -> bool:
        """Whether it is a user's action, committed once as it closes (``commit()`` held)."""
        return self._action

    def commit(self) -> None:
        if self._action:
            self.session.flush()
            self._held = True
            return
        self.session.commit()


# What a service runs in: the unit of work of the user's action (``one_action``), its one
# transaction. A service never opens one of its own on an engine.
Work = UnitOfWork


@contextmanager
def within(
    work: UnitOfWork, *, immediate: bool = False, durable: bool = False
) -> Iterator[UnitOfWork]:
    """The caller's unit of work, joined (no new transaction: what the service reads and writes
    is part of the user's one action, committed or undone with it).

    A write that must take the lock first (``immediate``) joins only a unit of work that took
    it: asking for it in the middle of a transaction would come too late; likewise a write that
    must be on the disk as it commits (``durable``)."""
    if not isinstance(work, UnitOfWork):
        raise TypeError(
            "a service runs in the unit of work of its action (store/uow.py one_action), "
            f"not in {type(work).__name__}"
        )
    if (immediate and not work.immediate) or (durable and not work.durable):
        raise ValueError(
            "this write needs a unit of work opened with immediate=True "
            f"(durable={durable}): the lock is taken as it begins"
        )
    yield work


def _raise_classified(error: BaseException) -> None:
    """Raises the store's state said to a person in place of the driver's error, if it is one."""
    said = classified(error)
    if said is not None and said is not error:
        raise said from error


def one_action(engine: Engine, *, immediate: bool = False, durable: bool = False) -> UnitOfWork:
    """The unit of work of one user's action, the one way a view (on its store handle's engine)
    or a command (on its store's) opens one: the services it is passed to run in its one
    transaction, committed as it closes (``action=True``), by the person acting through
    ``engine`` (services/kernel/actor.py ``acting_as``), whom it carries."""
    actor = engine.get_execution_options().get(ACTOR_KEY)
    return UnitOfWork(engine, immediate=immediate, durable=durable, actor=actor, action=True)
