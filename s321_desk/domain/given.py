"""A text a person gives the desk or the command line and the store keeps (a user's name, a
station's name, a rate's source, a reason...), checked where it is given, with the rule the
imports read their cells with: no control character (a bell, an escape sequence) and no
invisible format character (zero-width space U+200B, soft hyphen U+00AD, word joiner U+2060,
a BOM U+FEFF inside a text...), which would reach the papers, the audit trail and a person's
identity unseen; and no longer than the store's column keeps. The place is named: the field,
the character and where it is, or the limit.

The zero-width joiner (U+200D) stays, as in the imports: emoji are made with it. A one-line
field (a name) refuses line breaks and tabs too; a reason may have several lines.
"""

from __future__ import annotations

import unicodedata

from s321_desk.domain.texts import QT_TRANSLATE_NOOP, Text, translate

# What a cell of an imported file may hold that is of category Cc or Cf (its own line breaks,
# a tab, the zero-width joiner of emoji).
ALLOWED_IN_LINES = frozenset("\t\n\r\u200d")
ALLOWED_IN_ONE_LINE = frozenset("\u200d")

# The fields as the messages name them (the services' words for them; the command line adds
# its own flag, cli.py FLAGS). A field not listed is named as it is given.
FIELDS = {
    "name": QT_TRANSLATE_NOOP("Given", "name"),
    "badge": QT_TRANSLATE_NOOP("Given", "badge"),
    "station": QT_TRANSLATE_NOOP("Given", "station"),
    "source": QT_TRANSLATE_NOOP("Given", "source"),
    "reason": QT_TRANSLATE_NOOP("Given", "reason"),
    "description": QT_TRANSLATE_NOOP("Given", "description"),
}


def hidden_character(text: str, allowed: frozenset[str] = ALLOWED_IN_LINES) -> tuple[int, str]:
    """The first control or invisible format character of ``text`` not in ``allowed``, and
    its place (1-based); (0, "") when there is none."""
    if text.isascii() and text.isprintable():  # most texts are, at C speed
        return 0, ""
    for index, char in enumerate(text):
        if char not in allowed and unicodedata.category(char) in ("Cc", "Cf"):
            return index + 1, char
    return 0, ""


def character_name(char: str) -> str:
    """``U+00AD SOFT HYPHEN``: a character as a message names it."""
    return f"U+{ord(char):04X} {unicodedata.name(char, 'CONTROL')}"


def field_word(field: str | Text) -> str | Text:
    """A field as the messages name it: its word in the desk's language where it has one."""
    if isinstance(field, Text) or field not in FIELDS:
        return field
    return Text("Given", FIELDS[field])


def given_text(
    text: str, field: str | Text, limit: int, *, lines: bool = False, required: bool = False
) -> str:
    """``text`` without the spaces around it, checked: a ValueError whose argument is a Text
    naming ``field`` for a control or format character (and, unless ``lines``, a line break
    or a tab), for more than ``limit`` characters, or for nothing when ``required``."""
    value = text.strip()
    name = field_word(field)
    if required and not value:
        raise ValueError(translate("Given", "{field}: required").format(field=name))
    place, char = hidden_character(value, ALLOWED_IN_LINES if lines else ALLOWED_IN_ONE_LINE)
    if place:
        raise ValueError(
            translate(
                "Given",
                "{field}: an invisible or control character ({character}) at character "
                "{position}: remove it",
            ).format(field=name, character=character_name(char), position=place)
        )
    if len(value) > limit:
        raise ValueError(
            translate("Given", "{field}: too long ({length} characters, at most {most})").format(
                field=name, length=f"{len(value):,}", most=f"{limit:,}"
            )
        )
    return value
