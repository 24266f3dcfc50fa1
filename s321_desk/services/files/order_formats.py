"""The order CSV formats the desk reads: Shopify's orders export and our native orders CSV."""

from __future__ import annotations

from dataclasses import dataclass

from s321_desk.services.files.csv_reader import CsvTable


@dataclass(frozen=True)
class OrderFormat:
    """How one format names each field; ``None`` where the format has no such column."""

    name: str
    columns: dict[str, str | None]
    # Order-level columns are filled on the first row of an order only (Shopify) or on every
    # row (native; repeated values must agree with the first row).
    order_fields: frozenset[str]
    required: tuple[str, ...]

    def column(self, field: str) -> str:
        column = self.columns.get(field)
        assert column is not None, f"{self.name} has no {field} column"
        return column


_ORDER_FIELDS = frozenset(
    {
        "source_id",
        "email",
        "currency",
        "created_at",
        "recipient_name",
        "company",
        "address1",
        "address2",
        "city",
        "state",
        "postal_code",
        "country",
        "phone",
        "subtotal",
        "shipping",
        "taxes",
        "total",
        "discount",
        "discount_code",
        "notes",
        "cancelled_at",
    }
)

SHOPIFY = OrderFormat(
    name="shopify",
    columns={
        "order": "Name",
        "source_id": "Id",
        "email": "Email",
        "currency": "Currency",
        "created_at": "Created at",
        "cancelled_at": "Cancelled at",
        "recipient_name": "Shipping Name",
        "company": "Shipping Company",
        "address1": "Shipping Address1",
        "address2": "Shipping Address2",
        "city": "Shipping City",
        "state": "Shipping Province",
        "postal_code": "Shipping Zip",
        "country": "Shipping Country",
        "phone": "Shipping Phone",
        "subtotal": "Subtotal",
        "shipping": "Shipping",
        "taxes": "Taxes",
        "total": "Total",
        "discount": "Discount Amount",
        "discount_code": "Discount Code",
        "notes": "Notes",
        "quantity": "Lineitem quantity",
        "description": "Lineitem name",
        "unit_price": "Lineitem price",
        "sku": "Lineitem sku",
        "line_discount": "Lineitem discount",
        "requires_shipping": "Lineitem requires shipping",
    },
    order_fields=_ORDER_FIELDS,
    required=(
        "Name",
        "Lineitem quantity",
        "Lineitem name",
        "Lineitem price",
        "Shipping Name",
        "Shipping Address1",
        "Shipping City",
        "Shipping Zip",
        "Shipping Country",
    ),
)

# Native orders CSV, one row per line item:
# order,created_at,currency,recipient_name,company,address1,address2,city,state,postal_code,
# country,phone,email,sku,description,quantity,unit_price,line_discount
NATIVE_FIELDS = (
    "order",
    "created_at",
    "currency",
    "recipient_name",
    "company",
    "address1",
    "address2",
    "city",
    "state",
    "postal_code",
    "country",
    "phone",
    "email",
    "sku",
    "description",
    "quantity",
    "unit_price",
    "line_discount",
)
NATIVE = OrderFormat(
    name="native",
    columns={field: field for field in NATIVE_FIELDS},
    order_fields=_ORDER_FIELDS,
    required=(
        "order",
        "recipient_name",
        "address1",
        "city",
        "postal_code",
        "country",
        "description",
        "quantity",
        "unit_price",
    ),
)


def detect_format(table: CsvTable) -> OrderFormat | None:
    """Shopify by its ``Name`` + ``Lineitem quantity`` header, native by ``order`` + ``sku``."""
    header = {name.casefold() for name in table.header}
    if {"name", "lineitem quantity"} <= header:
        return SHOPIFY
    if {"order", "quantity", "unit_price"} <= header:
        return NATIVE
    return None
