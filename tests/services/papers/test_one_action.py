"""A paper printed to a file is one transaction: read and its print audited (issue 19)."""

from __future__ import annotations

from pathlib import Path

from tests.one_action import Loaded, command, opening, signing_in
from tests.services.papers import test_printing as papers

loaded, packed = papers.loaded, papers.packed  # three parcels on a truck, decided (fixtures)


def test_a_label_printed_to_a_file_is_one_transaction(loaded: Loaded, tmp_path: Path) -> None:
    store, codes, trip = loaded
    before, signed = opening(store), signing_in(store, "Sam Super", "2468")
    out = tmp_path / "l.pdf"
    used = command(store, "print", "label", codes[1], "--out", str(out), "--user", "Sam Super",
                   pin="2468")  # fmt: skip
    assert used - before - signed == 1 and out.is_file()  # the label read, its print audited
    # A trip's paper: the same one, then this machine's audit anchor reads the seal's head.
    out = tmp_path / "m.pdf"
    used = command(store, "print", "manifest", trip, "--out", str(out), "--user", "Sam Super",
                   pin="2468")  # fmt: skip
    assert used - before - signed == 2 and out.is_file()  # three before
