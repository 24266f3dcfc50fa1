"""Importing the native catalog CSV (the SKU master) into the store, all or nothing."""

from __future__ import annotations

import errno
import os
import pickle
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session

from s321_desk.domain.catalog import normalize_gtin, normalize_hts, parse_flags, title_key
from s321_desk.domain.crew import JURISDICTIONS
from s321_desk.domain.hazmat import hazmat_problem, parse_hazard_class, parse_un_number
from s321_desk.domain.iso import COUNTRIES
from s321_desk.domain.mid import CANADA_PROVINCES, mid_problem
from s321_desk.domain.money import parse_amount, parse_currency, to_cents
from s321_desk.domain.scanning import parse_sku
from s321_desk.domain.texts import translate
from s321_desk.services.files.csv_reader import (
    FieldReader,
    Problems,
    Record,
    check_shape,
    read_csv,
    require_columns,
)
from s321_desk.services.kernel import access, audit
from s321_desk.store.columns import column_limit
from s321_desk.store.models import Product, utcnow
from s321_desk.store.repositories import files as stored
from s321_desk.store.uow import Work, one_action, within

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
        return {
            name: getattr(self, name)
            for name in FIELDS
            if name not in OPTIONAL or name in self.given
        }


@dataclass(frozen=True, slots=True)
class Keys:
    """What must be unique in the file, of a row refused for other reasons."""

    sku: str | None
    barcode: str | None
    store_title: str | None


# The keys unique in a file, by kind (the order their problems are listed on one line).
SKU, BARCODE, TITLE = 0, 1, 2
ROW_FIELDS = tuple(name for name in CatalogRow.__dataclass_fields__ if name != "given")
PAGE = 1_000  # products (or order lines) read, checked and written at a time


