"""Shopify "Export orders" rows as a store's export writes them, for the tests' own files.

``SHOPIFY_COLUMNS`` is the 79-column header of Shopify's 2025 export (the column names are
Shopify's); ``order_rows`` writes one order: the order's columns on its first row only, each
further row a line item with its order's name (and its "Created at"), as Shopify does.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

SHOPIFY_COLUMNS = (
    "Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Accepts Marketing,"
    "Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount,Shipping Method,"
    "Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem compare at price,"
    "Lineitem sku,Lineitem requires shipping,Lineitem taxable,Lineitem fulfillment status,"
    "Billing Name,Billing Street,Billing Address1,Billing Address2,Billing Company,Billing City,"
    "Billing Zip,Billing Province,Billing Country,Billing Phone,Shipping Name,Shipping Street,"
    "Shipping Address1,Shipping Address2,Shipping Company,Shipping City,Shipping Zip,"
    "Shipping Province,Shipping Country,Shipping Phone,Notes,Note Attributes,Cancelled at,"
    "Payment Method,Payment Reference,Refunded Amount,Vendor,Outstanding Balance,Employee,"
    "Location,Device ID,Id,Tags,Risk Level,Source,Lineitem discount,Tax 1 Name,Tax 1 Value,"
    "Tax 2 Name,Tax 2 Value,Tax 3 Name,Tax 3 Value,Tax 4 Name,Tax 4 Value,Tax 5 Name,"
    "Tax 5 Value,Phone,Receipt Number,Duties,Billing Province Name,Shipping Province Name,"
    "Payment ID,Payment Terms Name,Next Payment Due At,Payment References"
).split(",")

# A paid order to the US: what most rows of a real export look like.
PAID = {
    "Financial Status": "paid", "Fulfillment Status": "unfulfilled", "Accepts Marketing": "no",
    "Currency": "USD", "Shipping Method": "Standard", "Created at": "2026-11-20 10:15:00 -0500",
    "Shipping Name": "Dana Whitfield", "Shipping Address1": "418 Elm St",
    "Shipping City": "Bellingham", "Shipping Zip": "98225", "Shipping Province": "WA",
    "Shipping Country": "US", "Risk Level": "Low", "Source": "web",
}  # fmt: skip


def item(
    name: str, price: str, *, sku: str = "", quantity: int = 1, ships: bool = True
) -> dict[str, str]:
    """A line item's columns."""
    return {
        "Lineitem quantity": str(quantity),
        "Lineitem name": name,
        "Lineitem price": price,
        "Lineitem sku": sku,
        "Lineitem requires shipping": "true" if ships else "false",
        "Lineitem taxable": "true",
        "Lineitem fulfillment status": "pending",
    }


def order_rows(name: str, order: dict[str, Any], *items: dict[str, str]) -> list[dict[str, str]]:
    """The rows of one order: its columns and first item, then one row per further item."""
    first = {**order, **items[0], "Name": name}
    more = [{"Name": name, "Created at": order.get("Created at", ""), **i} for i in items[1:]]
    return [first, *more]


def write_export(path: Path, *orders: list[dict[str, str]], crlf: bool = True) -> Path:
    """The export as Shopify writes it: UTF-8 with a BOM, every cell quoted where needed."""
    out = io.StringIO()
    writer = csv.DictWriter(
        out, SHOPIFY_COLUMNS, lineterminator="\r\n" if crlf else "\n", extrasaction="raise"
    )
    writer.writeheader()
    for rows in orders:
        writer.writerows(rows)
    path.write_bytes(b"\xef\xbb\xbf" + out.getvalue().encode("utf-8"))
    return path
