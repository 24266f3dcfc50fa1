"""What one scan at the packing station is: one of the station's commands, or a code (an order's
pick ticket, an item's barcode or SKU), told from the scanner's text alone."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from s321_desk.domain.codes import StationCommand
from s321_desk.domain.texts import Text, translate

# The command sheet's barcodes (and the station's keys), each to its command.
# CMD-SHORT confirms a short close: a scan of the sheet, never a key a packer presses by habit.
COMMANDS = {command.barcode: command for command in StationCommand}
# The longest SKU: Shopify's limit for a variant's SKU (255 characters). Stores write SKUs as
# they like (`1008V72205_VELVET CAFÉ_36`: spaces, accents): any printable text is one.
MAX_SKU = 255
# The longest code that can name anything: a SKU (an order's name is kept in 64 characters, a
# UPC/EAN has 14 digits at most). A longer scan (a paste, a misread) is not a code.
MAX_CODE = MAX_SKU
# Characters no barcode or keyboard scan carries inside a code: control characters (NUL, line
# breaks, escapes), Unicode's line and paragraph separators, and lone surrogates, which no store
# can even encode (PostgreSQL refuses a NUL too).
_NOT_IN_A_CODE = frozenset({"Cc", "Zl", "Zp", "Cs"})


# A refusal quotes at most this much of a scan.
_QUOTED = 40


class NotACode(ValueError):
    """The scan cannot be a code; the message (``text``) says why."""

    def __init__(self, text: Text) -> None:
        super().__init__(text)
        self.text = text

    def __str__(self) -> str:
        return str(self.text)


@dataclass(frozen=True)
class Scan:
    """A scan without the whitespace a scanner sends around it."""

    text: str
    command: StationCommand | None = None  # None for a code


def read_scan(raw: str) -> Scan | None:
    """The scan ``raw`` is, None for whitespace alone; raises NotACode.

    A command is its word in ASCII, in any case: ``cmd-close`` is one, but ``cmd-clo\u017fe`` (a
    long s, which Python upper-cases to S) is not."""
    text = raw.strip()
    if not text:
        return None
    if text.isascii() and text.upper() in COMMANDS:
        word = text.upper()
        return Scan(word, COMMANDS[word])
    return Scan(code_of(text))


def code_of(raw: str) -> str:
    """The code a scan gives (its surrounding whitespace dropped, inner spaces kept, in Unicode's
    composed form, as the imports keep SKUs); raises NotACode when it cannot be an order's
    name, a SKU or a barcode."""
    text = unicodedata.normalize("NFC", raw.strip())
    if not text:
        raise NotACode(translate("Scanning", "nothing scanned"))
    if len(text) > MAX_CODE:
        raise NotACode(
            translate(
                "Scanning", "too long to be a code ({length} characters, at most {most})"
            ).format(length=f"{len(text):,}", most=MAX_CODE)
        )
    for position, character in enumerate(text, 1):
        if unicodedata.category(character) in _NOT_IN_A_CODE:
            raise NotACode(
                translate(
                    "Scanning", "not a code (character {character} at position {position})"
                ).format(character=f"U+{ord(character):04X}", position=position)
            )
    return text


def parse_sku(raw: str) -> str:
    """A SKU as a store writes it, to be matched exactly as scanned: printable text (spaces and
    accents included) of at most ``MAX_SKU`` characters, without spaces around it, in Unicode's
    composed form (an accent typed as a separate mark is the same SKU); raises ValueError."""
    text = raw.strip()
    if text.isascii() and text.isprintable() and len(text) <= MAX_SKU:
        return text  # most SKUs: nothing to compose, nothing to refuse
    text = unicodedata.normalize("NFC", text)
    if len(text) > MAX_SKU:
        raise ValueError(
            translate(
                "Scanning", "too long for a SKU ({length} characters, at most {most})"
            ).format(length=f"{len(text):,}", most=MAX_SKU)
        )
    for position, character in enumerate(text, 1):
        if not character.isprintable():
            raise ValueError(
                translate(
                    "Scanning",
                    "{text} is not printable text (character {character} at position "
                    "{position}): a SKU is what its label shows",
                ).format(text=quoted(text), character=f"U+{ord(character):04X}", position=position)
            )
    return text


def quoted(raw: str) -> str:
    """A scan as a refusal shows it: escaped (a control character as ``\\x00``) and cut short."""
    return repr(raw[:_QUOTED]) + ("..." if len(raw) > _QUOTED else "")
