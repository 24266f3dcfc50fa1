"""A truck's action is one transaction: a parcel put on or taken off, the seal with its PIN
(issue 19), on the command line."""

from __future__ import annotations

from tests.crew_records import give_prior_notices
from tests.one_action import Loaded, command, opening, signing_in
from tests.services.papers import test_printing as papers

loaded, packed = papers.loaded, papers.packed  # three parcels on a truck, decided (fixtures)


def test_loading_and_sealing_on_the_command_line_are_one_transaction_each(
    loaded: Loaded,
) -> None:
    store, codes, trip = loaded
    before, signed = opening(store), signing_in(store, "Dee Driver", "7777")
    assert signed == 1
    driver = ("--user", "Dee Driver")
    removed = command(store, "load", "remove", trip, codes[0], *driver, pin="7777")
    assert removed - before - signed == 1  # two before: the write, then the trip read again
    added = command(store, "load", "add", trip, codes[0], *driver, pin="7777")
    assert added - before - signed == 1
    give_prior_notices(store.engine, trip)
    # The seal signs with its own PIN: the check and the seal are one transaction (three).
    sealed = command(store, "load", "close", trip, "--seal", "SEAL-1", *driver, pin="7777")
    assert sealed - before == 1
