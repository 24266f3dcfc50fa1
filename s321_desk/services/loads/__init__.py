"""Truck trips: parcels loaded, a load sealed or reopened, its driver and crew."""
