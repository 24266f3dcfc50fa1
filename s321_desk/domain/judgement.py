"""Judging a person-day: one person's parcels of one US day, in crossing order, to a fixed point.

For the compliance lead. The engine (compliance.py, RULES.md section 4) judges one parcel
against the parcels around it. Which parcels those are, and in which order the parcels of a
day are judged, is decided here, so that a verdict never depends on the order in which things
happened at the desk (packs, voids, defers, consolidations, splits, loading, a rules pin, an
FX rate entered): the verdicts stored for a person-day are always those a judgement from
scratch gives.

What is judged together. Every parcel that counts (packed: closed, held or on a truck) with the
same delivery point (the recipient key) and the same US day. The engine then tells, parcel by
parcel, which of them are the same person (names, a supervisor's splits); the others at the
address give their warnings only. The parcels of the same order on other days bear on each
parcel by their value (SPLIT_SHIPMENT).

The order. Parcels are judged in the order they cross: by planned US arrival; at the same
instant a truck's parcels stay together (behind the truck's first packed parcel), and otherwise
the first packed crosses first. Each parcel is judged against:
- the same person's parcels on its truck: one consignment (their values added up);
- the parcels that cross before it ("earlier"), with the route each was given in this same
  judgement: only those released as de minimis (S321_MANIFEST, ET86) use the $800 allowance;
- a parcel crossing at the same instant on another truck, or on none yet, and packed after it
  ("same time"): it shows the second shipment and the names, but not its route, which is
  judged after (unless it is on a sealed truck: then its filed route counts);
- the parcels on sealed trucks that cross after it ("filed later"), as they were filed: a de
  minimis release already filed uses the person's allowance whichever truck crosses first;
- the other parcels of its order ("same order"), by their value.
A verdict therefore depends only on the verdicts before it in this order (and on values, which
depend on each parcel's own lines and rates alone). One pass in crossing order is the fixed
point: judging the day again, in any order of events, gives the same verdicts. The parcels a
verdict was judged against are stored with it, in this order (``parcels show`` names them).

Sealed trucks are facts. A parcel on a sealed truck is never judged into another route: its
route and value are taken as filed, by every parcel of its day. It is judged once more on the
side, as it would be if its truck were reopened ("would be"); when its route or its value
would differ from the filing (a parcel packed later for an earlier truck, a void, a rules pin,
a rate), the desk records it and asks a supervisor to look (the parcel crossed as filed); when
it agrees with the filing again, the request is withdrawn. Only reopening the truck lets its
parcels be judged again.

When it runs. Inside the one write transaction of whatever changed the day (the store's writer
lock: SQLite's BEGIN IMMEDIATE, PostgreSQL's advisory lock), so two stations cannot judge the
same day at once: closing a parcel, a supervisor's decision, loading and unloading, sealing and
reopening a truck judge the days they touch (and the other days of the orders in them); a
rules pin or unpin and an FX rate judge every unsealed parcel they touch, and check the
parcels of the trucks sealed to arrive from the day before on (older ones crossed long ago).
A parcel's verdict is stored again only when it changes (services/judging/verdicts.keep_verdict).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from s321_desk.domain.codes import DE_MINIMIS_ROUTES
from s321_desk.domain.compliance import Verdict, evaluate, parcel_value_usd
from s321_desk.domain.parcels import Context, OtherParcel, ParcelCase
from s321_desk.domain.rules import RuleBook

# How a parcel bore on a verdict (stored with the verdict: words of the record, not translated).
EARLIER = "earlier"
SAME_TIME = "same time"
SAME_TRUCK = "same truck"
FILED_LATER = "filed later"
SAME_ORDER = "same order"


@dataclass(frozen=True, slots=True)
class Filed:
    """A sealed parcel's verdict as it was filed: its route and its own value."""

    route: str
    value_usd: Decimal


@dataclass(frozen=True, slots=True)
class DayParcel:
    """One parcel of a person-day, as the judgement needs it."""

    id: int
    label: str  # its printable id
    parcel: ParcelCase
    order_id: int
    crossing: datetime
    load_id: int | None
    fx: Mapping[str, Decimal]  # the rates of its US day
    rules_as_of: datetime | None = None  # the rules it is judged under, if not its crossing's
    filed: Filed | None = None  # on a sealed truck: a fact
    elsewhere: tuple[OtherParcel, ...] = ()  # its order's parcels outside this person-day


@dataclass(frozen=True, slots=True)
class Counted:
    """A parcel a verdict was judged against, and how."""

    label: str
    role: str  # EARLIER, SAME_TIME, SAME_TRUCK, FILED_LATER or SAME_ORDER
    route: str | None  # the route counted against the allowance (earlier and filed ones)
    value_usd: Decimal


@dataclass(frozen=True, slots=True)
class Judged:
    id: int
    verdict: Verdict
    against: tuple[Counted, ...]  # in crossing order, then the same order's other days


