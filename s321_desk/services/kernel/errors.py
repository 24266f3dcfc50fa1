"""Errors a user can act on: each carries the message to show, naming the place."""

from __future__ import annotations

import unicodedata

from s321_desk.domain.texts import SaidError, Text, translate
from s321_desk.store.errors import BUSY, FULL, GONE, READ_ONLY, reason_of

# A refusal quotes what it refuses, which may be hostile: a scan with a line break in it, a
# name of 100,000 characters. Said as one line of a readable length.
MESSAGE_LIMIT = 500


class UserError(SaidError):
    """A refusal the user can fix (bad file, bad argument, locked database): one clear line.

    ``str(error)`` says it in the desk's language (a Text message is translated where it is
    shown); ``error.english`` is what a record, a file or the command line keeps. ``field``
    names what was given wrong or missing (``seal``, ``reason``...), or what is to be done
    first (``sealed``, ``prior-notice``; several, comma-separated), in the service's words:
    the command line adds its own flag or command for it (cli.py ``FLAGS``), the desk shows
    the words alone; no text of a service names a flag or a command."""

    exit_code = 1

    def __init__(self, message: str | Text, *, field: str | None = None) -> None:
        super().__init__(message)
        self.args = (one_line(self.text.english),)
        self.field = field

    def __str__(self) -> str:
        return one_line(str(self.text))

    @property
    def english(self) -> str:
        return one_line(self.text.english)


def one_line(message: str) -> str:
    """Control characters shown as escapes (a line break as \\n), the length capped. Spaces
    stay spaces, French punctuation's no-break space (U+00A0, before a colon) included."""
    shown = "".join(
        c
        if c.isprintable() or unicodedata.category(c) == "Zs"
        else c.encode("unicode_escape").decode("ascii")
        for c in message
    )
    return shown if len(shown) <= MESSAGE_LIMIT else shown[: MESSAGE_LIMIT - 3] + "..."


class ImportRefused(UserError):
    """A file was refused whole; ``problems`` holds one ``FILE:LINE: column: reason`` each (the
    reason in the desk's language, the place as it is)."""

    def __init__(self, path: str, problems: list[str], count: int | None = None) -> None:
        self.path = path
        self.problems = problems  # the first ones, and a last line counting the rest if any
        super().__init__(
            translate("Errors", "{path}: refused, {count} problem(s); nothing was imported").format(
                path=path, count=len(problems) if count is None else count
            )
        )


# SQLite's words for a file that is damaged or not a database at all (text that is not UTF-8:
# bytes the desk never wrote, every text it stores being UTF-8).
_DAMAGED = (
    "malformed",
    "file is not a database",
    "disk I/O error",
    "database corruption",
    "Could not decode to UTF-8",
)


def store_damaged(error: BaseException) -> str | None:
    """One line for a store found damaged while in use (after its check at the opening), with
    the way out; None for anything else."""
    cause = getattr(error, "orig", None) or error
    text = str(cause)
    if not any(word in text for word in _DAMAGED):
        return None
    return (
        f"the database is damaged ({text}); nothing more was written. Restore the latest "
        "backup; the damaged file is kept beside it"
    )


def store_busy(error: BaseException) -> bool:
    """A locked, full or read-only database, or one out of reach (another station, the disk,
    the server), after the busy timeout: the machine's state, to be said plainly, not a bug.
    The classification is the store's (store/errors.py), made once where a unit of work ends."""
    return reason_of(error) in (BUSY, FULL, READ_ONLY, GONE)
