"""One user action, one transaction, for a parcel's papers and checks (labels, pick tickets, prior
notices): in the caller's unit of work (counted as the BEGINs the real engine sends, on both backends)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from s321_desk.services.packing.labels import due_at
from s321_desk.services.packing.pick_tickets import pick_wave
from s321_desk.services.packing.prior_notice import import_prior_notices
from s321_desk.store.database import Store
from s321_desk.store.uow import UnitOfWork
from tests.conftest import write_csv
from tests.one_action import command, opening, signing_in
from tests.services.packing.test_labels import demo  # noqa: F401  (fixture)
from tests.services.supervision.test_one_transaction import counted_begins


def test_packing_a_stations_papers_are_one_transaction(demo: Store, tmp_path: Path) -> None:  # noqa: F811
    """Prior notices imported from a file (was two: a check, then the write), the day's pick
    tickets and the labels waiting for a station, read as of one moment."""
    path = write_csv(tmp_path / "notices.csv", "parcel,prior_notice\n")
    with counted_begins(demo.engine) as begins:
        with UnitOfWork(demo.engine, immediate=True) as uow:
            notices = import_prior_notices(uow, path)
    assert begins == [1] and notices.parcels == 0
    with counted_begins(demo.engine) as begins, UnitOfWork(demo.engine) as uow:
        wave = pick_wave(uow, day=date(2026, 11, 20))
        waiting = due_at(uow, "DEMO-1")
    assert begins == [1] and wave.tickets and waiting == []


def test_packing_a_papers_print_from_the_command_line_is_one_transaction(
    demo: Store,  # noqa: F811
    tmp_path: Path,
) -> None:
    """``s321-desk print pick-tickets|commands``: the wave read, the paper's print audited, in
    one transaction beside the store's opening and the --user's sign-in (pick tickets were
    three: the wave, then the paper read again and audited in two more)."""
    before, signed = opening(demo), signing_in(demo, "Pat Packer", "1111")
    for words in (
        ("print", "pick-tickets", "1158", "#1176", "--out", str(tmp_path / "p.pdf")),
        ("print", "commands", "--out", str(tmp_path / "c.pdf")),
    ):
        used = command(demo, *words, "--user", "Pat Packer", pin="1111")
        assert used - before - signed == 1, words
    assert (tmp_path / "p.pdf").is_file() and (tmp_path / "c.pdf").is_file()
