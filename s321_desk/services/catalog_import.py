"""Importing the native catalog CSV (the SKU master) into the store, all or nothing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import Engine, update
from sqlmodel import Session, col, select

from s321_desk.domain.catalog import normalize_gtin, normalize_hts, parse_flags, title_key
from s321_desk.domain.crew import JURISDICTIONS
from s321_desk.domain.hazmat import hazmat_problem, parse_hazard_class, parse_un_number
from s321_desk.domain.iso import COUNTRIES
from s321_desk.domain.mid import CANADA_PROVINCES, mid_problem
from s321_desk.domain.money import parse_amount, parse_currency, to_cents
from s321_desk.domain.scanning import parse_sku
from s321_desk.domain.texts import translate
from s321_desk.services import access, audit
from s321_desk.services.csvfile import (
    FieldReader,
    Problems,
    check_shape,
    column_limit,
    read_csv,
    require_columns,
)
from s321_desk.store.models import OrderLine, Product, utcnow
from s321_desk.store.uow import UnitOfWork

# The dangerous goods and manufacturer columns (optional): dangerous goods other
# than the lithium flags (UN3480...), and the maker.
MAKER = (
    "un_number",
    "hazard_class",
    "manufacturer",
    "manufacturer_street",
    "manufacturer_city",
    "manufacturer_province",
    "manufacturer_country",
    "mid",
)
COLUMNS = [
    "sku",
    "description",
    "hts",
    "origin",
    "unit_value",
    "currency",
    "weight_kg",
    "flags",
    "barcode",
    "import_transaction",  # optional: the B3 it came in under, for the drawback report
    "store_title",  # optional: the store's product title (Shopify's "Lineitem name")
    *MAKER,
]
REQUIRED = ["sku", "description", "unit_value", "currency"]
# ``progress(done, total, text)``: how far an import is; it may raise to stop the import (a
# cancel), which then leaves the store as it was.
Progress = Callable[[int, int, str], None]
PROGRESS_EVERY = 256  # rows between two reports: cheap, and a cancel is heard within ms
# The fields compared to tell an unchanged product from an updated one.
FIELDS = (
    "description",
    "hts",
    "origin",
    "unit_value_cents",
    "currency",
    "weight_g",
    "flags",
    "barcode",
    "import_transaction",
    "store_title",
    *MAKER,
)
# Optional columns: a file without one leaves the products' values of it as they are.
OPTIONAL = ("import_transaction", "store_title", *MAKER)
IMPORT_TRANSACTION_DIGITS = 14


@dataclass(frozen=True)
class CatalogSummary:
    products: int  # newly added
    updated: int
    unchanged: int
    unclassified: int  # products in the file with no HTS or no origin (packing them holds)
    file: str
    # Order lines already in the store without a SKU, now given the SKU of the product whose
    # store title they bear.
    lines_matched: int = 0

    def as_dict(self) -> dict[str, object]:
        return asdict(self)

    def sentence(self) -> str:
        counts = translate(
            "CatalogImport",
            "Catalog {file}: {products} new product(s), {updated} updated, {unchanged} "
            "unchanged; {unclassified} without HTS or origin.",
        ).format(
            file=self.file,
            products=self.products,
            updated=self.updated,
            unchanged=self.unchanged,
            unclassified=self.unclassified,
        )
        if not self.lines_matched:
            return str(counts)
        matched = translate(
            "CatalogImport",
            "{count} order line(s) without a SKU matched to a product by its store title.",
        ).format(count=self.lines_matched)
        return f"{counts} {matched}"


@dataclass(frozen=True)
class CatalogRow:
    """One valid row of the file, as the products table holds it."""

    line: int
    sku: str
    description: str
    hts: str | None
    origin: str | None
    unit_value_cents: int
    currency: str
    weight_g: int | None
    flags: str
    barcode: str | None
    import_transaction: str | None = None
    store_title: str | None = None
    un_number: str | None = None
    hazard_class: str | None = None
    manufacturer: str | None = None
    manufacturer_street: str | None = None
    manufacturer_city: str | None = None
    manufacturer_province: str | None = None
    manufacturer_country: str | None = None
    mid: str | None = None
    # The optional columns the file has: one it lacks leaves the products' values as they are.
    given: frozenset[str] = frozenset(OPTIONAL)

    def values(self) -> dict[str, object]:
        """The product's fields (all but the SKU), to compare with and write to a product."""
        return {name: getattr(self, name) for name in FIELDS
                if name not in OPTIONAL or name in self.given}  # fmt: skip