class Spool:
    """The file's valid rows and the keys unique in it (SKU, barcode, store title), kept in a
    temporary SQLite database rather than in memory: written a batch at a time as the file is read,
    their duplicates found by one indexed query once it is read, the rows read back a batch at
    a time in the file's order."""

    def __init__(self, given: frozenset[str]) -> None:
        self.given = given  # the optional columns the file has
        self.rows = 0
        self.unclassified = 0  # valid rows without HTS or origin
        # SQLite's private temporary database: its file is removed as it is opened (nothing
        # is left behind, even by a killed import), its pages beyond the cache kept there.
        self._db = sqlite3.connect("", isolation_level=None)
        for pragma in (
            "journal_mode = OFF",
            "synchronous = OFF",
            "cache_size = -8192",
            "temp_store = FILE",
        ):
            self._db.execute(f"PRAGMA {pragma}")
        self._db.execute(
            "CREATE TABLE rows (line INTEGER PRIMARY KEY, sku TEXT, title TEXT, "
            "title_key TEXT, fields BLOB)"
        )
        self._db.execute("CREATE TABLE keys (kind INTEGER, key TEXT, shown TEXT, line INTEGER)")
        self._db.execute("BEGIN")
        self._rows: list[tuple[object, ...]] = []
        self._keys: list[tuple[object, ...]] = []

    def add(self, line: int, row: CatalogRow | Keys) -> None:
        if row.sku is not None:
            self._keys.append((SKU, row.sku, None, line))
        if row.barcode is not None:
            self._keys.append((BARCODE, row.barcode, None, line))
        key = None if row.store_title is None else title_key(row.store_title)
        if key is not None:
            self._keys.append((TITLE, key, row.store_title, line))
        if isinstance(row, CatalogRow):
            fields = pickle.dumps(
                tuple(getattr(row, name) for name in ROW_FIELDS), protocol=pickle.HIGHEST_PROTOCOL
            )
            self._rows.append((line, row.sku, row.store_title, key, fields))
            self.rows += 1
            self.unclassified += not row.hts or not row.origin
        if len(self._keys) >= PAGE:
            self._dump()

    def _dump(self) -> None:
        self._db.executemany("INSERT INTO rows VALUES (?, ?, ?, ?, ?)", self._rows)
        self._db.executemany("INSERT INTO keys VALUES (?, ?, ?, ?)", self._keys)
        self._rows, self._keys = [], []

    def read(self) -> None:
        """The file is read: its keys indexed."""
        self._dump()
        self._db.execute("CREATE INDEX keys_by_key ON keys (kind, key, line)")
        self._db.execute("CREATE INDEX rows_by_sku ON rows (sku)")

    def duplicates(self) -> Iterator[tuple[int, int, str, int]]:
        """Each key given again: its line, kind, text as given, and the line that gave it
        first; by line, then kind."""
        yield from self._db.execute(
            "WITH twice AS (SELECT kind, key, MIN(line) AS first FROM keys GROUP BY kind, key "
            "HAVING COUNT(*) > 1) "
            "SELECT keys.line, keys.kind, COALESCE(keys.shown, keys.key), twice.first "
            "FROM keys JOIN twice ON keys.kind = twice.kind AND keys.key = twice.key "
            "WHERE keys.line > twice.first ORDER BY keys.line, keys.kind"
        )

    def batches(self) -> Iterator[list[CatalogRow]]:
        """The valid rows, ``PAGE`` at a time, in the file's order."""
        last = 0
        while True:
            page = self._db.execute(
                "SELECT line, fields FROM rows WHERE line > ? ORDER BY line LIMIT ?", (last, PAGE)
            ).fetchall()
            if not page:
                return
            yield [
                CatalogRow(
                    given=self.given, **dict(zip(ROW_FIELDS, pickle.loads(fields), strict=True))
                )
                for _, fields in page
            ]
            last = page[-1][0]

    def keep_store_titles(self, titled: Iterable[tuple[str, str]]) -> None:
        """The store's products with a title (before the import), in the order they were added."""
        self._db.execute("CREATE TABLE store_titles (n INTEGER PRIMARY KEY, sku TEXT, key TEXT)")
        self._db.executemany("INSERT INTO store_titles (sku, key) VALUES (?, ?)", titled)
        self._db.execute("CREATE INDEX store_titles_by_key ON store_titles (key, n)")

    def taken_titles(self) -> Iterator[tuple[int, str, str]]:
        """Each row whose store title is another product's in the store, one the file does not
        give: its line, title as given, and that product's SKU (the first added)."""
        yield from self._db.execute(
            "SELECT line, title, holder FROM (SELECT line, title, (SELECT sku FROM store_titles "
            "WHERE store_titles.key = rows.title_key AND sku NOT IN (SELECT sku FROM rows) "
            "ORDER BY n LIMIT 1) AS holder FROM rows WHERE title_key IS NOT NULL) "
            "WHERE holder IS NOT NULL ORDER BY line"
        )

    def keep_titles(self, titled: Iterable[tuple[str, str]]) -> bool:
        """The store's titles after the import (the last added product of a title holds it);
        whether there is any."""
        self._db.execute("CREATE TABLE titled (key TEXT PRIMARY KEY, sku TEXT) WITHOUT ROWID")
        self._db.executemany(
            "INSERT OR REPLACE INTO titled VALUES (?, ?)", ((key, sku) for sku, key in titled)
        )
        return self._db.execute("SELECT 1 FROM titled LIMIT 1").fetchone() is not None

    def titled(self, keys: set[str]) -> dict[str, str]:
        """The SKU holding each of ``keys`` that a product holds."""
        found: dict[str, str] = {}
        ordered = sorted(keys)
        for start in range(0, len(ordered), 500):
            chunk = ordered[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            found.update(
                self._db.execute(f"SELECT key, sku FROM titled WHERE key IN ({marks})", chunk)
            )
        return found

    def close(self) -> None:
        self._db.close()


def spool_trouble(error: sqlite3.Error) -> OSError:
    """The spool's temporary file could not be written (a full disk, most often): the
    machine's state, said as such."""
    code = errno.ENOSPC if "full" in str(error) else errno.EIO
    return OSError(code, os.strerror(code), tempfile.gettempdir())


def parse_catalog(path: Path, progress: Progress | None = None) -> Spool:
    """The file's rows checked as they are read, the valid ones spooled (memory does not grow
    with the file); refused (ImportRefused, every problem at its FILE:LINE and column, the
    first 1,000 listed) on any problem. ``progress`` hears the rows checked (the first half of
    ``import_catalog``'s count)."""
    table = read_csv(path)
    problems = Problems(str(path))
    require_columns(table, REQUIRED, problems)
    problems.raise_if_any()
    given = frozenset(column for column in OPTIONAL if table.has(column))
    total = len(table.records)
    spool = Spool(given)
    try:
        for number, record in enumerate(table.records):
            if progress is not None and number % PROGRESS_EVERY == 0:
                progress(number, 2 * total, f"Checking row {number + 1:,} of {total:,}")
            row = _checked(record, problems, given)
            spool.add(record.line, row)
        spool.read()
        problems.merge(_duplicates(spool, str(path)))
        problems.raise_if_any()
    except BaseException:
        spool.close()
        raise
    return spool


def _checked(record: Record, problems: Problems, given: frozenset[str]) -> CatalogRow | Keys:
    """The record as a product (its problems noted), or, when it has some, the keys it gives
    that must be unique in the file."""
    check_shape(record, problems)
    cells = FieldReader(record, problems)
    sku = cells.value("sku", parse_sku, required=True)
    description = cells.text(
        "description", required=True, limit=column_limit(Product, "description")
    )
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
    if not cells.ok:
        return Keys(sku, barcode, title)
    assert sku and description and value is not None and currency
    return CatalogRow(
        line=record.line,
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


def _duplicates(spool: Spool, path: str) -> Problems:
    """A SKU, barcode or store title given again after its first line."""
    found = Problems(path)
    for line, kind, shown, first in spool.duplicates():
        if kind == SKU:
            column = "sku"
            reason = translate("CatalogImport", "{sku} already given on line {line}").format(
                sku=shown, line=first
            )
        elif kind == BARCODE:
            column = "barcode"
            reason = translate("CatalogImport", "{barcode} already given on line {line}").format(
                barcode=shown, line=first
            )
        else:
            column = "store_title"
            reason = translate(
                "CatalogImport",
                "{title} already given on line {line}: a store title names one product",
            ).format(title=repr(shown), line=first)
        found.add(line, column, reason)
    return found


def import_catalog(
    engine: Engine, path: Path, *, progress: Progress | None = None
) -> CatalogSummary:
    """Add new SKUs, update changed ones; refuse the whole file on any problem.

    The file is read as a stream: each row checked as it is read and spooled to a temporary
    file, then written a batch at a time in the import's one transaction (memory does not grow
    with the file). ``progress(done, total, text)`` counts the file's rows twice: checked, then
    written (total = 2 x rows). It is called inside the import's one transaction too: if it
    raises (a cancel), nothing is imported.

    On the store's ``engine``, not in an action's unit of work: the file is read with no
    transaction open (a PostgreSQL server ends one idle for 15 s, and SQLite's write lock
    would stop the stations), then written in an action of its own.
    """
    with one_action(engine) as uow:
        access.check(uow, access.IMPORTING_CATALOG)
    if progress is not None:
        progress(0, 0, f"Reading {path.name}")  # a total of 0: not known yet
    try:
        spool = parse_catalog(path, progress)
        try:
            with one_action(engine, immediate=True) as uow:
                return _write(uow, path, spool, progress)
        finally:
            spool.close()
    except sqlite3.Error as error:  # the spool's (the store's own come wrapped by SQLAlchemy)
        raise spool_trouble(error) from None


def _write(work: Work, path: Path, spool: Spool, progress: Progress | None) -> CatalogSummary:
    with within(work, immediate=True) as uow:
        session = uow.session
        access.require(session, access.IMPORTING_CATALOG)
        conflicts = Problems(str(path))
        for batch in spool.batches():
            _check_barcodes(session, batch, conflicts)
        if "store_title" in spool.given:
            spool.keep_store_titles(_titled(session))
            for line, title, holder in spool.taken_titles():
                conflicts.add(
                    line,
                    "store_title",
                    translate(
                        "CatalogImport", "{title} is already the store title of SKU {sku}"
                    ).format(title=repr(title), sku=holder),
                )
        conflicts.raise_if_any()
        writer = _Writer(session, spool.rows, progress)
        for batch in spool.batches():
            writer.write(batch)
        summary = CatalogSummary(
            products=writer.added,
            updated=writer.updated,
            unchanged=writer.unchanged,
            unclassified=spool.unclassified,
            file=str(path),
            lines_matched=_match_stored_lines(session, spool)
            if spool.rows and "store_title" in spool.given
            else 0,
        )
        if writer.added or writer.updated:
            audit.record(
                session,
                "import.catalog",
                entity_type="file",
                entity_id=path.name,
                details=summary.as_dict(),
            )
        session.flush()
        if progress is not None:
            progress(2 * spool.rows, 2 * spool.rows, "Saving")
        uow.commit()
    return summary


def _check_barcodes(session: Session, batch: list[CatalogRow], problems: Problems) -> None:
    """A barcode of the file may not be another SKU's in the store (as it is before the
    import: two products do not trade barcodes in one file)."""
    barcodes = [row.barcode for row in batch if row.barcode]
    if not barcodes:
        return
    owners = stored.barcode_owners(session, barcodes)
    for row in batch:
        owner = owners.get(row.barcode) if row.barcode else None
        if owner is not None and owner != row.sku:
            problems.add(
                row.line,
                "barcode",
                translate(
                    "CatalogImport", "{barcode} already belongs to SKU {sku} in the catalog"
                ).format(barcode=row.barcode, sku=owner),
            )


class _Writer:
    """The spool's products written a batch at a time: each batch's stored products read by
    their SKUs, the new ones inserted, the changed ones updated (Core statements: no identity
    map growing with the file)."""

    def __init__(self, session: Session, rows: int, progress: Progress | None) -> None:
        self.session = session
        self.rows, self.progress = rows, progress
        self.now = utcnow()
        self.added = self.updated = self.unchanged = self.done = 0

    def write(self, batch: list[CatalogRow]) -> None:
        if self.progress is not None:
            self.progress(
                self.rows + self.done,
                2 * self.rows,
                f"Writing product {self.done + 1:,} of {self.rows:,}",
            )
        known = stored.products_by_sku(self.session, [row.sku for row in batch])
        new: list[dict[str, object]] = []
        changed: list[dict[str, object]] = []
        for row in batch:
            values = row.values()
            product = known.get(row.sku)
            if product is None:
                new.append(
                    {"sku": row.sku, **values, "created_at": self.now, "updated_at": self.now}
                )
            elif any(product[key] != value for key, value in values.items()):
                changed.append(
                    {"the_sku": row.sku, **{f"new_{key}": value for key, value in values.items()}}
                )
            else:
                self.unchanged += 1
        if new:
            stored.insert_products(self.session, new)
        if changed:
            stored.update_products(self.session, changed, self.now)
        self.added += len(new)
        self.updated += len(changed)
        self.done += len(batch)


def _titled(session: Session) -> Iterator[tuple[str, str]]:
    """The store's products with a store title, as (SKU, title key), a page at a time in the
    order they were added."""
    last = 0
    while True:
        page = stored.titled_products(session, last, PAGE)
        if not page:
            return
        yield from ((sku, title_key(title)) for _, sku, title in page if title)
        last = page[-1][0]


def _match_stored_lines(session: Session, spool: Spool) -> int:
    """Give the order lines without a SKU the SKU of the product whose store title they bear;
    how many were given one (the lines read a page at a time, the titles looked up in the
    spool)."""
    if not spool.keep_titles(_titled(session)):
        return 0
    matched = last = 0
    while True:
        page = stored.lines_without_sku(session, last, PAGE)
        if not page:
            return matched
        last = page[-1][0]
        keys = {line_id: title_key(description) for line_id, description in page}
        skus = spool.titled(set(keys.values()))
        given = [
            {"the_id": line_id, "new_sku": skus[key]}
            for line_id, key in keys.items()
            if key in skus
        ]
        if given:
            stored.give_lines_skus(session, given)
            matched += len(given)


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
            translate(
                "CatalogImport",
                "a Canadian manufacturer's province is required (its MID "
                "begins with the province's code)",
            ),
        )
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
            translate("CatalogImport", "{text} is not a state or province code (ON, QC...)").format(
                text=repr(text)
            )
        )
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
