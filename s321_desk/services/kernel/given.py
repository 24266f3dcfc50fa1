"""A text a person gives at the desk or on the command line, checked against the column that
keeps it before anything is written (domain/given.py's rule; store/columns.py's lengths): a
UserError naming the field, the same on SQLite and PostgreSQL, and the same words in the desk's
dialogs as on the command line."""

from __future__ import annotations

from typing import Any

from s321_desk.domain.given import given_text
from s321_desk.domain.texts import Text
from s321_desk.services.kernel.errors import UserError
from s321_desk.store.columns import column_limit


def given(
    text: str,
    model: Any,
    column: str,
    *,
    field: str | Text | None = None,
    lines: bool = False,
    required: bool = False,
) -> str:
    """``text`` stripped and checked for ``model.column`` (named ``field``, else the column's
    name): a UserError whose ``field`` is the column's name (the command line's flag for it)."""
    try:
        return given_text(
            text, field or column, column_limit(model, column), lines=lines, required=required
        )
    except ValueError as error:
        raise UserError(error.args[0], field=column) from None


def given_or_none(text: str | None, model: Any, column: str, **options: Any) -> str | None:
    """An optional text: None for nothing given (or only spaces), else ``given``'s."""
    if text is None or not text.strip():
        return None
    return given(text, model, column, **options)


def refusal_of(text: str, model: Any, column: str, **options: Any) -> str:
    """What ``given`` would say of ``text`` in the desk's language, or "" when it takes it: a
    dialog shows it beside the field before anything is asked or written."""
    try:
        given(text, model, column, **options)
    except UserError as error:
        return str(error)
    return ""
