"""Who may take which decision, and what each role holds: the domain's table, read as a
supervisor would check it."""

from __future__ import annotations

import pytest

from s321_desk.domain.codes import DecisionAction
from s321_desk.domain.roles import (
    DECIDED_BY,
    GRANTS,
    ROLES,
    may,
    may_any,
    may_decide,
    role_to_decide,
)

# The whole table, written out: who may take each decision (a change to it is a change of the
# desk's rules, and this list changes with it).
WHO_DECIDES = {
    "packer": set(),
    "driver": set(),
    "supervisor": set(DecisionAction),
    "admin": set(DecisionAction),
}


def test_every_decision_has_its_role_and_no_other_word_is_one() -> None:
    assert set(DECIDED_BY) == set(DecisionAction)
    assert all(role in ROLES for role in DECIDED_BY.values())
    with pytest.raises(ValueError):
        role_to_decide("ship-anyway")


@pytest.mark.parametrize("role", ROLES)
def test_who_may_take_which_decision(role: str) -> None:
    allowed = {action for action in DecisionAction if may_decide(role, action)}
    assert allowed == WHO_DECIDES[role]
    assert {a for a in DecisionAction if may_decide(role, a.value)} == allowed  # the stored word


def test_what_each_role_holds() -> None:
    assert set(GRANTS) == set(ROLES)
    assert all(role in GRANTS[role] for role in ROLES)  # everyone holds their own role
    assert GRANTS["admin"] == frozenset(ROLES)  # an admin holds every role
    assert may("supervisor", "packer") and not may("packer", "supervisor")
    assert not may("driver", "packer") and not may("packer", "driver")  # a driver does not pack
    assert [r for r in ROLES if may(r, "admin")] == ["admin"]  # settings: an admin alone
    assert not may("nobody", "packer")  # a role the desk does not know holds nothing
    assert may_any("driver", ["driver", "supervisor"]) and not may_any("packer", ["driver"])
