"""The preview of one of our PDFs (QtPdf), printed on a real printer (QtPrintSupport) or saved.

Printing renders each page with PDFium (``QPdfDocument.render``) at the printer's resolution
and paints it on the ``QPrinter``, on the page size of our PDF (4x6 in labels, Letter papers),
page by page in a ``Job`` on the thread pool: a 5,400-page driver pack never freezes the window,
and the print can be cancelled between two pages. "Save as PDF" copies our bytes as they are:
the saved file is the one whose SHA-256 the audit trail holds, never a re-rendering.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMargins,
    QMarginsF,
    QPointF,
    QRect,
    QSize,
    QSizeF,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from s321_desk.services.kernel.errors import UserError
from s321_desk.services.kernel.outputs import write_whole
from s321_desk.services.papers.printers import LABEL_MEDIA, list_cups_queues, send_to_cups
from s321_desk.ui.kit.formatting import format_count
from s321_desk.ui.kit.jobs import Job, JobProgressDialog
from s321_desk.ui.kit.labels import plain_label
from s321_desk.ui.kit.style import base_font

# Rendering caps here: a 1,200 dpi page of Letter is a 540 MB image; 300 dpi (34 MB, ~0.1 s)
# is as sharp as our vector text and barcodes need on a laser or a 203/300 dpi label printer.
MAX_RENDER_DPI = 300
ZOOM_STEP = 1.25

Report = Callable[[int, int, str], None]


def open_pdf(pdf_bytes: bytes, parent: QWidget | None = None) -> tuple[QPdfDocument, QBuffer]:
    """Our PDF in a QPdfDocument, read from memory (the buffer must outlive the document)."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(pdf_bytes))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(parent) if parent is not None else QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        raise UserError(
            QCoreApplication.translate("PrintPreview", "the PDF cannot be read ({error})").format(
                error=document.error().name
            )
        )
    return document, buffer


def cups_queue_of(printer: QPrinter) -> str | None:
    """The CUPS queue behind a real printer chosen in the dialog (None: a file, or not CUPS)."""
    if printer.outputFormat() != QPrinter.OutputFormat.NativeFormat or printer.outputFileName():
        return None
    name = printer.printerName()
    return name if name and name in list_cups_queues() else None


def page_layout(points: QSizeF) -> QPageLayout:
    """A borderless layout of our page's size (in points), upright or on its side."""
    landscape = points.width() > points.height()
    upright = QSizeF(min(points.width(), points.height()), max(points.width(), points.height()))
    # FuzzyMatch: 612x792 pt is named Letter, so a driver matches its own paper (not "Custom").
    size = QPageSize(upright, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0))


def print_pdf(pdf_bytes: bytes, printer: QPrinter, progress: Report | None = None) -> int:
    """Print our PDF on ``printer`` page by page (its page range, if set); returns the pages
    printed. Runs on any thread (QPainter on a QPrinter is thread-safe); ``progress`` may raise
    ``Cancelled`` between two pages, and then the print run is aborted."""
    document, buffer = open_pdf(pdf_bytes)
    try:
        count = document.pageCount()
        first, last = 1, count
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first, last = printer.fromPage(), min(printer.toPage() or count, count)
        dpi = min(printer.resolution(), MAX_RENDER_DPI)
        printer.setFullPage(True)
        printer.setPageLayout(page_layout(document.pagePointSize(first - 1)))
        where = (
            printer.outputFileName()
            or printer.printerName()
            or QCoreApplication.translate("PrintPreview", "the printer")
        )
        painter = QPainter()
        if not painter.begin(printer):
            raise UserError(
                QCoreApplication.translate(
                    "PrintPreview", "{printer}: cannot start printing"
                ).format(printer=where)
            )
        try:
            for number in range(first, last + 1):
                points = document.pagePointSize(number - 1)
                if number > first:
                    printer.setPageLayout(page_layout(points))
                    if not printer.newPage():
                        raise UserError(
                            QCoreApplication.translate(
                                "PrintPreview", "{printer}: cannot start page {page}"
                            ).format(printer=where, page=number)
                        )
                image = document.render(
                    number - 1,
                    QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi)),
                )
                target = printer.pageLayout().fullRectPixels(printer.resolution())
                painter.drawImage(QRect(0, 0, target.width(), target.height()), image)
                if progress is not None:
                    progress(
                        number - first + 1,
                        last - first + 1,
                        QCoreApplication.translate(
                            "PrintPreview", "Printing page {page} of {pages}"
                        ).format(page=format_count(number), pages=format_count(count)),
                    )
        except BaseException:
            printer.abort()
            raise
        finally:
            painter.end()
        return last - first + 1
    finally:
        document.close()
        buffer.close()


