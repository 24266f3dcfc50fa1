"""The tables of the store (SQLModel). Money is integer cents + currency; instants are UTC."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import Column, Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from s321_desk.domain.codes import LoadStatus, ParcelStatus
from s321_desk.store.types import DecimalText, UTCDateTime


class StoreTable(SQLModel):
    """The tables' base: pydantic builds a table's validator and serializer when one is first
    used (a ``model_validate``, a ``model_dump``), not when the table is defined: the rows are
    read and written through SQLAlchemy, which needs neither, and every start defines them all.
    """

    model_config = SQLModel.model_config | {"defer_build": True}


def utcnow() -> datetime:
    return datetime.now(UTC)


def _instant(*, nullable: bool = False, index: bool = False) -> Column:  # type: ignore[type-arg]
    return Column(UTCDateTime(), nullable=nullable, index=index)


class Product(StoreTable, table=True):
    """The SKU master: what an item is, where it comes from, what it is worth."""

    __tablename__ = "products"

    id: int | None = Field(default=None, primary_key=True)
    sku: str = Field(max_length=255, unique=True)  # as the store writes it (Shopify: 255 at most)
    description: str = Field(max_length=500)
    # The store's product title (Shopify's "Lineitem name"): an order line without a SKU that
    # bears it is this product. Unique among products (case and spacing aside).
    store_title: str | None = Field(default=None, max_length=500)
    hts: str | None = Field(default=None, max_length=10)  # 10 digits, no dots; None = unclassified
    origin: str | None = Field(default=None, max_length=2)  # ISO 3166-1 alpha-2
    unit_value_cents: int
    currency: str = Field(max_length=3)
    weight_g: int | None = None
    flags: str = Field(default="", max_length=200)  # sorted, ';'-separated (PGA_FDA;ADCVD...)
    barcode: str | None = Field(default=None, max_length=14, unique=True)  # UPC/EAN
    # The Canadian import transaction number (B3, 14 digits) it came in under, where known.
    import_transaction: str | None = Field(default=None, max_length=14)
    # Dangerous goods other than the lithium flags (domain/hazmat.py): UN number and class.
    un_number: str | None = Field(default=None, max_length=4)
    hazard_class: str | None = Field(default=None, max_length=3)
    # Who made it, for the broker's entry: the manufacturer's name and address, and its MID
    # (given, or built from them by CBP's rules: domain/mid.py).
    manufacturer: str | None = Field(default=None, max_length=200)
    manufacturer_street: str | None = Field(default=None, max_length=200)
    manufacturer_city: str | None = Field(default=None, max_length=100)
    manufacturer_province: str | None = Field(default=None, max_length=3)
    manufacturer_country: str | None = Field(default=None, max_length=2)
    mid: str | None = Field(default=None, max_length=15)
    created_at: datetime = Field(default_factory=utcnow, sa_column=_instant())
    updated_at: datetime = Field(default_factory=utcnow, sa_column=_instant())


class Order(StoreTable, table=True):
    """A customer order as exported by the shop, with its ship-to recipient."""

    __tablename__ = "orders"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=64, unique=True)  # as exported, e.g. "#1001"
    source_id: str | None = Field(default=None, max_length=64)  # the shop's own order id
    email: str | None = Field(default=None, max_length=254)
    currency: str = Field(max_length=3)
    created_at: datetime = Field(sa_column=_instant(index=True))
    recipient_name: str = Field(max_length=200)
    company: str | None = Field(default=None, max_length=200)
    address1: str = Field(max_length=200)
    address2: str | None = Field(default=None, max_length=200)
    city: str = Field(max_length=100)
    state: str | None = Field(default=None, max_length=50)
    postal_code: str = Field(max_length=20)  # text: leading zeros are part of a ZIP
    country: str = Field(max_length=2)
    phone: str | None = Field(default=None, max_length=50)
    subtotal_cents: int | None = None
    shipping_cents: int | None = None
    taxes_cents: int | None = None
    total_cents: int | None = None
    discount_cents: int = 0
    discount_code: str | None = Field(default=None, max_length=100)
    notes: str | None = None
    source_file: str = Field(max_length=500)
    source_format: str = Field(max_length=16)  # "shopify" | "native"
    imported_at: datetime = Field(default_factory=utcnow, sa_column=_instant())


class OrderLine(StoreTable, table=True):
    """One line item of an order; its SKU may not (yet) be in the catalog."""

    __tablename__ = "order_lines"
    __table_args__ = (UniqueConstraint("order_id", "line_no"),)

    id: int | None = Field(default=None, primary_key=True)
    order_id: int = Field(foreign_key="orders.id", ondelete="CASCADE", index=True)
    line_no: int  # 1-based, in file order
    sku: str | None = Field(default=None, max_length=255, index=True)
    description: str = Field(max_length=500)
    quantity: int
    unit_price_cents: int  # in the order's currency
    discount_cents: int = 0


class Load(StoreTable, table=True):
    """A truck trip to a US port of entry."""

    __tablename__ = "loads"

    id: int | None = Field(default=None, primary_key=True)
    trip_number: str = Field(max_length=25, unique=True)  # SCAC + 4..21 letters/digits
    scac: str = Field(max_length=4)
    port: str = Field(max_length=4)  # CBP Schedule D code
    planned_arrival: datetime = Field(sa_column=_instant(index=True))
    driver_name: str | None = Field(default=None, max_length=200)
    tractor_plate: str | None = Field(default=None, max_length=20)
    trailer_plate: str | None = Field(default=None, max_length=20)
    seal: str | None = Field(default=None, max_length=40)
    status: str = Field(default=LoadStatus.OPEN, max_length=16)  # a LoadStatus: open | closed
    created_at: datetime = Field(default_factory=utcnow, sa_column=_instant())
    closed_at: datetime | None = Field(default=None, sa_column=_instant(nullable=True))


class Parcel(StoreTable, table=True):
    """A box packed for one order, with its planned crossing and current verdict."""

    __tablename__ = "parcels"
    __table_args__ = (
        Index("ix_parcels_recipient_day", "recipient_key", "us_day"),
        Index("ix_parcels_day_decision", "us_day", "needs_decision"),  # the live warnings
        Index("ix_parcels_closed_at", "closed_at"),  # the shift overview
    )

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(max_length=20, unique=True)  # our printable parcel id
    order_id: int = Field(foreign_key="orders.id", index=True)
    station: str = Field(max_length=40)
    status: str = Field(default=ParcelStatus.OPEN, max_length=16, index=True)  # a ParcelStatus
    # The recipient's delivery point, parsed once when the parcel is closed (RULES.md s5):
    # the indexed key (ZIP5, house number, street name) and what is compared beside it.
    recipient_key: str | None = Field(default=None, max_length=300)
    recipient_point: str | None = Field(default=None, max_length=300)
    us_day: date | None = None  # the US Eastern calendar day of the crossing
    crossing_at: datetime | None = Field(default=None, sa_column=_instant(nullable=True))
    port: str | None = Field(default=None, max_length=4)
    weight_g: int | None = None
    value_usd_cents: int | None = None
    route: str | None = Field(default=None, max_length=16)
    scn: str | None = Field(default=None, max_length=16, unique=True)
    # The supervisor's part: warnings acknowledged (';'-separated codes) and a route accepted.
    acknowledged: str = Field(default="", max_length=300)
    accepted_route: str | None = Field(default=None, max_length=16)
    needs_decision: bool = Field(default=False, index=True)
    manual_hold: bool = False  # held by a supervisor, whatever the verdict
    load_id: int | None = Field(default=None, foreign_key="loads.id", index=True)
    created_at: datetime = Field(default_factory=utcnow, sa_column=_instant())
    closed_at: datetime | None = Field(default=None, sa_column=_instant(nullable=True))
    # Its label: the current label's number (0: none printed yet), what the printed label shows
    # (JSON, services/packing/labels.py) and whether that one is superseded, a new one to print.
    label_version: int = 0
    label_shows: str | None = None
    relabel: bool = False
    # The rules it was packed under when the packer named them (pack --rules-as-of); else the
    # store's pin, else its crossing's: every judgement of it uses the same.
    rules_as_of: datetime | None = Field(default=None, sa_column=_instant(nullable=True))
    # The FDA prior notice confirmation number of a parcel with an FDA-regulated line.
    prior_notice: str | None = Field(default=None, max_length=20)


class ParcelItem(StoreTable, table=True):
    """One scan of an order line into a parcel."""

    __tablename__ = "parcel_items"

    id: int | None = Field(default=None, primary_key=True)
    parcel_id: int = Field(foreign_key="parcels.id", ondelete="CASCADE", index=True)
    order_line_id: int = Field(foreign_key="order_lines.id", index=True)
    quantity: int = 1
    scanned_code: str = Field(max_length=255)  # empty for a supervisor's count
    scanned_at: datetime = Field(default_factory=utcnow, sa_column=_instant())
    # The supervisor who counted these items in, for a line with nothing to scan.
    counted_by: int | None = Field(default=None, foreign_key="users.id")


class ParcelVerdict(StoreTable, table=True):
    """One evaluation of a parcel by the engine, kept for the record (newest is current)."""

    __tablename__ = "parcel_verdicts"

    id: int | None = Field(default=None, primary_key=True)
    parcel_id: int = Field(foreign_key="parcels.id", index=True)
    evaluated_at: datetime = Field(default_factory=utcnow, sa_column=_instant())
    route: str = Field(max_length=16)
    eligible_321: bool
    consignment_value_usd_cents: int
    regime: str = Field(max_length=16)
    rules_version: str = Field(max_length=64)
    rules_as_of: datetime | None = Field(default=None, sa_column=_instant(nullable=True))
    fx_json: str = "{}"  # the rates used, {"CAD": "0.7300"}
    codes_json: str = "[]"  # [{"code", "severity", "message"}]
    # The parcels it was judged against, in crossing order (domain.judgement.Counted):
    # [{"parcel_id", "as", "route", "value_usd"}]; None before the desk recorded them.
    judged_against: str | None = None


class FxRate(StoreTable, table=True):
    """A rate to USD in force from a date until the next rate of the same currency."""

    __tablename__ = "fx_rates"
    __table_args__ = (UniqueConstraint("currency", "valid_from"),)

    id: int | None = Field(default=None, primary_key=True)
    currency: str = Field(max_length=3)
    valid_from: date
    rate_to_usd: Decimal = Field(sa_column=Column(DecimalText(), nullable=False))
    source: str = Field(default="", max_length=200)  # e.g. "CBP certified rate, 2026 Q4"
    entered_by: int | None = Field(default=None, foreign_key="users.id")
    entered_at: datetime = Field(default_factory=utcnow, sa_column=_instant())


class Setting(StoreTable, table=True):
    """One named setting, its value as JSON text."""

    __tablename__ = "settings"

    key: str = Field(primary_key=True, max_length=100)
    value: str
    updated_at: datetime = Field(default_factory=utcnow, sa_column=_instant())


class User(StoreTable, table=True):
    """A person who signs in: packer, supervisor, driver or admin."""

    __tablename__ = "users"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=100, unique=True)
    badge: str | None = Field(default=None, max_length=64, unique=True)
    role: str = Field(max_length=16)
    pin_hash: str = Field(max_length=300)  # scrypt, salted, with its parameters
    failed_pin_attempts: int = 0
    locked_until: datetime | None = Field(default=None, sa_column=_instant(nullable=True))
    active: bool = True
    created_at: datetime = Field(default_factory=utcnow, sa_column=_instant())


class AuditEntry(StoreTable, table=True):
    """One line of the append-only audit trail (the database refuses updates and deletes)."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_entity", "entity_type", "entity_id"),)  # histories

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, sa_column=_instant(index=True))
    user_id: int | None = Field(default=None, foreign_key="users.id")
    station: str = Field(default="", max_length=40)
    action: str = Field(max_length=64, index=True)
    entity_type: str = Field(default="", max_length=32)
    entity_id: str | None = Field(default=None, max_length=64)
    reason: str | None = None
    details: str = "{}"  # JSON
    # A chain: each line carries the hash of the one before, so an edit or a removal shows.
    prev_hash: str | None = Field(default=None, max_length=64)
    hash: str | None = Field(default=None, max_length=64)


