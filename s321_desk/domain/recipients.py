"""One person: who a parcel is for, and when two recipients are the same person (RULES.md s5).

Same person = one delivery point (``addresses.DeliveryPoint``: parsed once, stored with the
parcel) and names that match (compared here, with a public nickname table).
"""

from __future__ import annotations

import enum
import unicodedata
from dataclasses import dataclass, field
from functools import cache

from s321_desk.domain.addresses import DeliveryPoint, delivery_point, fold
from s321_desk.paths import resource


@dataclass(frozen=True, slots=True)
class Recipient:
    name: str
    address1: str
    address2: str = ""
    city: str = ""
    state: str = ""
    postal_code: str = ""
    country: str = "US"
    # The delivery point as stored with a parcel; None: parsed from the fields when needed.
    point: DeliveryPoint | None = field(default=None, compare=False, repr=False)


class Relation(enum.Enum):
    """How two recipients relate; each kind says which code (if any) the engine raises."""

    SAME_PERSON = "same person"  # one delivery point, names equal beyond case/punctuation/spacing
    SAME_PERSON_NAME_VARIANT = "same person, name variant"  # merged -> RECIPIENT_NAME_VARIANT
    SAME_ADDRESS_OTHER_PERSON = "same address, other person"  # SAME_ADDRESS_DIFFERENT_RECIPIENT
    UNRELATED = "unrelated"  # includes the same name at a different address


# --- Addresses -----------------------------------------------------------------------------


def point_of(recipient: Recipient) -> DeliveryPoint:
    """The recipient's delivery point: the stored one, else parsed (once: the parse is cached)."""
    if recipient.point is not None:
        return recipient.point
    return delivery_point(
        recipient.address1,
        recipient.address2,
        recipient.city,
        recipient.state,
        recipient.postal_code,
        recipient.country,
    )


def canonical_address(recipient: Recipient) -> str:
    """The key the store indexes (``parcels.recipient_key``): country, ZIP5, house number and
    street name (or the box). Two recipients at one delivery point have the same key; the
    parts compared only when both sides give them (directionals, suffix, unit) are beside it,
    in ``point_of(recipient).detail``. The name is not part of it (two people can share it)."""
    return point_of(recipient).key


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


# Words after a comma that end a name rather than begin its given names ("John Smith, Jr.").
_AFTER_COMMA = _SUFFIXES | frozenset({"MD", "PHD", "DDS", "RN", "CPA"})


def _name_letters(name: str) -> str:
    """Upper-case, accents folded, letters and whitespace only (punctuation and invisible
    format characters removed); ``Last, First`` read as ``First Last``."""
    letters = [_letters(part) for part in name.split(",")]
    given = [part for part in letters[1:] if part.strip()]
    if given and not set(given[0].split()) <= _AFTER_COMMA:  # Smith, John (Jr.)
        letters = [given[0], letters[0], *given[1:]]
    return " ".join(letters)


def _letters(text: str) -> str:
    if text.isascii():
        return text.upper().translate(_ASCII_NAME)
    return "".join(c if c.isalpha() else " " if c.isspace() else "" for c in fold(text))


