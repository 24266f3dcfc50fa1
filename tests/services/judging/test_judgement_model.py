"""The model-based test of the person-day judgement: random sequences of what happens at a
desk (packs at random crossings and values, voids, defers, consolidations, splits, loading,
seals and reopenings, rules pins and unpins, FX rates) on a real store, SQLite and PostgreSQL.
After every step every stored verdict must equal a judgement from scratch made here from this
test's own record of what was done; no person-day may hold over $800 of de minimis among its
unsealed parcels; a sealed parcel never changes, and what would have changed it waits for a
supervisor exactly while it differs.

Steps: ``S321_MODEL_STEPS`` per backend (default 1,200: about a minute and a half for both in
CI, whose whole run must stay under 20 minutes); more when run alone, e.g.
``S321_MODEL_STEPS=20000 pytest tests/services/judging/test_judgement_model.py``.
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import text

from s321_desk.domain import pins
from s321_desk.domain.codes import DE_MINIMIS_ROUTES
from s321_desk.domain.compliance import Verdict, evaluate, parcel_value_usd
from s321_desk.domain.decisions import needs_decision
from s321_desk.domain.findings import MUST_ACKNOWLEDGE
from s321_desk.domain.parcels import Context, Line, OtherParcel, ParcelCase
from s321_desk.domain.recipients import Recipient, canonical_address, split_key
from s321_desk.domain.rules import load_rulebook
from s321_desk.paths import resource
from s321_desk.services.admin.ports import port
from s321_desk.services.admin.rules_and_rates import pin_rules, set_fx_rate
from s321_desk.services.admin.users import add_user
from s321_desk.services.files.catalog_import import import_catalog
from s321_desk.services.files.orders_import import import_orders
from s321_desk.services.kernel import audit
from s321_desk.services.kernel.actor import acting_as
from s321_desk.services.loads.trips import (
    add_parcels,
    close_load,
    create_load,
    remove_parcels,
    reopen_load,
)
from s321_desk.services.packing.pack import close_parcel, open_parcel, scan_item
from s321_desk.services.supervision.decisions import decide
from s321_desk.store.database import open_store
from s321_desk.store.uow import one_action
from tests.conftest import write_csv
from tests.crew_records import add_crew, give_prior_notices

STEPS = int(os.environ.get("S321_MODEL_STEPS", "1200"))
STEPS_PER_RUN = 30
PACIFIC = timezone(timedelta(hours=-7))  # Blaine in June
DAYS = [date(2025, 6, 10), date(2025, 6, 11), date(2025, 6, 12)]
PACK_HOURS = [8, 10, 12, 14, 16]
TRUCK_HOURS = [9, 13, 15]
LIMIT = Decimal("800.00")
RULEBOOK = load_rulebook(resource("rules"))
BLAINE = port("3004")
# Pins: de minimis in force (the rules of 2025-06-10), suspended (2025-09-15), or none: each
# crossing's own rules (de minimis on these days).
PINS = {
    "active": datetime(2025, 6, 10, tzinfo=PACIFIC),
    "suspended": datetime(2025, 9, 15, tzinfo=PACIFIC),
    "none": None,
}
# One delivery point and another: John and Jon are one person (two spellings), Daniel another
# person at the same door; Maria lives elsewhere.
DOOR = ("123 Maple St", "Bellingham", "WA", "98225")
PEOPLE = {
    "john": Recipient("John Smith", DOOR[0], "", DOOR[1], DOOR[2], DOOR[3]),
    "jon": Recipient("Jon Smith", DOOR[0], "", DOOR[1], DOOR[2], DOOR[3]),
    "daniel": Recipient("Daniel Smith", DOOR[0], "", DOOR[1], DOOR[2], DOOR[3]),
    "maria": Recipient("Maria Garcia", "9 Oak Ave", "", "Bellingham", "WA", "98226"),
}
# The catalog: a shirt, and a tea the FDA regulates (ET86 when de minimis).
PRODUCTS = {
    "GIFT": ("Gift shirt", "6109100012", "CA", frozenset[str]()),
    "TEA": ("Green tea", "0902101050", "CA", frozenset({"PGA_FDA"})),
}
CATALOG = (
    "sku,description,hts,origin,unit_value,currency,weight_kg,flags,barcode\n"
    "GIFT,Gift shirt,6109.10.0012,CA,1.00,USD,0.500,,\n"
    "TEA,Green tea,0902.10.1050,CA,1.00,USD,0.500,PGA_FDA,\n"
)
HEADER = (
    "Name,Currency,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku,"
    "Shipping Name,Shipping Address1,Shipping City,Shipping Zip,Shipping Province,"
    "Shipping Country\n"
)
VALUES = [50, 100, 150, 200, 300, 400, 450, 500, 700, 850]
ORDERS = 14
COUNTED = ("closed", "held", "loaded")
PIN = "2468"
steps_run: dict[str, int] = defaultdict(int)
actions_run: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))


@dataclass
class OrderModel:
    name: str
    person: str
    currency: str
    lines: tuple[tuple[str, int], ...]  # (sku, dollars) in line order: GIFT then TEA
    packed: set[int] = field(default_factory=set)  # line numbers (0, 1) in a counted parcel


@dataclass
class ParcelModel:
    code: str
    number: int  # packing order
    order: int  # its order's index
    lines: list[tuple[int, int]]  # (order index, line number) it holds
    crossing: datetime
    status: str = "closed"  # closed (or held: the store's word), loaded, voided
    load: str | None = None
    held: bool = False

    @property
    def counted(self) -> bool:
        return self.status != "voided"


@dataclass
class LoadModel:
    trip: str
    arrival: datetime
    sealed: bool = False


@dataclass(frozen=True)
class Filing:
    """A sealed parcel as it was filed: what must never change while its truck is sealed."""

    route: str
    value_cents: int
    verdicts: int  # how many verdicts it had


@dataclass(frozen=True)
class Reference:
    verdict: Verdict
    against: tuple[tuple[str, str], ...]  # (parcel id, how), in order


class JudgementMachine(RuleBasedStateMachine):
    """Drives one fresh store; ``make_store`` is set by the test for its backend."""

    backend = "sqlite"
    make_store: Any = None

    def __init__(self) -> None:
        super().__init__()
        self.store, self.dispose, self.folder = type(self).make_store()
        self.engine = self.store.engine
        self.orders: list[OrderModel] = []
        self.parcels: dict[str, ParcelModel] = {}
        self.loads: dict[str, LoadModel] = {}
        self.filings: dict[str, Filing] = {}
        self.pin: datetime | None = PINS["active"]
        self.rates: dict[date, Decimal] = {date(2025, 1, 1): Decimal("0.7300")}
        self.splits: set[frozenset[str]] = set()
        self.numbers = itertools.count(1)
        self.last: dict[str, Reference] = {}
        self.waiting_sealed: list[str] = []  # sealed parcels a supervisor may acknowledge

    def teardown(self) -> None:
        self.dispose()

    # -- the setting ------------------------------------------------------------------------

    @initialize(
        orders=st.lists(
            st.tuples(
                st.sampled_from(sorted(PEOPLE)),
                st.sampled_from(["USD", "CAD"]),
                st.sampled_from(VALUES),
                st.sampled_from(VALUES),
            ),
            min_size=ORDERS,
            max_size=ORDERS,
        )
    )
    def setting(self, orders: list[tuple[str, str, int, int]]) -> None:
        folder = Path(self.folder)
        rows = []
        for n, (who, currency, gift, tea) in enumerate(orders, 1):
            person = PEOPLE[who]
            rows.append(
                f"#{n},{currency},2025-06-09 08:00:00 -0700,1,Gift shirt,{gift}.00,GIFT,"
                f"{person.name},{person.address1},{person.city},{person.postal_code},"
                f"{person.state},US\n"
                f"#{n},,,1,Green tea,{tea}.00,TEA,,,,,,\n"
            )
            self.orders.append(OrderModel(f"#{n}", who, currency, (("GIFT", gift), ("TEA", tea))))
        import_catalog(self.engine, write_csv(folder / "c.csv", CATALOG))
        import_orders(self.engine, write_csv(folder / "o.csv", HEADER + "".join(rows)))
        with one_action(self.engine, immediate=True) as uow:
            set_fx_rate(uow, "CAD", "0.7300", date(2025, 1, 1), "test", now=self.now)
        with one_action(self.engine, immediate=True) as uow:
            pin_rules(uow, self.pin, "the rules of 2025-06-10", now=self.now)
        with one_action(self.engine, immediate=True) as uow:
            admin = add_user(uow, "Ada Admin", "admin", "9999")
        with one_action(self.engine, immediate=True) as uow:
            add_user(uow, "Sam Super", "supervisor", PIN, by=admin)
        self.engine = acting_as(self.engine, admin)  # the writes that follow are hers

    now = datetime(2025, 6, 10, 6, tzinfo=PACIFIC)  # every truck is still to come

    # -- what happens at the desk -----------------------------------------------------------

    def _packable(self) -> list[int]:
        return [i for i, o in enumerate(self.orders) if len(o.packed) < 2]

    @precondition(lambda self: self._packable())
    @rule(data=st.data(), day=st.sampled_from(DAYS[:2]), hour=st.sampled_from(PACK_HOURS))
    def pack(self, data: st.DataObject, day: date, hour: int) -> None:
        index = data.draw(st.sampled_from(self._packable()), label="order")
        order = self.orders[index]
        free = sorted({0, 1} - order.packed)
        lines = data.draw(
            st.lists(st.sampled_from(free), min_size=1, max_size=len(free), unique=True),
            label="lines",
        )
        crossing = datetime(day.year, day.month, day.day, hour, tzinfo=PACIFIC)
        with one_action(self.engine, immediate=True) as uow:
            parcel_id = open_parcel(uow, order.name)
        for line in sorted(lines):
            with one_action(self.engine, immediate=True) as uow:
                scan_item(uow, parcel_id, order.lines[line][0])
        with one_action(self.engine, immediate=True, durable=True) as uow:
            close_parcel(uow, parcel_id, crossing=crossing, port_code="3004")
        number = next(self.numbers)
        code = f"P{number:07d}"
        self.parcels[code] = ParcelModel(
            code, number, index, [(index, n) for n in sorted(lines)], crossing
        )
        order.packed |= set(lines)
        self.step("pack")

    def _loose(self) -> list[str]:
        """Packed parcels on no truck."""
        return sorted(c for c, p in self.parcels.items() if p.counted and p.load is None)

    @precondition(lambda self: self._loose())
    @rule(data=st.data())
    def void(self, data: st.DataObject) -> None:
        code = data.draw(st.sampled_from(self._loose()), label="parcel")
        self.sam(code, "void")
        self._voided(code)
        self.step("void")

    def _voided(self, code: str) -> None:
        parcel = self.parcels[code]
        parcel.status = "voided"
        for order, line in parcel.lines:
            self.orders[order].packed.discard(line)
        parcel.lines = []

    @precondition(lambda self: [c for c in self._loose() if self._day(c) < DAYS[-1]])
    @rule(data=st.data(), hour=st.sampled_from(PACK_HOURS))
    def defer(self, data: st.DataObject, hour: int) -> None:
        code = data.draw(
            st.sampled_from([c for c in self._loose() if self._day(c) < DAYS[-1]]), label="parcel"
        )
        day = DAYS[DAYS.index(self._day(code)) + 1]
        crossing = datetime(day.year, day.month, day.day, hour, tzinfo=PACIFIC)
        self.sam(code, "defer", crossing=crossing)
        self.parcels[code].crossing = crossing
        self.step("defer")

    def _pairs(self) -> list[tuple[str, str]]:
        loose = self._loose()
        return [(a, b) for a in loose for b in loose if a != b and self._key(a) == self._key(b)]

    @precondition(lambda self: self._pairs())
    @rule(data=st.data())
    def consolidate(self, data: st.DataObject) -> None:
        source, target = data.draw(st.sampled_from(self._pairs()), label="pair")
        self.sam(source, "consolidate", into=target)
        moved = self.parcels[source].lines
        self.parcels[target].lines = sorted(self.parcels[target].lines + moved)
        self.parcels[source].lines = []
        self.parcels[source].status = "voided"
        self.step("consolidate")

    def _splittable(self) -> list[tuple[str, str]]:
        counted = [c for c, p in self.parcels.items() if p.counted and not self._sealed(c)]
        others = [c for c, p in self.parcels.items() if p.counted]
        return sorted(
            (a, b)
            for a in counted
            for b in others
            if self._key(a) == self._key(b) and self._who(a).name != self._who(b).name
        )

    @precondition(lambda self: self._splittable())
    @rule(data=st.data())
    def split(self, data: st.DataObject) -> None:
        mine, other = data.draw(st.sampled_from(self._splittable()), label="pair")
        self.sam(mine, "split", other=other)
        self.splits.add(split_key(self._who(mine).name, self._who(other).name))
        self.step("split")

    @precondition(lambda self: [c for c in self._loose() if not self.parcels[c].held])
    @rule(data=st.data(), truck=st.sampled_from(TRUCK_HOURS))
    def load(self, data: st.DataObject, truck: int) -> None:
        """Onto a truck of the parcels' day: an open one at that hour, or a new one."""
        day = self._day(
            data.draw(st.sampled_from([c for c in self._loose() if not self.parcels[c].held]))
        )
        candidates = [c for c in self._loose() if self._day(c) == day and not self.parcels[c].held]
        chosen = data.draw(
            st.lists(st.sampled_from(candidates), min_size=1, unique=True), label="parcels"
        )
        arrival = datetime(day.year, day.month, day.day, truck, tzinfo=PACIFIC)
        trip = next(
            (
                t
                for t, load in sorted(self.loads.items())
                if load.arrival == arrival and not load.sealed
            ),
            None,
        )
        if trip is None:
            with one_action(self.engine, immediate=True) as uow:
                trip = create_load(
                    uow,
                    scac="ABCD",
                    port_code="3004",
                    arrival=arrival,
                    crew=add_crew(self.engine),
                ).trip_number
            self.loads[trip] = LoadModel(trip, arrival)
        with one_action(self.engine, immediate=True) as uow:
            add_parcels(uow, trip, chosen)
        for code in chosen:
            self.parcels[code].load, self.parcels[code].status = trip, "loaded"
            self.parcels[code].crossing = arrival
        self.step("load")

    def _on_open_trucks(self) -> list[str]:
        return sorted(
            c for c, p in self.parcels.items() if p.load and not self.loads[p.load].sealed
        )

    @precondition(lambda self: self._on_open_trucks())
    @rule(data=st.data())
    def unload(self, data: st.DataObject) -> None:
        code = data.draw(st.sampled_from(self._on_open_trucks()), label="parcel")
        parcel = self.parcels[code]
        assert parcel.load is not None
        with one_action(self.engine, immediate=True) as uow:
            remove_parcels(uow, parcel.load, [code])
        parcel.load, parcel.status = None, "closed"
        self.step("unload")

    def _open_trucks(self) -> list[str]:
        trucks = {self.parcels[c].load for c in self._on_open_trucks()}
        return sorted(t for t in trucks if t is not None)

    @precondition(lambda self: self._open_trucks())
    @rule(data=st.data())
    def seal(self, data: st.DataObject) -> None:
        """A supervisor decides what waits on the truck (as at the dock), the driver seals."""
        trip = data.draw(st.sampled_from(self._open_trucks()), label="trip")
        on_truck = sorted(c for c, p in self.parcels.items() if p.load == trip)
        for code in on_truck:
            if self.parcels[code].held:
                self.sam(code, "release")
                self.parcels[code].held = False
            for _ in range(3):
                waiting = self.stored_parcel(code)
                if not waiting["needs_decision"]:
                    break
                codes = {c["code"] for c in json.loads(waiting["codes_json"])}
                unacknowledged = codes & MUST_ACKNOWLEDGE - set(waiting["acknowledged"].split(";"))
                self.sam(code, "acknowledge" if unacknowledged else "accept-route")
        give_prior_notices(self.engine, trip)
        with one_action(self.engine, immediate=True, durable=True) as uow:
            close_load(uow, trip, seal=f"S-{trip}", user="Sam Super", pin=PIN)
        self.loads[trip].sealed = True
        for code in on_truck:
            stored = self.stored_parcel(code)
            self.filings[code] = Filing(
                stored["route"], stored["value_usd_cents"], stored["verdicts"]
            )
            before = self.last[code].verdict
            assert (stored["route"], stored["value_usd_cents"]) == (
                before.route.value,
                _cents(before.parcel_value_usd),
            ), code
        self.step("seal")

    @precondition(lambda self: [t for t, load in self.loads.items() if load.sealed])
    @rule(data=st.data())
    def reopen(self, data: st.DataObject) -> None:
        trip = data.draw(
            st.sampled_from(sorted(t for t, load in self.loads.items() if load.sealed))
        )
        with one_action(self.engine, immediate=True) as uow:
            reopen_load(
                uow, trip, reason="the seal was broken at the dock", user="Sam Super", pin=PIN
            )
        self.loads[trip].sealed = False
        for code, parcel in self.parcels.items():
            if parcel.load == trip:
                self.filings.pop(code, None)
        self.step("reopen")

    @precondition(lambda self: [c for c, p in self.parcels.items() if p.counted])
    @rule(data=st.data())
    def hold_or_release(self, data: st.DataObject) -> None:
        code = data.draw(st.sampled_from(sorted(c for c, p in self.parcels.items() if p.counted)))
        parcel = self.parcels[code]
        self.sam(code, "release" if parcel.held else "hold")
        parcel.held = not parcel.held
        self.step("hold")

    @precondition(lambda self: self.waiting_sealed)
    @rule(data=st.data())
    def acknowledge_sealed(self, data: st.DataObject) -> None:
        self.sam(data.draw(st.sampled_from(self.waiting_sealed)), "acknowledge")
        self.step("acknowledge")

    @precondition(lambda self: any(p.counted for p in self.parcels.values()))
    @rule(
        pinned=st.sampled_from(sorted(PINS)),
        rate=st.sampled_from(["0.7300", "0.7500", "0.6200", "0.9000"]),
        start=st.sampled_from([date(2025, 1, 1), DAYS[1]]),
        which=st.booleans(),
    )
    def compliance_lead(self, pinned: str, rate: str, start: date, which: bool) -> None:
        """Pin or unpin the rules, or enter a CAD rate (one rule: as often as another act,
        once there are parcels for it to judge)."""
        if which:
            self.pin = PINS[pinned]
            with one_action(self.engine, immediate=True) as uow:
                pin_rules(uow, self.pin, "a court's order", now=self.now)
            self.step("pin")
        else:
            with one_action(self.engine, immediate=True) as uow:
                set_fx_rate(uow, "CAD", rate, start, "CBP certified rate", now=self.now)
            self.rates[start] = Decimal(rate)
            self.step("fx")

    # -- the checks --------------------------------------------------------------------------

    @invariant()
    def every_stored_verdict_is_the_judgement_from_scratch(self) -> None:
        if not self.orders:
            return
        stored = self.stored()
        references, would_be = self.from_scratch()
        for code, parcel in self.parcels.items():
            row = stored[code]
            expected = (
                "voided"
                if not parcel.counted
                else "loaded"
                if parcel.load
                else "held"
                if parcel.held
                else "closed"
            )
            assert row["status"] == expected, (code, row["status"], expected)
            if not parcel.counted:
                continue
            assert row["crossing_at"] == parcel.crossing, code
            if code in self.filings:  # sealed: never changes
                filing = self.filings[code]
                assert (row["route"], row["value_usd_cents"], row["verdicts"]) == (
                    filing.route,
                    filing.value_cents,
                    filing.verdicts,
                ), code
                self.check_filing(code, row, would_be[code])
                continue
            ref = references[code]
            verdict = ref.verdict
            assert row["route"] == verdict.route.value, (code, row["route"], verdict.codes)
            assert row["value_usd_cents"] == _cents(verdict.parcel_value_usd), code
            assert row["consignment_value_usd_cents"] == _cents(verdict.consignment_value_usd)
            assert sorted(c["code"] for c in json.loads(row["codes_json"])) == sorted(verdict.codes)
            against = tuple((a["parcel_id"], a["as"]) for a in json.loads(row["judged_against"]))
            assert against == ref.against, (code, against, ref.against)
            decision = parcel.held or needs_decision(
                verdict, row["acknowledged"].split(";"), row["accepted_route"]
            )
            assert bool(row["needs_decision"]) == decision, code
        self.last = references
        actions = actions_run[type(self).backend]
        actions["checks of a sealed parcel's filing"] += len(would_be)
        actions["sealed parcels waiting"] += sum(stored[c]["needs_decision"] for c in would_be)
        self.waiting_sealed = sorted(
            c for c in self.filings if stored[c]["needs_decision"] and not self.parcels[c].held
        )
        self.no_person_day_over_the_limit(stored)
        self.every_parcel_row_is_as_its_last_audit_line_hashed_it()

    def every_parcel_row_is_as_its_last_audit_line_hashed_it(self) -> None:
        """After every write of every service, each parcel's row is as the last audit line
        that wrote it hashed it (audit verify: the chain, each parcel, each verdict)."""
        with one_action(self.engine) as uow:
            report = audit.verify(uow)
        assert report.intact, report.problem
        assert (report.parcels, report.parcels_uncovered) == (len(self.parcels), 0)

    def check_filing(self, code: str, row: dict[str, Any], would_be: Reference) -> None:
        """A sealed parcel waits for a supervisor exactly while a difference is pending; the
        newest standing difference is the one a judgement now gives."""
        judged = (would_be.verdict.route.value, _cents(would_be.verdict.parcel_value_usd))
        differs = judged != (row["route"], row["value_usd_cents"])
        conflicts = row["conflicts"]
        pending = [c for c in conflicts if c[2] == "pending"]
        assert len(pending) <= 1, code
        if differs:
            standing = [c for c in conflicts if c[2] in ("pending", "acknowledged")]
            assert standing and standing[-1][:2] == judged, (code, judged, conflicts)
        else:
            assert not pending, (code, conflicts)
        assert bool(row["needs_decision"]) == (bool(pending) or self.parcels[code].held), code

    def no_person_day_over_the_limit(self, stored: dict[str, dict[str, Any]]) -> None:
        totals: dict[tuple[str, date], int] = defaultdict(int)
        for code, parcel in self.parcels.items():
            row = stored[code]
            if parcel.counted and code not in self.filings and row["route"] in DE_MINIMIS_ROUTES:
                totals[(self._person(code), self._day(code))] += row["value_usd_cents"]
        assert all(cents <= 80000 for cents in totals.values()), totals

    def _person(self, code: str) -> str:
        """One person: John and Jon, unless a supervisor split them."""
        who = self.orders[self.parcels[code].order].person
        if who == "jon" and split_key("John Smith", "Jon Smith") not in self.splits:
            return "john"
        return who

    # -- the judgement from scratch, from this test's record --------------------------------

    def from_scratch(self) -> tuple[dict[str, Reference], dict[str, Reference]]:
        """Each person-day in crossing order, by the rules written in domain/judgement.py's
        text, from what this test did: its parcels, their lines and crossings, the trucks and
        their seals (filed route and value), the pin, the rates and the splits."""
        days: dict[tuple[str, date], list[str]] = defaultdict(list)
        for code, parcel in self.parcels.items():
            if parcel.counted:
                days[(self._key(code), self._day(code))].append(code)
        references: dict[str, Reference] = {}
        would_be: dict[str, Reference] = {}
        for members in days.values():
            order = self.crossing_order(members)
            sealed = {c for c in order if c in self.filings}
            references.update(self.judged(order, sealed))
            for fact in sealed:
                would_be[fact] = self.judged(order, sealed - {fact})[fact]
        return references, would_be

    def crossing_order(self, members: list[str]) -> list[str]:
        def first_on_truck(code: str) -> int:
            load = self.parcels[code].load
            return min(self.parcels[c].number for c in members if self.parcels[c].load == load)

        return sorted(
            members,
            key=lambda c: (
                self.parcels[c].crossing,
                first_on_truck(c) if self.parcels[c].load else self.parcels[c].number,
                self.parcels[c].number,
            ),
        )

    def judged(self, order: list[str], facts: set[str]) -> dict[str, Reference]:
        routes: dict[str, str] = {}
        result: dict[str, Reference] = {}
        for place, code in enumerate(order):
            if code in facts:
                routes[code] = self.filings[code].route
                continue
            me = self.parcels[code]
            truck, earlier, later, same_order = [], [], [], []
            against: list[tuple[str, str]] = []
            for index, other in enumerate(order):
                if other == code:
                    continue
                theirs = self.parcels[other]
                value = self.value(other, facts)
                filed = self.filings[other].route if other in facts else None

                def seen(
                    route: str | None, other: str = other, value: Decimal = value
                ) -> OtherParcel:
                    return OtherParcel(value, self._who(other), route, self._day(other), other)

                if me.load is not None and theirs.load == me.load:
                    truck.append(seen(None))
                    against.append((other, "same truck"))
                elif index < place:
                    earlier.append(seen(routes[other]))
                    against.append((other, "earlier"))
                elif theirs.crossing == me.crossing:
                    earlier.append(seen(filed))
                    against.append((other, "same time"))
                elif other in facts:
                    later.append(seen(filed))
                    against.append((other, "filed later"))
                if theirs.order == me.order:
                    same_order.append(OtherParcel(value, None, None, self._day(other), other))
                    against.append((other, "same order"))
            elsewhere = sorted(
                (
                    c
                    for c, p in self.parcels.items()
                    if p.counted and p.order == me.order and c not in order
                ),
                key=lambda c: (self._day(c), self.parcels[c].number),
            )
            for other in elsewhere:
                value = self.value(other, set(self.filings))
                same_order.append(OtherParcel(value, None, None, self._day(other), other))
                against.append((other, "same order"))
            context = Context(
                tuple(truck), tuple(earlier), tuple(same_order), self._splits(code), tuple(later)
            )
            verdict = evaluate(
                self.domain(code), context, me.crossing, RULEBOOK, self.fx(code), self.pin
            )
            routes[code] = verdict.route.value
            result[code] = Reference(verdict, tuple(against))
        return result

    def value(self, code: str, facts: set[str]) -> Decimal:
        if code in facts:
            return Decimal(self.filings[code].value_cents) / 100
        return parcel_value_usd(self.domain(code).lines, self.fx(code))

    def domain(self, code: str) -> ParcelCase:
        parcel = self.parcels[code]
        lines = []
        for order_index, number in parcel.lines:
            order = self.orders[order_index]
            sku, dollars = order.lines[number]
            description, hts, origin, flags = PRODUCTS[sku]
            lines.append(Line(description, hts, origin, 1, Decimal(dollars), order.currency, flags))
        weight = Decimal("0.5") * len(parcel.lines)
        return ParcelCase(self._who(code), tuple(lines), weight, self.orders[parcel.order].name)

    def fx(self, code: str) -> dict[str, Decimal]:
        day = self._day(code)
        starts = [start for start in self.rates if start <= day]
        currencies = {self.orders[o].currency for o, _ in self.parcels[code].lines} - {"USD"}
        return {c: self.rates[max(starts)] for c in currencies} if starts else {}

    def _splits(self, code: str) -> frozenset[frozenset[str]]:
        return frozenset(self.splits) if self._who(code).address1 == DOOR[0] else frozenset()

    # -- reading the store -------------------------------------------------------------------

    def stored(self) -> dict[str, dict[str, Any]]:
        with self.engine.connect() as connection:
            parcels = connection.execute(
                text(
                    "SELECT p.code, p.status, p.route, p.value_usd_cents, p.needs_decision, "
                    "p.acknowledged, p.accepted_route, p.crossing_at, p.id, "
                    "(SELECT COUNT(*) FROM parcel_verdicts v WHERE v.parcel_id = p.id), "
                    "v.codes_json, v.judged_against, v.consignment_value_usd_cents "
                    "FROM parcels p LEFT JOIN parcel_verdicts v ON v.id = "
                    "(SELECT MAX(id) FROM parcel_verdicts WHERE parcel_id = p.id)"
                )
            ).all()
            conflicts = defaultdict(list)
            for parcel_id, route, cents, state in connection.execute(
                text(
                    "SELECT parcel_id, judged_route, judged_value_usd_cents, state "
                    "FROM sealed_conflicts ORDER BY id"
                )
            ):
                conflicts[parcel_id].append((route, cents, state))
        rows = {}
        for (
            code,
            status,
            route,
            value,
            waits,
            acknowledged,
            accepted,
            crossing,
            parcel_id,
            verdicts,
            codes,
            against,
            consignment,
        ) in parcels:
            if isinstance(crossing, str):
                crossing = datetime.fromisoformat(crossing)
            rows[code] = {
                "status": status, "route": route, "value_usd_cents": value,
                "needs_decision": bool(waits), "acknowledged": acknowledged or "",
                "accepted_route": accepted, "verdicts": verdicts, "codes_json": codes or "[]",
                "judged_against": against or "[]", "consignment_value_usd_cents": consignment,
                "crossing_at": crossing.replace(tzinfo=UTC) if crossing else None,
                "conflicts": conflicts[parcel_id],
            }  # fmt: skip
        return rows

    def stored_parcel(self, code: str) -> dict[str, Any]:
        return self.stored()[code]

    # -- helpers -------------------------------------------------------------------------------

    def sam(self, code: str, action: str, **extra: Any) -> None:
        with one_action(self.engine, immediate=True) as uow:
            decide(uow, code, action, user="Sam Super", pin=PIN, reason="model step", **extra)

    def step(self, name: str) -> None:
        steps_run[type(self).backend] += 1
        actions_run[type(self).backend][name] += 1

    def _who(self, code: str) -> Recipient:
        return PEOPLE[self.orders[self.parcels[code].order].person]

    def _key(self, code: str) -> str:
        return canonical_address(self._who(code))

    def _day(self, code: str) -> date:
        return BLAINE.us_day(self.parcels[code].crossing)

    def _sealed(self, code: str) -> bool:
        return code in self.filings


