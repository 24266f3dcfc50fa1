"""The filings' queries: the catalogue's products behind a trip's lines."""

from __future__ import annotations

from collections.abc import Iterable

from sqlmodel import Session, col, select

from s321_desk.store.models import Product


def products_by_sku(session: Session, skus: Iterable[str]) -> dict[str, Product]:
    """The catalogue's products of these SKUs, by SKU (an unknown SKU is left out)."""
    query = select(Product).where(col(Product.sku).in_(list(skus)))
    return {product.sku: product for product in session.scalars(query)}
