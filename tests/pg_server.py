"""A private PostgreSQL server for the tests: a cluster made by initdb in a temp folder, run by
an ordinary user (``postgres`` when the tests run as root: the server refuses root), listening
only on a Unix socket in that folder on a port of its own. Nothing touches a server of the
machine's. Each test gets a database of its own, copied from a template migrated once.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

POSTGRES_PACKAGES = "postgresql"
SERVER_USER = "postgres"  # the Debian package's system user, for a root test run


def _bin_dir() -> Path | None:
    """Debian keeps the server's programs in /usr/lib/postgresql/VERSION/bin, off the PATH."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=_version_key)
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _version_key(path: str) -> int:
    part = Path(path).parent.parent.name
    return int(part) if part.isdigit() else 0


def postgres_unavailable() -> str | None:
    """Why a private PostgreSQL server cannot run here, or None."""
    bin_dir = _bin_dir()
    if bin_dir is None or not (bin_dir / "pg_ctl").exists():
        return (
            f"PostgreSQL's server is not installed (no initdb/pg_ctl): "
            f"apt-get install {POSTGRES_PACKAGES} (.ci/setup does it as root)"
        )
    if os.geteuid() == 0:
        try:
            pwd.getpwnam(SERVER_USER)
        except KeyError:
            return f"running as root and there is no '{SERVER_USER}' user to run the server as"
    return None


class PostgresServer:
    """``start()`` a cluster in a new temp folder; ``url(name)``; ``stop()`` removes it all."""

    def __init__(self) -> None:
        bin_dir = _bin_dir()
        assert bin_dir is not None, postgres_unavailable()
        self._bin = bin_dir
        # A short path: a Unix socket's path is limited to ~107 bytes.
        self.folder = Path(tempfile.mkdtemp(prefix="s321pg-"))
        self.data = self.folder / "data"
        self.port = _free_port()
        self._as_user: list[str] = []
        if os.geteuid() == 0:
            account = pwd.getpwnam(SERVER_USER)
            os.chown(self.folder, account.pw_uid, account.pw_gid)
            self._as_user = ["runuser", "-u", SERVER_USER, "--"]

    def start(self) -> None:
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "-A",
            "trust",
            "-U",
            "s321",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )
        options = (
            f"-k {self.folder} -p {self.port} -c listen_addresses='' "
            # A test cluster: durability of the server itself is not under test (killing
            # clients is), so skip the flushes; the desk's own servers keep the defaults.
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=200"
        )
        self._run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-o",
            options,
            "-l",
            str(self.folder / "server.log"),
            "-w",
            "-t",
            "60",
            "start",
        )

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://s321@/{database}?host={self.folder}&port={self.port}"

    def execute(self, statement: str) -> None:
        """One statement outside a transaction (CREATE/DROP DATABASE), as the cluster's owner."""
        import psycopg

        with psycopg.connect(
            host=str(self.folder), port=self.port, user="s321", dbname="postgres", autocommit=True
        ) as connection:
            connection.execute(statement)  # type: ignore[arg-type]

    def log_tail(self, lines: int = 30) -> str:
        path = self.folder / "server.log"
        return (
            "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
            if path.exists()
            else ""
        )

    def _run(self, program: str, *args: str) -> None:
        command = [*self._as_user, str(self._bin / program), *args]
        done = subprocess.run(command, capture_output=True, text=True, cwd=self.folder, check=False)
        if done.returncode != 0:
            raise RuntimeError(
                f"{program} failed ({done.returncode}): {done.stderr.strip()}\n{self.log_tail()}"
            )


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