def name_tokens(name: str) -> tuple[str, ...]:
    """Upper-case, letters only, one-letter tokens (middle initials) dropped, ``Last, First``
    as ``First Last``.

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


def _surnames(tokens: tuple[str, ...], name: str) -> set[str]:
    """The ways the surname may be read: each word after the first, or several of them written
    together (VAN DAAL = VANDAAL; GARCIA LOPEZ is GARCIA, LOPEZ or GARCIALOPEZ), and each part
    of a hyphenated one (NADJAT-HAIEM is also NADJAT and HAIEM)."""
    forms = {
        "".join(tokens[start:end])
        for start in range(1, len(tokens))
        for end in range(start + 1, len(tokens) + 1)
    }
    if "-" in name:
        forms |= _surnames(_person(_tokens(_name_letters(name.replace("-", " ")))), "")
    return forms


@cache
def _nicknames() -> dict[str, frozenset[str]]:
    """Each given name in the public nickname table (resources/nicknames), with the names it
    is listed with, either way round (ROBERT: BOB, BOBBY, ROB...; BOB: ROBERT, ROB...)."""
    partners: dict[str, set[str]] = {}
    lines = resource("nicknames", "names.csv").read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:  # name1,relationship,name2: plain words, no quoting
        name1, relationship, name2 = line.split(",")
        if relationship == "has_nickname":
            a, b = (_letters(name).replace(" ", "") for name in (name1, name2))
            partners.setdefault(a, set()).add(b)
            partners.setdefault(b, set()).add(a)
    return {name: frozenset(others) for name, others in partners.items()}


def same_given_name(a: str, b: str) -> bool:
    """Equal, within edit distance 1, or known as one name: listed together in the nickname
    table, or two nicknames of one longer name (BOBBY and ROB, both ROBERT's). Not through a
    shorter one: ROBERT and WILLIAM both have BILL, and are two names."""
    if _one_edit(a, b):
        return True
    table = _nicknames()
    mine, theirs = table.get(a, frozenset()), table.get(b, frozenset())
    return b in mine or any(len(name) > max(len(a), len(b)) for name in mine & theirs)


def names_match(a: str, b: str) -> bool:
    """Whether two names are taken as one person's (at one delivery point, RULES.md s5).

    Names are compared upper-case, letters only (accents folded), ``Last, First`` read as
    ``First Last``, middle initials, courtesy titles (MR, MRS, DR...) and generational
    suffixes (JR, SR, II, III, IV, ESQ) left out unless nothing else is left. They match when:
    - their letters are equal once spacing is ignored ("Mary Ann Smith" / "Maryann Smith");
    - the surnames are equal (the last word, or the words after the first written together:
      "Van Daal" = "Vandaal") and the first names within edit distance 1 or known as the same
      name in the public nickname table (Robert/Bob, William/Bill);
    - the first names are equal and the surnames within edit distance 1.
    Middle names are not compared. A single-word name is both first name and surname, so it
    only matches a name equal to it; an empty name only another empty name. "John Smith Sr."
    matches "John Smith Jr." (when in doubt, one person: a supervisor splits them).
    """
    letters_a, letters_b = _name_letters(a), _name_letters(b)
    if letters_a.replace(" ", "") == letters_b.replace(" ", ""):
        return True
    tokens_a, tokens_b = _person(_tokens(letters_a)), _person(_tokens(letters_b))
    if tokens_a == tokens_b or sorted(tokens_a) == sorted(tokens_b):  # Fulton James
        return True
    if not tokens_a or not tokens_b:
        return False
    if len(tokens_a) == 1 or len(tokens_b) == 1:
        return _surname_initial(letters_a, letters_b) or _surname_initial(letters_b, letters_a)
    surnames_a, surnames_b = _surnames(tokens_a, a), _surnames(tokens_b, b)
    if not surnames_a.isdisjoint(surnames_b):
        return same_given_name(tokens_a[0], tokens_b[0])
    return tokens_a[0] == tokens_b[0] and any(
        _one_edit(x, y) for x in surnames_a for y in surnames_b
    )


def _surname_initial(short: str, full: str) -> bool:
    """ "Andrew M." and "Andrew Morrill": a surname given by its initial only, the first names
    matching (when in doubt, one person)."""
    initialled, named = _person(tuple(short.split())), _person(tuple(full.split()))
    return (
        len(initialled) == 2
        and len(initialled[1]) == 1
        and len(named) >= 2
        and len(named[-1]) > 1
        and named[-1].startswith(initialled[1])
        and same_given_name(initialled[0], named[0])
    )


def _one_edit(a: str, b: str) -> bool:
    """Edit distance 1, two neighbouring letters swapped counting as one edit (THOMSPON)."""
    if edit_distance_at_most_one(a, b):
        return True
    if len(a) != len(b):
        return False
    differ = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return (
        len(differ) == 2
        and differ[1] == differ[0] + 1
        and a[differ[0]] == b[differ[1]]
        and (a[differ[1]] == b[differ[0]])
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

    Two delivery points: UNRELATED, whatever the names (the same name elsewhere is another
    person). One delivery point: SAME_PERSON if the names match and are not variants,
    SAME_PERSON_NAME_VARIANT if they match as variants, else SAME_ADDRESS_OTHER_PERSON.
    """
    if not point_of(a).same_as(point_of(b)):
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
    """The pair of names a supervisor declared two people at one address ("Sr." and "Jr."),
    each as its words in alphabetical order, so that "Smith, John Sr." is "John Smith Sr."."""
    return frozenset({split_name(a), split_name(b)})


def split_name(name: str) -> str:
    """A name as a split records it: its tokens (initials dropped, JR/SR kept), sorted."""
    return " ".join(sorted(name_tokens(name)))
