"""Command-line flag and command names live in the command line only: no text of services/ or
store/ (a refusal, a hint, anything the desk shows) names one. A service names what is wrong or
what to do first in words and in UserError.field; cli.FLAGS turns the field into the command
line's flag or command when it prints."""

from __future__ import annotations

import argparse
import ast
import re
from collections.abc import Set
from pathlib import Path

import pytest

from s321_desk import cli
from s321_desk.services.kernel.errors import UserError

PACKAGE = Path(__file__).resolve().parents[1] / "s321_desk"
SERVICES = PACKAGE / "services"
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


def strings_matching(
    source: str, pattern: re.Pattern[str], allowed: Set[str] = frozenset()
) -> list[tuple[int, str]]:
    """(line, text) of each string literal that ``pattern`` finds, in the code's strings and
    f-strings' parts; docstrings and the ``allowed`` literals aside."""
    tree = ast.parse(source)
    docs = _docstrings(tree)
    return sorted(
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docs
        and node.value not in allowed
        and pattern.search(node.value)
    )


def flags_named(source: str, allowed: Set[str] = frozenset()) -> list[tuple[int, str]]:
    """The string literals that name a flag (``--`` then a letter)."""
    return strings_matching(source, FLAG, allowed)


def test_no_text_of_the_services_names_a_command_line_flag() -> None:
    found = []
    for path in sorted(SERVICES.rglob("*.py")):
        where = path.relative_to(SERVICES).as_posix()
        for line, text in flags_named(path.read_text("utf-8"), OTHER_PROGRAMS.get(where, set())):
            found.append(f"services/{where}:{line}: {text!r}")
    assert found == [], "\n".join(found)


# Texts that read like a command and are none: the product's name before a noun, a label's
# number, the name an anchor records of the check that moved it.
NOT_COMMANDS = {
    "services/admin/backup.py": {
        "{file}: not an s321-desk backup (not an SQLite file)",
        "{file}: not an s321-desk backup ({why})",
        "{file}: not an s321-desk backup (no schema revision in it)",
    },
    "services/supervision/warnings.py": {
        "RELABEL: its printed label is superseded; print label {n}",
    },
    "services/kernel/audit_anchor.py": {"audit verify"},
}


def command_phrases(parser: argparse.ArgumentParser) -> re.Pattern[str]:
    """``s321-desk COMMAND`` for each of the command line's commands, and ``COMMAND ACTION``
    for each of their actions (``load close``, ``pin-key import``)."""

    def actions(of: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
        for action in of._actions:
            if isinstance(action, argparse._SubParsersAction):
                return dict(action.choices)
        return {}

    phrases = []
    for name, command in actions(parser).items():
        phrases.append(rf"s321-desk {re.escape(name)}(?![\w-])")
        phrases += [
            rf"(?<![\w-]){re.escape(name)} {re.escape(act)}(?![\w-])" for act in actions(command)
        ]
    return re.compile("|".join(phrases))


COMMANDS = command_phrases(cli.build_parser())


def commands_named(source: str, allowed: Set[str] = frozenset()) -> list[tuple[int, str]]:
    """The string literals that name one of the command line's commands."""
    return strings_matching(source, COMMANDS, allowed)


def test_no_text_of_the_services_or_the_store_names_a_command() -> None:
    found = []
    for path in sorted([*SERVICES.rglob("*.py"), *(PACKAGE / "store").rglob("*.py")]):
        where = path.relative_to(PACKAGE).as_posix()
        for line, text in commands_named(path.read_text("utf-8"), NOT_COMMANDS.get(where, set())):
            found.append(f"{where}:{line}: {text!r}")
    assert found == [], "\n".join(found)


def test_the_scan_finds_a_command_in_a_message_and_not_elsewhere() -> None:
    source = '''
"""A docstring may say ``s321-desk load close``."""
def refuse(parcels):
    raise UserError(translate("Loads", "{parcels}: no number (s321-desk parcels prior-notice)"))
def hint(trip):
    return f"copy it ({trip}: pin-key export there)"
SAID = "the load closes when it is sealed; the driver lists the parcels"
'''
    assert [text for _line, text in commands_named(source)] == [
        "{parcels}: no number (s321-desk parcels prior-notice)",
        ": pin-key export there)",
    ]


def test_the_command_line_names_every_command_after_a_refusal_of_several() -> None:
    error = UserError("load T1 cannot close: no driver; no prior notice", field="crew,prior-notice")
    assert cli._flag_hint(error) == f" ({cli.FLAGS['crew']}; {cli.FLAGS['prior-notice']})"


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