def parse_catalog(
    path: Path, progress: Progress | None = None
) -> tuple[list[CatalogRow], Problems]:
    """The file's valid rows and its problems; ``progress`` hears the rows checked (the first
    half of ``import_catalog``'s count)."""
    table = read_csv(path)
    problems = Problems(str(path))
    require_columns(table, REQUIRED, problems)
    problems.raise_if_any()
    products: list[CatalogRow] = []
    first_line_of_sku: dict[str, int] = {}
    first_line_of_barcode: dict[str, int] = {}
    first_line_of_title: dict[str, int] = {}
    given = frozenset(column for column in OPTIONAL if table.has(column))
    total = len(table.records)
    for number, record in enumerate(table.records):
        if progress is not None and number % PROGRESS_EVERY == 0:
            progress(number, 2 * total, f"Checking row {number + 1:,} of {total:,}")
        check_shape(record, problems)
        line = record.line
        cells = FieldReader(record, problems)
        sku = cells.value("sku", parse_sku, required=True)
        description = cells.text("description", required=True,
                                 limit=column_limit(Product, "description"))  # fmt: skip
        hts = cells.value("hts", normalize_hts)
        origin = cells.value("origin", _parse_country)
        value = cells.value("unit_value", parse_amount, required=True)
        currency = cells.value("currency", parse_currency, required=True)
        weight = cells.value("weight_kg", lambda t: parse_amount(t, max_places=3))
        flags = cells.value("flags", parse_flags) or ()
        barcode = cells.value("barcode", normalize_gtin)
        transaction = cells.value("import_transaction", parse_import_transaction)
        title = cells.text("store_title", limit=column_limit(Product, "store_title"))
        maker = _maker(cells, flags)
        if sku is not None:
            if sku in first_line_of_sku:
                problems.add(
                    line,
                    "sku",
                    translate("CatalogImport", "{sku} already given on line {line}").format(
                        sku=sku, line=first_line_of_sku[sku]
                    ),
                )
            first_line_of_sku.setdefault(sku, line)
        if barcode is not None:
            if barcode in first_line_of_barcode:
                problems.add(
                    line,
                    "barcode",
                    translate("CatalogImport", "{barcode} already given on line {line}").format(
                        barcode=barcode, line=first_line_of_barcode[barcode]
                    ),
                )
            first_line_of_barcode.setdefault(barcode, line)
        if title is not None:
            key = title_key(title)
            if key in first_line_of_title:
                problems.add(
                    line,
                    "store_title",
                    translate(
                        "CatalogImport",
                        "{title} already given on line {line}: a store title names one product",
                    ).format(title=repr(title), line=first_line_of_title[key]),
                )
            first_line_of_title.setdefault(key, line)
        if cells.ok:
            assert sku and description and value is not None and currency
            products.append(
                CatalogRow(
                    line=line,
                    sku=sku,
                    description=description,
                    hts=hts,
                    origin=origin,
                    unit_value_cents=to_cents(value),
                    currency=currency,
                    weight_g=None if weight is None else int(weight * 1000),
                    flags=";".join(flags),
                    barcode=barcode,
                    import_transaction=transaction,
                    store_title=title,
                    given=given,
                    **maker,
                )
            )
    return products, problems


def import_catalog(
    engine: Engine, path: Path, *, progress: Progress | None = None
) -> CatalogSummary:
    """Add new SKUs, update changed ones; refuse the whole file on any problem.

    ``progress(done, total, text)`` counts the file's rows twice: checked, then written
    (total = 2 x rows). It is called inside the import's one transaction too: if it raises
    (a cancel), nothing is imported.
    """
    access.check(engine, access.IMPORTING_CATALOG)
    if progress is not None:
        progress(0, 0, f"Reading {path.name}")  # a total of 0: not known yet
    rows, problems = parse_catalog(path, progress)
    problems.raise_if_any()
    added = updated = unchanged = 0
    with UnitOfWork(engine, immediate=True) as uow:
        session = uow.session
        access.require(session, access.IMPORTING_CATALOG)
        existing = {p.sku: p for p in session.scalars(select(Product))}
        barcode_owner = {p.barcode: p.sku for p in existing.values() if p.barcode}
        for row in rows:
            owner = barcode_owner.get(row.barcode) if row.barcode else None
            if owner is not None and owner != row.sku:
                problems.add(
                    row.line,
                    "barcode",
                    translate(
                        "CatalogImport", "{barcode} already belongs to SKU {sku} in the catalog"
                    ).format(barcode=row.barcode, sku=owner),
                )
        _check_titles(existing, rows, problems)
        problems.raise_if_any()
        now = utcnow()
        for number, row in enumerate(rows):
            if progress is not None and number % PROGRESS_EVERY == 0:
                session.flush()  # the writing happens here, so the count follows it
                progress(len(rows) + number, 2 * len(rows),
                         f"Writing product {number + 1:,} of {len(rows):,}")  # fmt: skip
            values = row.values()
            product = existing.get(row.sku)
            if product is None:
                product = Product.model_validate({"sku": row.sku, **values})
                product.created_at = product.updated_at = now
                session.add(product)
                added += 1
            elif any(getattr(product, key) != value for key, value in values.items()):
                for key, value in values.items():
                    setattr(product, key, value)
                product.updated_at = now
                updated += 1
            else:
                unchanged += 1
        session.flush()
        summary = CatalogSummary(
            products=added,
            updated=updated,
            unchanged=unchanged,
            unclassified=sum(1 for row in rows if not row.hts or not row.origin),
            file=str(path),
            lines_matched=_match_stored_lines(session) if rows and "store_title" in rows[0].given
            else 0,
        )  # fmt: skip
        if added or updated:
            audit.record(
                session,
                "import.catalog",
                entity_type="file",
                entity_id=path.name,
                details=summary.as_dict(),
            )
        session.flush()
        if progress is not None:
            progress(2 * len(rows), 2 * len(rows), "Saving")
        uow.commit()
    return summary


