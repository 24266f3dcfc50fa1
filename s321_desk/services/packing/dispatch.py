"""One scan at the packing station: read once, told apart (an order's pick ticket, an item, one
of the station's commands, or nothing), run in the one unit of work of that scan, and answered
with everything the station shows. The station's widget queues the keys, calls ``scan`` and
renders the ``StationOutcome`` (services/packing/outcome.py): it parses nothing and decides
nothing. A supervisor's signature in the panel a scan opened is one call too, ``signed``.

The station's state between two scans (the open parcel, the parcel on the screen, a short
close already shown once) travels in and out as a plain ``StationState``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from sqlalchemy import Engine

from s321_desk.domain.codes import LABEL, HoldTag, ParcelStatus, StationCommand
from s321_desk.domain.roles import SHORT_CONFIRMED_BY
from s321_desk.domain.scanning import NotACode, Scan, quoted, read_scan
from s321_desk.domain.texts import Text, joined, translate
from s321_desk.services.admin.users import AccessRefused, authorize, count_users
from s321_desk.services.kernel.errors import UserError
from s321_desk.services.lookup.parcel_views import parcel_view
from s321_desk.services.packing.labels import Paper, papers_after
from s321_desk.services.packing.outcome import (
    Alert,
    Ask,
    Banner,
    Closing,
    Decision,
    HistoryLine,
    Line,
    StationOutcome,
    StationState,
    Tone,
)
from s321_desk.services.packing.pack import (
    ScanRefused,
    close_parcel,
    count_items,
    countable_lines,
    open_parcel,
    scan_item,
    undo_last_scan,
)
from s321_desk.services.packing.station import bench, item_holds, order_named
from s321_desk.services.papers.printers import paper_for
from s321_desk.services.supervision.decisions import Decided, decide, hold_while_packing
from s321_desk.store.errors import StoreUnavailable
from s321_desk.store.uow import UnitOfWork, Work, one_action


class _Refused(Exception):
    """A scan refused: nothing changed; what the station says of it."""

    def __init__(
        self,
        why: Text,
        *,
        banner: bool = False,
        history: HistoryLine | None = None,
        administrator_needed: bool = False,
    ) -> None:
        super().__init__(str(why))
        self.why = why
        self.banner = banner
        self.history = history
        self.administrator_needed = administrator_needed


def scan(
    engine: Engine, state: StationState, text: str, *, now: datetime | None = None
) -> StationOutcome:
    """One scan (or key) at the station ``state`` describes: ``text`` as the scanner typed it.
    Read once (domain/scanning.read_scan); an order's pick ticket opens (or resumes) its
    parcel, an item is checked off the open parcel's order (a code that is no item of it but
    names an order opens that order), a command runs or opens its prompt; whitespace alone
    is nothing. Every refusal is an outcome (nothing changed), as is a busy store.

    The scan is one action, opened here on the store's ``engine`` (``one_action``): which
    transaction it needs (the writer's lock, a durable commit for a close) is known only once
    the scan is read."""
    try:
        read = read_scan(text)
    except NotACode as error:
        why = translate("Station", "scan {scan}: {error}").format(
            scan=quoted(text), error=error.text
        )
        return _refusal(state, _Refused(why), banner_why=error.text)
    if read is None:
        return StationOutcome(state)
    command = read.command
    if command in (StationCommand.CLOSE, StationCommand.SHORT):
        return close(engine, state, confirmed=read.text if command == StationCommand.SHORT else "")
    try:
        with one_action(engine, immediate=command in (None, StationCommand.UNDO)) as uow:
            outcome = _dispatch(uow, state, read, now or datetime.now(UTC))
            uow.commit()
            return outcome
    except _Refused as refused:
        return _refusal(state, refused, banner_why=refused.why if refused.banner else None)
    except UserError as error:
        said = Text.plain(str(error))  # on one line, whatever was scanned
        return _refusal(state, _Refused(said), banner_why=said if command is None else None)
    except StoreUnavailable as error:
        return _unavailable(state, error, text)


def close(
    engine: Engine, state: StationState, *, confirmed: str = "", reason: str = ""
) -> StationOutcome:
    """F12 (CMD-CLOSE): the open parcel closed, judged, its paper named. A parcel with items
    missing is closed only when it is confirmed: a scan of CMD-SHORT (``confirmed`` is the
    word scanned), or a supervisor's name (``confirmed``), PIN and ``reason``, asked at the
    second F12; until then the outcome shows what is missing. One action, opened here on the
    store's ``engine`` as a scan's is."""
    try:
        with one_action(engine, immediate=True, durable=True) as uow:
            return _closed_in(uow, state, confirmed, reason)
    except StoreUnavailable as error:
        return _unavailable(state, error, "CMD-CLOSE")


def _closed_in(uow: UnitOfWork, state: StationState, confirmed: str, reason: str) -> StationOutcome:
    """The close in ``uow``, to a savepoint: a refused close undoes what it wrote and nothing
    else of the unit's (a supervisor's PIN check before it stays)."""
    try:
        if state.parcel_id is None:
            raise _Refused(translate("Station", "CMD-CLOSE: no parcel open; scan an order first"))
        with uow.session.begin_nested():
            outcome = _close(uow, state, state.parcel_id, confirmed, reason)
        uow.commit()
        return outcome
    except _Refused as refused:
        return _refusal(state, refused)
    except UserError as error:
        return _refusal(state, _Refused(Text.plain(str(error))))


def counted(
    work: Work, state: StationState, line_no: int, quantity: int, *, user: str, pin: str
) -> StationOutcome:
    """A supervisor's count of a line with nothing to scan, signed in the station's panel: the
    items counted in (services/packing/pack.count_items) and the bench as it stands then.
    A refusal (a wrong PIN, a quantity too large) raises UserError: the prompt stays; the
    PIN's count of wrong PINs stays committed with the action, as a decision's does."""
    assert state.parcel_id is not None
    result = count_items(
        work, state.parcel_id, line_no, quantity, user=user, pin=pin, station=state.station
    )
    shown = bench(work, state.parcel_id)
    counts = {
        "item": result.description,
        "packed": result.packed,
        "ordered": result.ordered,
        "by": result.counted_by,
    }
    line = translate("Station", "{item}  ({packed} of {ordered}), counted by {by}").format(**counts)
    return StationOutcome(
        state,
        message=translate("Station", "{item}: {packed} of {ordered}, counted by {by}").format(
            **counts
        ),
        history=(
            HistoryLine(
                Text.plain("+{quantity}  {line}").format(quantity=quantity, line=line), Line.ITEM
            ),
        ),
        banner=Banner.PACKING,
        bench=shown,
    )


def signed(
    uow: UnitOfWork,
    state: StationState,
    command: StationCommand,
    *,
    user: str,
    pin: str,
    reason: str,
) -> StationOutcome:
    """A supervisor's signature in the panel a scan opened (``Ask.SUPERVISOR``): name or
    badge, PIN and reason for ``command`` on the parcel on the screen, in ``uow``, the unit of
    work of the supervisor's action (opened with ``immediate=True, durable=True``: it decides
    and may produce paper). The PIN is checked and the command done, in that one transaction:
    a short close confirmed (its verdict and paper, as F12's), the open parcel held as it
    stands (F6 mid-pack), or a decision on the parcel on the screen (hold, void, reprint's
    leave). The outcome says what the station shows after it: the verdict, the papers for
    its printer, who signed.

    A refusal is an outcome that asks again (a wrong PIN, a role that may not decide, a
    decision the parcel refuses): what the command wrote is undone to its savepoint, while
    the PIN's check (a wrong PIN counted, the lock-out) stays, committed with the action."""
    try:
        if command == StationCommand.SHORT:
            person = authorize(uow, user, pin, SHORT_CONFIRMED_BY, station=state.station)
            closed = _closed_in(uow, state, person.name, reason)  # whatever it says, signed
            return replace(closed, signed_by=person.name)
        if command == StationCommand.HOLD and state.parcel_id is not None:
            decided = hold_while_packing(
                uow, state.parcel_id, user=user, pin=pin, reason=reason, station=state.station
            )
            state = replace(state, parcel_id=None, short_asked=None)  # closed, and held
        else:
            assert state.shown is not None  # the panel opens for the parcel on the screen
            decided = decide(
                uow, state.shown, command, user=user, pin=pin, reason=reason, station=state.station
            )
    except UserError as error:
        refused = isinstance(error, AccessRefused)
        return _asked_again(state, command, Text.plain(str(error)), refused)
    return _decided(uow, state, command, decided, reason)


def _decided(
    uow: UnitOfWork, state: StationState, command: StationCommand, decided: Decided, reason: str
) -> StationOutcome:
    """A decision taken: the parcel's verdict as it stands now, and the papers it calls for
    here (a reprint: the parcel's paper, its label or a held box's tag)."""
    code = decided.parcel
    papers: tuple[Paper, ...]
    if command == StationCommand.REPRINT:
        papers = (Paper(code, paper_for(uow, code)),)
    else:
        papers = tuple(papers_after(uow, command, code))
    decision = Decision(command, parcel_view(uow, code), decided.by, reason, papers)
    return StationOutcome(state, banner=Banner.DECIDED, decision=decision, signed_by=decided.by)


def _asked_again(
    state: StationState, command: StationCommand, why: Text, access_refused: bool
) -> StationOutcome:
    """A signature refused: said in red, nothing changed; the prompt asks again."""
    return StationOutcome(
        state,
        message=why,
        tone=Tone.REFUSED,
        alerts=(Alert.ERROR,),
        ask=Ask.SUPERVISOR,
        command=command,
        access_refused=access_refused,
    )


def unavailable_to_sign(
    state: StationState, command: StationCommand, error: StoreUnavailable
) -> StationOutcome:
    """The store busy (or full, out of reach) as the supervisor signed: said (its sentence
    says that nothing changed, not even the PIN's check), and the prompt asks again."""
    return _asked_again(state, command, error.text, False)


def waits(text: str) -> Text:
    """What the station says of a scan typed into a supervisor's prompt: it waits its turn."""
    return translate("Station", "Scan {scan} waits until the supervisor is done").format(
        scan=quoted(text)
    )


# -- what each scan does, in the scan's unit of work ----------------------------------------


def _dispatch(uow: UnitOfWork, state: StationState, read: Scan, now: datetime) -> StationOutcome:
    command = read.command
    if command is None:
        return _code(uow, state, read, now)
    if command == StationCommand.UNDO:
        return _undo(uow, state)
    if command == StationCommand.COUNT:
        return _ask_count(uow, state, read.text)
    return _ask_supervisor(uow, state, command, read.text)


def _code(uow: UnitOfWork, state: StationState, read: Scan, now: datetime) -> StationOutcome:
    """An item of the open parcel, else an order (its pick ticket)."""
    if state.parcel_id is None:
        return _open_order(uow, state, read)
    try:
        result = scan_item(uow, state.parcel_id, read)
    except ScanRefused as refusal:
        if order_named(uow, read) is not None:
            return _open_order(uow, state, read)
        refused = translate("Station", "REFUSED  {code}").format(code=read.text)
        history = HistoryLine(refused, Line.REFUSED)
        raise _Refused(Text.plain(str(refusal)), banner=True, history=history) from None
    counts = {"item": result.description, "packed": result.packed, "ordered": result.ordered}
    line = translate("Station", "{item}  ({packed} of {ordered})").format(**counts)
    lines = [HistoryLine(Text.plain("+1  {line}").format(line=line), Line.ITEM)]
    said: Text = translate("Station", "{item}: {packed} of {ordered}").format(**counts)
    tone, alerts = Tone.PLAIN, []
    if result.hazmat:  # dangerous goods: said, in amber; the label will carry their mark
        lines.append(
            HistoryLine(
                translate("Station", "HAZMAT  {mark}").format(mark=result.hazmat), Line.HAZMAT
            )
        )
        said = translate(
            "Station",
            "DANGEROUS GOODS {mark}: {said}. Pack it as the carrier requires; the label "
            "carries the mark",
        ).format(mark=result.hazmat, said=said)
        tone, alerts = Tone.LOOK_AT, [Alert.CHECK]
    holds = item_holds(uow, read.text, now)
    if holds:  # found before the box is taped, not at the close
        said = translate(
            "Station",
            "HOLD AHEAD: {item}: {why}. This parcel will be held at its close: keep the box "
            "open and call a supervisor (F6 holds it now).",
        ).format(item=result.description, why=joined(holds))
        tone = Tone.HOLD
        alerts.append(Alert.HOLD)
    return StationOutcome(
        state,
        message=said,
        tone=tone,
        alerts=tuple(alerts),
        history=tuple(lines),
        banner=Banner.PACKING,
        bench=bench(uow, state.parcel_id),
    )


def _open_order(uow: UnitOfWork, state: StationState, read: Scan) -> StationOutcome:
    order = order_named(uow, read)
    if order is None:
        raise _Refused(
            translate(
                "Station",
                "{scan}: not an order; scan an order's pick ticket first to open its parcel",
            ).format(scan=read.text),
            banner=True,
        )
    current = bench(uow, state.parcel_id) if state.parcel_id is not None else None
    if current is not None and current.order == order:
        said = translate("Station", "Already packing order {order} (parcel {parcel})")
        return StationOutcome(state, message=said.format(order=order, parcel=current.parcel_code))
    if current is not None and current.items:
        raise _Refused(
            translate(
                "Station",
                "{scan} is another order: parcel {parcel} of order {order} is not closed; close "
                "it (F12) or undo its items first",
            ).format(scan=read.text, parcel=current.parcel_code, order=current.order),
            banner=True,
        )
    parcel_id = open_parcel(uow, read, station=state.station)
    opened = bench(uow, parcel_id)
    values = {"order": order, "parcel": opened.parcel_code, "items": opened.items}
    if opened.items == 1:
        said = translate("Station", "Order {order}: parcel {parcel}, resumed with 1 item in it")
    elif opened.items:
        said = translate(
            "Station", "Order {order}: parcel {parcel}, resumed with {items} items in it"
        )
    else:
        said = translate("Station", "Order {order}: parcel {parcel}")
    line = translate("Station", "ORDER  {order}  parcel {parcel}").format(**values)
    return StationOutcome(
        replace(state, parcel_id=parcel_id, shown=opened.parcel_code),
        message=said.format(**values),
        history=(HistoryLine(line, Line.ORDER),),
        new_history=True,
        banner=Banner.PACKING,
        bench=opened,
        opened=True,
    )


def _undo(uow: UnitOfWork, state: StationState) -> StationOutcome:
    if state.parcel_id is None:
        raise _Refused(translate("Station", "CMD-UNDO: no parcel open; nothing to undo"))
    description = undo_last_scan(uow, state.parcel_id)
    return StationOutcome(
        state,
        message=translate("Station", "Undone: {item}; take it out of the box").format(
            item=description
        ),
        history=(
            HistoryLine(translate("Station", "UNDO  {item}").format(item=description), Line.UNDO),
        ),
        undone=True,
        banner=Banner.PACKING,
        bench=bench(uow, state.parcel_id),
    )


def _close(
    uow: UnitOfWork, state: StationState, parcel_id: int, confirmed: str, reason: str
) -> StationOutcome:
    current = bench(uow, parcel_id)
    missing = tuple(line for line in current.lines if not line.done)
    if missing and not confirmed and current.items:  # (an empty one is refused)
        if state.short_asked == parcel_id:  # F12 again: a supervisor signs
            return _ask_supervisor(uow, state, StationCommand.SHORT, "CMD-CLOSE")
        return StationOutcome(
            replace(state, short_asked=parcel_id),
            alerts=(Alert.CHECK,),
            banner=Banner.SHORT,
            bench=current,
            missing=missing,
        )
    short: dict[str, object] | None = None
    if missing:
        short = {
            "missing": {
                line.sku or line.description: line.ordered - line.packed for line in missing
            },
            "confirmed_by": confirmed,
        }
        if reason:
            short["reason"] = reason
    closed = close_parcel(uow, parcel_id, short=short)
    code = current.parcel_code
    view = parcel_view(uow, code)
    others = tuple(parcel_view(uow, str(other.parcel_id)) for other in closed.others)
    ships = view.status not in (ParcelStatus.HELD, ParcelStatus.VOIDED) and not view.needs_decision
    paper: str | None = LABEL if ships else None
    if not ships and paper_for(uow, code) == HoldTag.HOLD:
        paper = HoldTag.HOLD  # held at the close: its tag, for the box
    closing = Closing(
        view,
        others,
        tuple(closed.sealed),
        paper,
        missing if short else (),
        confirmed if short else "",
    )
    return StationOutcome(
        StationState(state.station, None, code, None), banner=Banner.VERDICT, closed=closing
    )


def _ask_supervisor(
    uow: UnitOfWork, state: StationState, command: StationCommand, word: str
) -> StationOutcome:
    if state.shown is None:
        raise _Refused(
            translate("Station", "{command}: no parcel on the screen; close a parcel first").format(
                command=word
            )
        )
    if (
        command == StationCommand.REPRINT
        and state.parcel_id is None
        and paper_for(uow, state.shown) == HoldTag.HOLD
    ):
        # A held box gets its tag again, never a label: no leave to ask, the print audited.
        return StationOutcome(state, paper=HoldTag.HOLD)
    if state.parcel_id is not None and command not in (StationCommand.HOLD, StationCommand.SHORT):
        raise _Refused(
            translate(
                "Station", "{command}: parcel {parcel} is still open; close it first (F12)"
            ).format(command=word, parcel=state.shown)
        )
    _someone_signs(uow, word)
    return StationOutcome(state, ask=Ask.SUPERVISOR, command=command, word=word)


def _ask_count(uow: UnitOfWork, state: StationState, word: str) -> StationOutcome:
    """A supervisor counts in the items of a line with nothing to scan."""
    if state.parcel_id is None:
        raise _Refused(
            translate("Station", "{command}: no parcel open; scan an order first").format(
                command=word
            )
        )
    lines = countable_lines(uow, state.parcel_id)
    if not lines:
        raise _Refused(
            translate(
                "Station",
                "{command}: every item of order {order} still to pack has a SKU or barcode: "
                "scan it",
            ).format(command=word, order=bench(uow, state.parcel_id).order)
        )
    _someone_signs(uow, word)
    return StationOutcome(state, ask=Ask.COUNT, word=word, count_lines=tuple(lines))


def _someone_signs(uow: UnitOfWork, word: str) -> None:
    """A supervisor's prompt needs someone to sign: refused on a store with no user yet."""
    if count_users(uow) == 0:
        raise _Refused(
            translate(
                "Station", "{command}: no supervisor can sign yet; create the administrator first"
            ).format(command=word),
            administrator_needed=True,
        )


# -- refusals ---------------------------------------------------------------------------------


def _refusal(
    state: StationState, refused: _Refused, *, banner_why: Text | None = None
) -> StationOutcome:
    return StationOutcome(
        state,
        message=refused.why,
        tone=Tone.REFUSED,
        alerts=(Alert.ERROR,),
        history=(refused.history,) if refused.history else (),
        banner=Banner.REFUSED if banner_why is not None else Banner.KEEP,
        refused=banner_why,
        administrator_needed=refused.administrator_needed,
    )


def _unavailable(state: StationState, error: StoreUnavailable, text: str) -> StationOutcome:
    """The store busy (or full, read-only, out of reach): said, nothing changed, scan again."""
    why = translate("Station", "{why} Nothing changed: scan {scan} again.").format(
        why=error.text, scan=quoted(text.strip())
    )
    return _refusal(state, _Refused(why))