class RecipientSplit(StoreTable, table=True):
    """Two names at one address that a supervisor declared two people (a wrong merge split)."""

    __tablename__ = "recipient_splits"
    __table_args__ = (UniqueConstraint("address_key", "name_a", "name_b"),)

    id: int | None = Field(default=None, primary_key=True)
    address_key: str = Field(max_length=300, index=True)
    name_a: str = Field(max_length=200)  # recipients.name_tokens joined; name_a < name_b
    name_b: str = Field(max_length=200)
    reason: str
    user_id: int | None = Field(default=None, foreign_key="users.id")
    created_at: datetime = Field(default_factory=utcnow, sa_column=_instant())


class SealedConflict(StoreTable, table=True):
    """A parcel on a sealed truck whose verdict, judged now, would differ from the one filed:
    the event that would have changed it, for a supervisor (the parcel crossed as filed)."""

    __tablename__ = "sealed_conflicts"

    id: int | None = Field(default=None, primary_key=True)
    parcel_id: int = Field(foreign_key="parcels.id", index=True)
    load_id: int = Field(foreign_key="loads.id")
    detected_at: datetime = Field(default_factory=utcnow, sa_column=_instant())
    cause: str = Field(max_length=120)  # the event: its audit action and what it was about
    filed_route: str = Field(max_length=16)
    filed_value_usd_cents: int
    judged_route: str = Field(max_length=16)  # what a judgement now would give
    judged_value_usd_cents: int
    judged_codes_json: str = "[]"
    judged_against: str = "[]"
    # pending (a supervisor looks), acknowledged, cleared (the judgement agrees with the filing
    # again), superseded (another conflict took its place), reopened (the truck was reopened)
    state: str = Field(default="pending", max_length=16)
    resolved_at: datetime | None = Field(default=None, sa_column=_instant(nullable=True))
    resolved_by: int | None = Field(default=None, foreign_key="users.id")
    reason: str | None = None


