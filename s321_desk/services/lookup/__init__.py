"""Finding things again: parcels, orders, the first window's overview."""
