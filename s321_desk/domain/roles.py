"""Who may do what at the desk: the roles, what each one holds, what a write needs and the role
each of a supervisor's decisions needs. Pure: the services ask it (``services/admin/users.py``
for a person's rights, ``services/kernel/access.py`` for a write, ``services/supervision/
decisions.py`` and ``services/packing/pack.py`` for a decision or a count signed with a PIN).

Packers pack, load the day's orders and print a parcel's papers; drivers load and seal trucks
and print their papers; supervisors also decide (every ``DecisionAction``), count a line with
nothing to scan, pin the rules, enter FX rates, import the catalog, export and back up;
administrators hold every role, and alone change settings and users and restore. A packer may
not decide, a driver may not pack, and nobody but an administrator changes the settings.
"""

from __future__ import annotations

from collections.abc import Iterable

from s321_desk.domain.codes import DecisionAction

PACKER, SUPERVISOR, DRIVER, ADMIN = "packer", "supervisor", "driver", "admin"
ROLES = (PACKER, SUPERVISOR, DRIVER, ADMIN)

# What each role holds: an admin can do what anyone can; a supervisor what a packer can.
GRANTS: dict[str, frozenset[str]] = {
    PACKER: frozenset({PACKER}),
    DRIVER: frozenset({DRIVER}),
    SUPERVISOR: frozenset({SUPERVISOR, PACKER}),
    ADMIN: frozenset({ADMIN, SUPERVISOR, PACKER, DRIVER}),
}

# The roles a write needs (one of them suffices), as ``services/kernel/access.py`` names them.
PACK = PACKER
TRUCK = f"{DRIVER}|{SUPERVISOR}"
PAPERS = f"{PACKER}|{DRIVER}"  # anyone who signs in: printing a paper is on the record
SUPERVISE = SUPERVISOR
ADMINISTER = ADMIN

# The role each decision on a parcel needs (signed with a name and a PIN, and a reason).
DECIDED_BY: dict[DecisionAction, str] = {
    DecisionAction.ACCEPT_ROUTE: SUPERVISOR,
    DecisionAction.ACKNOWLEDGE: SUPERVISOR,
    DecisionAction.DEFER: SUPERVISOR,
    DecisionAction.CONSOLIDATE: SUPERVISOR,
    DecisionAction.SPLIT: SUPERVISOR,
    DecisionAction.HOLD: SUPERVISOR,
    DecisionAction.RELEASE: SUPERVISOR,
    DecisionAction.VOID: SUPERVISOR,
    DecisionAction.REPRINT: SUPERVISOR,
}
# A line with nothing to scan counted by hand: a supervisor signs the count.
COUNTED_BY = SUPERVISOR
# A parcel closed with items missing, confirmed at the station's second F12: a supervisor signs.
SHORT_CONFIRMED_BY = SUPERVISOR


def may(role: str, needed: str) -> bool:
    """A person of ``role`` holds ``needed`` (an unknown role holds nothing)."""
    return needed in GRANTS.get(role, frozenset())


def may_any(role: str, needed: Iterable[str]) -> bool:
    """A person of ``role`` holds one of the roles ``needed``."""
    return any(may(role, one) for one in needed)


def role_to_decide(action: DecisionAction | str) -> str:
    """The role a decision needs; raises ValueError for a word that is no decision."""
    return DECIDED_BY[DecisionAction(action)]


def may_decide(role: str, action: DecisionAction | str) -> bool:
    return may(role, role_to_decide(action))
