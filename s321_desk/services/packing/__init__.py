"""Packing: an order opened, its items scanned, the parcel closed with its label."""
