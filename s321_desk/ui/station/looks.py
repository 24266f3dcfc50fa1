"""How the packing station shows a verdict: each look (word, colours, sound, next step), what
each route means, and the verdict's codes as sentences, most pressing first."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from s321_desk.domain.codes import ParcelStatus, Route, Severity, StationCommand
from s321_desk.services.judging.sealed import Raised
from s321_desk.services.lookup.parcel_views import ParcelView
from s321_desk.ui.kit.words import QT_TRANSLATE_NOOP
from s321_desk.ui.station.sounds import Sound
from s321_desk.ui.station.widgets import Look

# The station's commands (domain/codes.py StationCommand): each one's keys, and its word in the
# menu and the messages.
KEYS: dict[StationCommand, tuple[str, ...]] = {
    StationCommand.CLOSE: ("F12",),
    StationCommand.UNDO: ("F9", "Ctrl+Z"),
    StationCommand.HOLD: ("F6",),
    StationCommand.REPRINT: ("F7",),
    StationCommand.VOID: ("F8",),
    StationCommand.COUNT: ("F10",),
    StationCommand.SHORT: (),  # a scan only: a confirmation
}
COMMAND_WORDS: dict[StationCommand, str] = {
    StationCommand.CLOSE: QT_TRANSLATE_NOOP("PackingStation", "Close"),
    StationCommand.UNDO: QT_TRANSLATE_NOOP("PackingStation", "Undo"),
    StationCommand.HOLD: QT_TRANSLATE_NOOP("PackingStation", "Hold"),
    StationCommand.REPRINT: QT_TRANSLATE_NOOP("PackingStation", "Reprint"),
    StationCommand.VOID: QT_TRANSLATE_NOOP("PackingStation", "Void"),
    StationCommand.COUNT: QT_TRANSLATE_NOOP("PackingStation", "Count"),
    StationCommand.SHORT: QT_TRANSLATE_NOOP("PackingStation", "Close short"),
}
# What each route means, in English; ``route_words`` says it in the desk's language.
ROUTE_WORDS: dict[str, str] = {
    Route.S321_MANIFEST: QT_TRANSLATE_NOOP("PackingStation", "de minimis, on the e-manifest"),
    Route.ET86: QT_TRANSLATE_NOOP("PackingStation", "de minimis with agency data"),
    Route.T11: QT_TRANSLATE_NOOP("PackingStation", "informal entry by a broker"),
    Route.T01: QT_TRANSLATE_NOOP("PackingStation", "formal entry by a broker"),
    Route.T03: QT_TRANSLATE_NOOP("PackingStation", "formal entry, anti-dumping duty"),
    Route.HOLD: QT_TRANSLATE_NOOP("PackingStation", "cannot ship until fixed"),
}
# The codes in the order a packer needs them: what stops the parcel, what to look at, why the
# route is what it is, the rest.
SENTENCE_ORDER = {Severity.HOLD: 0, Severity.WARN: 1, Severity.ROUTE: 2, Severity.INFO: 3}
SENTENCE_PREFIX = {
    Severity.HOLD: QT_TRANSLATE_NOOP("PackingStation", "HOLD: "),
    Severity.WARN: QT_TRANSLATE_NOOP("PackingStation", "CHECK: "),
}
RED, WHITE, BLACK = "#b00020", "#ffffff", "#000000"
# The words are codes too (the signals carry them); ``Look.shown_word`` is what the screen says.
READY = Look(
    QT_TRANSLATE_NOOP("Look", "READY"),
    "#263238",
    WHITE,
    None,
    QT_TRANSLATE_NOOP("Look", "Scan an order's pick ticket."),
)
PACKING = Look(
    QT_TRANSLATE_NOOP("Look", "PACKING"),
    "#0d47a1",
    WHITE,
    None,
    QT_TRANSLATE_NOOP("Look", "Scan each item, then close it (F12)."),
)
OK = Look(
    QT_TRANSLATE_NOOP("Look", "OK"),
    "#1b5e20",
    WHITE,
    Sound.OK,
    QT_TRANSLATE_NOOP("Look", "Put the label on: it ships."),
)
CHECK = Look(
    QT_TRANSLATE_NOOP("Look", "CHECK"),
    "#ffb300",
    BLACK,
    Sound.CHECK,
    QT_TRANSLATE_NOOP("Look", "Set it aside: a supervisor decides."),
)
HOLD = Look(
    QT_TRANSLATE_NOOP("Look", "HOLD"),
    RED,
    WHITE,
    Sound.HOLD,
    QT_TRANSLATE_NOOP("Look", "Do not ship: set it aside, held."),
)
# A refused item scan (wrong item, over-pick, unknown barcode): the whole banner, until the
# next good scan, as a barcode app at a packing bench does.
REFUSED = Look(
    QT_TRANSLATE_NOOP("Look", "REFUSED"),
    RED,
    WHITE,
    None,
    QT_TRANSLATE_NOOP("Look", "Take it out; scan the right item."),
)
# F12 on a parcel with items missing: nothing closed until it is confirmed.
SHORT = Look(
    QT_TRANSLATE_NOOP("Look", "SHORT"),
    "#ffb300",
    BLACK,
    Sound.CHECK,
    QT_TRANSLATE_NOOP(
        "Look",
        "Scan the missing items, or scan CMD-SHORT to close it "
        "short, or F12 again for a supervisor.",
    ),
)
VOID = Look(
    QT_TRANSLATE_NOOP("Look", "VOID"),
    "#424242",
    WHITE,
    None,
    QT_TRANSLATE_NOOP("Look", "Unpack it: its items count as unpacked."),
)
# The message line's looks: a refusal, in red; something to look at (dangerous goods, a
# relabel), in amber, nothing refused.
REFUSED_LOOK = f"background: {RED}; color: {WHITE}"
LOOK_AT = f"background: {CHECK.background}; color: {BLACK}"


def route_words(route: str | None) -> str:
    """What a route means, in the desk's language (empty for a route it does not know)."""
    words = ROUTE_WORDS.get(route or "")
    return QCoreApplication.translate("PackingStation", words) if words else ""


