"""The store's queries, one module per services room that asks them (``judging``: the look-ups
the engine needs on the scan's path). A service calls these and keeps the decisions; it builds
no SQL of its own."""
