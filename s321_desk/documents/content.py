"""What the invoice, the load manifest and the lead sheet print: plain values, no store, no Qt.

The services fill these from the store; the document modules only draw them. Money is Decimal
in the currency named beside it; instants are timezone-aware (printed in the port's time zone).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from s321_desk.domain.codes import HoldTag


@dataclass(frozen=True, slots=True)
class Party:
    """A name and its address, as printed: the name, then line by line (company, street, city
    line, country)."""

    name: str
    lines: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class InvoiceLine:
    """One item of a commercial invoice (an order line packed into one parcel)."""

    parcel_id: str
    order: str
    sku: str | None  # the marks and numbers
    description: str
    hts: str | None  # 10 digits without dots; None: not classified
    origin: str | None  # ISO 3166 two letters; None: unknown
    quantity: int
    unit_price: Decimal  # the purchase price of one unit, in ``currency``
    discount: Decimal  # taken off the whole line, in ``currency`` (0 when none)
    currency: str

    @property
    def amount(self) -> Decimal:
        return self.quantity * self.unit_price - self.discount


@dataclass(frozen=True, slots=True)
class Charge:
    """Freight, insurance, packing...: an amount in a currency (0 when included in the price)."""

    description: str
    amount: Decimal
    currency: str


@dataclass(frozen=True, slots=True)
class FxUsed:
    """The rate a currency was converted to USD at (the CBP-certified rate of the crossing date)."""

    currency: str
    rate_to_usd: Decimal
    source: str


@dataclass(frozen=True, slots=True)
class ParcelRef:
    """A parcel an invoice covers: its id, its SCN (None while on no truck) and its route."""

    parcel_id: str
    scn: str | None
    route: str
    value_usd: Decimal | None = None  # the goods' value: the parcel's one value on every paper


@dataclass(frozen=True, slots=True)
class InvoiceData:
    """A commercial invoice (19 CFR 141.86(a)): one consignee's parcels on one truck."""

    number: str
    date: dt.date  # the US day of the crossing
    port: str  # "0901 Buffalo-Niagara Falls, NY"
    trip: str | None  # None: the parcel is on no truck yet
    arrival: dt.datetime | None  # the planned arrival at the port (time of shipment)
    shipper: Party  # the exporter, who sold the goods (seller)
    consignee: Party  # the buyer, the US consumer
    importer_of_record: Party
    place_of_shipment: str  # where the goods leave from, e.g. "Mississauga, ON, Canada"
    orders: tuple[tuple[str, dt.date], ...]  # each order's name and date of sale
    parcels: tuple[ParcelRef, ...]
    lines: tuple[InvoiceLine, ...]
    charges: tuple[Charge, ...]  # empty: none
    rebates: str  # rebates, drawbacks and bounties, e.g. "None"
    assists: str  # e.g. "None"
    fx: tuple[FxUsed, ...]  # one per currency of the lines and charges other than USD
    total_usd: Decimal  # the goods' value plus the charges, in USD
    responsible_person: str  # of the exporter, who signs the declaration
    responsible_title: str
    declaration: str
    goods_usd: Decimal | None = None  # the parcels' values added up (each the engine's)
    charges_usd: Decimal | None = None  # the charges at ``fx``, rounded once


@dataclass(frozen=True, slots=True)
class LoadInfo:
    """A truck trip as the lead sheet and the manifest head it."""

    trip: str
    scac: str
    carrier: str  # the carrier's name
    port: str  # "0901 Buffalo-Niagara Falls, NY"
    arrival: dt.datetime  # the planned arrival (ETA), in the port's time zone
    driver: str | None
    tractor_plate: str | None
    trailer_plate: str | None
    seal: str | None  # None while the load is open
    shipper: Party
    shipment_count: int
    # The audit trail's head at the seal (``record 1,234 · 3fa9c2e1d0b4a7f6``): an anchor on
    # paper that a trail cut short or rewritten since no longer reaches (audit verify --head).
    audit_head: str | None = None


