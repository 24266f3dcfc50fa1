"""What a trip's filings say, read once from the store: the e-manifest (ours, BorderConnect's,
the ACE shipment upload) and the broker's entries all write from this.

- **A shipment is a parcel.** Its SCN is the carrier's SCAC + the parcel id (given when it is
  loaded), the number the broker's entry repeats exactly.
- **Its ACE type**: since 2025-08-29 every parcel crossing by truck is released on a broker's
  entry (type 11, 01, 03 or 86): ACE's shipment type PAPS. Section 321 release from the
  manifest only where the engine gave that route (S321_MANIFEST, while the law allowed it).
  The desk's own route codes are never an ACE type.
- **A commodity is an order line** packed in the parcel: its description, HTS, origin, items,
  value (in its currency, and in USD at the crossing day's rate, the lines adding up to the
  parcel's one value to the cent), a share of the parcel's weight (by the catalog's unit
  weights, else by value, adding up to the scale's weight to the gram), its dangerous goods
  and its manufacturer (with the MID given, or built by CBP's rules).
- **Quantity in the outermost packaging**: a parcel is one box. ACE counts the cargo in its
  lowest external packaging unit (19 CFR 123.92(a)(7)): the box is counted once, on the
  parcel's first commodity (1 BOX); the parcel's other lines are in that box, counted by
  their pieces (PCS), so that the boxes of a trip add up to its parcels.
- **A sealed trip files what was sealed**: its crew as kept at the seal (trip_crew).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlmodel import Session

from s321_desk.documents.content import FxUsed, InvoiceData, LoadInfo
from s321_desk.domain.codes import LoadStatus, ParcelStatus, Route
from s321_desk.domain.hazmat import FDA_FLAG, Hazmat, hazmat_of
from s321_desk.domain.mid import build_mid
from s321_desk.domain.texts import Text, joined, translate
from s321_desk.services.admin.ports import port
from s321_desk.services.kernel.errors import UserError
from s321_desk.services.loads import trip_crew
from s321_desk.services.loads.trips import find_load
from s321_desk.services.papers import contents
from s321_desk.store.models import Load, Product
from s321_desk.store.repositories import filing as filings

CENT = Decimal("0.01")
PROBLEMS_SAID = 10
BOX, PIECES = "BOX", "PCS"
PAPS, SECTION_321 = "PAPS", "SECTION_321"
# The entry a broker files for each route (19 CFR 141.51: one per consignee per conveyance).
ENTRY_TYPES: dict[str, str] = {Route.T11: "11", Route.T01: "01", Route.T03: "03", Route.ET86: "86"}
FORMALITY = ("86", "11", "01", "03")  # a consignee's parcels of several routes: the most formal


@dataclass(frozen=True)
class Address:
    street: str
    city: str
    state: str  # a state or province code; "" when none
    postal_code: str
    country: str  # ISO 3166

    @property
    def line(self) -> str:
        return ", ".join(
            p for p in (self.street, self.city, self.state, self.postal_code, self.country) if p
        )


@dataclass(frozen=True)
class Party:
    name: str
    address: Address
    company: str = ""
    street2: str = ""


@dataclass(frozen=True)
class Maker:
    """Who made a line's goods, and its MID (given in the catalog, else built by CBP's rules;
    ``problem`` says why neither is there)."""

    name: str | None
    street: str | None
    city: str | None
    province: str | None
    country: str | None
    mid: str | None
    built: bool = False
    problem: Text | None = None


@dataclass(frozen=True)
class Commodity:
    number: int  # 1 for the parcel's first line
    sku: str | None
    description: str
    items: int  # the order line's units in the box
    hts: str  # 10 digits as classified ("" unclassified: never on a sealed trip)
    origin: str
    value: Decimal  # in ``currency``: units x price less the line's discount
    currency: str
    value_usd: Decimal
    weight_g: int  # its share of the parcel's gross weight
    hazmat: Hazmat | None
    fda: bool
    maker: Maker
    goods: str = ""  # the catalog's description of the goods ("" without a product)

    def described(self, limit: int) -> str:
        """The line's description, or the catalog's where the line's (a store's title with
        its variant) is longer than ``limit`` and the catalog's is not; never cut."""
        if len(self.description) > limit and self.goods and len(self.goods) <= limit:
            return self.goods
        return self.description

    @property
    def package_quantity(self) -> int:
        return 1 if self.number == 1 else self.items

    @property
    def package_unit(self) -> str:
        return BOX if self.number == 1 else PIECES


