"""The desk's one handle on its store, made once at the start: the store acting as the person
signed in, on which each user action opens its unit of work, and the change watch."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from s321_desk.services.kernel.actor import ACTOR_OPTION, Actor, acting_as
from s321_desk.store.changes import ChangeWatch, watch_changes
from s321_desk.store.database import Store


class StoreHandle:
    """``StoreHandle(store)``: what the window and its views are given instead of an engine.

    ``engine`` is the store acting as whoever is signed in at the station (``actor``, which
    the window changes as people sign in and out): a view opens each action's unit of work
    on it, ``one_action(handle.engine)`` (store/uow.py), as a command does on its store's.
    ``watch()`` is a change watch on the store.
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

    def watch(self) -> ChangeWatch:
        return watch_changes(self.store.engine)
