"""The catalog as the desk shows it: SKUs found by a few letters, those that cannot cross yet
(no HTS number or no country of origin) first; a product's fields edited by a supervisor or an
administrator, each edit audited with the values before and after."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlmodel import Session

from s321_desk.domain.catalog import format_hts, normalize_hts, parse_flags
from s321_desk.domain.money import parse_amount, to_cents
from s321_desk.domain.texts import Text, translate
from s321_desk.services.admin.users import Person
from s321_desk.services.files.catalog_import import _parse_country
from s321_desk.services.kernel import access, audit
from s321_desk.services.kernel.errors import UserError
from s321_desk.services.kernel.given import given
from s321_desk.store.models import Product, utcnow
from s321_desk.store.repositories import admin as stored
from s321_desk.store.uow import Work, within

EDITING_CATALOG = access.Need(access.SUPERVISE, translate("Access", "editing the catalog"))
SHOWN_LIMIT = 2_000  # the rows a search lists; the count says how many matched in all


@dataclass(frozen=True)
class ProductRow:
    sku: str
    description: str
    hts: str | None
    origin: str | None
    unit_value_cents: int
    currency: str
    weight_g: int | None
    flags: str
    barcode: str | None

    @property
    def missing(self) -> bool:
        """It cannot cross yet: no HTS number or no country of origin."""
        return not self.hts or not self.origin

    @property
    def hts_text(self) -> str:
        return format_hts(self.hts) if self.hts else ""


@dataclass(frozen=True)
class Edited:
    """An edit's outcome: the product, its fields changed, and the parcels judged again with
    it whose verdict changed (by id), those on sealed trucks whose filing it would change."""

    row: ProductRow
    changed: list[str]
    rejudged: tuple[str, ...] = ()
    sealed_conflicts: int = 0


@dataclass(frozen=True)
class CatalogPage:
    rows: list[ProductRow]
    matched: int  # how many SKUs the search matches (rows lists SHOWN_LIMIT at most)
    missing: int  # how many of those lack an HTS number or an origin
    total: int  # SKUs in the catalog


def _row(product: Product) -> ProductRow:
    return ProductRow(
        product.sku,
        product.description,
        product.hts,
        product.origin,
        product.unit_value_cents,
        product.currency,
        product.weight_g,
        product.flags,
        product.barcode,
    )


def find_products(
    work: Work, search: str = "", *, missing_only: bool = False, limit: int = SHOWN_LIMIT
) -> CatalogPage:
    """The SKUs whose SKU, description, barcode or HTS holds ``search`` (any case), those
    without an HTS number or an origin first, then by SKU."""
    pattern = hts_digits = ""
    text = search.strip()
    if text:
        pattern = (
            "%" + text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        )
        digits = "".join(c for c in text if c.isdigit())
        if digits and all(c.isdigit() or c in ". " for c in text):
            hts_digits = digits
    with within(work) as uow:
        found = stored.find_products(
            uow.session, pattern, hts_digits, missing_only=missing_only, limit=limit
        )
        return CatalogPage(
            [_row(p) for p in found.products], found.matched, found.lacking, found.total
        )


# What an edit may change, each read from the text typed as an import reads its column.
EDITABLE: dict[str, Callable[[str], Any]] = {
    "description": lambda text: given(text, Product, "description", required=True),
    "hts": normalize_hts,
    "origin": _parse_country,
    "unit_value_cents": lambda text: to_cents(parse_amount(text)),
    "weight_g": lambda text: int(parse_amount(text, max_places=3) * Decimal(1000)),
    "flags": lambda text: ";".join(parse_flags(text)),
}
# Each field as the catalog file names its column (the refusals name it so).
FIELD_NAMES = {"description": "description", "hts": "hts", "origin": "origin",
               "unit_value_cents": "unit_value", "weight_g": "weight_kg",
               "flags": "flags"}  # fmt: skip


def parse_edit(typed: dict[str, str]) -> dict[str, Any]:
    """The values of an edit from the texts typed (an empty text clears an optional field:
    HTS, origin, weight, flags); a UserError naming the field (as the catalog file names its
    column) for the first one wrong."""
    values: dict[str, Any] = {}
    for key, text in typed.items():
        if key not in EDITABLE:
            raise UserError(
                translate("CatalogEdit", "{field}: not a field one edits here").format(field=key)
            )
        if not text.strip() and key not in ("description", "unit_value_cents"):
            values[key] = "" if key == "flags" else None
            continue
        try:
            values[key] = EDITABLE[key](text.strip())
        except ValueError as error:
            reason = error.args[0] if error.args else ""
            raise UserError(
                Text("", "{field}: {reason}").format(
                    field=FIELD_NAMES[key],
                    reason=reason if isinstance(reason, str | Text) else str(reason),
                ),
            ) from None
    return values


# The fields a verdict reads from the catalog: an edit of one judges its parcels again.
JUDGED_FIELDS = frozenset({"hts", "origin", "flags"})


def edit_product(
    work: Work,
    sku: str,
    typed: dict[str, str],
    *,
    by: Person | None = None,
    station: str = "",
) -> Edited:
    """Change a product's fields from the texts typed, a supervisor's or an administrator's
    act; audited ``product.edit`` with each changed field's value before and after (none
    changed: nothing written). A change of its HTS number, origin or flags has the person-days
    of the parcels holding it judged again, in the same transaction, as an FX rate does: a
    parcel held for the missing HTS number is released with it."""
    values = parse_edit(typed)
    with within(work, immediate=True) as uow:
        session = uow.session
        actor = access.require(session, EDITING_CATALOG, by)
        product = stored.product(session, sku)
        if product is None:
            raise UserError(
                translate("CatalogEdit", "SKU {sku} is not in the catalog").format(sku=repr(sku))
            )
        changed = [key for key, value in values.items() if getattr(product, key) != value]
        if changed:
            before = {key: getattr(product, key) for key in changed}
            for key in changed:
                setattr(product, key, values[key])
            product.updated_at = utcnow()
            session.add(product)
            audit.record(
                session,
                "product.edit",
                entity_type="product",
                entity_id=sku,
                user_id=actor.id if actor else None,
                station=station,
                details={"before": before, "after": {key: values[key] for key in changed}},
            )
            session.flush()
        rejudged: tuple[str, ...] = ()
        conflicts = 0
        if JUDGED_FIELDS & set(changed):
            rejudged, conflicts = _judge_again(session, sku)
        row = _row(product)
        uow.commit()
    return Edited(row, changed, rejudged, conflicts)


def _judge_again(session: Session, sku: str) -> tuple[tuple[str, ...], int]:
    """Judge again the days of the closed parcels holding ``sku`` (sealed ones keep their
    filing: a difference is recorded for a supervisor); the ids of those whose verdict
    changed, and how many sealed filings it would change."""
    # The verdicts' service reads the rules and the pins: imported when used.
    from s321_desk.services.judging.verdicts import Cause, rejudge

    parcels = stored.packed_parcels_holding(session, sku)
    if not parcels:
        return (), 0
    judgement = rejudge(session, parcels=parcels, cause=Cause("product.edit", sku))
    codes = stored.parcel_codes(session, judgement.changed)
    return tuple(codes[i] for i in judgement.changed), len(judgement.conflicts)
