"""The dated rule data (resources/rules/*.json): the regime, limits and exclusions in force."""

from __future__ import annotations

import hashlib
import itertools
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from s321_desk.domain.codes import Regime
from s321_desk.domain.findings import Code
from s321_desk.domain.texts import translate

RULE_FILES = ("regimes.json", "origin_exclusions.json", "limits.json", "restrictions.json")
REGIMES = tuple(Regime)
LIMIT_IDS = ("DE_MINIMIS_USD", "INFORMAL_ENTRY_USD", "OVERWEIGHT_ADVISORY_KG")
RESTRICTION_IDS = (Code.RESTRICTED_ALCOHOL, Code.RESTRICTED_TOBACCO, Code.RESTRICTED_FIREARMS)


class RuleDataError(Exception):
    """The rule data cannot be used; the message names the file, the record and the field."""


@dataclass(frozen=True, slots=True)
class RuleRecord:
    kind: str
    id: str
    start: datetime
    end: datetime | None  # None: open-ended
    value: Any
    basis: str

    def covers(self, instant: datetime) -> bool:
        return self.start <= instant and (self.end is None or instant < self.end)


@dataclass(frozen=True, slots=True)
class Restriction:
    code: Code
    hts_prefixes: tuple[str, ...]
    flags: frozenset[str]
    basis: str

    def applies(self, hts: str | None, flags: Iterable[str]) -> bool:
        if hts and hts.startswith(self.hts_prefixes):
            return True
        return not self.flags.isdisjoint(flags)


@dataclass(frozen=True, slots=True)
class RulesInForce:
    """What the rule data says at one instant (the crossing, or the pinned "rules as of")."""

    instant: datetime
    regime: Regime
    regime_basis: str
    de_minimis_usd: Decimal
    informal_entry_usd: Decimal
    overweight_advisory_kg: Decimal
    excluded_origins: frozenset[str]
    restrictions: tuple[Restriction, ...]


class RuleBook:
    """All records of the rule files, and the version (a digest of their bytes) they make."""

    def __init__(self, records: list[RuleRecord], version: str) -> None:
        self.records = records
        self.version = version
        self._by_kind: dict[str, list[RuleRecord]] = {}
        for record in records:
            self._by_kind.setdefault(record.kind, []).append(record)
        self._cache: dict[datetime, RulesInForce] = {}

    def in_force(self, instant: datetime) -> RulesInForce:
        """The rules at ``instant``; raises RuleDataError where the data does not cover it."""
        if instant.tzinfo is None:
            raise ValueError("rules are looked up at a timezone-aware instant")
        cached = self._cache.get(instant)
        if cached is not None:
            return cached
        regime = self._one("regimes", None, instant)
        limits = {limit: Decimal(self._one("limits", limit, instant).value) for limit in LIMIT_IDS}
        excluded = frozenset(
            origin
            for record in self._by_kind["origin_exclusions"]
            if record.covers(instant)
            for origin in record.value
        )
        restrictions = tuple(
            Restriction(
                code=Code(record.id),
                hts_prefixes=tuple(record.value["hts_prefixes"]),
                flags=frozenset(record.value["flags"]),
                basis=record.basis,
            )
            for record in self._by_kind["restrictions"]
            if record.covers(instant)
        )
        rules = RulesInForce(
            instant=instant,
            regime=Regime(regime.value),
            regime_basis=regime.basis,
            de_minimis_usd=limits["DE_MINIMIS_USD"],
            informal_entry_usd=limits["INFORMAL_ENTRY_USD"],
            overweight_advisory_kg=limits["OVERWEIGHT_ADVISORY_KG"],
            excluded_origins=excluded,
            restrictions=restrictions,
        )
        if len(self._cache) < 4096:
            self._cache[instant] = rules
        return rules

    def _one(self, kind: str, record_id: str | None, instant: datetime) -> RuleRecord:
        for record in self._by_kind.get(kind, ()):
            if (record_id is None or record.id == record_id) and record.covers(instant):
                return record
        what = f"{kind} {record_id}" if record_id else kind
        raise RuleDataError(
            translate("Rules", "the rule data has no {what} in force at {instant}").format(
                what=what, instant=instant.isoformat()
            )
        )