def verdict_look(view: ParcelView) -> Look:
    """held -> HOLD (red); voided -> VOID (grey); needs a decision -> CHECK (amber); else OK."""
    if view.status == ParcelStatus.HELD:
        return HOLD
    if view.status == ParcelStatus.VOIDED:
        return VOID
    return CHECK if view.needs_decision else OK


def sentences(codes: Iterable[dict[str, str]]) -> list[str]:
    """The verdict's codes as sentences, in ``SENTENCE_ORDER``."""
    ordered = sorted(codes, key=lambda code: SENTENCE_ORDER[Severity(code["severity"])])
    return [prefix(Severity(code["severity"])) + code["message"] for code in ordered]


def prefix(severity: Severity) -> str:
    """``HOLD: `` before what stops the parcel, ``CHECK: `` before what to look at, a bullet
    before the rest."""
    prefix = SENTENCE_PREFIX.get(severity)
    return QCoreApplication.translate("PackingStation", prefix) if prefix else "• "


def verdict_sentences(
    view: ParcelView, others: Iterable[ParcelView], sealed: Iterable[Raised] = ()
) -> list[str]:
    """What the banner says under a closed parcel's verdict: its codes as sentences, then each
    parcel judged again with it, then each parcel on a sealed truck it would have changed."""
    translate = QCoreApplication.translate
    judged = translate(
        "PackingStation",
        "Parcel {parcel} (order {order}) was judged again with this one: now {verdict}.",
    )
    crossed = translate(
        "PackingStation",
        "Parcel {parcel} on sealed truck {trip} crossed as filed ({filed}); this one would make "
        "it {judged}: a supervisor is told.",
    )
    return (
        sentences(view.codes)
        + [
            judged.format(
                parcel=other.parcel_id, order=other.order, verdict=verdict_look(other).shown_word()
            )
            for other in others
        ]
        + [
            crossed.format(
                parcel=s.parcel_id, trip=s.trip, filed=s.filed_route, judged=s.judged_route
            )
            for s in sealed
        ]
    )
