"""The desk's start imports, before PySide6, exactly the services its first window uses
(cli.GUI_START_SERVICES): none missing (each module imported after PySide6 costs more), none
the window does not use (the exports, the filing and the imports wait for their view)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from s321_desk import cli
from s321_desk.cli import GUI_START_SERVICES

# In a fresh interpreter, as `s321-desk` starts the desk: the command line, the start's
# services, PySide6, then the window's modules; what each step imported of ours.
START = """
import json, sys
def ours():
    return {name for name in sys.modules if name.startswith("s321_desk")}
import s321_desk.cli
from s321_desk.cli import GUI_START_SERVICES
before = ours()
for name in GUI_START_SERVICES:
    __import__(name)
services = ours() - before
import PySide6.QtWidgets
before_app = ours()
import s321_desk.app
print(json.dumps({"services": sorted(services), "after_pyside": sorted(ours() - before_app),
                  "qt": sorted(n for n in sys.modules if n.startswith("PySide6.Qt"))}))
"""

# ...and, alone, what the window's modules import of ours (nothing imported before).
WINDOW_ALONE = """
import json, sys
import s321_desk.app
print(json.dumps(sorted(name for name in sys.modules if name.startswith("s321_desk"))))
"""


def _run(code: str) -> object:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def test_the_start_imports_what_the_window_uses_before_pyside6_and_nothing_more() -> None:
    start = _run(START)
    assert isinstance(start, dict)
    # Whole: after PySide6, the window brings only the desk's own Qt modules (and app, i18n).
    late = [
        name
        for name in start["after_pyside"]
        if not name.startswith("s321_desk.ui") and name not in ("s321_desk.app", "s321_desk.i18n")
    ]
    assert late == [], f"add to cli.GUI_START_SERVICES what imports {late}"
    # Nothing more: every module the list brings, the window imports anyway.
    window = _run(WINDOW_ALONE)
    assert isinstance(window, list)
    extra = sorted(set(start["services"]) - set(window))
    assert extra == [], f"the window does not use {extra}: take them off GUI_START_SERVICES"
    assert set(GUI_START_SERVICES) <= set(window)
    # The sounds (QtMultimedia) and the print preview (QtPdf) are not imported by the start.
    assert start["qt"] == ["PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"]


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--db", "x"],
        ["--db=x"],
        ["--database-url", "u", "--user", "n"],
        ["--db", "x", "--db", "y"],
    ],
)
def test_the_desks_own_start_is_read_as_the_whole_parser_reads_it(argv: list[str]) -> None:
    """Without a command, the arguments are read without building every command's parser."""
    assert cli._desk_arguments(argv) == cli.build_parser().parse_args(argv)


@pytest.mark.parametrize(
    "argv", [["demo"], ["--version"], ["-h"], ["--db"], ["--d", "x"], ["--db", "x", "pack"]]
)
def test_anything_else_goes_to_the_whole_parser(argv: list[str]) -> None:
    assert cli._desk_arguments(argv) is None  # a command, help, version or mistake