@dataclass(frozen=True)
class Shipment:
    scn: str
    parcel_id: str
    order: str
    route: str  # the engine's
    ace_type: str  # PAPS | SECTION_321
    consignee: Party
    weight_g: int
    value_usd: Decimal
    charges_usd: Decimal
    prior_notice: str | None
    commodities: tuple[Commodity, ...]
    us_day: date

    @property
    def entry_type(self) -> str | None:
        return ENTRY_TYPES.get(self.route)


@dataclass(frozen=True)
class Filing:
    load: LoadInfo  # what the papers head (trip, carrier, port, ETA, driver, plates, seal)
    port_code: str
    port_name: str
    arrival: datetime  # in the port's time zone
    us_day: date
    draft: bool  # an open trip's, not for filing
    crew: dict[str, Any] | None  # trip_crew.filed_crew; None: a trip of an older store
    shipper: Party | None  # None: setting shipper_address not set
    emergency: dict[str, str] | None  # setting hazmat_contact
    fx: tuple[FxUsed, ...]
    shipments: tuple[Shipment, ...]
    shipper_lines: tuple[str, ...] = field(default=())  # the company's address as printed

    @property
    def value_usd(self) -> Decimal:
        return sum((s.value_usd for s in self.shipments), Decimal(0))

    @property
    def province_of_loading(self) -> str | None:
        return self.shipper.address.state if self.shipper else None

    @property
    def status(self) -> str:
        return "draft" if self.draft else "sealed"


def read_filing(session: Session, load_ref: str, *, draft: bool | None = None) -> Filing:
    """The trip's filing from the store; only a sealed trip's, unless a draft is asked for
    (``draft`` None: the export has no draft)."""
    load = find_load(session, load_ref)
    if load.status != LoadStatus.SEALED and not draft:
        refusal = (
            translate(
                "Filing",
                "load {trip}: not sealed yet; what is filed is the sealed load's: seal it, or "
                "export a draft",
            )
            if draft is not None
            else translate(
                "Filing", "load {trip}: not sealed yet; what is filed is the sealed load's: seal it"
            )
        )
        raise UserError(
            refusal.format(trip=load.trip_number), field="draft" if draft is not None else "sealed"
        )
    packed = contents.load_parcels(session, load)
    if not packed:
        raise UserError(
            translate("Filing", "load {trip}: no parcel on it").format(trip=load.trip_number)
        )
    refuse_unfileable(load, packed)
    papers = contents.Papers(session)
    info = contents.load_info(papers, load, len(packed))
    alone = contents.invoices(papers, [[p] for p in packed], load)
    products = _products(session, packed)
    shipments = tuple(
        _shipment(papers, p, invoice, products) for p, invoice in zip(packed, alone, strict=True)
    )
    fx = {f.currency: f for invoice in alone for f in invoice.fx}
    the_port = port(load.port)
    return Filing(
        load=info,
        port_code=the_port.code,
        port_name=the_port.name,
        arrival=load.planned_arrival.astimezone(ZoneInfo(the_port.time_zone)),
        us_day=the_port.us_day(load.planned_arrival),
        draft=load.status != LoadStatus.SEALED,
        crew=trip_crew.filed_crew(session, load),
        shipper=_shipper(papers),
        emergency=papers.settings["hazmat_contact"],
        fx=tuple(fx[c] for c in sorted(fx)),
        shipments=shipments,
        shipper_lines=tuple(info.shipper.lines),
    )


