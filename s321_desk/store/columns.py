"""How long a text each column of the store keeps: what the imports and the texts given at the
desk or on the command line are checked against before anything is written, so that both
backends take the same (PostgreSQL refuses a longer value, SQLite would keep it whole)."""

from __future__ import annotations

from functools import cache
from typing import Any

# The longest text kept in a column without a declared length (a reason, a setting's value, a
# note): what the imports read a cell to at most, and what a person may type into one.
UNBOUNDED_TEXT = 10_000


@cache  # the tables' columns never change: looked up once a column, not once a text
def column_limit(model: Any, field_name: str) -> int:
    """The longest text the store keeps in ``model``'s column (its declared length), or
    ``UNBOUNDED_TEXT`` for a column without one."""
    length = getattr(model.__table__.columns[field_name].type, "length", None)
    return int(length) if length else UNBOUNDED_TEXT
