"""The words the desk shows for stored codes and dates, in its language: a parcel's status, how
two parcels relate, a decision's action, a day of the week (strftime's ``%a`` is English only).

The codes stay as they are in the store and the audit trail; only what is shown is translated.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QLocale


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for the catalogue under ``context`` (pyside6-lupdate looks for this name)
    and returns it as it is, to be translated where it is shown: Qt's own marker, typed as the
    ``str`` it returns (PySide6 declares ``object``)."""
    return text


# Monday first, as ``date.weekday()`` counts.
SHORT_DAYS = (
    QT_TRANSLATE_NOOP("Words", "Mon"),
    QT_TRANSLATE_NOOP("Words", "Tue"),
    QT_TRANSLATE_NOOP("Words", "Wed"),
    QT_TRANSLATE_NOOP("Words", "Thu"),
    QT_TRANSLATE_NOOP("Words", "Fri"),
    QT_TRANSLATE_NOOP("Words", "Sat"),
    QT_TRANSLATE_NOOP("Words", "Sun"),
)
# The codes ``word`` knows, so that the catalogue holds them: a parcel's status, how another
# parcel relates to it (services.supervision.conflicts, domain.recipients), a supervisor's
# action, what a search matched (services.lookup.history).
CODES = (
    QT_TRANSLATE_NOOP("Words", "open"),
    QT_TRANSLATE_NOOP("Words", "closed"),
    QT_TRANSLATE_NOOP("Words", "held"),
    QT_TRANSLATE_NOOP("Words", "loaded"),
    QT_TRANSLATE_NOOP("Words", "voided"),
    QT_TRANSLATE_NOOP("Words", "this parcel"),
    QT_TRANSLATE_NOOP("Words", "same order"),
    QT_TRANSLATE_NOOP("Words", "same person"),
    QT_TRANSLATE_NOOP("Words", "same person, name variant"),
    QT_TRANSLATE_NOOP("Words", "same address, other person"),
    QT_TRANSLATE_NOOP("Words", "unrelated"),
    QT_TRANSLATE_NOOP("Words", "accept-route"),
    QT_TRANSLATE_NOOP("Words", "acknowledge"),
    QT_TRANSLATE_NOOP("Words", "defer"),
    QT_TRANSLATE_NOOP("Words", "consolidate"),
    QT_TRANSLATE_NOOP("Words", "split"),
    QT_TRANSLATE_NOOP("Words", "hold"),
    QT_TRANSLATE_NOOP("Words", "release"),
    QT_TRANSLATE_NOOP("Words", "void"),
    QT_TRANSLATE_NOOP("Words", "reprint"),
    QT_TRANSLATE_NOOP("Words", "parcel id"),  # what a search found a parcel by (history)
    QT_TRANSLATE_NOOP("Words", "order"),
    QT_TRANSLATE_NOOP("Words", "name"),
    # The rule data's regimes (RULES.md), shown in the status bar as the desk's words.
    QT_TRANSLATE_NOOP("Words", "ACTIVE"),
    QT_TRANSLATE_NOOP("Words", "SUSPENDED"),
    QT_TRANSLATE_NOOP("Words", "REPEALED"),
)


def word(code: str) -> str:
    """A stored code in the desk's language (``word("held") == "retenu"`` in French); a code
    the catalogue does not know is shown as it is."""
    return QCoreApplication.translate("Words", code)


def short_day(day: date) -> str:
    """``short_day(date(2024, 6, 10)) == "Mon"`` ("lun." in French); a datetime is a date too."""
    return QCoreApplication.translate("Words", SHORT_DAYS[day.weekday()])


def day_and_time(instant: datetime) -> str:
    """``Mon 13:20``: ``%a %H:%M`` in the desk's language."""
    return f"{short_day(instant)} {instant:%H:%M}"


def day_and_date(day: date) -> str:
    """``Mon 2024-06-10``: ``%a %Y-%m-%d`` in the desk's language."""
    return f"{short_day(day)} {day:%Y-%m-%d}"


def desk_locale() -> QLocale:
    """The locale of the desk's language, for Qt's own widgets that write day names (a
    QDateTimeEdit's ``ddd``); numbers and dates keep the desk's formats."""
    return QLocale(QCoreApplication.translate("Words", "en_CA", "the QLocale name of the language"))
