"""The evaluation of one parcel (RULES.md section 4): its codes, its route, its eligibility."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from s321_desk.domain.codes import DE_MINIMIS_ROUTES, SEVERITY_ORDER, Regime, Route, Severity
from s321_desk.domain.destinations import destination
from s321_desk.domain.findings import AGENCIES, Code, Finding, finding
from s321_desk.domain.parcels import Context, Line, OtherParcel, ParcelCase
from s321_desk.domain.recipients import Recipient, Relation, relation_given_splits
from s321_desk.domain.rules import RuleBook, RulesInForce
from s321_desk.domain.texts import Text, translate

CENT = Decimal("0.01")
ONE = Decimal(1)


@dataclass(frozen=True, slots=True)
class Verdict:
    route: Route
    eligible_321: bool
    consignment_value_usd: Decimal  # this parcel + the same person's parcels on this truck
    parcel_value_usd: Decimal
    regime: Regime
    rules_version: str
    rules_as_of: datetime | None  # the pin, when an administrator set one
    findings: tuple[Finding, ...]
    fx_used: Mapping[str, Decimal] = field(default_factory=dict)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(finding.code for finding in self.findings)

    @property
    def held(self) -> bool:
        return self.route is Route.HOLD


def usd(amount: Decimal) -> str:
    """``$1,234.50``."""
    return f"${amount:,.2f}"


def round_cents(amount: Decimal) -> Decimal:
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def parcel_value_usd(lines: tuple[Line, ...], fx: Mapping[str, Decimal]) -> Decimal:
    """Each line converted at full precision, summed, then rounded half-up to cents.

    A line whose currency has no rate counts for nothing here (the parcel is held for it).
    """
    total = Decimal(0)
    for line in lines:
        rate = ONE if line.currency == "USD" else fx.get(line.currency)
        if rate is not None:
            total += line.value * rate
    return round_cents(total)


def evaluate(
    parcel: ParcelCase,
    context: Context,
    crossing: datetime,
    rulebook: RuleBook,
    fx: Mapping[str, Decimal],
    rules_as_of: datetime | None = None,
) -> Verdict:
    """Decide the route of ``parcel`` crossing at ``crossing`` (its planned US arrival)."""
    rules = rulebook.in_force(rules_as_of or crossing)
    found = _Findings(parcel.recipient)
    lines = parcel.lines
    who, who_where = found.who, found.who_where

    # 1. Destination, data and restrictions: any of these holds the parcel.
    outside = destination(parcel.recipient.country, parcel.recipient.state)
    if outside is not None:
        found.add(finding(Code.NOT_US_DESTINATION, who=who, place=outside))
    _data_and_restrictions(found, lines, rules, fx, crossing)
    hold = found.any_hold

    # 2. Always, whatever the regime.
    parcel_usd = parcel_value_usd(lines, fx)
    adcvd = [line for line in lines if "ADCVD" in line.flags]
    if adcvd:
        found.add(finding(Code.ADCVD, items=_items(adcvd)))
    agencies = sorted({f for line in lines if line.hts for f in line.flags if f in AGENCIES})
    for flag in agencies:
        regulated = [line for line in lines if line.hts and flag in line.flags]
        found.add(finding(flag, items=_items(regulated)))
    if rules.regime == Regime.SUSPENDED:
        found.add(finding(Code.DE_MINIMIS_SUSPENDED))
    elif rules.regime == Regime.REPEALED:
        found.add(finding(Code.DE_MINIMIS_REPEALED))
    advisory = rules.overweight_advisory_kg
    if parcel.weight_kg is not None and parcel.weight_kg > advisory:
        found.add(finding(Code.OVERWEIGHT_ADVISORY, weight=parcel.weight_kg, advisory=advisory))
    truck = _Neighbours(parcel.recipient, context.same_truck, context.split_names)
    consignment = parcel_usd + sum((p.value_usd for p in truck.same_person), Decimal(0))
    if truck.same_person:
        count = len(truck.same_person) + 1
        found.add(
            finding(
                Code.CONVEYANCE_CONSIGNEE_AGGREGATE, who=who, count=count, value=usd(consignment)
            )
        )
    found.relations(truck, earlier=False)

    # 3. Only while de minimis is in force, for a parcel that can ship.
    eligible = False
    if rules.regime == Regime.ACTIVE and not hold:
        earlier = _Neighbours(parcel.recipient, context.earlier_same_day, context.split_names)
        if truck.same_person or earlier.same_person:
            # The other parcels are named, never placed on a truck the desk may not have yet.
            named = ", ".join(p.label for p in earlier.same_person if p.label)
            case = "on this truck" if truck.same_person else "named" if named else None
            found.add(
                finding(Code.RECIPIENT_DAY_SECOND_SHIPMENT, case, who=who_where, parcels=named)
            )
        found.relations(earlier, earlier=True)
        earlier_de_minimis = sum(
            (p.value_usd for p in earlier.same_person if p.route in DE_MINIMIS_ROUTES), Decimal(0)
        )
        filed = _Neighbours(parcel.recipient, context.filed_later, context.split_names)
        parcels_today = (
            1 + len(truck.same_person) + len(earlier.same_person) + len(filed.same_person)
        )
        filed_de_minimis = sum(
            (p.value_usd for p in filed.same_person if p.route in DE_MINIMIS_ROUTES), Decimal(0)
        )
        excluded = [line for line in lines if line.origin in rules.excluded_origins]
        if excluded:
            origins = ", ".join(sorted({str(line.origin) for line in excluded}))
            found.add(finding(Code.ORIGIN_INELIGIBLE, items=_items(excluded), origins=origins))
        limit = rules.de_minimis_usd
        day_total = earlier_de_minimis + filed_de_minimis + consignment
        if parcel_usd > limit:
            found.add(
                finding(Code.VALUE_OVER_LIMIT, who=who, value=usd(parcel_usd), limit=usd(limit))
            )
        elif day_total > limit:
            filed_first = filed_de_minimis and day_total - filed_de_minimis <= limit
            found.add(
                finding(
                    Code.RECIPIENT_DAY_AGGREGATE,
                    "filed later" if filed_first else None,
                    who=who_where,
                    value=usd(day_total),
                    limit=usd(limit),
                    count=parcels_today,
                )
            )
        order_total = parcel_usd + sum((p.value_usd for p in context.same_order), Decimal(0))
        if context.same_order and order_total > limit:
            found.add(
                finding(
                    Code.SPLIT_SHIPMENT,
                    None if parcel.order else "no order",
                    order=parcel.order or "",
                    count=len(context.same_order) + 1,
                    value=usd(order_total),
                    limit=usd(limit),
                )
            )
        eligible = not adcvd and not excluded and day_total <= limit

    # 4. The route: the first that applies.
    if hold:
        route = Route.HOLD
    elif adcvd:
        route = Route.T03
    elif eligible and agencies:
        route = Route.ET86
    elif eligible:
        route = Route.S321_MANIFEST
    elif consignment <= rules.informal_entry_usd:
        route = Route.T11
    else:
        route = Route.T01
        informal = usd(rules.informal_entry_usd)
        found.add(finding(Code.INFORMAL_LIMIT_EXCEEDED, value=usd(consignment), limit=informal))
    return Verdict(
        route=route,
        eligible_321=eligible and route in DE_MINIMIS_ROUTES,
        consignment_value_usd=consignment,
        parcel_value_usd=parcel_usd,
        regime=rules.regime,
        rules_version=rulebook.version,
        rules_as_of=rules_as_of,
        findings=found.sorted(),
        fx_used={line.currency: fx[line.currency] for line in lines if line.currency in fx},
    )


def _data_and_restrictions(
    found: _Findings,
    lines: tuple[Line, ...],
    rules: RulesInForce,
    fx: Mapping[str, Decimal],
    crossing: datetime,
) -> None:
    no_hts = [line for line in lines if not line.hts]
    if no_hts:
        found.add(finding(Code.MISSING_HTS, items=_items(no_hts)))
    no_origin = [line for line in lines if not line.origin]
    if no_origin:
        found.add(finding(Code.MISSING_ORIGIN, items=_items(no_origin)))
    no_rate = sorted({line.currency for line in lines if line.currency != "USD"} - set(fx))
    if no_rate:
        day = crossing.date().isoformat()
        found.add(finding(Code.MISSING_FX_RATE, currencies=", ".join(no_rate), day=day))
    for restriction in rules.restrictions:
        matched = [line for line in lines if restriction.applies(line.hts, line.flags)]
        if matched:
            # ``kind`` (alcohol...), which no sentence says, stays among the values stored with
            # the verdict, so that verdicts stored before compare equal to a judgement now.
            kind = restriction.code.removeprefix("RESTRICTED_").lower()
            found.add(finding(restriction.code, items=_items(matched), kind=kind))


# The same pairs of recipients come back in every judgement of a person-day (each parcel against
# the others, on each close of the day): their relation, a pure function, is computed once.
_relation = lru_cache(maxsize=8192)(relation_given_splits)


def forget_relations() -> None:
    """Empty the cache of relations (a benchmark measures a judgement without it)."""
    _relation.cache_clear()


class _Neighbours:
    """The parcels around this one, sorted by how their recipient relates to ours."""

    def __init__(
        self,
        recipient: Recipient,
        others: tuple[OtherParcel, ...],
        split_names: frozenset[frozenset[str]] = frozenset(),
    ) -> None:
        self.same_person: list[OtherParcel] = []
        self.variants: list[Recipient] = []
        self.same_address: list[Recipient] = []
        for other in others:
            if other.recipient is None:
                continue
            kind = _relation(recipient, other.recipient, split_names)
            if kind is Relation.SAME_PERSON or kind is Relation.SAME_PERSON_NAME_VARIANT:
                self.same_person.append(other)
                if kind is Relation.SAME_PERSON_NAME_VARIANT:
                    self.variants.append(other.recipient)
            elif kind is Relation.SAME_ADDRESS_OTHER_PERSON:
                self.same_address.append(other.recipient)


class _Findings:
    def __init__(self, recipient: Recipient) -> None:
        self.recipient = recipient
        name = recipient.name.strip()
        self.who = Text.plain(name) if name else translate("Compliance", "this recipient")
        street = recipient.address1.strip()
        self.who_where = (
            Text("", "{who}, {street}").format(who=self.who, street=street) if street else self.who
        )
        self._found: dict[str, Finding] = {}

    def add(self, found: Finding) -> None:
        if found.code not in self._found:  # the first reason given for a code stands
            self._found[found.code] = found

    def relations(self, neighbours: _Neighbours, *, earlier: bool) -> None:
        """The name variants and other people at the address among ``neighbours``: the person's
        other parcels of the day (each side of a pair says the same of the other: neither is
        called earlier, a parcel crossing at the same time is among them), or those on this
        truck."""
        case = "another parcel today" if earlier else None
        street = self.recipient.address1
        if neighbours.variants:
            names = _names(neighbours.variants)
            self.add(
                finding(Code.RECIPIENT_NAME_VARIANT, case, who=self.who, names=names, street=street)
            )
        if neighbours.same_address:
            names = _names(neighbours.same_address)
            self.add(
                finding(
                    Code.SAME_ADDRESS_DIFFERENT_RECIPIENT,
                    case,
                    who=self.who,
                    names=names,
                    street=street,
                )
            )

    @property
    def any_hold(self) -> bool:
        return any(finding.severity is Severity.HOLD for finding in self._found.values())

    def sorted(self) -> tuple[Finding, ...]:
        return tuple(
            sorted(self._found.values(), key=lambda f: (SEVERITY_ORDER[f.severity], f.code))
        )


def _items(lines: list[Line]) -> Text:
    return _first_three([f"'{line.description}'" for line in lines])


def _names(recipients: list[Recipient]) -> Text:
    return _first_three(list(dict.fromkeys(r.name.strip() for r in recipients)))


def _first_three(names: list[str]) -> Text:
    """``'a', 'b', 'c' and 2 more``."""
    shown = Text.plain(", ".join(names[:3]))
    if len(names) <= 3:
        return shown
    return translate("Compliance", "{names} and {count} more").format(
        names=shown, count=len(names) - 3
    )
