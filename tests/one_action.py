"""Counting the transactions of one user's action (issue 19: one action, one transaction):
the BEGINs sent on any engine by a listener, and the command line's own before a command.

The command line's count holds the store's opening (its checks, the PIN keys) and, for most
commands given ``--user``, that person's sign-in, each a transaction of its own before the
command's action: the tests measure both and take the action as what is left. The
administrator's PIN commands (settings, fx, rules, user add) check the PIN inside their one
action."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, event

from s321_desk import cli
from s321_desk.cli import main
from s321_desk.services.admin.users import sign_in
from s321_desk.store.database import Store
from s321_desk.store.uow import one_action
from tests.conftest import store_args, target_of

Loaded = tuple[Store, list[str], str]  # the store, its parcel ids, the trip


@contextmanager
def begins() -> Iterator[list[int]]:
    """The transactions begun on any engine while the block runs (a list of one count)."""
    count = [0]

    def on_begin(_connection: Any) -> None:
        count[0] += 1

    event.listen(Engine, "begin", on_begin)
    try:
        yield count
    finally:
        event.remove(Engine, "begin", on_begin)


def opening(store: Store) -> int:
    """The command line's transactions before any command: the store opened and checked."""
    with begins() as count:
        cli._open(target_of(store)).dispose()
    return count[0]


def command(store: Store, *words: str, pin: str | None = None) -> int:
    """A command's BEGINs, its store's opening included; it must succeed."""
    if pin is not None:
        os.environ["S321_PIN"] = pin
    try:
        with begins() as count:
            assert main([*store_args(store), *words]) == 0
    finally:
        os.environ.pop("S321_PIN", None)
    return count[0]


def signing_in(store: Store, who: str, pin: str) -> int:
    """A sign-in's transactions (the command line's ``--user``, before the command)."""
    with begins() as count:
        with one_action(store.engine, immediate=True) as uow:
            sign_in(uow, who, pin)
    return count[0]