class Driver(StoreTable, table=True):
    """A driver as the e-manifest files them (domain/crew.py). Their date of birth, travel
    document and FAST card are shown only to drivers, supervisors and administrators."""

    __tablename__ = "drivers"

    id: int | None = Field(default=None, primary_key=True)
    number: str = Field(max_length=15, unique=True)  # the carrier's own (D-20)
    first_name: str = Field(max_length=30)
    last_name: str = Field(max_length=30)
    gender: str = Field(max_length=1)  # M | F
    birth_date: date
    citizenship: str = Field(max_length=2)
    document_type: str = Field(max_length=3)  # domain/crew.py TRAVEL_DOCUMENTS
    document_number: str = Field(max_length=30)
    document_country: str | None = Field(default=None, max_length=2)
    document_state: str | None = Field(default=None, max_length=3)
    fast_card: str | None = Field(default=None, max_length=14)
    active: bool = True
    created_at: datetime = Field(default_factory=utcnow, sa_column=_instant())
    updated_at: datetime = Field(default_factory=utcnow, sa_column=_instant())


class Truck(StoreTable, table=True):
    """A power unit: its unit number, type, VIN and licence plate with its jurisdiction."""

    __tablename__ = "trucks"

    id: int | None = Field(default=None, primary_key=True)
    unit: str = Field(max_length=17, unique=True)
    truck_type: str = Field(max_length=2)
    vin: str = Field(max_length=17)
    plate: str = Field(max_length=10)
    plate_state: str = Field(max_length=3)
    dot_number: str | None = Field(default=None, max_length=8)
    active: bool = True
    created_at: datetime = Field(default_factory=utcnow, sa_column=_instant())
    updated_at: datetime = Field(default_factory=utcnow, sa_column=_instant())


