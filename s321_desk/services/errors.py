"""Errors a user can act on: each carries the message to show, naming the place."""

from __future__ import annotations


class UserError(Exception):
    """A refusal the user can fix (bad file, bad argument, locked database): one clear line."""

    exit_code = 1


class ImportRefused(UserError):
    """A file was refused whole; ``problems`` holds one ``FILE:LINE: column: reason`` each."""

    def __init__(self, path: str, problems: list[str]) -> None:
        self.path = path
        self.problems = problems
        super().__init__(f"{path}: refused, {len(problems)} problem(s); nothing was imported")


def store_busy(error: BaseException) -> bool:
    """A locked or read-only database (another station, the disk), after the busy timeout:
    the machine's state, to be said plainly, not a bug."""
    from sqlalchemy.exc import OperationalError

    text = str(getattr(error, "orig", ""))
    return isinstance(error, OperationalError) and ("locked" in text or "readonly" in text)
