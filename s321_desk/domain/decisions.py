"""When a verdict needs a supervisor: a hold, a warning to acknowledge, an unusual route."""

from __future__ import annotations

from collections.abc import Iterable

from s321_desk.domain.codes import Regime, Route, Severity
from s321_desk.domain.compliance import Verdict
from s321_desk.domain.findings import MUST_ACKNOWLEDGE

# The routes a regime normally gives: anything else is a decision (e.g. T11 while de minimis
# applies means a broker's entry someone must arrange).
USUAL_ROUTES: dict[str, frozenset[Route]] = {
    Regime.ACTIVE: frozenset({Route.S321_MANIFEST, Route.ET86}),
    Regime.SUSPENDED: frozenset({Route.T11}),
    Regime.REPEALED: frozenset({Route.T11}),
}


def needs_decision(
    verdict: Verdict, acknowledged: Iterable[str] = (), accepted_route: str | None = None
) -> bool:
    if any(f.severity is Severity.HOLD for f in verdict.findings):
        return True
    if set(verdict.codes) & MUST_ACKNOWLEDGE - set(acknowledged):
        return True
    usual = USUAL_ROUTES.get(verdict.regime, frozenset())
    return verdict.route not in usual and verdict.route.value != accepted_route
