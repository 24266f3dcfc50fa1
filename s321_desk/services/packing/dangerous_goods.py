"""What dangerous goods a parcel holds, from its items' catalog entries: for the station's
warning, the label's mark, the manifest's HM column and the filings."""

from __future__ import annotations

from sqlmodel import Session

from s321_desk.domain.hazmat import Hazmat, hazmat_of
from s321_desk.store.models import Product
from s321_desk.store.repositories import packing as stored


def hazmat_by_parcel(session: Session, parcel_ids: list[int]) -> dict[int, tuple[Hazmat, ...]]:
    """Each parcel's dangerous goods, one per UN number, in UN number order (parcels without
    any are left out)."""
    if not parcel_ids:
        return {}
    rows = stored.item_hazmat(session, parcel_ids)
    found: dict[int, dict[str, Hazmat]] = {}
    for parcel_id, flags, un_number, hazard_class, description in rows:
        hazmat = hazmat_of(flags or "", un_number, hazard_class, description)
        if hazmat is not None:
            found.setdefault(parcel_id, {})[hazmat.un_number] = hazmat
    return {key: tuple(v for _, v in sorted(marks.items())) for key, marks in found.items()}


def product_hazmat(product: Product | None) -> Hazmat | None:
    if product is None:
        return None
    return hazmat_of(
        product.flags or "", product.un_number, product.hazard_class, product.description
    )
