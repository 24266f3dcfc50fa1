"""Shared fixtures: offscreen Qt, a private data folder per test, a fresh migrated store on
each backend (an SQLite file, and a database on a private PostgreSQL server)."""

from __future__ import annotations

import itertools
import logging
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from s321_desk.services.admin.users import Person, add_user
from s321_desk.services.kernel.actor import acting_as
from s321_desk.store.database import Store, StoreTarget, open_store
from s321_desk.store.uow import one_action
from tests.pg_server import PostgresServer, postgres_unavailable

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test reads or writes the user's real data folder or database; the desk speaks
    English unless a test asks for French."""
    data = tmp_path / "data"
    monkeypatch.setenv("S321_DATA_DIR", str(data))
    # The tests read the desk's English texts, whatever the machine's locale or choice.
    monkeypatch.setenv("S321_LANGUAGE", "en")
    monkeypatch.delenv("S321_DB", raising=False)
    return data


@pytest.fixture(autouse=True)
def no_log_handler_left_behind() -> Iterator[None]:
    """The CLI adds a file handler for its data folder; each test's folder is its own."""
    logger = logging.getLogger("s321_desk")
    before = list(logger.handlers)
    yield
    for handler in [h for h in logger.handlers if h not in before]:
        logger.removeHandler(handler)
        handler.close()


BACKENDS = ("sqlite", "postgresql")
TEMPLATE = "s321_template"
_databases = itertools.count(1)


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """A private PostgreSQL server for the whole run, with a template database at head.

    Where no server can run, the PostgreSQL tests are skipped with the reason, except in CI
    (``CI`` set), where .ci/setup installs the server and a missing one fails the run.
    """
    reason = postgres_unavailable()
    if reason is not None:
        if os.environ.get("CI"):
            pytest.fail(f"CI runs the PostgreSQL tests: {reason}")
        pytest.skip(f"PostgreSQL tests skipped locally: {reason}")
    server = PostgresServer()
    server.start()
    try:
        server.execute(f"CREATE DATABASE {TEMPLATE}")
        open_store(server.url(TEMPLATE)).dispose()
        yield server
    finally:
        server.stop()


@pytest.fixture
def postgres_url(postgres: PostgresServer) -> Iterator[str]:
    """A fresh database at head on the test server (copied from the template), dropped after."""
    name = f"s321_test_{next(_databases)}"
    postgres.execute(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
    yield postgres.url(name)
    postgres.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(params=BACKENDS)
def store_target(request: pytest.FixtureRequest, tmp_path: Path) -> StoreTarget:
    """Where a test's store is: an SQLite file, then a PostgreSQL database."""
    if request.param == "sqlite":
        return tmp_path / "store.sqlite3"
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An SQLite store migrated to head once per test process (each of ``pytest -n 2``'s has
    its own), as the PostgreSQL tests copy their template database: a test's SQLite store is
    a copy of it, opened by ``open_store`` as the desk opens any store of the current schema.
    The store's own tests (tests/store/) open new files, migrated there and then."""
    folder = tmp_path_factory.mktemp("migrated")
    path = folder / "store.sqlite3"
    with pytest.MonkeyPatch.context() as patch:  # its records in a data folder of its own
        patch.setenv("S321_DATA_DIR", str(folder / "data"))
        open_store(path).dispose()  # closed cleanly: its log written into the file
    assert not Path(f"{path}-wal").exists()
    return path


def open_migrated_copy(template: Path, path: Path) -> Store:
    """A store at ``path``: a copy of the migrated ``template``, opened there."""
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template, path)
    return open_store(path)


@pytest.fixture
def store(store_target: StoreTarget, request: pytest.FixtureRequest) -> Iterator[Store]:
    """A freshly migrated store, on each backend in turn."""
    if isinstance(store_target, Path):
        opened = open_migrated_copy(request.getfixturevalue("migrated_sqlite"), store_target)
    else:
        opened = open_store(store_target)
    yield opened
    opened.dispose()


@pytest.fixture
def sqlite_store(tmp_path: Path, migrated_sqlite: Path) -> Iterator[Store]:
    """A freshly migrated SQLite store, for what only a file has (its path, PRAGMAs, copies)."""
    opened = open_migrated_copy(migrated_sqlite, tmp_path / "store.sqlite3")
    yield opened
    opened.dispose()


def store_args(store: Store) -> list[str]:
    """The command line's words naming the store: ``--db FILE`` or ``--database-url URL``."""
    return ["--db", str(store.path)] if store.path is not None else ["--database-url", store.url]


def target_of(store: Store) -> str:
    """The store as one argument for another process: the file's path or the database URL."""
    return str(store.path) if store.path is not None else store.url


def write_csv(path: Path, text: str, *, bom: bool = False, crlf: bool = False) -> Path:
    """Write a test CSV exactly as given (the tests spell out BOM and line ends)."""
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    data = text.encode("utf-8")
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return path


def act_as(store: Store, person: Person | None) -> Store:
    """From now on the test's store writes as ``person``, as the desk does once someone has
    signed in and the command line with ``--user`` (services/kernel/access.py)."""
    object.__setattr__(store, "engine", acting_as(store.engine, person))
    return store


def first_admin(store: Store, name: str = "Ada Admin", pin: str = "9999") -> Person:
    """The store's first administrator, who does the test's writes from then on (a store with
    users refuses a write that names nobody)."""
    with one_action(store.engine, immediate=True) as uow:
        admin = add_user(uow, name, "admin", pin)
    act_as(store, admin)
    return admin


def act_as_named(store: Store, name: str = "Ada Admin") -> Store:
    """``act_as`` the user of that name (the demo's people, say)."""
    from sqlmodel import select

    from s321_desk.store.models import User
    from s321_desk.store.uow import UnitOfWork

    with UnitOfWork(store.engine) as uow:
        user = uow.session.scalars(select(User).where(User.name == name)).one()
        assert user.id is not None
        return act_as(store, Person(user.id, user.name, user.role))


def pin_env(pin: str = "9999") -> dict[str, str]:
    """The environment of a command run as a script signing in: the PIN in ``S321_PIN``."""
    return {**os.environ, "S321_PIN": pin}
