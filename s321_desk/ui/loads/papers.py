"""A trip's papers and filings, made in the background: the driver pack, the manifest and the
lead sheet (again, identical to the first print), the e-manifest, BorderConnect's ACE trip, the
ACE shipment upload and the broker's entries. The loads view and the history's trips share it.

Each is a ``Job`` with a cancellable progress dialog; the GUI keeps working meanwhile. What the
job says when it ends goes to the ``say`` the owner gives (its message line) and to
``job_succeeded`` (the main window sends a paper on to the station's printer or preview).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid
from sqlalchemy import Engine

from s321_desk.services.filing.ace_csv import export_ace_csv
from s321_desk.services.filing.borderconnect import export_borderconnect
from s321_desk.services.filing.emanifest import export_emanifest
from s321_desk.services.filing.entries import export_entries
from s321_desk.services.filing.field_rules import ExportRefused
from s321_desk.services.kernel.errors import UserError, store_busy
from s321_desk.services.papers.to_file import print_driver_pack, print_lead_sheet, print_manifest
from s321_desk.store.uow import UnitOfWork, one_action
from s321_desk.ui.kit.jobs import Job, JobProgressDialog, Progress
from s321_desk.ui.kit.words import QT_TRANSLATE_NOOP
from s321_desk.ui.loads.models import AMBER, GREEN, RED, FileChooser, after_the_gui, ask_save_file

# (title, default file name's end, file types); the title in English, shown translated
# (``paper_title``), the file's name in English as the paper itself.
PAPERS = {
    "driver-pack": (
        QT_TRANSLATE_NOOP("LoadPapers", "Driver pack"),
        "driver-pack.pdf",
        "PDF (*.pdf)",
    ),
    "manifest": (QT_TRANSLATE_NOOP("LoadPapers", "Load manifest"), "manifest.pdf", "PDF (*.pdf)"),
    "lead-sheet": (QT_TRANSLATE_NOOP("LoadPapers", "Lead sheet"), "lead-sheet.pdf", "PDF (*.pdf)"),
    "e-manifest": (
        QT_TRANSLATE_NOOP("LoadPapers", "E-manifest"),
        "e-manifest.csv",
        "CSV (*.csv);;JSON (*.json)",
    ),
    "borderconnect": (
        QT_TRANSLATE_NOOP("LoadPapers", "BorderConnect ACE trip"),
        "borderconnect.json",
        "JSON (*.json)",
    ),
    "ace-csv": (
        QT_TRANSLATE_NOOP("LoadPapers", "ACE shipment upload"),
        "ace-shipments.csv",
        "CSV (*.csv)",
    ),
    "entries": (
        QT_TRANSLATE_NOOP("LoadPapers", "Broker's entries"),
        "entries.csv",
        "CSV (*.csv);;JSON (*.json)",
    ),
}
FILINGS = ("borderconnect", "ace-csv", "entries")  # a sealed trip's only


def paper_title(paper: str) -> str:
    """``Driver pack``, in the desk's language."""
    return QCoreApplication.translate("LoadPapers", PAPERS[paper][0])


def _format(path: Path) -> str:
    return "json" if path.suffix.lower() == ".json" else "csv"


def work_of(
    engine: Engine, trip: str, paper: str, path: Path, *, draft: bool
) -> Callable[[Progress], Any]:
    """What makes ``paper`` of ``trip`` into ``path``."""

    def one(make: Callable[[UnitOfWork], Any]) -> Callable[[Progress], Any]:
        """The paper read, written and audited in one transaction (one user's action)."""

        def run(_progress: Progress) -> Any:
            with one_action(engine, immediate=True) as uow:
                return make(uow)

        return run

    works: dict[str, Callable[[Progress], Any]] = {
        # Seconds of drawing: read and audited apart, no station waiting for the lock meanwhile.
        "driver-pack": lambda progress: print_driver_pack(engine, trip, path, progress),
        "manifest": one(lambda uow: print_manifest(uow, trip, path)),
        "lead-sheet": one(lambda uow: print_lead_sheet(uow, trip, path)),
        "e-manifest": one(
            lambda uow: export_emanifest(uow, trip, path, fmt=_format(path), draft=draft)
        ),
        "borderconnect": one(lambda uow: export_borderconnect(uow, trip, path)),
        "ace-csv": one(lambda uow: export_ace_csv(uow, trip, path)),
        "entries": one(lambda uow: export_entries(uow, trip, path, fmt=_format(path))),
    }
    return works[paper]


