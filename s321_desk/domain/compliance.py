"""The evaluation of one parcel (RULES.md section 4): its codes, its route, its eligibility."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

from s321_desk.domain.codes import (
    AGENCIES,
    DE_MINIMIS_ROUTES,
    SEVERITY,
    SEVERITY_ORDER,
    Route,
    Severity,
)
from s321_desk.domain.parcels import Context, Line, OtherParcel, Parcel
from s321_desk.domain.recipients import Recipient, Relation, relation_given_splits
from s321_desk.domain.rules import RuleBook, RulesInForce

CENT = Decimal("0.01")
ONE = Decimal(1)


@dataclass(frozen=True, slots=True)
class Finding:
    code: str
    severity: Severity
    message: str


@dataclass(frozen=True, slots=True)
class Verdict:
    route: Route
    eligible_321: bool
    consignment_value_usd: Decimal  # this parcel + the same person's parcels on this truck
    parcel_value_usd: Decimal
    regime: str
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
    parcel: Parcel,
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

    # 1. Data and restrictions: any of these holds the parcel.
    _data_and_restrictions(found, lines, rules, fx, crossing)
    hold = found.any_hold

    # 2. Always, whatever the regime.
    parcel_usd = parcel_value_usd(lines, fx)
    adcvd = [line for line in lines if "ADCVD" in line.flags]
    if adcvd:
        found.add(
            "ADCVD",
            f"{_items(adcvd)}: goods under an anti-dumping or countervailing duty "
            "order take a formal entry (type 03), never de minimis.",
        )
    agencies = sorted({f for line in lines if line.hts for f in line.flags if f in AGENCIES})
    for flag in agencies:
        regulated = [line for line in lines if line.hts and flag in line.flags]
        found.add(
            flag,
            f"{_items(regulated)}: regulated by {AGENCIES[flag]}; its data goes with the entry.",
        )
    if rules.regime == "SUSPENDED":
        found.add(
            "DE_MINIMIS_SUSPENDED",
            "De minimis is suspended for every country on this "
            "crossing date: the parcel needs a broker's entry.",
        )
    elif rules.regime == "REPEALED":
        found.add(
            "DE_MINIMIS_REPEALED",
            "De minimis is repealed for commercial shipments on this "
            "crossing date: the parcel needs a broker's entry.",
        )
    if parcel.weight_kg is not None and parcel.weight_kg > rules.overweight_advisory_kg:
        found.add(
            "OVERWEIGHT_ADVISORY",
            f"The parcel weighs {parcel.weight_kg} kg, over the "
            f"{rules.overweight_advisory_kg} kg advisory: check the carrier accepts it.",
        )
    truck = _Neighbours(parcel.recipient, context.same_truck, context.split_names)
    consignment = parcel_usd + sum((p.value_usd for p in truck.same_person), Decimal(0))
    if truck.same_person:
        found.add(
            "CONVEYANCE_CONSIGNEE_AGGREGATE",
            f"{found.who} has {len(truck.same_person) + 1} "
            f"parcels on this truck: one entry for all of them, together {usd(consignment)}.",
        )
    found.relations(truck, "on this truck")

    # 3. Only while de minimis is in force, for a parcel that can ship.
    eligible = False
    if rules.regime == "ACTIVE" and not hold:
        earlier = _Neighbours(parcel.recipient, context.earlier_same_day, context.split_names)
        if truck.same_person or earlier.same_person:
            where = "on this truck" if truck.same_person else "on an earlier truck"
            found.add(
                "RECIPIENT_DAY_SECOND_SHIPMENT",
                f"{found.who_where} already has a parcel today ({where}).",
            )
        found.relations(earlier, "earlier today")
        earlier_de_minimis = sum(
            (p.value_usd for p in earlier.same_person if p.route in DE_MINIMIS_ROUTES), Decimal(0)
        )
        excluded = [line for line in lines if line.origin in rules.excluded_origins]
        if excluded:
            origins = ", ".join(sorted({str(line.origin) for line in excluded}))
            found.add(
                "ORIGIN_INELIGIBLE",
                f"{_items(excluded)}: goods made in {origins} do not "
                "get de minimis on this crossing date.",
            )
        limit = rules.de_minimis_usd
        day_total = earlier_de_minimis + consignment
        if parcel_usd > limit:
            found.add(
                "VALUE_OVER_LIMIT",
                f"This parcel for {found.who} is worth {usd(parcel_usd)}, "
                f"over the {usd(limit)} de minimis limit.",
            )
        elif day_total > limit:
            found.add(
                "RECIPIENT_DAY_AGGREGATE",
                f"Second parcel today for {found.who_where}: "
                f"together {usd(day_total)} is over the {usd(limit)} de minimis limit.",
            )
        order_total = parcel_usd + sum((p.value_usd for p in context.same_order), Decimal(0))
        if context.same_order and order_total > limit:
            order = f"Order {parcel.order}" if parcel.order else "The order"
            found.add(
                "SPLIT_SHIPMENT",
                f"{order} is split over {len(context.same_order) + 1} "
                f"parcels worth {usd(order_total)} together, over {usd(limit)}: "
                "acknowledge to go on.",
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
        found.add(
            "INFORMAL_LIMIT_EXCEEDED",
            f"Together {usd(consignment)} is over the "
            f"{usd(rules.informal_entry_usd)} informal entry limit: formal entry (type 01).",
        )
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
        found.add(
            "MISSING_HTS",
            f"{_items(no_hts)}: no HTS number. Classify the item in the "
            "catalog before the parcel can ship.",
        )
    no_origin = [line for line in lines if not line.origin]
    if no_origin:
        found.add(
            "MISSING_ORIGIN",
            f"{_items(no_origin)}: no country of origin. Fill it in the "
            "catalog before the parcel can ship.",
        )
    no_rate = sorted({line.currency for line in lines if line.currency != "USD"} - set(fx))
    if no_rate:
        found.add(
            "MISSING_FX_RATE",
            f"No USD rate for {', '.join(no_rate)} on "
            f"{crossing.date().isoformat()}: an administrator must enter the CBP rate.",
        )
    for restriction in rules.restrictions:
        matched = [line for line in lines if restriction.applies(line.hts, line.flags)]
        if matched:
            kind = restriction.code.removeprefix("RESTRICTED_").lower()
            found.add(
                restriction.code,
                f"{_items(matched)}: {kind} cannot cross from this desk. "
                "Hold the parcel and call the compliance lead.",
            )


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
            kind = relation_given_splits(recipient, other.recipient, split_names)
            if kind is Relation.SAME_PERSON or kind is Relation.SAME_PERSON_NAME_VARIANT:
                self.same_person.append(other)
                if kind is Relation.SAME_PERSON_NAME_VARIANT:
                    self.variants.append(other.recipient)
            elif kind is Relation.SAME_ADDRESS_OTHER_PERSON:
                self.same_address.append(other.recipient)


class _Findings:
    def __init__(self, recipient: Recipient) -> None:
        self.recipient = recipient
        self.who = recipient.name.strip() or "this recipient"
        street = recipient.address1.strip()
        self.who_where = f"{self.who}, {street}" if street else self.who
        self._found: dict[str, Finding] = {}

    def add(self, code: str, message: str) -> None:
        if code not in self._found:  # the first reason given for a code stands
            self._found[code] = Finding(code, SEVERITY[code], message)

    def relations(self, neighbours: _Neighbours, when: str) -> None:
        if neighbours.variants:
            names = _names(neighbours.variants)
            self.add(
                "RECIPIENT_NAME_VARIANT",
                f"{self.who} and {names} ({when}) at "
                f"{self.recipient.address1} are taken as one person. Check, and split them "
                "if they are different people.",
            )
        if neighbours.same_address:
            names = _names(neighbours.same_address)
            self.add(
                "SAME_ADDRESS_DIFFERENT_RECIPIENT",
                f"{self.who} shares "
                f"{self.recipient.address1} with {names} ({when}): check that one order was "
                "not split between names to stay under a limit.",
            )

    @property
    def any_hold(self) -> bool:
        return any(finding.severity is Severity.HOLD for finding in self._found.values())

    def sorted(self) -> tuple[Finding, ...]:
        return tuple(
            sorted(self._found.values(), key=lambda f: (SEVERITY_ORDER[f.severity], f.code))
        )


def _items(lines: list[Line]) -> str:
    names = [f"'{line.description}'" for line in lines[:3]]
    more = f" and {len(lines) - 3} more" if len(lines) > 3 else ""
    return ", ".join(names) + more


def _names(recipients: list[Recipient]) -> str:
    unique = list(dict.fromkeys(r.name.strip() for r in recipients))
    return ", ".join(unique[:3]) + (f" and {len(unique) - 3} more" if len(unique) > 3 else "")
