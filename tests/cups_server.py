"""The printers' edge for the tests: a TCP port that takes raw jobs like a thermal printer's
9100, and a private CUPS server (cupsd run from a temp folder with its own configuration,
reached through ``CUPS_SERVER``) with a cups-pdf queue and raw queues.

Nothing here touches the machine's own CUPS: the private cupsd listens only on a Unix socket
in its folder and keeps its queues, spool and logs there. cups-pdf still writes its PDFs where
/etc/cups/cups-pdf.conf says (the job owner's ~/PDF, shared by every test process): tests
find theirs by its job's number, which no other private cupsd gives (``first_job_number``),
and delete only those.
"""

from __future__ import annotations

import os
import pwd
import random
import re
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

CUPS_PDF_PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
CUPS_PDF_CONF = Path("/etc/cups/cups-pdf.conf")
CUPS_PACKAGES = "cups cups-client printer-driver-cups-pdf"


class PrinterPort:
    """A thermal printer's raw port on 127.0.0.1: each connection is one job, kept whole."""

    def __init__(self) -> None:
        self._server = socket.create_server(("127.0.0.1", 0))
        self._server.settimeout(0.2)
        self.port: int = self._server.getsockname()[1]
        self.jobs: list[bytes] = []
        self._arrived = threading.Condition()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="printer-port", daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self._server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with connection:
                connection.settimeout(10)
                chunks = []
                while chunk := connection.recv(65536):
                    chunks.append(chunk)
            with self._arrived:
                self.jobs.append(b"".join(chunks))
                self._arrived.notify_all()

    def wait_job(self, index: int = 0, timeout_s: float = 20.0) -> bytes:
        with self._arrived:
            if not self._arrived.wait_for(lambda: len(self.jobs) > index, timeout_s):
                raise AssertionError(f"no job {index} reached port {self.port} in {timeout_s} s")
            return self.jobs[index]

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self._server.close()


def cups_unavailable() -> str | None:
    """Why a private cupsd cannot run here, or None."""
    missing = [tool for tool in ("cupsd", "lp", "lpstat", "lpadmin") if not shutil.which(tool)]
    if missing or not CUPS_PDF_PPD.exists():
        return (
            f"CUPS is not installed ({', '.join(missing) or CUPS_PDF_PPD} missing): "
            f"apt-get install {CUPS_PACKAGES} (bash .ci/setup does it as root)"
        )
    if os.geteuid() != 0:
        return "cupsd runs its backends (cups-pdf, socket) only when started as root"
    return None


def need_cups() -> None:
    """Fail in CI (a printing test must not vanish from its run), skip elsewhere, with why."""
    reason = cups_unavailable()
    if reason is None:
        return
    if os.environ.get("CI"):
        pytest.fail(f"the CUPS tests cannot run: {reason}", pytrace=False)
    pytest.skip(reason)


@dataclass
class CupsServer:
    folder: Path
    socket_path: Path
    env: dict[str, str] = field(default_factory=dict)

    def run(self, *command: str) -> str:
        done = subprocess.run(
            command, env=self.env, capture_output=True, text=True, timeout=30, check=False
        )
        if done.returncode != 0:
            raise AssertionError(f"{' '.join(command)}: {done.stderr.strip()}\n{self.log()}")
        return done.stdout

    def add_raw_queue(self, name: str, device_uri: str) -> None:
        self.run("lpadmin", "-p", name, "-v", device_uri, "-m", "raw", "-E")

    def add_pdf_queue(self, name: str) -> None:
        self.run("lpadmin", "-p", name, "-v", "cups-pdf:/", "-P", str(CUPS_PDF_PPD), "-E")

    def wait_completed(self, job: str, timeout_s: float = 60.0) -> None:
        """Until CUPS says the job is done (its backend finished), or fail with its log."""
        queue = job.rsplit("-", 1)[0]
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            done = self.run("lpstat", "-W", "completed", "-o", queue)
            if re.search(rf"^{re.escape(job)}\s", done, re.MULTILINE):
                return
            time.sleep(0.1)
        raise AssertionError(f"job {job} not completed in {timeout_s} s\n{self.log()}")

    def log(self) -> str:
        path = self.folder / "log" / "error_log"
        return path.read_text(errors="replace")[-4000:] if path.exists() else "(no log)"


def cups_pdf_folder() -> Path:
    """Where cups-pdf writes a job of this user: its ``Out`` setting, ${HOME} the owner's home."""
    home = pwd.getpwuid(os.geteuid()).pw_dir
    out = "${HOME}/PDF"
    if CUPS_PDF_CONF.exists():
        for line in CUPS_PDF_CONF.read_text().splitlines():
            if re.match(r"^\s*Out\s+", line):
                out = line.split(None, 1)[1].strip()
    return Path(out.replace("${HOME}", home))


def first_job_number() -> int:
    """A private cupsd's first job number: one of two million blocks of 1,000, drawn at random."""
    return random.SystemRandom().randrange(1, 2_000_000) * 1_000


@contextmanager
def running_cupsd() -> Iterator[CupsServer]:
    """A private cupsd for the duration: its own config, spool and logs in a temp folder."""
    folder = Path(tempfile.mkdtemp(prefix="s321-cups-"))
    # cupsd runs filters as user lp: they must reach the spool through this folder.
    folder.chmod(0o755)
    for sub in ("conf", "spool", "spool/tmp", "cache", "state", "log"):
        (folder / sub).mkdir(mode=0o755)
    sock = folder / "cups.sock"
    (folder / "conf" / "cupsd.conf").write_text(f"""\
Listen {sock}
LogLevel info
WebInterface No
Browsing No
BrowseLocalProtocols none
DefaultAuthType None
<Location />
  Order allow,deny
  Allow all
</Location>
<Policy default>
  JobPrivateAccess all
  JobPrivateValues none
  SubscriptionPrivateAccess all
  SubscriptionPrivateValues none
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
""")
    (folder / "conf" / "cups-files.conf").write_text(f"""\
ServerRoot {folder}/conf
RequestRoot {folder}/spool
TempDir {folder}/spool/tmp
CacheDir {folder}/cache
StateDir {folder}/state
ErrorLog {folder}/log/error_log
AccessLog {folder}/log/access_log
PageLog {folder}/log/page_log
Printcap {folder}/printcap
""")
    # Job numbers from a place of this server's own: cups-pdf names a PDF after its job's number
    # in a folder every server shares (the owner's ~/PDF), and another test process's cupsd
    # (pytest -n 2, or a second run on the machine) numbers its jobs too. Written after the
    # spool folder, so that cupsd reads its next job number here.
    (folder / "cache" / "job.cache").write_text(f"NextJobId {first_job_number()}\n")
    env = {**os.environ, "CUPS_SERVER": str(sock)}
    server = CupsServer(folder, sock, env)
    said = folder / "log" / "stderr"
    with open(said, "wb") as stderr:
        process = subprocess.Popen(
            [
                "cupsd",
                "-f",
                "-c",
                str(folder / "conf" / "cupsd.conf"),
                "-s",
                str(folder / "conf" / "cups-files.conf"),
            ],
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
    try:
        deadline = time.monotonic() + 20
        while (
            subprocess.run(
                ["lpstat", "-r"], env=env, capture_output=True, text=True, check=False
            ).stdout.strip()
            != "scheduler is running"
        ):
            if process.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(
                    f"private cupsd did not start: "
                    f"{said.read_text(errors='replace')}\n{server.log()}"
                )
            time.sleep(0.05)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)
        shutil.rmtree(folder, ignore_errors=True)