class PaperDesk(QObject):
    """Makes a trip's papers in background jobs and says how each went (``say``)."""

    job_succeeded = Signal(str, object)  # title, the service's answer (Printed, Exported)

    def __init__(
        self, engine: Engine, folder: Path, owner: QWidget, say: Callable[[str, str], None]
    ) -> None:
        super().__init__(owner)
        self._engine, self._folder, self._owner, self._say = engine, folder, owner, say
        self.jobs: list[Job] = []
        self.choose_file: FileChooser = ask_save_file  # the edge: tests give the path

    def ask_file(self, trip: str, paper: str, *, draft: bool = False) -> Job | None:
        """Ask where the paper goes (default: papers/ in the data folder), then make it."""
        _, tail, types = PAPERS[paper]
        try:
            self._folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self._say(
                self.tr("{folder}: cannot create the folder ({error})").format(
                    folder=self._folder, error=error.strerror
                ),
                RED,
            )
            return None
        title = self.tr("{paper} of {trip}").format(paper=paper_title(paper), trip=trip)
        path = self.choose_file(self._owner, title, self._folder / f"{trip}-{tail}", types)
        if path is None:
            return None
        return self.write(trip, paper, path, draft=draft)

    def write(self, trip: str, paper: str, path: Path, *, draft: bool = False) -> Job:
        """Make ``paper`` of ``trip`` into ``path`` in a background job with its dialog."""
        title = self.tr("{paper} {trip}").format(paper=paper_title(paper), trip=trip)
        job = Job(after_the_gui(work_of(self._engine, trip, paper, path, draft=draft)))
        dialog = JobProgressDialog(
            job, self.tr("{paper} to {file}").format(paper=title, file=path.name), self._owner
        )
        job.signals.succeeded.connect(lambda result: self._succeeded(title, result))
        job.signals.failed.connect(lambda error: self._failed(title, error))
        job.signals.cancelled.connect(
            lambda: self._say(
                self.tr("{paper}: cancelled; no file was written").format(paper=title), AMBER
            )
        )
        job.signals.ended.connect(lambda: self._ended(job, dialog))
        dialog.show()
        self.jobs.append(job)
        self._say(
            self.tr("{paper}: being written to {path} (the desk keeps working)").format(
                paper=title, path=path
            ),
            "",
        )
        return job.start()

    def _succeeded(self, title: str, result: Any) -> None:
        self._say(result.sentence(), GREEN)
        self.job_succeeded.emit(title, result)

    def _failed(self, title: str, error: Exception) -> None:
        if isinstance(error, ExportRefused):
            shown = "; ".join(error.problems[:6])
            more = len(error.problems) - 6
            text = self.tr("{paper} NOT WRITTEN: {error}: {problems}")
            if more > 0:
                text = self.tr("{paper} NOT WRITTEN: {error}: {problems}; and {more} more")
            self._say(text.format(paper=title, error=error, problems=shown, more=more), RED)
            return
        if isinstance(error, UserError | OSError) or store_busy(error):
            self._say(self.tr("{paper} NOT WRITTEN: {error}").format(paper=title, error=error), RED)
            return
        raise error  # a bug: the application's error reporter shows it

    def _ended(self, job: Job, dialog: QWidget) -> None:
        if job in self.jobs:
            self.jobs.remove(job)
        if isValid(dialog):  # not already gone with its window
            dialog.deleteLater()  # closed by itself at the end

    def shutdown(self) -> None:
        for job in list(self.jobs):
            job.cancel()
            job.wait()
