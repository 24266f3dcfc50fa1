"""The desk's one handle on its store, made once at the start: it opens the unit of work of each
user action, as the person signed in, and gives the change watch."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from s321_desk.services.kernel.actor import ACTOR_OPTION, Actor, acting_as
from s321_desk.store.changes import ChangeWatch, watch_changes
from s321_desk.store.database import Store
from s321_desk.store.uow import UnitOfWork


class StoreHandle:
    """``StoreHandle(store)``: what the window and its views are given instead of an engine.

    ``work()`` opens the unit of work of one action (``immediate=True`` for a write that must
    see and change the store without another station in between, ``durable=True`` for one
    that produces paper), its writes done by whoever is signed in at the station
    (``actor``, which the window changes as people sign in and out). ``watch()`` is a change
    watch on the store. ``engine`` is the same store acting as the same person, for the
    callers that still open their own units of work.
    """

    def __init__(self, store: Store, actor: Actor | None = None) -> None:
        self.store = store
        # Who acts: the one given, else (as an Actor of the handle's own, which the desk's
        # sign-in changes) the person the store's engine already acts as, a command's --user,
        # else nobody yet.
        acting = store.engine.get_execution_options().get(ACTOR_OPTION)
        self.actor = actor or Actor(acting.person if isinstance(acting, Actor) else None)
        self.engine: Engine = acting_as(store.engine, self.actor)

    @property
    def where(self) -> Path | str:
        """The store as its user knows it: the SQLite file, or the database's label."""
        return self.store.path or self.store.label

    def work(self, *, immediate: bool = False, durable: bool = False) -> UnitOfWork:
        return UnitOfWork(self.engine, immediate=immediate, durable=durable, actor=self.actor)

    def watch(self) -> ChangeWatch:
        return watch_changes(self.store.engine)
