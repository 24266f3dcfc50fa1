"""One person: who a parcel is for, and when two recipients are the same person (RULES.md s5)."""

from __future__ import annotations

import enum
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from s321_desk.domain.usps import STATE_CODES, STREET_WORDS, UNIT_DESIGNATORS


@dataclass(frozen=True, slots=True)
class Recipient:
    name: str
    address1: str
    address2: str = ""
    city: str = ""
    state: str = ""
    postal_code: str = ""
    country: str = "US"


class Relation(enum.Enum):
    """How two recipients relate; each kind says which code (if any) the engine raises."""

    SAME_PERSON = "same person"  # equal addresses, names equal beyond case/punctuation/spacing
    SAME_PERSON_NAME_VARIANT = "same person, name variant"  # merged -> RECIPIENT_NAME_VARIANT
    SAME_ADDRESS_OTHER_PERSON = "same address, other person"  # SAME_ADDRESS_DIFFERENT_RECIPIENT
    UNRELATED = "unrelated"  # includes the same name at a different address


# --- Text folding --------------------------------------------------------------------------

# Latin letters NFKD does not decompose, spelled the way they are written without the accent
# (Søren -> SOREN, Æbelø -> AEBELO). Upper-case only: folding upper-cases first.
_UNDECOMPOSED = str.maketrans(
    {"Ø": "O", "Æ": "AE", "Œ": "OE", "Đ": "D", "Ð": "D", "Ł": "L", "Þ": "TH", "Ħ": "H", "ẞ": "SS"}
)
# Apostrophe, grave, acute accent, left and right single quotation marks, modifier apostrophe.
_APOSTROPHES = "'`\u00b4\u2018\u2019\u02bc"


def _fold(text: str) -> str:
    """Upper-case, accents folded to their ASCII letter (NFKD, combining marks dropped).

    Upper-casing comes first because it can itself make letters with accents (U+0390, a Greek
    iota with two accents, upper-cases to three code points); a last upper() catches letters
    that NFKD gives in lower case (U+00AA, the feminine ordinal, becomes "a").
    Letters of other scripts (Cyrillic, Han, Arabic, ...) stay as they are.
    """
    if text.isascii():
        return text.upper()
    # Repeated to a fixed point: NFKD can itself yield a letter the table folds further
    # (U+10783 decomposes to "æ", which upper-cases to "Æ" -> "AE"), and the key must be
    # idempotent. Two or three passes settle any text.
    for _ in range(4):
        folded = unicodedata.normalize("NFKD", text.upper().translate(_UNDECOMPOSED))
        folded = "".join(c for c in folded if not unicodedata.combining(c)).upper()
        if folded == text:
            break
        text = folded
    return text


# --- Addresses -----------------------------------------------------------------------------

_DROP_APOSTROPHES = str.maketrans(dict.fromkeys(_APOSTROPHES, None))
_NOT_WORD = re.compile(r"[\W_]+")  # punctuation and spacing; '\w' is letters and digits here
_NOT_WORD_OR_NUMBER_SIGN = re.compile(r"[^\w#]+|_+")
# A unit designator glued to its number ("APT4B", "SUITE210", "FL3"): split it off.
_GLUED_DESIGNATOR = re.compile(
    r"\b(?:" + "|".join(sorted(UNIT_DESIGNATORS, key=len, reverse=True)) + r")(?=[0-9])"
)
# After these a '#' adds nothing ("STE #210" is "STE 210", "PO BOX #7" is "PO BOX 7").
_NUMBER_SIGN_SILENT_AFTER = frozenset(UNIT_DESIGNATORS.values()) | {"BOX"}
_COMPOUND_DIRECTIONS = {"N": ("E", "W"), "S": ("E", "W")}
# USPS city names spell these out (SAINT PAUL, FORT WORTH, MOUNT VERNON, SAINTE GENEVIEVE).
_CITY_WORDS = {"ST": "SAINT", "STE": "SAINTE", "FT": "FORT", "MT": "MOUNT"}
_US_ZIP = re.compile(r"[0-9]{5}(?:[0-9]{4})?")
_ZIP_LOST_ZERO = re.compile(r"[0-9]{3,4}")
_US_NAMES = frozenset({"US", "USA", "UNITEDSTATES", "UNITEDSTATESOFAMERICA"})
_SEPARATOR = "|"  # cannot occur inside a part: every part is letters, digits and spaces


def _words(text: str) -> list[str]:
    """Folded words: apostrophes removed (O'NEIL -> ONEIL), other punctuation separates."""
    return _NOT_WORD.sub(" ", _fold(text).translate(_DROP_APOSTROPHES)).split()


