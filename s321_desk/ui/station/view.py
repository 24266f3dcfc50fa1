"""The packing station: one scan field, the verdict across the screen, the scans with their undo.

It holds no rule of its own and reads no scan: each scan, as typed, is one call of
``services.packing.dispatch.scan``, which says what to show (the message and its tone, the
sounds, the history's lines, the banner, the bench, a prompt to open, a paper to print), and the
station shows it. A supervisor signs in its panel (hold, void, reprint, a short close): one call
too, ``services.packing.dispatch.signed``, in the one unit of work of their action; the papers
go to ``services.papers`` (the label of an OK parcel).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QMouseEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QListWidgetItem, QVBoxLayout, QWidget
from sqlalchemy import Engine

from s321_desk.domain.codes import LABEL, PRINTABLE, PrinterKind, StationCommand
from s321_desk.services.admin.ports import ports
from s321_desk.services.judging.sealed import Raised
from s321_desk.services.kernel.errors import UserError
from s321_desk.services.lookup.parcel_views import ParcelView
from s321_desk.services.packing.dispatch import (
    counted,
    scan,
    signed,
    unavailable_to_sign,
    waits,
)
from s321_desk.services.packing.labels import due_at, papers_after
from s321_desk.services.packing.outcome import (
    Ask,
    Banner,
    Closing,
    Decision,
    Line,
    StationOutcome,
    StationState,
    Tone,
)
from s321_desk.services.packing.station import Bench, LineProgress
from s321_desk.services.papers.printers import label_printer, saved_paper, station_label_sink
from s321_desk.services.supervision.warnings import WarningRow
from s321_desk.store.errors import StoreUnavailable
from s321_desk.store.uow import one_action
from s321_desk.ui.dialogs.authorize import RecentSigner
from s321_desk.ui.kit.labels import plain_label, sized_font
from s321_desk.ui.kit.scan_field import ScanField
from s321_desk.ui.kit.style import base_font
from s321_desk.ui.kit.words import QT_TRANSLATE_NOOP
from s321_desk.ui.station.looks import (
    COMMAND_WORDS,
    KEYS,
    LOOK_AT,
    PACKING,
    READY,
    REFUSED,
    REFUSED_LOOK,
    SHORT,
    route_words,
    verdict_look,
    verdict_sentences,
)
from s321_desk.ui.station.sounds import Sound, SoundOutput, open_sound_output
from s321_desk.ui.station.widgets import (
    CountPrompt,
    Look,
    SupervisorPrompt,
    VerdictBanner,
    bench_item,
    scans_list,
    without_count,
)

if TYPE_CHECKING:  # the preview (QtPdf) is imported when a label is first previewed
    from s321_desk.ui.dialogs.print_preview import PdfPreviewDialog

# A parcel's printable id (and the paper: "auto", a held parcel's tag or else its label; LABEL;
# a HoldTag) -> where it went, in words for the status line; raises UserError when
# it cannot print. The seam for a real label printer.
LabelSink = Callable[..., str]

PROMPT_TIMEOUT_MS = 60_000  # a supervisor's prompt left without a key this long is cancelled
SCAN_PLACEHOLDER = QT_TRANSLATE_NOOP("PackingStation", "Scan an order, an item or a command")


class PackingStation(QWidget):
    """The view a packer stands in front of for a shift; keyboard (and scanner) only."""

    parcel_opened = Signal(str)  # the parcel's printable id
    parcel_closed = Signal(str, str)  # parcel id, verdict word (OK / CHECK / HOLD)
    parcel_decided = Signal(str, str)  # parcel id, action (hold / void / reprint)
    verdict_shown = Signal(str, str)  # parcel id, word (OK / CHECK / HOLD / VOID)
    label_printed = Signal(str, str)  # parcel id, where it went (the status line's words)
    administrator_needed = Signal()  # a supervisor's action on a store with no user yet

    def __init__(
        self,
        engine: Engine,
        station: str,
        label_folder: Path,
        *,
        sounds: SoundOutput | None = None,
        label_sink: LabelSink | None = None,
        signer: RecentSigner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._station = station
        self._sounds = sounds if sounds is not None else open_sound_output(self)
        self._label_sink = label_sink or station_label_sink(engine, station, label_folder)
        self._label_folder = label_folder
        self.previews: list[PdfPreviewDialog] = []  # the "dialog" label printer's papers
        self._queue: deque[str] = deque()
        self._draining = False
        self._bench: Bench | None = None  # the open parcel being packed
        self._shown: str | None = None  # the parcel on the screen (open or just closed)
        self._relabel_tried: set[tuple[str, int]] = set()  # new labels sent (or refused) once
        self._short_asked: int | None = None  # the open parcel F12 found short (F12 again: sign)
        self.signer = signer or RecentSigner()  # shared with the window's other views
        self.look = READY
        self.setFont(base_font(self.font()))
        self._build()
        self._actions = self._make_actions()
        here = self.tr("Station {station}").format(station=station) if station else ""
        self._show_look(READY, READY.step(), "", here, [])

    @property
    def shown_parcel(self) -> str | None:
        """The printable id of the parcel on the screen, if any."""
        return self._shown

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.scan_field = ScanField()
        self.scan_field.setFont(sized_font(self.font(), 26, bold=True))
        self.scan_field.setPlaceholderText(self.tr(SCAN_PLACEHOLDER))
        self.scan_field.setStyleSheet("QLineEdit { border: 3px solid #0d47a1; padding: 4px; }")
        self.scan_field.returnPressed.connect(self._on_return)
        scan_label = plain_label(self.tr("Scan:"), sized_font(self.font(), 26, bold=True))
        scan_label.setBuddy(self.scan_field)
        self.message_label = plain_label("", sized_font(self.font(), 20, bold=True), wrap=True)
        self.message_label.setContentsMargins(8, 4, 8, 4)
        self.prompt = SupervisorPrompt(self.font())
        self.prompt.submitted.connect(self._on_supervisor)
        self.prompt.cancelled.connect(self._on_prompt_cancelled)
        self.prompt.scanned.connect(self._on_scanned_into_prompt)
        self.prompt.typed.connect(self._prompt_in_use)
        self.prompt.hide()
        # A prompt nobody types in is given up (nothing changed): the station scans again.
        self.prompt_timer = QTimer(self)
        self.prompt_timer.setSingleShot(True)
        self.prompt_timer.setInterval(PROMPT_TIMEOUT_MS)
        self.prompt_timer.timeout.connect(self._on_prompt_timed_out)
        # The count prompt is built the first time a count is asked (``count_prompt``): its
        # line box is the start's only combo box, and the first one costs Qt ~20 ms.
        self._count_prompt: CountPrompt | None = None
        self.banner = VerdictBanner(self.font())

        self.bench_label = plain_label(
            self.tr("No parcel open"), sized_font(self.font(), 18, bold=True)
        )
        self.lines = scans_list(sized_font(self.font(), 16))
        self.history = scans_list(sized_font(self.font(), 15))
        right = QVBoxLayout()
        right.addWidget(self.bench_label)
        right.addWidget(self.lines, 2)
        right.addWidget(
            plain_label(self.tr("Scans, newest first"), sized_font(self.font(), 16, bold=True))
        )
        right.addWidget(self.history, 3)

        self.status_label = plain_label("", sized_font(self.font(), 16), wrap=True)
        either = self.tr(" or ")
        keys = "   ".join(
            f"{either.join(KEYS[c])} / {c.barcode}" for c in StationCommand if KEYS[c]
        )  # e.g. "F12 / CMD-CLOSE" (CMD-SHORT, a scan only, is on the command sheet)
        self.keys_label = plain_label(keys, sized_font(self.font(), 15, bold=True))

        scan_row = QHBoxLayout()
        scan_row.addWidget(scan_label)
        scan_row.addWidget(self.scan_field, 1)
        middle = QHBoxLayout()
        middle.addWidget(self.banner, 3)
        middle.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(scan_row)
        layout.addWidget(self.message_label)
        layout.addWidget(self.prompt)
        layout.addLayout(middle, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.keys_label)
        self.setFocusProxy(self.scan_field)

    @property
    def count_prompt(self) -> CountPrompt:
        """The supervisor's count prompt, under the supervisor's prompt; built when first
        asked for."""
        if self._count_prompt is None:
            prompt = CountPrompt(self.font())
            prompt.submitted.connect(self._on_count)
            prompt.cancelled.connect(self._on_prompt_cancelled)
            prompt.typed.connect(self._prompt_in_use)
            prompt.hide()
            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)
            layout.insertWidget(layout.indexOf(self.prompt) + 1, prompt)
            self._count_prompt = prompt
        return self._count_prompt

    def _make_actions(self) -> dict[StationCommand, QAction]:
        """One action per command, on its keys, for as long as the station has the focus."""
        actions = {}
        for command in StationCommand:
            if not KEYS[command]:
                continue  # a scan only (CMD-SHORT): no key, no menu entry
            word = command.barcode
            action = QAction(f"{self.tr(COMMAND_WORDS[command])} ({word})", self)
            action.setShortcuts([QKeySequence(key) for key in KEYS[command]])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, word=word: self._enqueue(word))
            self.addAction(action)
            actions[command] = action
        return actions

    def command_actions(self) -> list[QAction]:
        """The commands as actions, e.g. for a menu of the window that hosts the station."""
        return list(self._actions.values())

    # -- the scan queue: every Enter is one scan, handled once, in order ---------------------

    def _on_return(self) -> None:
        text = self.scan_field.text()
        self.scan_field.clear()
        self._enqueue(text)

    def _enqueue(self, text: str) -> None:
        if text.strip():
            self._queue.append(text.strip())
            self._drain()

    def _drain(self) -> None:
        """Handle the waiting scans; a scan that arrives meanwhile waits its turn, and so do
        the scans after a supervisor's command until the supervisor is done."""
        if self._draining:
            return
        self._draining = True
        try:
            while self._queue and not self._paused():
                self._handle(self._queue.popleft())
        finally:
            self._draining = False
            if self._queue and not self._paused():  # a bug stopped the loop
                QTimer.singleShot(0, self._drain)
        self._refocus()

    def _paused(self) -> bool:
        """A supervisor is signing in one of the panel's prompts."""
        counting = self._count_prompt is not None and self._count_prompt.isVisible()
        return self.prompt.isVisible() or counting

    def _handle(self, text: str) -> None:
        """One scan: the service reads it, runs it and says what to show (nothing parsed here)."""
        self._render(scan(self._engine, self._state(), text))

    def _state(self) -> StationState:
        parcel_id = self._bench.parcel_id if self._bench is not None else None
        return StationState(self._station, parcel_id, self._shown, self._short_asked)

    # -- what a scan's outcome shows ----------------------------------------------------------

    def _render(self, outcome: StationOutcome) -> None:
        state = outcome.state
        self._shown, self._short_asked = state.shown, state.short_asked
        if state.parcel_id is None:
            self._bench = None
        elif outcome.bench is not None:
            self._bench = outcome.bench
        if outcome.administrator_needed:
            self.administrator_needed.emit()
        if outcome.new_history:
            self.history.clear()
        if outcome.undone:
            self._mark_undone()
        for line in outcome.history:
            self._add_history(str(line.text), line.kind)
        if outcome.banner == Banner.PACKING and outcome.bench is not None:
            self._show_bench(outcome.bench)
        elif outcome.banner == Banner.SHORT and outcome.bench is not None:
            self._show_short(outcome.bench, outcome.missing)
        elif outcome.banner == Banner.REFUSED and outcome.refused is not None:
            self._show_refused_scan(str(outcome.refused))
        if outcome.message is not None:
            self._say_outcome(outcome)
        else:
            for alert in outcome.alerts:
                self._sounds.play(Sound(alert.value))
        if outcome.opened:
            self.status_label.setText("")
            assert outcome.bench is not None
            self.parcel_opened.emit(outcome.bench.parcel_code)
        if outcome.closed is not None:
            self._show_closed(outcome.closed)
        if outcome.decision is not None:
            self._show_decision(outcome.decision)
        if outcome.paper is not None and self._shown is not None:
            self._print_paper(self._shown, outcome.paper)
        if outcome.ask == Ask.SUPERVISOR and outcome.command is not None:
            self._ask_supervisor(outcome.command, outcome.word)
        elif outcome.ask == Ask.COUNT:
            self._pause(self.tr("Paused: a supervisor is counting"))
            self.count_prompt.ask(list(outcome.count_lines))
            self._say(
                self.tr(
                    "COUNT: a supervisor counts the items of a line with nothing to "
                    "scan (Enter: next, Esc: cancel)"
                )
            )

    def _say_outcome(self, outcome: StationOutcome) -> None:
        """The message line, in the outcome's tone, with its sounds."""
        for alert in outcome.alerts[:-1]:
            self._sounds.play(Sound(alert.value))
        sound = Sound(outcome.alerts[-1].value) if outcome.alerts else None
        said = str(outcome.message)
        if outcome.tone == Tone.REFUSED:
            self._say(self.tr("REFUSED: {why}").format(why=said), REFUSED_LOOK, sound)
        elif outcome.tone == Tone.HOLD:
            self._say(said, REFUSED_LOOK, sound)
        elif outcome.tone == Tone.LOOK_AT:
            self._say(said, LOOK_AT, sound)
        else:
            self._say(said, "", sound)

    def _mark_undone(self) -> None:
        """The newest item line of the history: taken out again (struck out)."""
        for row in range(self.history.count()):
            item = self.history.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == Line.ITEM.value:
                item.setData(Qt.ItemDataRole.UserRole, Line.UNDONE.value)
                item.setText(self.tr("UNDONE  {scan}").format(scan=without_count(item.text())))
                font = item.font()
                font.setStrikeOut(True)
                item.setFont(font)
                break

    def _show_closed(self, closing: Closing) -> None:
        """A parcel closed: its verdict across the banner, its lines, its paper."""
        view = closing.view
        if closing.missing:
            self._add_history(
                self.tr("SHORT  confirmed by {by}: {missing}").format(
                    by=closing.confirmed_by, missing=self._missing_words(closing.missing)
                ),
                Line.SHORT,
            )
        look = self._show_verdict(view, list(closing.others), closing.sealed)
        closed_line = self.tr("CLOSED  {verdict}  route {route}")
        self._add_history(
            closed_line.format(verdict=look.shown_word(), route=view.route), Line.CLOSE
        )
        self._say(
            self.tr("Parcel {parcel} closed: {verdict}").format(
                parcel=view.parcel_id, verdict=look.shown_word()
            )
        )
        self.parcel_closed.emit(view.parcel_id, look.word)
        if closing.paper is not None and closing.paper != LABEL:
            self._print_paper(view.parcel_id, closing.paper)  # held at the close: its tag
        else:
            self._label_for(view.parcel_id, look, print_it=closing.paper == LABEL)
        if closing.others:  # its neighbours' labels this close superseded (only those it
            self.print_waiting_labels()  # judged again can be; the warnings' reading does the rest)

    # -- papers: labels, new labels (RELABEL), hold tags -------------------------------------

    def print_waiting_labels(self) -> None:
        """Print the new labels waiting for this station (the one that packed them) whose
        printed label a decision or a re-judgement superseded: RELABEL on the screen. Each is
        tried once a session (a printer refusing says so; F7 prints it again)."""
        with one_action(self._engine) as uow:
            due = due_at(uow, self._station)
        for code, version in due:
            if (code, version) in self._relabel_tried:
                continue
            self._relabel_tried.add((code, version))
            self._print_paper(code, LABEL, relabel=version)

    def print_relabels(self, rows: Sequence[WarningRow]) -> None:
        """The same, from the warnings just read in the background (the desk's days): a
        reading of the store never scans every parcel on the GUI thread."""
        for row in rows:
            version = row.relabel
            if (
                not version
                or row.station != self._station
                or (row.parcel_id, version) in self._relabel_tried
                or row.status not in PRINTABLE
                or row.held
                or row.needs_decision
            ):
                continue
            self._relabel_tried.add((row.parcel_id, version))
            self._print_paper(row.parcel_id, LABEL, relabel=version)

    def after_decision(self, action: str, code: str) -> None:
        """A supervisor's decision taken at this desk: the papers it calls for go to this
        station's printer at once (a tag at a hold or a defer, a released parcel's label, the
        new labels of the parcels it superseded)."""
        with one_action(self._engine) as uow:
            papers = papers_after(uow, action, code)
        for paper in papers:
            self._print_paper(paper.parcel, paper.paper)

    def _print_paper(self, code: str, paper: str, *, relabel: int = 0) -> None:
        try:
            where = self._label_sink(code) if paper == LABEL else self._label_sink(code, paper)
        except UserError as error:
            self._sounds.play(Sound.ERROR)
            self.status_label.setStyleSheet(REFUSED_LOOK)
            self.status_label.setText(
                self.tr("NOT PRINTED ({parcel}): {error}").format(parcel=code, error=error)
            )
            return
        if paper == LABEL and relabel:
            said = self.tr(
                "RELABEL {parcel}: its printed label is superseded; put label {version} on the box"
            ).format(parcel=code, version=relabel)
            self._add_history(said, Line.RELABEL)
            self._say(said, LOOK_AT, Sound.CHECK)
        elif paper != LABEL:
            self._add_history(
                self.tr("{kind} TAG  {parcel}").format(kind=paper, parcel=code), Line.TAG
            )
        self.status_label.setStyleSheet("")
        self.status_label.setText(where)
        self._preview(code, paper)
        self.label_printed.emit(code, where)

    def _preview(self, code: str, paper: str) -> None:
        """A station whose label printer is "dialog": the paper opens in a preview beside the
        station, to print from there (Ctrl+P); the scan field keeps the scanner."""
        with one_action(self._engine) as uow:
            kind = label_printer(uow, self._station).kind
        if kind != PrinterKind.DIALOG:
            return
        pdf = saved_paper(self._label_folder, code, paper)
        if not pdf.is_file():
            return
        title = (
            self.tr("Label {parcel}").format(parcel=code)
            if paper == LABEL
            else self.tr("{kind} tag {parcel}").format(kind=paper, parcel=code)
        )
        from s321_desk.ui.dialogs.print_preview import PdfPreviewDialog

        preview = PdfPreviewDialog(pdf, title, self)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        preview.destroyed.connect(lambda _=None, p=preview: self.previews.remove(p))
        self.previews.append(preview)
        preview.show()
        self._refocus()

    def _label_for(self, code: str, look: Look, *, print_it: bool) -> None:
        """Print the label (an OK parcel, a reprint), else say in the status line why not."""
        if not print_it:
            self.status_label.setStyleSheet("")
            self.status_label.setText(
                self.tr("No label for {parcel}: {step}").format(parcel=code, step=look.step())
            )
            return
        try:
            where = self._label_sink(code)
        except UserError as error:
            self._sounds.play(Sound.ERROR)
            self.status_label.setStyleSheet(REFUSED_LOOK)
            self.status_label.setText(self.tr("LABEL NOT PRINTED: {error}").format(error=error))
            return
        self.status_label.setStyleSheet("")
        self.status_label.setText(where)
        self._preview(code, LABEL)
        self.label_printed.emit(code, where)

    # -- a supervisor's command: name or badge, PIN and reason, in the panel -----------------

    def _ask_supervisor(self, action: StationCommand, word: str) -> None:
        """The panel opens for a supervisor's name or badge, PIN and reason (the service has
        checked that the command may be asked now)."""
        # The decisions' reasons come with the supervision's models, which the start does not
        # need (the supervision's services with them).
        from s321_desk.ui.supervision.decision_models import reason_presets

        assert self._shown is not None
        self._pause(self.tr("Paused: a supervisor is signing"))
        self.prompt.ask(action, self._shown, self.signer.who, reason_presets(action))
        self._say(
            self.tr(
                "{action} {parcel}: a supervisor signs below (Enter: next, Esc: cancel)"
            ).format(action=self._command(action).upper(), parcel=self._shown)
        )

    def _on_supervisor(self, who: str, pin: str, reason: str) -> None:
        """The supervisor signed: one call (services/packing/dispatch.signed) in the one unit
        of work of their action; a refusal keeps the panel open, anything else is shown."""
        state, command = self._state(), StationCommand(self.prompt.action)
        try:
            with one_action(self._engine, immediate=True, durable=True) as uow:
                outcome = signed(uow, state, command, user=who, pin=pin, reason=reason)
        except StoreUnavailable as error:
            outcome = unavailable_to_sign(state, command, error)
        if outcome.ask == Ask.SUPERVISOR:  # refused: nothing changed, the panel asks again
            self._say_outcome(outcome)
            self.prompt.refuse(pin_wrong=outcome.access_refused)
            return
        self.signer.signed(outcome.signed_by)
        self._end_prompt()
        self._render(outcome)
        self._drain()

    def _show_decision(self, decision: Decision) -> None:
        """A supervisor's decision: said, in the history, the parcel's verdict as it stands
        after it across the banner, and the papers it calls for printed here."""
        code = decision.view.parcel_id
        said = {
            "action": self._command(decision.command),
            "by": decision.by,
            "reason": decision.reason,
            "parcel": code,
        }
        self._add_history(
            self.tr("{action}  by {by}: {reason}").format(
                **{**said, "action": said["action"].upper()}
            ),
            Line.DECISION,
        )
        self._say(self.tr("{action} of {parcel} by {by}").format(**said))
        self.parcel_decided.emit(code, decision.command)
        self._show_verdict(decision.view, [])
        for paper in decision.papers:
            self._print_paper(paper.parcel, paper.paper)

    def _on_count(self, line_no: int, quantity: int, who: str, pin: str) -> None:
        try:
            # One transaction: the supervisor's PIN checked, the items counted, the bench read.
            with one_action(self._engine, immediate=True) as uow:
                outcome = counted(uow, self._state(), line_no, quantity, user=who, pin=pin)
        except UserError as error:
            self._refuse(str(error))
            self.count_prompt.refuse()
            return
        self._end_prompt()
        self._render(outcome)
        self._drain()

    def _on_scanned_into_prompt(self, text: str) -> None:
        """A scan typed into the supervisor's PIN: it waits its turn like any scan."""
        self._queue.append(text.strip())
        self._say(str(waits(text)))

    def _prompt_in_use(self) -> None:
        if self.prompt_timer.isActive():
            self.prompt_timer.start()

    def _on_prompt_timed_out(self) -> None:
        if not self._paused():
            return
        self._end_prompt()
        self._say(self.tr("Nobody signed for a minute: cancelled, nothing changed"))
        self._drain()

    def _on_prompt_cancelled(self) -> None:
        action = self.prompt.action if self.prompt.isVisible() else StationCommand.COUNT
        self._end_prompt()
        self._say(
            self.tr("{action} cancelled: nothing changed").format(action=self._command(action))
        )
        self._drain()

    def _pause(self, placeholder: str) -> None:
        """The scans wait while a supervisor signs in the panel."""
        self.scan_field.setEnabled(False)
        for each in self._actions.values():
            each.setEnabled(False)
        self.scan_field.setPlaceholderText(placeholder)
        self.prompt_timer.start()

    def _end_prompt(self) -> None:
        self.prompt_timer.stop()
        self.prompt.hide()
        if self._count_prompt is not None:
            self._count_prompt.hide()
        self.scan_field.setEnabled(True)
        self.scan_field.setPlaceholderText(self.tr(SCAN_PLACEHOLDER))
        for each in self._actions.values():
            each.setEnabled(True)

    def _command(self, action: str) -> str:
        """A command's word (``Hold``) in the desk's language."""
        known = action in set(StationCommand)
        return self.tr(COMMAND_WORDS[StationCommand(action)]) if known else action

    # -- what the screen shows --------------------------------------------------------------

    def _show_verdict(
        self, view: ParcelView, others: list[ParcelView], sealed: Sequence[Raised] = ()
    ) -> Look:
        look = verdict_look(view)
        route = self.tr("Route {route} ({meaning})").format(
            route=view.route, meaning=route_words(view.route) or self.tr("see the rules")
        )
        place = ports().get(view.port or "")
        detail = self.tr("Parcel {parcel} · order {order} · crosses {day} at {port}").format(
            parcel=view.parcel_id,
            order=view.order,
            day=view.us_day,
            port=place.name if place else view.port,
        )
        said = verdict_sentences(view, others, sealed)
        self._show_look(look, look.step(), route, detail, said)
        self.banner.setToolTip("\n".join(code["code"] for code in view.codes))
        if look.sound is not None:
            self._sounds.play(look.sound)
        self.verdict_shown.emit(view.parcel_id, look.word)
        return look

    def _show_look(
        self, look: Look, headline: str, route: str, detail: str, sentences: list[str]
    ) -> None:
        self.look = look
        self.banner.show_look(look, headline, route, detail, sentences)

    def _show_short(self, shown: Bench, missing: Sequence[LineProgress]) -> None:
        """F12 on a parcel with items missing: nothing closed; the banner says what is missing
        and how to confirm a short close."""
        headline = self.tr("SHORT: {packed} of {ordered} packed; missing {missing}").format(
            packed=shown.packed, ordered=shown.ordered, missing=self._missing_words(missing)
        )
        detail = self.tr("Parcel {parcel} · order {order}. {step}").format(
            parcel=shown.parcel_code, order=shown.order, step=SHORT.step()
        )
        sentences = [
            self.tr("{item}: {count} missing").format(
                item=line.description, count=line.ordered - line.packed
            )
            for line in missing
        ]
        self._show_look(SHORT, headline, "", detail, sentences)
        self._say(
            self.tr(
                "Not closed: {missing} missing. Scan CMD-SHORT to close it short, or "
                "F12 again for a supervisor."
            ).format(missing=self._missing_words(missing))
        )

    def _missing_words(self, missing: Sequence[LineProgress]) -> str:
        each = self.tr("{count} of {item}")
        return ", ".join(
            each.format(count=line.ordered - line.packed, item=line.description) for line in missing
        )

    def _show_refused_scan(self, why: str) -> None:
        """A refused scan turns the whole banner red (the error sound already played), until
        the next good scan."""
        self._show_look(REFUSED, why, "", REFUSED.step(), [])

    def _show_bench(self, shown: Bench) -> None:
        """The open parcel's lines, how far each is, and the banner's count."""
        self.bench_label.setText(
            self.tr("Order {order}: {packed} of {ordered} packed").format(
                order=shown.order, packed=shown.packed, ordered=shown.ordered
            )
        )
        self.lines.clear()
        for line in shown.lines:
            self.lines.addItem(bench_item(line, self.lines.font()))
        ordered = shown.ordered
        headline = (
            self.tr("All {ordered} items packed: close it (F12).", "", ordered)
            if shown.packed >= ordered
            else self.tr("{packed} of {ordered} items packed", "", ordered)
        ).format(packed=shown.packed, ordered=ordered)
        detail = self.tr("Parcel {parcel} · order {order}. {step}").format(
            parcel=shown.parcel_code, order=shown.order, step=PACKING.step()
        )
        self._show_look(PACKING, headline, "", detail, [])

    def _add_history(self, text: str, kind: Line) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, kind.value)
        if kind == Line.REFUSED:
            item.setForeground(Qt.GlobalColor.darkRed)
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        self.history.insertItem(0, item)

    def _say(self, text: str, style: str = "", sound: Sound | None = None) -> None:
        """The message line: plain; or to look at (amber), or refused (red), with a sound."""
        if sound is not None:
            self._sounds.play(sound)
        self.message_label.setStyleSheet(style)
        self.message_label.setText(text)

    def _refuse(self, text: str) -> None:
        """A refused scan or command: in red, in words, with the error sound; nothing changed."""
        self._say(self.tr("REFUSED: {why}").format(why=text), REFUSED_LOOK, Sound.ERROR)

    def _refocus(self) -> None:
        if not self._paused():
            self.scan_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._refocus()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        self._refocus()