def _cents(amount: Decimal) -> int:
    return int(amount * 100)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite store, copied for each run (migrating each time would cost more)."""
    path = tmp_path_factory.mktemp("model") / "template.sqlite3"
    open_store(path).dispose()
    return path


@pytest.fixture
def cheap_pins(monkeypatch: pytest.MonkeyPatch) -> None:
    """PINs hashed at a low scrypt cost for this test's users: thousands of supervisor
    decisions, each checked for real (the stored hash carries its cost)."""
    monkeypatch.setattr(pins, "N", 2**4)


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_stored_verdicts_always_equal_a_judgement_from_scratch(
    backend: str,
    request: pytest.FixtureRequest,
    tmp_path: Path,
    cheap_pins: None,
) -> None:
    runs = itertools.count(1)
    server = request.getfixturevalue("postgres") if backend == "postgresql" else None
    template = request.getfixturevalue("template") if server is None else None

    def make_store():  # type: ignore[no-untyped-def]
        folder = tmp_path / f"run{next(runs)}"
        folder.mkdir()
        if server is None:
            assert template is not None
            shutil.copyfile(template, folder / "store.sqlite3")
            store = open_store(folder / "store.sqlite3")
            return store, store.dispose, folder
        name = f"s321_model_{folder.name}"
        server.execute(f"CREATE DATABASE {name} TEMPLATE s321_template")
        store = open_store(server.url(name))

        def dispose() -> None:
            store.dispose()
            server.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

        return store, dispose, folder

    class Machine(JudgementMachine):
        pass

    Machine.backend = backend
    Machine.make_store = staticmethod(make_store)
    steps_run[backend] = 0
    actions_run[backend].clear()
    run_state_machine_as_test(
        Machine,
        settings=settings(
            max_examples=max(1, STEPS // STEPS_PER_RUN),
            stateful_step_count=STEPS_PER_RUN,
            deadline=None,
            suppress_health_check=list(HealthCheck),
        ),
    )
    done = ", ".join(f"{name} {n}" for name, n in sorted(actions_run[backend].items()))
    print(f"\n{backend}: {steps_run[backend]} steps ({done})")
    assert steps_run[backend] >= STEPS // 3, steps_run  # the budget ran: thousands in CI