def street_line(address1: str, address2: str = "") -> str:
    """address1 and address2 as one canonical street line (Publication 28 abbreviations).

    Every word goes through the suffix (C1), directional and unit designator (C2) tables, so
    "123 Maple Street, Apt. 4B", "123 MAPLE ST" + "APT 4B" and "123 Maple St #4B" are all
    "123 MAPLE ST APT 4B". A '#' is the designator APT, unless it follows a designator (or BOX)
    where it adds nothing. A designator glued to its number is split ("Ste210" -> "STE 210").
    "N E" (from "N.E.") is "NE"; "P O BOX" and "POST OFFICE BOX" are "PO BOX".
    Applying the tables to every word, not only the last, can merge "North St" with "N St" or
    "Front St" with "FRNT St": a merge is always the lawful side (RULES.md s5).
    """
    text = _fold(f"{address1} {address2}").translate(_DROP_APOSTROPHES)
    text = _NOT_WORD_OR_NUMBER_SIGN.sub(" ", text).replace("#", " # ")
    text = _GLUED_DESIGNATOR.sub(r"\g<0> ", text)
    words: list[str] = []
    for word in text.split():
        if word == "#":
            if not words or words[-1] not in _NUMBER_SIGN_SILENT_AFTER:
                words.append("APT")
            continue
        word = STREET_WORDS.get(word, word)
        if words and word in _COMPOUND_DIRECTIONS.get(words[-1], ()):
            words[-1] += word
        elif word == "BOX" and words[-2:] in (["P", "O"], ["POST", "OFC"]):
            words[-2:] = ["PO", "BOX"]
        else:
            words.append(word)
    return " ".join(words)


def postal_code_key(postal_code: str, country: str = "US") -> str:
    """ZIP+4 -> ZIP5; a US ZIP that lost its leading zero in a spreadsheet gets it back.

    Anything else (a Canadian postal code, a typo) is kept as its letters and digits, upper-case
    and without spaces, so "k1a 0b1" and "K1A0B1" are one key.
    """
    compact = "".join(_words(postal_code))
    if _US_ZIP.fullmatch(compact):
        return compact[:5]
    if country == "US" and _ZIP_LOST_ZERO.fullmatch(compact):
        return compact.zfill(5)
    return compact


def country_key(country: str) -> str:
    """Upper-case letters; empty is "US"; USA, U.S.A. and United States (of America) are US."""
    compact = "".join(_words(country)) or "US"
    return "US" if compact in _US_NAMES else compact


def state_key(state: str) -> str:
    """A two-letter code upper-cased; a US state or territory name becomes its USPS code.

    Spaces and punctuation go ("N.Y." -> "NY", "new  york" -> "NY"). Names are looked up
    whatever the country: no other country's province is spelled like a US state.
    """
    compact = "".join(_words(state))
    return STATE_CODES.get(compact, compact)


def city_key(city: str) -> str:
    """Upper-case words, accents folded; ST/STE/FT/MT spelled out as USPS spells city names."""
    return " ".join(_CITY_WORDS.get(word, word) for word in _words(city))


@lru_cache(maxsize=4096)  # bounded: the parcels of a few trucks; evicts least recently used
def canonical_address(recipient: Recipient) -> str:
    """The key the store indexes: "STREET LINE|CITY|STATE|ZIP5|COUNTRY".

    Blind to case, accents, spacing and punctuation; idempotent: a Recipient built from the
    parts of a key (street line as address1, no address2) has the same key.
    The name is not part of it (two people can share an address).
    """
    country = country_key(recipient.country)
    return _SEPARATOR.join(
        (
            street_line(recipient.address1, recipient.address2),
            city_key(recipient.city),
            state_key(recipient.state),
            postal_code_key(recipient.postal_code, country),
            country,
        )
    )


# --- Names ---------------------------------------------------------------------------------

# ASCII: letters upper-cased, whitespace kept as the token separator, everything else removed.
_ASCII_NAME = str.maketrans(
    {
        **{chr(i): None for i in range(128) if not chr(i).isalpha()},
        **{c: " " for c in " \t\n\r\x0b\x0c"},
    }
)
# Courtesy titles before a name and generational suffixes after it say nothing about who the
# person is; RULES.md's own example of a wrong merge a supervisor splits is Sr./Jr.
_TITLES = frozenset({"MR", "MRS", "MS", "MISS", "MX", "DR", "MME", "MLLE"})
_SUFFIXES = frozenset({"JR", "SR", "II", "III", "IV", "ESQ"})


def _name_letters(name: str) -> str:
    """Upper-case, accents folded, letters and whitespace only (punctuation removed)."""
    if name.isascii():
        return name.upper().translate(_ASCII_NAME)
    return "".join(c if c.isalpha() else " " if c.isspace() else "" for c in _fold(name))


def name_tokens(name: str) -> tuple[str, ...]:
    """Upper-case, letters only, one-letter tokens (middle initials) dropped.

    Punctuation is removed, not turned into a space: "Al-Rashid" is ALRASHID, "Marie-Ève" is
    MARIEEVE, "O'Neil" is ONEIL; whitespace separates tokens. A one-letter token is dropped
    only if its letter has case (Latin, Greek, Cyrillic: an initial); a lone Han or Hangul
    character is a name, not an initial.
    """
    return _tokens(_name_letters(name))


def _tokens(letters: str) -> tuple[str, ...]:
    return tuple(token for token in letters.split() if len(token) > 1 or token.lower() == token)


