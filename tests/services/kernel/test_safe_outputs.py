"""Outputs never overwrite what they must not (the probe's `--out` onto the store replaced the
database with a PDF and said it was done; as root, `--out /dev/null` replaced the device): the
store itself, its WAL and shared memory, its backups, devices, pipes and folders are refused,
naming why, and nothing is written; a file is written whole beside its target and renamed."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from s321_desk.cli import main
from s321_desk.services.admin.backup import backup_store
from s321_desk.store.database import Store
from tests.conftest import store_args
from tests.services.papers.test_printing import loaded, packed, supervisor  # noqa: F401  (fixtures)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def refused(store: Store, out: Path, capsys: pytest.CaptureFixture[str], code: str) -> str:
    words = ["print", "label", code, "--out", str(out), *store_args(store), "--user", "Dee Driver"]
    assert main(words) == 1, out
    said = capsys.readouterr()
    assert said.out == "" and "Traceback" not in said.err
    return said.err


def test_no_paper_is_written_over_the_store_its_companions_or_backups(
    loaded: tuple[Store, list[str], str],  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store, codes, _trip = loaded
    monkeypatch.setenv("S321_PIN", "7777")
    backup = tmp_path / ("kept.sqlite3" if store.path else "kept.pgdump")
    backup_store(store, backup)
    targets = [backup, tmp_path / "link-to-backup.pdf"]
    targets[1].symlink_to(backup)
    if store.path is not None:  # the file itself, its WAL and shared memory
        targets += [store.path, Path(f"{store.path}-wal"), Path(f"{store.path}-shm")]
        targets.append(tmp_path / "link-to-store.pdf")
        targets[-1].symlink_to(store.path)
    before = {target: digest(target.resolve()) for target in targets[:2]}  # the backup's bytes
    for target in targets:
        said = refused(store, target, capsys, codes[0])
        assert f"the output file: {target}" in said and said.endswith("(--out)\n"), said
        assert (
            "is a database or a backup of one" in said
            or "belongs to the database beside it" in said
        ), said
    for target, was in before.items():
        assert digest(target.resolve()) == was  # untouched
    if store.path is not None:  # still the database (signing in wrote to it: a login line)
        assert store.path.read_bytes()[:16] == b"SQLite format 3\x00"
    assert main(["audit", "verify", *store_args(store)]) == 0  # the store still whole
    assert list(tmp_path.glob(".*.partial")) == []


def test_devices_pipes_and_folders_are_refused(
    loaded: tuple[Store, list[str], str],  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store, codes, _trip = loaded
    monkeypatch.setenv("S321_PIN", "7777")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for target, why in (
        (Path("/dev/null"), "is a device, not a file"),
        (fifo, "is a pipe or a socket, not a file"),
        (tmp_path, "is a folder; name the file to write"),
    ):
        said = refused(store, target, capsys, codes[0])
        assert f"the output file: {target} {why}" in said and said.endswith("(--out)\n"), said
    assert Path("/dev/null").is_char_device() and fifo.is_fifo()
    for words in (
        ["export", "emanifest", "ABCD000001", "--draft"],
        ["export", "drawback", "--month", "2026-11"],
        ["backup"],
    ):
        monkeypatch.setenv("S321_PIN", "2468")
        assert main([*words, "--out", "/dev/null", *store_args(store), "--user", "Sam Super"]) == 1
        assert "/dev/null is a device, not a file" in capsys.readouterr().err


def test_a_paper_is_written_whole_and_takes_its_name_in_one_rename(
    loaded: tuple[Store, list[str], str],  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store, codes, _trip = loaded
    monkeypatch.setenv("S321_PIN", "7777")
    out = tmp_path / "label.pdf"
    out.write_bytes(b"an older label")
    inode = out.stat().st_ino
    reader = out.open("rb")  # someone reading the old file meanwhile keeps reading it whole
    words = [
        "print",
        "label",
        codes[0],
        "--out",
        str(out),
        *store_args(store),
        "--user",
        "Dee Driver",
    ]
    assert main(words) == 0, capsys.readouterr().err
    assert reader.read() == b"an older label"
    reader.close()
    assert out.read_bytes().startswith(b"%PDF") and out.stat().st_ino != inode
    assert list(tmp_path.glob(".*")) == []  # no partial file (nor anything else) left beside it
