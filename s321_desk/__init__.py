"""s321-desk: the border desk of a Canadian cross-border fulfillment warehouse."""

__version__ = "0.1.0"
