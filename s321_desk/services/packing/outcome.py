"""What the packing station shows after a scan, a command or a supervisor's signature: the
``StationOutcome`` that ``services/packing/dispatch.py`` returns and ``ui/station/view.py``
renders, and the ``StationState`` a station keeps between two scans. Plain values only.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from s321_desk.domain.codes import HoldTag, StationCommand
from s321_desk.domain.texts import Text
from s321_desk.services.judging.sealed import Raised
from s321_desk.services.lookup.parcel_views import ParcelView
from s321_desk.services.packing.labels import Paper
from s321_desk.services.packing.station import Bench, LineProgress


@dataclass(frozen=True)
class StationState:
    """What a station holds between two scans: its name, the parcel open on its bench (its
    id), the parcel on its screen (its printable id: the open one, or the one just closed),
    and the open parcel that F12 found short once (F12 again asks a supervisor)."""

    station: str
    parcel_id: int | None = None
    shown: str | None = None
    short_asked: int | None = None


class Tone(StrEnum):
    """How the message line says it."""

    PLAIN = "plain"
    LOOK_AT = "look-at"  # amber: something to look at (dangerous goods); nothing refused
    HOLD = "hold"  # red: the parcel will be held at its close; nothing refused
    REFUSED = "refused"  # red, as a refusal: nothing changed


class Alert(StrEnum):
    """What the packer hears (ui/station/sounds.py plays the sound of the same name)."""

    CHECK = "check"
    HOLD = "hold"
    ERROR = "error"


class Banner(StrEnum):
    """What the big banner shows after the scan."""

    KEEP = "keep"  # as it was
    PACKING = "packing"  # the open parcel's progress (``bench``)
    REFUSED = "refused"  # a refused code, in red until the next good scan (``refused``)
    SHORT = "short"  # F12 on a parcel with items missing: nothing closed (``missing``)
    VERDICT = "verdict"  # a parcel closed: its verdict (``closed``)
    DECIDED = "decided"  # a supervisor's decision: the parcel's verdict after it (``decision``)


class Line(StrEnum):
    """A line of the station's history of scans, by what it records (the station keeps it
    with the line: an item's line taken out again becomes ``UNDONE``)."""

    ORDER = "order"
    ITEM = "item"
    HAZMAT = "hazmat"
    REFUSED = "refused"
    UNDO = "undo"
    UNDONE = "undone"
    SHORT = "short"  # a parcel closed short, and who confirmed it
    CLOSE = "close"  # a parcel closed: its verdict and route
    DECISION = "decision"  # a supervisor's decision signed at the station
    RELABEL = "relabel"  # a new label for a parcel whose printed one is superseded
    TAG = "tag"  # a held or deferred box's tag printed


class Ask(StrEnum):
    """A prompt the station opens, its scans waiting until it is done."""

    SUPERVISOR = "supervisor"  # name or badge, PIN and reason, for ``command``
    COUNT = "count"  # a supervisor counts in a line with nothing to scan (``count_lines``)


@dataclass(frozen=True)
class HistoryLine:
    text: Text
    kind: Line


@dataclass(frozen=True)
class Closing:
    """A parcel closed: its verdict, the parcels judged again with it, the sealed parcels it
    would have changed, and the paper for its box (``LABEL``; the HOLD tag of a parcel held
    at its close; None when a supervisor decides first)."""

    view: ParcelView
    others: tuple[ParcelView, ...]
    sealed: tuple[Raised, ...]
    paper: str | None
    missing: tuple[LineProgress, ...] = ()  # closed short: what is missing
    confirmed_by: str = ""  # closed short: who confirmed it (CMD-SHORT, or the supervisor)


@dataclass(frozen=True)
class Decision:
    """A supervisor's decision signed in the station's panel (a hold, a void, a reprint's
    leave): the command, the parcel as it stands after it, who signed and why, and the papers
    it calls for at this station's printer (the tag of a held or deferred box, the reprinted
    label, the new labels of the parcels it superseded)."""

    command: StationCommand
    view: ParcelView
    by: str
    reason: str
    papers: tuple[Paper, ...] = ()


@dataclass(frozen=True)
class StationOutcome:
    """What the station shows after one scan (or command): the state it keeps, the message
    line and its tone, the sounds, the history lines to add (oldest first), the banner, the
    parcel on the bench, and what it does next (a prompt, a paper to print).

    The answer to a supervisor's signature (``dispatch.signed``) is one too: a refusal that
    asks again (``ask`` is ``Ask.SUPERVISOR`` still: the prompt stays, ``access_refused`` when
    the name, the PIN or the role was refused), else the prompt's end, ``signed_by``, and the
    short close's verdict (``closed``) or the decision (``decision``)."""

    state: StationState
    message: Text | None = None  # None: the message line as it was
    tone: Tone = Tone.PLAIN
    alerts: tuple[Alert, ...] = ()
    history: tuple[HistoryLine, ...] = ()
    new_history: bool = False  # a parcel opened: its history begins afresh
    undone: bool = False  # the newest item line of the history was taken out again
    banner: Banner = Banner.KEEP
    bench: Bench | None = None  # the open parcel as it stands after the scan
    refused: Text | None = None  # Banner.REFUSED: why, across the banner
    missing: tuple[LineProgress, ...] = ()  # Banner.SHORT: the lines still missing items
    closed: Closing | None = None  # Banner.VERDICT
    opened: bool = False  # a parcel opened (or resumed) for an order
    ask: Ask | None = None
    command: StationCommand | None = None  # Ask.SUPERVISOR: what the supervisor signs for
    word: str = ""  # the command as scanned or keyed (CMD-HOLD), for the prompt's refusals
    count_lines: tuple[tuple[int, str, int], ...] = ()  # Ask.COUNT: (line, description, left)
    paper: HoldTag | None = None  # print this paper for the parcel on the screen now
    administrator_needed: bool = False  # a supervisor's command, and no user yet
    decision: Decision | None = None  # Banner.DECIDED
    signed_by: str = ""  # the supervisor who signed (the prompt offers them again)
    access_refused: bool = False  # Ask.SUPERVISOR again: the name, PIN or role was refused

    @property
    def refusal(self) -> bool:
        return self.tone == Tone.REFUSED
