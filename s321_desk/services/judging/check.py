"""The ``check`` command: cases as JSON in, verdicts as JSON out, no database (RULES.md s.6)."""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, BinaryIO

from s321_desk.domain.catalog import KNOWN_FLAGS
from s321_desk.domain.compliance import Verdict, evaluate
from s321_desk.domain.iso import CURRENCIES
from s321_desk.domain.parcels import Context, Line, OtherParcel, ParcelCase
from s321_desk.domain.recipients import Recipient
from s321_desk.domain.rules import RuleBook
from s321_desk.services.kernel.errors import UserError

# The largest input ``check`` reads (a file or stdin): 64 MB holds some 40,000 cases; more is
# refused by its size, before it is read whole into memory.
MAX_INPUT_BYTES = 64 * 1024 * 1024
# The longest text in a case (a name, an address line, a description).
MAX_TEXT = 1_000
# Amounts, weights and quantities stay below a trillion: no parcel is worth more, and a value
# of 1e999 would overflow the cents' arithmetic.
MAX_AMOUNT = Decimal(10**12)


class MalformedInput(UserError):
    """The input cannot be evaluated; the message names the case and the field."""

    exit_code = 2


def read_input(source: str) -> str:
    """The cases' text from a file or ``-`` (stdin), refused plainly when too large, unreadable
    or not UTF-8."""
    try:
        if source == "-":
            raw = _bounded(sys.stdin.buffer)
        else:
            path = Path(source)
            if path.is_file() and path.stat().st_size > MAX_INPUT_BYTES:
                raw = b"x" * (MAX_INPUT_BYTES + 1)  # not read: its size says enough
            else:  # a device or a pipe says no size: its bytes are counted as read
                with open(path, "rb") as stream:
                    raw = _bounded(stream)
    except OSError as error:
        raise MalformedInput(f"{source}: cannot read ({error.strerror or error})") from None
    if len(raw) > MAX_INPUT_BYTES:
        raise MalformedInput(
            f"{source}: too large (more than {MAX_INPUT_BYTES // 1024 // 1024} MB of cases); "
            "split the cases over several files"
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise MalformedInput(
            f"{source}: not UTF-8 text (byte 0x{raw[error.start]:02x} at offset {error.start})"
        ) from None


def _bounded(stream: BinaryIO) -> bytes:
    """At most one byte past the limit, read a chunk at a time (a NUL byte, which no JSON
    holds, stops it at once: /dev/zero is not a document of cases)."""
    chunks, read = [], 0
    while read <= MAX_INPUT_BYTES and (chunk := stream.read(1 << 20)):
        if b"\x00" in chunk:
            raise MalformedInput("input: not JSON text (it contains NUL bytes)")
        chunks.append(chunk)
        read += len(chunk)
    return b"".join(chunks)


def run_check(text: str, rulebook: RuleBook) -> dict[str, Any]:
    """Evaluate every case of the input document; raises MalformedInput on the first bad field."""
    try:
        document = json.loads(
            text, parse_float=Decimal, parse_int=_int_or_decimal, parse_constant=_no_constant
        )
    except json.JSONDecodeError as error:
        raise MalformedInput(
            f"input: not JSON (line {error.lineno}, column {error.colno}: {error.msg})"
        ) from None
    except RecursionError:
        raise MalformedInput("input: nested too deeply to be a document of cases") from None
    except ValueError as error:  # an integer of thousands of digits
        raise MalformedInput(f"input: {error}") from None
    if not isinstance(document, dict):
        raise MalformedInput("input: the document must be a JSON object")
    fx = _fx(document.get("fx_to_usd", {}))
    cases = document.get("cases")
    if not isinstance(cases, list):
        raise MalformedInput("input: cases: must be a list")
    parsed = [_Case(raw, index, fx) for index, raw in enumerate(cases)]
    results = []
    for case in parsed:
        verdict = evaluate(case.parcel, case.context, case.crossing, rulebook, fx, case.rules_as_of)
        results.append(verdict_json(case.id, verdict))
    return {"results": results}


def verdict_json(case_id: str, verdict: Verdict) -> dict[str, Any]:
    return {
        "id": case_id,
        "route": verdict.route.value,
        "eligible_321": verdict.eligible_321,
        "consignment_value_usd": f"{verdict.consignment_value_usd:.2f}",
        "parcel_value_usd": f"{verdict.parcel_value_usd:.2f}",
        "regime": verdict.regime,
        "rules_version": verdict.rules_version,
        "rules_as_of": verdict.rules_as_of.isoformat() if verdict.rules_as_of else None,
        "codes": [
            {"code": f.code, "severity": f.severity.value, "message": f.message.english}
            for f in verdict.findings
        ],
    }


def _int_or_decimal(text: str) -> int:
    return int(text)


def _no_constant(name: str) -> Any:
    raise MalformedInput(f"input: {name} is not a number JSON allows")


def _fx(raw: Any) -> dict[str, Decimal]:
    if not isinstance(raw, dict):
        raise MalformedInput("input: fx_to_usd: must be an object of currency: rate")
    rates = {}
    for currency, rate in raw.items():
        if currency not in CURRENCIES:
            raise MalformedInput(f"input: fx_to_usd.{currency}: unknown currency")
        value = _decimal(rate, f"input: fx_to_usd.{currency}")
        if value <= 0 or value >= MAX_AMOUNT:
            raise MalformedInput(
                f"input: fx_to_usd.{currency}: the rate must be positive and below a trillion"
            )
        rates[currency] = value
    return rates


def _decimal(raw: Any, where: str) -> Decimal:
    if isinstance(raw, bool) or not isinstance(raw, str | int | Decimal):
        raise MalformedInput(f"{where}: {raw!r} is not a number")
    try:
        value = Decimal(raw) if not isinstance(raw, Decimal) else raw
    except InvalidOperation:
        raise MalformedInput(f"{where}: {raw!r} is not a number") from None
    if not value.is_finite():
        raise MalformedInput(f"{where}: {raw!r} is not a number")
    return value


def _printable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


class _Case:
    """One case read field by field; every refusal names the case id and the field."""

    def __init__(self, raw: Any, index: int, fx: Mapping[str, Decimal]) -> None:
        self.fx = fx
        if not isinstance(raw, dict):
            raise MalformedInput(f"case #{index + 1}: must be an object")
        case_id = raw.get("id")
        if not isinstance(case_id, str) or not case_id.strip():
            raise MalformedInput(f"case #{index + 1}: id: missing")
        if not _printable(case_id) or len(case_id) > MAX_TEXT:
            raise MalformedInput(f"case #{index + 1}: id: not a usable text")
        self.id = case_id
        crossing = self._instant(raw, "crossing", required=True)
        assert crossing is not None
        self.crossing: datetime = crossing
        self.rules_as_of = self._instant(raw, "rules_as_of", required=False)
        self._text(raw, "port", "port", required=True)
        parcel = self._object(raw, "parcel", "parcel")
        lines_raw = parcel.get("lines")
        if not isinstance(lines_raw, list) or not lines_raw:
            raise self.bad("parcel.lines", "must be a non-empty list")
        weight = parcel.get("weight_kg")
        self.parcel = ParcelCase(
            recipient=self._recipient(parcel.get("recipient"), "parcel.recipient"),
            lines=tuple(self._line(line, f"parcel.lines[{i}]") for i, line in enumerate(lines_raw)),
            weight_kg=None if weight is None else self._amount(weight, "parcel.weight_kg"),
            order=self._text(parcel, "order", "parcel.order", required=False),
        )
        context = raw.get("context") or {}
        if not isinstance(context, dict):
            raise self.bad("context", "must be an object")
        self.context = Context(
            same_truck=self._others(context, "same_truck", with_recipient=True),
            earlier_same_day=self._others(context, "earlier_same_day", with_recipient=True),
            same_order=self._others(context, "same_order", with_recipient=False),
        )

    def bad(self, field: str, reason: str) -> MalformedInput:
        return MalformedInput(f"case {self.id}: {field}: {reason}")

    def _object(self, raw: dict[str, Any], key: str, field: str) -> dict[str, Any]:
        value = raw.get(key)
        if not isinstance(value, dict):
            raise self.bad(field, "missing" if value is None else "must be an object")
        return value

    def _text(self, raw: dict[str, Any], key: str, field: str, *, required: bool) -> str | None:
        value = raw.get(key)
        if value is None or value == "":
            if required:
                raise self.bad(field, "missing")
            return None
        if not isinstance(value, str):
            raise self.bad(field, f"{value!r} is not text")
        if len(value) > MAX_TEXT:
            raise self.bad(field, f"too long ({len(value):,} characters, at most {MAX_TEXT:,})")
        if not _printable(value):
            raise self.bad(field, "not valid Unicode text (a lone surrogate)")
        return value

    def _instant(self, raw: dict[str, Any], key: str, *, required: bool) -> datetime | None:
        text = self._text(raw, key, key, required=required)
        if text is None:
            return None
        try:
            value = datetime.fromisoformat(text)
        except ValueError:
            raise self.bad(key, f"{text!r} is not an ISO 8601 date and time") from None
        if value.tzinfo is None:
            raise self.bad(key, f"{text!r} has no UTC offset (e.g. 2024-06-10T10:00:00-07:00)")
        return value

    def _amount(self, raw: Any, field: str) -> Decimal:
        if raw is None:
            raise self.bad(field, "missing")
        value = _decimal(raw, f"case {self.id}: {field}")
        if value < 0:
            raise self.bad(field, f"{raw!r} is negative")
        if value >= MAX_AMOUNT:
            raise self.bad(field, f"{raw!r} is too large (at most {MAX_AMOUNT - 1:,})")
        return value

    def _recipient(self, raw: Any, field: str) -> Recipient:
        if not isinstance(raw, dict):
            raise self.bad(field, "missing" if raw is None else "must be an object")
        values = {}
        for key in ("name", "address1", "city", "state", "postal_code", "country"):
            values[key] = self._text(raw, key, f"{field}.{key}", required=True)
        values["address2"] = self._text(raw, "address2", f"{field}.address2", required=False)
        given = {k: v or "" for k, v in values.items()}
        return Recipient(
            given["name"],
            given["address1"],
            given["address2"],
            given["city"],
            given["state"],
            given["postal_code"],
            given["country"],
        )

    def _line(self, raw: Any, field: str) -> Line:
        if not isinstance(raw, dict):
            raise self.bad(field, "must be an object")
        quantity = raw.get("quantity")
        if isinstance(quantity, bool) or not isinstance(quantity, int) or quantity < 1:
            raise self.bad(f"{field}.quantity", f"{quantity!r} is not a positive whole number")
        if quantity >= MAX_AMOUNT:
            raise self.bad(f"{field}.quantity", f"too large (at most {MAX_AMOUNT - 1:,})")
        currency = self._text(raw, "currency", f"{field}.currency", required=True)
        if currency not in CURRENCIES:
            raise self.bad(f"{field}.currency", f"unknown currency {currency!r}")
        if currency != "USD" and currency not in self.fx:
            raise self.bad(f"{field}.currency", f"no rate for {currency} in fx_to_usd")
        hts = self._text(raw, "hts", f"{field}.hts", required=False)
        if hts is not None:
            digits = hts.replace(".", "").replace(" ", "")
            if not digits.isdigit() or not 6 <= len(digits) <= 10:
                raise self.bad(f"{field}.hts", f"{hts!r} is not an HTS number (6 to 10 digits)")
            hts = digits
        origin = self._text(raw, "origin", f"{field}.origin", required=False)
        if origin is not None and (len(origin) != 2 or not origin.isalpha()):
            raise self.bad(f"{field}.origin", f"{origin!r} is not a two-letter country code")
        flags = raw.get("flags") or []
        if not isinstance(flags, list) or not all(isinstance(f, str) for f in flags):
            raise self.bad(f"{field}.flags", "must be a list of flag names")
        unknown = sorted(set(flags) - KNOWN_FLAGS)
        if unknown:
            raise self.bad(f"{field}.flags", f"unknown flag {', '.join(unknown)}")
        return Line(
            description=self._text(raw, "description", f"{field}.description", required=False)
            or "",
            hts=hts,
            origin=origin.upper() if origin else None,
            quantity=quantity,
            value=self._amount(raw.get("value"), f"{field}.value"),
            currency=currency,
            flags=frozenset(flags),
        )

    def _others(
        self, context: dict[str, Any], key: str, *, with_recipient: bool
    ) -> tuple[OtherParcel, ...]:
        raw = context.get(key) or []
        if not isinstance(raw, list):
            raise self.bad(f"context.{key}", "must be a list")
        others = []
        for index, item in enumerate(raw):
            field = f"context.{key}[{index}]"
            if not isinstance(item, dict):
                raise self.bad(field, "must be an object")
            crossing_date = None
            text = self._text(item, "crossing_date", f"{field}.crossing_date", required=False)
            if text is not None:
                try:
                    crossing_date = date.fromisoformat(text)
                except ValueError:
                    raise self.bad(f"{field}.crossing_date", f"{text!r} is not a date") from None
            others.append(
                OtherParcel(
                    value_usd=self._amount(item.get("value_usd"), f"{field}.value_usd"),
                    recipient=self._recipient(item.get("recipient"), f"{field}.recipient")
                    if with_recipient
                    else None,
                    route=self._text(item, "route", f"{field}.route", required=False),
                    crossing_date=crossing_date,
                )
            )
        return tuple(others)