def refuse_unfileable(load: Load, packed: list[contents.Packed]) -> None:
    """Parcels no filing can carry: held, waiting for a decision, unweighed, unclassified."""
    problems: list[Text] = []
    for item in packed:
        parcel = item.parcel
        if parcel.manual_hold or parcel.status == ParcelStatus.HELD:
            problems.append(
                translate("Filing", "{parcel}: held; a supervisor must release it first").format(
                    parcel=parcel.code
                )
            )
        elif parcel.needs_decision:
            problems.append(
                translate("Filing", "{parcel}: needs a supervisor's decision first").format(
                    parcel=parcel.code
                )
            )
        if parcel.weight_g is None:
            problems.append(translate("Filing", "{parcel}: no weight").format(parcel=parcel.code))
        for number, line in enumerate(item.items, 1):
            what = {"parcel": parcel.code, "line": number, "item": line.sku or line.description}
            if len(line.hts or "") < 6:
                problems.append(
                    translate(
                        "Filing", "{parcel} line {line} ({item}): no HTS number of 6+ digits"
                    ).format(**what)
                )
            if not line.origin:
                problems.append(
                    translate(
                        "Filing", "{parcel} line {line} ({item}): no country of origin"
                    ).format(**what)
                )
    if problems:
        more = len(problems) - PROBLEMS_SAID
        refusal = (
            translate("Filing", "load {trip}: cannot be filed: {problems}; and {more} more")
            if more > 0
            else translate("Filing", "load {trip}: cannot be filed: {problems}")
        )
        said = joined(problems[:PROBLEMS_SAID])
        raise UserError(refusal.format(trip=load.trip_number, problems=said, more=more))


def _products(session: Session, packed: list[contents.Packed]) -> dict[str, Product]:
    skus = {item.sku for p in packed for item in p.items if item.sku}
    if not skus:
        return {}
    return filings.products_by_sku(session, skus)


def _shipper(papers: contents.Papers) -> Party | None:
    """The warehouse as the filings' shipper: the company's name at its street address (the
    shipper_address setting; a filing without it is refused, saying how to set it)."""
    value = papers.required("shipper_address")
    company = papers.required("company")
    return Party(
        company["name"],
        Address(
            value["street"],
            value["city"],
            value["province"],
            value["postal_code"],
            value["country"],
        ),
    )


def _usd_rates(invoice: InvoiceData) -> dict[str, Decimal]:
    return {f.currency: f.rate_to_usd for f in invoice.fx} | {"USD": Decimal(1)}


def _shipment(
    papers: contents.Papers,
    packed: contents.Packed,
    invoice: InvoiceData,
    products: dict[str, Product],
) -> Shipment:
    parcel, order = packed.parcel, packed.order
    assert parcel.scn is not None and parcel.weight_g is not None and parcel.us_day is not None
    rates = _usd_rates(invoice)
    value = contents.goods_value(papers, packed)
    usd = contents.shares_to_the_cent([x.amount * rates[x.currency] for x in invoice.lines], value)
    weights = grams_shared(
        parcel.weight_g,
        [_unit_weight(products.get(x.sku or "")) * x.quantity for x in invoice.lines],
        [u for u in usd],
    )
    commodities = []
    for number, (line, line_usd, grams) in enumerate(
        zip(invoice.lines, usd, weights, strict=True), 1
    ):
        product = products.get(line.sku or "")
        flags = product.flags.split(";") if product and product.flags else []
        commodities.append(
            Commodity(
                number=number,
                sku=line.sku,
                description=line.description,
                items=line.quantity,
                hts=line.hts or "",
                origin=line.origin or "",
                value=line.amount,
                currency=line.currency,
                value_usd=line_usd,
                weight_g=grams,
                hazmat=hazmat_of(
                    flags, product.un_number, product.hazard_class, product.description
                )
                if product
                else None,
                fda=FDA_FLAG in flags,
                maker=maker_of(product),
                goods=product.description if product else "",
            )
        )
    charges = sum((c.amount * rates[c.currency] for c in invoice.charges), Decimal(0))
    consignee = Party(
        order.recipient_name,
        Address(order.address1, order.city, order.state or "", order.postal_code, order.country),
        company=order.company or "",
        street2=order.address2 or "",
    )
    return Shipment(
        scn=parcel.scn,
        parcel_id=parcel.code,
        order=order.name,
        route=parcel.route or "",
        ace_type=SECTION_321 if parcel.route == Route.S321_MANIFEST else PAPS,
        consignee=consignee,
        weight_g=parcel.weight_g,
        value_usd=value,
        charges_usd=charges.quantize(CENT, rounding=ROUND_HALF_UP),
        prior_notice=parcel.prior_notice,
        commodities=tuple(commodities),
        us_day=parcel.us_day,
    )