def _check_titles(existing: dict[str, Product], rows: list[CatalogRow], problems: Problems) -> None:
    """A store title names one product: none of the file's may be another SKU's after the
    import (a product of the store, or of the file)."""
    titles: dict[str, str | None] = {
        sku: p.store_title for sku, p in existing.items() if p.store_title
    }
    for row in rows:
        if "store_title" in row.given:
            titles[row.sku] = row.store_title
    owner: dict[str, str] = {}
    for sku, title in titles.items():
        if title:
            owner.setdefault(title_key(title), sku)
    for row in rows:
        if row.store_title is None:
            continue
        holder = owner[title_key(row.store_title)]
        if holder != row.sku and holder not in {r.sku for r in rows}:
            problems.add(
                row.line,
                "store_title",
                translate(
                    "CatalogImport", "{title} is already the store title of SKU {sku}"
                ).format(title=repr(row.store_title), sku=holder),
            )


def _match_stored_lines(session: Session) -> int:
    """Give the order lines without a SKU the SKU of the product whose store title they bear;
    how many were given one."""
    by_key = {
        title_key(title): sku
        for title, sku in session.exec(
            select(Product.store_title, Product.sku).where(col(Product.store_title).is_not(None))
        ).all()
        if title
    }
    if not by_key:
        return 0
    matched = 0
    for line_id, description in session.exec(
        select(OrderLine.id, OrderLine.description).where(col(OrderLine.sku).is_(None))
    ).all():
        sku = by_key.get(title_key(description))
        if sku is not None:
            session.execute(update(OrderLine).where(col(OrderLine.id) == line_id).values(sku=sku))
            matched += 1
    return matched


def _maker(cells: FieldReader, flags: tuple[str, ...]) -> dict[str, str | None]:
    """The row's dangerous-goods and manufacturer cells, checked against each other."""
    values: dict[str, str | None] = {
        "un_number": cells.value("un_number", parse_un_number),
        "hazard_class": cells.value("hazard_class", parse_hazard_class),
        "mid": cells.value("mid", _parse_mid),
        "manufacturer_country": cells.value("manufacturer_country", _parse_country),
        "manufacturer_province": cells.value("manufacturer_province", _parse_province),
    }
    for name in ("manufacturer", "manufacturer_street", "manufacturer_city"):
        values[name] = cells.text(name, limit=column_limit(Product, name))
    problem = hazmat_problem(list(flags), values["un_number"], values["hazard_class"])
    if problem is not None:
        cells.problem("un_number" if values["un_number"] else "flags", problem)
    if values["manufacturer_country"] == "CA" and not values["manufacturer_province"]:
        cells.problem(
            "manufacturer_province",
            translate("CatalogImport", "a Canadian manufacturer's province is required (its MID "
                      "begins with the province's code)"),
        )  # fmt: skip
    return values


def _parse_mid(text: str) -> str:
    value = text.strip().upper()
    problem = mid_problem(value)
    if problem is not None:
        raise ValueError(problem)
    return value


def _parse_province(text: str) -> str:
    value = text.strip().upper()
    if value not in CANADA_PROVINCES and value not in JURISDICTIONS:
        raise ValueError(
            translate("CatalogImport", "{text} is not a state or province code (ON, QC...)")
            .format(text=repr(text))
        )  # fmt: skip
    return value


def parse_import_transaction(text: str) -> str:
    """A Canadian import transaction number (the B3's, CBSA): 14 digits, as printed with or
    without spaces or hyphens between its groups (``12345 12345678 9``)."""
    digits = "".join(ch for ch in text if ch not in " -")
    if not (digits.isascii() and digits.isdigit() and len(digits) == IMPORT_TRANSACTION_DIGITS):
        raise ValueError(
            translate(
                "CatalogImport",
                "{text} is not a Canadian import transaction number (the B3's {digits} digits, "
                "e.g. 12345678901234)",
            ).format(text=repr(text), digits=IMPORT_TRANSACTION_DIGITS)
        )
    return digits


def _parse_country(text: str) -> str:
    code = text.upper()
    if code not in COUNTRIES:
        raise ValueError(
            translate(
                "CatalogImport", "{text} is not an ISO 3166 two-letter country code (e.g. CA, CN)"
            ).format(text=repr(text))
        )
    return code
