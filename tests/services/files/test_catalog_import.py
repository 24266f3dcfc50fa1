"""The native catalog CSV: what is read, what is refused (all or nothing), idempotence."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from s321_desk.services.files.catalog_import import import_catalog
from s321_desk.services.kernel.errors import ImportRefused
from s321_desk.store.database import Store
from s321_desk.store.models import Product
from s321_desk.store.uow import UnitOfWork
from tests.conftest import write_csv

HEADER = "sku,description,hts,origin,unit_value,currency,weight_kg,flags,barcode\n"
GOOD = HEADER + (
    "TS-COT-BLK-M,Cotton T-shirt black M,6109.10.0012,CA,24.50,CAD,0.180,,012345678905\n"
    'SYR-MAPLE-500,"Maple syrup, amber 500 ml",2106.90.9998,CA,18.00,CAD,0.750,PGA_FDA,\n'
    "TIRE-PC-16,Passenger car tire 16 in,4011.10.1070,CN,89.99,USD,9.5,adcvd;PGA_NHTSA,"
    "4006381333931\n"
    "GIFT-MYST,Crème de marrons & co <mystery>,,,12.00,CAD,,,\n"
)


FULLWIDTH = "\uff16\uff11\uff10\uff19\uff11\uff10\uff10\uff10\uff11\uff12"  # 6109100012 in fullwidth digits: no HTS number


def products(store: Store) -> dict[str, Product]:
    with UnitOfWork(store.engine) as uow:
        return {p.sku: p for p in uow.session.scalars(select(Product))}


def test_catalog_is_read_field_by_field(store: Store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "catalog.csv", GOOD, bom=True, crlf=True)
    summary = import_catalog(store.engine, path)
    assert (summary.products, summary.updated, summary.unchanged) == (4, 0, 0)
    assert summary.unclassified == 1
    got = products(store)
    syrup = got["SYR-MAPLE-500"]
    assert syrup.description == "Maple syrup, amber 500 ml"
    assert (syrup.hts, syrup.origin, syrup.unit_value_cents, syrup.currency) == (
        "2106909998",
        "CA",
        1800,
        "CAD",
    )
    assert (syrup.weight_g, syrup.flags, syrup.barcode) == (750, "PGA_FDA", None)
    tire = got["TIRE-PC-16"]
    assert (tire.flags, tire.weight_g, tire.barcode) == ("ADCVD;PGA_NHTSA", 9500, "4006381333931")
    gift = got["GIFT-MYST"]
    assert gift.description == "Crème de marrons & co <mystery>"
    assert (gift.hts, gift.origin, gift.weight_g) == (None, None, None)
    assert got["TS-COT-BLK-M"].barcode == "012345678905"  # leading zero kept


def test_importing_the_same_catalog_again_changes_nothing(store: Store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "catalog.csv", GOOD)
    import_catalog(store.engine, path)
    before = {sku: p.model_dump() for sku, p in products(store).items()}
    again = import_catalog(store.engine, path)
    assert (again.products, again.updated, again.unchanged) == (0, 0, 4)
    assert {sku: p.model_dump() for sku, p in products(store).items()} == before


def test_a_changed_product_is_updated(store: Store, tmp_path: Path) -> None:
    import_catalog(store.engine, write_csv(tmp_path / "a.csv", GOOD))
    changed = GOOD.replace("24.50,CAD", "26.00,CAD")
    summary = import_catalog(store.engine, write_csv(tmp_path / "b.csv", changed))
    assert (summary.products, summary.updated, summary.unchanged) == (0, 1, 3)
    assert products(store)["TS-COT-BLK-M"].unit_value_cents == 2600


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ("X-1,Thing,6109.10,CA,1.00,CAD,,,", "hts: '6109.10' is not a 10-digit HTS number"),
        ("X-1,Thing,,Canada,1.00,CAD,,,", "origin: 'Canada' is not an ISO 3166"),
        ("X-1,Thing,,,abc,CAD,,,", "unit_value: 'abc' is not a number"),
        ("X-1,Thing,,,1.005,CAD,,,", "unit_value: '1.005' has more than 2 decimal places"),
        ("X-1,Thing,,,1.00,CDN,,,", "currency: unknown currency 'CDN'"),
        ("X-1,Thing,,,1.00,CAD,-1,,", "weight_kg: '-1' is negative"),
        ("X-1,Thing,,,1.00,CAD,,PGA_XYZ,", "flags: unknown flag PGA_XYZ"),
        ("X-1,Thing,,,1.00,CAD,,,012345678901", "barcode: '012345678901' has a wrong check digit"),
        ("X\t1,Thing,,,1.00,CAD,,,", "sku: 'X\\t1' is not printable text (character U+0009"),
        ("X-1,Thing,9903.01.2000,CA,1.00,CAD,,,", "hts: '9903.01.2000' is a chapter 99 number"),
        ("X-1,Thing,7701.00.0000,CA,1.00,CAD,,,", "hts: '7701.00.0000' is in chapter 77"),
        ("X-1,Thing,0000.00.0000,CA,1.00,CAD,,,", "hts: '0000.00.0000' begins with 00"),
        (f"X-1,Thing,{FULLWIDTH},CA,1.00,CAD,,,", f"hts: '{FULLWIDTH}' is not a 10-digit"),
        (",Thing,,,1.00,CAD,,,", "sku: required value is empty"),
        ("X-1,,,,1.00,CAD,,,", "description: required value is empty"),
        ("TS-COT-BLK-M,Again,,,1.00,CAD,,,", "sku: TS-COT-BLK-M already given on line 2"),
    ],
)
def test_a_bad_row_refuses_the_whole_file(
    store: Store, tmp_path: Path, row: str, expected: str
) -> None:
    path = write_csv(tmp_path / "catalog.csv", GOOD + row + "\n")
    with pytest.raises(ImportRefused) as refused:
        import_catalog(store.engine, path)
    assert len(refused.value.problems) == 1
    assert refused.value.problems[0].startswith(f"{path}:6: {expected}")
    assert products(store) == {}


def test_a_missing_required_column_is_named(store: Store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "catalog.csv", "sku,description,currency\nX-1,Thing,CAD\n")
    with pytest.raises(ImportRefused) as refused:
        import_catalog(store.engine, path)
    assert refused.value.problems == [
        f"{path}:1: unit_value: required column missing from the header"
    ]


def test_a_barcode_owned_by_another_sku_in_the_store_is_refused(
    store: Store, tmp_path: Path
) -> None:
    import_catalog(store.engine, write_csv(tmp_path / "a.csv", GOOD))
    clash = HEADER + "NEW-1,New thing,,,1.00,CAD,,,4006381333931\n"
    path = write_csv(tmp_path / "b.csv", clash)
    with pytest.raises(ImportRefused) as refused:
        import_catalog(store.engine, path)
    assert refused.value.problems == [
        f"{path}:2: barcode: 4006381333931 already belongs to SKU TIRE-PC-16 in the catalog"
    ]
    assert "NEW-1" not in products(store)


# -- the import transaction number (B3), for the drawback report -------------------------------


FULLWIDTH = "".join(chr(0xFF10 + int(d)) for d in "12345678901234")  # digits, but not ASCII


def test_the_import_transaction_is_kept_where_given_and_refused_unless_14_digits(
    store: Store, tmp_path: Path
) -> None:
    header = HEADER.rstrip("\n") + ",import_transaction\n"
    good = header + (
        "MUG,Mug,6912.00.4810,CN,18.00,CAD,0.4,,,12345 67890123 4\n"
        "SCARF,Scarf,6117.10.6020,CN,35.00,CAD,0.15,,,98765-43210987-6\n"
        "SYRUP,Maple syrup,2106.90.9998,CA,18.00,CAD,0.75,,,\n"
    )
    import_catalog(store.engine, write_csv(tmp_path / "c.csv", good))
    got = products(store)
    assert {sku: p.import_transaction for sku, p in got.items()} == {
        "MUG": "12345678901234",
        "SCARF": "98765432109876",
        "SYRUP": None,
    }

    bad = header + (
        "MUG,Mug,6912.00.4810,CN,18.00,CAD,0.4,,,1234567890123\n"  # 13 digits
        "SCARF,Scarf,6117.10.6020,CN,35.00,CAD,0.15,,,B3-1234567890123\n"
        f"SYRUP,Maple syrup,2106.90.9998,CA,18.00,CAD,0.75,,,{FULLWIDTH}\n"
    )
    path = write_csv(tmp_path / "bad.csv", bad)
    with pytest.raises(ImportRefused) as refused:
        import_catalog(store.engine, path)
    assert refused.value.problems == [
        f"{path}:{line}: import_transaction: {text!r} is not a Canadian import transaction "
        "number (the B3's 14 digits, e.g. 12345678901234)"
        for line, text in ((2, "1234567890123"), (3, "B3-1234567890123"), (4, FULLWIDTH))
    ]
    assert products(store)["MUG"].import_transaction == "12345678901234"  # nothing changed


def test_a_catalog_without_the_column_leaves_the_numbers_and_an_empty_cell_clears_one(
    store: Store, tmp_path: Path
) -> None:
    header = HEADER.rstrip("\n") + ",import_transaction\n"
    row = "MUG,Mug,6912.00.4810,CN,18.00,CAD,0.4,,"
    import_catalog(store.engine, write_csv(tmp_path / "a.csv", f"{header}{row},12345678901234\n"))
    again = import_catalog(store.engine, write_csv(tmp_path / "b.csv", f"{HEADER}{row}\n"))
    assert (again.updated, again.unchanged) == (0, 1)
    assert products(store)["MUG"].import_transaction == "12345678901234"
    cleared = import_catalog(store.engine, write_csv(tmp_path / "c.csv", f"{header}{row},\n"))
    assert cleared.updated == 1 and products(store)["MUG"].import_transaction is None


# -- a large file: streamed through the spool, written a batch at a time ----------------------

TITLED = HEADER.rstrip("\n") + ",store_title\n"
HTS = ("6109100012", "2106909998", "4011101070", "6505009060")


def ean(n: int) -> str:
    """A 13-digit EAN of ``n``, its check digit worked out here (weights 1 and 3 from the left)."""
    body = f"200{n:09d}"
    total = sum(int(digit) * (3 if place % 2 else 1) for place, digit in enumerate(body))
    return body + str((10 - total % 10) % 10)


def generated(count: int, *, start: int = 0, price: int = 0) -> tuple[str, dict[str, tuple]]:  # type: ignore[type-arg]
    """A catalog of ``count`` products (SKU GEN-n), and what the store must hold for each:
    (description, HTS, origin, cents, currency, grams, barcode, store title)."""
    lines, expected = [TITLED], {}
    for n in range(start, start + count):
        origin = ("CA", "CN", "US", "")[n % 4]
        hts = HTS[n % 4] if n % 7 else ""
        cents = 100 + n % 50_000 + price
        barcode = ean(n) if n % 3 else ""
        title = f"Generated tee no. {n}" if n % 5 == 0 else ""
        lines.append(
            f'GEN-{n:06d},"Generated product {n}, cotton",{hts},{origin},'
            f"{cents // 100}.{cents % 100:02d},{('CAD', 'USD')[n % 2]},"
            f"0.{n % 1000:03d},,{barcode},{title}\n"
        )
        expected[f"GEN-{n:06d}"] = (
            f"Generated product {n}, cotton", hts or None, origin or None, cents,
            ("CAD", "USD")[n % 2], n % 1000, barcode or None, title or None,
        )  # fmt: skip
    return "".join(lines), expected


def stored(store: Store) -> dict[str, tuple]:  # type: ignore[type-arg]
    return {
        sku: (
            p.description,
            p.hts,
            p.origin,
            p.unit_value_cents,
            p.currency,
            p.weight_g,
            p.barcode,
            p.store_title,
        )
        for sku, p in products(store).items()
    }


def test_a_large_catalog_is_stored_row_for_row_and_updated_again(
    store: Store, tmp_path: Path
) -> None:
    """12,000 products (about 1 MB, twelve of the spool's batches), then the file again with a
    tenth of them repriced and 500 new: each product as its row says, the counts right."""
    text, expected = generated(12_000)
    path = write_csv(tmp_path / "large.csv", text)
    summary = import_catalog(store.engine, path)
    unclassified = sum(1 for row in expected.values() if not row[1] or not row[2])
    assert (summary.products, summary.updated, summary.unchanged) == (12_000, 0, 0)
    assert summary.unclassified == unclassified
    assert stored(store) == expected
    again, more = generated(11_500, start=500)
    repriced, changed = generated(1_150, start=500, price=7)  # a tenth, the first of the file
    again = TITLED + repriced.split("\n", 1)[1] + again.split("\n", 1)[1].split("\n", 1_150)[-1]
    again += generated(500, start=20_000)[0].split("\n", 1)[1]
    summary = import_catalog(store.engine, write_csv(tmp_path / "again.csv", again))
    assert (summary.products, summary.updated, summary.unchanged) == (500, 1_150, 10_350)
    expected.update(more)
    expected.update(changed)
    expected.update(generated(500, start=20_000)[1])
    assert stored(store) == expected


def test_a_large_catalog_refused_in_its_middle_leaves_the_store_as_it_was(
    store: Store, tmp_path: Path
) -> None:
    """A barcode another product holds in the store, on the 6,000th of 12,000 rows (found as the
    batches are checked in the import's transaction), and a bad cell there (found as the file
    is read): either way nothing of the file is stored."""
    first, _ = generated(100, start=50_000)
    import_catalog(store.engine, write_csv(tmp_path / "first.csv", first))
    before = stored(store)
    rows = generated(12_000)[0].splitlines(keepends=True)
    taken = rows[6_000].split(",")
    taken[-2] = ean(50_002)  # GEN-050002's in the store
    rows[6_000] = ",".join(taken)
    path = write_csv(tmp_path / "taken.csv", "".join(rows))
    with pytest.raises(ImportRefused) as refused:
        import_catalog(store.engine, path)
    assert refused.value.problems == [
        f"{path}:6001: barcode: {ean(50_002)} already belongs to SKU GEN-050002 in the catalog"
    ]
    assert stored(store) == before
    rows = generated(12_000)[0].splitlines(keepends=True)
    rows[6_000] = rows[6_000].replace(",CAD,", ",CDN,").replace(",USD,", ",CDN,")
    path = write_csv(tmp_path / "bad.csv", "".join(rows))
    with pytest.raises(ImportRefused) as refused:
        import_catalog(store.engine, path)
    assert len(refused.value.problems) == 1
    assert refused.value.problems[0].startswith(f"{path}:6001: currency: unknown currency 'CDN'")
    assert stored(store) == before


def test_problems_are_listed_by_line_the_first_thousand_and_the_rest_counted(
    sqlite_store: Store, tmp_path: Path
) -> None:
    """Bad cells (found as each row is read) and keys given again (found once the file is read)
    listed together in the file's order: 1,500 rows repeating a SKU, every 100th also with a
    bad currency; a title given again on the same line as its SKU comes after it."""
    text, _ = generated(3_000)
    rows = text.splitlines(keepends=True)
    for n in range(1_501, 3_001):  # lines 1,502 to 3,001 repeat the SKUs of lines 2 to 1,501
        cells = rows[n].split(",")
        cells[0] = f"GEN-{n - 1_501:06d}"
        rows[n] = ",".join(cells)
        if n % 100 == 0:
            rows[n] = rows[n].replace(",CAD,", ",CDN,").replace(",USD,", ",CDN,")
    path = write_csv(tmp_path / "many.csv", "".join(rows))
    with pytest.raises(ImportRefused) as refused:
        import_catalog(sqlite_store.engine, path)
    listed = refused.value.problems
    assert len(listed) == 1_001 and listed[-1] == f"{path}: 515 more problem(s) not listed"
    at = [int(problem.split(":")[1]) for problem in listed[:-1]]
    assert at == sorted(at) and at[0] == 1_502
    assert listed[0] == f"{path}:1502: sku: GEN-000000 already given on line 2"
    bad = [n for n, problem in enumerate(listed) if problem.startswith(f"{path}:1601: ")]
    assert [listed[n].split(": ")[1] for n in bad] == ["currency", "sku"]  # the cell first
    assert listed[bad[1]] == f"{path}:1601: sku: GEN-000099 already given on line 101"
    assert products(sqlite_store) == {}