def _unit_weight(product: Product | None) -> int:
    return product.weight_g or 0 if product is not None else 0


def grams_shared(total: int, weights: list[int], values: list[Decimal]) -> list[int]:
    """``total`` grams shared among the lines in proportion to their catalog weights (by
    value where a line has none), whole grams adding up to ``total``: the grams rounding
    left over go, one each, to the largest remainders."""
    if not weights:
        return []
    basis: list[Decimal] = [Decimal(w) for w in weights]
    if any(w <= 0 for w in weights):
        basis = [max(v, CENT) for v in values]
    whole = sum(basis, Decimal(0))
    exact = [Decimal(total) * b / whole for b in basis]
    shares = [int(e) for e in exact]
    left = total - sum(shares)
    for index in sorted(range(len(exact)), key=lambda i: exact[i] - shares[i], reverse=True):
        if left <= 0:
            break
        shares[index] += 1
        left -= 1
    return shares


def maker_of(product: Product | None) -> Maker:
    """The line's manufacturer and its MID: the catalog's, else built by CBP's rules."""
    if product is None or not product.manufacturer:
        return Maker(
            None,
            None,
            None,
            None,
            None,
            product.mid if product else None,
            problem=translate("Filing", "no manufacturer in the catalog"),
        )
    maker = Maker(
        product.manufacturer,
        product.manufacturer_street,
        product.manufacturer_city,
        product.manufacturer_province,
        product.manufacturer_country,
        product.mid,
    )
    if product.mid:
        return maker
    if not (
        product.manufacturer_street and product.manufacturer_city and product.manufacturer_country
    ):
        return Maker(
            **{
                **maker.__dict__,
                "problem": translate(
                    "Filing",
                    "no MID and no full address to build it from (manufacturer_street, "
                    "manufacturer_city, manufacturer_country)",
                ),
            }
        )
    try:
        built = build_mid(
            product.manufacturer,
            product.manufacturer_street,
            product.manufacturer_city,
            product.manufacturer_country,
            product.manufacturer_province,
        )
    except ValueError as error:
        return Maker(**{**maker.__dict__, "problem": error.args[0]})
    return Maker(**{**maker.__dict__, "mid": built, "built": True})


def entry_groups(session: Session, load_ref: str) -> tuple[Filing, list[list[Shipment]]]:
    """The sealed trip's filing and its shipments grouped by consignee (one person on one
    truck, as the invoices group them: 19 CFR 141.51), in first-parcel order."""
    filing = read_filing(session, load_ref)
    load = find_load(session, load_ref)
    groups = contents.consignees(session, contents.load_parcels(session, load))
    by_parcel = {s.parcel_id: s for s in filing.shipments}
    return filing, [[by_parcel[p.parcel.code] for p in group] for group in groups]


def entry_type(group: list[Shipment]) -> str | None:
    """The entry a consignee's parcels on one truck need: the most formal of their routes';
    None when all were released on the manifest (Section 321)."""
    types = [s.entry_type for s in group if s.entry_type is not None]
    return max(types, key=FORMALITY.index) if types else None