@dataclass(frozen=True, slots=True)
class DayJudgement:
    order: tuple[int, ...]  # the parcels' ids in crossing order
    judged: Mapping[int, Judged]  # every parcel not on a sealed truck
    would_be: Mapping[int, Judged]  # each sealed one, as if its truck were reopened


def crossing_order(parcels: Iterable[DayParcel]) -> list[DayParcel]:
    """By planned arrival; at one instant a truck's parcels together, the first packed first."""
    parcels = list(parcels)
    first_on_truck: dict[int, int] = {}
    for p in parcels:
        if p.load_id is not None:
            first_on_truck[p.load_id] = min(first_on_truck.get(p.load_id, p.id), p.id)
    return sorted(
        parcels,
        key=lambda p: (p.crossing, p.id if p.load_id is None else first_on_truck[p.load_id], p.id),
    )


def judge_day(
    parcels: Iterable[DayParcel],
    rulebook: RuleBook,
    split_names: frozenset[frozenset[str]] = frozenset(),
) -> DayJudgement:
    """The verdict of every parcel of a person-day, from scratch (see the module's text)."""
    order = crossing_order(parcels)
    facts = {p.id: p.filed for p in order if p.filed is not None}
    judged = _pass(order, frozenset(facts), rulebook, split_names)
    routes = {i: j.verdict.route.value for i, j in judged.items()}
    would_be = {}
    for fact, filed in sorted(facts.items()):
        # A filing that is no de minimis release uses none of the allowance: the parcels before
        # it are judged alike whether it is sealed or not, so their routes are known already.
        known = routes if filed.route not in DE_MINIMIS_ROUTES else None
        unsealed = frozenset(facts) - {fact}
        would_be[fact] = _pass(order, unsealed, rulebook, split_names, fact, known)[fact]
    return DayJudgement(tuple(p.id for p in order), judged, would_be)


def _pass(
    order: Sequence[DayParcel],
    facts: frozenset[int],
    rulebook: RuleBook,
    split_names: frozenset[frozenset[str]],
    only: int | None = None,
    known: Mapping[int, str] | None = None,
) -> dict[int, Judged]:
    """One judgement in crossing order; ``facts`` keep their filed route and value. ``only``:
    the pass stops once that parcel is judged (what comes after cannot bear on it); ``known``:
    the routes of the other parcels, already judged alike."""
    values = {
        p.id: p.filed.value_usd
        if p.id in facts and p.filed is not None
        else parcel_value_usd(p.parcel.lines, p.fx)
        for p in order
    }
    routes: dict[int, str] = {}
    judged: dict[int, Judged] = {}
    for place, parcel in enumerate(order):
        if parcel.id in facts:
            assert parcel.filed is not None
            routes[parcel.id] = parcel.filed.route
            continue
        if known is not None and parcel.id != only:
            routes[parcel.id] = known[parcel.id]
            continue
        context, against = _context(order, place, facts, routes, values, split_names)
        verdict = evaluate(
            parcel.parcel, context, parcel.crossing, rulebook, parcel.fx, parcel.rules_as_of
        )
        routes[parcel.id] = verdict.route.value
        judged[parcel.id] = Judged(parcel.id, verdict, against)
        if parcel.id == only:
            break
    return judged


def _context(
    order: Sequence[DayParcel],
    place: int,
    facts: frozenset[int],
    routes: Mapping[int, str],
    values: Mapping[int, Decimal],
    split_names: frozenset[frozenset[str]],
) -> tuple[Context, tuple[Counted, ...]]:
    me = order[place]
    truck, earlier, later, same_order = [], [], [], []
    against: list[Counted] = []
    for index, other in enumerate(order):
        if index == place:
            continue
        value = values[other.id]

        def counted(role: str, route: str | None, other: DayParcel = other) -> OtherParcel:
            against.append(Counted(other.label, role, route, values[other.id]))
            return OtherParcel(
                values[other.id], other.parcel.recipient, route, other.crossing.date(), other.label
            )

        fact = other.id in facts
        filed_route = other.filed.route if fact and other.filed is not None else None
        if me.load_id is not None and other.load_id == me.load_id:
            truck.append(counted(SAME_TRUCK, None))
        elif index < place:
            earlier.append(counted(EARLIER, routes[other.id]))
        elif other.crossing == me.crossing:
            earlier.append(counted(SAME_TIME, filed_route))
        elif fact:
            later.append(counted(FILED_LATER, filed_route))
        if other.order_id == me.order_id:
            against.append(Counted(other.label, SAME_ORDER, None, value))
            same_order.append(OtherParcel(value, None, None, other.crossing.date(), other.label))
    for other_day in me.elsewhere:
        against.append(Counted(other_day.label, SAME_ORDER, None, other_day.value_usd))
        same_order.append(other_day)
    context = Context(tuple(truck), tuple(earlier), tuple(same_order), split_names, tuple(later))
    return context, tuple(against)