@dataclass(frozen=True, slots=True)
class ManifestItem:
    """One item (an order line's units) of a parcel on the load manifest, on a row of its own."""

    description: str
    quantity: int
    origin: str  # "" when unknown
    hts: str  # 10 digits, "" when unclassified
    hazmat: str = ""  # its shipping description (``UN3480, Lithium ion batteries, 9``), or ""


@dataclass(frozen=True, slots=True)
class ManifestRow:
    """One parcel on the load manifest: its first item beside its SCN, consignee, weight and
    value; its other items each on a row of their own under it."""

    scn: str | None
    parcel_id: str
    consignee: str
    city: str
    state: str
    zip: str
    description: str  # the parcel's items, "; "-joined
    quantity: int
    weight_kg: Decimal | None
    value_usd: Decimal
    origin: str  # the items' countries, ", "-joined ("" when unknown)
    hts: str  # the items' HTS numbers, ", "-joined ("" when unclassified)
    route: str
    items: tuple[ManifestItem, ...] = ()  # each item on its own row (empty: the joined fields)


@dataclass(frozen=True, slots=True)
class ManifestData:
    load: LoadInfo
    rows: tuple[ManifestRow, ...]  # in the order they are printed


@dataclass(frozen=True, slots=True)
class ShipTo:
    """The consignee as the carrier must read it."""

    name: str
    company: str
    address_lines: tuple[str, ...]
    city: str
    state: str
    zip: str
    country: str


@dataclass(frozen=True, slots=True)
class LabelData:
    """Everything printed on one parcel label, as plain values."""

    parcel_id: str
    order: str
    ship_to: ShipTo
    ship_from: tuple[str, ...]  # the US return address, line by line
    weight_kg: Decimal
    route: str
    crossing_date: dt.date
    trip: str | None
    version: int = 1  # the label's number: a label is a version of the parcel
    barcode: str = ""  # what its Code 128 holds (``P0000012-2``); "" for the parcel id alone
    caption: str = ""  # printed under it (``P0000012 · label 2``); "" for the parcel id alone
    # Dangerous goods in the box: each mark (``UN3480 LITHIUM ION BATTERIES, CLASS 9``) and
    # whom to call, printed in a black band over the route; () for none.
    hazmat: tuple[str, ...] = ()
    hazmat_phone: str = ""


@dataclass(frozen=True, slots=True)
class HoldTagData:
    """The 4x6 in tag on a box that must not ship (yet): HOLD or DEFERRED, and why."""

    kind: HoldTag
    parcel_id: str
    order: str
    reason: str  # the supervisor's reason, or the engine's findings that hold it
    date: dt.date  # the day of the hold (the warehouse's day)
    until: dt.date | None = None  # DEFERRED: the crossing day it now waits for
    station: str = ""  # where it was packed


@dataclass(frozen=True, slots=True)
class PickLine:
    """One order line to pick: what the station will scan for it."""

    sku: str  # "" for a line without one
    description: str
    quantity: int  # still to pick (ordered, less what is already packed)
    barcode: str  # what the station accepts for the item: its UPC/EAN, else its SKU; "" none


@dataclass(frozen=True, slots=True)
class PickTicket:
    """An order's pick ticket: its barcode opens the order's parcel at the packing station."""

    order: str  # the order's name as exported ("#1158")
    scan: str  # what its barcode holds: the name without "#", as the station reads it
    sold: dt.date  # the order's date (the warehouse's day)
    ship_to: str  # the consignee's name and city, to tell tickets apart at a glance
    lines: tuple[PickLine, ...]  # in picking order


@dataclass(frozen=True, slots=True)
class PickWave:
    """The pick tickets of one wave of orders (a day's, a station's, or a list)."""

    title: str  # what the wave is: "Orders of 2026-11-20", "Station DOCK-3, 2026-11-20"...
    tickets: tuple[PickTicket, ...]


@dataclass(frozen=True, slots=True)
class PackingSlip:
    """What is in one box, for the customer: no prices."""

    parcel_id: str
    orders: tuple[str, ...]
    ship_to: Party
    ship_from: Party
    lines: tuple[PickLine, ...]  # quantity: packed in this box
