"""Properties of the engine that must hold for any parcel, not only the ones we thought of."""

from __future__ import annotations

import ast
import inspect
from decimal import Decimal
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from s321_desk.domain import compliance, money
from s321_desk.domain.compliance import parcel_value_usd
from s321_desk.domain.parcels import Line
from tests.domain.engine_cases import DANIEL, JOHN, JON, MARIA, line, other, verdict

AMOUNTS = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("3000"), places=2)
RATES = st.decimals(min_value=Decimal("0.0001"), max_value=Decimal("5"), places=4)
ORIGINS = st.sampled_from(["CA", "CA", "MX", "VN", "CN"])
FLAG_SETS = st.sampled_from([(), (), ("PGA_FDA",), ("ADCVD",), ("PGA_CPSC", "PGA_FCC")])
CROSSINGS = st.sampled_from(
    [
        "2024-06-10T10:00:00-07:00",
        "2025-02-05T10:00:00-05:00",
        "2025-06-01T10:00:00-04:00",
        "2025-09-15T10:00:00-07:00",
        "2027-08-01T10:00:00-04:00",
    ]
)


@st.composite
def lines(draw: st.DrawFn) -> Line:
    return line(
        str(draw(AMOUNTS)),
        draw(st.sampled_from(["USD", "CAD"])),
        origin=draw(ORIGINS),
        flags=draw(FLAG_SETS),
    )


@st.composite
def others(draw: st.DrawFn):  # type: ignore[no-untyped-def]
    return other(
        str(draw(AMOUNTS)),
        recipient=draw(st.sampled_from([JOHN, JON, MARIA, DANIEL])),
        route=draw(st.sampled_from(["S321_MANIFEST", "ET86", "T11", "T01"])),
    )


@settings(max_examples=300)
@given(
    parcel_lines=st.lists(lines(), min_size=1, max_size=4),
    which=st.integers(min_value=0),
    raise_by=AMOUNTS,
    truck=st.lists(others(), max_size=3),
    earlier=st.lists(others(), max_size=3),
    crossing=CROSSINGS,
)
def test_raising_a_value_never_makes_a_parcel_eligible(
    parcel_lines, which, raise_by, truck, earlier, crossing
) -> None:  # type: ignore[no-untyped-def]
    before = verdict(*parcel_lines, truck=tuple(truck), earlier=tuple(earlier), crossing=crossing)
    index = which % len(parcel_lines)
    raised = list(parcel_lines)
    old = raised[index]
    raised[index] = Line(
        old.description,
        old.hts,
        old.origin,
        old.quantity,
        old.value + raise_by,
        old.currency,
        old.flags,
    )
    after = verdict(*raised, truck=tuple(truck), earlier=tuple(earlier), crossing=crossing)
    assert after.consignment_value_usd >= before.consignment_value_usd
    if not before.eligible_321:
        assert not after.eligible_321


@settings(max_examples=200)
@given(
    parcel_lines=st.lists(lines(), min_size=1, max_size=4),
    truck=st.lists(others(), max_size=4),
    earlier=st.lists(others(), max_size=4),
    crossing=CROSSINGS,
    data=st.data(),
)
def test_the_order_of_other_parcels_and_lines_changes_nothing(
    parcel_lines, truck, earlier, crossing, data
) -> None:  # type: ignore[no-untyped-def]
    first = verdict(*parcel_lines, truck=tuple(truck), earlier=tuple(earlier), crossing=crossing)
    shuffled = verdict(
        *data.draw(st.permutations(parcel_lines)),
        truck=tuple(data.draw(st.permutations(truck))),
        earlier=tuple(data.draw(st.permutations(earlier))),
        crossing=crossing,
    )
    assert (shuffled.route, shuffled.eligible_321, shuffled.consignment_value_usd) == (
        first.route,
        first.eligible_321,
        first.consignment_value_usd,
    )
    assert shuffled.codes == first.codes


@settings(max_examples=200)
@given(
    parcel_lines=st.lists(lines(), min_size=1, max_size=4),
    unrelated=st.lists(AMOUNTS, max_size=4),
    crossing=CROSSINGS,
)
def test_parcels_of_unrelated_people_change_nothing(parcel_lines, unrelated, crossing) -> None:  # type: ignore[no-untyped-def]
    alone = verdict(*parcel_lines, recipient=JOHN, crossing=crossing)
    strangers = tuple(other(str(v), recipient=MARIA) for v in unrelated)  # another address
    crowded = verdict(
        *parcel_lines, recipient=JOHN, truck=strangers, earlier=strangers, crossing=crossing
    )
    assert (crowded.route, crowded.codes, crowded.consignment_value_usd) == (
        alone.route,
        alone.codes,
        alone.consignment_value_usd,
    )


def _exact_half_up(total: Fraction) -> Decimal:
    cents = total * 100
    whole = cents.numerator // cents.denominator
    if cents - whole >= Fraction(1, 2):
        whole += 1
    return (Decimal(whole) / 100).quantize(Decimal("0.01"))


@settings(max_examples=500)
@given(
    values=st.lists(st.decimals(min_value=0, max_value=10**9, places=4), min_size=1, max_size=6),
    currencies=st.lists(st.sampled_from(["USD", "CAD", "EUR"]), min_size=6, max_size=6),
    cad=RATES,
    eur=RATES,
)
def test_conversion_is_exact_then_rounded_half_up(values, currencies, cad, eur) -> None:  # type: ignore[no-untyped-def]
    fx = {"CAD": cad, "EUR": eur}
    parcel_lines = tuple(line(str(v), c) for v, c in zip(values, currencies, strict=False))
    exact = sum(
        (
            Fraction(ln.value) * (1 if ln.currency == "USD" else Fraction(fx[ln.currency]))
            for ln in parcel_lines
        ),
        Fraction(0),
    )
    assert parcel_value_usd(parcel_lines, fx) == _exact_half_up(exact)


def test_the_money_code_never_touches_float() -> None:
    for module in (compliance, money):
        tree = ast.parse(inspect.getsource(module))
        names = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
        assert "float" not in names, module.__name__
