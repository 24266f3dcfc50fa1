"""What a new desk still needs before its first truck, read from the store each time (never a
tick a person sets): its administrator, the company and addresses on the papers, a carrier and
its SCAC, the port, this station's label printer tried with a test print, the other users, the
FX rates, the catalog and the orders."""

from __future__ import annotations

from dataclasses import dataclass

from s321_desk.domain.texts import Text, translate
from s321_desk.services.admin.ports import ports
from s321_desk.services.admin.settings import settings_in
from s321_desk.store.models import Setting
from s321_desk.store.repositories import admin as stored
from s321_desk.store.uow import Work, within

COUNTED_UP_TO = 10_000
STEPS = (
    "administrator",
    "company",
    "carrier",
    "port",
    "printers",
    "users",
    "fx_rates",
    "catalog",
    "orders",
)


@dataclass(frozen=True)
class Step:
    key: str  # one of STEPS
    done: bool
    detail: Text  # what is there, or what is still to do


def checklist(work: Work, station: str) -> list[Step]:
    """Each step of ``STEPS``, done or not, with what the store holds for it."""
    with within(work) as uow:
        session = uow.session
        settings = settings_in(session)
        users = stored.active_users(session)
        port_chosen = session.get(Setting, "port") is not None
        tested = stored.last_printer_test(session, station)
        currency = str(settings["default_currency"])
        rates = stored.count_fx_rates(session, currency)
        products = stored.count_products(session)
        unclassified = stored.count_products(session, unclassified=True)
        # Counted up to a bound: a store of a million orders is set up anyway.
        orders = stored.count_orders(session, up_to=COUNTED_UP_TO)
    admins = [name for name, role in users if role == "admin"]
    others = [name for name, role in users if role != "admin"]
    steps: list[Step] = []

    def step(key: str, done: bool, detail: Text) -> None:
        steps.append(Step(key, done, detail))

    step(
        "administrator",
        bool(admins),
        Text.plain(", ".join(admins))
        if admins
        else translate("FirstRun", "Create the first administrator (F2)."),
    )
    company, returns = settings["company"], settings["us_return_address"]
    if company and returns:
        said = Text.plain(str(company.get("name", "")))
    elif returns:
        said = translate("FirstRun", "Give the company (the shipper on the papers).")
    elif company:
        said = translate("FirstRun", "Give the US return address (the label's ship-from).")
    else:
        said = translate("FirstRun", "Give the company and the US return address.")
    step("company", bool(company and returns), said)
    carriers = settings["carriers"] or {}
    step(
        "carrier",
        bool(carriers),
        Text.plain(", ".join(f"{scac} ({name})" for scac, name in sorted(carriers.items())))
        if carriers
        else translate("FirstRun", "Add the carrier's SCAC and name."),
    )
    own = ((settings["stations"] or {}).get(station) or {}).get("port")
    code = str(own or settings["port"])
    place = ports().get(code)
    named = f"{code} {place.name}" if place else code
    default = translate("FirstRun", "Not chosen yet (the default is {port}).")
    step(
        "port",
        port_chosen or bool(own),
        Text.plain(named) if port_chosen or own else default.format(port=named),
    )
    printer = ((settings["stations"] or {}).get(station) or {}).get("label_printer")
    if printer is None:
        detail = translate(
            "FirstRun", "Set {station}'s label printer, then print a test label."
        ).format(station=station)
    elif tested is None:
        detail = translate("FirstRun", "Print a test label on {station}'s label printer.").format(
            station=station
        )
    else:
        detail = translate("FirstRun", "Test label printed {when}.").format(
            when=f"{tested:%Y-%m-%d %H:%M} UTC"
        )
    step("printers", printer is not None and tested is not None, detail)
    besides = translate("FirstRun", "{count} besides the administrators")
    step(
        "users",
        bool(others),
        besides.format(count=len(others))
        if others
        else translate("FirstRun", "Add the packers, supervisors and drivers."),
    )
    step(
        "fx_rates",
        currency == "USD" or rates > 0,
        translate("FirstRun", "{currency}: {count} rates").format(currency=currency, count=rates)
        if currency != "USD" and rates
        else translate("FirstRun", "The orders are in USD: no rate needed.")
        if currency == "USD"
        else translate("FirstRun", "Enter the {currency} to USD rate.").format(currency=currency),
    )
    step(
        "catalog",
        products > 0,
        translate("FirstRun", "{count} SKUs, {missing} missing HTS or origin").format(
            count=products, missing=unclassified
        )
        if products
        else translate("FirstRun", "Import the catalog (SKU, HTS, origin, value)."),
    )
    step(
        "orders",
        orders > 0,
        translate("FirstRun", "{count} orders").format(
            count=f"{orders:,}" if orders < COUNTED_UP_TO else f"{COUNTED_UP_TO:,}+"
        )
        if orders
        else translate("FirstRun", "Import the day's orders."),
    )
    return steps
