"""Command-line flag names live in the command line only: no text of services/ (a refusal, a
hint, anything the desk shows) names one. A service names what is wrong in words and in
UserError.field; cli.FLAGS turns the field into the command line's flag when it prints."""

from __future__ import annotations

import ast
import re
from collections.abc import Set
from pathlib import Path

import pytest

from s321_desk import cli
from s321_desk.services.kernel.errors import UserError

SERVICES = Path(__file__).resolve().parents[1] / "s321_desk" / "services"
FLAG = re.compile(r"(?<![\w-])--[A-Za-z]")
# Not flags of ours: pg_dump's and pg_restore's own options, which the backup runs them with.
OTHER_PROGRAMS = {
    "admin/backup.py": {
        "--format=custom",
        "--no-owner",
        "--file=",
        "--clean",
        "--if-exists",
        "--single-transaction",
        "--dbname=",
    }
}


def _docstrings(tree: ast.AST) -> set[int]:
    """The ids of the docstrings' nodes: documentation, never shown."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def flags_named(source: str, allowed: Set[str] = frozenset()) -> list[tuple[int, str]]:
    """(line, text) of each string literal that names a flag (``--`` then a letter), in the
    code's strings and f-strings' parts; docstrings and the ``allowed`` literals aside."""
    tree = ast.parse(source)
    docs = _docstrings(tree)
    return sorted(
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docs
        and node.value not in allowed
        and FLAG.search(node.value)
    )


def test_no_text_of_the_services_names_a_command_line_flag() -> None:
    found = []
    for path in sorted(SERVICES.rglob("*.py")):
        where = path.relative_to(SERVICES).as_posix()
        for line, text in flags_named(path.read_text("utf-8"), OTHER_PROGRAMS.get(where, set())):
            found.append(f"services/{where}:{line}: {text!r}")
    assert found == [], "\n".join(found)


def test_the_scan_finds_a_flag_in_a_message_and_not_elsewhere() -> None:
    source = '''
"""A docstring may say ``--user``."""
def refuse(day):
    raise UserError(translate("Exports", "--day: {day} is not a day"))
def hint(trip):
    return f"pick one (s321-desk load crew {trip} --driver NUMBER)"
SPAN = "2026-11-17 -- 2026-11-18"
'''
    assert [text for _line, text in flags_named(source)] == [
        "--day: {day} is not a day",
        " --driver NUMBER)",
    ]


@pytest.mark.parametrize("field", sorted(cli.FLAGS))
def test_the_command_line_names_its_flag_after_a_refusal_of_a_field(field: str) -> None:
    error = UserError("the seal number: too long", field=field)
    assert cli._flag_hint(error) == f" ({cli.FLAGS[field]})"
    assert cli._flag_hint(UserError("nothing given wrong")) == ""
