"""A trip's filing is one transaction: the e-manifest read, written and audited (issue 19)."""

from __future__ import annotations

from pathlib import Path

from tests.crew_records import give_prior_notices
from tests.one_action import Loaded, command, opening, signing_in
from tests.services.papers import test_printing as papers

loaded, packed = papers.loaded, papers.packed  # three parcels on a truck, decided (fixtures)
supervisor = papers.supervisor


def test_an_emanifest_export_is_one_transaction(loaded: Loaded, tmp_path: Path) -> None:
    store, _codes, trip = loaded
    supervisor(store)
    give_prior_notices(store.engine, trip)
    command(store, "load", "close", trip, "--seal", "SEAL-1", "--user", "Dee Driver", pin="7777")
    before, signed = opening(store), signing_in(store, "Sam Super", "2468")
    out = tmp_path / "m.csv"
    used = command(store, "export", "emanifest", trip, "--out", str(out), "--user", "Sam Super",
                   pin="2468")  # fmt: skip
    assert used - before - signed == 1 and out.is_file()  # the filing read and its audit (two)
