"""Who writes: every write names a person with the role it needs, on the desk and on the command
line alike.

The person acting rides on the engine a caller writes through: ``acting_as(engine, person)``
(the command line, once ``--user`` has signed in with the PIN) or ``acting_as(engine,
actor)`` with an ``Actor`` that follows who is signed in at the station (the desk). A write
service asks ``require(session, role, what)`` inside its unit of work: the person, read again
from the store (deactivated or demoted since signing in counts), must hold the role; the audit
line the write adds names them (``audit.record`` reads them from the session). A store
without any user yet works as before, with nobody, until its first administrator exists.

What each role may do: packers pack, load the day's orders and print a parcel's papers;
drivers load and seal trucks and print their papers; supervisors also decide, pin the rules,
enter FX rates, import the catalog, export and back up; administrators also change settings,
users and restore (``domain/roles.py``).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from s321_desk.domain.roles import ADMINISTER, PACK, PAPERS, SUPERVISE, TRUCK
from s321_desk.domain.texts import Text, translate
from s321_desk.services.admin.users import AccessRefused, Person, acting, role_word
from s321_desk.services.kernel.actor import Actor, acting_as, actor_of
from s321_desk.services.kernel.errors import UserError
from s321_desk.store.engine import DAMAGED_OPTION
from s321_desk.store.repositories import kernel as stored
from s321_desk.store.uow import Work, within

__all__ = ["Actor", "SignInNeeded", "acting_as", "actor_of", "require"]

# The roles a write needs (one of them suffices; an admin holds every one): domain/roles.py.


@dataclass(frozen=True)
class Need:
    """What a write is (said in refusals) and the roles that may do it."""

    roles: str
    what: Text


PACKING = Need(PACK, translate("Access", "packing"))
IMPORTING_ORDERS = Need(PACK, translate("Access", "importing orders"))
PRINTING = Need(PAPERS, translate("Access", "printing a paper"))
LOADING = Need(TRUCK, translate("Access", "loading a truck"))
EXPORTING_EMANIFEST = Need(TRUCK, translate("Access", "exporting the e-manifest"))
EXPORTING = Need(SUPERVISE, translate("Access", "exporting records"))
IMPORTING_CATALOG = Need(SUPERVISE, translate("Access", "importing the catalog"))
PINNING_RULES = Need(SUPERVISE, translate("Access", "pinning the rules"))
ENTERING_FX = Need(SUPERVISE, translate("Access", "entering an FX rate"))
BACKING_UP = Need(SUPERVISE, translate("Access", "a backup"))
CHANGING_SETTINGS = Need(ADMINISTER, translate("Access", "changing settings"))
RESTORING = Need(ADMINISTER, translate("Access", "restoring a backup"))


class SignInNeeded(AccessRefused):
    """A write on a store with users, and nobody signed in (``--user`` not given)."""

    def __init__(self, message: Text, need: Need) -> None:
        super().__init__(message)
        self.need = need

    def who_needed(self) -> Text:
        """``pinning the rules needs a supervisor``: the refusal without its advice."""
        return translate("Access", "{what} needs {roles}").format(
            what=self.need.what, roles=roles_text(self.need.roles.split("|"))
        )


def require(session: Session, need: Need, by: Person | None = None) -> Person | None:
    """The person acting (``by``, else the one acting through the session's engine), if they
    hold one of the roles ``need`` names, as the store knows them now; None on a store that
    has no user yet. Refuses (AccessRefused) anyone else."""
    damaged = session.get_bind().get_execution_options().get(DAMAGED_OPTION)
    if damaged is not None:  # a store failing its integrity check is read, never written
        raise UserError(damaged)
    person = by or actor_of(session)
    if not stored.has_users(session):
        return None
    what, wanted = need.what, need.roles.split("|")
    if person is None:
        raise SignInNeeded(
            translate("Access", "{what} needs {roles}: sign in first").format(
                what=what, roles=roles_text(wanted)
            ),
            need,
        )
    actor = acting(session, person)
    if not any(actor.may(role) for role in wanted):
        raise AccessRefused(
            translate("Access", "{what} needs {roles}; {name} is a {role}").format(
                what=what, roles=roles_text(wanted), name=actor.name, role=role_word(actor.role)
            )
        )
    return actor


def roles_text(roles: list[str]) -> Text:
    """``a supervisor``, ``a driver or a supervisor``, in the desk's language."""
    words = [_A_ROLE.get(role, Text.plain(role)) for role in roles]
    if len(words) == 1:
        return words[0]
    return translate("Access", "{one} or {other}").format(one=words[0], other=words[1])


_A_ROLE = {
    "admin": translate("Access", "an administrator"),
    "supervisor": translate("Access", "a supervisor"),
    "driver": translate("Access", "a driver"),
    "packer": translate("Access", "a packer"),
}


def check(work: Work, need: Need, by: Person | None = None) -> Person | None:
    """``require`` in a read of its own: a refusal before the work (a file parsed, a paper
    rendered or sent to a printer), the write checking again when it comes."""
    with within(work) as uow:
        return require(uow.session, need, by)
