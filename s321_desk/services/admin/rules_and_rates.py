"""The compliance lead's levers: FX rates to USD, and pinning the rules "as of" an instant."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import cache

from sqlmodel import Session

from s321_desk.domain.fx import FxRate as Rate
from s321_desk.domain.fx import FxTable
from s321_desk.domain.money import parse_currency
from s321_desk.domain.rules import RuleBook, RuleDataError, load_rulebook
from s321_desk.domain.texts import Text, translate
from s321_desk.paths import resource
from s321_desk.services.admin.settings import get_setting, set_setting
from s321_desk.services.admin.users import Person
from s321_desk.services.kernel import access, audit
from s321_desk.services.kernel.errors import UserError
from s321_desk.services.kernel.given import given
from s321_desk.store.models import AuditEntry, FxRate, utcnow
from s321_desk.store.repositories import admin as stored
from s321_desk.store.repositories.judging import unsealed_days
from s321_desk.store.uow import Work, within


@cache
def shipped_rulebook() -> RuleBook:
    """The rule data shipped in resources/rules (read once per process)."""
    return load_rulebook(resource("rules"))


@dataclass(frozen=True)
class Rejudged:
    """What a change of the rules or of a rate did to the stored verdicts, at once."""

    changed: tuple[str, ...] = ()  # parcels whose verdict changed
    sealed: tuple[str, ...] = ()  # parcels on sealed trucks it would have changed: told

    def sentence(self) -> str:
        return str(
            translate(
                "RulesAdmin",
                "{changed} parcel(s) judged again with a new verdict; {sealed} on sealed "
                "trucks would have changed (a supervisor is told).",
            ).format(changed=len(self.changed), sealed=len(self.sealed))
        )


@dataclass(frozen=True)
class RulesStatus:
    regime: str  # in force for a crossing now (under the pin, if any)
    regime_basis: str
    pinned_as_of: datetime | None
    pin_reason: str | None
    version: str
    rejudged: Rejudged | None = None  # after a pin or an unpin

    def sentence(self) -> str:
        values = {"version": self.version, "regime": self.regime, "basis": self.regime_basis}
        if not self.pinned_as_of:
            text = translate("RulesAdmin", "Rules {version}: regime {regime} ({basis}).")
            return str(text.format(**values))
        pinned = translate(
            "RulesAdmin",
            "Rules {version}: regime {regime} ({basis}); PINNED as of {as_of} ({reason}).",
        )
        return str(
            pinned.format(**values, as_of=self.pinned_as_of.isoformat(), reason=self.pin_reason)
        )


def pinned_as_of(session: Session) -> datetime | None:
    value = get_setting(session, "rules_as_of")
    return datetime.fromisoformat(value) if value else None


def rules_status(work: Work, now: datetime) -> RulesStatus:
    book = shipped_rulebook()
    with within(work) as uow:
        pin = pinned_as_of(uow.session)
        reason = get_setting(uow.session, "rules_pin_reason")
    rules = book.in_force(pin or now)
    return RulesStatus(rules.regime, rules.regime_basis, pin, reason, book.version)


def check_pin_instant(instant: datetime) -> None:
    """Refuse an instant without its UTC offset, or one the shipped rule data does not cover."""
    if instant.tzinfo is None:
        raise UserError(
            translate("RulesAdmin", "{instant}: give the instant with its UTC offset").format(
                instant=instant.isoformat()
            )
        )
    try:
        shipped_rulebook().in_force(instant)
    except RuleDataError as error:
        raise UserError(error.args[0]) from None  # a Text: said in the desk's language


def pin_rules(
    work: Work,
    instant: datetime | None,
    reason: str,
    *,
    by: Person | None = None,
    now: datetime | None = None,
) -> RulesStatus:
    """Pin (or, with None, unpin) the rules; the reason goes to the audit log. Every parcel not
    on a sealed truck is judged again at once under the rules now in force, in the same
    transaction; the parcels of trucks sealed to arrive from a day before ``now`` on are
    checked against their filing (the older ones crossed long ago: history, not touched).

    ``by`` (else the person acting through the engine) must be a supervisor, and is recorded."""
    if not reason.strip():
        raise UserError(
            translate(
                "RulesAdmin", "pinning or unpinning the rules needs a reason (it is audited)"
            ),
            field="reason",
        )
    reason = given(reason, AuditEntry, "reason", lines=True)
    if instant is not None:
        check_pin_instant(instant)
    with within(work, immediate=True) as uow:
        actor = access.require(uow.session, access.PINNING_RULES, by)
        before = get_setting(uow.session, "rules_as_of")
        set_setting(uow.session, "rules_as_of", instant.isoformat() if instant else None)
        set_setting(uow.session, "rules_pin_reason", reason if instant else None)
        audit.record(
            uow.session,
            "rules.pin" if instant else "rules.unpin",
            entity_type="settings",
            entity_id="rules_as_of",
            reason=reason,
            user_id=actor.id if actor else None,
            details={"before": before, "after": instant.isoformat() if instant else None},
        )
        action = "rules.pin" if instant else "rules.unpin"
        rejudged = _rejudge_open_days(
            uow.session, action, instant.isoformat() if instant else "", now
        )
        status = rules_status(uow, utcnow())  # as written, before the commit
        uow.commit()
    return replace(status, rejudged=rejudged)


def _rejudge_open_days(
    session: Session,
    action: str,
    entity: str,
    now: datetime | None,
    since: date = date.min,
    until: date = date.max,
) -> Rejudged:
    """Judge again every person-day of [since, until) with a parcel not on a sealed truck, or
    on a truck sealed to arrive from a day before ``now`` on."""
    # The verdicts' service reads the pin and the rule data from here: imported when used.
    from s321_desk.services.judging.verdicts import Cause, rejudge

    sealed_since = (now or utcnow()) - timedelta(days=1)
    days = unsealed_days(session.connection(), sealed_since=sealed_since, since=since, until=until)
    judgement = rejudge(session, days=days, cause=Cause(action, entity))
    codes = stored.parcel_codes(session, judgement.changed)
    return Rejudged(
        tuple(codes[i] for i in judgement.changed),
        tuple(c.parcel_id for c in judgement.conflicts),
    )


def fx_table(session: Session) -> FxTable:
    rows = stored.fx_rates(session)
    return FxTable(Rate(r.currency, r.valid_from, r.rate_to_usd, r.source) for r in rows)


def check_fx_rate(currency: str, rate_text: str) -> tuple[str, Decimal]:
    """The currency's code and the rate, or a UserError naming "currency" or "rate" first (as
    it is: the rules settings read it to say the reason, in the desk's language, under its
    field)."""
    try:
        code = parse_currency(currency)
    except ValueError as error:
        raise _refused("currency", error.args[0]) from None
    if code == "USD":
        raise _refused("currency", translate("RulesAdmin", "USD needs no rate"))
    try:
        rate = Decimal(rate_text)
    except ArithmeticError:
        raise _refused(
            "rate", translate("RulesAdmin", "{rate} is not a number").format(rate=repr(rate_text))
        ) from None
    if not rate.is_finite() or rate <= 0 or rate > 100_000:
        raise _refused(
            "rate",
            translate("RulesAdmin", "{rate} is not a plausible rate to USD").format(
                rate=repr(rate_text)
            ),
        )
    return code, rate


def _refused(field: str, reason: str | Text) -> UserError:
    return UserError(Text("", "{field}: {reason}").format(field=field, reason=reason))


@dataclass(frozen=True, slots=True)
class EnteredRate(Rate):
    """A rate entered, and what it did to the verdicts of the days it is in force."""

    rejudged: Rejudged = Rejudged()


def set_fx_rate(
    work: Work,
    currency: str,
    rate_text: str,
    valid_from: date,
    source: str,
    *,
    by: Person | None = None,
    now: datetime | None = None,
) -> EnteredRate:
    """Enter the rate to USD in force from ``valid_from`` (replacing one of the same date);
    ``by`` (else the person acting through the engine) must be a supervisor, and is recorded.
    The parcels of the days it is in force (until the currency's next rate) are judged again at
    once, as on a pin (``pin_rules``)."""
    code, rate = check_fx_rate(currency, rate_text)
    source = given(source, FxRate, "source")
    with within(work, immediate=True) as uow:
        actor = access.require(uow.session, access.ENTERING_FX, by)
        row = stored.fx_rate(uow.session, code, valid_from)
        before = None if row is None else format(row.rate_to_usd, "f")
        row = row or FxRate(currency=code, valid_from=valid_from, rate_to_usd=rate)
        row.rate_to_usd, row.source, row.entered_at = rate, source, utcnow()
        uow.session.add(row)
        audit.record(
            uow.session,
            "fx.set",
            entity_type="fx_rate",
            entity_id=f"{code}@{valid_from}",
            user_id=actor.id if actor else None,
            details={"before": before, "after": format(rate, "f"), "source": source},
        )
        uow.session.flush()
        until = stored.next_fx_rate_from(uow.session, code, valid_from)
        rejudged = _rejudge_open_days(
            uow.session,
            "fx.set",
            f"{code}@{valid_from}",
            now,
            since=valid_from,
            until=until or date.max,
        )
        uow.commit()
    return EnteredRate(code, valid_from, rate, source, rejudged)


def list_fx_rates(work: Work) -> list[Rate]:
    with within(work) as uow:
        rows = stored.fx_rates(uow.session)
        return [Rate(r.currency, r.valid_from, r.rate_to_usd, r.source) for r in rows]