def load_rulebook(folder: Path) -> RuleBook:
    """Read and check every rule file in ``folder``."""
    records: list[RuleRecord] = []
    digest = hashlib.sha256()
    for name in RULE_FILES:
        path = folder / name
        try:
            data = path.read_bytes()
        except OSError as error:
            raise RuleDataError(f"{path}: cannot read the rule file ({error.strerror})") from None
        digest.update(name.encode() + b"\0" + data + b"\0")
        records.extend(_parse_file(path, data))
    _check_no_overlap(records)
    return RuleBook(records, version=f"rules-{digest.hexdigest()[:12]}")


def _parse_file(path: Path, data: bytes) -> list[RuleRecord]:
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise RuleDataError(f"{path}: not valid JSON ({error})") from None
    kind = path.stem
    if not isinstance(document, dict) or document.get("kind") != kind:
        raise RuleDataError(f'{path}: "kind" must be "{kind}"')
    raw_records = document.get("records")
    if not isinstance(raw_records, list) or not raw_records:
        raise RuleDataError(f'{path}: "records" must be a non-empty list')
    return [_parse_record(path, kind, index, raw) for index, raw in enumerate(raw_records)]


def _parse_record(path: Path, kind: str, index: int, raw: Any) -> RuleRecord:
    where = f"{path}: records[{index}]"
    if not isinstance(raw, dict):
        raise RuleDataError(f"{where}: must be an object")
    for key in ("id", "from", "value", "basis"):
        if key not in raw or raw[key] in (None, ""):
            raise RuleDataError(f"{where}: {key}: missing")
    if not isinstance(raw["basis"], str):
        raise RuleDataError(f"{where}: basis: must be text naming the legal source")
    start = _instant(where, "from", raw["from"])
    end = None if raw.get("to") is None else _instant(where, "to", raw["to"])
    if end is not None and end <= start:
        raise RuleDataError(f"{where}: to: must be after from")
    record = RuleRecord(kind, str(raw["id"]), start, end, raw["value"], raw["basis"])
    _check_value(where, record)
    return record


def _instant(where: str, key: str, text: Any) -> datetime:
    try:
        value = datetime.fromisoformat(text)
    except (TypeError, ValueError):
        raise RuleDataError(f"{where}: {key}: {text!r} is not an ISO 8601 instant") from None
    if value.tzinfo is None:
        raise RuleDataError(f"{where}: {key}: {text!r} has no UTC offset")
    return value


def _check_value(where: str, record: RuleRecord) -> None:
    value = record.value
    if record.kind == "regimes" and value not in REGIMES:
        raise RuleDataError(f"{where}: value: {value!r} is not one of {', '.join(REGIMES)}")
    if record.kind == "limits":
        if record.id not in LIMIT_IDS:
            raise RuleDataError(f"{where}: id: {record.id!r} is not one of {', '.join(LIMIT_IDS)}")
        try:
            if not isinstance(value, str) or Decimal(value) <= 0:
                raise InvalidOperation
        except InvalidOperation:
            raise RuleDataError(
                f"{where}: value: {value!r} is not a positive decimal text"
            ) from None
    if record.kind == "origin_exclusions" and not (
        isinstance(value, list) and value and all(isinstance(v, str) and len(v) == 2 for v in value)
    ):
        raise RuleDataError(f"{where}: value: must be a list of two-letter country codes")
    if record.kind == "restrictions":
        if record.id not in RESTRICTION_IDS:
            raise RuleDataError(
                f"{where}: id: {record.id!r} is not one of {', '.join(RESTRICTION_IDS)}"
            )
        if not (
            isinstance(value, dict)
            and all(isinstance(p, str) and p.isdigit() for p in value.get("hts_prefixes", [None]))
            and all(isinstance(f, str) for f in value.get("flags", [None]))
        ):
            raise RuleDataError(f"{where}: value: needs hts_prefixes (digits) and flags (text)")


def _check_no_overlap(records: list[RuleRecord]) -> None:
    """Two records of one kind and id (regimes: of the kind) must not be in force at once."""
    groups: dict[tuple[str, str], list[RuleRecord]] = {}
    for record in records:
        if record.kind == "origin_exclusions":
            continue  # exclusions may overlap: the union applies
        key = (record.kind, "" if record.kind == "regimes" else record.id)
        groups.setdefault(key, []).append(record)
    for (kind, _), group in groups.items():
        group.sort(key=lambda r: r.start)
        for before, after in itertools.pairwise(group):
            if before.end is None or before.end > after.start:
                raise RuleDataError(
                    f"{kind}.json: {before.id} and {after.id} are both in force at "
                    f"{after.start.isoformat()}"
                )
