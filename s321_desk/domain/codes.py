"""The desk's codes: exact strings kept in the store, files and command line (a ``StrEnum``
member is its string), the engine's severities and routes; the finding codes are in findings.py."""

from __future__ import annotations

from enum import StrEnum
from typing import Final


class Severity(StrEnum):
    HOLD = "hold"  # blocks the parcel
    ROUTE = "route"  # explains why the route is what it is
    WARN = "warn"  # a person looks (and, for some codes, acknowledges)
    INFO = "info"  # for the record only


SEVERITY_ORDER = {Severity.HOLD: 0, Severity.ROUTE: 1, Severity.WARN: 2, Severity.INFO: 3}


class Route(StrEnum):
    S321_MANIFEST = "S321_MANIFEST"  # release from the truck e-manifest (de minimis)
    ET86 = "ET86"  # Entry Type 86: de minimis with agency-regulated goods
    T11 = "T11"  # informal entry
    T01 = "T01"  # formal entry
    T03 = "T03"  # formal entry, antidumping/countervailing duty goods
    HOLD = "HOLD"  # cannot ship until someone fixes it


DE_MINIMIS_ROUTES = frozenset({Route.S321_MANIFEST, Route.ET86})


class Regime(StrEnum):
    """The law in force on a crossing date (RULES.md section 1; resources/rules/regimes.json)."""

    ACTIVE = "ACTIVE"  # de minimis: $800 per person per day
    SUSPENDED = "SUSPENDED"  # no de minimis for any origin
    REPEALED = "REPEALED"  # repealed for commercial shipments


class ParcelStatus(StrEnum):
    """Where a parcel is in its life (the store's ``parcel.status``)."""

    OPEN = "open"  # on a bench, being packed
    CLOSED = "closed"  # packed and judged: it may go on a truck
    HELD = "held"  # packed, and its verdict holds it (a supervisor's hold is ``manual_hold``)
    LOADED = "loaded"  # scanned onto a truck
    VOIDED = "voided"  # unpacked: its items count as not packed


# A parcel that was packed and not voided: it has a verdict and, unless held, a label. (Tuples:
# a query's IN lists them in this order.)
PACKED = (ParcelStatus.CLOSED, ParcelStatus.HELD, ParcelStatus.LOADED)
# A packed parcel not on a truck yet: it waits for one (a held one until it is released).
PACKED_NOT_LOADED = (ParcelStatus.CLOSED, ParcelStatus.HELD)
# A packed parcel whose label may be printed: closed, or already on a truck.
PRINTABLE = (ParcelStatus.CLOSED, ParcelStatus.LOADED)


class LoadStatus(StrEnum):
    """A truck load (the store's ``load.status``): open while parcels go on, closed once sealed."""

    OPEN = "open"
    SEALED = "closed"  # sealed: it crossed (or will) as filed


class DecisionAction(StrEnum):
    """What a supervisor may decide for a parcel (services' ``decide``, the audit trail)."""

    ACCEPT_ROUTE = "accept-route"
    ACKNOWLEDGE = "acknowledge"
    DEFER = "defer"
    CONSOLIDATE = "consolidate"
    SPLIT = "split"
    HOLD = "hold"
    RELEASE = "release"
    VOID = "void"
    REPRINT = "reprint"


class PrinterKind(StrEnum):
    """Where a station's labels or papers go (the ``stations`` setting's ``kind``)."""

    FILE = "file"  # PDF files in the data folder
    DIALOG = "dialog"  # the print dialog, each time
    PDF_CUPS = "pdf-cups"  # a PDF to a CUPS queue
    ZPL_CUPS = "zpl-cups"  # ZPL raw to a CUPS raw queue
    ZPL_SOCKET = "zpl-socket"  # ZPL raw to a thermal printer's port (9100)


ZPL_PRINTERS = frozenset({PrinterKind.ZPL_CUPS, PrinterKind.ZPL_SOCKET})
CUPS_PRINTERS = frozenset({PrinterKind.PDF_CUPS, PrinterKind.ZPL_CUPS})


class PaperFormat(StrEnum):
    """What a label or a hold tag is written as."""

    PDF = "pdf"
    ZPL = "zpl"


class StationCommand(StrEnum):
    """A packing station's commands: each one a barcode of the command sheet (``CMD-CLOSE``)
    and, but for a short close's confirmation, a key of the station."""

    CLOSE = "close"
    UNDO = "undo"
    HOLD = "hold"  # a supervisor holds the parcel on the screen (or the open one)
    REPRINT = "reprint"  # a supervisor has its label printed again
    VOID = "void"  # a supervisor voids it: its items count as not packed
    COUNT = "count"  # a supervisor counts in a line with nothing to scan
    SHORT = "short"  # confirms a short close: a scan of the sheet, never a key

    @property
    def barcode(self) -> str:
        """What the command sheet's barcode reads: ``CMD-CLOSE``."""
        return f"CMD-{self.value.upper()}"


class HoldTag(StrEnum):
    """The tag on a box that must not ship (yet), never a label: what it says across it."""

    HOLD = "HOLD"  # held: by the engine's verdict or a supervisor
    DEFERRED = "DEFERRED"  # put off to a later crossing day by a supervisor


# What a station prints for a box that may ship: its label (one that must not gets its HoldTag).
LABEL: Final = "label"