def save_pdf(pdf_bytes: bytes, path: Path) -> None:
    """Write our bytes to ``path`` whole or not at all (a partial file, then renamed)."""
    write_whole(path, pdf_bytes, option=QCoreApplication.translate("PrintPreview", "Save as PDF"))


class PdfPreviewDialog(QDialog):
    """``PdfPreviewDialog(pdf, title, parent)``: our PDF (a path or its bytes) page by page.

    Keys: Page Down / Page Up, Home / End move through the pages; Ctrl++ / Ctrl+- zoom,
    Ctrl+0 shows the whole page; Ctrl+P prints, Ctrl+S saves, Esc closes.
    """

    printed = Signal(str, int)  # printer name or file, pages printed
    saved = Signal(str)  # the file written

    def __init__(self, pdf: Path | str | bytes, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setFont(base_font(self.font()))
        # Read once here: saving copies these very bytes, whatever happens to the file later.
        self.pdf_bytes = pdf if isinstance(pdf, bytes) else Path(pdf).read_bytes()
        self.title = title
        self.document, self._buffer = open_pdf(self.pdf_bytes, self)
        self.job: Job | None = None
        self._where = ""  # the printer or file the running job goes to
        self.print_dialog: QPrintDialog | None = None
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setDocName(title)
        self.printer.setPageLayout(page_layout(self.document.pagePointSize(0)))
        self._build()
        self._show_page(0)

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def _build(self) -> None:
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        # "Fit" fits a page to the viewport and then adds the margins: without them a fitted
        # page shows whole, with no scroll bar.
        self.view.setDocumentMargins(QMargins(0, 0, 0, 0))
        self.view.setPageSpacing(12)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.pageNavigator().currentPageChanged.connect(self._show_page)
        self.page_label = plain_label("", self.font())
        self.status = plain_label("", self.font(), wrap=True)
        self.print_button = QPushButton(self.tr("&Print..."), self)
        self.save_button = QPushButton(self.tr("&Save as PDF..."), self)
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.print_button.clicked.connect(self.ask_printer)
        self.save_button.clicked.connect(self.ask_file)
        self.close_button.clicked.connect(self.reject)
        self.print_button.setDefault(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.page_label)
        buttons.addWidget(self.status, 1)
        for button in (self.print_button, self.save_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        for keys, act in (
            (
                (QKeySequence.StandardKey.MoveToNextPage, "PgDown"),
                lambda: self.go_to(self.current_page + 1),
            ),
            (
                (QKeySequence.StandardKey.MoveToPreviousPage, "PgUp"),
                lambda: self.go_to(self.current_page - 1),
            ),
            (("Home", "Ctrl+Home"), lambda: self.go_to(0)),
            (("End", "Ctrl+End"), lambda: self.go_to(self.page_count - 1)),
            ((QKeySequence.StandardKey.ZoomIn, "Ctrl+="), lambda: self.zoom(ZOOM_STEP)),
            ((QKeySequence.StandardKey.ZoomOut,), lambda: self.zoom(1 / ZOOM_STEP)),
            (("Ctrl+0",), self.fit_page),
            ((QKeySequence.StandardKey.Print,), self.ask_printer),
            ((QKeySequence.StandardKey.Save,), self.ask_file),
        ):
            self._add_action(keys, act)
        self.setTabOrder(self.view, self.print_button)
        self.setTabOrder(self.print_button, self.save_button)
        self.setTabOrder(self.save_button, self.close_button)
        self.view.setFocus()
        self.resize(900, 700)

    def _add_action(
        self, keys: tuple[QKeySequence.StandardKey | str, ...], act: Callable[[], object]
    ) -> None:
        action = QAction(self)
        sequences: list[QKeySequence] = []
        for key in keys:
            sequences += (
                QKeySequence.keyBindings(key)
                if isinstance(key, QKeySequence.StandardKey)
                else [QKeySequence(key)]
            )
        action.setShortcuts(list(dict.fromkeys(sequences)))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(act)
        self.addAction(action)

    # Pages and zoom.

    @property
    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        page = max(0, min(page, self.page_count - 1))
        self.view.pageNavigator().jump(page, QPointF(0, 0), self.view.pageNavigator().currentZoom())

    def zoom(self, factor: float) -> None:
        current = self.view.zoomFactor()
        if self.view.zoomMode() != QPdfView.ZoomMode.Custom:
            # From "fit": start at the zoom the fitted page is shown at.
            width = self.document.pagePointSize(self.current_page).width() / 72 * self.logicalDpiX()
            current = self.view.viewport().width() / max(width, 1.0)
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.1, min(current * factor, 8.0)))

    def fit_page(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)

    def _show_page(self, page: int) -> None:
        points = self.document.pagePointSize(page)
        paper = self.tr("{width} x {height} in").format(
            width=f"{points.width() / 72:g}", height=f"{points.height() / 72:g}"
        )
        self.page_label.setText(
            self.tr("Page {page} of {pages} ({paper})").format(
                page=format_count(page + 1), pages=format_count(self.page_count), paper=paper
            )
        )

    # Printing and saving.

    def ask_printer(self) -> None:
        """The print dialog for a real printer; printing starts once it is accepted."""
        if self.job is not None:
            return
        dialog = QPrintDialog(self.printer, self)
        dialog.setWindowTitle(self.tr("Print {document}").format(document=self.title))
        dialog.setMinMax(1, self.page_count)
        dialog.accepted.connect(self._print_accepted)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()  # not exec(): no nested event loop; the rest of the desk keeps running
        self.print_dialog = dialog

    def _print_accepted(self) -> None:
        self.print_to(self.printer)

    def print_to(self, printer: QPrinter) -> Job:
        """Print on ``printer`` in a job (a progress dialog says how far, and can cancel).

        A CUPS queue gets our PDF itself (``lp``): vector, the bytes the audit trail hashes,
        a second for a 5,400-page driver pack where drawing each page as an image onto the
        printer takes some 0.6 s a page. Any other printer (or a file) gets the pages drawn."""
        data = self.pdf_bytes
        self._where = printer.outputFileName() or printer.printerName() or self.tr("the printer")
        self.status.setText(self.tr("Printing to {printer}...").format(printer=self._where))
        queue = cups_queue_of(printer)
        if queue is not None:
            media, pages, copies = self._media(), self._range(printer), printer.copyCount()
            sending = self.tr("Sending {document} to the CUPS queue {queue}").format(
                document=self.title, queue=queue
            )
            title = self.title

            def send(progress: Callable[[int, int, str], None]) -> int:
                progress(0, 1, sending)
                send_to_cups(
                    queue, data, raw=False, title=title, media=media, copies=copies, pages=pages
                )
                return (pages[1] - pages[0] + 1) if pages else self.page_count

            job = Job(send)
        else:
            job = Job(lambda progress: print_pdf(data, printer, progress))
        job.signals.succeeded.connect(self._printed)
        self._start(job)
        JobProgressDialog(
            job, self.tr("Printing {document}").format(document=self.title), self
        ).show()
        return job

    def _media(self) -> str:
        """CUPS's name for the paper of our first page (a label or Letter; others in points)."""
        size = self.document.pagePointSize(0)
        small, large = sorted((round(size.width()), round(size.height())))
        return {(288, 432): LABEL_MEDIA, (612, 792): "Letter"}.get(
            (small, large), f"Custom.{small}x{large}"
        )

    def _range(self, printer: QPrinter) -> tuple[int, int] | None:
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            return printer.fromPage(), min(printer.toPage() or self.page_count, self.page_count)
        return None

    def _printed(self, pages: int) -> None:
        printed = (
            self.tr("Printed {count} page to {printer}")
            if pages == 1
            else self.tr("Printed {count} pages to {printer}", "", pages)
        )
        self.status.setText(printed.format(count=format_count(pages), printer=self._where))
        self.printed.emit(self._where, pages)

    def ask_file(self) -> None:
        if self.job is not None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), f"{self.title}.pdf", "PDF (*.pdf)"
        )
        if name:
            self.save_to(Path(name))

    def save_to(self, path: Path) -> Job:
        """Copy our PDF's bytes to ``path`` in a job (never on the GUI thread: a driver pack
        is tens of MB)."""
        data = self.pdf_bytes
        self._where = str(path)
        job = Job(lambda progress: save_pdf(data, path))
        job.signals.succeeded.connect(self._saved)
        return self._start(job)

    def _saved(self, _: object) -> None:
        self.status.setText(self.tr("Saved as {file}").format(file=self._where))
        self.saved.emit(self._where)

    def _start(self, job: Job) -> Job:
        """Start ``job`` with its signals connected (queued to this dialog's thread)."""
        self.job = job
        self.print_button.setEnabled(False)
        self.save_button.setEnabled(False)
        job.signals.failed.connect(self._failed)
        job.signals.cancelled.connect(self._cancelled)
        job.signals.ended.connect(self._ended)
        return job.start()

    def _cancelled(self) -> None:
        self.status.setText(self.tr("Printing cancelled"))

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, (UserError, OSError)):
            self.status.setText(str(error))
            return
        raise error  # a bug: to sys.excepthook, which logs and reports it

    def _ended(self) -> None:
        self.job = None
        self.print_button.setEnabled(True)
        self.save_button.setEnabled(True)
