"""A judgement opens no transaction of its own: it runs in the action's (issue 19)."""

from __future__ import annotations

from s321_desk.services.admin.users import sign_in
from s321_desk.store.uow import one_action
from tests.one_action import Loaded, begins
from tests.services.papers import test_printing as papers

loaded, packed = papers.loaded, papers.packed  # three parcels on a truck, decided (fixtures)


def test_a_judgement_runs_in_the_transaction_of_the_action_that_asks_it(loaded: Loaded) -> None:
    """The engine judges within the caller's unit of work: taking a parcel off a truck judges
    its day and the truck's again, and opens no transaction of its own."""
    store, codes, trip = loaded
    from s321_desk.services.kernel.actor import acting_as
    from s321_desk.services.loads.trips import remove_parcels

    with one_action(store.engine, immediate=True) as action:
        engine = acting_as(store.engine, sign_in(action, "Dee Driver", "7777"))
    with begins() as count, one_action(engine, immediate=True) as uow:
        view = remove_parcels(uow, trip, [codes[0]])
    assert count == [1] and codes[0] not in view.parcels