class Trailer(StoreTable, table=True):
    """A trailer: its number, type and licence plate with its jurisdiction."""

    __tablename__ = "trailers"

    id: int | None = Field(default=None, primary_key=True)
    number: str = Field(max_length=15, unique=True)
    trailer_type: str = Field(max_length=2)
    plate: str = Field(max_length=10)
    plate_state: str = Field(max_length=3)
    active: bool = True
    created_at: datetime = Field(default_factory=utcnow, sa_column=_instant())
    updated_at: datetime = Field(default_factory=utcnow, sa_column=_instant())


class LoadCrew(StoreTable, table=True):
    """Who and what takes a trip: its driver (and co-driver), truck and trailer from the
    records; at the seal, what was filed, kept as it was (JSON) for its papers and exports."""

    __tablename__ = "load_crews"

    load_id: int = Field(foreign_key="loads.id", primary_key=True)
    driver_id: int | None = Field(default=None, foreign_key="drivers.id", index=True)
    co_driver_id: int | None = Field(default=None, foreign_key="drivers.id", index=True)
    truck_id: int | None = Field(default=None, foreign_key="trucks.id", index=True)
    trailer_id: int | None = Field(default=None, foreign_key="trailers.id", index=True)
    filed: str | None = None  # services/loads/crew_records.py filed_crew, at the seal