def _person(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """The tokens without courtesy titles in front and generational suffixes behind."""
    start, end = 0, len(tokens)
    while end - start > 1 and tokens[end - 1] in _SUFFIXES:
        end -= 1
    while end - start > 1 and tokens[start] in _TITLES:
        start += 1
    return tokens[start:end]


def names_match(a: str, b: str) -> bool:
    """Whether two names are taken as one person's (at one address).

    They match when their tokens are equal, or the surnames (last tokens) are equal and the
    first names (first tokens) within edit distance 1, or the first names are equal and the
    surnames within edit distance 1. Middle names are not compared. A single-token name is
    both first name and surname, so it only matches a name equal to it. An empty name (after
    cleaning) matches only another empty name.
    Where RULES.md is silent, this errs toward merging (always lawful):
    - names whose letters are equal once accents are folded and spacing ignored match
      ("Mary Ann Smith" / "Maryann Smith", "John Smith" / "JohnSmith");
    - courtesy titles (MR, MRS, MS, DR, ...) in front and generational suffixes (JR, SR, II,
      III, IV, ESQ) behind are left out, unless nothing else is left: "John Smith Jr." matches
      "John Smith", and "John Smith Sr." matches "John Smith Jr." (a supervisor splits them).
    Not handled: "Smith, John" against "John Smith" (word order), nicknames (Bob/Robert).
    """
    letters_a, letters_b = _name_letters(a), _name_letters(b)
    if letters_a.replace(" ", "") == letters_b.replace(" ", ""):
        return True
    tokens_a, tokens_b = _person(_tokens(letters_a)), _person(_tokens(letters_b))
    if tokens_a == tokens_b:
        return True
    if not tokens_a or not tokens_b:
        return False
    first_a, last_a, first_b, last_b = tokens_a[0], tokens_a[-1], tokens_b[0], tokens_b[-1]
    return (last_a == last_b and edit_distance_at_most_one(first_a, first_b)) or (
        first_a == first_b and edit_distance_at_most_one(last_a, last_b)
    )


# ASCII: lower-case letters only (for ASCII, case-folding is lower-casing).
_ASCII_LETTERS = str.maketrans(dict.fromkeys(chr(i) for i in range(128) if not chr(i).isalpha()))


def _variant_key(name: str) -> str:
    if name.isascii():
        return name.lower().translate(_ASCII_LETTERS)
    return "".join(c for c in unicodedata.normalize("NFC", name).casefold() if c.isalpha())


def is_name_variant(a: str, b: str) -> bool:
    """Whether the raw names differ beyond case, punctuation and spacing.

    Compared case-folded with every non-letter removed: "MARIE-EVE TREMBLAY" and "Marie-Eve
    Tremblay" are not variants; "John A. Smith" and "JOHN SMITH" are (the initial), "Jon" and
    "John" are. Accents are not case, punctuation or spacing, so "Zoë" and "Zoe" (and
    "Marie-Ève" and "MARIE-EVE") ARE variants. The same text in composed or decomposed Unicode
    (NFC/NFD) is not a variant.
    """
    return _variant_key(a) != _variant_key(b)


def relation(a: Recipient, b: Recipient) -> Relation:
    """How ``b`` relates to ``a``; symmetric.

    Different canonical addresses: UNRELATED, whatever the names (the same name elsewhere is
    another person). Equal addresses: SAME_PERSON if the names match and are not variants,
    SAME_PERSON_NAME_VARIANT if they match as variants, else SAME_ADDRESS_OTHER_PERSON.
    """
    if canonical_address(a) != canonical_address(b):
        return Relation.UNRELATED
    if not names_match(a.name, b.name):
        return Relation.SAME_ADDRESS_OTHER_PERSON
    if is_name_variant(a.name, b.name):
        return Relation.SAME_PERSON_NAME_VARIANT
    return Relation.SAME_PERSON


def relation_given_splits(
    a: Recipient, b: Recipient, split_names: frozenset[frozenset[str]] = frozenset()
) -> Relation:
    """:func:`relation`, except that names a supervisor split at this address (``split_key``
    pairs) are two people there."""
    kind = relation(a, b)
    if kind is not Relation.UNRELATED and split_names and split_key(a.name, b.name) in split_names:
        return Relation.SAME_ADDRESS_OTHER_PERSON
    return kind


def edit_distance_at_most_one(a: str, b: str) -> bool:
    """Whether the Levenshtein distance is 0 or 1 (one insertion, deletion or substitution).

    O(len) time: skip the common prefix, then the rest must be equal after skipping one
    character of the longer string (or one of each, for equal lengths). No matrix.
    """
    if len(a) > len(b):
        a, b = b, a
    if len(b) - len(a) > 1:
        return False
    i = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        i += 1
    else:
        return True  # a is a prefix of b, and b is at most one longer
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]


def split_key(a: str, b: str) -> frozenset[str]:
    """The pair of names a supervisor declared two people at one address ("Sr." and "Jr.")."""
    return frozenset({" ".join(name_tokens(a)), " ".join(name_tokens(b))})
